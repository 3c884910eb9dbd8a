/// News agencies the Arab press names by acronym or short name (واس، واج، «سبأ»، "وفا"): the one
/// place for such data.
///
/// Names that are no ordinary word are known organisations everywhere (`NameCues.knownOrganisations`
/// takes them); names that are also a word (سبأ the kingdom, بنا "with us", معا "together", قنا a
/// city) are an agency only where the press names its source: alone in quotation marks or
/// parentheses after ل (لـ«سبأ»), a relaying verb (نقلت «وفا» …), a dash (a dateline: غزة - «معا»:)
/// or the agency's full name (وكالة الأنباء اليمنية "سبأ"); or before a dateline's colon.
enum NewsAgencies {
    /// Arabic names, English name, whether the name is also an ordinary word or another name.
    static let agencies: [(arabic: [String], english: String, ordinaryWord: Bool)] = [
        (["واس"], "Saudi Press Agency", false),
        (["وام"], "Emirates News Agency", false),
        (["كونا"], "Kuwait News Agency", false),
        (["سانا"], "Syrian Arab News Agency", false),
        (["واج"], "Algeria Press Service", false),
        (["إرنا", "ارنا"], "Islamic Republic News Agency", false),
        (["سونا"], "Sudan News Agency", false),
        (["أ ف ب", "ا ف ب"], "Agence France-Presse", false),
        (["وفا"], "WAFA News Agency", true),
        (["سبأ"], "Saba News Agency", true),
        (["قنا"], "Qatar News Agency", true),
        (["بنا"], "Bahrain News Agency", true),
        (["معا"], "Ma'an News Agency", true),
        (["بترا"], "Petra News Agency", true),
        (["الأناضول"], "Anadolu Agency", true),
        (["وات"], "Tunis Afrique Presse", true),
        (["ومع"], "Maghreb Arabe Presse", true),
    ]

    /// The agencies whose names are no ordinary word, as known organisations.
    static let knownEverywhere: [(arabic: [String], english: String)] = agencies.filter { !$0.ordinaryWord }.map { ($0.arabic, $0.english) }

    /// One-word names that are also ordinary words, by key hash: the English name.
    static let contextual: KeyMap<String> = {
        var pairs: [(UInt64, String)] = []
        for agency in agencies where agency.ordinaryWord {
            for name in agency.arabic where !name.contains(" ") { pairs.append((KeyHash.of(word: name), agency.english)) }
        }
        return KeyMap(pairs)
    }()

    /// Verbs that relay what a source said (نقلت «وفا» عن …، ذكرت «سبأ» أن …).
    static let relayingVerbs: KeySet = KeySet(
["نقلت", "ونقلت", "ذكرت", "وذكرت", "أفادت", "وأفادت", "أوردت", "وأوردت",
                                                 "بثت", "وبثت", "نشرت", "ونشرت", "قالت", "وقالت", "حسب", "بحسب", "وبحسب",
                                                 "وفق", "ووفق", "لوكالة", "وكالة"])
}

extension EntityScan {
    /// Agencies whose names are also ordinary words, where the press names its source (see
    /// `NewsAgencies`): an organisation, in place of what another layer read there (a place:
    /// وفا، قنا). Every such name follows a punctuation mark (an opening quotation mark or
    /// parenthesis, or a dateline's dash), so only words after one are looked up.
    mutating func findNewsAgencies(at candidates: [Int]) {
        let table = NewsAgencies.contextual
        for i in candidates {
            let p = i - 1
            guard i + 1 < words.count, let english = table[words.hash(i)], isAgencyPosition(i, after: p) else { continue }
            let group = KeyHash.of(key: "org:" + english)
            if taken[i] {
                // Only a one-word reading of another layer gives way (not a longer name around it).
                guard let m = mentions.firstIndex(where: { $0.tokens.contains(i) }), mentions[m].tokens == i..<(i + 1) else { continue }
                if mentions[m].kind == .organisation {
                    // لـ«قنا»: the quoted name is the agency's (one entity with its other mentions).
                    mentions[m].english = english
                    mentions[m].group = group
                    continue
                }
                mentions.remove(at: m)
                taken[i] = false
                locationEndAt[i] = nil
                indexOrganisations()
            }
            let range = i..<(i + 1)
            add(FoundMention(tokens: range, span: words.span(range), kind: .organisation, group: group,
                             source: .gazetteer, english: english, nameKeys: [words.hash(i)]))
        }
    }

    /// Whether the word at `i`, right after the punctuation at `p`, stands where the press names
    /// its source.
    private func isAgencyPosition(_ i: Int, after p: Int) -> Bool {
        let mark = text.scalars[words.tokens[p].span.start]
        let dash = "-–—ـ".unicodeScalars.contains(mark)
        let next = i + 1
        let colonAfter = { (k: Int) in words.isPunctuation(k) && text.scalars[words.tokens[k].span.start] == ":" }
        // غزة - معا: / الرياض (واس) -
        if dash { return colonAfter(next) }
        guard mark == "(" || QuotedStretches.isOpener(mark), words.isPunctuation(next) else { return false }
        let close = text.scalars[words.tokens[next].span.start]
        guard close == ")" || QuotedStretches.isCloser(close) else { return false }
        if colonAfter(next + 1) { return true }
        let before = p - 1
        guard words.isWord(before) else {
            // بيروت – «معا»: a dash before the quoted name
            return words.isPunctuation(before) && "-–—".unicodeScalars.contains(text.scalars[words.tokens[before].span.start])
        }
        // لـ«سبأ»: a detached ل.
        if words.tokens[before].keyRange.count == 1, text.scalars[words.tokens[before].span.start] == "\u{0644}" { return true }
        if NewsAgencies.relayingVerbs.contains(hash: words.hash(before)) { return true }
        // وكالة الأنباء اليمنية "سبأ": the agency's full name before it.
        return mentions.contains { $0.kind == .organisation && $0.tokens.upperBound == p }
    }
}

extension EntityScan {
    /// Whether one place, or several separated by commas (عدن، لندن), ends right before token
    /// `end` and opens its line: a dateline's places.
    func datelinePlacesOpenLine(endingAt end: Int) -> Bool {
        var end = end
        while true {
            var start: Int?
            for k in stride(from: end - 1, through: max(0, end - 3), by: -1) {
                if let place = placeAt[k], k + place.count == end { start = k; break }
            }
            guard let k = start else { return false }
            if k == 0 || words.lineBreak(between: k - 1, and: k, in: text) { return true }
            guard k >= 2, words.isComma(k - 1) else { return false }
            end = k - 1
        }
    }
}
