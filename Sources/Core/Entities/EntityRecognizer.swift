/// Finds the persons, organisations and locations an Arabic article names, every mention with
/// its exact span, grouped into one entity per real-world thing, and the nationality adjectives
/// linked to their country.
///
/// Layers, in order of confidence: place names (CLDR countries, GeoNames cities, regions) and
/// known organisations; organisation names built on a head noun (وزارة الخارجية الروسية) or
/// given in quotation marks; persons after a title or role (الرئيس الكازاخستاني قاسم جومارت توكاييف);
/// byline authors; then the names an optional trained `NameTagger` finds where the rules found
/// nothing. Finally every further occurrence of a name found once (a person's surname alone,
/// a quoted organisation unquoted) becomes a mention of the same entity.
///
/// Proclitics و ف ب ل ك stay outside spans, the article ال inside. Pure: lexicons are read-only
/// static tables built once.
public struct EntityRecognizer: Sendable {
    public let nameTagger: (any NameTagger)?

    public init(nameTagger: (any NameTagger)? = nil) {
        self.nameTagger = nameTagger
    }

    public func recognize(
        _ text: ArticleText, key: NormalizedText, tokens: [Token], bylineAuthors: [Span]
    ) -> (entities: [Entity], countryAdjectives: [CountryAdjective]) {
        var scan = EntityScan(text: text, words: TokenReadings(tokens: tokens, key: key))
        scan.findPlacesAndAdjectives()
        scan.findKnownOrganisations()
        scan.findQuotedOrganisations()
        scan.findOrganisations()
        scan.findPersons()
        scan.addBylineAuthors(bylineAuthors)
        if let nameTagger { scan.merge(nameTagger.names(in: tokens)) }
        scan.findFurtherMentions()
        return scan.assemble()
    }
}

/// One mention found by one layer, before grouping.
struct FoundMention {
    enum Kind: String { case person = "PERSON", organisation = "ORGANISATION", location = "LOCATION", misc = "MISC" }
    var tokens: Range<Int>
    var span: Span
    var kind: Kind
    /// Mentions with the same group key are one entity.
    var group: String
    var source: String
    var english: String?
    var countryCode: String?
    var roles: [String] = []
    /// The token keys of the name (first token without its proclitics), for later matching.
    var nameKeys: [String]
}

/// The working state of one recognition: what each layer found so far, and which tokens are taken.
struct EntityScan {
    let text: ArticleText
    let words: TokenReadings
    var mentions: [FoundMention] = []
    /// `taken[i]`: token i is inside an entity mention.
    var taken: [Bool]
    /// Place matches by first token: (place, first token reading, token count).
    var placeAt: [Int: (place: KnownPlace, split: Proclitics.Split, count: Int)] = [:]
    /// Country adjectives by token: (country code, first token reading).
    var adjectiveAt: [Int: (code: String, split: Proclitics.Split)] = [:]
    /// Roles standing before a comma with no name after them: رئيس كازاخستان، توكاييف.
    var danglingRoles: [Int: String] = [:]
    lazy var quoted: [QuotedStretches.Stretch] = QuotedStretches.find(in: words, text: text)

    init(text: ArticleText, words: TokenReadings) {
        self.text = text
        self.words = words
        taken = Array(repeating: false, count: words.count)
    }

    func isFree(_ range: Range<Int>) -> Bool { range.allSatisfy { !taken[$0] } }

    mutating func add(_ mention: FoundMention) {
        for i in mention.tokens { taken[i] = true }
        mentions.append(mention)
    }

    /// The stems of tokens `range`: the first token without proclitics, the others as written.
    func nameKeys(_ range: Range<Int>, firstStem: String) -> [String] {
        [firstStem] + range.dropFirst().map { words.key($0) }
    }

    // MARK: places and adjectives

    mutating func findPlacesAndAdjectives() {
        let places = PlaceLexicon.shared, adjectives = CountryAdjectiveLexicon.shared
        var i = 0
        while i < words.count {
            guard words.isWord(i) else { i += 1; continue }
            if let m = places.match(at: i, in: words) {
                placeAt[i] = (m.value, m.split, m.tokens)
                i += m.tokens
                continue
            }
            for split in words.splits(i) where !split.restoredArticle || true {
                if let code = adjectives[split.stem] { adjectiveAt[i] = (code, split); break }
            }
            i += 1
        }
    }

    /// Commits the place matches not inside an organisation name; called once organisations are known.
    mutating func commitPlaces() {
        for i in placeAt.keys.sorted() {
            let (place, split, count) = placeAt[i]!
            let range = i..<(i + count)
            guard isFree(range) else { continue }
            add(FoundMention(
                tokens: range, span: words.span(range, prefixLength: split.prefixLength), kind: .location,
                group: place.id, source: "gazetteer", english: place.english, countryCode: place.countryCode,
                nameKeys: nameKeys(range, firstStem: split.stem)))
        }
    }

    // MARK: organisations

    mutating func findKnownOrganisations() {
        let lexicon = NameCues.knownOrganisationLexicon
        var i = 0
        while i < words.count {
            guard words.isWord(i), placeAt[i] == nil, let m = lexicon.match(at: i, in: words) else { i += 1; continue }
            let range = i..<(i + m.tokens)
            add(FoundMention(
                tokens: range, span: words.span(range, prefixLength: m.split.prefixLength), kind: .organisation,
                group: "org:" + m.value, source: "gazetteer", english: m.value,
                nameKeys: nameKeys(range, firstStem: m.split.stem)))
            i += m.tokens
        }
    }

    /// The extent of an organisation name starting at a head noun at token `i`, if it names one.
    func organisationExtent(at i: Int) -> (range: Range<Int>, split: Proclitics.Split)? {
        guard let split = words.splits(i).first(where: { NameCues.organisationHeads.contains($0.stem) && !$0.restoredArticle })
        else { return nil }
        let verbal = NameCues.verbalNounHeads.contains(split.stem)
        let prefix = words.key(i).unicodeScalars.prefix(split.prefixLength)
        // لتنظيم، بإدارة: "in order to organise", "under the management of".
        if verbal, prefix.contains("ل") || prefix.contains("ب") { return nil }
        let definiteHead = NameCues.isDefinite(split.stem)
        var j = i + 1, modifiers = 0, strong = false
        scan: while j < words.count, j - i <= 8, words.isWord(j), !taken[j] {
            if NameCues.stopWords.contains(words.key(j)) { break }
            if let place = placeAt[j] {
                // بواشنطن، لكازاخستان: a place after a preposition is where, not part of the name.
                guard place.split.prefixLength == 0 else { break }
                j += place.count; modifiers += 1; strong = true
                continue
            }
            if let adjective = adjectiveAt[j] {
                // Only a definite adjective agrees with a definite name: محكمة بريطانية is no name.
                guard adjective.split.prefixLength == 0, NameCues.isDefinite(adjective.split.stem) else { break }
                j += 1; modifiers += 1; strong = true
                break scan  // a nationality closes the name
            }
            for s in words.splits(j) {
                let p = words.key(j).unicodeScalars.prefix(s.prefixLength)
                if s.prefixLength == 0, NameCues.isDefinite(s.stem), !NameCues.personTitles.contains(s.stem) {
                    j += 1; modifiers += 1; continue scan
                }
                if p.elementsEqual(["و"]), NameCues.isDefinite(s.stem), modifiers > 0 { j += 1; continue scan }
                if s.restoredArticle, modifiers > 0 { j += 1; modifiers += 1; continue scan }
                if p.elementsEqual(["ل"]), NameCues.organisationHeads.contains(s.stem), !NameCues.isDefinite(s.stem) {
                    j += 1; strong = true; continue scan
                }
            }
            break
        }
        guard modifiers > 0, strong || !(definiteHead || verbal) else { return nil }
        // A trailing nested head without its own genitive is not part of the name.
        while j > i + 1, !NameCues.isDefinite(words.splits(j - 1).last!.stem), adjectiveAt[j - 1] == nil, placeAt[j - 1] == nil,
              words.splits(j - 1).contains(where: { NameCues.organisationHeads.contains($0.stem) }) {
            j -= 1
        }
        return (i..<j, split)
    }

    mutating func findOrganisations() {
        var i = 0
        while i < words.count {
            guard words.isWord(i), !taken[i], placeAt[i] == nil, let (range, split) = organisationExtent(at: i) else { i += 1; continue }
            add(organisation(range, split: split, source: "cue"))
            i = range.upperBound
        }
        commitPlaces()
    }

    func organisation(_ range: Range<Int>, split: Proclitics.Split, source: String) -> FoundMention {
        let keys = nameKeys(range, firstStem: split.stem)
        return FoundMention(
            tokens: range, span: words.span(range, prefixLength: split.prefixLength), kind: .organisation,
            group: "org:" + keys.joined(separator: " "), source: source, nameKeys: keys)
    }

    /// Quoted names that are organisations: they start with a head noun (“الوكالة الأمريكية …”) or
    /// follow one (تنظيم “داعش”، منظمة “معاهدة الأمن الجماعي”). The span is the quoted name.
    mutating func findQuotedOrganisations() {
        for stretch in quoted {
            let content = stretch.content
            guard !content.isEmpty, content.count <= 8, isFree(content),
                  content.allSatisfy({ words.isWord($0) }) else { continue }
            let first = words.splits(content.lowerBound)
            let startsWithHead = content.count >= 2 && first.contains { $0.prefixLength == 0 && NameCues.organisationHeads.contains($0.stem) }
            let before = stretch.open - 1
            let afterHead = words.isWord(before) && words.splits(before).contains { NameCues.organisationHeads.contains($0.stem) }
            guard startsWithHead || afterHead else { continue }
            add(organisation(content, split: first[0], source: "quotes"))
        }
    }
}
