@testable import ArticleCore
import XCTest

/// The evaluator must count exactly as conlleval; each expectation below is what conlleval.pl
/// prints for the same two columns.
final class ChunkEvaluationTests: XCTestCase {
    private func evaluate(_ pairs: [(String, String)]) -> ChunkEvaluation {
        var e = ChunkEvaluation()
        e.add(gold: pairs.map(\.0), guessed: pairs.map(\.1))
        return e
    }

    func testExactMatchCountsOneCorrectChunkPerName() {
        let e = evaluate([("B-PERS", "B-PERS"), ("I-PERS", "I-PERS"), ("O", "O"), ("B-LOC", "B-LOC")])
        XCTAssertEqual(e.overall, .init(correct: 2, guessed: 2, gold: 2))
        XCTAssertEqual(e.byType["PERS"], .init(correct: 1, guessed: 1, gold: 1))
        XCTAssertEqual(e.overall.f1, 100, accuracy: 1e-9)
    }

    func testInsideTagWithoutBeginOpensAChunk() {
        // conlleval: O then I-LOC starts a chunk; a guessed B-LOC I-LOC over the same tokens matches it.
        let e = evaluate([("O", "O"), ("I-LOC", "B-LOC"), ("I-LOC", "I-LOC"), ("O", "O")])
        XCTAssertEqual(e.overall, .init(correct: 1, guessed: 1, gold: 1))
        // At the very start of a sentence too.
        let f = evaluate([("I-ORG", "I-ORG"), ("O", "O")])
        XCTAssertEqual(f.overall, .init(correct: 1, guessed: 1, gold: 1))
    }

    func testInsideTagOfAnotherTypeOpensAChunk() {
        // B-PERS I-LOC is two chunks for conlleval.
        let e = evaluate([("B-PERS", "B-PERS"), ("I-LOC", "I-PERS")])
        XCTAssertEqual(e.overall.gold, 2)
        XCTAssertEqual(e.overall.guessed, 1)
        XCTAssertEqual(e.overall.correct, 0)
    }

    func testBoundaryAndTypeMustBothMatch() {
        let e = evaluate([
            ("B-ORG", "B-ORG"), ("I-ORG", "O"),          // too short
            ("O", "O"),
            ("B-PERS", "B-LOC"),                         // wrong type
            ("O", "O"),
            ("B-LOC", "B-LOC"), ("O", "I-LOC"),          // too long
            ("O", "O"),
            ("B-MISC", "B-MISC"), ("B-MISC", "I-MISC"),  // two gold chunks, one guessed
        ])
        XCTAssertEqual(e.overall, .init(correct: 0, guessed: 4, gold: 5))
        XCTAssertEqual(e.overall.f1, 0)
    }

    func testSentencesAreClosedAtTheirEnd() {
        var e = ChunkEvaluation()
        e.add(gold: ["O", "B-PERS"], guessed: ["O", "B-PERS"])
        e.add(gold: ["I-PERS"], guessed: ["B-PERS"])
        XCTAssertEqual(e.overall, .init(correct: 2, guessed: 2, gold: 2))
        XCTAssertEqual(e.tokens, 3)
        XCTAssertEqual(e.correctTags, 2)
    }

    func testPrecisionRecallAndReportLines() {
        let e = evaluate([("B-PERS", "B-PERS"), ("O", "B-LOC"), ("B-ORG", "O"), ("B-ORG", "O")])
        XCTAssertEqual(e.overall.precision, 50, accuracy: 1e-9)
        XCTAssertEqual(e.overall.recall, 100.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(e.overall.f1, 40, accuracy: 1e-9)
        let lines = e.report.split(separator: "\n")
        XCTAssertEqual(lines[0], "processed 4 tokens with 3 phrases; found: 2 phrases; correct: 1.")
        XCTAssertEqual(lines[1], "accuracy:  25.00%; precision:  50.00%; recall:  33.33%; FB1:  40.00")
        XCTAssertEqual(lines[2], "              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  1")
        XCTAssertEqual(lines.count, 5)
    }
}

extension ChunkEvaluation.Counts {
    init(correct: Int, guessed: Int, gold: Int) {
        self.init()
        self.correct = correct
        self.guessed = guessed
        self.gold = gold
    }
}
