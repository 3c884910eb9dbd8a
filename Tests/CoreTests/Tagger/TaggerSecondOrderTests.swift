@testable import ArticleCore
import XCTest

final class TaggerSecondOrderTests: XCTestCase {
    /// The second-order Viterbi finds the best BIO-valid sequence, checked against every sequence
    /// of short random sentences (scores in halves, so ties happen).
    func testSecondOrderViterbiMatchesExhaustiveSearch() {
        var random = SplitMix64(seed: 7)
        func value() -> Float { Float(Int(random.next() % 11) - 5) / 2 }
        for _ in 0..<500 {
            let n = 1 + Int(random.next() % 5)
            let e = (0..<(n * 9)).map { _ in value() }
            let pairs = (0..<(n * 90)).map { _ in value() }
            let tri = (0..<TaggerSecondOrder.count).map { _ in value() }
            var tags = [Int](repeating: 0, count: n)
            e.withUnsafeBufferPointer { eb in tri.withUnsafeBufferPointer { tb in pairs.withUnsafeBufferPointer { pb in
                tags.withUnsafeMutableBufferPointer { out in
                    TaggerSecondOrder.decode(emissions: eb.baseAddress!, count: n, trigrams: tb.baseAddress!, into: out.baseAddress!) { i, _ in
                        pb.baseAddress! + i * 90
                    }
                }
            }}}
            func score(_ s: [Int]) -> Float? {
                var total: Float = 0
                for i in 0..<n {
                    guard EntityTagSet.allows(i == 0 ? nil : s[i - 1], s[i]) else { return nil }
                    total += e[i * 9 + s[i]] + pairs[i * 90 + (i == 0 ? 9 : s[i - 1]) * 9 + s[i]]
                    if i >= 1 { total += tri[((i == 1 ? 9 : s[i - 2]) * 9 + s[i - 1]) * 9 + s[i]] }
                }
                return total
            }
            var best = -Float.infinity, sequence = [Int](repeating: 0, count: n)
            func search(_ k: Int) {
                if k == n { if let s = score(sequence), s > best { best = s }; return }
                for t in 0..<9 { sequence[k] = t; search(k + 1) }
            }
            search(0)
            XCTAssertEqual(score(tags), best, "\(tags)")
        }
    }
}
