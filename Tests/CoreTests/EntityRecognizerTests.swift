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
            وأعلن الرئيس السابق لجورجيا ميخائيل ساكاشفيلي دعمه، ثم كرر ساكاشفيلي موقفه.
            """)
        let lavrov = found.entity("سيرغي لافروف")
        XCTAssertEqual(lavrov?.type, "PERSON")
        XCTAssertEqual(found.surfaces("سيرغي لافروف"), ["سيرغي لافروف", "لافروف"])
        XCTAssertEqual(lavrov?.roles, ["وزير الخارجية الروسي السابق", "الملياردير"])
        XCTAssertEqual(found.entity("ميخائيل ساكاشفيلي")?.roles, ["الرئيس السابق لجورجيا"])
        XCTAssertEqual(found.surfaces("ميخائيل ساكاشفيلي").count, 2)
        XCTAssertEqual(found.surfaces("جورجيا"), ["جورجيا"], "a place inside a role is still a mention")
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
                let wanted = PhraseLexicon<Int>.tokenKeys(surface)
                for i in tokens.indices where i + wanted.count <= tokens.count {
                    let range = i..<(i + wanted.count)
                    if range.map({ tokens[$0].key }) == wanted {
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

    func testTaggerProcliticsArePeeledWhenTheStemStandsAlone() {
        let tagger = FixedTagger(names: [("وليد", "PERS"), ("وبيروت", "LOC"), ("لبيروت", "LOC")])
        let found = recognize("قال وليد إنه زار لبيروت ثم بيروت.", tagger: tagger)
        XCTAssertEqual(found.entity("وليد")?.type, "PERSON", "و of وليد is no proclitic")
    }
}
