import Foundation
import XCTest
@testable import ArticleCore

/// The quote layer on the sample article against the gold annotation: quotations with their
/// speakers and cues, quotation marks that are not quotations, reported statements with their
/// speakers and cues (a gold statement is matched by its cue_start falling inside a cue's span).
final class GoldenQuoteTests: XCTestCase {
    /// The whole pipeline, as the daemon runs it: entities and sentences from their own layers.
    func testPipelineQuotesAndStatementsMatchGold() throws {
        let gold = try SharedData.gold
        let record = try ArticleExtractor().extract(try SharedData.sampleArticle).get()
        if ProcessInfo.processInfo.environment["QUOTES_DUMP"] != nil {
            for e in record.entities where e.mentions.contains(where: { $0.start >= 5400 && $0.start < 5500 }) {
                print("E \(e.id) \(e.type) \(e.canonical) \(e.mentions.map { "\($0.text)@\($0.start)" })")
            }
        }
        score(record.quotes, record.statements, text: ArticleText(record.text), gold: gold, label: "pipeline")
    }

    /// The quote layer alone, with the gold entities standing in for the entity layer and the
    /// layer's own plain sentence split: its score does not depend on the other layers' errors.
    func testQuoteLayerWithGoldEntitiesMatchesGold() throws {
        let gold = try SharedData.gold
        let record = try ArticleExtractor().extract(try SharedData.sampleArticle).get()
        let text = ArticleText(record.text)
        let key = NormalizedText(text)
        let (quotes, statements) = QuoteExtractor.extract(
            text, key: key, tokens: Tokenizer.tokenize(text, key), sentences: [], entities: Self.entities(from: gold))
        score(quotes, statements, text: text, gold: gold, label: "gold entities")
    }

    private func score(_ quotes: [Quote], _ statements: [Statement], text: ArticleText, gold: GoldAnnotation, label: String) {
        if ProcessInfo.processInfo.environment["QUOTES_DUMP"] != nil {
            for q in quotes { print("Q \(q.kind) «\(q.text)» \(q.speaker?.name ?? "-") \(q.cue?.text ?? "-")") }
            for s in statements { print("S \(s.cue.text) [\(s.speaker.name)|\(s.speaker.entity ?? "-")] \(s.content.text)") }
        }
        let s = QuoteScoring.score(quotes, statements, gold: gold, judge: QuoteScoring.exact)
        for m in s.messages { print(m) }
        print("""
            GOLDEN quotes (\(label)): quotations \(s.quotationsRight)/\(gold.quotes.count), \
            not-quotes kept out \(s.notQuotesRight)/\(gold.quote_marks_that_are_not_quotes.count), \
            statements \(s.statementsRight)/\(gold.statements.count) (predicted \(statements.count), extra \(s.statementsExtra)), \
            quotes found \(quotes.count)
            """)
        XCTAssertEqual(s.quotationsRight, gold.quotes.count, label)
        XCTAssertEqual(s.notQuotesRight, gold.quote_marks_that_are_not_quotes.count, label)
        XCTAssertGreaterThanOrEqual(s.statementsRight, 8, label)
        for q in quotes { XCTAssertEqual(text.slice(Span(start: q.start, end: q.end)), q.text) }
        for s in statements {
            XCTAssertEqual(text.slice(s.content.span), s.content.text)
            XCTAssertEqual(text.slice(s.cue.span), s.cue.text)
            if let mention = s.speaker.mention {
                XCTAssertEqual(text.slice(mention.span), mention.text)
                if s.speaker.entity == nil { XCTAssertEqual(mention.text, s.speaker.name) }
            }
        }
    }

    /// The gold entities as record entities.
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
