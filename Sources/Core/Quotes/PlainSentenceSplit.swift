/// A plain sentence split (at . ! ? ؟ and line ends), used by the quote layer when the structure
/// layer gives it no sentences, and for the stretches its sentences leave out (title, byline), so
/// quotes and statements never depend on it being there and never run across those lines.
enum PlainSentenceSplit {
    static func sentences(_ text: ArticleText) -> [Span] { sentences(text, in: text.fullSpan) }

    /// The structure layer's sentences, with the stretches between them split plainly.
    static func completing(_ given: [Span], in text: ArticleText) -> [Span] {
        var result: [Span] = []
        var covered = 0
        for sentence in given.sorted() where sentence.end > covered {
            if sentence.start > covered { result += sentences(text, in: Span(start: covered, end: sentence.start)) }
            result.append(sentence)
            covered = sentence.end
        }
        if covered < text.count { result += sentences(text, in: Span(start: covered, end: text.count)) }
        return result
    }

    static func sentences(_ text: ArticleText, in range: Span) -> [Span] {
        let s = text.scalars
        var result: [Span] = []
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
        return result
    }

    @inline(__always)
    static func isTerminator(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2E, 0x21, 0x3F, 0x061F, 0x06D4, 0x2026: return true
        default: return false
        }
    }
}
