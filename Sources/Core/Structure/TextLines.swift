/// The lines of a text: spans without their line ends. "\r\n", "\r", "\n", U+2028 and U+2029
/// all end a line, so files from any system give the same lines while the text keeps its bytes.
public enum TextLines {
    /// `tokens`: the text's tokens. Line ends are white space, which no token holds, so only the
    /// gaps between tokens are read (a tenth of an article's scalars).
    public static func lines(_ text: ArticleText, tokens: [Token]) -> [Span] {
        var lines: [Span] = []
        var start = 0
        text.scalars.withUnsafeBufferPointer { s in
            tokens.withUnsafeBufferPointer { tokens in
                var gapStart = 0
                for t in 0...tokens.count {
                    let gapEnd = t < tokens.count ? tokens[t].span.start : s.count
                    var i = gapStart
                    while i < gapEnd {
                        let v = s[i].value
                        // One test rules out all but U+000A...U+000D and U+2028...U+2029 (or-ed as
                        // integers: no branch per test), then the exact one.
                        if (v &- 0x0A < 4 ? 1 : 0) | (v &- 0x2028 < 2 ? 1 : 0) != 0, v != 0x0B, v != 0x0C {
                            lines.append(Span(start: start, end: i))
                            if v == 0x0D, i + 1 < s.count, s[i + 1].value == 0x0A { i += 1 }
                            start = i + 1
                        }
                        i += 1
                    }
                    if t < tokens.count { gapStart = tokens[t].span.end }
                }
            }
        }
        lines.append(Span(start: start, end: text.scalars.count))
        return lines
    }
}

extension Array where Element == Token {
    /// The tokens inside `span` (tokens never straddle a span made of whole lines or sentences).
    /// Binary search on token starts: O(log n).
    func indices(within span: Span) -> Range<Int> {
        let lower = firstIndex(startingAtOrAfter: span.start)
        var upper = lower
        // Walk is bounded by the tokens in the span, which the caller visits anyway.
        while upper < count, self[upper].span.end <= span.end { upper += 1 }
        return lower..<upper
    }

    /// The index of the first token that starts at or after `offset`.
    func firstIndex(startingAtOrAfter offset: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
