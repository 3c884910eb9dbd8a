/// The tagger's names merged under the rules' mentions: where the tagger may add a name, where it
/// corrects a rule's boundary or type, and where its silence drops a weak rule mention
/// (docs/entities.md, "Rules and tagger together").
extension EntityScan {
    /// The kind of a tagger's type name, in any case (a switch over short strings: no hashing).
    static func tagKind(_ type: String) -> FoundMention.Kind? {
        switch type {
        case "PERS", "PER", "PERSON": return .person
        case "ORG", "ORGANISATION": return .organisation
        case "LOC", "GPE", "LOCATION": return .location
        case "MISC": return .misc
        default:
            let upper = type.uppercased()
            return upper == type ? nil : tagKind(upper)
        }
    }

    static let kunyas = KeySet(hashes: ["أبو", "ابو"].map(KeyHash.of(word:)))

    /// Adds the tagger's names where the rules found nothing: rules win on every overlap, except
    /// over a gazetteer's place that a tagged organisation contains (see
    /// `placesInsideTaggedName`).
    mutating func merge(_ names: [TaggedName]) {
        var standalone: KeySet?
        // The mention on each token before the merge, to find the places a tagged name covers.
        var mentionAt = [Int32](repeating: -1, count: words.count)
        for m in mentions.indices { for t in mentions[m].tokens { mentionAt[t] = Int32(m) } }  // no mention copies
        var replaced: [Int] = []
        for name in names.sorted(by: { $0.span < $1.span }) {
            let tagged = name.tokenRange.clamped(to: 0..<words.count)
            guard let kind = Self.tagKind(name.type), !tagged.isEmpty else { continue }
            if kind == .person, !isFree(tagged), let m = cuePersonUnder(tagged, mentionAt) {
                fitPerson(m, to: tagged, name)
                continue
            }
            var covered: [Int] = []
            if !isFree(tagged) {
                guard let places = placesInsideTaggedName(tagged, kind, mentionAt) else { continue }
                if kind == .person {
                    // The city is a word of a name, the tagger's person or a club it mistakes for
                    // one (دينامو كييف): no place, and no person either.
                    for m in places {
                        for t in mentions[m].tokens { taken[t] = false }
                        locationEndAt[mentions[m].tokens.lowerBound] = nil
                    }
                    replaced += places
                    continue
                }
                covered = places
            }
            guard
                  tagged.allSatisfy({ words.isWord($0) || $0 != tagged.lowerBound && $0 != tagged.upperBound - 1 }),
                  !(tagged.count == 1 && adjectiveAt[tagged.lowerBound] != nil),
                  // A function word (قال لي، وأم "or") or a byline's cue word (متابعة:) names no one.
                  !(tagged.count == 1 && words.splits(tagged.lowerBound).contains {
                      ($0.prefixLength == 0 || $0.isOnly("و") || $0.isOnly("ف")) && $0.classes.contains(.stopWord)
                  }),
                  !(tagged.count == 1 && kind == .person && Self.bylineCueWords.contains(words.hash(tagged.lowerBound))),
                  // شهر رمضان المبارك، رمضان الماضي: a month of the Hijri calendar alone is a date's word.
                  !(tagged.count == 1 && kind == .person && words.splits(tagged.lowerBound).contains { Self.hijriMonths.contains($0.stem) }),
                  // A description ends on an indefinite nationality (باحثون أوكرانيون), a name does not.
                  !(adjectiveAt[tagged.upperBound - 1].map { !$0.split.definite } ?? false),
                  // A lone definite word is a common noun more often than a miscellaneous name (الهستيريا).
                  !(kind == .misc && tagged.count == 1 && words.splits(tagged.lowerBound).contains { $0.definite }),
                  // A lone definite head noun (البنك، الوزارة) refers back to a name; it is none itself.
                  !(tagged.count == 1 && words.splits(tagged.lowerBound).contains { $0.definite && $0.prefixLength == 0 && $0.classes.contains(.organisationHead) }),
                  // A currency or unit (دولار، جنيه إسترليني، دينارا) names no one, nor does a word
                  // counted by a number before it (5 أمبير).
                  // (Not a club named by a currency and its city, ريال مدريد: an organisation over a place.)
                  covered.isEmpty || tagged.count < 2 || (tagged.lowerBound > 0 && words.tokens[tagged.lowerBound - 1].kind == .number)
                    ? !words.splits(tagged.lowerBound).contains(where: { UnitLexicon.shared.nouns[$0.stem] != nil }) : true,
                  !(kind == .person && tagged.lowerBound > 0 && words.tokens[tagged.lowerBound - 1].kind == .number)
            else { continue }
            var range = tagged
            // نورة بنت محمد آل حمدان: a given name and بن/بنت before the tagger's person belong to it.
            if kind == .person, range.lowerBound >= 2, words.classes(range.lowerBound - 1).contains(.namePrefix),
               !words.classes(range.lowerBound - 1).contains(.stopWord), isFree((range.lowerBound - 2)..<range.lowerBound),
               words.isWord(range.lowerBound - 2), !isCueWord(range.lowerBound - 2), !cannotOpenName(range.lowerBound - 2),
               !hasPronounSuffix(range.lowerBound - 2), placeAt[range.lowerBound - 2] == nil, adjectiveAt[range.lowerBound - 2] == nil,
               !(words.splits(range.lowerBound - 2).first?.definite ?? true),
               !words.lineBreak(between: range.lowerBound - 2, and: range.lowerBound, in: text) {
                range = (range.lowerBound - 2)..<range.upperBound
            } else if kind == .person, range.lowerBound >= 1, Self.kunyas.contains(words.hash(range.lowerBound)),
                      isFree((range.lowerBound - 1)..<range.lowerBound), words.isWord(range.lowerBound - 1),
                      !isCueWord(range.lowerBound - 1), !cannotOpenName(range.lowerBound - 1), !hasPronounSuffix(range.lowerBound - 1),
                      !hasTanween(range.lowerBound - 1), placeAt[range.lowerBound - 1] == nil, adjectiveAt[range.lowerBound - 1] == nil,
                      words.splits(range.lowerBound - 1).first.map({ !$0.definite && $0.prefixLength == 0 }) == true,
                      !words.lineBreak(between: range.lowerBound - 1, and: range.lowerBound, in: text),
                      range.lowerBound < 2 || !words.isWord(range.lowerBound - 2) || words.classes(range.lowerBound - 2).contains(.stopWord)
                        || ReportingLexicon.labelCues.contains(ReportingLexicon.withoutConjunction(words.text.scalars[words.tokens[range.lowerBound - 2].keyRange])) {
                // ويدعى سيد أبو العلا: a given name before a kunya the tagger began with, after
                // punctuation, a function word or a naming word (not التقى أبو مازن).
                range = (range.lowerBound - 1)..<range.upperBound
            }
            let first = words.tokens[range.lowerBound]
            var split = words.splits(range.lowerBound).first!
            if name.span.start <= first.span.start {
                // The tagger's span carries the proclitics of its first word: peel those whose stem
                // is definite, a head noun or stands alone elsewhere in the text (وكازاخستان → كازاخستان,
                // لوكالة تاس → وكالة تاس, not وليد → ليد).
                if standalone == nil { standalone = words.writtenWords() }
                let alone = standalone!
                // (في دارفور وكردفان: و after a place joins another place.)
                let afterPlace = kind == .location && range.lowerBound > 0 && mentionAt[range.lowerBound - 1] >= 0
                    && mentions[Int(mentionAt[range.lowerBound - 1])].kind == .location
                if let s = words.splits(range.lowerBound).dropFirst().first(where: {
                    $0.definite || alone.contains(hash: $0.stem) || $0.classes.contains(.organisationHead) || (afterPlace && $0.isOnly("و"))
                }) { split = s }
            } else if let s = words.splits(range.lowerBound).first(where: {
                words.text.origin[first.keyRange.lowerBound + $0.prefixLength] == name.span.start
            }), !(kind == .person && s.startsWith("ك") && !s.definite), !(kind == .person && s.stemLength <= 2) {
                // ك "like" hardly ever stands before a personal name, many of which start with it
                // (كريم، كمال): the tagger's ك-less span keeps the whole word. Nor is a given name two
                // letters long: فهد is a name, not ف + هد.
                split = s
            }
            let keys = nameKeys(range, firstStem: split.stem)
            let listed: FoundMention.Kind = isPlaceInAList(range, split) ? .location : kind
            let group = Self.group(listed, keys)
            for m in covered {
                for t in mentions[m].tokens { taken[t] = false }
                locationEndAt[mentions[m].tokens.lowerBound] = nil
            }
            replaced += covered
            add(FoundMention(
                tokens: range, span: words.span(range, prefixLength: split.prefixLength), kind: listed, group: group,
                source: .tagger, nameKeys: keys))
        }
        // A person a cue found, where the tagger saw no name at all, is dropped when its words read
        // as common words (see `readsAsCommonWords`): عقد رئيس الوزراء اجتماعا، المرشح الأكثر حظا.
        var tagged = [Bool](repeating: false, count: words.count)
        for name in names { for t in name.tokenRange.clamped(to: 0..<words.count) { tagged[t] = true } }
        for m in mentions.indices where mentions[m].kind == .person && mentions[m].source == .cue  // no mention copies
            && !mentions[m].tokens.contains(where: { tagged[$0] }) && readsAsCommonWords(mentions[m].tokens) {
            replaced.append(m)
            for t in mentions[m].tokens { taken[t] = false }
        }
        if !replaced.isEmpty {
            let gone = Set(replaced)
            mentions = mentions.enumerated().filter { !gone.contains($0.offset) }.map(\.element)
            indexOrganisations()
        }
    }

    /// Months of the Hijri calendar that are also given names (رمضان، شعبان، رجب).
    static let hijriMonths = KeySet(hashes: ["رمضان", "شعبان", "رجب", "محرم", "صفر", "شوال"].map(KeyHash.of(word:)))

    /// Words that open a byline (متابعة: NAME، إعداد: NAME), never a name themselves.
    static let bylineCueWords = KeySet(hashes: ["متابعة", "إعداد", "تقرير", "تحرير", "ترجمة", "بقلم", "كتب", "حوار", "تصوير"].map(KeyHash.of(word:)))

    /// A one-word "name" that is a verb: an imperfect dual or plural (يبحثان، تؤكدان، يطالبون) or a
    /// three-letter past verb with a shadda on its middle letter (أثّر، قدّم).
    func readsAsVerb(_ t: Int) -> Bool {
        let key = words.text.scalars[words.tokens[t].keyRange]
        guard let first = key.first, let last = key.last else { return false }
        if key.count >= 5, first == "ي" || first == "ت", last == "ن",
           key[key.index(key.endIndex, offsetBy: -2)] == "ا" || key[key.index(key.endIndex, offsetBy: -2)] == "و" { return true }
        let span = words.tokens[t].span
        let scalars = text.scalars[span.start..<span.end].filter { !(0x064B...0x0650).contains($0.value) }
        return key.count == 3 && scalars.count == 4 && scalars[scalars.index(scalars.startIndex, offsetBy: 2)] == "\u{0651}"
    }

    /// Whether the words after a title read as common words rather than a name, in unvocalised
    /// text: a word with the accusative's final alif (اجتماعا، حظا، برنامجا), a first word with
    /// the preposition ل or ب (لتمثيل، لشؤون، بيسراه), or a first word ending in ة or ات before
    /// another word (مدة تزيد، سلطة منطقة، اتفاقيات منح). Names can look so too (مها، بشار،
    /// فاطمة الزهراء), which is why only persons the tagger did not see are judged by it.
    func readsAsCommonWords(_ range: Range<Int>) -> Bool {
        let alef: Unicode.Scalar = "\u{0627}", taMarbuta: Unicode.Scalar = "\u{0629}", ta: Unicode.Scalar = "\u{062A}"
        for t in range {
            let key = words.text.scalars[words.tokens[t].keyRange]
            if key.count >= 3, key.last == alef, key[key.index(key.endIndex, offsetBy: -2)] != alef,
               !(words.splits(t).first?.definite ?? true) { return true }
        }
        let first = range.lowerBound
        if readsAsVerb(first) { return true }
        if words.splits(first).contains(where: { ($0.startsWith("ل") || $0.startsWith("ب")) && $0.stemLength >= 3 }) { return true }
        let original = text.scalars[words.tokens[first].span.start..<words.tokens[first].span.end]
        if range.count >= 2, original.last == taMarbuta || (original.count >= 4 && original.suffix(2).elementsEqual([alef, ta])) {
            return true
        }
        return false
    }

    /// The one person a title or nationality cue found (index into `mentions`) that a tagged
    /// person overlaps, when the tagged name overlaps nothing else.
    func cuePersonUnder(_ tagged: Range<Int>, _ mentionAt: [Int32]) -> Int? {
        var found: Int?
        for t in tagged {
            if !taken[t] {
                guard words.isWord(t), placeAt[t] == nil, adjectiveAt[t] == nil else { return nil }
                continue
            }
            let m = Int(mentionAt[t])
            guard m >= 0, found == nil || found == m, mentions[m].kind == .person, mentions[m].source == .cue else { return nil }
            found = m
        }
        return found
    }

    /// A person found after a cue takes the tagger's end, and its start when the tagger's is
    /// earlier: the cue finds where a name starts, but not always where it ends (جيمس جونز توافر …،
    /// مها أحمد برنامجا بعنوان …: a verb or a noun after the name), nor a given name the cue
    /// missed; the tagger, reading the words, sees both.
    mutating func fitPerson(_ m: Int, to tagged: Range<Int>, _ name: TaggedName) {
        let rule = mentions[m].tokens
        // A definite word the cue took after the tagger's end is a family name or nisba the
        // tagger often leaves out (ناصر بن علي الغامدي، محمد الحبيب الغربي): the cue's end stays.
        // (Not a definite noun in ة after a kunya chain the tagger closed: خالد أبو حسان الحكومة.)
        let cut = tagged.upperBound < rule.upperBound
            && !(tagged.upperBound..<rule.upperBound).contains {
                isDefiniteWord($0, allowingConjunction: false) && text.scalars[words.tokens[$0].span.end - 1] != "\u{0629}"
            }
        let range = min(rule.lowerBound, tagged.lowerBound)..<(cut ? tagged.upperBound : max(rule.upperBound, tagged.upperBound))
        guard range != rule else { return }
        var prefixLength = 0, firstStem = mentions[m].nameKeys[0]
        if range.lowerBound < rule.lowerBound {
            let first = words.tokens[range.lowerBound]
            let split = words.splits(range.lowerBound).first {
                words.text.origin[first.keyRange.lowerBound + $0.prefixLength] == name.span.start
            } ?? words.splits(range.lowerBound).first!
            prefixLength = split.prefixLength
            firstStem = split.stem
        }
        for t in rule { taken[t] = false }
        for t in range { taken[t] = true }
        let keys = nameKeys(range, firstStem: firstStem)
        mentions[m].tokens = range
        mentions[m].span = words.span(range, prefixLength: prefixLength)
        mentions[m].nameKeys = keys
        mentions[m].group = Self.group(.person, keys)
    }

    /// The gazetteer's places (indices into `mentions`) inside a tagged organisation that covers
    /// nothing else: the tagger read the place's word as part of a name, from context the
    /// gazetteer does not see (a club named after its city, ستيوا بوخارست، مانشستر يونايتد; a
    /// club or channel by its city's or region's name alone, برشلونة، الجزيرة). nil when the name
    /// overlaps anything else: there the rules win. For persons only a one-word city among other
    /// words (بان كي مون، كي مون; or a club the tagger reads as a person, دينامو كييف): the city is
    /// dropped, and the person is not added (`merge`); a person's name over a whole place, a
    /// country's or a city's (كوت ديفوار), is as often the tagger's error.
    func placesInsideTaggedName(_ tagged: Range<Int>, _ kind: FoundMention.Kind, _ mentionAt: [Int32]) -> [Int]? {
        guard kind == .organisation || (kind == .person && tagged.count >= 2) else { return nil }
        var places: [Int] = []
        for t in tagged where taken[t] {
            let m = Int(mentionAt[t])
            guard m >= 0 else { return nil }
            if places.last == m { continue }
            let mention = mentions[m]
            guard mention.source == .gazetteer, mention.kind == .location,
                  mention.tokens.lowerBound >= tagged.lowerBound, mention.tokens.upperBound <= tagged.upperBound else { return nil }
            places.append(m)
        }
        let placeTokens = places.reduce(0) { $0 + mentions[$1].tokens.count }
        guard !places.isEmpty, placeTokens <= tagged.count else { return nil }
        if kind == .person {
            guard places.count == 1, placeTokens < tagged.count, let match = placeAt[mentions[places[0]].tokens.lowerBound],
                  match.count == 1, PlaceLexicon.places[Int(match.place)].kind == .city else { return nil }
        }
        return places
    }

    /// في ديالى وكركوك وصلاح الدين: a name joined by و to a list of places (the one before it joined
    /// by و too) is a place, whatever the tagger called it.
    func isPlaceInAList(_ range: Range<Int>, _ split: Reading) -> Bool {
        guard split.isOnly("و"), range.lowerBound >= 2 else { return false }
        for width in 1...2 where range.lowerBound - width >= 1 {
            let start = range.lowerBound - width
            guard locationEndAt[start] == range.lowerBound, taken[start] else { continue }
            return words.splits(start).contains { $0.isOnly("و") } && words.isWord(start - 1)
        }
        return false
    }
}
