/// The best tag sequence under a first-order model, over BIO-valid sequences only: an I- tag is
/// reachable only from a B- or I- of its own type, and never at the sentence start.
enum BIOViterbiDecoder {
    /// `emissions[i * tagCount + t]`: score of tag t at word i; `transitions[p * tagCount + t]`:
    /// score of t after p; `start[t]`: score of t first. Ties go to the lower previous tag.
    ///
    /// Written for the fixed tag set (`EntityTagSet`: O, then B- and I- of 4 types), as it runs
    /// twice per token in the tagger's hot path: tags 0-7 are the lanes of one vector, scanned over
    /// the 9 previous tags at once (a step BIO forbids scores -inf), tag 8 beside it. Each lane
    /// keeps the first previous tag with the highest score, exactly as a scan with `>` does.
    static func decode(emissions e: UnsafeBufferPointer<Float>, count n: Int, transitions tr: UnsafeBufferPointer<Float>, start st: UnsafeBufferPointer<Float>) -> [Int] {
        let T = 9
        precondition(EntityTagSet.count == T && e.count >= n * T && tr.count == T * T && st.count == T)
        guard n > 0 else { return [] }
        var tags = [Int](repeating: 0, count: n)
        let inside = -Float.infinity
        // Row p: the scores of tags 0-7 after tag p, -inf where tag t is an I- not of p's type.
        @inline(__always) func allowed(_ p: Int, _ t: Int) -> Bool { t == 0 || t & 1 == 1 || p == t - 1 || p == t }
        // Before any step is taken, each I- lane holds its B- as the previous tag: with b, c the
        // steps from the B- and the I-, the B- wins unless c > b (also when b is -inf).
        let insideFrom = SIMD8<Int32>(0, 0, 1, 0, 3, 0, 5, 0)
        let from7to8 = tr[7 * T + 8], from8to8 = tr[8 * T + 8]
        withUnsafeTemporaryAllocation(of: SIMD8<Float>.self, capacity: T) { rows in
            for p in 0..<T {
                var row = SIMD8<Float>(repeating: 0)
                for t in 0..<8 { row[t] = allowed(p, t) ? tr[p * T + t] : inside }
                rows.initializeElement(at: p, to: row)
            }
            let rows = UnsafePointer(rows.baseAddress!)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n * T) { back in
            let e = UnsafeRawPointer(e.baseAddress!), back = back.baseAddress!
            // Scores of the previous word's tags: 0-7 in `s`, 8 in `s8`.
            var s = SIMD8<Float>(st[0] + e.load(as: Float.self), st[1] + e.load(fromByteOffset: 4, as: Float.self), inside,
                                 st[3] + e.load(fromByteOffset: 12, as: Float.self), inside,
                                 st[5] + e.load(fromByteOffset: 20, as: Float.self), inside,
                                 st[7] + e.load(fromByteOffset: 28, as: Float.self))
            var s8 = inside
            for i in 1..<n {
                let emit = e + i * T * 4, row = back + i * T
                var best = SIMD8(repeating: s[0]) + rows[0], arg = insideFrom
                for p in 1..<8 {
                    let v = SIMD8(repeating: s[p]) + rows[p]
                    let better = v .> best
                    best.replace(with: v, where: better)
                    arg.replace(with: Int32(p), where: better)
                }
                let v = SIMD8(repeating: s8) + rows[8]
                let better = v .> best
                best.replace(with: v, where: better)
                arg.replace(with: 8, where: better)
                // Tag 8 (the last I-): from its B- (7) or itself.
                let b = s[7] + from7to8, c = s8 + from8to8
                if b >= c { row[8] = 7; s8 = b + emit.load(fromByteOffset: 32, as: Float.self) }
                else { row[8] = 8; s8 = c + emit.load(fromByteOffset: 32, as: Float.self) }
                for t in 0..<8 { row[t] = UInt8(truncatingIfNeeded: arg[t]) }
                s = best + emit.loadUnaligned(as: SIMD8<Float>.self)
            }
            var tag = 0, top = s[0]
            for t in 1..<8 where s[t] > top { tag = t; top = s[t] }
            if s8 > top { tag = 8 }
            tags[n - 1] = tag
            var k = n - 1
            while k > 0 { tag = Int(back[k * T + tag]); tags[k - 1] = tag; k -= 1 }
        }}
        return tags
    }
}
