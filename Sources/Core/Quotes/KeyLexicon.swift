/// A token's matching key as scalars of `NormalizedText`, sliced without copying.
typealias KeyScalars = ArraySlice<Unicode.Scalar>

/// A set of matching keys looked up by scalars.
///
/// Swift's `Set<String>` hashes and compares non-ASCII strings through Unicode normalisation,
/// which made lexicon lookups the quote layer's main cost; keys are already normalised (see
/// `MatchKey`), so they are hashed and compared as plain scalars here.
struct KeyLexicon: Sendable {
    private var buckets: [UInt64: [[Unicode.Scalar]]] = [:]

    /// The lexicon of the matching keys of `words`.
    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words {
            let key = Array(MatchKey.key(word).unicodeScalars)
            let hash = Self.hash(key[...])
            if buckets[hash]?.contains(key) != true { buckets[hash, default: []].append(key) }
        }
    }

    func contains(_ key: KeyScalars) -> Bool {
        guard let bucket = buckets[Self.hash(key)] else { return false }
        return bucket.contains { $0[...] == key }
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
