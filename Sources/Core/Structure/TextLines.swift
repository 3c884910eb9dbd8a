/// The lines of a text: spans without their line ends. "\r\n", "\r", "\n", U+2028 and U+2029
/// all end a line, so files from any system give the same lines while the text keeps its bytes.
public enum TextLines {
    public static func lines(_ text: ArticleText) -> [Span] {
        var lines: [Span] = []
        var start = 0
        text.scalars.withUnsafeBufferPointer { s in
            let n = s.count
            /// U+000A...U+000D, U+2028 or U+2029 (or-ed as integers: no branch per test).
            @inline(__always) func mayEndLine(_ v: UInt32) -> UInt32 { (v &- 0x0A < 4 ? 1 : 0) | (v &- 0x2028 < 2 ? 1 : 0) }
            var i = 0
            while i < n {
                // Eight scalars at a time: a block without a possible line end (nearly every
                // block of an article) is skipped after one branch.
                if i &+ 8 <= n {
                    var any: UInt32 = 0
                    for k in 0..<8 { any |= mayEndLine(s[i &+ k].value) }
                    if any == 0 { i &+= 8; continue }
                }
                let v = s[i].value
                if mayEndLine(v) != 0, v != 0x0B, v != 0x0C {
                    lines.append(Span(start: start, end: i))
                    if v == 0x0D, i + 1 < n, s[i + 1].value == 0x0A { i += 1 }
                    start = i + 1
                }
                i += 1
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
