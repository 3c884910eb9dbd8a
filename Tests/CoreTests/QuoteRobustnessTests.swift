import Foundation
import XCTest
@testable import ArticleCore

/// The quote layer on hostile input: unbalanced and deeply nested marks, generated mixtures, one
/// long line. It must not crash, every span must slice the text, and time must stay bounded.
final class QuoteRobustnessTests: XCTestCase {
    /// Runs the layer, checks every span against the text, and returns the CPU seconds it took.
    @discardableResult
    private func check(_ string: String, entitiesFrom rng: inout SplitMix64?, file: StaticString = #filePath, line: UInt = #line) -> (quotes: [Quote], statements: [Statement], seconds: Double) {
        let text = ArticleText(string)
        let key = NormalizedText(text)
        let tokens = Tokenizer.tokenize(text, key)
        // Entities over random word tokens, of random types, as a faulty entity layer might give.
        var entities: [Entity] = []
        if var generator = rng {
            let words = tokens.filter { $0.kind == .word }
            for i in 0..<min(words.count, 6) {
                let token = words[Int.random(in: 0..<words.count, using: &generator)]
                let type = ["PERSON", "ORGANISATION", "LOCATION", "MISC"][i % 4]
                entities.append(Entity(id: "r\(i)", type: type, canonical: text.slice(token.span), english: nil, countryCode: nil,
                                       roles: [], mentions: [TextSpan(token.span, in: text)], sources: ["test"]))
            }
            rng = generator
        }
        var quotes: [Quote] = [], statements: [Statement] = []
        let seconds = CoreTestSupport.cpuSeconds {
            (quotes, statements) = QuoteExtractor.extract(text, key: key, tokens: tokens, sentences: [], entities: entities)
        }
        for q in quotes {
            XCTAssertTrue(0 <= q.start && q.start < q.end && q.end <= text.count, "quote span \(q.start)..<\(q.end)", file: file, line: line)
            XCTAssertTrue(["quotation", "name", "scare"].contains(q.kind), file: file, line: line)
        }
        for s in statements {
            XCTAssertTrue(s.content.start < s.content.end && s.content.end <= text.count, file: file, line: line)
            XCTAssertEqual(text.slice(s.content.span), s.content.text, file: file, line: line)
        }
        return (quotes, statements, seconds)
    }

    @discardableResult
    private func check(_ string: String, file: StaticString = #filePath, line: UInt = #line) -> (quotes: [Quote], statements: [Statement], seconds: Double) {
        var none: SplitMix64?
        return check(string, entitiesFrom: &none, file: file, line: line)
    }

    func testTenThousandUnbalancedMarks() {
        for mark in ["“", "”", "«", "»", "\"", "‘", "’"] {
            let string = (0..<10_000).map { i in i % 7 == 0 ? "قال \(mark)كلمة" : "\(mark)كلمة" }.joined(separator: " ")
            let result = check(string)
            XCTAssertLessThan(result.seconds, 2, "mark \(mark)")
        }
        // All openers then all closers of another family: nothing pairs.
        let result = check(String(repeating: "« ", count: 10_000) + "نص" + String(repeating: " ”", count: 10_000))
        XCTAssertTrue(result.quotes.isEmpty)
    }

    func testDeepNestingIsBoundedAndStillPairsTheOuterLevels() {
        let depth = 5_000
        let string = String(repeating: "«", count: depth) + "نص عميق" + String(repeating: "»", count: depth)
        let result = check(string)
        XCTAssertLessThan(result.seconds, 2)
        XCTAssertFalse(result.quotes.isEmpty)
        XCTAssertLessThanOrEqual(result.quotes.count, 8, "nesting is cut at the pairing depth limit")
        let mixed = (0..<3_000).map { ["«", "“", "\"", "‘"][$0 % 4] }.joined() + "نص"
            + (0..<3_000).reversed().map { ["»", "”", "\"", "’"][$0 % 4] }.joined()
        XCTAssertLessThan(check(mixed).seconds, 2)
    }

    func testGeneratedMixturesNeverCrash() {
        var rng = SplitMix64(seed: 0xA11CE)
        let pieces = ["“", "”", "«", "»", "\"", "‘", "’", " ", " ", "\n", "قال", "وأضاف", "إن", "أن", "بأن", "وفقاً", "لـ",
                      "بحسب", "الوزير", "منظمة", "،", ".", "؟", ":", "بـ", "و", "x", "1", "\u{0640}", "\u{064E}"]
        for _ in 0..<(ProcessInfo.processInfo.environment["QUOTES_FUZZ"].flatMap(Int.init) ?? 200) {
            let count = Int.random(in: 0..<400, using: &rng)
            var string = ""
            for _ in 0..<count { string += pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
            check(string)
            var entityRNG: SplitMix64? = SplitMix64(seed: rng.next())
            check(string, entitiesFrom: &entityRNG)
        }
    }

    func testOneLongLineStaysLinear() {
        // A sentence with a quotation, a statement, a name and scare quotes, repeated on one line
        // without a full stop: about half a million code points.
        let unit = "قال الوزير إن “الوضع مستقر” وأضاف أن تنظيم “داعش” يتراجع، بحسب مصادر محلية، وأن “الحل” قريب، "
        let small = String(repeating: unit, count: 500)
        let large = String(repeating: unit, count: 5_000)
        let t1 = check(small).seconds
        let result = check(large)
        print("QUOTES long line: \(small.unicodeScalars.count) scalars \(String(format: "%.3f", t1)) s, \(large.unicodeScalars.count) scalars \(String(format: "%.3f", result.seconds)) s")
        XCTAssertLessThan(result.seconds, 30)
        // Ten times the input may take at most forty times as long: generous for a busy machine,
        // far below the hundredfold of a quadratic pass.
        XCTAssertLessThan(result.seconds, max(t1, 0.01) * 40)
        XCTAssertEqual(result.quotes.filter { $0.kind == "quotation" }.count, 10_000)
        XCTAssertEqual(result.quotes.filter { $0.kind == "name" }.count, 5_000)
        XCTAssertEqual(result.statements.count, 15_000)
    }

    func testStretchesOutsideTheGivenSentencesAreSentencesOfTheirOwn() {
        // The structure layer leaves the title out of its sentences: the title's verb must not
        // reach into the first body sentence.
        let string = "الوزير يؤكد\n“النص الأول” بدأ اليوم. ثم انتهى."
        let text = ArticleText(string)
        let key = NormalizedText(text)
        let bodyStart = string.unicodeScalars.firstIndex(of: "\n").map { string.unicodeScalars.distance(from: string.unicodeScalars.startIndex, to: $0) + 1 }!
        let given = [Span(start: bodyStart, end: bodyStart + "“النص الأول” بدأ اليوم.".unicodeScalars.count)]
        let (quotes, _) = QuoteExtractor.extract(text, key: key, tokens: Tokenizer.tokenize(text, key), sentences: given, entities: [])
        XCTAssertEqual(quotes.count, 1)
        XCTAssertNotEqual(quotes.first?.kind, "quotation")
        let completed = PlainSentenceSplit.completing(given, in: text)
        XCTAssertEqual(completed.map { text.slice($0) }, ["الوزير يؤكد", "“النص الأول” بدأ اليوم.", "ثم انتهى."])
    }
}
