/// Name lists the tagger sees as features: country names (CLDR), cities (GeoNames) and cue words
/// (organisation heads, person titles, place heads), stored as hashes of word-key sequences.
///
/// Built by the train command and stored inside the model file, so the tagger never reads the
/// source lists at run time. Lookup is an open-addressing table over 64-bit hashes (no strings,
/// no SipHash): one probe per word in the common case.
public struct TaggerGazetteer: Sendable, Equatable {
    /// The classes a name can belong to, as bits of a mask.
    public enum Class: Int, CaseIterable, Sendable {
        case country = 0, city, organisationCue, personCue, placeCue, speechCue
        public var bit: UInt8 { 1 << UInt8(rawValue) }
        static let featureClasses = 0..<6
    }

    /// Set on an entry when a longer name continues from this word sequence.
    static let continues: UInt8 = 0x80
    /// Names longer than this many words are not looked up.
    public static let maxWords = 5

    /// Sorted entries (sequence hash, class mask): the serialised form.
    public private(set) var keys: [UInt64]
    public private(set) var masks: [UInt8]
    /// Sequence hash -> mask.
    private let index: HashIndex

    /// A gazetteer from names (each a list of word keys, as `MatchKey.key` gives them) and classes.
    public init(names: [(words: [String], class: Class)]) {
        self.init(entries: names.map { ($0.words, $0.class.bit) })
    }

    /// A gazetteer from word-key sequences and the class bits (0-6) of each.
    public init(entries list: [(words: [String], mask: UInt8)]) {
        var entries: [UInt64: UInt8] = [:]
        for (words, mask) in list where !words.isEmpty && words.count <= Self.maxWords {
            var h: UInt64 = 0
            for (i, w) in words.enumerated() {
                let wh = FeatureHash.key(w)
                h = i == 0 ? wh : FeatureHash.pair(h, wh)
                if i == words.count - 1 { entries[h, default: 0] |= mask & 0x7F } else { entries[h, default: 0] |= Self.continues }
            }
        }
        let sorted = entries.sorted { $0.key < $1.key }
        self.init(keys: sorted.map(\.key), masks: sorted.map(\.value))
    }

    /// A gazetteer from its serialised entries.
    public init(keys: [UInt64], masks: [UInt8]) {
        precondition(keys.count == masks.count)
        self.keys = keys
        self.masks = masks
        self.index = HashIndex(keys: keys, values: masks.map { Int($0) })
    }

    public static func == (a: TaggerGazetteer, b: TaggerGazetteer) -> Bool { a.keys == b.keys && a.masks == b.masks }

    /// The mask stored for a word-sequence hash (0 if absent).
    @inline(__always)
    func lookup(_ hash: UInt64) -> UInt8 {
        let m = index.value(hash)
        return m < 0 ? 0 : UInt8(truncatingIfNeeded: m)
    }

    /// Longest-match coverage of a sentence: for each word the classes of the name covering it
    /// (bits 0-4) and whether it is the name's first word (bit 7). `firstHashes` are the hashes a
    /// name's first word is tried under (whole word, then without proclitics), `wordHashes` the
    /// hashes of later words. `firstMasks`, when given, are `lookup` of the first hashes, known
    /// beforehand (`TaggerVocabulary` keeps them per word).
    @inline(__always)
    func cover(count n: Int, firstHashes: (Int) -> (UInt64, UInt64), firstMasks: ((Int) -> (UInt8, UInt8))? = nil,
               wordHashes: UnsafeBufferPointer<UInt64>, into coverage: UnsafeMutableBufferPointer<UInt8>) {
        var i = 0
        while i < n {
            var bestLength = 0
            var bestMask: UInt8 = 0
            let (a, b) = firstHashes(i)
            let known = firstMasks?(i)
            for variant in 0..<(a == b ? 1 : 2) {
                var h = variant == 0 ? a : b
                var length = 1
                var m = known.map { variant == 0 ? $0.0 : $0.1 } ?? lookup(h)
                while true {
                    if m == 0 { break }
                    if m & 0x7F != 0, length > bestLength { bestLength = length; bestMask = m & 0x7F }
                    if m & Self.continues == 0 || length >= Self.maxWords || i + length >= n { break }
                    h = FeatureHash.pair(h, wordHashes[i + length])
                    length += 1
                    m = lookup(h)
                }
            }
            if bestLength == 0 { coverage[i] = 0; i += 1; continue }
            coverage[i] = bestMask | 0x80
            for j in (i + 1)..<(i + bestLength) { coverage[j] = bestMask }
            i += bestLength
        }
    }
}
