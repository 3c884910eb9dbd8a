/// Splits paragraphs into sentences.
///
/// A sentence ends at . ! ? ؟ ؛ (and runs of them such as "!." or "؟!"), and at the paragraph's
/// end. It does not end inside quotation marks, after a one-letter abbreviation (د. م. U.S.), inside
/// a number (3.5 is one token), or at an ellipsis (".." and "…" are pauses in Arabic prose).
public enum SentenceSplitter {
    public static func sentences(in paragraphs: [Span], text: ArticleText, tokens: [Token]) -> [Span] {
        var result: [Span] = []
        var t = 0
        for paragraph in paragraphs {
            t = tokens.firstIndex(startingAtOrAfter: paragraph.start)
            var start = paragraph.start
            var depth = 0          // nesting of paired marks “ ” « »
            var straightOpen = false  // inside "..."
            while t < tokens.count, tokens[t].span.end <= paragraph.end {
                if tokens[t].kind == .punctuation {  // by index: a Token copy retains its key scalars' storage
                    let tokenEnd = tokens[t].span.end
                    let v = text.scalars[tokens[t].span.start].value
                    switch v {
                    case 0x201C, 0x00AB: depth += 1
                    case 0x201D, 0x00BB:
                        // ” with nothing open and a letter right after is used as an opening mark.
                        let next = tokenEnd < text.count ? text.scalars[tokenEnd] : " "
                        if depth == 0, v == 0x201D, next.properties.isAlphabetic { depth = 1 } else { depth = max(0, depth - 1) }
                    case 0x22: straightOpen.toggle()
                    default: break
                    }
                    if depth == 0, !straightOpen, isTerminal(v), !isAbbreviationDot(t, tokens: tokens, text: text) {
                        // Take the whole run of terminal marks ("!." "؟!" "...") and a closing mark.
                        var end = tokenEnd
                        var runLength = 1
                        var u = t + 1
                        while u < tokens.count, tokens[u].span.start == end, tokens[u].kind == .punctuation,
                              isTerminal(text.scalars[tokens[u].span.start].value) {
                            end = tokens[u].span.end; runLength += 1; u += 1
                        }
                        let allDots = (t..<u).allSatisfy { text.scalars[tokens[$0].span.start].value == 0x2E }
                        if allDots && runLength >= 2 && u < tokens.count && tokens[u].span.end <= paragraph.end {
                            t = u; continue  // ".." mid-paragraph: a pause
                        }
                        let sentence = text.trimmed(Span(start: start, end: end))
                        if !sentence.isEmpty { result.append(sentence) }
                        start = end
                        t = u
                        continue
                    }
                }
                t += 1
            }
            let tail = text.trimmed(Span(start: start, end: paragraph.end))
            if !tail.isEmpty { result.append(tail) }
        }
        return result
    }

    @inline(__always)
    static func isTerminal(_ v: UInt32) -> Bool {
        v == 0x2E || v == 0x21 || v == 0x3F || v == 0x061F || v == 0x061B || v == 0x06D4
    }

    /// A dot right after a single letter (د. م. U.S.) or a known abbreviation abbreviates.
    static func isAbbreviationDot(_ t: Int, tokens: [Token], text: ArticleText) -> Bool {
        guard text.scalars[tokens[t].span.start].value == 0x2E, t > 0 else { return false }
        guard tokens[t - 1].kind == .word, tokens[t - 1].span.end == tokens[t].span.start else { return false }
        return tokens[t - 1].span.length == 1 || abbreviations.contains(tokens[t - 1])
    }

    static let abbreviations = KeySet(["mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "inc", "ltd", "jr", "sr", "no", "gen", "col", "lt",
                                             "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
}
