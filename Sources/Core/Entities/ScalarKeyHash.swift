/// 64-bit hashes of matching keys, the entity layer's lookup currency.
///
/// Swift's `String` hashing follows Unicode canonical equivalence and normalises every non-ASCII
/// key it hashes: far too slow for several lookups per token. Keys are already folded
/// (`MatchKey`), so the layer hashes their scalars (FNV-1a) straight from `NormalizedText`,
/// without building strings, and keys its tables by the hash. A multi-token name hashes as the
/// `join` of its tokens' hashes. With 64 bits and some 20,000 lexicon keys a false hit is
/// vanishingly rare (about one lookup in 10^15).
enum ScalarKeyHash {
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
    let members: [UInt64]
    init(_ words: [String]) { members = words.map { ScalarKeyHash.of(MatchKey.key($0)) } }
}

/// An open-addressing hash table from key hashes to values: the hashes are already well mixed,
/// so lookups skip `Hasher` and cost a multiply, a mask and a probe or two.
struct HashIndex<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    var isEmpty: Bool { count == 0 }
    /// Every key in the table (a key of 0 is stored as 1).
    var allKeys: [UInt64] { keys.filter { $0 != 0 } }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 20) & mask }

    subscript(key: UInt64) -> Value? {
        get {
            let k = key == 0 ? 1 : key
            var i = slot(k)
            while true {
                let found = keys[i]
                if found == k { return values[i] }
                if found == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { return }  // entries are never removed
            let k = key == 0 ? 1 : key
            if (count + 1) * 2 > keys.count { grow() }
            var i = slot(k)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            if keys[i] == 0 { count += 1 }
            keys[i] = k
            values[i] = newValue
        }
    }

    private mutating func grow() {
        var bigger = HashIndex(capacity: keys.count)
        for (k, v) in zip(keys, values) where k != 0 { bigger[k] = v }
        self = bigger
    }
}
