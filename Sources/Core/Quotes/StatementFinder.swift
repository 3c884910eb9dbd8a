/// Finds reported speech: verbs of saying with a complementiser (قال إن…، أكد أن…، أشار إلى أن…)
/// and attributions (وفقاً لـ…، بحسب…), each with its speaker, its cue as written and its content.
///
/// One pass over the tokens tests every word's key hash against a bitmap, and only the words it
/// lets through are looked up and examined, left to right. A verb without a subject of
/// its own (وأضاف أن…، وأشار إلى أن…) takes the previous speaker if one said something or was named
/// within the last three sentences, otherwise the nearest person named just before; a participle
/// (…، مشيراً إلى أن…) only takes its own sentence's speaker; a present-tense verb without subject
/// or conjunction is impersonal (يُذكر أن…) and says nobody. A relaying verb (نقلت الوكالة عن
/// مسؤول قوله إن…) gives the speaker after عن. Content runs from the complementiser to the end of
/// the sentence, or to the next statement's cue, so two statements never overlap (except an
/// attribution closing a sentence, which shares the clause it attributes).
struct StatementFinder {
    /// Tokens the content search may cross outside comma-delimited asides before giving up.
    static let bareLimit = 12
    /// The longest aside (between two commas) the content search skips.
    static let asideLimit = 15
    /// The longest aside that opens with a preposition (أعلنت الشركة، في إفصاح نشرته على موقع …
    /// صباح الثلاثاء 4 نوفمبر 2025، أن …): a circumstance, however long, holds no content.
    static let circumstanceLimit = 24
    /// How many sentences back a speaker is carried over.
    static let carryLimit = 3
    /// The most tokens the content search scans after a verb, asides included.
    static let searchLimit = 60
    /// The longest content, in tokens: a clause longer than this is not one (and a text without
    /// sentence ends must not make every statement run to its end).
    static let contentLimit = 200

    let context: ReportingContext
    /// Built once: the context is a struct of many arrays, and each copy retains them all.
    let resolver: SpeakerResolver

    init(context: ReportingContext) {
        self.context = context
        resolver = SpeakerResolver(context: context)
    }

    /// `quotePairs`: the text's quotation marks as `QuoteMarkPairing.pairs` gives them (by opening mark).
    func find(quotePairs: [QuoteMarkPair]) -> (cues: [ReportingCue], statements: [Statement]) {
        let tokens = context.tokens
        var cues: [ReportingCue] = []
        // Statements are built once their contents are cut at the next statement's cue; their
        // speakers wait apart, so the cues and contents are read without copying a speaker.
        var found: [(cue: Int, content: Range<Int>)] = []
        var speakers: [Speaker] = []
        // The speaker carried to the next verb, and the sentence it spoke or was named in.
        var lastSpeaker: Speaker?
        var lastSentence: Int?
        let cueWords = ReportingLexicon.cueWords, tokenCues = ReportingLexicon.tokenCues
        // A verb inside a quotation on one line is the quoted speaker's own word (إن النتائج "تؤكد
        // أن الوقاية أرخص"), not the article reporting speech.
        var quoted = [Bool](repeating: false, count: tokens.count)
        for pair in quotePairs
        where !context.text.scalars[pair.open..<pair.close].contains(where: { $0 == "\n" || $0 == "\r" }) {
            var t = context.firstToken(atOrAfter: pair.open + 1)
            while t < tokens.count, tokens[t].span.end <= pair.close { quoted[t] = true; t += 1 }
        }

        for t in Self.possibleCues(tokens) where !quoted[t] {
            // One lookup for the word as written or without its و/ف (وصفت starts with a root و: a
            // word that is a cue as written is that cue). (Key slices only for cue words: each costs a retain.)
            guard let cue = tokenCues[tokens[t].keyHash] else { continue }
            let word = cue.word
            let key = context.key(t)
            let bare = ReportingLexicon.withoutConjunction(key)
            // (The key without its و/ف hashed once for the look-ups below.)
            let bareHash = bare.count == key.count ? tokens[t].keyHash : KeyHash.of(scalars: bare)
            // فحسب / وحسب mean "only": حسب counts only on its own or after ب, or as وحسب opening a
            // sentence before a word (وحسب معطيات المندوبية، …).
            if cue.afterConjunction, word == .attribution, bare.matches("حسب"),
               !(key.first == "\u{0648}" && t + 1 < tokens.count && tokens[t + 1].kind == .word
                 && (t == 0 || !context.sameSentence(t - 1, t))) { continue }
            // وأضاف قائلاً، واستدرك الوزير قائلاً: after a verb of saying and its subject, قائلاً is
            // the verb's adverb, not a second cue.
            if word == .participle, ReportingLexicon.qailForms.contains(hash: tokens[t].keyHash),
               (max(0, t - 6)..<t).contains(where: { k in
                   context.sameSentence(k, t) && tokens[k].kind == .word
                       && (cueWords[tokens[k].keyHash] == .verb || cueWords[ReportingLexicon.withoutConjunction(context.key(k))] == .verb)
               }) { continue }
            // ورد في البيان أن …: "it appeared in", not "he replied".
            if cue.afterConjunction, bare.matches("رد"), t + 1 < tokens.count,
               ReportingLexicon.phraseBreakers.contains(hash: tokens[t + 1].keyHash) { continue }
            if resolver.isNegatedNoun(t) { continue }  // طلب عدم ذكر اسمه
            // دعا opens its clause (ودعا، فيما دعت، وكانت قد دعت); after a noun (أن بلاده دعت الأطراف
            // إلى …) what follows is whom it called on.
            if ReportingLexicon.callVerbs.contains(hash: bareHash), bare.count == key.count, t > 0, context.sameSentence(t - 1, t),
               tokens[t - 1].kind == .word, !ReportingLexicon.clauseLinkers.contains(hash: tokens[t - 1].keyHash),
               !ReportingLexicon.auxiliaries.contains(hash: tokens[t - 1].keyHash),
               !ReportingLexicon.clauseOpeners.contains(hash: tokens[t - 1].keyHash),
               !(t + 1 < tokens.count && ReportingLexicon.resumptivePrepositions.contains(hash: tokens[t + 1].keyHash)) { continue }
            let relay = word == .relayVerb
            if word == .englishVerb {
                let english = EnglishReporting(context: context)
                let (speaker, end) = english.speaker(at: t, last: lastSpeaker)
                var cue = ReportingCue(token: t, kind: .verb, speaker: speaker, subjectEnd: end)
                if let speaker {
                    if let first = english.contentStart(after: end, cue: t), let content = contentRange(from: first, cue: t) {
                        cue.statement = found.count
                        found.append((t, content))
                        speakers.append(speaker)
                    }
                    (lastSpeaker, lastSentence) = (speaker, context.sentenceOf[t])
                }
                cues.append(cue)
            } else if word != .attribution {
                // (وصف لـ«الصحيفة» الوضع بأنه …: after وصف or اتهم the word after the addressee is the object.)
                let takesObject = ReportingLexicon.objectTakingVerbs.contains(hash: bareHash)
                var window = resolver.window(after: t, start: t + 1, addressees: !takesObject)
                if relay {
                    // نقلت وكالة رويترز عن مسؤول أمني قوله إن…: the speaker is the one after عن.
                    guard let an = relayedFrom(t) else { continue }
                    window = resolver.window(after: t, start: an + 1)
                }
                var resolution = resolver.resolve(window, attribution: false)
                let ownSubject = resolution != nil
                if resolution == nil { resolution = resolver.subjectBefore(t) }
                // وأصدرت الوزارة بياناً دعت فيه إلى …: a relative clause on the sentence's object
                // speaks for the sentence's subject.
                if resolution == nil, t + 1 < tokens.count, ReportingLexicon.resumptivePrepositions.contains(hash: tokens[t + 1].keyHash) {
                    resolution = resolver.openingSubject(before: t)
                }
                // لكن مصادر مقربة من مكتبه قالت إنه …: a verb without و after an unnamed source.
                if resolution == nil, bare.count == key.count, !ReportingLexicon.isImpersonal(key) {
                    resolution = resolver.unnamedSubjectBefore(t)
                }
                // يُذكر أن، يُقال إن: a present-tense verb with no subject and no conjunction says nobody.
                if resolution == nil, bare.count == key.count, ReportingLexicon.isImpersonal(key) {
                    cues.append(ReportingCue(token: t, kind: .verb, speaker: nil, subjectEnd: t + 1))
                    continue
                }
                // مشيراً إلى أن…: a participle says what its sentence's speaker says, or nothing.
                if resolution == nil, word == .participle {
                    if lastSentence == context.sentenceOf[t], let carried = lastSpeaker {
                        resolution = .init(speaker: carried, end: window.upperBound, appositive: false)
                    } else if let person = resolver.firstPerson(inSentenceBefore: t) {
                        // ونعاه الوزير فلان، قائلاً إن …: the sentence's subject, named first.
                        resolution = .init(speaker: person, end: window.upperBound, appositive: false)
                    } else if t > 0, context.isComma(t - 1) || key.matches("بالقول"), let subject = resolver.openingSubject(before: t) {
                        // وختم الوزير حديثه بالقول: …: the subject after the sentence's opening verb.
                        resolution = .init(speaker: subject.speaker, end: window.upperBound, appositive: false)
                    } else {
                        cues.append(ReportingCue(token: t, kind: .verb, speaker: nil, subjectEnd: t + 1))
                        continue
                    }
                }
                // وقال لـ«الغد» إن after "طالب النائب فلان …،": the sentence's own subject comes
                // before a speaker carried over from an earlier sentence.
                if resolution == nil, lastSentence != context.sentenceOf[t],
                   let person = resolver.sentenceSubject(before: t) {
                    resolution = .init(speaker: person, end: window.upperBound, appositive: false)
                }
                if resolution == nil, let sentence = lastSentence, context.sentenceOf[t] - sentence <= Self.carryLimit, let carried = lastSpeaker {
                    resolution = .init(speaker: carried, end: window.upperBound, appositive: false)
                } else if resolution == nil, let person = resolver.nearestPerson(before: t) {
                    resolution = .init(speaker: person, end: window.upperBound, appositive: false)
                }
                var cue = ReportingCue(token: t, kind: .verb, speaker: resolution?.speaker, subjectEnd: resolution?.end ?? t + 1)
                if let resolution {
                    let takesAn = ReportingLexicon.verbsTakingAn.contains(hash: bareHash) || ReportingLexicon.verbsTakingAn.contains(hash: tokens[t].keyHash)
                    let callsFor = ReportingLexicon.callVerbs.contains(hash: tokens[t].keyHash) || ReportingLexicon.callVerbs.contains(hash: bareHash)
                    var content = verbContent(cue: t, from: resolution.end, takesAn: takesAn, takesIla: callsFor)
                    // أعلنت الشركة تقليص ساعات الضخ، ويتوقع التجار ارتفاع الطلب: announcing and
                    // expecting report a verbal noun right after their own subject.
                    if content == nil, ownSubject,
                       ReportingLexicon.nounObjectVerbs.contains(hash: tokens[t].keyHash) || ReportingLexicon.nounObjectVerbs.contains(hash: bareHash),
                       let first = verbalNounObject(after: resolution.end, cue: t) {
                        content = contentRange(from: first, cue: t)
                    }
                    if let content {
                        cue.statement = found.count
                        found.append((t, content))
                        speakers.append(resolution.speaker)
                    }
                    // Only a speaker that said something, or a named one, is carried to the next verb.
                    if content != nil || resolution.speaker.entity != nil {
                        (lastSpeaker, lastSentence) = (resolution.speaker, context.sentenceOf[t])
                    }
                }
                cues.append(cue)
            } else if let attributed = attribution(at: t, after: found.last) {
                (lastSpeaker, lastSentence) = (attributed.speaker, context.sentenceOf[t])
                var cue = ReportingCue(token: t, kind: .attribution, speaker: attributed.speaker, subjectEnd: t + 1)
                cue.statement = found.count
                found.append((t, attributed.content))
                speakers.append(attributed.speaker)
                cues.append(cue)
            }
        }
        // A content that runs into the next statement's cue ends before it: "…مصالحهم، وأشار…".
        var statements: [Statement] = []
        statements.reserveCapacity(found.count)
        for i in found.indices {
            var content = found[i].content
            if i + 1 < found.count, content.contains(found[i + 1].cue), found[i + 1].cue > content.lowerBound {
                content = content.lowerBound..<found[i + 1].cue
            }
            statements.append(statement(speakers[i], cue: found[i].cue, content: content))
        }
        return (cues, statements)
    }

    /// The words that may be cues, in one pass over the tokens: those whose key hash has its bit
    /// in `ReportingLexicon.tokenCueBitmap` (all cues and a few per cent of the other words).
    private static func possibleCues(_ tokens: [Token]) -> [Int] {
        let mayBeCue = ReportingLexicon.tokenCueBitmap
        var found: [Int] = []
        tokens.withUnsafeBufferPointer { tokens in
            for t in tokens.indices where tokens[t].kind == .word && mayBeCue.mayContain(tokens[t].keyHash) { found.append(t) }
        }
        return found
    }

    /// The عن after a relaying verb's source, within a few tokens of its sentence (a source in
    /// quotation marks is crossed: نقلت صحيفة "نيويورك تايمز" عن …).
    private func relayedFrom(_ t: Int) -> Int? {
        var j = t + 1
        while j < context.tokens.count, j - t <= 10, context.sameSentence(t, j),
              !context.isPunctuation(j) || QuoteMarkPairing.family(context.text.scalars[context.tokens[j].span.start]) != nil {
            if context.key(j).matches("عن") { return j }
            j += 1
        }
        return nil
    }

    /// The content after a verb: from the complementiser found after the subject to the sentence end.
    /// `takesAn`: the verb introduces its content with عن (أعلن عن); `takesIla`: with إلى (دعا إلى).
    private func verbContent(cue: Int, from start: Int, takesAn: Bool, takesIla: Bool = false) -> Range<Int>? {
        let tokens = context.tokens
        var j = start
        var bare = 0
        let complementisers = ReportingLexicon.complementisers  // one static access, not one per token
        while j < tokens.count, context.sameSentence(cue, j), bare <= Self.bareLimit, j - start <= Self.searchLimit {
            let key = context.key(j)
            let hash = context.keyHash(j)
            if complementisers.contains(hash: hash) || key.matches(":") || (takesAn && key.matches("عن"))
                || (takesIla && key.matches("الي")) {
                return contentRange(from: j + 1, cue: cue)
            }
            if j + 1 < tokens.count, ReportingLexicon.complementiserPrepositions.contains(hash: hash),
               complementisers.contains(hash: context.keyHash(j + 1)) {
                return contentRange(from: j + 2, cue: cue)
            }
            if ReportingLexicon.relativePronouns.contains(hash: hash) || (j > start && resolver.isCue(j)) { return nil }
            if let close = closingParenthesis(after: j, cue: cue) {
                j = close + 1  // المواطن محمود حسن (45 عاماً): …
                continue
            }
            // "…، في المؤتمر الصحفي عقب اللقاء، إن فريقه": a comma closing a circumstance (a phrase
            // opened by a preposition) right before the complementiser.
            if context.isComma(j), j > start, ReportingLexicon.phraseBreakers.contains(hash: context.keyHash(start)),
               j + 1 < tokens.count, context.sameSentence(cue, j + 1),
               complementisers.contains(hash: context.keyHash(j + 1)) {
                j += 1
                continue
            }
            // "وأضاف فلان، أن …": a comma right before the complementiser.
            // (Not وإنه, a second complement of an earlier verb, nor فإن, a condition's main clause.)
            if context.isComma(j), j + 1 < tokens.count, context.sameSentence(cue, j + 1),
               complementisers.contains(hash: context.keyHash(j + 1)), context.key(j + 1).first == "\u{0627}" {
                return contentRange(from: j + 2, cue: cue)
            }
            if context.isComma(j) {
                // Skip an aside up to the next comma: "وشدّد توكاييف، مخاطباً مواطني كازاخستان، على أنه".
                var k = j + 1
                let opensCircumstance = k < tokens.count && (ReportingLexicon.phraseBreakers.contains(hash: context.keyHash(k))
                    || ReportingLexicon.circumstanceHeads.contains(hash: context.keyHash(k)))
                let limit = opensCircumstance ? Self.circumstanceLimit : Self.asideLimit
                while k < tokens.count, k - j <= limit, context.sameSentence(cue, k), !context.isComma(k) { k += 1 }
                guard k < tokens.count, context.isComma(k), context.sameSentence(cue, k) else { return nil }
                j = k + 1
                continue
            }
            // A quoted name on the way (قال النائب لـ«الشرق الأوسط»: …) is crossed; other punctuation ends the search.
            if context.isPunctuation(j), QuoteMarkPairing.family(context.text.scalars[tokens[j].span.start]) == nil { return nil }
            // (Whole, when an addressee's ل or a name's head stands before it: لشبكة "سي إن إن" holds no إن.)
            if let close = quotedNameEnd(at: j, cue: cue) {
                bare += 1
                j = close + 1
                continue
            }
            bare += 1
            j += 1
        }
        return nil
    }

    /// The verbal noun right after a subject (a brand name in quotation marks between is crossed:
    /// أعلنت شركة مياه الأردن "مياهنا" تقليص …): an indefinite word of three letters or more
    /// that is no particle, preposition, adverb, number, name or proclitic-bearing word.
    private func verbalNounObject(after end: Int, cue: Int) -> Int? {
        let tokens = context.tokens
        var j = end
        // (أعلنت الوزارة اليوم الأحد رفع …: time words between.)
        while j < tokens.count, j - end < 4, context.sameSentence(cue, j), tokens[j].kind == .word,
              ReportingLexicon.adverbs.contains(hash: context.keyHash(j)) { j += 1 }
        if j < tokens.count, context.isPunctuation(j), QuoteMarkPairing.family(context.text.scalars[tokens[j].span.start]) != nil {
            var k = j + 1
            while k < tokens.count, k - j <= 4, tokens[k].kind == .word { k += 1 }
            guard k < tokens.count, k > j + 1, context.isPunctuation(k),
                  QuoteMarkPairing.family(context.text.scalars[tokens[k].span.start]) != nil else { return nil }
            j = k + 1
        }
        guard j < tokens.count, context.sameSentence(cue, j), tokens[j].kind == .word, context.mentionAt[j] == nil else { return nil }
        let key = context.key(j), hash = context.keyHash(j)
        guard key.count >= 3, !ReportingLexicon.hasArticle(key), !resolver.isCue(j),
              !ReportingLexicon.phraseBreakers.contains(hash: hash), !ReportingLexicon.adverbs.contains(hash: hash),
              !ReportingLexicon.complementPrepositions.contains(hash: hash), !ReportingLexicon.circumstanceHeads.contains(hash: hash),
              !ReportingLexicon.looksVerbal(key), let f = key.first, f != "\u{0628}", f != "\u{0644}", f != "\u{0648}", f != "\u{0641}"
        else { return nil }
        return j
    }

    /// The closing mark of a short quoted name opening at `j` after an addressee's ل (لـ«الغد»،
    /// لشبكة "سي إن إن") or an organisation word.
    private func quotedNameEnd(at j: Int, cue: Int) -> Int? {
        let tokens = context.tokens
        guard j > 0, context.isPunctuation(j), QuoteMarkPairing.family(context.text.scalars[tokens[j].span.start]) != nil,
              tokens[j - 1].kind == .word else { return nil }
        let before = context.key(j - 1)
        guard before.first == "\u{0644}" || ReportingLexicon.isOrganisationWord(before) else { return nil }
        var k = j + 1
        while k < tokens.count, k - j <= 6, context.sameSentence(cue, k) {
            if context.isPunctuation(k) {
                return k > j + 1 && QuoteMarkPairing.family(context.text.scalars[tokens[k].span.start]) != nil ? k : nil
            }
            k += 1
        }
        return nil
    }

    /// The token closing a parenthesis opened at `j`, within an aside's length in the sentence.
    private func closingParenthesis(after j: Int, cue: Int) -> Int? {
        let tokens = context.tokens
        guard tokens[j].span.length == 1, context.text.scalars[tokens[j].span.start] == "(" else { return nil }
        var k = j + 1
        while k < tokens.count, k - j <= Self.asideLimit, context.sameSentence(cue, k) {
            if tokens[k].span.length == 1, context.text.scalars[tokens[k].span.start] == ")" { return k }
            k += 1
        }
        return nil
    }

    /// Token range from `first` to the end of the sentence of `cue`.
    private func contentRange(from first: Int, cue: Int) -> Range<Int>? {
        var end = first
        while end < context.tokens.count, end - first < Self.contentLimit, context.sameSentence(cue, end) { end += 1 }
        return first < end ? first..<end : nil
    }

    /// An attribution: the speaker phrase after وفقاً لـ / بحسب, and the content of the clause after
    /// it, or before it when the attribution closes the sentence ("…، بحسب المصادر.").
    /// `previous` is the statement before (cue and content): a content before the cue starts after
    /// it, unless that statement's content runs into this cue (then it is cut there and both share it).
    private func attribution(at t: Int, after previous: (cue: Int, content: Range<Int>)?) -> (speaker: Speaker, content: Range<Int>)? {
        let tokens = context.tokens
        var start = t + 1
        guard start < tokens.count, context.sameSentence(t, start) else { return nil }
        if context.key(start).matches("ل") || context.key(start).matches("عن") || context.key(start).matches("الي")
            || context.key(start).matches("to") { start += 1 }
        // وفقاً لما ذكرته صحيفة …، حسبما أفادت الوكالة …: skip "لما" and the verb.
        if start + 1 < tokens.count, context.key(start).matches("لما") || context.key(start).matches("ما") {
            start += 2
            // بحسب ما أفاد به متحدث: the verb's resumptive pronoun is not the source.
            if start < tokens.count, ReportingLexicon.resumptives.contains(hash: context.keyHash(start)) { start += 1 }
        }
        else if ReportingLexicon.withoutConjunction(context.key(t)).matches("حسبما"), start + 1 < tokens.count { start += 1 }
        guard start < tokens.count, context.sameSentence(t, start), tokens[start].kind == .word else { return nil }
        let head = ReportingLexicon.stem(context.key(start))
        if ReportingLexicon.nonSpeakerSources.contains(head) { return nil }
        // وفق without its tanween is as often "in line with" (يعملون وفق كتيبات): it attributes only
        // before ما + verb (وفق ما صرح به)، a document (وفق تقديرات، وفق تقرير) or a name.
        if context.key(t).matches("وفق") || ReportingLexicon.withoutConjunction(context.key(t)).matches("وفق"), start == t + 1,
           !ReportingLexicon.isDocumentWord(context.key(start)), context.mentionAt[start] == nil { return nil }

        let window = resolver.window(after: t, start: start, addressees: false)
        let cueKey = ReportingLexicon.withoutConjunction(context.key(t))
        // (وفقاً starts with a root و: the whole word is tried too.)
        let stripLam = (ReportingLexicon.lamCues.contains(cueKey) || ReportingLexicon.lamCues.contains(context.key(t)))
            && context.key(start).hasPrefix("ل") && start == t + 1
        guard let resolution = resolver.resolve(window, attribution: true, stripLam: stripLam) else { return nil }
        let after = resolution.end
        // The speaker phrase ends at a comma or فإن (or an appositive already closed by one): the
        // content follows, without its فإن.
        var contentStart: Int?
        if resolution.appositive { contentStart = after }
        else if after < tokens.count, context.sameSentence(t, after),
                context.isComma(after) || ReportingLexicon.complementisers.contains(hash: context.keyHash(after)) {
            contentStart = after + 1
        } else if let comma = shortTail(from: after, cue: t, limit: opensClause(after) ? Self.clauseTailLimit : 3) {
            // بحسب تقرير ديوان المحاسبة لعام 2023، …: a short complement of the source before the comma.
            contentStart = comma + 1
        }
        if var first = contentStart, first < tokens.count, context.sameSentence(t, first) {
            if ReportingLexicon.complementisers.contains(hash: context.keyHash(first)) { first += 1 }
            if let content = contentRange(from: first, cue: t) { return (resolution.speaker, content) }
        }
        // The attribution closes its sentence: the content is what came before it. (An addressee
        // named after the speaker may stand before the end: وفق ما صرح به فلان لوكالة الأنباء.)
        var end = after
        // وفق بيانات المجلس لعام 2024.: the document's year closes the source.
        if end + 1 < tokens.count, context.sameSentence(t, end + 1), ReportingLexicon.periodComplements.contains(hash: context.keyHash(end)),
           tokens[end + 1].kind == .number { end += 2 }
        if end < tokens.count, context.sameSentence(t, end), context.key(end).first == "\u{0644}", let m = context.mentionAt[end],
           context.kind(of: m) == .organisation, m.span.start > tokens[end].span.start {
            while end < tokens.count, tokens[end].span.start < m.span.end { end += 1 }
        }
        if end >= tokens.count || !context.sameSentence(t, end) || context.isPunctuation(end) {
            var first = t
            var floor = max(0, t - Self.contentLimit)
            if let previous, !previous.content.contains(t) { floor = max(floor, previous.content.upperBound) }
            while first > floor, context.sameSentence(t, first - 1) { first -= 1 }
            var last = t
            while last > first, context.isPunctuation(last - 1) { last -= 1 }
            if first < last { return (resolution.speaker, first..<last) }
        }
        return nil
    }

    /// The longest clause about an unnamed source before the comma that ends it (بحسب شهود عيان
    /// تحدثوا لوكالة فرانس برس، …).
    static let clauseTailLimit = 8

    /// Whether token `t` opens a clause about the source before it: a verb or a relative pronoun.
    private func opensClause(_ t: Int) -> Bool {
        t < context.tokens.count && context.tokens[t].kind == .word
            && (ReportingLexicon.looksVerbal(context.key(t)) || ReportingLexicon.relativePronouns.contains(hash: context.keyHash(t)))
    }

    /// The comma ending a short tail (at most three words or numbers, no cue, complementiser or
    /// other punctuation) that starts at `first`, in the sentence of `cue`.
    private func shortTail(from first: Int, cue: Int, limit: Int = 3) -> Int? {
        var j = first
        while j < context.tokens.count, j - first <= limit, context.sameSentence(cue, j) {
            if context.isComma(j) { return j > first ? j : nil }
            if context.isPunctuation(j) || resolver.isCue(j) || ReportingLexicon.complementisers.contains(hash: context.keyHash(j)) { return nil }
            j += 1
        }
        return nil
    }

    private func statement(_ speaker: Speaker, cue: Int, content: Range<Int>) -> Statement {
        Statement(
            speaker: speaker,
            cue: TextSpan(context.tokens[cue].span, in: context.text),
            content: TextSpan(contentSpan(content), in: context.text))
    }

    /// The original span of a token range, without trailing punctuation or a dangling linker
    /// ("…متبادلة”، فيما" before the next statement's cue).
    private func contentSpan(_ range: Range<Int>) -> Span {
        var last = range.upperBound - 1
        while last > range.lowerBound,
              isTrailingPunctuation(last) || ReportingLexicon.clauseLinkers.contains(hash: context.keyHash(last)) { last -= 1 }
        return Span(start: context.tokens[range.lowerBound].span.start, end: context.tokens[last].span.end)
    }

    private func isTrailingPunctuation(_ t: Int) -> Bool {
        let token = context.tokens[t]
        guard token.kind == .punctuation, token.span.length == 1 else { return false }
        switch context.text.scalars[token.span.start].value {
        case 0x060C, 0x2C, 0x061B, 0x3B, 0x2E, 0x3A, 0x21, 0x061F, 0x3F, 0x06D4, 0x2026, 0x2D, 0x2013, 0x2014: return true
        default: return false
        }
    }
}
