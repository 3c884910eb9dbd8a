/// A token's matching key as scalars of `NormalizedText`, sliced without copying.
typealias KeyScalars = ArraySlice<Unicode.Scalar>

// The words the rules compare keys with are literals: read as `StaticString`s, their UTF-8 bytes
// are compared with each key scalar's, without walking a `String`'s scalar view.
extension ArraySlice where Element == Unicode.Scalar {
    /// Whether the key is exactly `word` (already in key form).
    @inline(__always)
    func matches(_ word: StaticString) -> Bool {
        word.withUTF8Buffer { Self.compare(self, $0, whole: true) }
    }

    @inline(__always)
    func hasPrefix(_ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { Self.compare(self, $0, whole: false) }
    }

    func hasSuffix(_ suffix: StaticString) -> Bool {
        suffix.withUTF8Buffer { utf8 in
            var n = 0  // the suffix's scalars: its bytes that do not continue a scalar
            for byte in utf8 where byte & 0xC0 != 0x80 { n += 1 }
            return count >= n && Self.compare(self.suffix(n), utf8, whole: true)
        }
    }

    /// Whether the UTF-8 of `scalars` begins with all of `utf8` (`whole`: and is no longer).
    @inline(__always)
    private static func compare(_ scalars: Self, _ utf8: UnsafeBufferPointer<UInt8>, whole: Bool) -> Bool {
        var b = 0
        for s in scalars {
            if b == utf8.count { return !whole }
            for byte in s.utf8 {
                guard b < utf8.count, utf8[b] == byte else { return false }
                b += 1
            }
        }
        return b == utf8.count
    }
}
