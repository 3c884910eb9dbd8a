/// The one original text of an article, decoded, which every span points into.
///
/// Kept both as a `String` (for output) and as an array of scalars (for O(1) offset access),
/// because record offsets are code points, not Swift `Character`s or UTF-16 units.
public struct ArticleText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]
    /// `utf8Offsets[i]` is the UTF-8 offset in `string` of scalar `i`; `utf8Offsets[count]` is
    /// the UTF-8 length. Slices copy the bytes of `string` through it rather than re-encoding.
    private let utf8Offsets: [Int]

    public init(_ string: String) {
        var string = string
        // A Swift string's UTF-8 is always valid: the check cannot fail.
        (self.scalars, self.utf8Offsets, _) = string.withUTF8 { ArticleText.decodeScalars($0)! }
        self.string = string
    }

    /// The text of UTF-8 bytes, or nil when they are not valid UTF-8 (as `String(validating:)`
    /// judges). One pass validates and decodes; the `String` is then copied from the bytes
    /// without validating them a second time.
    public init?(validatingUTF8 utf8: UnsafeBufferPointer<UInt8>) {
        guard let (scalars, offsets, isASCII) = ArticleText.decodeScalars(utf8) else { return nil }
        self.scalars = scalars
        self.utf8Offsets = offsets
        string = String(copying: UTF8Span(unchecked: utf8.span, isKnownASCII: isASCII))
    }

    public var count: Int { scalars.count }

    /// The scalars of UTF-8 bytes and their offsets, or nil when the bytes are not valid UTF-8
    /// (overlong forms, surrogates, values above U+10FFFF, bad or missing continuation bytes).
    /// Decoded straight from the bytes into arrays of that many elements (never more scalars
    /// than bytes), not appended; `isASCII` is whether every byte was below 0x80.
    static func decodeScalars(_ utf8: UnsafeBufferPointer<UInt8>)
        -> (scalars: [Unicode.Scalar], utf8Offsets: [Int], isASCII: Bool)? {
        var offsets: [Int] = []
        var valid = true
        var leadBits: UInt32 = 0  // every sequence's first byte or-ed together: ASCII when below 0x80
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { out, count in
            offsets = [Int](unsafeUninitializedCapacity: utf8.count + 1) { offsets, offsetCount in
                var i = 0, n = 0
                let end = utf8.count
                // A continuation byte is 10xxxxxx; `continuation(k)` is its six bits, or
                // 0x100 (which fails the final range test) when byte k is missing or not one.
                @inline(__always) func continuation(_ k: Int) -> UInt32 {
                    guard k < end else { return 0x100 }
                    let b = UInt32(utf8[k])
                    return b & 0xC0 == 0x80 ? b & 0x3F : 0x100
                }
                decoding: while i < end {
                    offsets[n] = i
                    let b0 = UInt32(utf8[i])
                    leadBits |= b0
                    var v: UInt32
                    if b0 < 0x80 {
                        v = b0; i &+= 1
                    } else if b0 < 0xE0 {
                        let c1 = continuation(i &+ 1)
                        // C0 and C1 would be overlong; 80-BF are continuation bytes, not leads.
                        guard b0 >= 0xC2, c1 < 0x40 else { valid = false; break decoding }
                        v = (b0 & 0x1F) << 6 | c1; i &+= 2
                    } else if b0 < 0xF0 {
                        let c1 = continuation(i &+ 1), c2 = continuation(i &+ 2)
                        guard (c1 | c2) < 0x40 else { valid = false; break decoding }
                        v = (b0 & 0x0F) << 12 | c1 << 6 | c2; i &+= 3
                        // Not overlong, not a surrogate.
                        guard v >= 0x800, v & 0xF800 != 0xD800 else { valid = false; break decoding }
                    } else {
                        let c1 = continuation(i &+ 1), c2 = continuation(i &+ 2), c3 = continuation(i &+ 3)
                        guard b0 <= 0xF4, (c1 | c2 | c3) < 0x40 else { valid = false; break decoding }
                        v = (b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3; i &+= 4
                        guard v >= 0x1_0000, v <= 0x10_FFFF else { valid = false; break decoding }
                    }
                    // Checked above to be a scalar value (`Unicode.Scalar` is its 32-bit value).
                    (out.baseAddress! + n).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
                    n &+= 1
                }
                offsets[n] = i
                offsetCount = valid ? n + 1 : 0
                count = valid ? n : 0
            }
        }
        return valid ? (scalars, offsets, leadBits < 0x80) : nil
    }
    public var fullSpan: Span { Span(start: 0, end: scalars.count) }

    /// The surface of a span, exactly as it stands in the original.
    public func slice(_ span: Span) -> String {
        let start = utf8Offsets[span.start], end = utf8Offsets[span.end]
        // A copy of the string's own bytes, without validating them again: the bounds are
        // scalar boundaries, which is all a substring's bytes need. As many bytes as scalars
        // is ASCII. (`string` is native UTF-8, made so by the initialisers: its storage is
        // always contiguous.)
        return string.utf8.withContiguousStorageIfAvailable { utf8 in
            String(copying: UTF8Span(unchecked: UnsafeBufferPointer(rebasing: utf8[start..<end]).span,
                                     isKnownASCII: end - start == span.length))
        }!
    }

    /// The span with white space trimmed from both ends.
    public func trimmed(_ span: Span) -> Span {
        var start = span.start, end = span.end
        while start < end, Tokenizer.isSpace(scalars[start]) { start += 1 }
        while end > start, Tokenizer.isSpace(scalars[end - 1]) { end -= 1 }
        return Span(start: start, end: end)
    }
}
