/// The one original text of an article, decoded, which every span points into.
///
/// Kept both as a `String` (for output) and as an array of scalars (for O(1) offset access),
/// because record offsets are code points, not Swift `Character`s or UTF-16 units.
public struct ArticleText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    public var count: Int { scalars.count }
    public var fullSpan: Span { Span(start: 0, end: scalars.count) }

    /// The surface of a span, exactly as it stands in the original.
    public func slice(_ span: Span) -> String {
        // Encoded straight to UTF-8: appending to a `String.UnicodeScalarView` was the main cost
        // of building records with many spans.
        var length = 0
        for i in span.start..<span.end { length += UTF8.width(scalars[i]) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var j = 0
            for i in span.start..<span.end {
                let v = scalars[i].value
                if v < 0x80 {
                    buffer[j] = UInt8(v); j += 1
                } else if v < 0x800 {
                    buffer[j] = UInt8(0xC0 | (v >> 6)); buffer[j + 1] = UInt8(0x80 | (v & 0x3F)); j += 2
                } else if v < 0x1_0000 {
                    buffer[j] = UInt8(0xE0 | (v >> 12)); buffer[j + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[j + 2] = UInt8(0x80 | (v & 0x3F)); j += 3
                } else {
                    buffer[j] = UInt8(0xF0 | (v >> 18)); buffer[j + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[j + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[j + 3] = UInt8(0x80 | (v & 0x3F)); j += 4
                }
            }
            return j
        }
    }

    /// The span with white space trimmed from both ends.
    public func trimmed(_ span: Span) -> Span {
        var start = span.start, end = span.end
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return Span(start: start, end: end)
    }
}
