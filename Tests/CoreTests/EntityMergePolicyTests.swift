import XCTest
@testable import ArticleCore

/// Where the rules and the tagger disagree, on short texts written for these tests (each rule was
/// measured on ANERcorp's development split: AnercorpRecordEntityTests).
final class EntityMergePolicyTests: XCTestCase {
    typealias FixedTagger = EntityRecognizerTests.FixedTagger

    func recognize(_ string: String, tagger: FixedTagger) -> [Entity] {
        let text = ArticleText(string)
        let key = NormalizedText(text)
        let entities = EntityRecognizer(nameTagger: tagger).recognize(
            text, key: key, tokens: Tokenizer.tokenize(text, key), bylineAuthors: []).entities
        for e in entities { for m in e.mentions { XCTAssertEqual(text.slice(m.span), m.text) } }
        return entities
    }

    func testATaggedOrganisationTakesTheCityItIsNamedAfter() {
        let text = "فاز دينامو كييف على ضيفه في كييف، وتغلب برشلونة على مضيفه."
        let clubs = recognize(text, tagger: FixedTagger(names: [("دينامو كييف", "ORG"), ("برشلونة", "ORG")]))
        XCTAssertEqual(clubs.first { $0.canonical == "دينامو كييف" }?.type, "ORGANISATION")
        XCTAssertEqual(clubs.first { $0.canonical == "برشلونة" }?.type, "ORGANISATION")
        let city = clubs.first { $0.canonical == "كييف" }
        XCTAssertEqual(city?.type, "LOCATION", "the city named alone stays a place")
        XCTAssertEqual(city?.mentions.count, 1)

        // A club named by a currency and its city: not a currency there.
        let madrid = recognize("وفاز ريال مدريد بثلاثة أهداف في مدريد.", tagger: FixedTagger(names: [("ريال مدريد", "ORG")]))
        XCTAssertEqual(madrid.first { $0.canonical == "ريال مدريد" }?.type, "ORGANISATION")
        XCTAssertEqual(madrid.first { $0.canonical == "مدريد" }?.mentions.count, 1)

        // A tagged person of several words over a one-word city: neither a person nor the place
        // there (a club the tagger reads as a person, or a person's name: بان كي مون); the city named
        // alone stays a place. (Not after a result verb, where the rules read the club: فاز دينامو كييف.)
        let person = recognize("وصل دينامو كييف أمس، وأقام في كييف.", tagger: FixedTagger(names: [("دينامو كييف", "PERS")]))
        XCTAssertNil(person.first { $0.type == "PERSON" })
        XCTAssertEqual(person.first { $0.canonical == "كييف" }?.mentions.count, 1)
    }

    func testACuePersonEndsWhereTheTaggedPersonEnds() {
        let found = recognize("وقدمت الفنانة مها أحمد برنامجا بعنوان حكايات.", tagger: FixedTagger(names: [("أحمد", "PERS")]))
        XCTAssertEqual(found.filter { $0.type == "PERSON" }.map(\.canonical), ["مها أحمد"])
        XCTAssertEqual(found.first { $0.type == "PERSON" }?.roles, ["الفنانة"])
    }

    func testACuePersonKeepsADefiniteSurnameTheTaggerLeftOut() {
        let found = recognize("وقال الوزير ناصر بن علي الغامدي إن الخطة جاهزة.", tagger: FixedTagger(names: [("ناصر بن علي", "PERS")]))
        XCTAssertEqual(found.filter { $0.type == "PERSON" }.map(\.canonical), ["ناصر بن علي الغامدي"])
    }

    func testAOneWordNameIsNotRepeatedOnAFunctionWord() {
        let found = recognize("سجل رود فان الهدف الأول، فان الفريق فاز بعد ذلك.", tagger: FixedTagger(names: [("رود فان", "PERS")]))
        let person = found.first { $0.type == "PERSON" }
        XCTAssertEqual(person?.canonical, "رود فان")
        XCTAssertEqual(person?.mentions.count, 1, "ف + ان is no further mention of the surname")
    }

    func testACuePersonTheTaggerDidNotSeeIsDroppedWhenItReadsAsCommonWords() {
        let none = FixedTagger(names: [])
        XCTAssertNil(recognize("عقد رئيس الوزراء اجتماعا أمس مع القادة.", tagger: none).first { $0.type == "PERSON" })
        XCTAssertNil(recognize("وقال وزير الدولة لشؤون الإعلام إن القرار نهائي.", tagger: none).first { $0.type == "PERSON" })
        XCTAssertNil(recognize("وغاب المهاجم الإسباني مدة تزيد عن شهرين.", tagger: none).first { $0.type == "PERSON" })
        // An ordinary name stays, seen by the tagger or not.
        let kept = recognize("وقال رئيس الوزراء سامر الخطيب إن القرار نهائي.", tagger: none)
        XCTAssertEqual(kept.filter { $0.type == "PERSON" }.map(\.canonical), ["سامر الخطيب"])
        // So does a name that reads like common words when the tagger saw it.
        let seen = recognize("عقد رئيس الوزراء اجتماعا أمس مع القادة.", tagger: FixedTagger(names: [("اجتماعا", "PERS")]))
        XCTAssertEqual(seen.filter { $0.type == "PERSON" }.count, 1)
    }
}

/// Rule conditions found on ANERcorp's development split.
final class EntityRuleConditionTests: XCTestCase {
    func testAQuotedTitleAfterBiunwanIsAWork() {
        let text = ArticleText("وتقدم القناة برنامجا جديدا بعنوان «حكايات المدينة» كل جمعة، ويشارك فيه وزير الثقافة.")
        let key = NormalizedText(text)
        let entities = EntityRecognizer().recognize(text, key: key, tokens: Tokenizer.tokenize(text, key), bylineAuthors: []).entities
        let work = entities.first { $0.canonical == "حكايات المدينة" }
        XCTAssertEqual(work?.type, "MISC")
        XCTAssertEqual(work?.mentions.map(\.text), ["حكايات المدينة"])
        XCTAssertNil(entities.first { $0.type == "ORGANISATION" && $0.canonical.contains("حكايات") })

        let show = ArticleText("ويقدم الفنان ببرنامج جديد «ليالي الصيف» على القناة، وأصدر ديوان «مرايا البحر».")
        let showKey = NormalizedText(show)
        let works = EntityRecognizer().recognize(show, key: showKey, tokens: Tokenizer.tokenize(show, showKey), bylineAuthors: []).entities
        XCTAssertEqual(works.filter { $0.type == "MISC" }.map(\.canonical), ["ليالي الصيف", "مرايا البحر"])
    }

    func testACompassWordAfterAnAdministrativeUnitIsNoPlace() {
        let text = ArticleText("وقعت الهجمات في بلدة شمال الخرطوم وفي إقليم شمال وزيرستان، وفي شمال البلاد.")
        let key = NormalizedText(text)
        let entities = EntityRecognizer().recognize(text, key: key, tokens: Tokenizer.tokenize(text, key), bylineAuthors: []).entities
        XCTAssertNil(entities.first { $0.canonical == "شمال" })
    }

    func testNewsSpellingsOfThailandAndIvoryCoast() {
        let text = ArticleText("زار الوفد تايلند ثم كوت ديفوار قبل أن يعود.")
        let key = NormalizedText(text)
        let entities = EntityRecognizer().recognize(text, key: key, tokens: Tokenizer.tokenize(text, key), bylineAuthors: []).entities
        XCTAssertEqual(entities.first { $0.canonical == "تايلند" }?.countryCode, "TH")
        XCTAssertEqual(entities.first { $0.canonical == "كوت ديفوار" }?.countryCode, "CI")
    }
}
