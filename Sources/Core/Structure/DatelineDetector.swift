/// Finds a news dateline at the start of a paragraph: a place and/or an agency before a dash
/// ("دمشق - سانا -", "القاهرة (رويترز) -", "باريس - أ ف ب:"), the mark of a wire report.
public enum DatelineDetector {
    /// News agencies by their Arabic and Latin short names.
    static let agencies = KeySet([
        "رويترز", "فرانس", "سانا", "واس", "وام", "قنا", "كونا", "بترا", "الأناضول",
        "وكالات", "سبوتنيك", "تاس", "إرنا", "ارنا", "شينخوا", "نوفوستي", "يونا", "ومع", "واج", "لانا", "أسوشيتد",
        "reuters", "afp", "ap", "dpa", "xinhua", "agencies",
    ])

    public static func detect(in paragraph: Span, text: ArticleText, tokens: [Token]) -> Span? {
        let first = tokens.firstIndex(startingAtOrAfter: paragraph.start)
        var i = first
        var sawAgency = false
        // Look at most 8 tokens in for the dash or colon that closes a dateline.
        while i < tokens.count, i < first + 8, tokens[i].span.end <= paragraph.end {
            let t = tokens[i]
            if t.kind == .word, agencies.contains(t) { sawAgency = true }
            if t.kind == .punctuation || t.kind == .symbol {
                let v = text.scalars[t.span.start].value
                let isDash = v == 0x2D || v == 0x2013 || v == 0x2014 || v == 0x0640
                if (isDash || v == 0x3A), i > first {
                    // "PLACE -" closes a dateline only with an agency or right after one or two words.
                    if sawAgency || i - first <= 2 {
                        // Include a following agency ("دمشق - سانا -").
                        var end = t.span.end
                        var j = i + 1
                        while j < tokens.count, j < i + 5, tokens[j].span.end <= paragraph.end {
                            if tokens[j].kind == .word, agencies.contains(tokens[j]) { end = tokens[j].span.end; sawAgency = true }
                            else if tokens[j].kind == .punctuation, sawAgency { end = tokens[j].span.end; break }
                            else { break }
                            j += 1
                        }
                        return Span(start: paragraph.start, end: end)
                    }
                    return nil
                }
                if v == 0x2E || v == 0x061F || v == 0x060C { return nil }
            }
            i += 1
        }
        return nil
    }
}
