/// Finds who a reporting verb or an attribution (وفقاً لـ، بحسب) names as the speaker.
///
/// Arabic news puts the subject after the verb, often behind a title and a date word:
/// "قال أمس الرئيس الكازاخستاني قاسم جومارت توكاييف إن…". The subject window runs from the cue to
/// the first punctuation, complementiser or other cue (at most `windowLimit` tokens). A person
/// named in it wins (the title before the name is not the speaker), then an appositive person
/// right after a comma (بحسب رئيس كازاخستان، توكاييف،), then an organisation named first or after
/// organisation words only (وزارة الخارجية، وكالة رويترز), then a place named first (أعلنت روسيا).
/// Otherwise the window's leading noun phrase is the speaker, as text without an entity (باحثون
/// أوكرانيون، محكمة بريطانية، المتحدث باسم مجلس الوزراء). Names after ل are addressees (قال
/// لرويترز), names after في/من complete a phrase (مسؤول في الحلف). Headlines put the subject
/// first (روسيا تحذر من أن…): `subjectBefore` reads that order.
struct SpeakerResolver {
    static let windowLimit = 12
    static let phraseLimit = 5

    /// A resolved speaker, and the token after the subject (where the content search begins; past
    /// the closing comma of an appositive).
    struct Resolution {
        let speaker: Speaker
        let end: Int
        /// Whether the speaker was named in an appositive after a comma.
        let appositive: Bool
    }

    let context: ReportingContext

    /// The subject window after the cue at token `cue` (`start` is its first token).
    func window(after cue: Int, start: Int) -> Range<Int> {
        let tokens = context.tokens
        var j = start
        var skipped = 0
        while j < tokens.count, skipped < 4, context.sameSentence(cue, j),
              tokens[j].kind == .number || ReportingLexicon.adverbs.contains(hash: context.keyHash(j)) {
            j += 1; skipped += 1
        }
        let windowStart = j
        while j < tokens.count, j - windowStart < Self.windowLimit, context.sameSentence(cue, j) {
            // A name in quotation marks inside the subject is crossed: النائب عن تحالف ”دولة
            // القانون” كريم العبادي.
            if context.isPunctuation(j), j > windowStart, QuoteMarkPairing.family(context.text.scalars[tokens[j].span.start]) != nil {
                j += 1
                continue
            }
            if context.isPunctuation(j) || isComplementiserAhead(j) || isCue(j) { break }
            j += 1
        }
        return windowStart..<j
    }

    /// A complementiser at `t`, or a preposition followed by one (إلى أن، على أنه).
    func isComplementiserAhead(_ t: Int) -> Bool {
        let tokens = context.tokens
        if ReportingLexicon.complementisers.contains(hash: context.keyHash(t)) { return true }
        return t + 1 < tokens.count && ReportingLexicon.complementiserPrepositions.contains(hash: context.keyHash(t))
            && ReportingLexicon.complementisers.contains(hash: context.keyHash(t + 1))
    }

    func isCue(_ t: Int) -> Bool {
        if ReportingLexicon.verbs.contains(hash: context.keyHash(t)) { return true }
        let key = context.key(t), bare = ReportingLexicon.withoutConjunction(key)
        return bare.count < key.count && ReportingLexicon.verbs.contains(bare)
    }

    /// The speaker named in `window`, or nil when the window names none (then it is carried over).
    /// `attribution`: the window follows وفقاً لـ / بحسب, where ل is no addressee.
    /// `stripLam`: the cue governs ل (وفقاً لـ، طبقاً لـ), so the first word's ل is the cue's.
    func resolve(_ window: Range<Int>, attribution: Bool, stripLam: Bool = false) -> Resolution? {
        if let named = named(in: window, attribution: attribution) { return named }
        return phrase(in: window, attribution: attribution, stripLam: stripLam)
    }

    /// Whether the mention in token `t` follows a ل proclitic inside the token (لرويترز). With the
    /// article (للأمم المتحدة) ل is far more often a genitive (الأمين العام للأمم المتحدة).
    private func isAddressee(_ m: ReportingContext.Mention, in t: Int) -> Bool {
        let start = context.tokens[t].span.start
        return m.span.start > start && context.text.scalars[m.span.start - 1] == "\u{0644}"
            && !context.key(t).hasPrefix("لل")
    }

    private func named(in window: Range<Int>, attribution: Bool) -> Resolution? {
        var organisation: ReportingContext.Mention?
        for t in window {
            guard let m = context.person(at: t) ?? context.mentionAt[t] else { continue }
            if !attribution, isAddressee(m, in: t) { continue }
            // مسؤول في حلف شمال الأطلسي: a name after a preposition completes the speaker phrase.
            if t > window.lowerBound, ReportingLexicon.complementPrepositions.contains(hash: context.keyHash(t - 1)) { continue }
            switch context.kind(of: m) {
            case .person:
                // قال الوزير خلال لقائه نظيره الفرنسي …: a person after مع or a word with a pronoun
                // suffix is whom the subject met, not the subject.
                // (A first word with a pronoun is the subject's relation to someone named before:
                // ويقول ابنه الأكبر فلان، كتب صديقه الروائي فلان.)
                if window[(window.lowerBound + 1)..<max(window.lowerBound + 1, t)].contains(where: isObjectMarker) { continue }
                return Resolution(speaker: context.speaker(m), end: tokenAfter(m), appositive: false)
            case .organisation:
                // وزارة الخارجية، وكالة رويترز speak; المتحدث باسم مجلس الوزراء is a person of theirs.
                // After an attribution a document may stand first: بحسب تقرير ديوان المحاسبة.
                // (شركة "علم": the quotation mark around the name is crossed.)
                if organisation == nil, window[window.lowerBound..<t].allSatisfy({
                    (context.isPunctuation($0) && QuoteMarkPairing.family(context.text.scalars[context.tokens[$0].span.start]) != nil)
                        || ReportingLexicon.isOrganisationWord(context.key($0))
                        || (attribution && ReportingLexicon.documentWords.contains(ReportingLexicon.stem(context.key($0))))
                }) {
                    organisation = m
                }
            default: break
            }
        }
        // بحسب رئيس كازاخستان، توكاييف، : a person in apposition after the comma.
        let after = window.upperBound
        // (المدير الفني للأهلي، السويسري مارسيل هوبر،: a nationality may stand before the name.)
        let named = after + 2 < context.tokens.count && context.tokens[after + 1].kind == .word
            && context.mentionAt[after + 1] == nil && ReportingLexicon.hasArticle(context.key(after + 1))
            && ReportingLexicon.looksAdjectival(context.key(after + 1)) ? after + 2 : after + 1
        if context.isComma(after), named < context.tokens.count, context.sameSentence(after, named),
           let m = context.person(at: named) {
            var end = named
            while end < context.tokens.count, context.tokens[end].span.start < m.span.end { end += 1 }
            if context.isComma(end) { end += 1 }  // the comma closing the apposition
            return Resolution(speaker: context.speaker(m), end: end, appositive: true)
        }
        if let organisation {
            return Resolution(speaker: context.speaker(organisation), end: tokenAfter(organisation), appositive: false)
        }
        if let first = window.first, let m = context.mentionAt[first], context.kind(of: m) == .location {
            return Resolution(speaker: context.speaker(m), end: tokenAfter(m), appositive: false)
        }
        return nil
    }

    /// مع، or a word of four letters or more ending in a possessive pronoun (لقائه، استقبالها)
    /// outside any name.
    private func isObjectMarker(_ t: Int) -> Bool {
        guard context.tokens[t].kind == .word, context.mentionAt[t] == nil else { return false }
        let key = context.key(t)
        if key.matches("مع") { return true }
        // The original letters: the key writes ة as ه.
        let span = context.tokens[t].span
        let tail = context.text.scalars[max(span.start, span.end - 2)..<span.end].map(\.value)
        guard key.count >= 4, let last = tail.last else { return false }
        // (Not يه, اه: the nisba and nouns such as المياه.)
        return (last == 0x0647 && tail.first != 0x064A && tail.first != 0x0627) || tail == [0x0647, 0x0627] || tail == [0x0647, 0x0645]
    }

    /// The first token after a mention.
    private func tokenAfter(_ m: ReportingContext.Mention) -> Int {
        var t = ReportingContext.token(containing: m.span.start, in: context.tokens) ?? 0
        while t < context.tokens.count, context.tokens[t].span.start < m.span.end { t += 1 }
        return t
    }

    /// The leading noun phrase of the window, kept as text: up to `phraseLimit` words, stopping at
    /// separate prepositions, particles and relative pronouns, and at a definite word after a
    /// definite word unless it reads as an adjective ("وصف الوزير الاتفاق بأنه": the object
    /// الاتفاق is not part of the speaker; "المهاجرون الكازاخستانيون" and "رئيس الوزراء الياباني" are).
    private func phrase(in window: Range<Int>, attribution: Bool, stripLam: Bool) -> Resolution? {
        let tokens = context.tokens
        var end = window.lowerBound
        var previousDefinite = false
        var previousKey: KeyScalars?
        while end < window.upperBound, end - window.lowerBound < Self.phraseLimit, tokens[end].kind == .word {
            let key = context.key(end)
            // مسؤول في حلف شمال الأطلسي: a preposition followed by a name completes the phrase.
            let hash = context.keyHash(end)
            if end > window.lowerBound, ReportingLexicon.complementPrepositions.contains(hash: hash) {
                if end + 1 < window.upperBound, let m = context.mentionAt[end + 1] { end = min(tokenAfter(m), window.upperBound) }
                break
            }
            if ReportingLexicon.phraseBreakers.contains(hash: hash) || ReportingLexicon.adverbs.contains(hash: hash) { break }
            if ReportingLexicon.periodComplements.contains(hash: hash) { break }
            // المصادر نفسها: a reflexive closes the phrase it belongs to.
            if end > window.lowerBound, ReportingLexicon.reflexives.contains(hash: hash) { end += 1; break }
            if key.matches("ل") || key.matches("ب") { break }  // a lone لـ/بـ before a quoted name
            if !attribution {
                // The addressee: قال للصحفيين …، قال مسؤول لرويترز …
                if end == window.lowerBound, key.hasPrefix("لل") { break }
                if let m = context.mentionAt[end], isAddressee(m, in: end) { break }
            }
            // A name inside the phrase is taken whole (المتحدث باسم مجلس الوزراء المصري).
            if end > window.lowerBound, let m = context.mentionAt[end], context.kind(of: m) != .person {
                end = min(tokenAfter(m), window.upperBound)
                previousDefinite = true
                previousKey = context.key(end - 1)
                continue
            }
            let definite = ReportingLexicon.hasArticle(key)
            if end > window.lowerBound, !previousDefinite, definite, let previous = previousKey,
               previous.hasSuffix("ون") || previous.hasSuffix("ين") || ReportingLexicon.looksAdjectival(previous) {
                break  // محللون سياسيون التصريحات: no genitive after a plural or an adjective
            }
            if end > window.lowerBound, previousDefinite {
                // After a definite word: an adjective (الكازاخستانيون، السابق) or a prepositional
                // complement (المتحدث باسم …، السابق لجورجيا) continues it; another noun is the object.
                // A genitive with لل continues it too (البيان الختامي للاجتماع).
                if definite ? !(ReportingLexicon.looksAdjectival(key) || key.hasPrefix("لل")) : !(key.hasPrefix("ب") || key.hasPrefix("ل")) { break }
            }
            previousDefinite = definite
            previousKey = key
            end += 1
        }
        guard end > window.lowerBound else { return nil }
        var start = tokens[window.lowerBound].span.start
        if stripLam {
            let s = context.text.scalars
            if s[start] == "\u{0644}" { start += 1 }
            while start < tokens[window.lowerBound].span.end, s[start].value == 0x0640 { start += 1 }
            guard start < tokens[window.lowerBound].span.end || end > window.lowerBound + 1 else { return nil }
        }
        let span = context.text.trimmed(Span(start: start, end: tokens[end - 1].span.end))
        guard !span.isEmpty else { return nil }
        if end == window.lowerBound + 1, let antecedent = antecedent(ofHead: window.lowerBound) {
            // وأشارت الوزارة: the ministry named before.
            let entity = context.entities[antecedent.entity]
            let speaker = Speaker(name: entity.canonical, entity: entity.id, mention: TextSpan(span, in: context.text))
            return Resolution(speaker: speaker, end: end, appositive: false)
        }
        let speaker = Speaker(name: context.text.slice(span), entity: nil, mention: TextSpan(span, in: context.text))
        return Resolution(speaker: speaker, end: end, appositive: false)
    }

    /// How far back (in tokens) a definite head noun looks for the organisation it stands for.
    static let antecedentReach = 400

    /// The organisation a lone definite head noun at token `t` refers back to (الوزارة → وزارة
    /// التربية named before): the nearest earlier organisation mention whose first word has the same
    /// stem.
    func antecedent(ofHead t: Int) -> ReportingContext.Mention? {
        let key = context.key(t)
        guard ReportingLexicon.hasArticle(key), ReportingLexicon.organisationCues.contains(ReportingLexicon.stem(key)) else { return nil }
        let head = ReportingLexicon.stem(key)
        var j = t - 1
        while j >= 0, t - j <= Self.antecedentReach {
            // (The head as written, or without a proclitic: وزارة keeps its root و.)
            if let m = context.mentionAt[j], context.kind(of: m) == .organisation,
               context.key(j) == head || ReportingLexicon.stem(context.key(j)) == head {
                return m
            }
            j -= 1
        }
        return nil
    }

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

    /// The nearest person named before token `t`, in its sentence or the one before (the antecedent
    /// of "قال إنه" when no earlier speaker is known). Looks back at most 60 tokens.
    /// The first person named in the sentence of token `t`, before it (at most 40 tokens back).
    func firstPerson(inSentenceBefore t: Int) -> Speaker? {
        var j = t - 1
        var first: Speaker?
        while j >= max(0, t - 40), context.sentenceOf[j] == context.sentenceOf[t] {
            if let m = context.mentionAt[j], context.kind(of: m) == .person { first = context.speaker(m) }
            j -= 1
        }
        return first
    }

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
