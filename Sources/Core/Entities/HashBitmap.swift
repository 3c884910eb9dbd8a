/// A bitmap of key hashes, one bit per value of a hash's top 16 bits (8 KB): "surely not in the
/// set" from one load that stays in the first-level cache, asked before a look-up in a table too
/// large for that cache (the word classes with the places' first words, the reporting verbs' forms),
/// whose misses cost more than the look-up's instructions.
///
/// A hash absent from the set still finds its bit set now and then (a set of a few thousand hashes
/// sets a few percent of the bits); the table behind the bitmap gives the answer then.
struct HashBitmap: Sendable {
    private let bits: [UInt64]

    /// `hashes` as the tables store them (a key of 0 reads as 1 there, and here).
    init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        var bits = [UInt64](repeating: 0, count: (1 << 16) / 64)
        for hash in hashes {
            let b = Self.bit(hash)
            bits[b >> 6] |= 1 << UInt64(b & 63)
        }
        self.bits = bits
    }

    /// The hash's top 16 bits (the tables' slots take the low ones).
    @inline(__always)
    private static func bit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash == 0 ? 1 : hash) >> 48) }

    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let b = Self.bit(hash)
        return bits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }
}
