/// The last steps of recognition: every further mention of names already found, and the grouping
/// of mentions into entities (the tagger's names are merged before, in TaggedNameMerge.swift).
extension EntityScan {
    /// Every further occurrence of a name found once becomes a mention of its entity: the full name
    /// anywhere, and for a person of two or more words the surname alone (توكاييف). A one-word
    /// person mention that is the first name or surname of such a person joins that person.
    mutating func findFurtherMentions() {
        var fullNames = PhraseLexicon<UInt64>()
        var surnames = GrowingKeyMap<UInt64>(), firstNames = GrowingKeyMap<UInt64>()
        var surnameKeys: [UInt64] = []
        // A further mention has the kind and source of the mention that found its name.
        // (The source by the index of that mention, whose source never changes.)
        var kindOf = GrowingKeyMap<FoundMention.Kind>(capacity: mentions.count)
        var sourceOf = GrowingKeyMap<Int>(capacity: mentions.count)
        for index in mentions.indices {  // by index: a mention copy retains its strings and arrays
            let group = mentions[index].group, kind = mentions[index].kind
            if kindOf[group] == nil { kindOf[group] = kind; sourceOf[group] = index }
            guard mentions[index].source != .gazetteer else { continue }
            fullNames.add(hashes: mentions[index].nameKeys, group)
            if kind == .person, mentions[index].nameKeys.count >= 2 {
                let tokens = mentions[index].tokens, firstKey = mentions[index].nameKeys[0]
                let first = words.splits(tokens.lowerBound).first { $0.stem == firstKey }
                if let last = words.splits(tokens.upperBound - 1).first, last.stemLength >= 3, !last.classes.contains(.stopWord), surnames[last.stem] == nil {
                    surnames[last.stem] = group
                    surnameKeys.append(last.stem)
                }
                if let first, first.stemLength >= 3, !first.classes.contains(.stopWord), firstNames[first.stem] == nil {
                    firstNames[first.stem] = group
                }
            }
        }
        guard !fullNames.isEmpty else { return }
        // One-word person mentions, and one-word names from the tagger whatever type it gave them
        // (it may call a surname alone a place: توكاييف), join the person whose first or last name they are.
        for index in mentions.indices where mentions[index].nameKeys.count == 1
            && (mentions[index].kind == .person || mentions[index].source == .tagger) {
            let key = mentions[index].nameKeys[0]
            if let group = surnames[key] ?? firstNames[key] {
                mentions[index].group = group
                mentions[index].kind = .person
            }
        }
        // The stems a further mention can start with: one look-up rules out almost every word.
        var starts = GrowingKeyMap<Bool>(capacity: fullNames.startTokens.count + surnameKeys.count)
        for h in fullNames.startTokens { starts[h] = true }
        for h in surnameKeys { starts[h] = true }
        var i = 0
        while i < words.count {
            guard words.isWord(i), !taken[i], words.splits(i).contains(where: { starts[$0.stem] != nil }) else { i += 1; continue }
            var found: (group: UInt64, split: Reading, count: Int)?
            if let m = fullNames.match(at: i, in: words), isFree(i..<(i + m.tokens)) {
                found = (m.value, m.split, m.tokens)
            } else if let split = words.splits(i).first(where: { surnames[$0.stem] != nil }) {
                found = (surnames[split.stem]!, split, 1)
            }
            guard let (group, split, count) = found, let kind = kindOf[group], let first = sourceOf[group],
                  // A one-word name is not repeated on a word that also reads as a function word
                  // (فان: ف + ان, وكان: و + كان), wherever the name itself came from.
                  count > 1 || !words.anyClasses(i).contains(.stopWord),
                  // Nor a one-word definite organisation (a club: العربي، الهلال) right after a definite
                  // word, whose adjective it is there (العالم العربي).
                  !(count == 1 && kind == .organisation && split.definite && isDefiniteWord(i - 1, allowingConjunction: true))
            else { i += 1; continue }
            let source = mentions[first].source
            let range = i..<(i + count)
            add(FoundMention(
                tokens: range, span: words.span(range, prefixLength: split.prefixLength), kind: kind, group: group,
                source: source, nameKeys: nameKeys(range, firstStem: split.stem)))
            i += count
        }
    }

    /// Which layer's type wins in a group: the gazetteer's, then the rules', then the tagger's.
    static func sourceRank(_ source: FoundMention.Source) -> Int {
        switch source {
        case .gazetteer: return 0
        case .byline, .cue, .quotes: return 1
        case .tagger: return 2
        }
    }

    /// The record lists an entity's sources by name (byline, cue, gazetteer …): a bit per source
    /// in that order gathers them without an array to search and sort per entity.
    static let sourcesByName = FoundMention.Source.allCases.sorted { $0.rawValue < $1.rawValue }

    /// Mentions grouped into entities (ids E1, E2 … in order of first mention) and the country
    /// adjectives linked to the country's entity.
    func assemble() -> (entities: [Entity], countryAdjectives: [CountryAdjective]) {
        // Indices rather than copies: a mention carries strings and arrays.
        let spansOf = mentions.map(\.span)
        let order = mentions.indices.sorted { spansOf[$0] < spansOf[$1] }
        // Groups in order of first mention, their members in text order, flat (one array, not
        // one per group): group g's members are `members[bounds[g]..<bounds[g + 1]]`.
        var groupIndex = GrowingKeyMap<Int>()
        var groupOf = [Int](repeating: 0, count: mentions.count)
        var bounds = [0]
        for m in order {
            let g = groupIndex[mentions[m].group] ?? bounds.count - 1
            if g == bounds.count - 1 { groupIndex[mentions[m].group] = g; bounds.append(0) }
            groupOf[m] = g
            bounds[g + 1] += 1
        }
        for g in bounds.indices.dropFirst() { bounds[g] += bounds[g - 1] }
        var members = [Int](repeating: 0, count: mentions.count), filled = bounds
        for m in order { members[filled[groupOf[m]]] = m; filled[groupOf[m]] += 1 }
        var entities: [Entity] = []
        entities.reserveCapacity(bounds.count - 1)
        let byName = Self.sourcesByName
        for g in 0..<(bounds.count - 1) {  // entity g is group g: `groupIndex` gives a group's entity
            let members = members[bounds[g]..<bounds[g + 1]]
            let id = "E" + String(entities.count + 1)
            var typed = members.first!, fullest = members.first!
            var roles: [String] = [], sources: UInt8 = 0  // bit k: `sourcesByName[k]` found a member
            var english: String?, countryCode: String?
            var spans: [TextSpan] = []
            spans.reserveCapacity(members.count)
            for m in members {  // fields read in place: a mention carries strings and arrays
                if Self.sourceRank(mentions[m].source) < Self.sourceRank(mentions[typed].source) { typed = m }
                if (mentions[m].nameKeys.count, spansOf[m].length) > (mentions[fullest].nameKeys.count, spansOf[fullest].length) {
                    fullest = m
                }
                if !mentions[m].roles.isEmpty { for r in mentions[m].roles where !roles.contains(r) { roles.append(r) } }
                // A role before a comma and the name: رئيس كازاخستان، توكاييف.
                if mentions[m].kind == .person, let r = danglingRoles[mentions[m].tokens.lowerBound], !roles.contains(r) {
                    roles.append(r)
                }
                sources |= 1 << byName.firstIndex(of: mentions[m].source)!
                if english == nil { english = mentions[m].english }
                if countryCode == nil { countryCode = mentions[m].countryCode }
                if spans.last?.span != spansOf[m] { spans.append(textSpan(spansOf[m], sharingWith: spans)) }
            }
            let canonical = spans.first { $0.span == spansOf[fullest] }?.text ?? text.slice(spansOf[fullest])
            entities.append(Entity(
                id: id, type: mentions[typed].kind.rawValue, canonical: canonical, english: english,
                countryCode: countryCode, roles: roles, mentions: spans,
                sources: byName.indices.compactMap { sources & (1 << $0) != 0 ? byName[$0].rawValue : nil }))
        }
        // Tokens inside a person's name, marked once: not a scan of every mention per adjective.
        var inPerson = [Bool](repeating: false, count: words.count)
        for m in mentions.indices where mentions[m].kind == .person { for t in mentions[m].tokens { inPerson[t] = true } }
        var adjectives: [CountryAdjective] = []
        // The country's entity id by code, looked up once per country (a few codes, many adjectives).
        var countryEntities: [(code: String, entity: String?)] = []
        for i in 0..<words.count {
            guard let match = adjectiveAt[i], !taken[i] || !inPerson[i] else { continue }
            let code = match.code, span = words.span(i..<(i + 1), prefixLength: match.split.prefixLength)
            let entity: String?
            if let known = countryEntities.first(where: { $0.code == code }) {
                entity = known.entity
            } else {
                entity = groupIndex[KeyHash.of(key: "country:" + code)].map { entities[$0].id }
                countryEntities.append((code, entity))
            }
            adjectives.append(CountryAdjective(
                start: span.start, end: span.end, text: text.slice(span), countryCode: code, entity: entity))
        }
        return (entities, adjectives)
    }

    /// The record's span for `span`: a name repeated as written (توكاييف … توكاييف) shares the
    /// string of the group's first or last mention so far instead of a new copy of the text.
    private func textSpan(_ span: Span, sharingWith earlier: [TextSpan]) -> TextSpan {
        func reused(_ candidate: TextSpan?) -> TextSpan? {
            guard var same = candidate, same.span.length == span.length,
                  text.scalars[same.start..<same.end].elementsEqual(text.scalars[span.start..<span.end]) else { return nil }
            same.start = span.start
            same.end = span.end
            return same
        }
        return reused(earlier.first) ?? reused(earlier.last) ?? TextSpan(span, in: text)
    }
}
