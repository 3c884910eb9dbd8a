/// A byline: the line that names the article's authors, and the authors in it.
public struct Byline: Sendable, Equatable {
    /// The whole line.
    public let line: Span
    public let authors: [Author]
}

/// Finds bylines: a line led by a role word (بقلم، كتب، حوار، إعداد، ترجمة، تقرير، مراسل، by ...)
/// followed by one or more names, or a bare short line of name-like words right after the title.
public enum BylineDetector {
    /// Role words as sequences of token key hashes, with the role they give the names after them.
    static let cues: [(words: [UInt64], role: String)] = {
        let table: [(String, String)] = [
            ("بقلم", "author"), ("كتب", "author"), ("كتبت", "author"), ("كتبه", "author"), ("كتبها", "author"),
            ("حوار", "interviewer"), ("حاوره", "interviewer"), ("حاورها", "interviewer"),
            ("أجرى الحوار", "interviewer"), ("أجرت الحوار", "interviewer"), ("أجرى اللقاء", "interviewer"),
            ("إعداد", "editor"), ("تحرير", "editor"), ("متابعة", "editor"),
            ("ترجمة", "translator"), ("ترجمه", "translator"), ("تعريب", "translator"),
            ("تقرير", "correspondent"), ("مراسل", "correspondent"), ("مراسلة", "correspondent"),
            ("by", "author"), ("written by", "author"), ("interview by", "interviewer"),
            ("translated by", "translator"), ("edited by", "editor"), ("reported by", "correspondent"),
        ]
        return table.map { (MatchKey.key($0.0).split(separator: " ").map { KeyHash.of(key: String($0)) }, $0.1) }
            .sorted { $0.words.count > $1.words.count }
    }()

    /// Words a name never is: prepositions, pronouns, particles and common verbs. A line with one of
    /// these is a sentence, not a bare byline.
    static let nonNameWords = KeySet([
        // على is left out: its key is the key of the name علي.
        "في", "من", "إلى", "عن", "أن", "إن", "لا", "ما", "لم", "لن", "قد", "هذا", "هذه", "ذلك", "تلك",
        "التي", "الذي", "الذين", "هو", "هي", "هم", "نحن", "مع", "كان", "كانت", "ثم", "أو", "بعد", "قبل",
        "حول", "بين", "عند", "كل", "قال", "قالت", "يقول", "أكد", "أعلن", "ليس", "كيف", "لماذا", "متى", "هل",
        "أين", "يجب", "حتى", "منذ", "خلال", "ضد", "عبر", "بين", "غير", "لدى", "فقط", "أيضا", "جدا",
        "the", "a", "an", "of", "in", "on", "to", "is", "and", "for", "with", "how", "why", "what",
    ])

    /// Words inside long Arabic names.
    static let nameParticles = KeySet(["بن", "ابن", "بنت", "عبد", "آل", "أبو", "أبي", "أم", "ولد"])

    /// Titles before a name, not part of it (د. is handled as a one-letter abbreviation).
    static let honorifics = KeySet([
        "الدكتور", "الدكتورة", "د", "الأستاذ", "الأستاذة", "أ", "المهندس", "الشيخ", "السيد", "السيدة",
        // Professions and ranks opinion bylines put before the name (بقلم الكاتب …، بقلم: السفير …).
        "الكاتب", "الكاتبة", "الصحفي", "الصحفية", "الصحافي", "الصحافية", "الإعلامي", "الإعلامية", "الباحث",
        "الباحثة", "المحلل", "المحامي", "المحامية", "المستشار", "السفير", "اللواء", "العميد", "المهندسة",
        "dr", "prof", "mr", "mrs", "ms",
    ])

    /// A byline among the first lines after the title (`candidates` are line indices to try,
    /// in order); `bareAllowed` says which of them may be a bare name line.
    static func detect(lines: [Span], candidates: [Int], bareAllowed: Set<Int>,
                       text: ArticleText, tokens: [Token]) -> (lineIndex: Int, byline: Byline)? {
        for index in candidates where index < lines.count {
            let line = text.trimmed(lines[index])
            if line.isEmpty { continue }
            let range = tokens.indices(within: line)
            if range.isEmpty || range.count > 16 { continue }
            if let authors = cued(Array(tokens[range]), text: text), !authors.isEmpty {
                return (index, Byline(line: line, authors: authors))
            }
            if bareAllowed.contains(index), let author = bare(Array(tokens[range]), text: text) {
                return (index, Byline(line: line, authors: author))
            }
        }
        return nil
    }

    /// "بقلم: فلان الفلاني وفلانة" and the like.
    static func cued(_ tokens: [Token], text: ArticleText) -> [Author]? {
        for cue in cues {
            guard tokens.count > cue.words.count else { continue }
            var matches = true
            for (k, w) in cue.words.enumerated() where tokens[k].keyHash != w { matches = false; break }
            if !matches { continue }
            let cueText = text.slice(Span(start: tokens[0].span.start, end: tokens[cue.words.count - 1].span.end))
            var rest = Array(tokens[cue.words.count...])
            while let first = rest.first, first.kind == .punctuation || first.kind == .symbol { rest.removeFirst() }
            let names = splitNames(rest, text: text, maxWords: 5, minWords: 2)
            if names.isEmpty { return nil }
            return names.map { Author(name: text.slice($0), start: $0.start, end: $0.end, role: cue.role, cue: cueText) }
        }
        return nil
    }

    /// A short line of 2-4 name-like words, possibly several names joined by و or ،.
    static func bare(_ tokens: [Token], text: ArticleText) -> [Author]? {
        guard tokens.count >= 2, tokens.count <= 12 else { return nil }
        // A role word with no name after it ("ترجمة ونشر") is not a bare name either.
        let firstKey = tokens[0].keyHash
        if cues.contains(where: { $0.words[0] == firstKey }) { return nil }
        for (k, t) in tokens.enumerated() where t.kind != .word {
            // Only separators between names may appear; sentence punctuation means a sentence.
            let v = text.scalars[t.span.start].value
            // A full stop only after an abbreviated title ("د."): "انطلقت أعمال المؤتمر." is a sentence.
            if v == 0x2E, k == 0 || !(tokens[k - 1].keyScalars.count == 1 || honorifics.contains(tokens[k - 1])) { return nil }
            // A dash, bar or slash may follow the names ("سمر سامي - دمشق"): splitNames stops there.
            // A colon only after a dateline's place ("الجزائر: سمير بوعلام").
            if v == 0x3A, (1...2).contains(k) { continue }
            if !(v == 0x060C || v == 0x2C || v == 0x26 || v == 0x2E || v == 0x2D || v == 0x2013 || v == 0x7C || v == 0x2F) { return nil }
        }
        // Up to six words when a name particle is among them (محمد بن عبد الله آل سعود).
        let hasParticle = tokens.contains { nameParticles.contains($0) }
        var names = splitNames(tokens, text: text, maxWords: hasParticle ? 6 : 4, minWords: 2)
        // "القاهرة - محمد علي", "الجزائر: سمير بوعلام": a place of one or two words, a dash or a
        // colon, then the names (a dateline-byline: the names are the author).
        if names.isEmpty, let dash = tokens.firstIndex(where: { $0.kind != .word }), (1...2).contains(dash),
           [0x2D, 0x2013, 0x3A].contains(text.scalars[tokens[dash].span.start].value), dash + 2 < tokens.count,
           tokens[..<dash].allSatisfy({ isNameLike($0, text: text) && !nonNameWords.contains($0) }) {
            names = splitNames(Array(tokens[(dash + 1)...]), text: text, maxWords: hasParticle ? 6 : 4, minWords: 2)
        }
        guard !names.isEmpty else { return nil }
        return names.map { Author(name: text.slice($0), start: $0.start, end: $0.end, role: "author", cue: nil) }
    }

    /// Splits a run of tokens into name spans at ، , & "and" and a و that starts a new name. Stops
    /// at a dash, bar, slash or parenthesis (what follows is a place, an agency or a job).
    /// Returns nothing when any part is not name-like.
    static func splitNames(_ tokens: [Token], text: ArticleText, maxWords: Int, minWords: Int) -> [Span] {
        var names: [Span] = []
        var current: [Span] = []
        func close() -> Bool {
            if current.isEmpty { return true }
            guard current.count >= minWords, current.count <= maxWords else { return false }
            names.append(Span(start: current.first!.start, end: current.last!.end))
            current = []
            return true
        }
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .punctuation || t.kind == .symbol {
                let v = text.scalars[t.span.start].value
                if v == 0x060C || v == 0x2C || v == 0x26 { if !close() { return [] }; i += 1; continue }
                if v == 0x2E, i > 0, tokens[i - 1].kind == .word, t.span.start == tokens[i - 1].span.end,
                   tokens[i - 1].keyScalars.count == 1 || honorifics.contains(tokens[i - 1]) {
                    // "د." before a name: an abbreviated title, not part of the name.
                    if current.last == tokens[i - 1].span { current.removeLast() }
                    i += 1; continue
                }
                break  // - | / ( : what follows is not a name
            }
            guard t.kind == .word else { return [] }
            let key = t.keyScalars
            if key.matches("and") || key.matches("و") { if !close() { return [] }; i += 1; continue }
            if current.isEmpty, honorifics.contains(t) { i += 1; continue }
            if nonNameWords.contains(t) { return [] }
            if !isNameLike(t, text: text) { return [] }
            // "ومحمد": a و glued to a word that starts a new name once the current name is complete,
            // or right after a separator ("، وسارة").
            if current.count >= minWords || (current.isEmpty && !names.isEmpty),
               key.first == "\u{0648}", key.count > 3 {
                if !close() { return [] }
                current.append(Span(start: t.span.start + 1, end: t.span.end))
                i += 1; continue
            }
            current.append(t.span)
            i += 1
        }
        if !close() { return [] }
        if names.isEmpty { return [] }
        // The first word of a bare name is a given name: given names do not take the article.
        for n in names where text.scalars[n.start] == "\u{0627}" && n.length > 2 && text.scalars[n.start + 1] == "\u{0644}" && minWords >= 2 {
            return []
        }
        return names
    }

    static func isNameLike(_ t: Token, text: ArticleText) -> Bool {
        let n = t.keyScalars.count
        guard n >= 2, n <= 16 else { return false }
        var latin = false
        for s in t.keyScalars {
            let v = s.value
            if v >= 0x0621 && v <= 0x064A { continue }
            if (v >= 0x61 && v <= 0x7A) || v == 0x2D || v == 0x27 { latin = true; continue }
            return false
        }
        // Latin names are capitalised in the original.
        if latin { return text.scalars[t.span.start].properties.isUppercase }
        return true
    }
}
