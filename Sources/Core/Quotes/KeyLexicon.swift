/// A token's matching key as scalars of `NormalizedText`, sliced without copying.
typealias KeyScalars = ArraySlice<Unicode.Scalar>

/// A read-only map from matching keys to values, looked up by scalars.
///
/// Swift's `Set<String>` hashes and compares non-ASCII strings through Unicode normalisation,
/// which made lexicon lookups the quote layer's main cost. Keys are already normalised (see
/// `MatchKey`), so here they are hashed (FNV-1a) and compared as plain scalars, in an
/// open-addressing table at most half full.
struct KeyTable<Value: Sendable>: Sendable {
    private var slots: [Int32]  // entry index, or -1
    private var hashes: [UInt64] = []
    private var keys: [[Unicode.Scalar]] = []
    private var values: [Value] = []
    private let mask: Int

    /// The table of `entries`, keyed by the matching key of each word; a word listed twice keeps
    /// the value `merge` makes of both.
    init(_ entries: [(String, Value)], merge: (Value, Value) -> Value = { _, new in new }) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (word, value) in entries {
            let key = Array(MatchKey.key(word).unicodeScalars)
            let hash = Self.hash(key[...])
            var i = Int(truncatingIfNeeded: hash) & mask
            while slots[i] >= 0 {
                let e = Int(slots[i])
                if hashes[e] == hash, keys[e] == key { values[e] = merge(values[e], value); break }
                i = (i + 1) & mask
            }
            if slots[i] < 0 {
                slots[i] = Int32(keys.count)
                hashes.append(hash); keys.append(key); values.append(value)
            }
        }
    }

    subscript(key: KeyScalars) -> Value? {
        let hash = Self.hash(key)
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i] >= 0 {
            let e = Int(slots[i])
            if hashes[e] == hash, keys[e][...] == key { return values[e] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// FNV-1a over the scalar values.
    @inline(__always)
    static func hash(_ key: KeyScalars) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for s in key {
            h ^= UInt64(s.value)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}

/// A read-only set of matching keys (see `KeyTable`).
struct KeyLexicon: Sendable {
    private let table: KeyTable<Bool>

    init<S: Sequence>(_ words: S) where S.Element == String {
        table = KeyTable(words.map { ($0, true) })
    }

    @inline(__always)
    func contains(_ key: KeyScalars) -> Bool { table[key] != nil }
}

extension ArraySlice where Element == Unicode.Scalar {
    /// Whether the key is exactly `word` (already in key form).
    @inline(__always)
    func matches(_ word: String) -> Bool { elementsEqual(word.unicodeScalars) }

    @inline(__always)
    func hasPrefix(_ prefix: String) -> Bool { starts(with: prefix.unicodeScalars) }

    func hasSuffix(_ suffix: String) -> Bool {
        let n = suffix.unicodeScalars.count
        return count >= n && self.suffix(n).elementsEqual(suffix.unicodeScalars)
    }
}
