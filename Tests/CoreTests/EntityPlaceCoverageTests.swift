import XCTest
@testable import ArticleCore

/// Places of session places2: towns of the Arab world from the GeoNames slice of 15,000 people and
/// more (scripts/make-gazetteer.py), definite heads learnt from data with a name's adjective
/// (`EntityScan.definiteLandmark(at:)`), and cities inside a tagged person's name (the merge).
/// Sentences written for these tests, with other names than the development articles'.
final class EntityPlaceCoverageTests: XCTestCase {
    typealias FixedTagger = EntityRecognizerTests.FixedTagger

    func recognize(_ string: String, tagger: FixedTagger? = nil) -> EntityUnseenDomainTests.Found {
        EntityUnseenDomainTests.recognize(string, tagger: tagger)
    }

    // MARK: towns of the Arab world

    func testTownsOfTheArabWorldBelowFiftyThousandAreKnownPlaces() {
        let found = recognize("وزار الوفد مدن توزر وشفشاون وزغوان، ثم عاد إلى قلقيلية.")
        XCTAssertEqual(Set(found.names("LOCATION")), ["توزر", "شفشاون", "زغوان", "قلقيلية"])
    }

    func testATownNamedByAnEverydayWordOrAGivenNameIsNoPlace() {
        let found = recognize("وقالت سلوى إنها لا تشرب البيرة، وإن الماء المالح أفسد شجر السرو.")
        XCTAssertEqual(found.names("LOCATION"), [])
        // Elsewhere than in the Arab world a town of that size is not compiled in.
        XCTAssertNil(PlaceLexicon.shared.startTokens.first { $0 == KeyHash.of(word: "آتندورن") })
    }

    func testTheGeneratedGazetteerHoldsNoNameOpeningWithAnAdministrativeUnit() {
        for line in CityGazetteerData.tsv.split(separator: "\n") {
            let name = line.split(separator: "\t")[0]
            for unit in ["بلدية ", "دائرة ", "قرية ", "حي ", "محافظة "] { XCTAssertFalse(name.hasPrefix(unit), String(name)) }
        }
    }

    // MARK: definite heads

    func testTheLearntDefiniteHeadsAreNaturalFeaturesAndMosques() {
        let heads = Set(PlaceHeadData.definiteHeads.map(\.key))
        XCTAssertTrue(heads.isSuperset(of: ["بحر", "جبل", "جامع"]), "\(heads)")
        // Not a country's first word (الولايات المتحدة, the gazetteer's), nor المحيط "the surroundings",
        // nor heads whose definite pairs are mostly descriptions (المسجد الكبير, الجزيرة the channel).
        for word in ["ولايات", "مملكه", "محيط", "مسجد", "جزيره", "مدينه"] { XCTAssertFalse(heads.contains(word), word) }
    }

    func testADefiniteHeadAndANameAdjectiveAreOnePlace() {
        let found = recognize("وأبحرت السفينة في البحر الأيوني، وصلى الزوار في الجامع النوري، وتسلقوا الجبل الأبيض قبل عبور الصحراء الغربية.")
        XCTAssertEqual(found.names("LOCATION"), ["البحر الأيوني", "الجامع النوري", "الجبل الأبيض", "الصحراء الغربية"])
    }

    func testADefiniteHeadTakesItsProcliticsOutsideAndANameAdjectiveAfter() {
        let found = recognize("ومروا بالجامع النوري الكبير ثم وصلوا إلى الخليج الساروني.")
        XCTAssertEqual(found.surfaces("الجامع النوري الكبير"), ["الجامع النوري الكبير"])
        XCTAssertEqual(found.names("LOCATION"), ["الجامع النوري الكبير", "الخليج الساروني"])
    }

    func testADefiniteHeadBeforeADescriptionIsNoPlace() {
        let found = recognize("كان البحر العميق هادئا، وارتفع الجبل الشاهق، واندلعت حرب الخليج الثانية، وعبروا الصحراء الليبية "
            + "ثم البحر الإقليمي، وكان البحر العاتية أمواجه، وزاروا البحر المفتوح.")
        XCTAssertEqual(found.names("LOCATION"), [])
    }

    func testAnIndefiniteHeadIsNotReadAsDefinite() {
        // بحر is "in the course of" without the article (في بحر الأسبوع): no head.
        let found = recognize("وسيصل الوفد في بحر الأسبوع المقبل.")
        XCTAssertEqual(found.names("LOCATION"), [])
    }

    // MARK: cities inside a tagged person

    func testACityInsideATaggedPersonOfSeveralWordsIsNoPlace() {
        let person = recognize("والتقى الأمين العام بان كي مون وزير الخارجية.", tagger: FixedTagger(names: [("كي مون", "PERS")]))
        XCTAssertFalse(person.names("LOCATION").contains("مون"))
        let club = recognize("وفاز دينامو كييف على ضيفه بهدفين.", tagger: FixedTagger(names: [("دينامو كييف", "PERS")]))
        XCTAssertEqual(club.names("LOCATION"), [])
        // The tagger's person is not added either: a club read as a person is no person.
        XCTAssertEqual(club.names("PERSON"), [])
    }

    func testAPersonOverAWholePlaceOrACountryLeavesThePlace() {
        let whole = recognize("وفاز منتخب كوت ديفوار على ضيفه.", tagger: FixedTagger(names: [("كوت ديفوار", "PERS")]))
        XCTAssertEqual(whole.names("LOCATION"), ["كوت ديفوار"])
        let single = recognize("ووصل الوفد إلى كييف مساء أمس.", tagger: FixedTagger(names: [("كييف", "PERS")]))
        XCTAssertEqual(single.names("LOCATION"), ["كييف"])
    }
}

extension EntityPlaceCoverageTests {
    func testASettlementListGoesOnAfterAKnownPlace() {
        let found = recognize("وامتد القصف إلى بلدات كفرعويد وأريحا ومرعيان قبل الفجر.")
        XCTAssertEqual(Set(found.names("LOCATION")), ["كفرعويد", "أريحا", "مرعيان"])
        // A known place first is the plural's genitive ("the villages of Aleppo"): no list after it.
        let genitive = recognize("ونزح السكان من قرى حلب ومرعيان.")
        XCTAssertEqual(Set(genitive.names("LOCATION")), ["حلب"])
    }
}

// MARK: facilities named by words the corpora never write as ordinary ones
extension EntityPlaceCoverageTests {
    func testTheOrdinaryWordBitmapKnowsCommonWordsAndHashesAsTheKeyDoes() {
        for word in ["تكرير", "حلال", "متخصصة", "الحكومة", "قال", "جديد"] {
            XCTAssertTrue(OrdinaryWords.mayContain(KeyHash.of(word: word)), word)
        }
        // Names are not ordinary words (each could share a bit by chance; these do not).
        for word in ["فرازانو", "كوريمار"] { XCTAssertFalse(OrdinaryWords.mayContain(KeyHash.of(word: word)), word) }
    }

    func testAFacilityHeadTakesANameTheCorporaNeverWriteAsAWord() {
        let found = recognize("وأغلقت السلطات جسر فرازانو، وتوقف الإنتاج في حقل كوريمار بعد الهجوم.")
        XCTAssertEqual(found.names("LOCATION"), ["جسر فرازانو", "حقل كوريمار"])
    }

    func testAFacilityHeadBeforeAnOrdinaryWordOrAGivenNameTakesNothing() {
        let found = recognize("وافتتحت الشركة محطة تكرير في الميناء، ومطعم حلال قرب مطار محمد الخامس.")
        XCTAssertFalse(found.names("LOCATION").contains("محطة تكرير"))
        XCTAssertFalse(found.names("LOCATION").contains("مطعم حلال"))
        XCTAssertFalse(found.names("LOCATION").contains("مطار محمد"))
    }
}

// MARK: natural features by a definite genitive, place names of several words from data
extension EntityPlaceCoverageTests {
    func testANaturalFeatureTakesADefiniteGenitiveButNotWhatItIsOf() {
        let found = recognize("وتمتد جبال الشعانبي نحو الغرب، وجفت بحيرة الامتياز، أما جبال المنطقة فوعرة، ورست القوارب في ميناء الصيد.")
        XCTAssertEqual(found.names("LOCATION"), ["جبال الشعانبي", "بحيرة الامتياز"])
        // Not an island (الجزيرة is a channel too) nor a pole (قطب الرحى "the pivot").
        let other = recognize("وقال إن جزيرة الأحلام لا وجود لها، وإن الاقتصاد قطب الرحى.")
        XCTAssertEqual(other.names("LOCATION"), [])
    }

    func testAPlaceNameOfSeveralWordsFromTheCorporaIsKnown() {
        let found = recognize("وأدى المصلون الصلاة في المسجد الحرام، ثم زاروا جبل قاسيون.")
        XCTAssertEqual(found.names("LOCATION"), ["المسجد الحرام", "جبل قاسيون"])
        let names = Set(PlaceNameData.names.split(separator: "\n").map(String.init))
        XCTAssertTrue(names.contains("المسجد النبوي"))
        // Not a list the corpora tag as one place, a unit and its name, a hospital, a given name first.
        for name in ["فلسطين ولبنان", "محافظه الشرقيه", "مستشفي الحديده", "مصطفي كامل"] { XCTAssertFalse(names.contains(name), name) }
    }
}

// MARK: names shaped like plurals
extension EntityPlaceCoverageTests {
    func testANameShapedLikeAPluralThatTheCorporaNeverWriteIsAName() {
        let found = recognize("ورست السفينة قرب جزيرة طبرون، ثم قصفت الطائرات بلدة كفرسجنين.")
        XCTAssertEqual(found.names("LOCATION"), ["جزيرة طبرون", "كفرسجنين"])
    }

    func testAnOrdinaryPluralAfterAHeadOrAUnitIsNoName() {
        let found = recognize("وشيدت الحكومة محطة تلفزيون جديدة في قرية مزارعين، وزار الوفد مطعم موظفين.")
        XCTAssertEqual(found.names("LOCATION"), [])
    }
}

// MARK: bylines
extension EntityPlaceCoverageTests {
    func testATownInABylineAuthorsNameIsNoPlace() {
        let string = "هالة عمر الكرك\nزارت الباحثة الكرك أمس."
        let text = ArticleText(string)
        let key = NormalizedText(text)
        let author = Span(start: 0, end: "هالة عمر الكرك".unicodeScalars.count)
        let entities = EntityRecognizer().recognize(text, key: key, tokens: Tokenizer.tokenize(text, key), bylineAuthors: [author]).entities
        XCTAssertEqual(entities.first { $0.type == "PERSON" }?.mentions.map(\.span), [author])
        // The town in the body stays a place.
        XCTAssertEqual(entities.filter { $0.type == "LOCATION" }.flatMap { $0.mentions.map(\.text) }, ["الكرك"])
    }
}
