/// Speakers named after their role (session entfix): a role phrase whose person follows it in
/// apposition past an acronym and a place (قالت مديرة شؤون الوكالة (أونروا) في القطاع، فلانة،
/// إن …), and a verb of saying that opens its sentence after a sentence whose subject is a person
/// (وقفت سعاد، وهي معلمة …. وقالت: «…»).
extension SpeakerResolver {
    /// The comma before a person in apposition to a role phrase that ended at `end` (the window's
    /// end): past a parenthesised acronym and a short prepositional phrase (في القطاع، لدى
    /// الوزارة), at most eight tokens, no complementiser, cue or other punctuation between. Only
    /// when the window opens on a title or role word (مدير، مديرة، رئيس، المتحدث …).
    func roleAppositionComma(window: Range<Int>) -> Int? {
        let tokens = context.tokens
        guard let first = window.first, tokens[first].kind == .word,
              Self.roleWords.contains(hash: context.keyHash(first)) || ReportingLexicon.personTitles.contains(hash: context.keyHash(first))
        else { return nil }
        var j = window.upperBound
        var parenthesis = false, inside = false
        while j < tokens.count, j - window.upperBound <= 8, context.sameSentence(first, j) {
            if context.isComma(j) { return !inside && (parenthesis || j > window.upperBound) ? j : nil }
            if context.isPunctuation(j) {
                let c = context.text.scalars[tokens[j].span.start]
                if c == "(", !parenthesis { parenthesis = true; inside = true; j += 1; continue }
                if c == ")", inside { inside = false; j += 1; continue }
                return nil
            }
            // (The acronym is a name, whatever its letters: أونروا is no verb in وا.)
            if inside || context.mentionAt[j] != nil { j += 1; continue }
            if isComplementiserAhead(j) || isCue(j) || ReportingLexicon.looksVerbal(context.key(j)) { return nil }
            j += 1
        }
        return nil
    }

    /// The subject of the sentence before `t` when the verb at `t` opens its sentence, is a plain
    /// verb of saying (قال، قالت; not أضاف "added", which continues the last speaker) and its own
    /// sentence names nobody before it: the first person of that sentence that nothing governs
    /// (وقفت سعاد، وهي معلمة …), in the same paragraph.
    func previousSentenceSubject(before t: Int) -> Speaker? {
        let s = context.sentenceOf[t]
        guard s > 0, context.firstToken(atOrAfter: context.sentences[s].start) == t,
              Self.plainSayings.contains(hash: context.keyHash(t)) else { return nil }
        let previous = context.sentences[s - 1], current = context.sentences[s]
        guard previous.end <= current.start,
              !context.text.scalars[previous.end..<current.start].contains(where: { $0 == "\n" || $0 == "\r" }) else { return nil }
        var j = context.firstToken(atOrAfter: previous.start)
        while j < t, context.sentenceOf[j] == s - 1 {
            if let m = context.mentionAt[j], context.kind(of: m) == .person {
                return isGovernedSubject(m, at: j) ? nil : context.speaker(m)
            }
            j += 1
        }
        return nil
    }

    /// Roles that open a speaker phrase naming its holder after it (مديرة شؤون الوكالة …، فلانة).
    static let roleWords = KeySet([
        "مدير", "مديرة", "المدير", "المديرة", "رئيس", "رئيسة", "الرئيس", "الرئيسة", "المتحدث", "المتحدثة", "متحدث",
        "متحدثة", "الناطق", "الناطقة", "وزير", "وزيرة", "الوزير", "الوزيرة", "الأمين", "أمين", "نائب", "نائبة",
        "ممثل", "ممثلة", "منسق", "منسقة", "المنسق", "المنسقة", "سفير", "سفيرة", "مبعوث", "مبعوثة", "المبعوث", "مستشار",
        "مستشارة", "قائد", "محافظ", "عضو", "عضوة", "رئيسة", "مسؤول", "مسؤولة", "المسؤول", "المسؤولة",
    ])

    /// قال، قالت، وقال، وقالت، فقال، فقالت.
    static let plainSayings = KeySet(["قال", "قالت", "وقال", "وقالت", "فقال", "فقالت"])
}
