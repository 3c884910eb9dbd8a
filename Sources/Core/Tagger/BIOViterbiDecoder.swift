/// The best tag sequence under a first-order model, over BIO-valid sequences only: an I- tag is
/// reachable only from a B- or I- of its own type, and never at the sentence start.
enum BIOViterbiDecoder {
    /// `emissions[i * tagCount + t]`: score of tag t at word i; `transitions[p * tagCount + t]`:
    /// score of t after p; `start[t]`: score of t first. Ties go to the lower previous tag.
    ///
    /// Written out for the fixed tag set (`EntityTagSet`: O, then B- and I- of 4 types), with the
    /// previous word's scores in registers: the decoder runs twice per token in the tagger's hot path.
    static func decode(emissions e: UnsafeBufferPointer<Float>, count n: Int, transitions tr: UnsafeBufferPointer<Float>, start st: UnsafeBufferPointer<Float>) -> [Int] {
        let T = 9
        precondition(EntityTagSet.count == T && e.count >= n * T && tr.count == T * T && st.count == T)
        guard n > 0 else { return [] }
        var tags = [Int](repeating: 0, count: n)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n * T) { back in
            let tr = tr.baseAddress!, e = e.baseAddress!, back = back.baseAddress!
            let inside = -Float.infinity
            // Scores of the previous word's tags.
            var s0 = st[0] + e[0], s1 = st[1] + e[1], s2 = inside, s3 = st[3] + e[3], s4 = inside
            var s5 = st[5] + e[5], s6 = inside, s7 = st[7] + e[7], s8 = inside
            var i = 1
            while i < n {
                let emit = e + i * T, row = back + i * T
                // O and B-: from any tag.
                @inline(__always) func fromAny(_ t: Int) -> Float {
                    var best = s0 + tr[t], arg: UInt8 = 0
                    var v = s1 + tr[T + t]; if v > best { best = v; arg = 1 }
                    v = s2 + tr[2 * T + t]; if v > best { best = v; arg = 2 }
                    v = s3 + tr[3 * T + t]; if v > best { best = v; arg = 3 }
                    v = s4 + tr[4 * T + t]; if v > best { best = v; arg = 4 }
                    v = s5 + tr[5 * T + t]; if v > best { best = v; arg = 5 }
                    v = s6 + tr[6 * T + t]; if v > best { best = v; arg = 6 }
                    v = s7 + tr[7 * T + t]; if v > best { best = v; arg = 7 }
                    v = s8 + tr[8 * T + t]; if v > best { best = v; arg = 8 }
                    row[t] = arg
                    return best + emit[t]
                }
                // I-: from the B- (t - 1) or I- (t) of its type.
                @inline(__always) func fromSameType(_ t: Int, _ sb: Float, _ si: Float) -> Float {
                    let b = sb + tr[(t - 1) * T + t], c = si + tr[t * T + t]
                    if b >= c { row[t] = UInt8(t - 1); return b + emit[t] }
                    row[t] = UInt8(t); return c + emit[t]
                }
                let n0 = fromAny(0), n1 = fromAny(1), n3 = fromAny(3), n5 = fromAny(5), n7 = fromAny(7)
                let n2 = fromSameType(2, s1, s2), n4 = fromSameType(4, s3, s4)
                let n6 = fromSameType(6, s5, s6), n8 = fromSameType(8, s7, s8)
                s0 = n0; s1 = n1; s2 = n2; s3 = n3; s4 = n4; s5 = n5; s6 = n6; s7 = n7; s8 = n8
                i += 1
            }
            let last = [s0, s1, s2, s3, s4, s5, s6, s7, s8]
            var tag = 0
            for t in 1..<T where last[t] > last[tag] { tag = t }
            tags[n - 1] = tag
            var k = n - 1
            while k > 0 { tag = Int(back[k * T + tag]); tags[k - 1] = tag; k -= 1 }
        }
        return tags
    }
}
