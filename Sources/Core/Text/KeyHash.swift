/// A 64-bit FNV-1a hash of a matching key's UTF-8 bytes, and sets of word keys by hash.
///
/// Lexicon look-ups run on these instead of `String`: Swift hashes and compares non-ASCII
/// strings through Unicode normalisation, which made look-ups the core's main cost. Keys are
/// already folded (`MatchKey`), so byte identity is what matching needs; 64 bits make an
/// accidental collision between two lexicon words and a text word negligible.
public enum KeyHash {
    public static let seed: UInt64 = 0xcbf29ce484222325
    @usableFromInline static let prime: UInt64 = 0x100000001b3

    /// The hash of an already folded key.
    @inlinable
    public static func of(key: String) -> UInt64 {
        var h = seed
        for b in key.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// The hash of a word as written in a lexicon: folded first.
    public static func of(word: String) -> UInt64 { of(key: MatchKey.key(word)) }

    /// The hash of a run of scalars (a key without its first letter, a surface form), as the
    /// UTF-8 bytes `of(key:)` would see.
    @inlinable
    public static func of<S: Sequence>(scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h = seed
        for s in scalars { UTF8ScalarWriter.hash(s.value, into: &h) }
        return h
    }
}

/// A set of words, matched by the hash of their keys.
///
/// Open addressing with linear probing over the FNV hash itself (as `KeyMap`), holding only the
/// keys: cheap enough to build per article (the entity layer's set of the words it contains).
public struct KeySet: Sendable {
    /// 0 marks an empty slot; a key of 0 is stored as 1.
    private let keys: [UInt64]
    private let mask: Int

    /// `words` as written; each is folded to its key.
    public init(_ words: [String]) { self.init(hashes: words.map { KeyHash.of(word: $0) }) }

    /// Surface forms, hashed without folding (for letters the key would merge, such as ی and ي).
    public init(surfaces: [String]) { self.init(hashes: surfaces.map { KeyHash.of(key: $0) }) }

    /// Hashes computed elsewhere.
    public init<S: Collection>(hashes: S) where S.Element == UInt64 {
        var capacity = 16
        while capacity < hashes.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        keys = [UInt64](unsafeUninitializedCapacity: capacity) { table, count in
            table.initialize(repeating: 0)
            for key in hashes {
                let k = key == 0 ? 1 : key
                var i = KeyMap<Bool>.slot(k, mask)
                while table[i] != 0 && table[i] != k { i = (i + 1) & mask }
                table[i] = k
            }
            count = capacity
        }
        self.mask = mask
    }

    @inline(__always) public func contains(_ token: Token) -> Bool { contains(hash: token.keyHash) }
    /// The same as `contains(hash:)`, for the tables that replaced `Set<UInt64>` (no `Hasher` per look-up).
    @inline(__always) public func contains(_ hash: UInt64) -> Bool { contains(hash: hash) }
    @inline(__always) public func contains(hash: UInt64) -> Bool {
        let k = hash == 0 ? 1 : hash
        var i = KeyMap<Bool>.slot(k, mask)
        while true {
            let found = keys[i]
            if found == k { return true }
            if found == 0 { return false }
            i = (i + 1) & mask
        }
    }
}

/// A read-only map from key hashes to values: open addressing with linear probing over the
/// FNV hash itself, so a look-up is a few integer operations (no re-hashing through `Hasher`).
public struct KeyMap<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let mask: Int

    /// Later pairs with the same key replace earlier ones.
    public init(_ pairs: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 4 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        let mask = capacity - 1
        for (key, value) in pairs {
            let k = key == 0 ? 1 : key  // 0 marks an empty slot
            var i = KeyMap.slot(k, mask)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
            values[i] = value
        }
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    public init(_ dictionary: [UInt64: Value]) {
        self.init(dictionary.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// The stored keys (a key of 0 reads as 1, as in `KeySet`), to build a `KeySet` over several maps.
    public var hashes: [UInt64] { keys.filter { $0 != 0 } }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 32)) & mask }

    @inline(__always)
    public subscript(_ key: UInt64) -> Value? {
        let k = key == 0 ? 1 : key
        var i = KeyMap.slot(k, mask)
        while true {
            let found = keys[i]
            if found == k { return values[i] }
            if found == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}
