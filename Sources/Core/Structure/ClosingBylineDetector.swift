/// Finds the signature an opinion column ends with instead of a byline under the title: a last
/// short line with a name and who the writer is ("د. ليلى بن عمر - أستاذة علم الاجتماع",
/// "سامي يوسف، كاتب وأكاديمي"), a title and a name alone ("د. سامي يوسف"), or a last line saying
/// who the writer is ("* كاتب فلسطيني") under a line that is only a name.
///
/// Conservative: the name must be name-like words (see `BylineDetector.splitNames`) not led by a
/// role word, the description must start with a role word (كاتب، أستاذة، باحث، رئيس ...) and
/// neither may hold sentence punctuation, so a closing sentence is never taken for a signature.
enum ClosingBylineDetector {
    /// Words that say who a writer is, as keys, bare and with the article.
    static let roleWords: Set<String> = {
        let words = [
            "كاتب", "كاتبة", "أستاذ", "أستاذة", "أكاديمي", "أكاديمية", "باحث", "باحثة", "صحفي", "صحفية",
            "صحافي", "صحافية", "إعلامي", "إعلامية", "محلل", "محللة", "خبير", "خبيرة", "رئيس", "رئيسة",
            "مدير", "مديرة", "أمين", "سفير", "سفيرة", "وزير", "وزيرة", "نائب", "نائبة", "عضو", "عضوة",
            "مستشار", "مستشارة", "محام", "محامي", "محامية", "روائي", "روائية", "شاعر", "شاعرة", "ناشط",
            "ناشطة", "طبيب", "طبيبة", "مهندس", "مهندسة", "أديب", "أديبة", "مفكر", "مفكرة", "دبلوماسي",
            "دبلوماسية", "متخصص", "متخصصة", "مختص", "مختصة", "استشاري", "استشارية", "مؤرخ", "مؤرخة",
            "محاضر", "محاضرة", "مراسل", "مراسلة", "ضابط", "لواء", "عميد",
        ]
        return Set(words.flatMap { [MatchKey.key($0), MatchKey.key("ال" + $0)] })
    }()

    /// The signature in the last one or two lines of the body (`last` is the last line, `previous`
    /// the line before it, if the body has one to spare). Returns the byline and how many lines
    /// it takes.
    static func detect(last: Span, previous: Span?, text: ArticleText, tokens: [Token]) -> (byline: Byline, lineCount: Int)? {
        let lastTokens = lineTokens(last, tokens: tokens)
        guard !lastTokens.isEmpty, lastTokens.count <= 16, !hasSentencePunctuation(lastTokens, text: text) else { return nil }
        // "NAME - description" or "د. NAME".
        if let authors = signedLine(lastTokens, text: text) {
            return (Byline(line: last, authors: authors), 1)
        }
        // "NAME" then "* description": the description alone says nothing of the name.
        if isDescription(dropMarks(lastTokens, text: text)) {
            // Unstarred, only a short description ("كاتب وباحث سياسي") follows a name line.
            let starred = text.scalars[lastTokens[0].span.start] == "*"
            if let previous, starred || lastTokens.count <= 8 {
                let nameTokens = lineTokens(previous, tokens: tokens)
                if nameTokens.count <= 8, !hasSentencePunctuation(nameTokens, text: text),
                   let authors = name(dropMarks(nameTokens, text: text), text: text, needsTitle: false) {
                    return (Byline(line: Span(start: previous.start, end: last.end), authors: authors), 2)
                }
            }
            // A star marks a writer's note ("* كاتب فلسطيني"): not body, though it names no one.
            if isWritersNote(last, text: text, tokens: tokens) { return (Byline(line: last, authors: []), 1) }
        }
        return nil
    }

    /// A last line "* كاتب فلسطيني": a note on who the writer is, under a byline or a signature;
    /// not body.
    static func isWritersNote(_ line: Span, text: ArticleText, tokens: [Token]) -> Bool {
        let t = lineTokens(line, tokens: tokens)
        guard let first = t.first, text.scalars[first.span.start] == "*", t.count <= 16,
              !hasSentencePunctuation(t, text: text) else { return false }
        return isDescription(dropMarks(t, text: text))
    }

    /// "د. ليلى بن عمر - أستاذة علم الاجتماع" (a name, a separator, a description led by a role
    /// word) or "د. ليلى بن عمر" (a title and a name).
    static func signedLine(_ tokens: [Token], text: ArticleText) -> [Author]? {
        let body = dropMarks(tokens, text: text)
        if let separator = body.firstIndex(where: { isSeparator($0, text: text) }), separator > 0 {
            let description = Array(body[(separator + 1)...])
            guard isDescription(description) else { return nil }
            return name(Array(body[..<separator]), text: text, needsTitle: false)
        }
        return name(body, text: text, needsTitle: true)
    }

    /// One name of two to six name-like words, behind an optional title (د.، الدكتور ...).
    static func name(_ tokens: [Token], text: ArticleText, needsTitle: Bool) -> [Author]? {
        guard let first = tokens.first else { return nil }
        let titled = BylineDetector.honorifics.contains(first)
        // "رئيس التحرير - ..." is a post, not a name; "السفير فلان" is a title before one.
        if roleWords.contains(first.key), !titled { return nil }
        if needsTitle, !titled { return nil }
        let names = BylineDetector.splitNames(tokens, text: text, maxWords: 6, minWords: 2)
        guard names.count == 1 else { return nil }
        return names.map { Author(name: text.slice($0), start: $0.start, end: $0.end, role: "author", cue: nil) }
    }

    /// A short description led by a role word ("كاتب وأكاديمي", "أستاذة علم الاجتماع بجامعة تونس").
    static func isDescription(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first, tokens.count <= 12, first.kind == .word else { return false }
        return roleWords.contains(first.key)
    }

    static func lineTokens(_ line: Span, tokens: [Token]) -> [Token] { Array(tokens[tokens.indices(within: line)]) }

    /// Leading stars and dashes ("* كاتب", "— سامي يوسف") and a final full stop.
    static func dropMarks(_ tokens: [Token], text: ArticleText) -> [Token] {
        var t = tokens[...]
        while let f = t.first, f.kind != .word, [0x2A, 0x2D, 0x2013, 0x2014].contains(text.scalars[f.span.start].value) { t = t.dropFirst() }
        if let l = t.last, l.kind != .word, text.scalars[l.span.start] == "." { t = t.dropLast() }
        return Array(t)
    }

    /// A dash, comma or bar between the name and the description.
    static func isSeparator(_ t: Token, text: ArticleText) -> Bool {
        guard t.kind != .word, t.kind != .number else { return false }
        return [0x2D, 0x2013, 0x2014, 0x060C, 0x2C, 0x7C].contains(text.scalars[t.span.start].value)
    }

    /// ؟ ! ؛ : or a full stop that does not close an abbreviated title or the line.
    static func hasSentencePunctuation(_ tokens: [Token], text: ArticleText) -> Bool {
        for (i, t) in tokens.enumerated() where t.kind != .word && t.kind != .number {
            let v = text.scalars[t.span.start].value
            if [0x061F, 0x3F, 0x21, 0x061B, 0x3B, 0x3A, 0xAB, 0xBB, 0x22, 0x201C, 0x201D].contains(v) { return true }
            if v == 0x2E, i > 0, i < tokens.count - 1,
               !(tokens[i - 1].keyScalars.count == 1 || BylineDetector.honorifics.contains(tokens[i - 1])) { return true }
        }
        return false
    }
}
