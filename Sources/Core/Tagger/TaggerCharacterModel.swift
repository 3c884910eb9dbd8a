import Foundation

/// A naive Bayes model of which type a word is, from its letter trigrams, learnt from another
/// tagged corpus (WikiFANE): it judges words neither corpus has seen ("فينغر" looks like a
/// person's name, "وتشكيلات" does not).
///
/// Per trigram (hashed, with word-boundary marks), the smoothed log-probability under each of
/// O, PERS, LOC, ORG, MISC. The tagger's feature is the most likely type with a binned margin
/// over O.
public struct TaggerCharacterModel: Sendable, Equatable {
    static let classes = 5
    /// Sorted trigram hashes and their `classes` log-probabilities each: the serialised form.
    public let keys: [UInt64]
    public let logProbabilities: [Float]
    /// Log-probability of a trigram never seen with a class, and the class priors.
    public let unseen: [Float]
    public let priors: [Float]
    /// Trigram hash -> its log-probabilities, in one slot (one cache miss per trigram instead of
    /// the index's and then the row's: the judge runs on every word outside the vocabulary).
    private let table: TrigramTable

    public static let empty = TaggerCharacterModel(keys: [], logProbabilities: [], unseen: [Float](repeating: 0, count: classes), priors: [Float](repeating: 0, count: classes))

    public init(keys: [UInt64], logProbabilities: [Float], unseen: [Float], priors: [Float]) {
        precondition(logProbabilities.count == keys.count * Self.classes && unseen.count == Self.classes && priors.count == Self.classes)
        self.keys = keys
        self.logProbabilities = logProbabilities
        self.unseen = unseen
        self.priors = priors
        self.table = TrigramTable(keys: keys, logProbabilities: logProbabilities)
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.keys == b.keys && a.logProbabilities == b.logProbabilities && a.unseen == b.unseen && a.priors == b.priors
    }

    /// Learns the model from tagged sentences (each word counted once per occurrence).
    public static func learn(from sentences: some Sequence<TaggerTrainingSentence>) -> TaggerCharacterModel {
        var counts: [UInt64: [Int]] = [:]
        var totals = [Int](repeating: 0, count: classes)
        var words = [Int](repeating: 0, count: classes)
        for s in sentences {
            let keys = TaggerSentenceKeys(words: s.words)
            keys.scalars.withUnsafeBufferPointer { buffer in
                for (i, tag) in s.tags.enumerated() {
                    let c = tag == EntityTagSet.outside ? 0 : 1 + EntityTagSet.typeIndex(tag)
                    words[c] += 1
                    let end = keys.starts[i + 1]
                    forEachTrigram(buffer, TaggerFeatureExtractor.bareStart(buffer, keys.starts[i], end), end) { h in
                        counts[h, default: [Int](repeating: 0, count: classes)][c] += 1
                        totals[c] += 1
                    }
                }
            }
        }
        let kept = counts.filter { $0.value.reduce(0, +) >= 2 }.sorted { $0.key < $1.key }
        let vocabulary = Float(kept.count + 1)
        var logs: [Float] = []
        logs.reserveCapacity(kept.count * classes)
        for (_, c) in kept {
            for k in 0..<classes { logs.append(log((Float(c[k]) + 1) / (Float(totals[k]) + vocabulary))) }
        }
        let unseen = (0..<classes).map { log(1 / (Float(totals[$0]) + vocabulary)) }
        let allWords = Float(words.reduce(0, +))
        let priors = (0..<classes).map { log((Float(words[$0]) + 1) / (allWords + Float(classes))) }
        return TaggerCharacterModel(keys: kept.map(\.key), logProbabilities: logs, unseen: unseen, priors: priors)
    }

    /// The feature values of a word (key scalars start..<end): for each type, its log-odds
    /// against O in bins (1...7), in `EntityTagSet.types` order; all 0 without a model.
    @inline(__always)
    func judge(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> (UInt8, UInt8, UInt8, UInt8) {
        guard !keys.isEmpty else { return (0, 0, 0, 0) }
        var score = (priors[0], priors[1], priors[2], priors[3], priors[4])
        table.withSlots { slots in
            Self.forEachTrigram(s, start, end) { h in
                if let lp = TrigramTable.find(h, in: slots) {
                    score.0 += lp.pointee.p0; score.1 += lp.pointee.p1; score.2 += lp.pointee.p2; score.3 += lp.pointee.p3; score.4 += lp.pointee.p4
                } else {
                    score.0 += unseen[0]; score.1 += unseen[1]; score.2 += unseen[2]; score.3 += unseen[3]; score.4 += unseen[4]
                }
            }
        }
        @inline(__always) func bin(_ odds: Float) -> UInt8 {
            odds < -6 ? 1 : odds < -3 ? 2 : odds < -1 ? 3 : odds < 1 ? 4 : odds < 3 ? 5 : odds < 6 ? 6 : 7
        }
        return (bin(score.1 - score.0), bin(score.2 - score.0), bin(score.3 - score.0), bin(score.4 - score.0))
    }

    /// Letter trigrams of a word with boundary marks (^ab, abc, ..., yz$), hashed.
    @inline(__always)
    static func forEachTrigram(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int, _ body: (UInt64) -> Void) {
        guard end > start else { return }
        let boundary: UInt32 = 0x5E
        var i = start - 1
        while i + 1 < end {
            let a = i < start ? boundary : s[i]
            let b = s[i + 1]
            let c = i + 2 < end ? s[i + 2] : boundary
            body(FeatureHash.combine(FeatureHash.combine(FeatureHash.combine(FeatureHash.offsetBasis, a), b), c))
            i += 1
        }
    }
}

/// The character model's trigrams for look-up: open addressing with linear probing (as
/// `HashIndex`, at most half full), each 32-byte slot holding the key and its five
/// log-probabilities.
private struct TrigramTable: Sendable {
    struct Slot {
        var key: UInt64 = 0
        var used: UInt32 = 0
        var p0: Float = 0, p1: Float = 0, p2: Float = 0, p3: Float = 0, p4: Float = 0
    }
    private let slots: [Slot]

    init(keys: [UInt64], logProbabilities: [Float]) {
        let c = TaggerCharacterModel.classes
        var bits = 4
        while (1 << bits) < keys.count * 2 { bits += 1 }
        var slots = [Slot](repeating: Slot(), count: 1 << bits)
        let mask = (1 << bits) - 1
        for (row, k) in keys.enumerated() {
            var slot = Self.start(k, mask)
            while slots[slot].used != 0, slots[slot].key != k { slot = (slot + 1) & mask }
            if slots[slot].used != 0 { continue }
            let r = row * c, lp = logProbabilities
            slots[slot] = Slot(key: k, used: 1, p0: lp[r], p1: lp[r + 1], p2: lp[r + 2], p3: lp[r + 3], p4: lp[r + 4])
        }
        self.slots = slots
    }

    @inline(__always)
    private static func start(_ key: UInt64, _ mask: Int) -> Int {
        // The top bits of a multiplicative hash, as many as the table has.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - (mask + 1).trailingZeroBitCount))
    }

    @inline(__always)
    func withSlots<R>(_ body: (UnsafeBufferPointer<Slot>) -> R) -> R { slots.withUnsafeBufferPointer(body) }

    /// The slot of `key`, or nil.
    @inline(__always)
    static func find(_ key: UInt64, in slots: UnsafeBufferPointer<Slot>) -> UnsafePointer<Slot>? {
        let mask = slots.count - 1
        var slot = start(key, mask)
        while true {
            let p = slots.baseAddress! + slot
            if p.pointee.used == 0 { return nil }
            if p.pointee.key == key { return p }
            slot = (slot + 1) & mask
        }
    }
}
