/// What the quote layer knows about each token: its sentence and the entity mention starting in it.
///
/// Built once per article in linear time (plus a binary search per mention), so every later rule
/// is a constant-time lookup by token index.
struct ReportingContext {
    /// An entity mention, by entity index, with its span.
    struct Mention {
        let entity: Int
        let span: Span
    }

    let text: ArticleText
    let tokens: [Token]
    /// The scalars of the matching key, which token keys slice.
    let keyScalars: [Unicode.Scalar]
    let entities: [Entity]
    /// `kinds[e]`: the kind of `entities[e]`, read once from its type name.
    private let kinds: [EntityKind]
    let sentences: [Span]
    /// `sentenceOf[t]` is the index in `sentences` of the sentence token `t` belongs to.
    let sentenceOf: [Int]
    /// The longest mention that starts inside token `t` (proclitics leave it a letter or two in).
    let mentionAt: TokenMap<Mention>
    /// Persons by the key of the last word of their canonical name: a later "توكاييف" the entity
    /// layer missed or typed otherwise is still that person when it stands where a speaker stands.
    private let personBySurname: GrowingKeyMap<Int>

    init(text: ArticleText, key: NormalizedText, tokens: [Token], sentences given: [Span], entities: [Entity]) {
        self.text = text
        self.keyScalars = key.scalars
        self.tokens = tokens
        self.entities = entities
        kinds = entities.map { Self.kind(ofType: $0.type) }
        let sentences = given.isEmpty ? PlainSentenceSplit.sentences(text) : PlainSentenceSplit.completing(given, in: text)
        self.sentences = sentences

        sentenceOf = Self.sentenceIndexes(of: tokens, in: sentences)

        var mentionAt = TokenMap<Mention>(count: tokens.count)
        for e in entities.indices {  // by index: an entity copy retains its strings
            for m in entities[e].mentions where m.end > m.start {
                guard let t = Self.token(containing: m.start, in: tokens) else { continue }
                if let existing = mentionAt[t], existing.span.length >= m.end - m.start { continue }
                mentionAt[t] = Mention(entity: e, span: Span(start: m.start, end: m.end))
            }
        }
        self.mentionAt = mentionAt

        // A surname two persons share names neither.
        var bySurname = GrowingKeyMap<Int>()
        var folded: [Unicode.Scalar] = []
        for e in entities.indices where kinds[e] == .person {
            guard let h = Self.lastWordHash(entities[e].canonical, folding: &folded) else { continue }
            bySurname[h] = bySurname[h].map { $0 == e ? e : -1 } ?? e
        }
        personBySurname = bySurname
    }

    /// `sentenceOf`, filled sentence by sentence: a sentence's tokens run up to the first token
    /// starting at or after its end (the sentences are in order; the last one takes the rest, and
    /// every token is in sentence 0 when there are none).
    private static func sentenceIndexes(of tokens: [Token], in sentences: [Span]) -> [Int] {
        [Int](unsafeUninitializedCapacity: tokens.count) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            var from = 0
            for s in sentences.indices where from < tokens.count {
                let to = s + 1 < sentences.count ? max(from, firstToken(atOrAfter: sentences[s].end, in: tokens)) : tokens.count
                (base + from).initialize(repeating: s, count: to - from)
                from = to
            }
            (base + from).initialize(repeating: 0, count: tokens.count - from)
            count = tokens.count
        }
    }

    /// The key hash of a name's last space-separated word (`KeyHash.of(word:)`), if it has at
    /// least three scalars; `folded` is scratch room for its key.
    private static func lastWordHash(_ name: String, folding folded: inout [Unicode.Scalar]) -> UInt64? {
        // The word's ends found among the UTF-8 bytes (a space is one byte, never inside a
        // scalar's), its scalars then read forwards: stepping back over scalars decodes each one.
        let utf8 = name.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != 0x20 { start = utf8.index(before: start) }
        folded.removeAll(keepingCapacity: true)
        var count = 0
        for s in name.unicodeScalars[start..<end] {
            MatchKey.fold(s, into: &folded)
            count += 1
        }
        guard count >= 3 else { return nil }
        return KeyHash.of(scalars: folded)
    }

    static func isPerson(_ type: String) -> Bool { type == "PERSON" || type == "PER" || type == "PERS" }

    /// The person token `t` names: its mention if that is a person, or a mention or bare word
    /// that is a known person's surname.
    func person(at t: Int) -> Mention? {
        if let m = mentionAt[t], kind(of: m) == .person { return m }
        guard tokens[t].kind == .word else { return nil }
        if let m = mentionAt[t], m.span.end != tokens[t].span.end { return nil }  // a longer name
        let key = self.key(t)
        let start = mentionAt[t]?.span.start ?? tokens[t].span.start
        // The word as written, then without its و/ف (which then stays outside a bare word's span).
        var found = personBySurname[tokens[t].keyHash].map { (entity: $0, offset: 0) }
        let bare = ReportingLexicon.withoutConjunction(key)
        if found.map({ $0.entity < 0 }) ?? true, bare.count < key.count {  // (the same key would find the same)
            found = personBySurname[bare].map { (entity: $0, offset: 1) }
        }
        guard let (e, offset) = found, e >= 0 else { return nil }
        let s = mentionAt[t] == nil ? start + offset : start
        return Mention(entity: e, span: Span(start: s, end: tokens[t].span.end))
    }

    /// The index of the token whose span contains `offset`, by binary search.
    static func token(containing offset: Int, in tokens: [Token]) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && tokens[lo].span.start <= offset ? lo : nil
    }

    /// The index of the first token starting at or after `offset`.
    func firstToken(atOrAfter offset: Int) -> Int { Self.firstToken(atOrAfter: offset, in: tokens) }

    static func firstToken(atOrAfter offset: Int, in tokens: [Token]) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Token `t`'s matching key.
    @inline(__always)
    func key(_ t: Int) -> KeyScalars { keyScalars[tokens[t].keyRange] }

    /// Token `t`'s key hash (`Token.keyHash`): for looking the whole key up.
    @inline(__always)
    func keyHash(_ t: Int) -> UInt64 { tokens[t].keyHash }

    func isPunctuation(_ t: Int) -> Bool { tokens[t].kind == .punctuation || tokens[t].kind == .symbol }

    func isComma(_ t: Int) -> Bool {
        guard t < tokens.count, tokens[t].span.length == 1 else { return false }
        let c = text.scalars[tokens[t].span.start]
        return c == "\u{060C}" || c == ","
    }

    func sameSentence(_ a: Int, _ b: Int) -> Bool { sentenceOf[a] == sentenceOf[b] }

    /// The entity type in the record's words, accepting the tagger's short names too.
    func kind(of mention: Mention) -> EntityKind { kinds[mention.entity] }

    private static func kind(ofType type: String) -> EntityKind {
        switch type {
        case _ where isPerson(type): return .person
        case "ORGANISATION", "ORGANIZATION", "ORG": return .organisation
        case "LOCATION", "LOC", "GPE": return .location
        default: return .other
        }
    }

    enum EntityKind { case person, organisation, location, other }

    /// The speaker a mention names: the entity's canonical name and id, and where it was named.
    func speaker(_ mention: Mention) -> Speaker {
        let entity = entities[mention.entity]
        return Speaker(name: entity.canonical, entity: entity.id, mention: TextSpan(mention.span, in: text))
    }
}
