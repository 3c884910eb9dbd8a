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
        self.string = string
        (scalars, utf8Offsets) = ArticleText.decodeScalars(string)
    }

    public var count: Int { scalars.count }

    /// The scalars of a string and their UTF-8 offsets, decoded straight from its UTF-8 storage
    /// (several times faster than `Array(string.unicodeScalars)`, which counts first and then
    /// iterates generically).
    static func decodeScalars(_ string: String) -> (scalars: [Unicode.Scalar], utf8Offsets: [Int]) {
        var string = string
        return string.withUTF8 { utf8 in
            // Never more scalars than bytes: written in place into that much room, not appended.
            var offsets: [Int] = []
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { out, count in
                offsets = [Int](unsafeUninitializedCapacity: utf8.count + 1) { offsets, offsetCount in
                    var i = 0, n = 0
                    let end = utf8.count
                    while i < end {
                        offsets[n] = i
                        let b0 = UInt32(utf8[i])
                        var v: UInt32
                        if b0 < 0x80 { v = b0; i &+= 1 }
                        else if b0 < 0xE0 { v = (b0 & 0x1F) << 6 | UInt32(utf8[i &+ 1] & 0x3F); i &+= 2 }
                        else if b0 < 0xF0 {
                            v = (b0 & 0x0F) << 12 | UInt32(utf8[i &+ 1] & 0x3F) << 6 | UInt32(utf8[i &+ 2] & 0x3F); i &+= 3
                        } else {
                            v = (b0 & 0x07) << 18 | UInt32(utf8[i &+ 1] & 0x3F) << 12 | UInt32(utf8[i &+ 2] & 0x3F) << 6
                                | UInt32(utf8[i &+ 3] & 0x3F); i &+= 4
                        }
                        // A Swift string's UTF-8 is always valid, so every value is a scalar (no
                        // check needed: `Unicode.Scalar` is its 32-bit value), and the offsets
                        // stay within the buffer (advanced without overflow checks).
                        (out.baseAddress! + n).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
                        n &+= 1
                    }
                    offsets[n] = end
                    offsetCount = n + 1
                    count = n
                }
            }
            return (scalars, offsets)
        }
    }
    public var fullSpan: Span { Span(start: 0, end: scalars.count) }

    /// The surface of a span, exactly as it stands in the original.
    public func slice(_ span: Span) -> String {
        // A copy of the string's own bytes: no encoding, no validation (the bounds are scalar
        // boundaries, which is all a substring's bytes need).
        let utf8 = string.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Offsets[span.start])
        let end = utf8.index(start, offsetBy: utf8Offsets[span.end] - utf8Offsets[span.start])
        return String(string[start..<end])
    }

    /// The span with white space trimmed from both ends.
    public func trimmed(_ span: Span) -> Span {
        var start = span.start, end = span.end
        while start < end, Tokenizer.isSpace(scalars[start]) { start += 1 }
        while end > start, Tokenizer.isSpace(scalars[end - 1]) { end -= 1 }
        return Span(start: start, end: end)
    }
}
