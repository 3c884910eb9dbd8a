import XCTest
@testable import ArticleCore

/// Clubs named by a city (with the words of organisation names learnt from ANERcorp and WikiFANE,
/// `LearntOrganisationWords.nameWords`, scripts/make-organisation-names.py), and newspapers named
/// like a place (session orgs3). Sentences written for these tests, with other names than the development
/// articles'.
final class EntityOrganisationNameTests: XCTestCase {
    typealias FixedTagger = EntityRecognizerTests.FixedTagger
    func recognize(_ string: String, tagger: FixedTagger? = nil) -> EntityUnseenDomainTests.Found {
        EntityUnseenDomainTests.recognize(string, tagger: tagger)
    }

    // MARK: the data

    func testTheLearntNameWordsHoldWordsOfNamesAndNoCommonNouns() {
        for word in ["انتر", "يونايتد", "فيردر", "بايرن"] {
            XCTAssertTrue(LearntOrganisationWords.nameWords.contains(hash: KeyHash.of(word: word)), word)
        }
        for word in ["حساب", "في", "مدينة", "فريق", "الفريق"] {
            XCTAssertFalse(LearntOrganisationWords.nameWords.contains(hash: KeyHash.of(word: word)), word)
        }
    }

    // MARK: clubs named by a city

    func testACityBeforeAMasculineNationalityIsItsClub() {
        let found = recognize("ويلعب الفريق في مجموعة قوية مع نابولي الإيطالي ومرسيليا الفرنسي.")
        XCTAssertEqual(Set(found.names("ORGANISATION")), ["نابولي", "مرسيليا"])
        XCTAssertEqual(found.names("LOCATION"), [])
        // After an unknown word (a verb, or the club's first word: سسكا موسكو) it is the tagger's to read.
        XCTAssertEqual(recognize("وقالوا إن الجمهور سحق نابولي الإيطالي.").names("ORGANISATION"), [])
    }

    func testACityBeforeAFeminineNationalityOrAfterInStaysAPlace() {
        let found = recognize("وزار الرئيس مرسيليا الفرنسية، ثم توجه إلى نابولي.")
        XCTAssertEqual(Set(found.names("LOCATION")), ["مرسيليا", "نابولي"])
        XCTAssertEqual(found.names("ORGANISATION"), [])
    }

    func testAClubNamedByAWordAndACityAfterAHostOrAResultVerb() {
        let found = recognize("وتغلب الفريق على مضيفه سبارتاك زغرب بهدفين في الدوري. وكاد سبارتاك زغرب يدرك التعادل.")
        XCTAssertEqual(found.names("ORGANISATION"), ["سبارتاك زغرب"])
        XCTAssertEqual(found.entities.first { $0.type == "ORGANISATION" }?.mentions.count, 2)
        XCTAssertEqual(found.names("LOCATION"), [])
    }

    func testAWordBeforeACityOpensNoClubAfterAPreposition() {
        let found = recognize("وحقق الفريق فوزا على حساب نابولي في المباراة.")
        XCTAssertFalse(found.names("ORGANISATION").contains("حساب نابولي"))
    }

    func testEveryOtherMentionOfAClubsCityIsTheClubButNotAfterAPreposition() {
        let found = recognize("وفاز مرسيليا الفرنسي على ضيفه بهدف. ومرسيليا يواصل انتصاراته، وعاد اللاعبون إلى مرسيليا أمس.")
        let club = found.entities.first { $0.type == "ORGANISATION" }
        XCTAssertEqual(club?.canonical, "مرسيليا")
        XCTAssertEqual(club?.mentions.count, 2)
        XCTAssertEqual(found.names("LOCATION"), ["مرسيليا"])
    }

    func testAClubTheTaggerReadAsAPlace() {
        let tagger = FixedTagger(names: [("فيتيسا", "LOC")])
        let found = recognize("وتعادل الفريق مع مضيفه فيتيسا الهولندي في الدوري. وكان فيتيسا الأفضل في الشوط الأول، ثم عاد الوفد من فيتيسا.",
                              tagger: tagger)
        let club = found.entities.first { $0.type == "ORGANISATION" }
        XCTAssertEqual(club?.canonical, "فيتيسا")
        XCTAssertEqual(club?.mentions.count, 2)
        // Outside sports a tagged place stays one.
        let place = recognize("وزار الوزير فيتيسا الهولندي أمس.", tagger: tagger)
        XCTAssertEqual(place.names("ORGANISATION"), [])
    }

    func testAWordOfClubsNamesBeforeACityOpensItsClub() {
        let found = recognize("ويستعد بايرن ميونخ الألماني لمواجهة صعبة.")
        XCTAssertEqual(found.names("ORGANISATION"), ["بايرن ميونخ"])
        XCTAssertEqual(found.names("LOCATION"), [])
        // After the city (and not the city alone).
        let after = recognize("وأعلن مانشستر يونايتد رغبته في ضم اللاعب.")
        XCTAssertEqual(after.names("ORGANISATION"), ["مانشستر يونايتد"])
        XCTAssertEqual(after.names("LOCATION"), [])
    }

    // MARK: clubs named by a common word after a team noun

    func testACommonWordAfterATeamNounInASportsSentenceIsAClub() {
        let found = recognize("وسجل لاعب الساحل هدف الفوز في الدقيقة 80، وفرض الساحل سيطرته على المباراة. ويعيش العالم الساحل الجديد.")
        let club = found.entities.first { $0.type == "ORGANISATION" }
        XCTAssertEqual(club?.canonical, "الساحل")
        // (Not the last one: an adjective of the definite word before it, outside a sports sentence.)
        XCTAssertEqual(club?.mentions.count, 2)
    }

    func testAPositionOrATeamsKindAfterATeamNounIsNoClub() {
        let found = recognize("وتألق حارس المرمى ولاعب الوسط في المباراة، وتأهل فريق الناشئين إلى الدوري، وفاز فريق العاصمة.")
        XCTAssertEqual(found.names("ORGANISATION"), [])
        // Outside a sports sentence a team noun names no club (فريق العمل "the working group").
        XCTAssertEqual(recognize("واجتمع فريق الساحل مع الوزير أمس.").names("ORGANISATION"), [])
    }

    // MARK: acronyms after a name the rules did not read

    func testAnAcronymInParenthesesAfterAnUnreadNameIsAnOrganisation() {
        let found = recognize("وانتشرت قوات حفظ السلام على طول الحدود (يونيفار) منذ عامين، وقالت يونيفار إن الوضع هادئ.")
        let acronym = found.entities.first { $0.canonical == "يونيفار" }
        XCTAssertEqual(acronym?.type, "ORGANISATION")
        XCTAssertEqual(acronym?.mentions.count, 2)
    }

    func testAWordInParenthesesAfterAProgrammeOrNoHeadOrALabelIsNoAcronym() {
        XCTAssertNil(recognize("ويعرض برنامج الأطفال الأسبوعي (سنابل) كل جمعة.").entities.first { $0.type == "ORGANISATION" })
        XCTAssertNil(recognize("وشارك آلاف المتظاهرين في المسيرة (فيديو) أمس.").entities.first { $0.type == "ORGANISATION" })
        XCTAssertNil(recognize("وأعلنت الوزارة عن خطة جديدة (فيديو) أمس.").entities.first { $0.canonical == "فيديو" })
        // (Nor after a name the rules read: وزارة الإعلام (سابقا) is one mention.)
        let adverb = recognize("وعمل مستشارا في وزارة الإعلام (سابقا) مدة عامين، ثم في هيئة الاتصالات الأردنية (حاليا).")
        XCTAssertEqual(adverb.entities.filter { $0.type == "ORGANISATION" }.map(\.mentions.count), [1, 1])
    }

    // MARK: newspapers named like a place

    func testANewspaperNamedLikeAPlaceInADatelineAndAfterL() {
        let found = recognize("الرياض: «الشرق الأوسط»\nأعلنت الحكومة خطة جديدة، وقال مسؤول لـ«الشرق الأوسط» إن التنفيذ يبدأ قريبا.")
        XCTAssertEqual(found.names("ORGANISATION"), ["الشرق الأوسط"])
        XCTAssertEqual(found.entities.first { $0.type == "ORGANISATION" }?.mentions.count, 2)
        XCTAssertEqual(found.names("LOCATION"), ["الرياض"])
    }

    func testAQuotedPlaceElsewhereStaysAPlace() {
        let found = recognize("وتحدث التقرير عن أزمة في «الشرق الأوسط» كله.")
        XCTAssertEqual(found.names("ORGANISATION"), [])
    }
}
