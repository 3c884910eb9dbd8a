import XCTest
@testable import ArticleCore

/// The entity layer on short texts written for these tests.
final class EntityRecognizerTests: XCTestCase {
    struct Found {
        let text: ArticleText
        let entities: [Entity]
        let adjectives: [CountryAdjective]

        func entity(_ canonical: String) -> Entity? { entities.first { $0.canonical == canonical } }
        func surfaces(_ canonical: String) -> [String] { entity(canonical)?.mentions.map(\.text) ?? [] }
    }

    func recognize(_ string: String, tagger: (any NameTagger)? = nil, byline: [Span] = []) -> Found {
        let text = ArticleText(string)
        let key = NormalizedText(text)
        let result = EntityRecognizer(nameTagger: tagger).recognize(text, key: key, tokens: Tokenizer.tokenize(text, key), bylineAuthors: byline)
        for e in result.entities { for m in e.mentions { XCTAssertEqual(text.slice(m.span), m.text) } }
        return Found(text: text, entities: result.entities, adjectives: result.countryAdjectives)
    }

    func testProcliticsStayOutsideTheSpanAndTheArticleInside() {
        let found = recognize("وصل الوفد وبكازاخستان ثم سافر لجورجيا وقدم الدعم للحكومة في بالعراق.")
        XCTAssertEqual(found.surfaces("كازاخستان"), ["كازاخستان"])
        XCTAssertEqual(found.entity("كازاخستان")?.countryCode, "KZ")
        XCTAssertEqual(found.entity("كازاخستان")?.english, "Kazakhstan")
        XCTAssertEqual(found.surfaces("جورجيا"), ["جورجيا"])
        XCTAssertEqual(found.surfaces("العراق"), ["العراق"])
        XCTAssertEqual(found.entity("العراق")?.type, "LOCATION")
        XCTAssertNil(found.entity("الحكومة"), "a common noun is no entity")
    }

    func testCitiesCarryTheirCountryAndEnglishName() {
        let found = recognize("عقد الاجتماع في ألماتي ثم انتقل الوفد إلى كييف ودمشق.")
        XCTAssertEqual(found.entity("ألماتي")?.countryCode, "KZ")
        XCTAssertEqual(found.entity("كييف")?.countryCode, "UA")
        XCTAssertEqual(found.entity("دمشق")?.english, "Damascus")
        XCTAssertEqual(found.surfaces("دمشق"), ["دمشق"])
    }

    func testSpellingsCLDRLacksAndRegions() {
        let found = recognize("زار سورية وبيلاروسيا وأمريكا، ثم آسيا الوسطى والشرق الأوسط بعد انهيار الاتحاد السوفيتي.")
        XCTAssertEqual(found.entity("سورية")?.countryCode, "SY")
        XCTAssertEqual(found.entity("بيلاروسيا")?.countryCode, "BY")
        XCTAssertEqual(found.entity("أمريكا")?.countryCode, "US")
        XCTAssertEqual(found.entity("آسيا الوسطى")?.english, "Central Asia")
        XCTAssertEqual(found.surfaces("الشرق الأوسط"), ["الشرق الأوسط"])
        XCTAssertEqual(found.entity("الاتحاد السوفيتي")?.type, "LOCATION")
    }

    func testPresentationFormsAndPersianLettersMatchButSpansStayOriginal() {
        // ﻛﻴﻴﻒ in presentation forms; کازاخستان with the Persian keheh; a tatweel and a diacritic.
        let found = recognize("وصل إلى \u{FEDB}\u{FEF4}\u{FEF4}\u{FED2} ثم إلى کازاخستان وروسـيا وفرنسَا.")
        XCTAssertEqual(found.entities.first { $0.countryCode == "UA" }?.mentions.map(\.text), ["\u{FEDB}\u{FEF4}\u{FEF4}\u{FED2}"])
        XCTAssertEqual(found.entities.first { $0.countryCode == "KZ" }?.mentions.map(\.text), ["کازاخستان"])
        XCTAssertEqual(found.entities.first { $0.countryCode == "RU" }?.mentions.map(\.text), ["روسـيا"])
        XCTAssertEqual(found.entities.first { $0.countryCode == "FR" }?.mentions.map(\.text), ["فرنسَا"])
    }

    func testPersonsAfterTitlesWithRolesAndGrouping() {
        let found = recognize("""
            قال وزير الخارجية الروسي السابق، الملياردير سيرغي لافروف، إن الوضع خطير. وأضاف لافروف أن بلاده مستعدة.
            وأعلن الرئيس السابق لجورجيا ميخائيل ساكاشفيلي، وهو رئيس حزب الحركة الوطنية، دعمه، ثم كرر ساكاشفيلي موقفه.
            """)
        let lavrov = found.entity("سيرغي لافروف")
        XCTAssertEqual(lavrov?.type, "PERSON")
        XCTAssertEqual(found.surfaces("سيرغي لافروف"), ["سيرغي لافروف", "لافروف"])
        XCTAssertEqual(lavrov?.roles, ["وزير الخارجية الروسي السابق", "الملياردير"])
        XCTAssertEqual(found.entity("ميخائيل ساكاشفيلي")?.roles, ["الرئيس السابق لجورجيا", "رئيس حزب الحركة الوطنية"])
        XCTAssertEqual(found.entity("حزب الحركة الوطنية")?.type, "ORGANISATION")
        XCTAssertEqual(found.surfaces("ميخائيل ساكاشفيلي").count, 2)
        XCTAssertEqual(found.surfaces("جورجيا"), ["جورجيا"], "a place inside a role is still a mention")
    }

    func testDefiniteAndNisbaSurnamesAndCounterparts() {
        let found = recognize("""
            استقبل الرئيس بشار الأسد وفدا روسيا. وأكد رئيس الوزراء العراقي محمد شياع السوداني أن الحكومة ماضية، \
            ثم زار السوداني البصرة. والتقى الوزير نظيره الأمريكي أنتوني بلينكن في واشنطن.
            """)
        XCTAssertEqual(found.entity("بشار الأسد")?.type, "PERSON")
        XCTAssertEqual(found.surfaces("محمد شياع السوداني"), ["محمد شياع السوداني", "السوداني"])
        XCTAssertEqual(found.entity("أنتوني بلينكن")?.roles, ["نظيره الأمريكي"])
        XCTAssertEqual(found.adjectives.map(\.text), ["العراقي", "الأمريكي"], "a surname is no adjective")
    }

    func testRoleBeforeACommaJoinsTheSurnameThatFollows() {
        let found = recognize("قال الرئيس الكازاخستاني قاسم جومارت توكاييف إن الوضع مستقر. وبحسب رئيس كازاخستان، توكاييف، ستنتهي الأزمة.")
        let tokayev = found.entity("قاسم جومارت توكاييف")
        XCTAssertEqual(tokayev?.mentions.count, 2)
        XCTAssertEqual(tokayev?.roles, ["الرئيس الكازاخستاني", "رئيس كازاخستان"])
    }

    func testOrganisationsByHeadNounButNotGenericUses() {
        let found = recognize("""
            أعلنت وزارة الشؤون الداخلية الأوكرانية ومجلس الإصلاح الوطني الأوكراني بيانا. وقضت محكمة بريطانية \
            بسجنه، وحذرت المنظمات الإرهابية الدولية، وسعى لتنظيم الهجمات الإرهابية.
            """)
        XCTAssertEqual(found.entity("وزارة الشؤون الداخلية الأوكرانية")?.type, "ORGANISATION")
        XCTAssertEqual(found.surfaces("مجلس الإصلاح الوطني الأوكراني"), ["مجلس الإصلاح الوطني الأوكراني"])
        XCTAssertEqual(found.entities.filter { $0.type == "ORGANISATION" }.count, 2, "\(found.entities.map(\.canonical))")
    }

    func testOrganisationsWithAGenitiveAfterTheNationality() {
        let found = recognize("""
            وانتقد الاتحاد العام التونسي للشغل القرار، وأجلت الهيئة العليا المستقلة للانتخابات الاقتراع، \
            وعقدت المؤسسة المالية الأولى اجتماعها، ورحب المستشار الألماني أولاف شولتس بالخطوة.
            """)
        XCTAssertEqual(found.entity("الاتحاد العام التونسي للشغل")?.type, "ORGANISATION")
        XCTAssertEqual(found.entity("الهيئة العليا المستقلة للانتخابات")?.type, "ORGANISATION")
        XCTAssertNil(found.entities.first { $0.canonical.hasPrefix("المؤسسة") }, "a description is no name")
        XCTAssertEqual(found.entity("أولاف شولتس")?.roles, ["المستشار الألماني"])
    }

    func testProperNamesAfterFeminineHeads() {
        let found = recognize("""
            وقالت صحيفة هسبريس إن شركة تسلا الأمريكية ستبني مصنعا، ونقلت وكالة أنباء فارس الخبر. \
            وشكلت لجنة تحقيق دولية، وأعلنت شركة نفط كبرى خططها.
            """)
        XCTAssertEqual(found.entity("صحيفة هسبريس")?.type, "ORGANISATION")
        // The nationality describes the company; the name ends before it (session entfix).
        XCTAssertEqual(found.entity("شركة تسلا")?.type, "ORGANISATION")
        XCTAssertEqual(found.entity("وكالة أنباء فارس")?.type, "ORGANISATION")
        XCTAssertEqual(found.entities.count, 3, "\(found.entities.map(\.canonical))")
    }

    func testNamesInQuotationMarks() {
        let found = recognize("""
            هاجم مقاتلو “داعش” القرية، ثم أعلن تنظيم “داعش” مسؤوليته. وموّلت “الوكالة الأمريكية للتنمية الدولية” \
            المشروع، وقررت منظمة «معاهدة الأمن الجماعي» إرسال قوات، وقال إنها “مؤامرة خارجية”.
            """)
        XCTAssertEqual(found.entity("داعش")?.type, "ORGANISATION")
        XCTAssertEqual(found.surfaces("داعش").count, 2)
        XCTAssertEqual(found.entity("الوكالة الأمريكية للتنمية الدولية")?.type, "ORGANISATION")
        XCTAssertEqual(found.entity("معاهدة الأمن الجماعي")?.type, "ORGANISATION")
        XCTAssertNil(found.entity("مؤامرة خارجية"), "a quotation is not a name")
    }

    func testCountryAdjectivesLinkToTheirCountry() {
        let found = recognize("التقى الكازاخستانيون والأمريكيون باحثين أوكرانيين في أوكرانيا، ضمن المعارضة البيلاروسية والسلطات الكازخية.")
        let byText = Dictionary(found.adjectives.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(byText["الكازاخستانيون"]?.countryCode, "KZ")
        XCTAssertEqual(byText["الأمريكيون"]?.countryCode, "US")
        XCTAssertEqual(byText["البيلاروسية"]?.countryCode, "BY")
        XCTAssertEqual(byText["الكازخية"]?.countryCode, "KZ")
        let ukraine = found.entities.first { $0.countryCode == "UA" }
        XCTAssertEqual(byText["أوكرانيين"]?.entity, ukraine?.id)
        XCTAssertNotNil(ukraine)
        XCTAssertNil(byText["الأمريكيون"]?.entity, "the US is not named")
        XCTAssertFalse(found.adjectives.contains { $0.text.contains("مالي") })
    }

    func testBylineAuthorIsAPerson() {
        let text = "عنوان\nسمر سامي السمارة\nقال الكاتب إن الأمر واضح."
        let scalars = Array(text.unicodeScalars)
        let start = scalars.firstIndex(of: "\n")! + 1
        let end = scalars[start...].firstIndex(of: "\n")!
        let found = recognize(text, byline: [Span(start: start, end: end)])
        let author = found.entity("سمر سامي السمارة")
        XCTAssertEqual(author?.type, "PERSON")
        XCTAssertEqual(author?.sources, ["byline"])
    }

    /// A tagger that reports fixed spans, for testing the merge.
    struct FixedTagger: NameTagger {
        let names: [(String, String)]
        func names(in tokens: [Token]) -> [TaggedName] {
            var out: [TaggedName] = []
            for (surface, type) in names {
                // The token range whose joined keys equal the surface's key (proclitics included).
                let wanted = KeyHash.tokenHashes(of: surface)
                for i in tokens.indices where i + wanted.count <= tokens.count {
                    let range = i..<(i + wanted.count)
                    if range.map({ tokens[$0].keyHash }) == wanted {
                        out.append(TaggedName(span: Span(start: tokens[i].span.start, end: tokens[range.upperBound - 1].span.end), type: type, tokenRange: range))
                    }
                }
            }
            return out
        }
    }

    func testTaggerNamesExtendCoverageAndRulesWinOverlaps() {
        let tagger = FixedTagger(names: [("وكازاخستان", "PERS"), ("شوكت ميرضيائيف", "PERS"), ("ميرضيائيف", "PERS"), ("لوكالة تاس", "ORG")])
        let found = recognize("زار شوكت ميرضيائيف وكازاخستان، وقال ميرضيائيف لوكالة تاس إن الوضع هادئ.", tagger: tagger)
        XCTAssertEqual(found.entity("كازاخستان")?.type, "LOCATION", "the gazetteer wins over the tagger")
        let nazarbayev = found.entity("شوكت ميرضيائيف")
        XCTAssertEqual(nazarbayev?.type, "PERSON")
        XCTAssertEqual(nazarbayev?.sources.contains("tagger"), true)
        XCTAssertEqual(nazarbayev?.mentions.count, 2, "the surname joins the full name")
        XCTAssertEqual(found.entities.first { $0.type == "ORGANISATION" }?.mentions.map(\.text), ["وكالة تاس"])
    }

    func testRulesDecideTheTaggersSurnamesAndDescriptions() {
        let tagger = FixedTagger(names: [("توكاييف", "LOC"), ("باحثون أوكرانيون", "PERS"), ("بالهستيريا", "MISC")])
        let found = recognize("""
            قال الرئيس الكازاخستاني قاسم جومارت توكاييف إن الوضع مستقر. وأكد باحثون أوكرانيون الترحيب \
            بالهستيريا. وبحسب رئيس كازاخستان، توكاييف، ستنتهي الأزمة.
            """, tagger: tagger)
        let tokayev = found.entity("قاسم جومارت توكاييف")
        XCTAssertEqual(tokayev?.mentions.count, 2)
        XCTAssertEqual(tokayev?.roles, ["الرئيس الكازاخستاني", "رئيس كازاخستان"])
        XCTAssertEqual(found.entities.map(\.canonical).sorted(), ["قاسم جومارت توكاييف", "كازاخستان"])
        XCTAssertEqual(found.adjectives.map(\.text), ["الكازاخستاني", "أوكرانيون"])
    }

    func testTaggerProcliticsArePeeledWhenTheStemStandsAlone() {
        let tagger = FixedTagger(names: [("وليد", "PERS"), ("وبيروت", "LOC"), ("لبيروت", "LOC")])
        let found = recognize("قال وليد إنه زار لبيروت ثم بيروت.", tagger: tagger)
        XCTAssertEqual(found.entity("وليد")?.type, "PERSON", "و of وليد is no proclitic")
    }

    // MARK: found on the development articles (Tests/CoreTests/DevArticles)

    func testCurrenciesAndUnitsAreNoNamesWhateverTheTaggerSays() {
        let tagger = FixedTagger(names: [("جنيه إسترليني", "ORG"), ("دولار", "MISC"), ("دينارا", "PERS"), ("سامر", "PERS")])
        let found = recognize("بلغت القيمة 40 مليون جنيه إسترليني و5 ملايين دولار و150 دينارا، قال سامر.", tagger: tagger)
        XCTAssertEqual(found.entities.map(\.canonical), ["سامر"])
    }

    func testALoneDefiniteHeadNounIsNoNameWhateverTheTaggerSays() {
        let tagger = FixedTagger(names: [("البنك", "ORG"), ("بنك عودة", "ORG")])
        let found = recognize("أعلن بنك عودة أرباحه، وقال البنك إن الودائع ارتفعت.", tagger: tagger)
        XCTAssertEqual(found.entities.map(\.canonical), ["بنك عودة"])
    }

    func testQuotedWordsAfterADefiniteHeadAreWhatItDoesNotItsName() {
        let found = recognize("وقال المحافظ إن البنك \"يراقب عن كثب\" الأسعار، وإن تنظيم “داعش” تراجع.")
        XCTAssertNil(found.entity("يراقب عن كثب"))
        XCTAssertEqual(found.entity("داعش")?.type, "ORGANISATION")
    }

    func testAlliancesMissionsAndAuditOfficesAreOrganisationHeads() {
        let found = recognize("اتهم النائب عن تحالف ”دولة القانون” الحكومة بالتقصير. وبحسب تقرير ديوان المحاسبة، ارتفع الدين.")
        XCTAssertEqual(found.entity("دولة القانون")?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.entity("ديوان المحاسبة")?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
    }

    func testTheEuropeanUnionIsAnOrganisationAndAgenciesGoByAcronym() {
        let found = recognize("الرياض - واس: وقعت الحكومة اتفاقية مع الاتحاد الأوروبي.")
        XCTAssertEqual(found.entity("الاتحاد الأوروبي")?.type, "ORGANISATION")
        XCTAssertEqual(found.entity("الاتحاد الأوروبي")?.english, "European Union")
        XCTAssertEqual(found.entity("واس")?.type, "ORGANISATION")
        XCTAssertEqual(found.surfaces("واس"), ["واس"])
    }

    func testAFeminineAdjectiveAfterAFeminineGenitiveStaysInTheName() {
        let found = recognize("أظهرت بيانات الجهاز المركزي للتعبئة العامة والإحصاء أن التضخم تراجع.")
        XCTAssertEqual(found.entity("الجهاز المركزي للتعبئة العامة والإحصاء")?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
    }

    func testAPlaceInConstructEndsANameAfterAFeminineHead() {
        let found = recognize("أعلنت مؤسسة كهرباء لبنان أنها خفضت الإنتاج.")
        XCTAssertEqual(found.entity("مؤسسة كهرباء لبنان")?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
    }

    func testADefiniteSurnameBeforeADetachedProcliticEndsTheName() {
        let found = recognize("وقال وزير الطاقة والمياه رامي الحاج لـ«الأخبار» إن الوزارة تعمل.")
        XCTAssertEqual(found.entity("رامي الحاج")?.type, "PERSON", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.entity("رامي الحاج")?.roles, ["وزير الطاقة والمياه"])
    }

    func testAWordWithTanweenIsNeverAName() {
        let found = recognize("وذكرت المصادر أن رئيس الوزراء حيدر الكعبي عقد اجتماعاً مساء السبت.")
        XCTAssertFalse(found.entities.contains { $0.mentions.contains { $0.text.contains("اجتماعاً") } }, "\(found.entities.map(\.canonical))")
        XCTAssertNil(found.entity("عقد"), "the chain took the name; the verb after it is none")
    }

    func testAKnownOrganisationANamedPurposeAndAnAcronymInsideALongerName() {
        let found = recognize("حذرت بعثة الأمم المتحدة لمساعدة العراق (يونامي) من التأخير، ودعت المفوضية السامية لحقوق الإنسان إلى الهدوء.")
        let mission = found.entity("بعثة الأمم المتحدة لمساعدة العراق")
        XCTAssertEqual(mission?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(mission?.mentions.map(\.text), ["بعثة الأمم المتحدة لمساعدة العراق", "يونامي"])
        XCTAssertNil(found.entity("الأمم المتحدة"), "the known name is part of the longer one")
        XCTAssertEqual(found.entity("المفوضية السامية لحقوق الإنسان")?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
    }

    func testAnIndefiniteHeadInConstructBeforeAPlace() {
        let found = recognize("وافق مجلس الوزراء على تنظيم هيئة تطوير منطقة مكة المكرمة، وفقاً لبيانات اتحاد بنوك مصر.")
        XCTAssertEqual(found.entity("هيئة تطوير منطقة مكة المكرمة")?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.entity("اتحاد بنوك مصر")?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
    }

    func testInstitutionalAdjectivesMakeADefiniteHeadAName() {
        let found = recognize("وقضت المحكمة الاتحادية العليا بأن القانون دستوري، ورفضت اللجنة المشتركة الطعن.")
        XCTAssertEqual(found.entity("المحكمة الاتحادية العليا")?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
        XCTAssertNil(found.entity("اللجنة المشتركة"))
    }

    func testNewsOutletsInQuotationMarksWhereThePressNamesThem() {
        let found = recognize("""
            بيروت – «الأخبار»: عادت الأزمة. وقال الوزير لـ«النهار» إن الحل قريب، ووصف الخطة بأنها «خطوة أولى».
            «الغد»: ما أبرز ملامح الخطة؟
            """)
        XCTAssertEqual(found.entity("الأخبار")?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.entity("النهار")?.type, "ORGANISATION")
        XCTAssertEqual(found.entity("الغد")?.type, "ORGANISATION")
        XCTAssertNil(found.entity("خطوة أولى"))
    }

    func testMonarchsGovernorsAndRegnalOrdinals() {
        let found = recognize("استقبل العاهل الأردني الملك عبد الله الثاني محافظ البنك المركزي سمير فارس، ودعا شيخ الأزهر أحمد الطيب إلى الحوار.")
        XCTAssertEqual(found.entity("عبد الله الثاني")?.type, "PERSON", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.entity("سمير فارس")?.roles.first, "محافظ البنك المركزي")
        XCTAssertEqual(found.entity("أحمد الطيب")?.roles, ["شيخ الأزهر"])
    }

    func testTheRelayedSayingAfterATitleIsNoName() {
        let found = recognize("ونقلت الوكالة الرسمية عن الرئيس قوله إن الحرب انتهت.")
        XCTAssertNil(found.entity("قوله"))
    }

    func testANationalityStandingAsANounBeforeAName() {
        let found = recognize("""
            وتوج الإسباني رافاييل نادال باللقب بعد فوزه على النمساوي دومينيك تيم، وقال قائد الجيش السوداني عبد الفتاح البرهان إن الوضع هادئ.
            """)
        XCTAssertEqual(found.entity("دومينيك تيم")?.roles, ["النمساوي"], "\(found.entities.map(\.canonical))")
        XCTAssertNil(found.entity("رافاييل نادال باللقب"), "no clear end after the name: left to the tagger")
        XCTAssertEqual(found.entity("عبد الفتاح البرهان")?.roles, ["قائد الجيش السوداني"])
    }

    func testSaudiAsAnAdjectiveAndGermanWithItsAlef() {
        let found = recognize("أعلنت وكالة الأنباء السعودية أن الحكومة السعودية والوكالة الألمانية للتعاون الدولي وقعتا اتفاقاً، وزار الوزير السعودية.")
        XCTAssertEqual(found.adjectives.map { "\($0.text) \($0.countryCode)" }, ["السعودية SA", "السعودية SA", "الألمانية DE"])
        XCTAssertEqual(found.entity("السعودية")?.mentions.count, 1, "the country visited is a place")
        XCTAssertEqual(found.entity("السعودية")?.type, "LOCATION")
    }

    func testMaghrebiAdministrationsAndAPressConferenceIsNoTitle() {
        let found = recognize("وحسب معطيات المندوبية السامية للتخطيط، اعتبرت الفيدرالية الوطنية للمنعشين العقاريين أن القرار إيجابي، في المؤتمر الصحفي عقب اللقاء.")
        XCTAssertEqual(found.entity("المندوبية السامية للتخطيط")?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.entity("الفيدرالية الوطنية للمنعشين العقاريين")?.type, "ORGANISATION")
        XCTAssertNil(found.entity("عقب اللقاء"))
    }

    func testNasabChainsStayWholeAfterATitle() {
        // بن/بنت/آل/عبد do not count towards the name's four words; a word after بن is a name
        // even when it spells a function word or a title (علي، الشيخ).
        let found = recognize("ونعاه وزير الإعلام الأمير خالد بن عبد العزيز بن سلمان، فيما كتب الروائي سامي بن علي العتيبي على حسابه أن الراحل كان كريماً. والتقى الوفد وزير الزراعة عماد بن الشيخ في تونس.")
        XCTAssertEqual(found.entity("خالد بن عبد العزيز بن سلمان")?.type, "PERSON", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.entity("سامي بن علي العتيبي")?.type, "PERSON", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.entity("عماد بن الشيخ")?.type, "PERSON", "\(found.entities.map(\.canonical))")
    }

    func testANameAfterTheTitleIsNotTakenIntoTheRole() {
        // A chain opening on عبد or running into بن is the name; a role closed by الأسبق is
        // followed by the name, two definite words closing it before a function word.
        let found = recognize("ورثى الشاعر عبد الكريم بن سالم صديقه. وقال رئيس النقابة نور الدين بن حسين إن الإضراب سيتواصل. وكما قال وزير المالية الأسبق حسن الطيب الهاشمي ذات يوم: المال لا ينام.")
        XCTAssertEqual(found.entity("عبد الكريم بن سالم")?.type, "PERSON", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.entity("نور الدين بن حسين")?.type, "PERSON", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.entity("حسن الطيب الهاشمي")?.type, "PERSON", "\(found.entities.map(\.canonical))")
        XCTAssertNil(found.entity("ذات يوم"))
    }

    func testLatinScriptNamesInArabicTextAreOrganisations() {
        let found = recognize("وقعت شركة Nokia اتفاقاً مع مجموعة X7 للاتصالات، فيما قالت Deutsche Bank إن السوق ستنمو. وتبلغ قدرة المحطة 40 MW فقط، وسعر سيارة A4 مرتفع.")
        XCTAssertEqual(found.entity("Nokia")?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.entity("Deutsche Bank")?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
        XCTAssertNil(found.entity("MW"), "a unit after a number")
        XCTAssertNil(found.entity("A4"), "a model number")
        XCTAssertEqual(found.entity("X7")?.type, "ORGANISATION", "named by its head")
        XCTAssertTrue(recognize("The talks with Nokia ended in Paris.").entities.isEmpty, "Latin text is not Arabic text")
        let described = recognize("وقدرت شركة الاستشارات Deloitte النمو بثلاثة في المئة، وأقر مجلس الإدارة الميزانية.")
        XCTAssertEqual(described.entity("Deloitte")?.type, "ORGANISATION")
        XCTAssertNil(described.entity("شركة الاستشارات"), "the head and its descriptor describe the Latin name")
        XCTAssertNil(described.entity("مجلس الإدارة"), "a company's board")
    }

    func testCommandsCellsAndProsecutionAreOrganisations() {
        let found = recognize("وأعلنت قيادة العمليات المشتركة أن خلية الإعلام الأمني ستصدر بياناً، فيما أمرت النيابة العامة بحبس المتهم وتسلمت الشرطة الاتحادية ملف القضية.")
        for name in ["قيادة العمليات المشتركة", "خلية الإعلام الأمني", "النيابة العامة", "الشرطة الاتحادية"] {
            XCTAssertEqual(found.entity(name)?.type, "ORGANISATION", "\(name): \(found.entities.map(\.canonical))")
        }
    }

    func testAPlaceAfterAnAdministrativeUnitAndAMemberOfItsCouncil() {
        // The gazetteer lacks these names: محافظة/قضاء names them. A bare indefinite word after the
        // name counts only when the name stands clear elsewhere; هي مدينة فشلت: no place.
        let found = recognize("وصل الوفد إلى محافظة كرمشان، ثم قال عضو مجلس محافظة كرمشان سالم الدوري إن الأمن مستتب. هي مدينة فشلت مهما حاولت.")
        XCTAssertEqual(found.entity("كرمشان")?.type, "LOCATION", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.surfaces("كرمشان").count, 2)
        XCTAssertEqual(found.entity("سالم الدوري")?.type, "PERSON", "\(found.entities.map(\.canonical))")
        XCTAssertNil(found.entity("فشلت"))
    }

    func testATitleWithAPossessiveAndANameBeforeAPreposition() {
        // مديرها العام: a title with a pronoun; لوكالة after the name is a boundary.
        let found = recognize("وقالت الشركة، وفق ما صرح به مديرها العام سمير الكتاني لوكالة الأنباء، إن الأرباح تضاعفت.")
        XCTAssertEqual(found.entity("سمير الكتاني")?.type, "PERSON", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.entity("سمير الكتاني")?.roles, ["مديرها العام"])
    }

    func testAGivenNameAndBintBeforeATaggedPersonJoinIt() {
        /// A tagger that finds the name from its father's name on, as the trained one may.
        struct ShortTagger: NameTagger {
            func names(in tokens: [Token]) -> [TaggedName] {
                guard let i = tokens.firstIndex(where: { $0.key == "محمد" }) else { return [] }
                return [TaggedName(span: Span(start: tokens[i].span.start, end: tokens[i + 2].span.end), type: "PERS", tokenRange: i..<(i + 3))]
            }
        }
        let found = recognize("وتزوج من ابنة عمه سلمى بنت محمد آل حسن، التي توفيت قبل عامين.", tagger: ShortTagger())
        XCTAssertEqual(found.entity("سلمى بنت محمد آل حسن")?.type, "PERSON", "\(found.entities.map(\.canonical))")
    }

    func testAThreeWordNameAfterANationalityBeforeItsObjectAndAFederationForASport() {
        let found = recognize("قبل أن يعادل البرازيلي كارلوس دي سوزا النتيجة، وأعلن الاتحاد المصري لكرة القدم موعد المباراة.")
        XCTAssertEqual(found.entity("كارلوس دي سوزا")?.type, "PERSON", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.entity("الاتحاد المصري لكرة القدم")?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
    }

    func testAGivenNameBeforeATaggedKunyaAfterANamingWord() {
        /// A tagger that finds the name from the kunya on.
        struct KunyaTagger: NameTagger {
            func names(in tokens: [Token]) -> [TaggedName] {
                tokens.indices.filter { tokens[$0].key == "ابو" }.map {
                    TaggedName(span: Span(start: tokens[$0].span.start, end: tokens[$0 + 1].span.end), type: "PERS", tokenRange: $0..<($0 + 2))
                }
            }
        }
        let found = recognize("واستدعت النيابة المالك، ويدعى حسن أبو الفضل، ثم التقى أبو مازن الوفد.", tagger: KunyaTagger())
        XCTAssertEqual(found.entity("حسن أبو الفضل")?.type, "PERSON", "\(found.entities.map(\.canonical))")
        XCTAssertEqual(found.entity("أبو مازن")?.type, "PERSON", "not التقى أبو مازن: \(found.entities.map(\.canonical))")
    }

    func testANameEndingAListOfPlacesIsAPlace() {
        /// A tagger that calls the last conjunct a person (صلاح الدين is a given name too).
        struct ListTagger: NameTagger {
            func names(in tokens: [Token]) -> [TaggedName] {
                tokens.indices.filter { tokens[$0].key == "وصلاح" }.map {
                    TaggedName(span: Span(start: tokens[$0].span.start + 1, end: tokens[$0 + 1].span.end), type: "PERS", tokenRange: $0..<($0 + 2))
                }
            }
        }
        let found = recognize("وقتل جنود في الموصل وكركوك وصلاح الدين منذ مطلع العام. والتقى الوزير وصلاح الدين.", tagger: ListTagger())
        XCTAssertEqual(found.entities.filter { $0.canonical == "صلاح الدين" }.map(\.type).sorted(), ["LOCATION", "PERSON"],
                       "\(found.entities.map { "\($0.type) \($0.canonical)" })")
    }

    func testAWordCountedByANumberIsNoPerson() {
        /// A tagger that takes the word after a number for a name, as the trained one may.
        struct CountTagger: NameTagger {
            func names(in tokens: [Token]) -> [TaggedName] {
                tokens.indices.dropFirst().filter { tokens[$0 - 1].kind == .number }.map {
                    TaggedName(span: tokens[$0].span, type: "PERS", tokenRange: $0..<($0 + 1))
                }
            }
        }
        XCTAssertTrue(recognize("ويدفع المشترك 45 دولاراً لكل 5 أمبير شهرياً.", tagger: CountTagger()).entities.isEmpty)
    }

    func testAProgrammeOfAKnownBodyIsAnOrganisation() {
        let found = recognize("وفق تقديرات برنامج الامم المتحدة الإنمائي، تراجع الفقر. وبدأ برنامج المساعدات الأمريكية في الربيع.")
        XCTAssertEqual(found.entity("برنامج الامم المتحدة الإنمائي")?.type, "ORGANISATION", "\(found.entities.map(\.canonical))")
        XCTAssertNil(found.entity("برنامج المساعدات الأمريكية"))
    }

    func testKafIsNotPeeledOffAPersonsName() {
        /// A tagger that leaves ك out of the name, as the trained one may.
        struct PeelingTagger: NameTagger {
            func names(in tokens: [Token]) -> [TaggedName] {
                guard let i = tokens.firstIndex(where: { $0.key == "كريم" }) else { return [] }
                return [TaggedName(span: Span(start: tokens[i].span.start + 1, end: tokens[i + 1].span.end), type: "PERS", tokenRange: i..<(i + 2))]
            }
        }
        let found = recognize("وأشار كريم العبادي إلى أن القانون سيتغير.", tagger: PeelingTagger())
        XCTAssertEqual(found.entity("كريم العبادي")?.type, "PERSON", "\(found.entities.map(\.canonical))")
    }
}

/// Generated and mutated inputs never crash the entity layer, and its time stays linear.
final class EntityRobustnessTests: XCTestCase {
    /// A small deterministic generator (no global random state in tests either).
    struct SplitMix { var state: UInt64; mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    } }

    static let pieces = ["و", "ب", "ل", "ال", "لل", "“", "”", "«", "»", "\"", "،", " ", " ", " ", "\n", "الرئيس", "وزارة",
                         "منظمة", "كازاخستان", "الأوكرانية", "توكاييف", "ـ", "\u{064E}", "\u{200F}", "\u{FEFB}", "ی", "ک", "٣", "9", "x"]

    func recognize(_ string: String) -> Int {
        let text = ArticleText(string)
        let key = NormalizedText(text)
        let result = EntityRecognizer().recognize(text, key: key, tokens: Tokenizer.tokenize(text, key), bylineAuthors: [])
        for e in result.entities { for m in e.mentions { XCTAssertEqual(text.slice(m.span), m.text) } }
        return result.entities.count
    }

    func testRandomPiecesNeverCrash() {
        var random = SplitMix(state: 42)
        for _ in 0..<300 {
            var s = ""
            for _ in 0..<Int(random.next() % 60) { s += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }
            _ = recognize(s)
        }
    }

    func testDeepQuotesAndLongLinesStayLinear() {
        let unit = "قال الرئيس الكازاخستاني قاسم جومارت توكاييف إن “منظمة “معاهدة «الأمن» الجماعي” في كازاخستان. "
        let small = String(repeating: unit, count: 200), large = String(repeating: unit, count: 1600)
        // CPU time of this thread, so other jobs on the machine do not count.
        let t1 = CoreTestSupport.cpuSeconds { _ = recognize(small) }
        let t2 = CoreTestSupport.cpuSeconds { _ = recognize(large) }
        // Eight times the text may take at most ~3x eight times as long.
        XCTAssertLessThan(t2, t1 * 24 + 0.05, "small \(t1) s, large \(t2) s")
        XCTAssertEqual(recognize(String(repeating: "“", count: 5000) + String(repeating: "”", count: 5000)), 0)
    }
}

/// The pipeline carries the entity layer's output into the record.
final class ExtractorEntityTests: XCTestCase {
    func testRecordCarriesEntitiesAndCountryAdjectives() throws {
        let bytes = Array("قال الرئيس الكازاخستاني قاسم جومارت توكاييف في ألماتي إن كازاخستان مستقرة.".utf8)
        let record = try ArticleExtractor().extract(bytes).get()
        let kz = try XCTUnwrap(record.entities.first { $0.canonical == "كازاخستان" })
        XCTAssertEqual(kz.countryCode, "KZ")
        XCTAssertEqual(record.entities.first { $0.type == "PERSON" }?.canonical, "قاسم جومارت توكاييف")
        XCTAssertEqual(record.countryAdjectives.map(\.text), ["الكازاخستاني"])
        XCTAssertEqual(record.countryAdjectives.first?.entity, kz.id)
        let json = String(decoding: RecordEncoder.encode(record), as: UTF8.self)
        XCTAssertTrue(json.contains("\"country_adjectives\""))
    }
}

extension EntityRobustnessTests {
    func testOddTokensAtNameEdgesNeverCrash() {
        // A place with punctuation inside followed by an adjective, a byline with a dot, spans beyond the text.
        let text = ArticleText("د. سمر سامي\nأعلنت وزارة الكونغو - كينشاسا الخارجية الروسية.")
        let key = NormalizedText(text)
        let tokens = Tokenizer.tokenize(text, key)
        let result = EntityRecognizer().recognize(
            text, key: key, tokens: tokens, bylineAuthors: [Span(start: 0, end: 11), Span(start: 5, end: 500)])
        XCTAssertEqual(result.entities.first { $0.sources == ["byline"] }?.canonical, "د. سمر سامي")
    }
}
