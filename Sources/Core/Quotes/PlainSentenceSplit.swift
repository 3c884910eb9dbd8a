/// A plain sentence split (at . ! ? ؟ and line ends), used by the quote layer when the structure
/// layer gives it no sentences, and for the stretches its sentences leave out (title, byline), so
/// quotes and statements never depend on it being there and never run across those lines.
enum PlainSentenceSplit {
    static func sentences(_ text: ArticleText) -> [Span] { sentences(text, in: text.fullSpan) }

    /// The structure layer's sentences, with the stretches between them split plainly.
    static func completing(_ given: [Span], in text: ArticleText) -> [Span] {
        var result: [Span] = []
        result.reserveCapacity(given.count + 8)
        var covered = 0
        // (The structure layer gives them in order: sorted only when they are not.)
        for sentence in given.isSorted ? given : given.sorted() where sentence.end > covered {
            if sentence.start > covered { appendSentences(text, in: Span(start: covered, end: sentence.start), to: &result) }
            result.append(sentence)
            covered = sentence.end
        }
        if covered < text.count { appendSentences(text, in: Span(start: covered, end: text.count), to: &result) }
        return result
    }

    static func sentences(_ text: ArticleText, in range: Span) -> [Span] {
        var result: [Span] = []
        appendSentences(text, in: range, to: &result)
        return result
    }

    /// The sentences of `range`, appended to `result`.
    static func appendSentences(_ text: ArticleText, in range: Span, to result: inout [Span]) {
        let s = text.scalars
        var start = range.start
        var i = range.start
        func close(_ end: Int) {
            let span = text.trimmed(Span(start: start, end: end))
            if !span.isEmpty { result.append(span) }
            start = end
        }
        while i < range.end {
            let c = s[i]
            if QuoteMarkPairing.isLineEnd(c) {
                close(i)
                i += 1
                start = i
                continue
            }
            if isTerminator(c) {
                // A run of terminators (".."، "!.", "؟!") ends one sentence, before a space or a line end.
                var j = i
                while j < range.end, isTerminator(s[j]) { j += 1 }
                if j == range.end || s[j].properties.isWhitespace {
                    close(j)
                }
                i = j
                continue
            }
            i += 1
        }
        close(range.end)
    }

    @inline(__always)
    static func isTerminator(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2E, 0x21, 0x3F, 0x061F, 0x06D4, 0x2026: return true
        default: return false
        }
    }
}

private extension Array where Element == Span {
    /// Whether the spans are in `sorted()` order already.
    var isSorted: Bool {
        var i = 1
        while i < count, self[i - 1] <= self[i] { i += 1 }
        return i >= count
    }
}
