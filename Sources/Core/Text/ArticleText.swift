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
        ScalarString.make(scalars[span.start..<span.end])
    }

    /// The span with white space trimmed from both ends.
    public func trimmed(_ span: Span) -> Span {
        var start = span.start, end = span.end
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return Span(start: start, end: end)
    }
}
