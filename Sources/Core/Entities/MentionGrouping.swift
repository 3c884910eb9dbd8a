/// The last steps of recognition: the tagger's names merged under the rules, further mentions of
/// names already found, and the grouping of mentions into entities.
extension EntityScan {
    static let tagKinds: [String: FoundMention.Kind] = [
        "PERS": .person, "PER": .person, "PERSON": .person, "ORG": .organisation, "ORGANISATION": .organisation,
        "LOC": .location, "GPE": .location, "LOCATION": .location, "MISC": .misc,
    ]

    /// Adds the tagger's names where the rules found nothing: rules win on every overlap.
    mutating func merge(_ names: [TaggedName]) {
        var standalone: Set<String>?
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
                if standalone == nil { standalone = Set(words.tokens.lazy.filter { $0.kind == .word }.map(\.key)) }
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
        var fullNames: [String: String] = [:]
        var surnames: [String: String] = [:]
        var firstNames: [String: String] = [:]
        var maxTokens = 1
        for m in mentions where m.source != "gazetteer" {
            let full = m.nameKeys.joined(separator: " ")
            if fullNames[full] == nil { fullNames[full] = m.group }
            maxTokens = max(maxTokens, m.nameKeys.count)
            if m.kind == .person, m.nameKeys.count >= 2 {
                for (key, table) in [(m.nameKeys.last!, 0), (m.nameKeys.first!, 1)]
                where key.unicodeScalars.count >= 3 && !NameCues.stopWords.contains(key) {
                    if table == 0 { if surnames[key] == nil { surnames[key] = m.group } } else if firstNames[key] == nil { firstNames[key] = m.group }
                }
            }
        }
        guard !fullNames.isEmpty else { return }
        for index in mentions.indices where mentions[index].kind == .person && mentions[index].nameKeys.count == 1 {
            let key = mentions[index].nameKeys[0]
            if let group = surnames[key] ?? firstNames[key] { mentions[index].group = group }
        }
        let kindOf = Dictionary(mentions.map { ($0.group, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var i = 0
        while i < words.count {
            guard words.isWord(i), !taken[i] else { i += 1; continue }
            var found: (group: String, split: Proclitics.Split, count: Int)?
            for split in words.splits(i) {
                var key = split.stem, n = 1
                if let g = fullNames[key] { found = (g, split, 1) } else if let g = surnames[key] { found = (g, split, 1) }
                while n < maxTokens, i + n < words.count, !taken[i + n] {
                    key += " " + words.key(i + n); n += 1
                    if let g = fullNames[key] { found = (g, split, n) }
                }
                if found != nil { break }
            }
            guard let (group, split, count) = found, let kind = kindOf[group] else { i += 1; continue }
            let range = i..<(i + count)
            add(FoundMention(
                tokens: range, span: words.span(range, prefixLength: split.prefixLength), kind: kind, group: group,
                source: "repeat", roles: danglingRoles[i].map { [$0] } ?? [], nameKeys: nameKeys(range, firstStem: split.stem)))
            i += count
        }
    }

    /// Mentions grouped into entities (ids E1, E2 … in order of first mention) and the country
    /// adjectives linked to the country's entity.
    func assemble() -> (entities: [Entity], countryAdjectives: [CountryAdjective]) {
        let sorted = mentions.sorted { $0.span < $1.span }
        var order: [String] = []
        var byGroup: [String: [FoundMention]] = [:]
        for m in sorted {
            if byGroup[m.group] == nil { order.append(m.group) }
            byGroup[m.group, default: []].append(m)
        }
        var entities: [Entity] = []
        var idOfGroup: [String: String] = [:]
        for group in order {
            let ms = byGroup[group]!
            let id = "E\(entities.count + 1)"
            idOfGroup[group] = id
            let rank = ["gazetteer": 0, "byline": 1, "cue": 1, "quotes": 1, "tagger": 2, "repeat": 3]
            let typed = ms.min { rank[$0.source, default: 3] < rank[$1.source, default: 3] }!
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
