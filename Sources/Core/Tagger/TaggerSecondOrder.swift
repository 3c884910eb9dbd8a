/// Second-order tag transitions: a weight per (tag two back, previous tag, tag), on top of the
/// first-order transitions and the tag-conditioned emissions (`TaggerTagConditioned`), decoded
/// exactly by a second-order Viterbi whose states are BIO-valid (previous tag, tag) pairs.
///
/// The weights are rows of the hashed weight table (template 71, one row of 9 tags per
/// (two back, previous) pair, "two back" 9 being the sentence start), so the model file keeps its
/// shape; `trigrams` gathers them into one dense table of `10 * 9 * 9` Floats per decoding.
enum TaggerSecondOrder {
    static let template: UInt32 = 71
    /// (two back, previous) pairs: two back is a tag or the sentence start (9).
    static let startState = 9
    static let count = 10 * 9 * 9

    /// The bucket of the trigram row after tags (two back `p2`, previous `p1`).
    @inline(__always)
    static func bucket(_ extractor: TaggerFeatureExtractor, _ p2: Int, _ p1: Int) -> UInt32 {
        extractor.bucket(template, FeatureHash.pair(UInt64(p2 + 1), UInt64(p1 + 1)))
    }

    /// The dense trigram scores `[(p2 * 9 + p1) * 9 + t]`, each row read by `row(bucket, out)`
    /// (which adds the row's 9 scores to `out`).
    static func trigrams(_ extractor: TaggerFeatureExtractor, row: (UInt32, UnsafeMutablePointer<Float>) -> Void) -> [Float] {
        var out = [Float](repeating: 0, count: count)
        out.withUnsafeMutableBufferPointer { o in
            for p2 in 0...startState { for p1 in 0..<9 { row(bucket(extractor, p2, p1), o.baseAddress! + (p2 * 9 + p1) * 9) } }
        }
        return out
    }

    /// The best BIO-valid sequence when tag t at word i after (p2, p1) scores
    /// `emissions[i * 9 + t] + pairRow(i)[p1 * 9 + t] + trigrams[(p2 * 9 + p1) * 9 + t]`, where
    /// `pairRow` is `TaggerTagConditioned`'s row (transitions with the conditioned scores; the
    /// first word reads its start part) and p2 is the start state at word 1. Ties go to the lower
    /// two-back tag and, at the end, to the lower (previous, tag) pair.
    static func decode(emissions e: UnsafePointer<Float>, count n: Int, trigrams tri: UnsafePointer<Float>,
                       into tags: UnsafeMutablePointer<Int>, pairRow: (Int, UnsafeMutablePointer<Float>) -> UnsafePointer<Float>) {
        let T = 9, W = TaggerTagConditioned.width
        let inside = -Float.infinity
        @inline(__always) func allowed(_ p: Int, _ t: Int) -> Bool { EntityTagSet.allows(p, t) }
        withUnsafeTemporaryAllocation(of: Float.self, capacity: W) { scratch in
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * 81) { v in
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 81) { mask in
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, n) * 81) { back in
            let scratch = scratch.baseAddress!, back = back.baseAddress!, mask = mask.baseAddress!
            var previous = v.baseAddress!, current = v.baseAddress! + 81
            for p in 0..<T { for t in 0..<T { mask[p * T + t] = allowed(p, t) ? 0 : inside } }
            @inline(__always) func lanes(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
                UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
            }
            // Word 0: one score per tag (kept in `first`).
            var first = [Float](repeating: inside, count: T)
            let row0 = pairRow(0, scratch)
            for t in 0..<T where allowed(-1, t) { first[t] = row0[TaggerTagConditioned.startState * T + t] + e[t] }
            if n == 1 {
                var tag = 0
                for t in 1..<T where first[t] > first[tag] { tag = t }
                tags[0] = tag
                return
            }
            // Word 1: states (p1, t) from the start.
            let row1 = pairRow(1, scratch)
            for p1 in 0..<T {
                for t in 0..<T {
                    let k = p1 * T + t
                    previous[k] = first[p1] + tri[(startState * T + p1) * T + t] + row1[k] + e[T + t] + mask[k]
                }
            }
            var i = 2
            while i < n {
                let pair = pairRow(i, scratch)
                let emit = e + i * T, row = back + i * 81
                let emit8 = lanes(emit)
                for p1 in 0..<T {
                    // Two-back tags that may precede p1: its B- and itself for an I-, any otherwise.
                    let low = EntityTagSet.isInside(p1) ? p1 - 1 : 0, high = EntityTagSet.isInside(p1) ? p1 : T - 1
                    var best = SIMD8(repeating: previous[low * T + p1]) + lanes(tri + (low * T + p1) * T)
                    var arg = SIMD8<Int32>(repeating: Int32(low))
                    var best8 = previous[low * T + p1] + tri[(low * T + p1) * T + 8], arg8 = low
                    var p2 = low + 1
                    while p2 <= high {
                        let s = previous[p2 * T + p1], base = tri + (p2 * T + p1) * T
                        let x = SIMD8(repeating: s) + lanes(base)
                        let better = x .> best
                        best.replace(with: x, where: better)
                        arg.replace(with: Int32(p2), where: better)
                        let x8 = s + base[8]
                        if x8 > best8 { best8 = x8; arg8 = p2 }
                        p2 += 1
                    }
                    let k = p1 * T
                    let out = best + lanes(pair + k) + emit8 + lanes(mask + k)
                    UnsafeMutableRawPointer(current + k).storeBytes(of: out, as: SIMD8<Float>.self)
                    current[k + 8] = best8 + pair[k + 8] + emit[8] + mask[k + 8]
                    for t in 0..<8 { row[k + t] = UInt8(truncatingIfNeeded: arg[t]) }
                    row[k + 8] = UInt8(truncatingIfNeeded: arg8)
                }
                swap(&previous, &current)
                i += 1
            }
            var top = 0
            for k in 1..<81 where previous[k] > previous[top] { top = k }
            var p1 = top / T, t = top % T
            tags[n - 1] = t
            tags[n - 2] = p1
            var k = n - 1
            while k >= 2 {
                let p2 = Int(back[k * 81 + p1 * T + t])
                tags[k - 2] = p2
                t = p1; p1 = p2
                k -= 1
            }
        }}}}
    }
}
