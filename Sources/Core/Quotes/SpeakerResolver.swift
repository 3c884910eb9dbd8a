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
/// لرويترز), names after في/من complete a phrase (مسؤول في الحلف). An addressee right after the
/// verb (قال لي، قال لـ«الغد») is crossed before the subject; a name the entity layer missed after
/// a title or a nationality (النائب فلان، مدرب الفريق البرتغالي فلان) is the speaker as text; a
/// kunya (أم خالد) is the speaker as written. When no subject follows the verb, the rules of
/// SpeakerResolver+SentenceSubject look elsewhere (headlines: روسيا تحذر من أن…).
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
    /// `addressees`: whom the verb speaks to (قال لي، قال لـ«الغد»، قال لرويترز) stands before the
    /// subject and is crossed; an attribution passes false (وفقاً لرويترز names its source).
    func window(after cue: Int, start: Int, addressees: Bool = true) -> Range<Int> {
        let tokens = context.tokens
        var j = start
        var skipped = 0
        let adverbs = ReportingLexicon.adverbs, resumptives = ReportingLexicon.resumptivePrepositions
        while j < tokens.count, skipped < 4, context.sameSentence(cue, j) {
            if tokens[j].kind == .number || adverbs.contains(hash: context.keyHash(j)) || resumptives.contains(hash: context.keyHash(j)) {
                j += 1; skipped += 1
            } else if addressees, let next = addresseeEnd(at: j, cue: cue) {
                j = next; skipped += 1
            } else {
                break
            }
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

    /// عدم ذكر اسمه، دون الكشف: a verbal noun after عدم / دون is no verb of saying.
    func isNegatedNoun(_ t: Int) -> Bool {
        t > 0 && ReportingLexicon.negatingNouns.contains(hash: context.keyHash(t - 1))
    }

    /// The token after an addressee starting at `t`: a pronoun with ل (لي، لنا، له), a lone ل
    /// before a quoted name (لـ«الغد»), or a name written with ل (لرويترز).
    private func addresseeEnd(at t: Int, cue: Int) -> Int? {
        let tokens = context.tokens
        guard tokens[t].kind == .word else { return nil }
        if ReportingLexicon.addresseePronouns.contains(hash: context.keyHash(t)) {
            // (Not the first word of a longer name: قال لي جيه ميونغ.)
            if let m = context.mentionAt[t], m.span.end > tokens[t].span.end { return nil }
            return t + 1
        }
        let key = context.key(t)
        if key.matches("ل"), t + 1 < tokens.count, context.isPunctuation(t + 1),
           QuoteMarkPairing.family(context.text.scalars[tokens[t + 1].span.start]) != nil {
            var k = t + 2
            while k < tokens.count, k - t <= 6, context.sameSentence(cue, k) {
                if context.isPunctuation(k) {
                    return QuoteMarkPairing.family(context.text.scalars[tokens[k].span.start]) != nil && k > t + 2 ? k + 1 : nil
                }
                k += 1
            }
            return nil
        }
        if let m = context.mentionAt[t], context.kind(of: m) != .person, isAddressee(m, in: t) { return tokenAfter(m) }
        return nil
    }

    /// A complementiser at `t`, or a preposition followed by one (إلى أن، على أنه).
    func isComplementiserAhead(_ t: Int) -> Bool {
        let tokens = context.tokens
        if ReportingLexicon.complementisers.contains(hash: context.keyHash(t)) { return true }
        return t + 1 < tokens.count && ReportingLexicon.complementiserPrepositions.contains(hash: context.keyHash(t))
            && ReportingLexicon.complementisers.contains(hash: context.keyHash(t + 1))
    }

    /// A verb of saying, as written or after و/ف, that is no negated noun.
    func isCue(_ t: Int) -> Bool {
        ReportingLexicon.tokenVerbs.contains(hash: context.keyHash(t)) && !isNegatedNoun(t)
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
                if let kunya = kunya(before: m, at: t) { return Resolution(speaker: kunya, end: tokenAfter(m), appositive: false) }
                return Resolution(speaker: context.speaker(m), end: tokenAfter(m), appositive: false)
            case .organisation:
                // وزارة الخارجية، وكالة رويترز speak; المتحدث باسم مجلس الوزراء is a person of theirs.
                // After an attribution a document may stand first: بحسب تقرير ديوان المحاسبة.
                // (شركة "علم": the quotation mark around the name is crossed.)
                if organisation == nil, window[window.lowerBound..<t].allSatisfy({
                    (context.isPunctuation($0) && QuoteMarkPairing.family(context.text.scalars[context.tokens[$0].span.start]) != nil)
                        || ReportingLexicon.isOrganisationWord(context.key($0))
                        || (attribution && ReportingLexicon.isDocumentWord(context.key($0)))
                }) {
                    organisation = m
                }
            default: break
            }
        }
        // بحسب رئيس كازاخستان، توكاييف، : a person in apposition after the comma (also past an
        // acronym and a place: مديرة شؤون الوكالة (أونروا) في القطاع، فلانة،).
        let after = roleAppositionComma(window: window) ?? window.upperBound
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

    /// أم خالد where the entity layer named only خالد: the speaker is the mother (or father) called
    /// after the child, written as in the text, not the child's entity.
    private func kunya(before m: ReportingContext.Mention, at t: Int) -> Speaker? {
        guard t > 0, m.span.start == context.tokens[t].span.start, context.tokens[t - 1].kind == .word,
              ReportingLexicon.kunyaWords.contains(hash: context.keyHash(t - 1)) else { return nil }
        let span = Span(start: context.tokens[t - 1].span.start, end: m.span.end)
        return Speaker(name: context.text.slice(span), entity: nil, mention: TextSpan(span, in: context.text))
    }

    /// مع، or a word of four letters or more ending in a possessive pronoun (لقائه، استقبالها)
    /// outside any name.
    func isObjectMarker(_ t: Int) -> Bool {
        guard context.tokens[t].kind == .word, context.mentionAt[t] == nil else { return false }
        let key = context.key(t)
        if key.matches("مع") { return !isInsideMention(t) }
        // The original letters: the key writes ة as ه.
        let span = context.tokens[t].span
        guard key.count >= 4, span.length >= 2 else { return false }
        let last = context.text.scalars[span.end - 1].value, before = context.text.scalars[span.end - 2].value
        // (Not يه, اه: the nisba and nouns such as المياه.)
        guard (last == 0x0647 && before != 0x064A && before != 0x0627) || (before == 0x0647 && (last == 0x0627 || last == 0x0645))
        else { return false }
        if key.hasSuffix("الله") { return false }  // عبدالله، حزب الله: the name of God, no pronoun
        return !isInsideMention(t) && !isConstructComplement(t)
    }

    /// Whether the word at `t` completes an indefinite head in construct (كبير إدارييها، رئيس
    /// مجلس إدارتها): part of a title, not an object. After a preposition or a time word (خلال
    /// لقائه، عقب استقباله) it is the circumstance in which someone else is named.
    private func isConstructComplement(_ t: Int) -> Bool {
        guard t > 0, context.tokens[t - 1].kind == .word, context.mentionAt[t - 1] == nil else { return false }
        let hash = context.keyHash(t - 1)
        let previous = ReportingLexicon.withoutConjunction(context.key(t - 1))
        return previous.count >= 3 && !ReportingLexicon.hasArticle(previous) && previous.last != "\u{0647}"
            && !ReportingLexicon.phraseBreakers.contains(hash: hash) && !ReportingLexicon.circumstanceHeads.contains(previous)
            && !ReportingLexicon.circumstanceHeads.contains(hash: hash) && !isCue(t - 1)
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
    func phrase(in window: Range<Int>, attribution: Bool, stripLam: Bool) -> Resolution? {
        let tokens = context.tokens
        // One static access each, not one per word (each access retains the table).
        let participlePrepositions = ReportingLexicon.participlePrepositions, complementPrepositions = ReportingLexicon.complementPrepositions
        let phraseBreakers = ReportingLexicon.phraseBreakers, adverbs = ReportingLexicon.adverbs
        let anonymityVerbs = ReportingLexicon.anonymityVerbs, periodComplements = ReportingLexicon.periodComplements
        let reflexives = ReportingLexicon.reflexives
        var end = window.lowerBound
        var previousDefinite = false
        var previousKey: KeyScalars?
        while end < window.upperBound, end - window.lowerBound < Self.phraseLimit, tokens[end].kind == .word {
            let key = context.key(end)
            let hash = context.keyHash(end)
            // دبلوماسي مطلع على المفاوضات، مصادر مقربة من مكتبه: an indefinite participle keeps
            // its preposition and the word after it.
            if end > window.lowerBound, end + 1 < window.upperBound, participlePrepositions.contains(hash: hash),
               isIndefiniteParticiple(end - 1), tokens[end + 1].kind == .word, context.mentionAt[end + 1] == nil,
               !ReportingLexicon.sideWords.contains(hash: context.keyHash(end + 1)) {
                end += 2
                break
            }
            // مسؤول في حلف شمال الأطلسي: a preposition followed by a name completes the phrase.
            if end > window.lowerBound, complementPrepositions.contains(hash: hash) {
                if end + 1 < window.upperBound, let m = context.mentionAt[end + 1] {
                    end = min(tokenAfter(m), window.upperBound)
                } else if end + 1 < window.upperBound, tokens[end + 1].kind == .word, ReportingLexicon.hasArticle(context.key(end + 1)),
                          ReportingLexicon.isOrganisationWord(context.key(end + 1)) {
                    end += 2  // مصدر في الوزارة: the body it belongs to, named by its head noun
                }
                break
            }
            if phraseBreakers.contains(hash: hash) || adverbs.contains(hash: hash) { break }
            // شهود عيان تحدثوا لوكالة …، مصدر طلب عدم ذكر اسمه: a verb ends the description of an
            // unnamed speaker.
            if end > window.lowerBound, ReportingLexicon.looksVerbal(key) || anonymityVerbs.contains(hash: hash) { break }
            // قال لي وزير سابق ذات مرة: "once" is no part of the speaker.
            if key.matches("ذات"), end + 1 < window.upperBound, ReportingLexicon.occasionWords.contains(hash: context.keyHash(end + 1)) { break }
            if periodComplements.contains(hash: hash) { break }
            // وأصدرت الوزارة بياناً: an accusative is the object (unless it agrees with an
            // accusative head: لكن مصدراً رفيعاً قال).
            if end > window.lowerBound, isAccusative(end), !isAccusative(end - 1) { break }
            // المصادر نفسها: a reflexive closes the phrase it belongs to.
            if end > window.lowerBound, reflexives.contains(hash: hash) { end += 1; break }
            if key.matches("ل") || key.matches("ب") { break }  // a lone لـ/بـ before a quoted name
            if !attribution {
                // The addressee: قال للصحفيين …، قال مسؤول لرويترز …
                if end == window.lowerBound, key.hasPrefix("لل") { break }
                if let m = context.mentionAt[end], isAddressee(m, in: end) { break }
            }
            // ودعا الاجتماع جامعة الدول العربية: a name right after a definite word, with no
            // proclitic, is its object (a definite noun is no construct head).
            // (Not an apposition: شركة الاستشارات PwC.)
            if end > window.lowerBound, previousDefinite, let m = context.mentionAt[end], context.kind(of: m) != .person,
               m.span.start == tokens[end].span.start, !ReportingLexicon.hasArticle(context.key(end)),
               ReportingLexicon.isOrganisationWord(context.key(end)) {
                break
            }
            // A name inside the phrase is taken whole (المتحدث باسم مجلس الوزراء المصري).
            if end > window.lowerBound, let m = context.mentionAt[end], context.kind(of: m) != .person {
                end = min(tokenAfter(m), window.upperBound)
                previousDefinite = true
                previousKey = context.key(end - 1)
                continue
            }
            let definite = ReportingLexicon.hasArticle(key)
            // (A first word in ي is a given name before its surname: وقال سامي الحداد إن.)
            if end > window.lowerBound, !previousDefinite, definite, let previous = previousKey,
               previous.hasSuffix("ون") || previous.hasSuffix("ين")
                || (ReportingLexicon.looksAdjectival(previous) && end - 1 > window.lowerBound) {
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
        if let name = trailingName(in: window, phraseEnd: end) {
            let speaker = Speaker(name: context.text.slice(name.span), entity: nil, mention: TextSpan(name.span, in: context.text))
            return Resolution(speaker: speaker, end: name.end, appositive: false)
        }
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

    /// A word of the shape of an indefinite participle (مطلع، مقربة، مسؤول): م first, four letters
    /// or more, no article, no name.
    private func isIndefiniteParticiple(_ t: Int) -> Bool {
        let range = context.tokens[t].keyRange
        return range.count >= 4 && context.tokens[t].kind == .word && context.keyScalars[range.lowerBound] == "\u{0645}"
            && context.mentionAt[t] == nil
    }

    /// A person's name the entity layer missed, after the role that describes them, as the rest
    /// of a subject that ends at a complementiser or a colon: after a title (النائب خالد أبو حسان،
    /// العميد يحيى رسول) or after a definite role ending in a nationality (مدرب الهلال الإيطالي ماركو
    /// روسي). Without a title the name takes two to four words, the first indefinite and not a
    /// verbal noun in ة (أكد الوزير الفرنسي ضرورة أن … names nobody).
    private func trailingName(in window: Range<Int>, phraseEnd: Int) -> (span: Span, end: Int)? {
        let tokens = context.tokens
        let upper = window.upperBound
        guard phraseEnd < upper, upper < tokens.count, upper - phraseEnd <= 6,
              isComplementiserAhead(upper) || (context.isPunctuation(upper) && context.text.scalars[tokens[upper].span.start] == ":")
        else { return nil }
        var title: Int?
        for k in window.lowerBound..<upper where ReportingLexicon.personTitles.contains(hash: context.keyHash(k)) { title = k }
        if let title, let name = nameRun(title + 1..<upper, titled: true) { return (name, upper) }
        // Without a title, the role must end in a definite nationality or rank (الإيطالي، السابق).
        guard phraseEnd > window.lowerBound, ReportingLexicon.hasArticle(context.key(phraseEnd - 1)),
              ReportingLexicon.looksAdjectival(context.key(phraseEnd - 1)),
              let name = nameRun(phraseEnd..<upper, titled: false) else { return nil }
        return (name, upper)
    }

    /// The span of `run` when it reads as a name: one to four plain words (two at least without a
    /// title), the first indefinite, none a particle, a preposition, an adverb, a verb or a word
    /// with a plural pronoun; a first word in ة (a verbal noun: ضرورة، أهمية) only with a title and
    /// another word after it.
    private func nameRun(_ run: Range<Int>, titled: Bool) -> Span? {
        let tokens = context.tokens
        guard run.count >= (titled ? 1 : 2), run.count <= 4, !ReportingLexicon.hasArticle(context.key(run.lowerBound)) else { return nil }
        for k in run {
            guard tokens[k].kind == .word else { return nil }
            if let m = context.mentionAt[k], context.kind(of: m) != .person { return nil }
            let key = context.key(k), hash = context.keyHash(k)
            if ReportingLexicon.phraseBreakers.contains(hash: hash) || ReportingLexicon.adverbs.contains(hash: hash)
                || ReportingLexicon.complementPrepositions.contains(hash: hash) || isCue(k) || ReportingLexicon.looksVerbal(key)
                || key.hasSuffix("ها") || key.hasSuffix("هم") || key.hasPrefix("لل") || key.hasPrefix("بال") { return nil }
        }
        if context.text.scalars[tokens[run.lowerBound].span.end - 1] == "\u{0629}", !titled || run.count == 1 { return nil }
        return Span(start: tokens[run.lowerBound].span.start, end: tokens[run.upperBound - 1].span.end)
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

    /// Whether token `t` lies inside a mention that starts in an earlier token (الله in حزب الله).
    private func isInsideMention(_ t: Int) -> Bool {
        var k = t - 1
        while k >= 0, t - k <= 5 {
            if let m = context.mentionAt[k], m.span.end > context.tokens[t].span.start { return true }
            k -= 1
        }
        return false
    }

    /// An indefinite word in the accusative (تمثالاً، جزءاً): ending in ا (not the plural وا), no
    /// article, four letters or more, no name.
    func isAccusative(_ t: Int) -> Bool {
        let range = context.tokens[t].keyRange
        guard range.count >= 4, context.tokens[t].kind == .word, context.keyScalars[range.upperBound - 1] == "\u{0627}",
              context.mentionAt[t] == nil else { return false }
        let before = context.keyScalars[range.upperBound - 2]
        return before != "\u{0648}" && before != "\u{0647}" && !ReportingLexicon.hasArticle(context.key(t))
    }
}
