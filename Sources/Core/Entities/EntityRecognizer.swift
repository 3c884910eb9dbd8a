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
        scan.findPlacesKnownOrganisationsAndAdjectives()
        scan.findQuotedOrganisations()
        scan.findOrganisations()
        scan.findPersons()
        scan.addBylineAuthors(bylineAuthors)
        if let nameTagger { scan.merge(nameTagger.names(in: tokens)) }
        scan.findFurtherMentions()
        return scan.assemble()
    }
}

/// Optional values by token index; nil beyond the ends.
struct TokenMap<Value> {
    private var values: [Value?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    subscript(i: Int) -> Value? {
        get { i >= 0 && i < values.count ? values[i] : nil }
        set { values[i] = newValue }
    }
}

/// A place name starting at a token: the place (index into `PlaceLexicon.places`), the first
/// token's reading and the number of tokens.
struct PlaceMatch { let place: Int32; let split: Reading; let count: Int }

/// A country adjective at a token.
struct AdjectiveMatch { let code: String; let split: Reading }

/// One mention found by one layer, before grouping.
struct FoundMention {
    enum Kind: String { case person = "PERSON", organisation = "ORGANISATION", location = "LOCATION", misc = "MISC" }
    var tokens: Range<Int>
    var span: Span
    var kind: Kind
    /// Mentions with the same group key are one entity (a `KeyHash` of the place id or the name).
    var group: UInt64
    var source: String
    var english: String?
    var countryCode: String?
    var roles: [String] = []
    /// The token key hashes of the name (first token without its proclitics), for later matching.
    var nameKeys: [UInt64]
}

/// The working state of one recognition: what each layer found so far, and which tokens are taken.
struct EntityScan {
    let text: ArticleText
    let words: TokenReadings
    var mentions: [FoundMention] = []
    /// `taken[i]`: token i is inside an entity mention.
    var taken: [Bool]
    /// Place matches by first token: (place, first token reading, token count).
    var placeAt: TokenMap<PlaceMatch>
    /// Country adjectives by token: (country code, first token reading).
    var adjectiveAt: TokenMap<AdjectiveMatch>
    /// Roles standing before a comma with no name after them: رئيس كازاخستان، توكاييف.
    var danglingRoles: [Int: String] = [:]
    lazy var quoted: [QuotedStretches.Stretch] = QuotedStretches.find(in: words, text: text)

    init(text: ArticleText, words: TokenReadings) {
        self.text = text
        self.words = words
        taken = Array(repeating: false, count: words.count)
        placeAt = TokenMap(count: words.count)
        adjectiveAt = TokenMap(count: words.count)
    }

    func isFree(_ range: Range<Int>) -> Bool { range.allSatisfy { !taken[$0] } }

    mutating func add(_ mention: FoundMention) {
        for i in mention.tokens { taken[i] = true }
        mentions.append(mention)
    }

    /// The stems of tokens `range`: the first token without proclitics, the others as written.
    func nameKeys(_ range: Range<Int>, firstStem: UInt64) -> [UInt64] {
        [firstStem] + range.dropFirst().map { words.hash($0) }
    }

    /// The group of a name of `kind`: its kind and token hashes.
    static func group(_ kind: FoundMention.Kind, _ keys: [UInt64]) -> UInt64 {
        KeyHash.join(KeyHash.of(kind.rawValue), KeyHash.join(keys))
    }

    // MARK: places and adjectives

    /// One pass over the words for the three lexicons: places (committed later, once organisation
    /// names that contain them are known), known organisations, country adjectives.
    mutating func findPlacesKnownOrganisationsAndAdjectives() {
        let places = PlaceLexicon.shared, adjectives = CountryAdjectiveLexicon.shared
        let organisations = NameCues.knownOrganisationLexicon
        var i = 0
        while i < words.count {
            guard words.isWord(i), words.splits(i).contains(where: { $0.classes.contains(.lexiconStart) }) else { i += 1; continue }
            if let m = places.match(at: i, in: words) {
                placeAt[i] = PlaceMatch(place: m.value, split: m.split, count: m.tokens)
                i += m.tokens
                continue
            }
            if let m = organisations.match(at: i, in: words) {
                let range = i..<(i + m.tokens)
                add(FoundMention(
                    tokens: range, span: words.span(range, prefixLength: m.split.prefixLength), kind: .organisation,
                    group: KeyHash.of("org:" + m.value), source: "gazetteer", english: m.value,
                    nameKeys: nameKeys(range, firstStem: m.split.stem)))
                i += m.tokens
                continue
            }
            for split in words.splits(i) {
                if let code = adjectives[split.stem] { adjectiveAt[i] = AdjectiveMatch(code: code, split: split); break }
            }
            i += 1
        }
    }

    /// Commits the place matches not inside an organisation name; called once organisations are known.
    mutating func commitPlaces() {
        for i in 0..<words.count {
            guard let match = placeAt[i] else { continue }
            let place = PlaceLexicon.places[Int(match.place)], split = match.split, count = match.count
            let range = i..<(i + count)
            guard isFree(range) else { continue }
            add(FoundMention(
                tokens: range, span: words.span(range, prefixLength: split.prefixLength), kind: .location,
                group: place.group, source: "gazetteer", english: place.english, countryCode: place.countryCode,
                nameKeys: nameKeys(range, firstStem: split.stem)))
        }
    }

    // MARK: organisations

    /// The extent of an organisation name starting at a head noun at token `i`, if it names one.
    func organisationExtent(at i: Int) -> (range: Range<Int>, split: Reading)? {
        guard let split = words.splits(i).first(where: { $0.classes.contains(.organisationHead) && !$0.restoredArticle })
        else { return nil }
        let verbal = split.classes.contains(.verbalNounHead)
        // لتنظيم، بإدارة: "in order to organise", "under the management of".
        if verbal, split.hasClitic("ل") || split.hasClitic("ب") { return nil }
        let definiteHead = split.definite
        var j = i + 1, modifiers = 0, strong = false
        scan: while j < words.count, j - i <= 8, words.isWord(j), !taken[j] {
            if words.classes(j).contains(.stopWord) { break }
            if let place = placeAt[j] {
                // بواشنطن، لكازاخستان: a place after a preposition is where, not part of the name.
                guard place.split.prefixLength == 0 else { break }
                j += place.count; modifiers += 1; strong = true
                continue
            }
            if let adjective = adjectiveAt[j] {
                // Only a definite adjective agrees with a definite name: محكمة بريطانية is no name.
                guard adjective.split.prefixLength == 0, adjective.split.definite else { break }
                j += 1; modifiers += 1; strong = true
                break scan  // a nationality closes the name
            }
            for s in words.splits(j) {
                if s.prefixLength == 0, s.definite, !s.classes.contains(.personTitle) {
                    j += 1; modifiers += 1; continue scan
                }
                if s.isOnly("و"), s.definite, modifiers > 0 { j += 1; continue scan }
                if s.restoredArticle, modifiers > 0 { j += 1; modifiers += 1; continue scan }
                if s.isOnly("ل"), s.classes.contains(.organisationHead), !s.definite {
                    j += 1; strong = true; continue scan
                }
            }
            break
        }
        guard modifiers > 0, strong || !(definiteHead || verbal) else { return nil }
        // A trailing nested head without its own genitive is not part of the name.
        while j > i + 1, words.isWord(j - 1), !(words.splits(j - 1).last?.definite ?? false),
              adjectiveAt[j - 1] == nil, placeAt[j - 1] == nil,
              words.splits(j - 1).contains(where: { $0.classes.contains(.organisationHead) }) {
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

    func organisation(_ range: Range<Int>, split: Reading, source: String) -> FoundMention {
        let keys = nameKeys(range, firstStem: split.stem)
        return FoundMention(
            tokens: range, span: words.span(range, prefixLength: split.prefixLength), kind: .organisation,
            group: Self.group(.organisation, keys), source: source, nameKeys: keys)
    }

    /// Quoted names that are organisations: they start with a head noun (“الوكالة الأمريكية …”) or
    /// follow one (تنظيم “داعش”، منظمة “معاهدة الأمن الجماعي”). The span is the quoted name.
    mutating func findQuotedOrganisations() {
        for stretch in quoted {
            let content = stretch.content
            guard !content.isEmpty, content.count <= 8, isFree(content),
                  content.allSatisfy({ words.isWord($0) }) else { continue }
            let first = words.splits(content.lowerBound)
            let startsWithHead = content.count >= 2 && first.contains { $0.prefixLength == 0 && $0.classes.contains(.organisationHead) }
            let before = stretch.open - 1
            let afterHead = words.isWord(before) && words.splits(before).contains { $0.classes.contains(.organisationHead) }
            guard startsWithHead || afterHead else { continue }
            add(organisation(content, split: first.first!, source: "quotes"))
        }
    }
}
