/// Decides what a quoted span is: a quotation (with speaker and cue), a name in quotation marks,
/// or scare quotes.
///
/// In order: a quote that an entity mention covers, that starts with or follows an organisation
/// word and reads as a name (منظمة “…”، “الوكالة الأمريكية …”، تنظيم “داعش”), that a lone ل governs
/// (قال لـ«الأهرام»), or that follows a labelling word (ما يسمى بـ، المعروف بـ) is a name or a
/// label, never a quotation. Otherwise a quote inside a statement's content, right after a verb
/// of saying and its subject (وقال الوزير «…»، وصف الاتفاق بـ“…”), or followed by one in its
/// sentence (“…”، قال الوزير) is a quotation with that speaker, however short. What is left is a
/// name when it looks like a proper name, else scare quotes. A quote nested in another quote is
/// never a quotation itself.
struct QuoteClassifier {
    /// How far (in tokens) past a verb's subject a quote may open and still be what it said
    /// (وصف الوزير الاتفاق بـ“…”: the object and the clitic stand between).
    static let verbReach = 3

    let context: ReportingContext
    let cues: [ReportingCue]
    let statements: [Statement]

    init(context: ReportingContext, cues: [ReportingCue], statements: [Statement]) {
        self.context = context
        self.cues = cues
        self.statements = statements
    }

    /// The index in `cues` of the first cue at or after token `t` (the cues are in token order,
    /// one per token): a binary search over the few cues, not a table over every token.
    private func firstCue(atOrAfter t: Int) -> Int {
        var lo = 0, hi = cues.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cues[mid].token < t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The index in `cues` of the last cue at a token before `t`.
    private func cueBefore(_ t: Int) -> Int? {
        let i = firstCue(atOrAfter: t)
        return i > 0 ? i - 1 : nil
    }

    /// The index in `cues` of the cue at token `t`.
    private func cueAt(_ t: Int) -> Int? {
        let i = firstCue(atOrAfter: t)
        return i < cues.count && cues[i].token == t ? i : nil
    }

    /// `nested`: the quote sits inside another quote.
    func classify(_ pair: QuoteMarkPair, nested: Bool) -> Quote? {
        let text = context.text
        let inner = text.trimmed(pair.inner)
        guard !inner.isEmpty else { return nil }
        let first = context.firstToken(atOrAfter: inner.start)
        var last = first
        while last < context.tokens.count, context.tokens[last].span.end <= inner.end { last += 1 }
        let innerTokens = first..<last
        let before = context.firstToken(atOrAfter: pair.open) - 1  // the token before the opening mark

        func quote(_ kind: String, _ speaker: Speaker? = nil, cue: Int? = nil) -> Quote {
            Quote(start: inner.start, end: inner.end, text: text.slice(inner), kind: kind, speaker: speaker,
                  cue: cue.map { TextSpan(verbSpan($0), in: text) })
        }

        if isEntity(inner: inner, outer: pair.outer, innerTokens: innerTokens, before: before)
            || startsWithOrganisationWord(innerTokens, before: before) {
            return quote("name")
        }
        if isBrandName(innerTokens, close: pair.close, before: before) { return quote("name") }
        // لـ«الأهرام»: a short quote governed by a lone ل is whom something was said to, a name.
        if before >= 0, context.key(before).matches("ل"), readsAsName(innerTokens, longest: 3) { return quote("name") }
        if followsLabelWord(before) { return quote(looksLikeName(innerTokens) ? "name" : "scare") }
        if isGenitiveName(innerTokens, before: before) || isDatelineSource(innerTokens, before: before) { return quote("name") }
        if !nested, let (speaker, cue) = reportingSpeaker(pair, innerTokens: innerTokens, before: before) {
            return quote("quotation", speaker, cue: cue)
        }
        return quote(looksLikeName(innerTokens) ? "name" : "scare")
    }

    /// A quote's cue is the verb itself, without the conjunction و/ف written on it (وأشار → أشار),
    /// as a quotation is attributed to the verb; statements keep the cue as written.
    private func verbSpan(_ t: Int) -> Span {
        let span = context.tokens[t].span
        let key = context.key(t)
        let bare = ReportingLexicon.withoutConjunction(key)
        guard bare.count < key.count, ReportingLexicon.cueWords[key] == nil, ReportingLexicon.cueWords[bare] != nil else { return span }
        var start = span.start + 1
        while start < span.end, NormalizedText.isCombiningMark(context.text.scalars[start]) { start += 1 }
        return start < span.end ? Span(start: start, end: span.end) : span
    }

    /// An entity mention covers the quote, or most of it (quote-only entities do not count: the
    /// entity layer may itself have made them from quotation marks).
    private func isEntity(inner: Span, outer: Span, innerTokens: Range<Int>, before: Int) -> Bool {
        let from = max(0, min(innerTokens.lowerBound, before + 1) - 3)
        let to = min(context.tokens.count, innerTokens.lowerBound + 1)
        guard from < to else { return false }
        for t in from..<to {
            guard let m = context.mentionAt[t] else { continue }
            let sources = context.entities[m.entity].sources
            if !sources.isEmpty, sources.allSatisfy({ $0 == "quotes" }) { continue }
            if m.span.contains(inner) { return true }
            if outer.contains(m.span), m.span.length * 2 >= inner.length { return true }
        }
        return false
    }

    /// “منظمة الاختيار الديمقراطي”، حزب “العمال”: an organisation word opens the quote or stands
    /// just before it, and the quote reads as a name (see `readsAsName`), not as a sentence
    /// (“الخطة تشكل خريطة طريق …” is a quotation).
    private func startsWithOrganisationWord(_ inner: Range<Int>, before: Int) -> Bool {
        if let first = inner.first, ReportingLexicon.isOrganisationWord(context.key(first)), readsAsName(inner, longest: 6) { return true }
        guard before >= 0, context.tokens[before].kind == .word, ReportingLexicon.isOrganisationWord(context.key(before)) else { return false }
        // مبادرة "100 مليون صحة"، حملة "لا للفساد": an indefinite head in construct names the
        // short quote after it whatever its words.
        if !ReportingLexicon.hasArticle(context.key(before)), inner.count <= 4 { return true }
        return readsAsName(inner, longest: 4)
    }

    /// A name's shape: at most two words, or up to `longest` words all definite after the first
    /// (الوكالة الأمريكية للتنمية الدولية). A verb or an indefinite word inside makes it a sentence.
    private func readsAsName(_ inner: Range<Int>, longest: Int) -> Bool {
        guard !inner.isEmpty, inner.count <= longest else { return false }
        if inner.count <= 2 { return inner.allSatisfy { context.tokens[$0].kind == .word } }
        return inner.dropFirst().allSatisfy { context.tokens[$0].kind == .word && ReportingLexicon.hasArticle(context.key($0)) }
    }


    /// شركة مياه الأردن "مياهنا" تقليص …، مؤشر "تاسي": a quote of one or two words right after
    /// an organisation's name or a product word, with the sentence going on after it, is the
    /// brand or product name (a quotation after its speaker ends its clause: قالت الوزارة «نرفض».).
    private func isBrandName(_ inner: Range<Int>, close: Int, before: Int) -> Bool {
        guard !inner.isEmpty, inner.count <= 2, before >= 0, context.tokens[before].kind == .word,
              inner.allSatisfy({ context.tokens[$0].kind == .word }) else { return false }
        let after = context.firstToken(atOrAfter: close + 1)
        guard after < context.tokens.count, context.sameSentence(after, before),
              context.tokens[after].kind == .word || context.isComma(after) else { return false }
        if ReportingLexicon.productWords.contains(ReportingLexicon.stem(context.key(before))) { return true }
        var k = before
        while k >= 0, before - k < 8 {
            if let m = context.mentionAt[k], m.span.end == context.tokens[before].span.end { return context.kind(of: m) == .organisation }
            k -= 1
        }
        return false
    }

    /// قادة "الإطار التنسيقي": a definite name of up to three words in construct after an
    /// indefinite noun (no article, not a verb of saying, a function word or a lone preposition).
    private func isGenitiveName(_ inner: Range<Int>, before: Int) -> Bool {
        guard before >= 0, context.tokens[before].kind == .word, let first = inner.first, inner.count <= 3,
              ReportingLexicon.hasArticle(context.key(first)), readsAsName(inner, longest: 3) else { return false }
        let key = context.key(before)
        guard key.count >= 3, !ReportingLexicon.hasArticle(key), !ReportingLexicon.phraseBreakers.contains(hash: context.keyHash(before)),
              ReportingLexicon.cueWords[key] == nil, ReportingLexicon.cueWords[ReportingLexicon.withoutConjunction(key)] == nil,
              !ReportingLexicon.complementisers.contains(hash: context.keyHash(before)),
              !ReportingLexicon.labelCues.contains(key) else { return false }
        return true
    }

    /// أبوظبي - «الاقتصادية»: أعلنت …: a short quote after a dash that follows one to three words
    /// opening a line is a dateline's source (a newspaper, an agency), whatever verb follows.
    private func isDatelineSource(_ inner: Range<Int>, before: Int) -> Bool {
        guard before >= 1, !inner.isEmpty, inner.count <= 3, context.isPunctuation(before),
              "-–—".unicodeScalars.contains(context.text.scalars[context.tokens[before].span.start]) else { return false }
        var k = before - 1
        while k >= 0, before - k <= 3, context.tokens[k].kind == .word {
            let start = context.tokens[k].span.start
            let gapStart = k > 0 ? context.tokens[k - 1].span.end : 0
            if start == 0 || context.text.scalars[gapStart..<start].contains(where: { $0 == "\n" || $0 == "\r" }) { return true }
            k -= 1
        }
        return false
    }

    /// ما يسمى بـ“…”، المعروف باسم “…”: the word before (or before a lone بـ) labels the quote.
    private func followsLabelWord(_ before: Int) -> Bool {
        var t = before
        if t >= 0, context.key(t).matches("ب") || context.key(t).matches("ل") { t -= 1 }
        guard t >= 0, context.tokens[t].kind == .word else { return false }
        let key = context.key(t)
        return ReportingLexicon.labelCues.contains(key) || ReportingLexicon.labelCues.contains(ReportingLexicon.stem(key))
            || ReportingLexicon.labelCues.contains(ReportingLexicon.withoutConjunction(key))
    }

    /// The speaker and cue of a quote in reported speech, if it is in some.
    private func reportingSpeaker(_ pair: QuoteMarkPair, innerTokens: Range<Int>, before: Int) -> (Speaker, Int)? {
        let anchor = innerTokens.lowerBound
        guard anchor < context.tokens.count else { return nil }
        // Inside the content of a statement (the nearest few cues before the quote).
        var c = cueBefore(anchor)
        var looked = 0
        while let i = c, looked < 3 {
            if let s = cues[i].statement, statements[s].content.start <= pair.open, pair.close < statements[s].content.end {
                // An attribution's content is the writer's paraphrase: one quoted adjective in it
                // is a scare quote (بحسب تعداد 2017 … في مناطق "عشوائية").
                if cues[i].kind == .attribution, innerTokens.count == 1,
                   ReportingLexicon.looksAdjectival(context.key(innerTokens.lowerBound)) { return nil }
                return (statements[s].speaker, cues[i].token)
            }
            c = i > 0 ? i - 1 : nil
            looked += 1
        }
        // Right after a verb of saying and its subject: وقال الوزير «…» / وصف الوزير الاتفاق بـ“…”.
        let openToken = context.firstToken(atOrAfter: pair.open)
        if let i = cueBefore(anchor), cues[i].kind == .verb, let speaker = cues[i].speaker,
           context.sameSentence(cues[i].token, anchor), openToken >= cues[i].subjectEnd,
           openToken - cues[i].subjectEnd <= Self.verbReach {
            return (speaker, cues[i].token)
        }
        // After a colon that closes the verb's subject and an aside about it: وتقول أم علي، وهي ربة
        // منزل من الضاحية: «…».
        if before >= 0, context.isPunctuation(before), context.text.scalars[context.tokens[before].span.start] == ":",
           let i = cueBefore(anchor), cues[i].kind == .verb, let speaker = cues[i].speaker,
           context.sameSentence(cues[i].token, before), before - cues[i].subjectEnd <= StatementFinder.asideLimit {
            return (speaker, cues[i].token)
        }
        // Followed by one in its sentence: “…”، قال الوزير (not “…”. وقال …, a new clause).
        var t = context.firstToken(atOrAfter: pair.close + 1)
        while t < context.tokens.count, t - innerTokens.upperBound < 3, isAttributionSeparator(t) { t += 1 }
        if t < context.tokens.count, context.sameSentence(t, anchor), let i = cueAt(t), cues[i].kind == .verb,
           let speaker = cues[i].speaker, ReportingLexicon.withoutConjunction(context.key(t)).count == context.key(t).count
            || ReportingLexicon.verbs.contains(hash: context.keyHash(t)) {
            return (speaker, t)
        }
        // “We're close,” she told reporters: an English verb after its subject.
        var w = t
        while w < context.tokens.count, w - t < 4, context.tokens[w].kind == .word, context.sameSentence(w, anchor) {
            if let i = cueAt(w), let speaker = cues[i].speaker, context.text.scalars[context.tokens[w].span.start].isASCII {
                return (speaker, w)
            }
            w += 1
        }
        // “…”، على حد تعبيره: the words of the speaker last named before the quote.
        if t + 2 < context.tokens.count, context.key(t).matches("علي"), context.key(t + 1).matches("حد"),
           ReportingLexicon.ownWords.contains(hash: context.keyHash(t + 2)) {
            var c = cueBefore(anchor)
            while let i = c, context.sentenceOf[anchor] - context.sentenceOf[cues[i].token] <= StatementFinder.carryLimit {
                if let speaker = cues[i].speaker { return (speaker, cues[i].token) }
                c = i > 0 ? i - 1 : nil
            }
        }
        return nil
    }

    /// A comma, colon or dash between a quotation and its postposed verb.
    private func isAttributionSeparator(_ t: Int) -> Bool {
        let token = context.tokens[t]
        guard token.kind == .punctuation, token.span.length == 1 else { return false }
        switch context.text.scalars[token.span.start].value {
        case 0x060C, 0x2C, 0x3A, 0x2D, 0x2013, 0x2014: return true
        default: return false
        }
    }

    /// A span that looks like a proper name: one Arabic word without the article and without the
    /// endings of common nouns and adjectives (ة، ات، ون، ين، ي), or up to three capitalised Latin
    /// words. (Two Arabic words are as often a noun and its adjective: “تصعيد خطير”.)
    private func looksLikeName(_ inner: Range<Int>) -> Bool {
        guard !inner.isEmpty, inner.count <= 3 else { return false }
        if inner.count > 1, !context.text.scalars[context.tokens[inner.lowerBound].span.start].isASCII { return false }
        for t in inner {
            let token = context.tokens[t]
            guard token.kind == .word else { return false }
            let surface = context.text.scalars[token.span.start..<token.span.end]
            if let f = surface.first, f.isASCII {
                if !f.properties.isUppercase { return false }
                continue
            }
            let key = context.key(t)
            if ReportingLexicon.hasArticle(key) { return false }
            let letters = surface.filter { $0.properties.isAlphabetic }
            guard let lastLetter = letters.last, letters.count >= 2 else { return false }
            if lastLetter == "\u{0629}" || lastLetter == "\u{064A}" || lastLetter == "\u{0649}" { return false }  // ة ي ى
            if key.hasSuffix("ات") || key.hasSuffix("ون") || key.hasSuffix("ين") { return false }
        }
        return true
    }
}
