/// Optional values by token index; nil beyond the ends.
///
/// Few tokens have a value: each token holds only the index of its value (-1 for none), so making
/// a map for an article fills a small array of integers, not one optional value per token.
struct TokenMap<Value> {
    private var slots: [Int32]
    private var values: [Value] = []
    init(count: Int) { slots = Array(repeating: -1, count: count) }
    subscript(i: Int) -> Value? {
        get { i >= 0 && i < slots.count && slots[i] >= 0 ? values[Int(slots[i])] : nil }
        set {
            guard let newValue else { slots[i] = -1; return }
            if slots[i] >= 0 {
                values[Int(slots[i])] = newValue
            } else {
                slots[i] = Int32(values.count)
                values.append(newValue)
            }
        }
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
    /// The layer that found the mention (the record's `sources` are the raw values).
    enum Source: String, CaseIterable { case gazetteer, cue, quotes, byline, tagger }
    var source: Source
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
    var danglingRoles: TokenMap<String>
    /// The first organisation mention starting at each token (index into `mentions`).
    var organisationAt: TokenMap<Int>
    /// The end token of the first location mention starting at each token.
    var locationEndAt: TokenMap<Int>

    init(text: ArticleText, words: TokenReadings) {
        self.text = text
        self.words = words
        taken = Array(repeating: false, count: words.count)
        placeAt = TokenMap(count: words.count)
        adjectiveAt = TokenMap(count: words.count)
        danglingRoles = TokenMap(count: words.count)
        organisationAt = TokenMap(count: words.count)
        locationEndAt = TokenMap(count: words.count)
    }

    func isFree(_ range: Range<Int>) -> Bool { range.allSatisfy { !taken[$0] } }

    mutating func add(_ mention: consuming FoundMention) {  // consumed: appended without a copy
        for i in mention.tokens { taken[i] = true }
        if mention.kind == .organisation, !mention.tokens.isEmpty, organisationAt[mention.tokens.lowerBound] == nil {
            organisationAt[mention.tokens.lowerBound] = mentions.count
        }
        if mention.kind == .location, !mention.tokens.isEmpty, locationEndAt[mention.tokens.lowerBound] == nil {
            locationEndAt[mention.tokens.lowerBound] = mention.tokens.upperBound
        }
        mentions.append(mention)
    }

    /// Rebuilds `organisationAt` after mentions were removed.
    mutating func indexOrganisations() {
        organisationAt = TokenMap(count: words.count)
        for m in mentions.indices where mentions[m].kind == .organisation && !mentions[m].tokens.isEmpty {  // no mention copies
            if organisationAt[mentions[m].tokens.lowerBound] == nil { organisationAt[mentions[m].tokens.lowerBound] = m }
        }
    }

    /// The stems of tokens `range`: the first token without proclitics, the others as written.
    func nameKeys(_ range: Range<Int>, firstStem: UInt64) -> [UInt64] {
        var keys: [UInt64] = []  // one allocation, not three
        keys.reserveCapacity(range.count)
        keys.append(firstStem)
        for t in range.dropFirst() { keys.append(words.hash(t)) }
        return keys
    }

    /// The group of a name of `kind`: its kind and token hashes.
    static func group(_ kind: FoundMention.Kind, _ keys: [UInt64]) -> UInt64 {
        KeyHash.join(KeyHash.of(key: kind.rawValue), KeyHash.join(keys))
    }

    // MARK: places and adjectives

    /// One pass over the words for the three lexicons: places (committed later, once organisation
    /// names that contain them are known), known organisations, country adjectives.
    mutating func findPlacesKnownOrganisationsAndAdjectives() {
        let places = PlaceLexicon.shared, adjectives = CountryAdjectiveLexicon.shared
        let organisations = NameCues.knownOrganisationLexicon
        var i = 0
        while i < words.count {
            guard words.isWord(i), words.anyClasses(i).contains(.lexiconStart) else { i += 1; continue }
            let place = places.match(at: i, in: words)
            // (Looked up after a place only when the place's reading peeled a proclitic: فرانس برس
            // is the agency, not ف + رانس (Reims); the reading with fewer proclitics wins.)
            var organisation = place.map { $0.split.prefixLength > 0 } ?? true ? organisations.match(at: i, in: words) : nil
            if let m = organisation, m.tokens == 1, m.split.prefixLength == 0, NameCues.bareAlefNames.contains(m.split.stem),
               writesHamza(i) {
                organisation = nil  // وأم "and a mother", not وام
            }
            if let m = place, organisation.map({ $0.split.prefixLength >= m.split.prefixLength }) ?? true {
                placeAt[i] = PlaceMatch(place: m.value, split: m.split, count: m.tokens)
                i += m.tokens
                continue
            }
            if let m = organisation {
                let range = i..<(i + m.tokens)
                add(FoundMention(
                    tokens: range, span: words.span(range, prefixLength: m.split.prefixLength), kind: .organisation,
                    group: KeyHash.of(key: "org:" + m.value), source: .gazetteer, english: m.value,
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

    /// Whether token `i` is written with a hamza on an alef (أ إ آ).
    func writesHamza(_ i: Int) -> Bool {
        let span = words.tokens[i].span
        return (span.start..<span.end).contains { "أإآ".unicodeScalars.contains(text.scalars[$0]) }
    }

    /// A one-word place that is also a nationality adjective (السعودية) right after a definite
    /// word it agrees with is the adjective: وكالة الأنباء السعودية (inside an organisation's
    /// name), الحكومة السعودية (after a feminine noun). Returns its country code.
    func placeReadsAsAdjective(_ i: Int, insideName: Bool) -> AdjectiveMatch? {
        guard let match = placeAt[i], match.count == 1, match.split.prefixLength == 0, i > 0, words.isWord(i - 1),
              let code = CountryAdjectiveLexicon.shared[match.split.stem],
              isDefiniteWord(i - 1, allowingConjunction: true) else { return nil }
        guard insideName || text.scalars[words.tokens[i - 1].span.end - 1] == "\u{0629}" else { return nil }
        return AdjectiveMatch(code: code, split: match.split)
    }

    /// Commits the place matches not inside an organisation name; called once organisations are known.
    mutating func commitPlaces() {
        let places = PlaceLexicon.places  // fields read in place below: a place copy retains its strings
        for i in 0..<words.count {
            guard let match = placeAt[i] else { continue }
            let place = Int(match.place), split = match.split, count = match.count
            let range = i..<(i + count)
            if let adjective = placeReadsAsAdjective(i, insideName: !isFree(range)) {
                adjectiveAt[i] = adjective
                if isFree(range) { continue }
            }
            guard isFree(range) else { continue }
            if split.startsWith("ك"), isGivenNameReadAsPlace(i, count: count) { placeAt[i] = nil; continue }
            add(FoundMention(
                tokens: range, span: words.span(range, prefixLength: split.prefixLength), kind: .location,
                group: places[place].group, source: .gazetteer, english: places[place].english, countryCode: places[place].countryCode,
                nameKeys: nameKeys(range, firstStem: split.stem)))
        }
    }

    /// Words that name an administrative unit before its proper name: محافظة ديالى، ولاية
    /// تمنراست، قضاء خانقين، مدينة أبها.
    /// (`WordClass.administrativeUnit`: one bit of the readings' classes, no look-up per word here.)
    /// The listed units (the data finds مدينة، محافظة، قرية too often outside names to learn them:
    /// the corpora tag the name alone) and the subdivisions learnt from data (`LearntPlaceHeads`).
    static let administrativeUnits: [UInt64] = NameCues.keys("محافظة", "ولاية", "قضاء", "ناحية", "مدينة", "بلدة", "قرية",
                                                             "إقليم", "مقاطعة", "بلدية", "عمالة", "مخيم")
        + LearntPlaceHeads.subdivisionHashes

    /// A place the gazetteer lacks, named after an administrative unit (محافظة ديالى): one word
    /// that looks like a proper name (no article, no feminine, nisba or plural ending; a final
    /// ى is a name's: ديالى). Called once the gazetteer's places are committed.
    mutating func findAdministrativePlaces() {
        // One word, before punctuation, a function word, a definite word or a word with و/ف:
        // before a bare indefinite word it may be a verb or a noun (هي مدينة فشلت مهما …), so
        // there it counts only when the same name stands at such a boundary elsewhere.
        var candidates: [(name: Int, clear: Bool)] = []
        var clearNames = Set<UInt64>()
        for i in 0..<max(0, words.count - 1) {
            let classes = words.anyClasses(i)
            if classes.contains(.capitalNoun) { capitalByNationality(at: i) }
            guard classes.contains(.administrativeUnit), !taken[i],
                  let unit = words.splits(i).first(where: { !$0.definite && $0.classes.contains(.administrativeUnit) }),
                  writesTaMarbutaAsKeyed(i), !words.lineBreak(between: i, and: i + 1, in: text) else { continue }
            if i + 2 < words.count, Self.compassWords.contains(words.hash(i + 1)) {
                extendPlaceByCompass(at: i + 1)
                continue
            }
            let j = i + 2
            let clear = !words.isWord(j) || isCueWord(j) || words.splits(j).contains(where: { $0.definite || $0.startsWith("و") || $0.startsWith("ف") })
            // مخيم الفوار، بلدة المعضمية: after a settlement a definite name at a clear end (not a
            // definite word before another, which may be its adjective).
            let strictlyClear = !words.isWord(j) || isCueWord(j) || words.splits(j).contains(where: { $0.isOnly("و") || $0.isOnly("ف") })
            guard looksLikePlaceName(i + 1) || (clear && looksLikeSettlementName(i + 1, after: i, unit: unit))
                || (strictlyClear && looksLikeDefiniteSettlementName(i + 1, unit: unit)) else { continue }
            candidates.append((i + 1, clear))
            if clear { clearNames.insert(words.hash(i + 1)) }
        }
        for (name, clear) in candidates where clear || clearNames.contains(words.hash(name)) {
            let range = name..<(name + 1)
            let keys = [words.hash(name)]
            add(FoundMention(tokens: range, span: words.span(range), kind: .location, group: Self.group(.location, keys),
                             source: .cue, nameKeys: keys))
        }
    }

    /// Compass words: after an administrative unit they open its name (إقليم شمال وزيرستان), they
    /// are none themselves.
    static let compassWords = KeySet(hashes: ["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"].map(KeyHash.of(word:)))

    /// ولاية شمال دارفور: a compass word and a known place after an administrative unit are one
    /// place (the known place's mention takes the compass word in).
    mutating func extendPlaceByCompass(at c: Int) {
        guard !taken[c], let m = mentions.firstIndex(where: { $0.kind == .location && $0.tokens.lowerBound == c + 1 && $0.source == .gazetteer }),
              mentions[m].span.start == words.tokens[c + 1].span.start else { return }
        let range = c..<mentions[m].tokens.upperBound
        let keys = nameKeys(range, firstStem: words.hash(c))
        locationEndAt[c + 1] = nil
        mentions[m].tokens = range
        mentions[m].span = words.span(range)
        mentions[m].nameKeys = keys
        mentions[m].group = Self.group(.location, keys)
        mentions[m].english = nil
        taken[c] = true
        locationEndAt[c] = range.upperBound
    }

    /// Settlements (بلدة، قرية، مدينة، مخيم) whose names read as words: بلدة طويلة، بلدة أدري الحدودية.
    static let settlementUnits = KeySet(hashes: ["بلدة", "قرية", "مدينة", "مخيم"].map(KeyHash.of(word:)))

    /// Adjectives a settlement noun takes (قرية نائية، بلدة صغيرة): not names.
    static let settlementAdjectives = KeySet(hashes: ["صغيرة", "كبيرة", "جديدة", "قديمة", "نائية", "مجاورة", "واحدة",
                                                        "جميلة", "هادئة", "مدمرة", "محاصرة", "منكوبة", "كاملة", "بأكملها",
                                                        "عريقة", "تاريخية", "مهمة", "فقيرة", "أخرى"].map(KeyHash.of(word:)))

    /// A name ending as an adjective or a nisba would (طويلة، أدري) after a settlement noun, standing
    /// at a clear boundary: in ة, not a feminine nisba nor a common adjective; in ي, only after a
    /// feminine noun (an adjective would agree with it: بلدة حدودية, not بلدة حدودي).
    private func looksLikeSettlementName(_ j: Int, after i: Int, unit: Reading) -> Bool {
        guard Self.settlementUnits.contains(unit.stem), words.isWord(j), !taken[j], placeAt[j] == nil, adjectiveAt[j] == nil,
              !isCueWord(j), let reading = words.splits(j).first, !reading.definite, reading.stemLength >= 4,
              !hasTanween(j), !Self.settlementAdjectives.contains(words.hash(j)) else { return false }
        let last = text.scalars[words.tokens[j].span.end - 1]
        if last == "\u{0629}" { return !endsInFeminineNisba(j) }
        return last == "\u{064A}" && text.scalars[words.tokens[i].span.end - 1] == "\u{0629}"
    }

    /// Settlements whose name may be definite (مخيم اليرموك، قرية العوامية، بلدة الكسوة): not مدينة,
    /// which names parks and projects as often (مدينة الملاهي، مدينة الإنتاج الإعلامي).
    static let definiteSettlementUnits = KeySet(["مخيم", "قرية", "بلدة"])

    /// The settlement adjectives with the article (القرية الصغيرة is no name of a village), and the
    /// generic place nouns a settlement is of (مخيم المدينة "the city's camp", قرية المنطقة).
    static let definiteSettlementAdjectives = KeySet(["الصغيرة", "الكبيرة", "الجديدة", "القديمة", "النائية", "المجاورة",
                                                      "الواحدة", "الجميلة", "الهادئة", "المدمرة", "المحاصرة", "المنكوبة",
                                                      "الكاملة", "العريقة", "التاريخية", "المهمة", "الفقيرة", "الأخرى",
                                                      "الحدودية", "المذكورة", "نفسها", "ذاتها",
                                                      "المدينة", "المنطقة", "المحافظة", "العاصمة", "الدولة", "البلاد",
                                                      "البلدة", "القرية", "المخيم", "الحدود", "الضاحية", "الولاية"])

    /// A definite name after a settlement noun (مخيم الفوار): one word, no plural ending (مخيم
    /// اللاجئين، قرية الصيادين، مخيمات النازحين are who lives there), no adjective, no cue word.
    private func looksLikeDefiniteSettlementName(_ j: Int, unit: Reading) -> Bool {
        guard Self.definiteSettlementUnits.contains(hash: unit.stem), words.isWord(j), !taken[j], placeAt[j] == nil,
              adjectiveAt[j] == nil, !isCueWord(j), !hasTanween(j), let reading = words.splits(j).first, reading.definite,
              reading.prefixLength == 0, reading.stemLength >= 5,
              !Self.definiteSettlementAdjectives.contains(hash: reading.stem) else { return false }
        let keys = words.text.scalars[words.tokens[j].keyRange]
        let lastTwo = Array(keys.suffix(2))
        return lastTwo != ["ي", "ن"] && lastTwo != ["و", "ن"] && lastTwo != ["ا", "ت"]
    }

    private func looksLikePlaceName(_ j: Int) -> Bool {
        if words.isWord(j), Self.compassWords.contains(words.hash(j)) { return false }
        if looksLikeProperName(j) { return true }
        // ديالى، بنها: the key writes a final ى as ي, which looksLikeProperName takes for a nisba.
        guard words.isWord(j), !taken[j], placeAt[j] == nil, adjectiveAt[j] == nil, !isCueWord(j),
              let reading = words.splits(j).first, !reading.definite, reading.prefixLength == 0, reading.stemLength >= 3 else { return false }
        return text.scalars[words.tokens[j].span.end - 1] == "\u{0649}"
    }
}
