/// A plain sentence split (at . ! ? ؟ and line ends), used by the quote layer only when the
/// structure layer gives it no sentences, so quotes and statements never depend on it being there.
enum PlainSentenceSplit {
    static func sentences(_ text: ArticleText) -> [Span] {
        let s = text.scalars
        var result: [Span] = []
        var start = 0
        var i = 0
        func close(_ end: Int) {
            let span = text.trimmed(Span(start: start, end: end))
            if !span.isEmpty { result.append(span) }
            start = end
        }
        while i < s.count {
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
                while j < s.count, isTerminator(s[j]) { j += 1 }
                if j == s.count || s[j].properties.isWhitespace {
                    close(j)
                }
                i = j
                continue
            }
            i += 1
        }
        close(s.count)
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
