/// Speakers and contents of English reported speech, so an English article's quotations and
/// statements get speakers too ("X said that …", "… said the minister", “…,” she said).
///
/// English puts the subject before the verb, or after it when the verb follows a quotation
/// (inversion). A pronoun subject (he, she, they) is the previous speaker.
struct EnglishReporting {
    /// Verbs of saying, in the forms news prose uses.
    static let verbForms = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "wrote", "writes",
        "warned", "warns", "noted", "notes", "explained", "explains", "announced", "announces", "claimed",
        "claims", "argued", "argues", "insisted", "insists", "stressed", "stresses", "replied", "acknowledged",
        "admitted", "admits", "denied", "denies", "confirmed", "confirms", "declared", "tweeted", "recalled",
    ]
    static let pronouns = KeySet(["he", "she", "they", "we", "i", "it"])
    /// Words between a subject and its verb that are not the subject (she also said, he has said).
    static let adverbs = KeySet(["also", "later", "then", "previously", "earlier", "again", "has", "have", "had", "once", "recently"])
    /// Words a subject phrase does not reach back across.
    static let boundaries = KeySet([
        "that", "and", "but", "which", "who", "when", "while", "as", "if", "because", "where", "after", "before",
    ])
    /// Words an inverted subject phrase stops at (… said the minister on Tuesday).
    static let phraseEnds = KeySet(["on", "in", "at", "that", "to", "during", "after", "before", "when", "while"])

    static let subjectLimit = 6

    let context: ReportingContext

    /// The speaker of the verb at `t` and the token after verb and subject; `last` is the previous speaker.
    func speaker(at t: Int, last: Speaker?) -> (speaker: Speaker?, end: Int) {
        let tokens = context.tokens
        // Inversion after a quotation or a comma: “…,” said the minister.
        if t > 0, context.isPunctuation(t - 1) {
            var end = t + 1
            while end < tokens.count, end - t <= Self.subjectLimit, context.sameSentence(t, end), tokens[end].kind == .word,
                  !Self.phraseEnds.contains(hash: context.keyHash(end)) { end += 1 }
            if end > t + 1 { return (phraseSpeaker(t + 1..<end, last: last), end) }
        }
        var j = t - 1
        while j >= 0, t - j <= 2, tokens[j].kind == .word, Self.adverbs.contains(hash: context.keyHash(j)) { j -= 1 }
        var start = j + 1
        while start > 0, j - start + 1 < Self.subjectLimit, context.sameSentence(t, start - 1), tokens[start - 1].kind == .word,
              !Self.boundaries.contains(hash: context.keyHash(start - 1)) { start -= 1 }
        guard start <= j else { return (nil, t + 1) }
        return (phraseSpeaker(start..<(j + 1), last: last), t + 1)
    }

    /// A subject phrase as a speaker: a person or organisation named in it, the previous speaker
    /// for a pronoun, or the phrase as text.
    private func phraseSpeaker(_ range: Range<Int>, last: Speaker?) -> Speaker? {
        if range.count == 1, Self.pronouns.contains(hash: context.keyHash(range.lowerBound)) { return last }
        for t in range {
            if let m = context.person(at: t) { return context.speaker(m) }
            if let m = context.mentionAt[t], context.kind(of: m) == .organisation { return context.speaker(m) }
        }
        let span = Span(start: context.tokens[range.lowerBound].span.start, end: context.tokens[range.upperBound - 1].span.end)
        return Speaker(name: context.text.slice(span), entity: nil, mention: TextSpan(span, in: context.text))
    }

    /// Where what was said begins after the verb: after "that", a colon, or at an opening quote,
    /// within a few words ("said on Tuesday that …").
    func contentStart(after start: Int, cue t: Int) -> Int? {
        var j = start
        while j < context.tokens.count, j - start <= 6, context.sameSentence(t, j) {
            let key = context.key(j)
            if key.matches("that") || key.matches(":") { return j + 1 }
            if context.isPunctuation(j) {
                return QuoteMarkPairing.family(context.text.scalars[context.tokens[j].span.start]) != nil ? j : nil
            }
            j += 1
        }
        return nil
    }
}
