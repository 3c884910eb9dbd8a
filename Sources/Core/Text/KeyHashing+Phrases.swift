/// What the entity and quote layers need of `KeyHash` beyond single whole keys: hashes built a
/// scalar at a time (a key without its proclitics), names of several tokens, look-ups by a slice
/// of key scalars, and a table that grows while it is built.
extension KeyHash {
    /// `h` extended by one more scalar of a key: the same bytes `of(key:)` would see, so a hash
    /// built this way from `seed` equals `of(scalars:)` of the same run.
    @inline(__always)
    static func adding(_ scalar: Unicode.Scalar, to h: UInt64) -> UInt64 {
        var h = h
        UTF8ScalarWriter.hash(scalar.value, into: &h)
        return h
    }

    /// The hash of a name of several tokens from its tokens' key hashes. Mixing the running hash
    /// first keeps "a b" apart from "b a" and from any single token.
    @inline(__always)
    static func join(_ h: UInt64, _ next: UInt64) -> UInt64 {
        (h ^ 0x9e37_79b9_7f4a_7c15) &* 0xbf58_476d_1ce4_e5b9 ^ next
    }

    /// The hash of a name given as its tokens' key hashes, as successive `join`s build it.
    static func join(_ hashes: [UInt64]) -> UInt64 {
        hashes.dropFirst().reduce(hashes.first ?? seed) { join($0, $1) }
    }

    /// The key hashes of the tokens of `name` as the tokenizer gives them in a text (so
    /// "الكونغو - كينشاسا" is three tokens here as in an article); tokens without a key are dropped.
    static func tokenHashes(of name: String) -> [UInt64] {
        return TokenizedText(ArticleText(name)).tokens.filter { !$0.keyRange.isEmpty }.map(\.keyHash)
    }
}

extension KeySet {
    /// Whether the key given as scalars (a token's key with a proclitic dropped, say) is a member.
    @inline(__always)
    func contains(_ key: ArraySlice<Unicode.Scalar>) -> Bool { contains(hash: KeyHash.of(scalars: key)) }
}

extension KeyMap {
    /// `pairs` of words as written (each folded to its key) and values; later pairs replace earlier ones.
    init(words pairs: [(String, Value)]) { self.init(pairs.map { (KeyHash.of(word: $0.0), $0.1) }) }

    /// The value for a key given as scalars.
    @inline(__always)
    subscript(_ key: ArraySlice<Unicode.Scalar>) -> Value? { self[KeyHash.of(scalars: key)] }
}

/// A map from key hashes to values that grows as entries are added: for tables generated at
/// start-up (lexicons merged from several sources) and indexes built per article. Same probing
/// as `KeyMap`; entries are never removed.
struct GrowingKeyMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    /// A table with room for `capacity` entries before it first grows.
    init(capacity: Int = 8) {
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
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key ^ (key >> 32)) & mask }

    subscript(key: UInt64) -> Value? {
        @inline(__always) get {
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
            guard let newValue else { return }
            let k = key == 0 ? 1 : key
            if (count + 1) * 2 > keys.count { grow() }
            var i = slot(k)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            if keys[i] == 0 { count += 1 }
            keys[i] = k
            values[i] = newValue
        }
    }

    /// The value for a word as written (folded to its key first).
    subscript(word word: String) -> Value? {
        get { self[KeyHash.of(word: word)] }
        set { self[KeyHash.of(word: word)] = newValue }
    }

    /// The value for a key given as scalars.
    @inline(__always)
    subscript(_ key: ArraySlice<Unicode.Scalar>) -> Value? { self[KeyHash.of(scalars: key)] }

    private mutating func grow() {
        var bigger = GrowingKeyMap(capacity: keys.count)
        for (k, v) in zip(keys, values) where k != 0 { bigger[k] = v }
        self = bigger
    }
}
