/// Where the speaker is when the verb names none after it: the subject before the verb (headlines,
/// وكان X قد أعلن، an unnamed source after لكن), the subject after the sentence's opening verb
/// (وختم الوزير حديثه بالقول), the person who is the sentence's subject (طالب النائب فلان …، وقال
/// إن), or the nearest person named before. `StatementFinder` tries them in its order, before and
/// after carrying over the previous speaker.
extension SpeakerResolver {
    /// The subject before the verb, as headlines and "وكان X قد أعلن" put it: a name ending at most
    /// two tokens (قد، كان) before the verb, in its sentence.
    func subjectBefore(_ t: Int) -> Resolution? {
        var j = t - 1
        while j >= 0, t - j <= 3, context.sameSentence(t, j), !context.isPunctuation(j) {
            if ReportingLexicon.auxiliaries.contains(hash: context.keyHash(j)) { j -= 1; continue }
            // The mention that ends in token j, unless a preposition governs it (وفي بيروت قال…).
            var k = j
            while k >= 0, j - k < 6, context.sameSentence(t, k) {
                if let m = context.mentionAt[k], m.span.end == context.tokens[j].span.end,
                   context.kind(of: m) != .other {
                    let governed = m.span.start > context.tokens[k].span.start
                        || (k > 0 && ReportingLexicon.phraseBreakers.contains(ReportingLexicon.withoutConjunction(context.key(k - 1))))
                    return governed ? nil : Resolution(speaker: context.speaker(m), end: t + 1, appositive: false)
                }
                k -= 1
            }
            return nil
        }
        return nil
    }

    /// The subject after the verb that opens the sentence of token `t` (a word with و or ف, no
    /// preposition: وختم الوزير حديثه بالقول، واستقبل المحافظ الوفد مؤكداً), within eight tokens
    /// before `t`; a place is no such subject (وفي بيروت، …).
    func openingSubject(before t: Int) -> Resolution? {
        let s = context.sentences[context.sentenceOf[t]]
        let first = context.firstToken(atOrAfter: s.start)
        guard first + 1 < t, t - first <= 8, context.tokens[first].kind == .word else { return nil }
        let key = context.key(first), bare = ReportingLexicon.withoutConjunction(key)
        guard bare.count < key.count, !ReportingLexicon.phraseBreakers.contains(bare), !ReportingLexicon.circumstanceHeads.contains(bare),
              !ReportingLexicon.auxiliaries.contains(hash: context.keyHash(first)), context.mentionAt[first] == nil,
              !isCue(first) else { return nil }
        let opening = self.window(after: first, start: first + 1)
        let window = opening.lowerBound..<min(opening.upperBound, t)
        guard !window.isEmpty, let subject = resolve(window, attribution: false) else { return nil }
        if let m = context.mentionAt[window.lowerBound], context.kind(of: m) == .location { return nil }
        return Resolution(speaker: subject.speaker, end: t + 1, appositive: false)
    }

    /// An unnamed source before its verb, opening its clause (after punctuation, the sentence
    /// start or لكن، بينما، فيما …): "لكن مصادر مقربة من مكتبه قالت إنه …". The head must be a
    /// word for a source (مصادر، مسؤول، شهود …) and the subject at most `phraseLimit` + 3 tokens.
    func unnamedSubjectBefore(_ t: Int) -> Resolution? {
        var j = t - 1
        while j >= 0, context.sameSentence(t, j), !context.isPunctuation(j),
              !ReportingLexicon.clauseOpeners.contains(hash: context.keyHash(j)) {
            if t - j > Self.phraseLimit + 3 { return nil }
            j -= 1
        }
        let head = j + 1
        guard head < t, context.tokens[head].kind == .word, context.mentionAt[head] == nil,
              ReportingLexicon.sourceNouns.contains(ReportingLexicon.stem(context.key(head)))
                || (context.key(head).last == "\u{0627}" && ReportingLexicon.sourceNouns.contains(context.key(head).dropLast()))
        else { return nil }
        guard let subject = phrase(in: head..<t, attribution: false, stripLam: false) else { return nil }
        return Resolution(speaker: subject.speaker, end: t + 1, appositive: false)
    }

    /// The first person named in the sentence of token `t`, before it (at most 40 tokens back).
    func firstPerson(inSentenceBefore t: Int) -> Speaker? {
        var j = t - 1
        var first: ReportingContext.Mention?
        while j >= max(0, t - 40), context.sentenceOf[j] == context.sentenceOf[t] {
            if let m = context.mentionAt[j], context.kind(of: m) == .person { first = m }
            j -= 1
        }
        guard let first else { return nil }
        return context.speaker(first)
    }

    /// The person who is the subject of the sentence of token `t`, named before it: the first
    /// person mention in the sentence (at most 40 tokens back) that no preposition, ل/ب proclitic or
    /// object word since the last comma governs. "طالب رئيس اللجنة النائب فلان الحكومة بـ…، وقال
    /// لـ«الغد» إن": the verb without a subject of its own says what its sentence's subject says.
    /// The search stops at a contrasting clause (لكن، بل، بينما): a person before it is another
    /// clause's subject (not at حين قالت, a time clause of the same subject). A person right before
    /// الذي is the relative verb's subject (أنان الذي قال إنه …).
    func sentenceSubject(before t: Int) -> Speaker? {
        if t >= 2, ReportingLexicon.relativePronouns.contains(hash: context.keyHash(t - 1)), context.sameSentence(t - 2, t) {
            var k = t - 2
            while k >= 0, t - 2 - k < 4 {
                if let m = context.mentionAt[k], context.kind(of: m) == .person, m.span.end == context.tokens[t - 2].span.end {
                    return context.speaker(m)
                }
                k -= 1
            }
        }
        var j = t - 1
        var subject: ReportingContext.Mention?  // (the Speaker, with its strings, is built once at the end)
        while j >= max(0, t - 40), context.sentenceOf[j] == context.sentenceOf[t] {
            if ReportingLexicon.contrastOpeners.contains(hash: context.keyHash(j)) { break }
            if let m = context.mentionAt[j], context.kind(of: m) == .person, !isGoverned(m, at: j) { subject = m }
            j -= 1
        }
        guard let subject else { return organisationSubject(before: t) ?? previousSentenceSubject(before: t) }
        return context.speaker(subject)
    }

    /// The organisation that is the subject of the sentence of token `t`, for a feminine past verb
    /// (…ت: قالت، أضافت) without a subject of its own, when no person is: a name opening on a
    /// feminine head (حركة، وزارة، هيئة) that no preposition governs agrees with the verb, as a male
    /// speaker of an earlier sentence does not ("انتقدت حركة … آلية التوزيع، وقالت في بيان إن").
    func organisationSubject(before t: Int) -> Speaker? {
        guard context.tokens[t].kind == .word, context.key(t).last == "\u{062A}" else { return nil }
        var j = t - 1
        var subject: ReportingContext.Mention?
        while j >= max(0, t - 40), context.sentenceOf[j] == context.sentenceOf[t] {
            if ReportingLexicon.contrastOpeners.contains(hash: context.keyHash(j)) { break }
            if let m = context.mentionAt[j], context.kind(of: m) == .organisation, m.span.start >= context.tokens[j].span.start,
               context.text.scalars[context.tokens[j].span.end - 1] == "\u{0629}", !isGoverned(m, at: j) { subject = m }
            j -= 1
        }
        return subject.map(context.speaker)
    }

    /// `isGoverned`, for the previous sentence's subject (SpeakerResolver+RoleApposition).
    func isGovernedSubject(_ m: ReportingContext.Mention, at j: Int) -> Bool { isGoverned(m, at: j) }

    /// Whether the mention at token `j` is governed: a proclitic ل/ب on it, a preposition before it,
    /// or an object word (مع، لقائه) between the last comma or the sentence start and it.
    private func isGoverned(_ m: ReportingContext.Mention, at j: Int) -> Bool {
        let start = context.tokens[j].span.start
        if m.span.start > start {
            let c = context.text.scalars[m.span.start - 1]
            if c == "\u{0644}" || c == "\u{0628}" { return true }
        }
        var k = j - 1
        if k >= 0, context.tokens[k].kind == .word,
           ReportingLexicon.phraseBreakers.contains(hash: context.keyHash(k)) || ReportingLexicon.complementPrepositions.contains(hash: context.keyHash(k)) {
            return true
        }
        while k >= 0, context.sameSentence(k, j), !context.isPunctuation(k) {
            // وسيضم المتحف تمثالاً للرحالة فلان: a name after an accusative belongs to the object.
            if isObjectMarker(k) || isAccusative(k) || j - k > Self.subjectReach { return true }
            k -= 1
        }
        return false
    }

    /// How far (in tokens) from its clause's start a person may stand to be its subject.
    static let subjectReach = 8

    /// The nearest person named before token `t`, in its sentence or the one before (the antecedent
    /// of "قال إنه" when no earlier speaker is known). Looks back at most 60 tokens.
    func nearestPerson(before t: Int) -> Speaker? {
        var j = t - 1
        let floor = max(0, t - 60)
        while j >= floor, context.sentenceOf[t] - context.sentenceOf[j] <= 1 {
            if let m = context.mentionAt[j], context.kind(of: m) == .person { return context.speaker(m) }
            j -= 1
        }
        return nil
    }
}
