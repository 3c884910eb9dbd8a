import XCTest
@testable import ArticleCore

/// The quote layer on the sample article against the gold annotation: quotations with their
/// speakers, quotation marks that are not quotations, reported statements with their speakers.
final class GoldenQuoteTests: XCTestCase {
    func testSampleQuotesAndStatementsMatchGold() throws {
        let gold = try SharedData.gold
        guard case .success(let record) = ArticleExtractor().extract(try SharedData.sampleArticle) else {
            return XCTFail("the sample article did not decode")
        }
        let text = ArticleText(record.text)
        let key = NormalizedText(text)
        // The entity layer's output when it has any; until then, the gold entities stand in for it.
        let entities = record.entities.isEmpty ? Self.entities(from: gold) : record.entities
        let (quotes, statements) = QuoteExtractor.extract(
            text, key: key, tokens: Tokenizer.tokenize(text, key), sentences: record.sentences, entities: entities)

        if ProcessInfo.processInfo.environment["QUOTES_DUMP"] != nil {
            for q in quotes { print("Q \(q.kind) «\(q.text)» \(q.speaker?.text ?? "-") \(q.cue?.text ?? "-")") }
            for s in statements { print("S \(s.cue.text) [\(s.speaker.text)|\(s.speaker.entity ?? "-")] \(s.content.text)") }
        }
        func quote(at start: Int, _ end: Int) -> Quote? { quotes.first { $0.start == start && $0.end == end } }

        var quotationsRight = 0
        for g in gold.quotes {
            let q = quote(at: g.start, g.end)
            let ok = q?.kind == "quotation" && q?.speaker?.text == g.speaker
            if ok { quotationsRight += 1 } else {
                print("quotation missed: \(g.text) [\(g.speaker)] got \(String(describing: q))")
            }
        }
        var notQuotesRight = 0
        for g in gold.quote_marks_that_are_not_quotes {
            let q = quote(at: g.start, g.end)
            if let q, q.kind != "quotation" { notQuotesRight += 1 } else {
                print("not-quote wrong: \(g.text) (\(g.is)) got \(String(describing: q))")
            }
        }
        var statementsRight = 0
        for g in gold.statements {
            let s = statements.first { $0.cue.start <= g.cue_start && g.cue_start < $0.cue.end }
            if s?.speaker.text == g.speaker { statementsRight += 1 } else {
                print("statement missed: \(g.cue) [\(g.speaker)] got \(String(describing: s?.speaker.text))")
            }
        }
        let matched = statements.filter { s in gold.statements.contains { s.cue.start <= $0.cue_start && $0.cue_start < s.cue.end } }
        for s in statements where !matched.contains(s) { print("extra statement: \(s.cue.text) [\(s.speaker.text)] \(s.content.text.prefix(60))") }
        print("""
            GOLDEN quotes: quotations \(quotationsRight)/\(gold.quotes.count), \
            not-quotes kept out \(notQuotesRight)/\(gold.quote_marks_that_are_not_quotes.count), \
            statements \(statementsRight)/\(gold.statements.count) (predicted \(statements.count), extra \(statements.count - matched.count)), \
            quotes found \(quotes.count)
            """)
        XCTAssertEqual(quotationsRight, gold.quotes.count)
        XCTAssertEqual(notQuotesRight, gold.quote_marks_that_are_not_quotes.count)
        XCTAssertGreaterThanOrEqual(statementsRight, 8)
        for q in quotes { XCTAssertEqual(text.slice(Span(start: q.start, end: q.end)), q.text) }
        for s in statements {
            XCTAssertEqual(text.slice(s.content.span), s.content.text)
            XCTAssertEqual(text.slice(s.cue.span), s.cue.text)
        }
    }

    /// The gold entities as record entities, standing in for the entity layer.
    static func entities(from gold: GoldAnnotation) -> [Entity] {
        let types = ["PER": "PERSON", "ORG": "ORGANISATION", "LOC": "LOCATION", "MISC": "MISC"]
        return gold.entities.enumerated().map { i, e in
            Entity(id: "e\(i + 1)", type: types[e.type] ?? e.type, canonical: e.canonical, english: e.english,
                   countryCode: e.country_code, roles: e.roles ?? [],
                   mentions: e.mentions.map { TextSpanFixture.make($0.start, $0.end, $0.text) }, sources: ["gold"])
        }
    }
}

/// `TextSpan` from gold offsets (the record type has no memberwise initialiser from raw values).
enum TextSpanFixture {
    static func make(_ start: Int, _ end: Int, _ text: String) -> TextSpan {
        var span = TextSpan(Span(start: 0, end: 0), in: ArticleText(""))
        span.start = start; span.end = end; span.text = text
        return span
    }
}
