/// The shape of an article: title, byline, body paragraphs and sentences.
public struct DocumentStructure: Sendable {
    public let lines: [Span]
    public let title: Span?
    public let byline: Byline?
    /// Body paragraphs (title and byline are not part of the body), trimmed.
    public let paragraphs: [Span]
    public let sentences: [Span]
    /// A dateline at the start of the first paragraph ("دمشق - سانا"), if any.
    public let dateline: Span?
}

/// Reads the structure of an article from its lines.
///
/// The layout articles arrive in is one paragraph per line, title first, byline after it. When the
/// body is hard-wrapped instead (blank lines between paragraphs, lines that break mid-sentence),
/// consecutive non-blank lines are joined into one paragraph.
public enum StructureAnalyzer {
    public static func analyze(_ text: ArticleText, tokens: [Token]) -> DocumentStructure {
        let lines = TextLines.lines(text)
        let nonEmpty = lines.indices.filter { !text.trimmed(lines[$0]).isEmpty }
        var bodyStart = 0
        var title: Span?
        var byline: Byline?
        // A first line that is only a date ("الأحد 9 يناير 2022") is the article's date line:
        // the title is the line after it.
        var head = nonEmpty[...]
        if let first = head.first, nonEmpty.count > 2, isDateLine(text.trimmed(lines[first]), text: text, tokens: tokens) {
            head = head.dropFirst()
        }
        let skipped = nonEmpty.count - head.count
        if let first = head.first {
            let firstLine = text.trimmed(lines[first])
            // A first line that is a byline ("بقلم ...") is not a title.
            if let found = BylineDetector.detect(lines: lines, candidates: [first], bareAllowed: [],
                                                 text: text, tokens: tokens) {
                byline = found.byline
                bodyStart = head.count > 1 ? skipped + 1 : skipped
            } else if TitleDetector.isTitle(line: firstLine, nonEmptyLineCount: head.count, text: text, tokens: tokens) {
                title = firstLine
                bodyStart = skipped + 1
                let next = Array(head.dropFirst().prefix(2))
                if let found = BylineDetector.detect(lines: lines, candidates: next, bareAllowed: Set(next.prefix(1)),
                                                     text: text, tokens: tokens),
                   head.count > 2 {
                    byline = found.byline
                    bodyStart = nonEmpty.firstIndex(of: found.lineIndex)! + 1
                }
            }
        }
        var bodyLines = Array(nonEmpty.dropFirst(bodyStart))
        // A byline at the very end of the body ("ترجمة: فلان") is not a paragraph either.
        if byline == nil, let last = bodyLines.last, bodyLines.count > 1,
           let found = BylineDetector.detect(lines: lines, candidates: [last], bareAllowed: [], text: text, tokens: tokens) {
            byline = found.byline
            bodyLines.removeLast()
        }
        // A column signed at the end ("د. فلان الفلاني - كاتب وأكاديمي"): its byline, not a paragraph.
        if byline == nil, bodyLines.count > 1,
           let found = ClosingBylineDetector.detect(last: text.trimmed(lines[bodyLines[bodyLines.count - 1]]),
                                                    previous: bodyLines.count > 2 ? text.trimmed(lines[bodyLines[bodyLines.count - 2]]) : nil,
                                                    text: text, tokens: tokens) {
            byline = found.byline
            bodyLines.removeLast(found.lineCount)
        } else if byline != nil, bodyLines.count > 1,
                  ClosingBylineDetector.isWritersNote(text.trimmed(lines[bodyLines[bodyLines.count - 1]]), text: text, tokens: tokens) {
            // "بقلم: فلان" on top and "* كاتب فلسطيني" at the end: the note is not a paragraph either.
            bodyLines.removeLast()
        }
        let paragraphs = joinHardWrapped(bodyLines, lines: lines, text: text)
        let sentences = SentenceSplitter.sentences(in: paragraphs, text: text, tokens: tokens)
        let dateline = paragraphs.first.flatMap { DatelineDetector.detect(in: $0, text: text, tokens: tokens) }
        return DocumentStructure(lines: lines, title: title, byline: byline, paragraphs: paragraphs,
                                 sentences: sentences, dateline: dateline)
    }

    /// A short line that is mostly a date expression (a weekday and a place may stand beside it).
    static func isDateLine(_ line: Span, text: ArticleText, tokens: [Token]) -> Bool {
        let range = tokens.indices(within: line)
        guard !range.isEmpty, range.count <= 8 else { return false }
        let lineTokens = Array(tokens[range])
        let dates = DateExtractor.candidates(text, tokens: lineTokens).filter { $0.relative == nil && $0.year != nil }
        let covered = lineTokens.filter { t in dates.contains { $0.span.contains(t.span) } }.count
        return covered > 0 && covered * 2 >= lineTokens.count
    }

    /// One paragraph per line, unless the text is hard-wrapped: then each block of consecutive
    /// lines between blank lines is one paragraph.
    static func joinHardWrapped(_ body: [Int], lines: [Span], text: ArticleText) -> [Span] {
        var blocks: [[Int]] = []
        for index in body {
            if let last = blocks.last?.last, last == index - 1 { blocks[blocks.count - 1].append(index) } else { blocks.append([index]) }
        }
        let hasBlankSeparators = blocks.count > 1
        let wrapped = hasBlankSeparators && blocks.contains { block in
            block.dropLast().contains { i in
                let line = text.trimmed(lines[i])
                return !SentenceSplitter.isTerminal(text.scalars[line.end - 1].value) && line.length < 100
            }
        }
        if !wrapped { return body.map { text.trimmed(lines[$0]) } }
        return blocks.map { Span(start: text.trimmed(lines[$0.first!]).start, end: text.trimmed(lines[$0.last!]).end) }
    }
}
