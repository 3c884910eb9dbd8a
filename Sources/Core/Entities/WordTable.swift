/// A hash table keyed by matching keys, compared byte for byte.
///
/// Swift's `String` hashing and equality follow Unicode canonical equivalence, which costs a
/// normalisation pass for every non-ASCII lookup: too slow for several lookups per token. Matching
/// keys are already folded (`MatchKey`), so comparing their UTF-8 bytes is exact and cheap: this
/// table hashes the bytes (FNV-1a) and verifies a hit by comparing them.
struct WordTable<Value: Sendable>: Sendable {
    private var buckets: [UInt64: [(key: String, value: Value)]] = [:]

    static func hash(_ key: String) -> UInt64 { hash(key, continuing: 0xcbf2_9ce4_8422_2325) }

    /// FNV-1a over the UTF-8 bytes of `key`, continuing from `state`: hashing "a" then " b" gives
    /// the hash of "a b", so multi-word windows are hashed without building their string.
    @inline(__always)
    static func hash(_ key: String, continuing state: UInt64) -> UInt64 {
        var h = state
        for byte in key.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    static var spaceContinuation: (UInt64) -> UInt64 { { ($0 ^ 0x20) &* 0x0000_0100_0000_01b3 } }

    var isEmpty: Bool { buckets.isEmpty }

    /// Inserts unless the key is present; returns whether it was inserted.
    @discardableResult
    mutating func insert(_ key: String, _ value: Value) -> Bool {
        let h = Self.hash(key)
        if let bucket = buckets[h], bucket.contains(where: { $0.key.utf8.elementsEqual(key.utf8) }) { return false }
        buckets[h, default: []].append((key, value))
        return true
    }

    subscript(key: String) -> Value? { value(key, hash: Self.hash(key)) }

    func contains(_ key: String) -> Bool { self[key] != nil }

    /// The value under `hash`, verified against the key's bytes (built lazily: only on a hash hit).
    @inline(__always)
    func value(hash: UInt64, key: () -> String) -> Value? {
        guard let bucket = buckets[hash] else { return nil }
        let k = key()
        return bucket.first { $0.key.utf8.elementsEqual(k.utf8) }?.value
    }

    func value(_ key: String, hash: UInt64) -> Value? { value(hash: hash) { key } }
}

extension WordTable where Value == Bool {
    /// A set of words.
    init(words: some Sequence<String>) {
        for w in words { insert(w, true) }
    }
}

typealias WordSet = WordTable<Bool>
