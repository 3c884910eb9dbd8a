/// 64-bit hashes of matching keys, the entity layer's lookup currency.
///
/// Swift's `String` hashing follows Unicode canonical equivalence and normalises every non-ASCII
/// key it hashes: far too slow for several lookups per token. Keys are already folded
/// (`MatchKey`), so the layer hashes their scalars (FNV-1a) straight from `NormalizedText`,
/// without building strings, and keys its tables by the hash. A multi-token name hashes as the
/// `join` of its tokens' hashes. With 64 bits and some 20,000 lexicon keys a false hit is
/// vanishingly rare (about one lookup in 10^15).
enum KeyHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func add(_ h: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        (h ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3
    }

    /// The hash of a key given as a string (lexicon entries, built once).
    static func of(_ key: String) -> UInt64 {
        var h = seed
        for s in key.unicodeScalars { h = add(h, s) }
        return h
    }

    /// The hash of a name of several tokens from its tokens' hashes.
    @inline(__always)
    static func join(_ h: UInt64, _ next: UInt64) -> UInt64 {
        (h ^ 0x9e37_79b9_7f4a_7c15) &* 0xbf58_476d_1ce4_e5b9 ^ next
    }

    static func join(_ hashes: [UInt64]) -> UInt64 {
        hashes.dropFirst().reduce(hashes.first ?? seed) { join($0, $1) }
    }
}

/// A set of words, by the hashes of their matching keys.
struct WordSet: Sendable {
    private let hashes: Set<UInt64>
    init(_ words: [String]) { hashes = Set(words.map { KeyHash.of(MatchKey.key($0)) }) }
    @inline(__always) func contains(_ hash: UInt64) -> Bool { hashes.contains(hash) }
}
