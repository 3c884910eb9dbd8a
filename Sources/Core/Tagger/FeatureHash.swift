/// FNV-1a hashing over scalar values, so features are hashed straight from a word's key scalars
/// without building strings.
enum FeatureHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func combine(_ h: UInt64, _ value: UInt32) -> UInt64 {
        var h = h
        h = (h ^ UInt64(value & 0xFF)) &* prime
        h = (h ^ UInt64((value >> 8) & 0xFF)) &* prime
        h = (h ^ UInt64(value >> 16)) &* prime
        return h
    }

    @inline(__always)
    static func hash(_ scalars: UnsafeBufferPointer<UInt32>, from start: Int, to end: Int, seed: UInt64 = offsetBasis) -> UInt64 {
        var h = seed
        var i = start
        while i < end { h = combine(h, scalars[i]); i += 1 }
        return h
    }

    /// A feature's hash: a template number mixed with a value hash (a final avalanche so the top
    /// bits are usable as the bucket).
    @inline(__always)
    static func feature(_ template: UInt32, _ value: UInt64) -> UInt64 {
        var x = value ^ (UInt64(template) &* 0x9E37_79B9_7F4A_7C15)
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x = x &* 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }

    /// Two value hashes as one (word bigrams, gazetteer name sequences).
    @inline(__always)
    static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a ^ (b &* 0x9E37_79B9_7F4A_7C15)) &* prime
    }

    /// The hash of a whole string's key (for building gazetteers and cue sets).
    static func key(_ key: String) -> UInt64 {
        var h = offsetBasis
        for s in key.unicodeScalars { h = combine(h, s.value) }
        return h
    }
}
