/// A one-bit-per-key filter over key hashes (a Bloom filter with one hash) in 8 KB: it answers
/// "certainly not in the table" from the first-level cache before a probe into a large table
/// (`NameCues.classes` holds every place's first word) would miss it.
///
/// Uses the hash's top 16 bits, which the tables' slots (low bits) do not, so a word the filter
/// lets through is not also likely to collide in the table. No false negatives.
struct KeyBloomFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1 << 10)

    init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        for h in hashes { insert(h) }
    }

    mutating func insert(_ hash: UInt64) {
        let b = Self.bit(hash)
        bits[b >> 6] |= 1 << UInt64(b & 63)
    }

    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let b = Self.bit(hash)
        return bits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    /// Keys are stored as in `GrowingKeyMap` (0 as 1), so the filter tests the same value.
    @inline(__always)
    private static func bit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash == 0 ? 1 : hash) >> 48) }
}
