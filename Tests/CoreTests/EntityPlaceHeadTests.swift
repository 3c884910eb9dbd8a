import XCTest
@testable import ArticleCore

/// Places named by a head noun and a name, the heads learnt from ANERcorp and WikiFANE
/// (`LearntPlaceHeads`, scripts/make-place-heads.py), the one extent grammar that reads them
/// (`EntityScan.landmark(at:)`, `extendPlacesByHead`), settlement lists and capitals named with
/// their nationality (session places). Sentences written for these tests, with other names than
/// the development articles'.
final class EntityPlaceHeadTests: XCTestCase {
    typealias FixedTagger = EntityRecognizerTests.FixedTagger

    func recognize(_ string: String, tagger: FixedTagger? = nil) -> EntityUnseenDomainTests.Found {
        EntityUnseenDomainTests.recognize(string, tagger: tagger)
    }

    // MARK: the data

    func testTheLearntHeadsHoldEachKindAndNoCommonWords() {
        let kinds = Dictionary(PlaceHeadData.heads.map { ($0.key, $0.kind) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(kinds["نهر"], .natural)
        XCTAssertEqual(kinds["جبل"], .natural)
        XCTAssertEqual(kinds["مطار"], .facility)
        XCTAssertEqual(kinds["شارع"], .facility)
        XCTAssertEqual(kinds["اقليم"], .subdivision)
        for word in ["في", "مدينه", "بحر", "باب", "قناه", "شرق", "ولايات", "مملكه", "جامعه", "هونج", "قطاع"] {
            XCTAssertNil(kinds[word], word)
        }
        XCTAssertTrue(LearntPlaceHeads.strong.contains(hash: KeyHash.of(word: "نهر")))
        XCTAssertFalse(LearntPlaceHeads.strong.contains(hash: KeyHash.of(word: "مطار")))
        XCTAssertFalse(LearntPlaceHeads.strong.contains(hash: KeyHash.of(word: "سد")))
        XCTAssertTrue(LearntPlaceHeads.heads.contains(hash: KeyHash.of(word: "حقل")))
        // The learnt subdivisions are administrative units (the name alone is the place).
        XCTAssertTrue(EntityScan.administrativeUnits.contains(KeyHash.of(word: "إقليم")))
    }

    // MARK: each kind, whole

    func testNaturalFeaturesAreTheHeadAndTheName() {
        let found = recognize("وتسلق المتطوعون جبل الطور ثم نزلوا إلى وادي النطرون، وصادوا في بحيرة طبريا قبل الإبحار إلى جزيرة سقطرى.")
        XCTAssertEqual(found.names("LOCATION"), ["جبل الطور", "وادي النطرون", "بحيرة طبريا", "جزيرة سقطرى"])
    }

    func testFacilitiesAreTheHeadTheNameAndItsAdjectives() {
        let found = recognize("وهبطت الطائرة في مطار أربيل الدولي، ثم عبرت الشاحنات معبر نصيب، ورست السفينة في ميناء طرطوس.",
                              tagger: FixedTagger(names: [("نصيب", "LOC")]))
        XCTAssertEqual(found.names("LOCATION"), ["مطار أربيل الدولي", "معبر نصيب", "ميناء طرطوس"])
        let works = recognize("وتوقف الضخ في حقل زبير، وارتفع منسوب المياه خلف سد دوكان، وأغلق شارع الرشيد.",
                              tagger: FixedTagger(names: [("زبير", "LOC"), ("دوكان", "PERS")]))
        XCTAssertEqual(works.names("LOCATION"), ["حقل زبير", "سد دوكان", "شارع الرشيد"])
        XCTAssertEqual(works.names("PERSON"), [])
    }

    func testACompoundNameAfterAHeadIsWhole() {
        let found = recognize("وانطلقت القافلة من ميناء رأس عيسى نحو جزيرة أبو موسى.")
        XCTAssertEqual(found.names("LOCATION"), ["ميناء رأس عيسى", "جزيرة أبو موسى"])
    }

    func testAStrongHeadTakesADefiniteGenitiveAWeakOneDoesNot() {
        let found = recognize("وفاض نهر العاصي على ضفافه، وتظاهر السكان في شارع الاستقلال.")
        XCTAssertEqual(found.names("LOCATION"), ["نهر العاصي", "شارع الاستقلال"])
        let weak = recognize("وأعلنت إدارة مطار العاصمة تأجيل الرحلات، وتوقفت محطة الوقود عن العمل.")
        XCTAssertEqual(weak.names("LOCATION"), [])
    }

    func testANameInTaMarbutaAfterAHeadAtAClearEnd() {
        let found = recognize("وأبحر الصيادون إلى جزيرة فيلكة، ثم عادوا عبر نهر بردة والمنطقة المجاورة.")
        XCTAssertEqual(found.names("LOCATION"), ["جزيرة فيلكة", "نهر بردة"])
        let adjectives = recognize("وبقيت جزيرة صغيرة، وظلت جزيرة معزولة عن العالم.")
        XCTAssertEqual(adjectives.names("LOCATION"), [])
    }

    func testAGenitiveBeforeANationalityThatAgreesWithTheHeadIsAFacilityName() {
        let found = recognize("وارتفع منسوب سد الوحدة المغربي هذا العام.")
        XCTAssertEqual(found.names("LOCATION"), ["سد الوحدة"])
        let capital = recognize("وأغلقت سلطات مطار العاصمة الأردنية أبوابها.")
        XCTAssertFalse(capital.names("LOCATION").contains { $0.hasPrefix("مطار") })
    }

    func testADefiniteNameAfterASettlementIsThePlace() {
        let found = recognize("وعاد السكان إلى مخيم الفوار، ثم زاروا قرية العوامية.")
        XCTAssertEqual(found.names("LOCATION"), ["الفوار", "العوامية"])
        let people = recognize("ووزعت المساعدات في مخيم اللاجئين، وفي قرية الصيادين.")
        XCTAssertEqual(people.names("LOCATION"), [])
    }

    // MARK: what the grammar takes after tagged and known names

    func testATaggedPlaceOrAPersonAfterAFacilityTakesTheHeadIn() {
        let field = recognize("وبدأ الإنتاج من حقل شيرين الجديد.", tagger: FixedTagger(names: [("شيرين", "LOC")]))
        XCTAssertEqual(field.names("LOCATION"), ["حقل شيرين الجديد"])
        let airport = recognize("ووصل الوفد إلى مطار الملك فهد صباح الأحد.", tagger: FixedTagger(names: [("الملك فهد", "PERS")]))
        XCTAssertEqual(airport.names("LOCATION"), ["مطار الملك فهد"])
        XCTAssertEqual(airport.names("PERSON"), [])
    }

    func testAKnownPlaceTakesAFacilityOrAWaterHeadButNotAnIsland() {
        let found = recognize("وأبحرت السفن من ميناء جدة إلى خليج العقبة، وعاد السياح من جزيرة قبرص.")
        XCTAssertEqual(found.names("LOCATION"), ["ميناء جدة", "خليج العقبة", "قبرص"])
    }

    // MARK: the stops and precision

    func testAHeadBeforeACommonNounIsNoPlace() {
        let found = recognize("""
            ويسعى البرنامج إلى سد الفجوة بين الجهات، ويعمل خبراء في حقل التعليم، وتحولت المدينة إلى ساحة المعركة، \
            وبنت الحكومة ميناء جديدا وحقل غاز ومطار عسكري ومحطة كهرباء.
            """)
        XCTAssertEqual(found.names("LOCATION"), [])
    }

    func testAfterAFacilityAnUnknownWordNeedsTheTaggerAndAVerbOrAnAdjectiveIsNoName() {
        let found = recognize("""
            وتناول الوفد العشاء في مطعم حلال قرب مكتبة متخصصة، وزار محطة تكرير ومسجد يعتبر الأقدم،             واستقبل الوزير ضيوفه في مكتبه صباح أمس، وأدى قصف المدينة إلى دمار كبير، وبني دير تقع حوله الحقول، \
            وتحدث جبل وسليم عن الرحلة قرب وادي نهر صغير.
            """)
        XCTAssertEqual(found.names("LOCATION"), [])
        // (A word the corpora never write as an ordinary one is a name without the tagger, حقل كوريمار:
        // EntityPlaceCoverageTests; an ordinary word still needs it.)
        let field = recognize("وتوقف الضخ في حقل واعد.")
        XCTAssertEqual(field.names("LOCATION"), [])
    }

    func testThePlaceStopsAtAVerbAPrepositionANumberAndPunctuation() {
        let found = recognize("وزار الوفد جبل المكبر يوم الأحد، وعبر نهر الزاب في 3 ساعات، ووصل إلى معبر طريبيل ثم غادر.",
                              tagger: FixedTagger(names: [("طريبيل", "LOC")]))
        XCTAssertEqual(found.names("LOCATION"), ["جبل المكبر", "نهر الزاب", "معبر طريبيل"])
    }

    func testABodyOverAFacilityIsAnOrganisation() {
        let found = recognize("وقالت هيئة مطار الشارقة إن الرحلات عادت، وأعلنت شركة ميناء اللاذقية أرباحها، وزادت حركة مطار الكويت.")
        XCTAssertEqual(found.names("ORGANISATION"), ["هيئة مطار الشارقة", "شركة ميناء اللاذقية"])
        XCTAssertEqual(found.names("LOCATION"), ["مطار الكويت"])
    }

    func testAHospitalIsLeftToTheOrganisationRules() {
        let found = recognize("ونقل الجرحى إلى مستشفى الجلاء العام.")
        XCTAssertFalse(found.names("LOCATION").contains { $0.hasPrefix("مستشفى") })
    }

    // MARK: settlements in lists, capitals

    func testASettlementDualOrPluralNamesEachPlaceOfItsList() {
        let found = recognize("واندلعت اشتباكات بين بلدتي العوجا وقبيا جنوب المدينة، وامتدت إلى قرى دورا والظاهرية وبيتا.")
        XCTAssertEqual(found.names("LOCATION"), ["العوجا", "قبيا", "دورا", "الظاهرية", "بيتا"])
    }

    func testASettlementPluralBeforeWhoLivesThereIsNoList() {
        let found = recognize("وانتشرت القوات في مخيمات النازحين والعمل جار لإعادة الإعمار في قرى المزارعين والرعاة.")
        XCTAssertEqual(found.names("LOCATION"), [])
        let camp = recognize("وسقطت قذيفة شرق مخيم المدينة، ثم عاد الهدوء إلى المدينة.")
        XCTAssertEqual(camp.names("LOCATION"), [])
    }

    func testASettlementDualWithOneNameIsNoList() {
        let found = recognize("وعدت إلى قريتي الهادئة، وزرت قرى الجنوب.")
        XCTAssertEqual(found.names("LOCATION"), [])
    }

    func testACapitalTheGazetteerLacksAfterItsNationality() {
        let found = recognize("ووصل المبعوث إلى العاصمة الإريترية كارن، ثم توجه إلى العاصمة صباح الاثنين.")
        XCTAssertEqual(found.names("LOCATION"), ["كارن"])
        let time = recognize("وتستضيف العاصمة البلجيكية ابتداء من الخميس مؤتمرا للمانحين.")
        XCTAssertEqual(time.names("LOCATION"), [])
    }
}
