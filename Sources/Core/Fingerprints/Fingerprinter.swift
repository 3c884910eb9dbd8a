import Crypto

/// Fingerprints of an article: SHA-256 of the input bytes, SHA-256 of the normalised text, and a
/// 64-bit simhash of word 3-grams for near-duplicate detection.
///
/// The normalised text is the matching key (see `MatchKey`) of the words, joined by single spaces:
/// a copy that differs in encoding, line ends, diacritics, tatweel, hamza seats, digits or
/// spacing has the same `sha256_normalized`. Hashes of features use FNV-1a, never Swift's seeded
/// `Hasher`, so fingerprints are the same in every process.
public enum Fingerprinter {
    /// `wordKeysUTF8`: the normalised text (`TokenizedText.wordKeysUTF8`, the pass that made `tokens`).
    public static func fingerprints(input: [UInt8], tokens: [Token], wordKeysUTF8: [UInt8]) -> Fingerprints {
        // The words' hashes (FNV-1a of the key's UTF-8, like fnv1a(_:)), written in place (at most one per token).
        let wordHashes = [UInt64](unsafeUninitializedCapacity: tokens.count) { hashes, words in
            var w = 0
            tokens.withUnsafeBufferPointer { tokens in
                for t in tokens.indices where tokens[t].kind == .word || tokens[t].kind == .number {
                    hashes[w] = tokens[t].keyHash
                    w &+= 1
                }
            }
            words = w
        }
        return Fingerprints(sha256Input: hex(SHA256.hash(data: input)),
                            sha256Normalized: hex(SHA256.hash(data: wordKeysUTF8)),
                            simhash64: hex64(simhash(wordHashes)))
    }

    /// Simhash over word 3-grams (or the words themselves when there are fewer than three).
    static func simhash(_ words: [UInt64]) -> UInt64 {
        // Each feature votes +1 for its set bits and -1 for the others: count set bits per
        // position, then a bit is set when more than half the features set it. The counting is
        // eight bit positions at a time: lane k holds, in byte j, the count of bit 8j + k (one
        // vector add per feature); the lanes are emptied into `ones` before a byte can overflow,
        // after at most 255 features.
        let features = words.count < 3 ? words.count : words.count - 2
        var ones = [Int](repeating: 0, count: 64)
        let shifts = SIMD8<UInt64>(0, 1, 2, 3, 4, 5, 6, 7)
        let lowBitOfEachByte = SIMD8<UInt64>(repeating: 0x0101_0101_0101_0101)
        words.withUnsafeBufferPointer { words in
            ones.withUnsafeMutableBufferPointer { ones in
                var i = 0
                while i < features {
                    var lanes = SIMD8<UInt64>(repeating: 0)
                    let end = min(features, i + 255)
                    while i < end {
                        // Combine the three word hashes order-sensitively, then mix.
                        let h = words.count < 3 ? words[i]
                            : mix(words[i] &* 0x9E3779B97F4A7C15 ^ words[i + 1] &* 0xC2B2AE3D27D4EB4F ^ words[i + 2])
                        lanes &+= (SIMD8(repeating: h) &>> shifts) & lowBitOfEachByte
                        i += 1
                    }
                    // Byte 8k + j of the lanes is the count of bit 8j + k.
                    withUnsafeBytes(of: lanes) { bytes in
                        for b in 0..<64 { ones[(b & 7) << 3 | b >> 3] += Int(bytes[b]) }
                    }
                }
            }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where 2 * ones[bit] > features { result |= 1 << UInt64(bit) }
        return result
    }

    static func fnv1a<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    /// A finaliser (splitmix64) so neighbouring inputs spread over all bits.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E3779B97F4A7C15
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    /// Hamming distance between two simhashes (near duplicates differ in a few bits).
    public static func distance(_ a: String, _ b: String) -> Int? {
        guard let x = UInt64(a, radix: 16), let y = UInt64(b, radix: 16) else { return nil }
        return (x ^ y).nonzeroBitCount
    }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for b in digest { bytes.append(digit(b >> 4)); bytes.append(digit(b & 0xF)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func hex64(_ v: UInt64) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        for shift in stride(from: 60, through: 0, by: -4) { bytes.append(digit(UInt8((v >> UInt64(shift)) & 0xF))) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The lower-case hexadecimal digit of `v` (0...15), as an ASCII byte.
    private static func digit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x57 + v }
}
