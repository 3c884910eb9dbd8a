/// A token's matching key as scalars of `NormalizedText`, sliced without copying.
typealias KeyScalars = ArraySlice<Unicode.Scalar>

// The words the rules compare keys with are literals: read as `StaticString`s, their UTF-8 bytes
// are compared with each key scalar's, without walking a `String`'s scalar view.
extension ArraySlice where Element == Unicode.Scalar {
    /// Whether the key is exactly `word` (already in key form).
    @inline(__always)
    func matches(_ word: StaticString) -> Bool {
        word.withUTF8Buffer { KeyLiteral.compare(self, $0, whole: true) }
    }

    @inline(__always)
    func hasPrefix(_ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { KeyLiteral.compare(self, $0, whole: false) }
    }

    func hasSuffix(_ suffix: StaticString) -> Bool {
        suffix.withUTF8Buffer { KeyLiteral.compare(self, suffix: $0) }
    }
}

/// Comparisons of a key with a literal's UTF-8, as concrete functions (an extension of the generic
/// `ArraySlice` compiles to generic code where it is not inlined).
enum KeyLiteral {
    /// Whether the UTF-8 of `key` begins with all of `utf8` (`whole`: and is no longer).
    static func compare(_ key: KeyScalars, _ utf8: UnsafeBufferPointer<UInt8>, whole: Bool) -> Bool {
        var b = 0
        for s in key {
            if b == utf8.count { return !whole }
            let v = s.value
            if v < 0x80 {
                guard utf8[b] == UInt8(truncatingIfNeeded: v) else { return false }
                b += 1
            } else if v < 0x800 {  // the Arabic letters: two bytes
                guard b + 1 < utf8.count, utf8[b] == UInt8(truncatingIfNeeded: 0xC0 | v >> 6),
                      utf8[b + 1] == UInt8(truncatingIfNeeded: 0x80 | v & 0x3F) else { return false }
                b += 2
            } else {
                for byte in s.utf8 {
                    guard b < utf8.count, utf8[b] == byte else { return false }
                    b += 1
                }
            }
        }
        return b == utf8.count
    }

    /// Whether `key` ends with the scalars whose UTF-8 is `utf8`.
    static func compare(_ key: KeyScalars, suffix utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var n = 0  // the suffix's scalars: its bytes that do not continue a scalar
        for byte in utf8 where byte & 0xC0 != 0x80 { n += 1 }
        return key.count >= n && compare(key.suffix(n), utf8, whole: true)
    }
}
