/// The best tag sequence under a first-order model, over BIO-valid sequences only: an I- tag is
/// reachable only from a B- or I- of its own type, and never at the sentence start.
enum BIOViterbiDecoder {
    /// `emissions[i * tagCount + t]`: score of tag t at word i; `transitions[p * tagCount + t]`:
    /// score of t after p; `start[t]`: score of t first.
    static func decode(emissions: UnsafeBufferPointer<Float>, count n: Int, transitions: UnsafeBufferPointer<Float>, start: UnsafeBufferPointer<Float>) -> [Int] {
        let T = EntityTagSet.count
        guard n > 0 else { return [] }
        var score = [Float](repeating: 0, count: n * T)
        var back = [Int8](repeating: 0, count: n * T)
        for t in 0..<T {
            score[t] = EntityTagSet.allows(nil, t) ? start[t] + emissions[t] : -.infinity
        }
        var i = 1
        while i < n {
            let base = i * T, prevBase = base - T
            for t in 0..<T {
                var best: Float = -.infinity
                var arg = 0
                if EntityTagSet.isInside(t) {
                    // Only the B- and I- of the same type can precede.
                    let b = t - 1
                    let sb = score[prevBase + b] + transitions[b * T + t]
                    let si = score[prevBase + t] + transitions[t * T + t]
                    if sb >= si { best = sb; arg = b } else { best = si; arg = t }
                } else {
                    for p in 0..<T {
                        let v = score[prevBase + p] + transitions[p * T + t]
                        if v > best { best = v; arg = p }
                    }
                }
                score[base + t] = best + emissions[base + t]
                back[base + t] = Int8(arg)
            }
            i += 1
        }
        var tags = [Int](repeating: 0, count: n)
        var last = 0
        for t in 1..<T where score[(n - 1) * T + t] > score[(n - 1) * T + last] { last = t }
        tags[n - 1] = last
        var k = n - 1
        while k > 0 { last = Int(back[k * T + last]); tags[k - 1] = last; k -= 1 }
        return tags
    }
}
