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

    /// The decoder against a plain Viterbi over all BIO-valid steps (ties to the lower previous
    /// tag), on random scores with many ties and -inf starts: the same tags, sequence by sequence.
    func testSameTagsAsAPlainViterbi() {
        var random = SplitMix64(seed: 4)
        func value() -> Float { Float(Int(random.next() % 7) - 3) * 0.5 }  // coarse values: ties are common
        func plain(_ e: [Float], _ n: Int, _ tr: [Float], _ st: [Float]) -> [Int] {
            func valid(_ p: Int?, _ t: Int) -> Bool {
                guard EntityTagSet.isInside(t) else { return true }
                guard let p, p != EntityTagSet.outside else { return false }
                return EntityTagSet.typeIndex(p) == EntityTagSet.typeIndex(t)
            }
            var score = (0..<T).map { valid(nil, $0) ? st[$0] + e[$0] : -Float.infinity }
            var back = [[Int]](repeating: [Int](repeating: 0, count: T), count: n)
            for i in 1..<max(n, 1) {
                var next = [Float](repeating: 0, count: T)
                for t in 0..<T {
                    var best = -Float.infinity, arg = -1
                    for p in 0..<T where valid(p, t) {
                        let v = score[p] + tr[p * T + t]
                        if arg < 0 || v > best { best = v; arg = p }
                    }
                    back[i][t] = arg
                    next[t] = best + e[i * T + t]
                }
                score = next
            }
            var tag = 0
            for t in 1..<T where score[t] > score[tag] { tag = t }
            var tags = [Int](repeating: 0, count: n)
            tags[n - 1] = tag
            for i in stride(from: n - 1, to: 0, by: -1) { tag = back[i][tag]; tags[i - 1] = tag }
            return tags
        }
        for round in 0..<400 {
            let n = 1 + round % 23
            let e = (0..<(n * T)).map { _ in value() }, tr = (0..<(T * T)).map { _ in value() }
            let st = (0..<T).map { _ in value() }
            let fast = e.withUnsafeBufferPointer { e in
                tr.withUnsafeBufferPointer { t in
                    st.withUnsafeBufferPointer { s in BIOViterbiDecoder.decode(emissions: e, count: n, transitions: t, start: s) }
                }
            }
            XCTAssertEqual(fast, plain(e, n, tr, st), "round \(round)")
        }
    }

    func testRepairTurnsStrayInsideTagsIntoBegins() {
        let tags = ["I-LOC", "I-LOC", "O", "I-PERS", "B-ORG", "I-PERS"].map(index)
        XCTAssertEqual(EntityTagSet.repaired(tags).map { EntityTagSet.tags[$0] },
                       ["B-LOC", "I-LOC", "O", "B-PERS", "B-ORG", "B-PERS"])
    }
}
