/// Tag-conditioned emissions: a word feature joined with the PREVIOUS word's tag, so the score of
/// tag t at word i depends on (feature value, previous tag, t) and not on t alone. This lets the
/// linear model learn "after B-PERS, a known person-name word with a و continues the name" or
/// "after O, it starts one" (boundary errors of names with a proclitic on their first word).
///
/// The feature is the word's name-list classes (its stem's, `TaggerNameList`) with its proclitic
/// pattern: few values, so the run-time path sums its scores once per value (`Sums`). Tried and
/// lower on the development split: the word's key, stem, word class, word statistics, shape or
/// gazetteer classes conditioned the same way (see docs/tagger.md).
///
/// The feature has one hashed bucket per previous state (the 9 tags, and the sentence start):
/// rows of the same weight table as every other feature. Decoding stays exact: the scores are
/// per-position additions to the transition scores of the first-order Viterbi (`decode`).
enum TaggerTagConditioned {
    /// Previous states: the tags (`EntityTagSet`), then the sentence start.
    static let states = 10
    static let startState = 9
    static let template: UInt32 = 70
    /// Scores per word: one per (previous state, tag).
    static let width = states * 9

    /// The per-position scores `pairs[(i * states + p) * 9 + t]` of tag t at word i after state p,
    /// from the buckets `buckets[i * states + p]` and a row reader.
    static func scores(buckets: [UInt32], count n: Int, row: (UInt32, UnsafeMutablePointer<Float>) -> Void) -> [Float] {
        var pairs = [Float](repeating: 0, count: n * width)
        pairs.withUnsafeMutableBufferPointer { out in
            for k in 0..<(n * states) { row(buckets[k], out.baseAddress! + k * 9) }
        }
        return pairs
    }

    /// The best BIO-valid tag sequence when tag t at word i after state p scores
    /// `emissions[i * 9 + t] + (transitions[p * 9 + t] + pairs[(i * states + p) * 9 + t])` (the
    /// first word: `start[t] + pairs[startState * 9 + t]`). Ties go to the lower previous tag.
    static func decode(emissions e: UnsafeBufferPointer<Float>, pairs: UnsafeBufferPointer<Float>, count n: Int,
                       transitions tr: UnsafeBufferPointer<Float>, start st: UnsafeBufferPointer<Float>) -> [Int] {
        guard n > 0 else { return [] }
        var tags = [Int](repeating: 0, count: n)
        tags.withUnsafeMutableBufferPointer { out in
            decode(emissions: e.baseAddress!, count: n, into: out.baseAddress!) { i, scratch in
                let row = pairs.baseAddress! + i * width
                for k in 0..<(width - 9) { scratch[k] = tr[k] + row[k] }
                for t in 0..<9 { scratch[width - 9 + t] = st[t] + row[width - 9 + t] }
                forbidSteps(scratch)
                return UnsafePointer(scratch)
            }
        }
        return tags
    }

    /// Word i's scores after every state as the decoder reads them: the transition (or start)
    /// score plus the conditioned score, the quantised sum `sums` times `scale` (what the
    /// reference path adds as a Float).
    @inline(__always)
    static func combine(_ sums: UnsafePointer<Int32>, scale: Float, transitions tr: UnsafePointer<Float>, start st: UnsafePointer<Float>,
                        into out: UnsafeMutablePointer<Float>) {
        for k in 0..<(width - 9) { out[k] = tr[k] + Float(sums[k]) * scale }
        for t in 0..<9 { out[width - 9 + t] = st[t] + Float(sums[width - 9 + t]) * scale }
        forbidSteps(out)
    }

    /// Sets the steps BIO forbids to -inf in a row of `width` scores (after state p tag t at
    /// `p * 9 + t`): I- tags 2, 4 and 6 other than after their own B- or I-, and at the sentence
    /// start. The decoder's vector lanes then need no mask (it never reads a forbidden step of
    /// tag 8, which it decodes apart).
    @inline(__always)
    static func forbidSteps(_ row: UnsafeMutablePointer<Float>) {
        for p in 0..<states {
            for t in stride(from: 2, through: 6, by: 2) where p != t - 1 && p != t { row[p * 9 + t] = -.infinity }
        }
    }

    /// The run-time path's decoding of words `from ..< from + n` of a text, whose rows
    /// (`combine`) are those of their classes (`classes`, see `Sums`: rows of `rows`, or of
    /// `localRows` for negative classes).
    static func decode(emissions e: UnsafePointer<Float>, count n: Int, classes: [Int32], from: Int, rows: [Float], localRows: [Float]) -> [Int] {
        guard n > 0 else { return [] }
        var tags = [Int](repeating: 0, count: n)
        classes.withUnsafeBufferPointer { cls in
        rows.withUnsafeBufferPointer { global in
        localRows.withUnsafeBufferPointer { local in
        tags.withUnsafeMutableBufferPointer { out in
            decode(emissions: e, count: n, into: out.baseAddress!) { i, _ in
                let c = Int(cls[from + i])
                // (A negative class implies local rows, so their base address is not nil.)
                return c >= 0 ? global.baseAddress! + c &* width : local.baseAddress! + (-1 - c) &* width
            }
        }}}}
        return tags
    }

    /// The decoder both paths share: `pairRow(i, scratch)` gives word i's transition and
    /// conditioned scores together (`combine`: `width` values, after state p tag t at `p * 9 + t`),
    /// in `scratch` if it has to make them.
    ///
    /// Runs twice per token in the tagger's hot path, so tags 0-7 are the lanes of one vector,
    /// scanned over the 9 previous tags at once (as `BIOViterbiDecoder` does with one transition
    /// matrix; here the rows are word i's): a step BIO forbids (an I- not after its B- or I-)
    /// scores -inf, and each lane keeps the first previous tag with the highest score, exactly as
    /// a scalar scan with `>` does; tag 8 is scalar beside it.
    @inline(__always)
    static func decode(emissions e: UnsafePointer<Float>, count n: Int,
                       into tags: UnsafeMutablePointer<Int>, pairRow: (Int, UnsafeMutablePointer<Float>) -> UnsafePointer<Float>) {
        let T = 9
        let inside = -Float.infinity
        // Before any step is taken, each I- lane holds its B- as the previous tag: with b, c the
        // steps from the B- and the I-, the B- wins unless c > b (also when b is -inf).
        let insideFrom = SIMD8<Int32>(0, 0, 1, 0, 3, 0, 5, 0)
        withUnsafeTemporaryAllocation(of: Float.self, capacity: width) { scratch in
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n * T) { back in
            let scratch = scratch.baseAddress!, back = back.baseAddress!
            @inline(__always) func lanes(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
                UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
            }
            // Scores of the previous word's tags: 0-7 in `s`, 8 in `s8` (the start row's I- lanes are -inf).
            var s = lanes(pairRow(0, scratch) + startState * T) + lanes(e)
            var s8 = inside
            var i = 1
            while i < n {
                let pair = pairRow(i, scratch)
                let emit = e + i * T, row = back + i * T
                var best = SIMD8(repeating: s[0]) + lanes(pair), arg = insideFrom
                for p in 1..<8 {
                    let v = SIMD8(repeating: s[p]) + lanes(pair + p * T)
                    let better = v .> best
                    best.replace(with: v, where: better)
                    arg.replace(with: Int32(p), where: better)
                }
                let v = SIMD8(repeating: s8) + lanes(pair + 8 * T)
                let better = v .> best
                best.replace(with: v, where: better)
                arg.replace(with: 8, where: better)
                // Tag 8 (the last I-): from its B- (7) or itself.
                let b = s[7] + pair[7 * T + 8], c = s8 + pair[8 * T + 8]
                if b >= c { row[8] = 7; s8 = b + emit[8] } else { row[8] = 8; s8 = c + emit[8] }
                for t in 0..<8 { row[t] = UInt8(truncatingIfNeeded: arg[t]) }
                s = best + lanes(emit)
                i += 1
            }
            var tag = 0, top = s[0]
            for t in 1..<8 where s[t] > top { tag = t; top = s[t] }
            if s8 > top { tag = 8 }
            tags[n - 1] = tag
            var k = n - 1
            while k > 0 { tag = Int(back[k * T + tag]); tags[k - 1] = tag; k -= 1 }
        }}
    }

    /// The run-time form: the conditioned feature's quantised scores summed per feature value
    /// (`width` Int32 per value), for the values of a vocabulary's words; other values are summed
    /// when a text has them (`add`).
    struct Sums: Sendable {
        /// Feature value -> its class (its row of `rows`).
        let index: HashIndex
        /// Per class, `width` Floats: the transition scores with the class's conditioned scores (`combine`).
        let rows: [Float]
        /// The class of each vocabulary word (its non-empty words, in order), which
        /// `TaggerVocabulary` keeps in its records.
        let vocabularyClasses: [Int32]
        let transitions: [Float]
        let start: [Float]

        init(words: [String], extractor: TaggerFeatureExtractor, weights: TaggerWeightTable, transitions: [Float], start: [Float]) {
            var values: [UInt64] = [], classes: [Int32] = [], known: [UInt64: Int32] = [:]
            var scalars: [UInt32] = []
            for word in words {
                scalars.removeAll(keepingCapacity: true)
                for s in word.unicodeScalars { scalars.append(s.value) }
                guard !scalars.isEmpty else { continue }
                let v = scalars.withUnsafeBufferPointer { extractor.conditionedValue(extractor.word($0, 0, $0.count)) }
                if let c = known[v] { classes.append(c); continue }
                let c = Int32(values.count)
                known[v] = c
                values.append(v)
                classes.append(c)
            }
            self.transitions = transitions
            self.start = start
            var rows: [Float] = []
            rows.reserveCapacity(values.count * width)
            for v in values { Self.append(v, extractor: extractor, weights: weights, transitions: transitions, start: start, to: &rows) }
            index = HashIndex(rowsOf: values)
            self.rows = rows
            vocabularyClasses = classes
        }

        /// The class of a word outside the vocabulary whose feature value is `v`: the model's row
        /// of the value, or else -1 - k for a new row k appended to `local`.
        func pairClass(value v: UInt64, extractor: TaggerFeatureExtractor, weights: TaggerWeightTable, local: inout [Float]) -> Int32 {
            let c = index.value(v)
            if c >= 0 { return Int32(c) }
            let k = local.count / width
            Self.append(v, extractor: extractor, weights: weights, transitions: transitions, start: start, to: &local)
            return Int32(-1 - k)
        }

        /// Appends the row of feature value `value` (`combine`).
        static func append(_ value: UInt64, extractor: TaggerFeatureExtractor, weights: TaggerWeightTable, transitions: [Float], start: [Float],
                           to rows: inout [Float]) {
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: width) { sums in
                sums.initialize(repeating: 0)
                weights.withRows { add(value, extractor: extractor, rows: $0, to: sums.baseAddress!) }
                withUnsafeTemporaryAllocation(of: Float.self, capacity: width) { row in
                    transitions.withUnsafeBufferPointer { tr in
                        start.withUnsafeBufferPointer { st in
                            combine(sums.baseAddress!, scale: weights.scale, transitions: tr.baseAddress!, start: st.baseAddress!, into: row.baseAddress!)
                        }
                    }
                    rows.append(contentsOf: row)
                }
            }
        }

        /// Adds the scores of feature value `value` after every state (`width` values).
        @inline(__always)
        static func add(_ value: UInt64, extractor: TaggerFeatureExtractor, rows: TaggerWeightTable.Rows, to out: UnsafeMutablePointer<Int32>) {
            for p in 0..<states { rows.add(extractor.conditionedBucket(value, p), to: out + p * 9) }
        }
    }
}

extension TaggerFeatureExtractor {
    /// The value of a word's tag-conditioned feature: the name-list classes of its stem and its
    /// proclitic pattern (never 0).
    @inline(__always)
    func conditionedValue(_ w: Word) -> UInt64 {
        conditionedValue(w, stemNames: names.lookup(w.stem))
    }

    /// The same, given `names.lookup(w.stem)`.
    @inline(__always)
    func conditionedValue(_ w: Word, stemNames: UInt8) -> UInt64 {
        UInt64(stemNames) | UInt64(w.clitic) << 8 | 1 << 48
    }

    /// The bucket of the conditioned feature with value `value` after state p.
    @inline(__always)
    func conditionedBucket(_ value: UInt64, _ p: Int) -> UInt32 {
        bucket(TaggerTagConditioned.template, FeatureHash.pair(value, UInt64(p + 1)))
    }

    /// The buckets of every word's conditioned feature after every state, at `i * states + p`.
    func conditionedBuckets(_ keys: TaggerSentenceKeys) -> [UInt32] {
        let n = keys.count, S = TaggerTagConditioned.states
        var out = [UInt32](repeating: 0, count: n * S)
        keys.scalars.withUnsafeBufferPointer { s in
            for i in 0..<n {
                let v = conditionedValue(word(s, keys.starts[i], keys.starts[i + 1]))
                for p in 0..<S { out[i * S + p] = conditionedBucket(v, p) }
            }
        }
        return out
    }
}
