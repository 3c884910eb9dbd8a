/// The last steps of recognition: the tagger's names merged under the rules, further mentions of
/// names already found, and the grouping of mentions into entities.
extension EntityScan {
    static let tagKinds: [String: FoundMention.Kind] = [
        "PERS": .person, "PER": .person, "PERSON": .person, "ORG": .organisation, "ORGANISATION": .organisation,
        "LOC": .location, "GPE": .location, "LOCATION": .location, "MISC": .misc,
    ]

    /// Adds the tagger's names where the rules found nothing: rules win on every overlap.
    mutating func merge(_ names: [TaggedName]) {
        var standalone: WordSet?
        for name in names.sorted(by: { $0.span < $1.span }) {
            let range = name.tokenRange.clamped(to: 0..<words.count)
            guard let kind = Self.tagKinds[name.type.uppercased()], !range.isEmpty, isFree(range),
                  range.allSatisfy({ words.isWord($0) || $0 != range.lowerBound && $0 != range.upperBound - 1 }),
                  !(range.count == 1 && adjectiveAt[range.lowerBound] != nil) else { continue }
            let first = words.tokens[range.lowerBound]
            var split = words.splits(range.lowerBound)[0]
            if name.span.start <= first.span.start {
                // The tagger's span carries the proclitics of its first word: peel those whose stem
                // is definite, a head noun or stands alone elsewhere in the text (وكازاخستان → كازاخستان,
                // لوكالة تاس → وكالة تاس, not وليد → ليد).
                if standalone == nil { standalone = WordSet(words: words.tokens.lazy.filter { $0.kind == .word }.map(\.key)) }
                if let s = words.splits(range.lowerBound).dropFirst().first(where: {
                    NameCues.isDefinite($0.stem) || standalone!.contains($0.stem) || NameCues.organisationHeads.contains($0.stem)
                }) { split = s }
            } else if let s = words.splits(range.lowerBound).first(where: {
                words.text.origin[first.keyRange.lowerBound + $0.prefixLength] == name.span.start
            }) {
                split = s
            }
            let keys = nameKeys(range, firstStem: split.stem)
            let group = (kind == .person ? "person:" : "\(kind.rawValue.lowercased()):") + keys.joined(separator: " ")
            add(FoundMention(
                tokens: range, span: words.span(range, prefixLength: split.prefixLength), kind: kind, group: group,
                source: "tagger", nameKeys: keys))
        }
    }

    /// Every further occurrence of a name found once becomes a mention of its entity: the full name
    /// anywhere, and for a person of two or more words the surname alone (توكاييف). A one-word
    /// person mention that is the first name or surname of such a person joins that person.
    mutating func findFurtherMentions() {
        var fullNames = PhraseLexicon<String>()
        var surnames = WordTable<String>(), firstNames = WordTable<String>()
        var kindOf = WordTable<FoundMention.Kind>()
        for m in mentions {
            kindOf.insert(m.group, m.kind)
            guard m.source != "gazetteer" else { continue }
            fullNames.add(keys: m.nameKeys, m.group)
            if m.kind == .person, m.nameKeys.count >= 2 {
                for (key, isSurname) in [(m.nameKeys.last!, true), (m.nameKeys.first!, false)]
                where key.unicodeScalars.count >= 3 && !NameCues.stopWords.contains(key) {
                    if isSurname { surnames.insert(key, m.group) } else { firstNames.insert(key, m.group) }
                }
            }
        }
        guard !fullNames.isEmpty else { return }
        for index in mentions.indices where mentions[index].kind == .person && mentions[index].nameKeys.count == 1 {
            let key = mentions[index].nameKeys[0]
            if let group = surnames[key] ?? firstNames[key] { mentions[index].group = group }
        }
        var i = 0
        while i < words.count {
            guard words.isWord(i), !taken[i] else { i += 1; continue }
            var found: (group: String, split: Proclitics.Split, count: Int)?
            if let m = fullNames.match(at: i, in: words), isFree(i..<(i + m.tokens)) {
                found = (m.value, m.split, m.tokens)
            } else if let split = words.splits(i).first(where: { surnames.contains($0.stem) }) {
                found = (surnames[split.stem]!, split, 1)
            }
            guard let (group, split, count) = found, let kind = kindOf[group] else { i += 1; continue }
            let range = i..<(i + count)
            add(FoundMention(
                tokens: range, span: words.span(range, prefixLength: split.prefixLength), kind: kind, group: group,
                source: "repeat", roles: danglingRoles[i].map { [$0] } ?? [], nameKeys: nameKeys(range, firstStem: split.stem)))
            i += count
        }
    }

    /// Which layer's type wins in a group: the gazetteer's, then the rules', then the tagger's.
    static func sourceRank(_ source: String) -> Int {
        switch source {
        case "gazetteer": return 0
        case "byline", "cue", "quotes": return 1
        case "tagger": return 2
        default: return 3
        }
    }

    /// Mentions grouped into entities (ids E1, E2 … in order of first mention) and the country
    /// adjectives linked to the country's entity.
    func assemble() -> (entities: [Entity], countryAdjectives: [CountryAdjective]) {
        let sorted = mentions.sorted { $0.span < $1.span }
        // Groups in order of first mention; group keys compared by bytes (see WordTable).
        var groupIndex = WordTable<Int>()
        var groups: [[FoundMention]] = []
        for m in sorted {
            if let g = groupIndex[m.group] { groups[g].append(m) } else { groupIndex.insert(m.group, groups.count); groups.append([m]) }
        }
        var entities: [Entity] = []
        var idOfGroup = WordTable<String>()
        for ms in groups {
            let id = "E\(entities.count + 1)"
            idOfGroup.insert(ms[0].group, id)
            let typed = ms.min { Self.sourceRank($0.source) < Self.sourceRank($1.source) }!
            let fullest = ms.max { ($0.nameKeys.count, $0.span.length, -$0.span.start) < ($1.nameKeys.count, $1.span.length, -$1.span.start) }!
            var roles: [String] = []
            for m in ms { for r in m.roles where !roles.contains(r) { roles.append(r) } }
            var spans: [Span] = []
            for m in ms where spans.last != m.span { spans.append(m.span) }
            entities.append(Entity(
                id: id, type: typed.kind.rawValue, canonical: text.slice(fullest.span),
                english: ms.lazy.compactMap(\.english).first, countryCode: ms.lazy.compactMap(\.countryCode).first,
                roles: roles, mentions: spans.map { TextSpan($0, in: text) },
                sources: Array(Set(ms.map(\.source))).sorted()))
        }
        var adjectives: [CountryAdjective] = []
        for i in adjectiveAt.keys.sorted() where !taken[i] || !mentions.contains(where: { $0.kind == .person && $0.tokens.contains(i) }) {
            let (code, split) = adjectiveAt[i]!
            let span = words.span(i..<(i + 1), prefixLength: split.prefixLength)
            adjectives.append(CountryAdjective(
                start: span.start, end: span.end, text: text.slice(span), countryCode: code, entity: idOfGroup["country:\(code)"]))
        }
        return (entities, adjectives)
    }
}
