@testable import ArticleCore
import XCTest

final class BIOViterbiDecoderTests: XCTestCase {
    private let T = EntityTagSet.count
    private func index(_ tag: String) -> Int { EntityTagSet.index(of: tag)! }

    private func decode(_ rows: [[String: Float]], transitions: [Float]? = nil) -> [String] {
        var emissions = [Float](repeating: 0, count: rows.count * T)
        for (i, row) in rows.enumerated() { for (tag, v) in row { emissions[i * T + index(tag)] = v } }
        let tr = transitions ?? [Float](repeating: 0, count: T * T)
        let start = [Float](repeating: 0, count: T)
        return emissions.withUnsafeBufferPointer { e in
            tr.withUnsafeBufferPointer { t in
                start.withUnsafeBufferPointer { s in
                    BIOViterbiDecoder.decode(emissions: e, count: rows.count, transitions: t, start: s).map { EntityTagSet.tags[$0] }
                }
            }
        }
    }

    func testInsideTagNeverStartsASentence() {
        XCTAssertEqual(decode([["I-PERS": 5, "B-PERS": 1]]), ["B-PERS"])
    }

    func testInsideTagNeverFollowsOutside() {
        // Greedy choice would be O I-LOC; the best valid sequence is B-LOC I-LOC or O B-LOC.
        let tags = decode([["O": 2, "B-LOC": 1.5], ["I-LOC": 5, "B-LOC": 1]])
        XCTAssertEqual(tags, ["B-LOC", "I-LOC"])
    }

    func testInsideTagOnlyContinuesItsOwnType() {
        let tags = decode([["B-PERS": 5], ["I-ORG": 5, "I-PERS": 1]])
        XCTAssertEqual(tags, ["B-PERS", "I-PERS"])
    }

    func testTransitionsWeighIn() {
        var tr = [Float](repeating: 0, count: T * T)
        tr[index("B-PERS") * T + index("I-PERS")] = 3
        let tags = decode([["B-PERS": 2], ["O": 2, "I-PERS": 0]], transitions: tr)
        XCTAssertEqual(tags, ["B-PERS", "I-PERS"])
    }

    func testRepairTurnsStrayInsideTagsIntoBegins() {
        let tags = ["I-LOC", "I-LOC", "O", "I-PERS", "B-ORG", "I-PERS"].map(index)
        XCTAssertEqual(EntityTagSet.repaired(tags).map { EntityTagSet.tags[$0] },
                       ["B-LOC", "I-LOC", "O", "B-PERS", "B-ORG", "B-PERS"])
    }
}
