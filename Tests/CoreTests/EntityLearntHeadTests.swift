import XCTest
@testable import ArticleCore

/// The organisation heads and continuations learnt from ANERcorp and WikiFANE
/// (`LearntOrganisationWords`, scripts/make-organisation-heads.py) and the grammar that reads names
/// with them, and city districts after a district noun (session entgen). Sentences written for
/// these tests, with other names than the development articles'.
final class EntityLearntHeadTests: XCTestCase {
    func recognize(_ string: String) -> EntityUnseenDomainTests.Found { EntityUnseenDomainTests.recognize(string) }

    // MARK: the data

    func testTheLearntVocabularyHoldsTheCommonHeadsAndNoFunctionWords() {
        let heads = Set(LearntOrganisationWords.heads)
        for head in ["جامعة", "الجامعة", "حزب", "وزارة", "منظمة", "شركة", "مدرسة", "كلية"] {
            XCTAssertTrue(heads.contains(KeyHash.of(word: head)), head)
        }
        for word in ["في", "رئيس", "مدينة", "محمد", "الأمم", "نادي", "منتخب"] {
            XCTAssertFalse(heads.contains(KeyHash.of(word: word)), word)
        }
        XCTAssertTrue(LearntOrganisationWords.strongHeads.contains(hash: KeyHash.of(word: "معهد")))
        XCTAssertFalse(LearntOrganisationWords.strongHeads.contains(hash: KeyHash.of(word: "مجلس")))
        XCTAssertTrue(LearntOrganisationWords.continuations.contains(hash: KeyHash.of(word: "للتنمية")))
        XCTAssertTrue(LearntOrganisationWords.givenNames.contains(hash: KeyHash.of(word: "إبراهيم")))
        XCTAssertFalse(LearntOrganisationWords.givenNames.contains(hash: KeyHash.of(word: "علي")))
    }

    // MARK: the grammar

    func testAStrongHeadInConstructWithAnIndefiniteNounNamesABody() {
        let found = recognize("وأصدر معهد دراسات الطاقة المتجددة تقريرا، ورحبت وكالة أنباء الجزائر بالقرار.")
        XCTAssertEqual(found.names("ORGANISATION"), ["معهد دراسات الطاقة المتجددة", "وكالة أنباء الجزائر"])
    }

    func testAWeakHeadInConstructWithAnIndefiniteNounIsADescription() {
        let found = recognize("وعقد مجلس إدارة الشركة اجتماعا، وزار الوفد مدرسة البنات، وهو معهد يضم الباحثين الشباب.")
        XCTAssertEqual(found.names("ORGANISATION"), [])
    }

    func testAHeadNamedAfterAPersonIsAName() {
        let found = recognize("وتعاونت جامعة إبراهيم بن سعيد مع مستشفى خالد الجامعي، كما وقعت مؤسسة جمال الخيرية اتفاقا.")
        XCTAssertEqual(found.names("ORGANISATION"), ["جامعة إبراهيم بن سعيد", "مؤسسة جمال الخيرية"])
        let house = recognize("واجتمع الوجهاء في دار إبراهيم الكبيرة، ثم في مكتب جمال.")
        XCTAssertEqual(house.names("ORGANISATION"), [])
    }

    func testALearntContinuationOrAnInternationalAdjectiveBeforeAGenitiveNamesABody() {
        let found = recognize("وانتقد الاتحاد الدولي للصحفيين القرار، فيما أعلن الصندوق الوطني للتنمية تمويل المشروع.")
        XCTAssertEqual(found.names("ORGANISATION"), ["الاتحاد الدولي للصحفيين", "الصندوق الوطني للتنمية"])
        let generic = recognize("وطالب الوزير بمزيد من الدعم الدولي للاجئين.")
        XCTAssertEqual(generic.names("ORGANISATION"), [])
    }

    func testABodyOfMembersAfterItsNationalityNamesWhomItGathers() {
        let found = recognize("ورحب الاتحاد المغربي لشركات النقل بالقرار، فيما أشاد الجيش الفرنسي لأول مرة بالخطة.")
        XCTAssertEqual(found.names("ORGANISATION"), ["الاتحاد المغربي لشركات النقل", "الجيش الفرنسي"])
    }

    func testANestedHeadInConstructBeforeAPlaceBelongsToTheName() {
        let found = recognize("وأصدرت دائرة محاكم الشارقة قرارا جديدا.")
        XCTAssertEqual(found.names("ORGANISATION"), ["دائرة محاكم الشارقة"])
    }

    func testAFundWithAGeneralAdjectiveAndAGenitiveIsAName() {
        let found = recognize("وحوّلت الحكومة الفائض إلى صندوق الادخار العام للأجيال.")
        XCTAssertEqual(found.names("ORGANISATION"), ["صندوق الادخار العام للأجيال"])
    }

    func testAChamberAndAMechanismNeedANamingElement() {
        let found = recognize("وشارك ممثلون عن غرفة صناعة حلب، وأكدت آلية الأمم المتحدة للرصد (أنميك) وصول السفن.")
        XCTAssertEqual(found.names("ORGANISATION"), ["غرفة صناعة حلب", "آلية الأمم المتحدة للرصد"])
        let room = recognize("وجلس في غرفة الانتظار، وطالب بآلية واضحة للتعويض.")
        XCTAssertEqual(room.names("ORGANISATION"), [])
    }

    func testAGroupNamedByAPluralNisbaIsAName() {
        let found = recognize("وهاجمت جماعة الحوثيين المواقع، وفر عدد من جماعة المسلحين.")
        XCTAssertEqual(found.names("ORGANISATION"), ["جماعة الحوثيين"])
    }

    // MARK: persons by a given name

    func testAGivenNameOfTheDataAndASurnameIsAPersonWhereNothingElseReadsIt() {
        let found = recognize("وأكد هشام الزرهوني أن المشروع تأخر، فيما رحب ممثلو مالك العقار بالقرار.")
        XCTAssertEqual(found.names("PERSON"), ["هشام الزرهوني"])
        let street = recognize("وأغلقت الشرطة شارع هشام الزرهوني أمس.")
        XCTAssertEqual(street.names("PERSON"), [])
    }

    func testAPlaceReadThroughKafBeforeASurnameIsAGivenName() {
        let found = recognize("وقال الرئيس النمساوي كلاوس فيندل إن الاتفاق صامد، وإن دولا كلبنان تحتاج الدعم.")
        XCTAssertEqual(found.names("PERSON"), ["كلاوس فيندل"])
        XCTAssertEqual(found.names("LOCATION"), ["لبنان"])
    }

    // MARK: datelines

    func testAnUnknownWordOpeningADatelineBeforeAQuotedOutletIsAPlace() {
        let found = recognize("صور - «البناء»: افتتح المعرض أمس في صور.")
        XCTAssertEqual(found.names("LOCATION"), ["صور"])
        XCTAssertEqual(found.names("ORGANISATION"), ["البناء"])
        XCTAssertEqual(found.surfaces("صور").count, 2)
    }

    // MARK: districts

    func testDistrictsAfterADistrictNounAndInItsList() {
        let found = recognize("وشمل القصف أحياء القابون وبرزة وعين ترما، ثم انتقل إلى حي الميدان في العاصمة.")
        XCTAssertEqual(found.names("LOCATION"), ["القابون", "برزة", "عين ترما", "الميدان"])
        let dual = recognize("ووزعت المنظمة المساعدات في مديريتي المعافر والشمايتين.")
        XCTAssertEqual(dual.names("LOCATION"), ["المعافر", "الشمايتين"])
    }

    func testADistrictNounWithAnAdjectiveNamesNothing() {
        let found = recognize("وانتقلت الأسرة إلى حي سكني جديد، بعيدا عن الأحياء الفقيرة وأحياء عشوائية كثيرة. وكل كائن حي يحتاج الماء، كما في بث حي ومباشر.")
        XCTAssertEqual(found.names("LOCATION"), [])
    }
}
