/// Places named by a head noun and a name: natural features (نهر العاصي، جبل الطور، جزيرة فيلكة،
/// بحيرة طبريا، خليج العقبة) and works and facilities (مطار أربيل الدولي، ميناء طرطوس، شارع الرشيد،
/// جامع الملك فيصل، معبر نصيب، حقل زبير): the head and the name are one place, as the gold files mark
/// them. The heads are learnt from data (`LearntPlaceHeads`, PlaceHeadData.swift); the
/// subdivision heads of the data (إقليم، مقاطعة، مخيم) are administrative units, whose places are the
/// name alone (`findAdministrativePlaces`). Landmarks on nouns that are common words too (رأس
/// الرجاء الصالح، قناة السويس، باب المندب) are data (`PlaceLexicon.landmarks`).
///
/// The extent grammar, one for every head: the head, indefinite (in construct), then one name:
/// - a known place, after a water head or a facility (خليج العقبة، مطار القاهرة; an island or a
///   desert named by a country is mostly the country: جزيرة قبرص، صحراء الجزائر);
/// - after a natural feature's head or a strong one, a word that looks like a proper name (no
///   article, no adjective, nisba or plural ending, no tanween; a name in ى, or in ة at a clear
///   end), none of the common nouns a head takes (نهر طويل، ميناء جديد، حقل غاز) and no imperfect
///   verb (دير تقع); after another facility's head such a word is as often an adjective, a participle
///   or a verbal noun (مطعم حلال، مكتبة متخصصة، محطة تكرير) and is a name only where the tagger
///   marks it (see below);
/// - after a strong head only (one that opens a name nearly every other time the corpora write it),
///   a definite genitive that is no function, cue or adjective word (نهر الليطاني; not حقل التعليم,
///   سد الفجوة, which need a name that is no ordinary word);
/// then up to two adjectives that belong to the name (الدولي، الكبير، الجنوبي: `nameAdjectives`).
/// It stops at anything else: a verb, a preposition, a number, punctuation, a second head.
/// After the tagger's names are merged, a tagged place right after a head takes the head in
/// (حقل زبير where the tagger saw زبير), and so do a person's name and a tagged organisation
/// after a facility's head (مطار الملك خالد، جامع الملك فيصل: a facility named after a person; مسجد
/// X where the tagger read X as a body).
extension EntityScan {
    /// The heads' stems (matching-key hashes) as the cue-class table's lexicon starts.
    static let landmarkNouns: [UInt64] = LearntPlaceHeads.headHashes + LearntPlaceHeads.definiteHeadKeys.map(KeyHash.of(word:))

    /// The heads as whole words, bare or with proclitics (ومطار، بنهر، وبجزيرة): one look-up of a
    /// word's own hash tells whether it can open a place name.
    static let landmarkWords: KeySet = {
        let proclitics = ["", "و", "ب", "ف", "ل", "ك", "وب", "فب", "ول", "فل", "وك"]
        return KeySet(LearntPlaceHeads.headKeys.flatMap { noun in proclitics.map { $0 + noun } })
    }()

    /// Indefinite words a head takes that are no name: adjectives (نهر طويل "a long river", ميناء
    /// جديد) and the common nouns a facility is of (حقل غاز "a gas field", محطة كهرباء "a power
    /// station", ميدان عام).
    static let landmarkAdjectives = KeySet(hashes: NameCues.keys(
        "طويلة", "قصيرة", "كبيرة", "صغيرة", "جديدة", "قديمة", "عميقة", "واسعة", "ضيقة", "جميلة", "هادئة", "بعيدة",
        "قريبة", "جافة", "مجاورة", "ضخمة", "مهمة", "عملاقة", "نائية", "معزولة", "خاصة", "عامة", "رئيسة", "كاملة",
        "واحدة", "أخرى", "ثالثة", "ثانية", "صناعية", "طبيعية", "مهجورة", "محتلة", "مدمرة",
        "طويل", "قصير", "كبير", "صغير", "جديد", "قديم", "عميق", "ضحل", "واسع", "ضيق", "جميل", "هادئ", "بعيد", "قريب",
        "جاف", "صناعي", "استراتيجي", "دولي", "مائي", "بحري", "رملي", "مجاور", "آخر", "ثالث", "ثان", "واحد",
        "عام", "خاص", "ضخم", "مهم", "رئيس", "عملاق", "نفط", "غاز", "بترول", "كهرباء", "وقود", "ماء", "مياه", "قطار",
        "مترو", "ركاب", "بضائع", "صيد", "حاويات", "عسكري", "مدني", "تجاري", "سياحي",
        // accusatives written with alef (بنت ميناء جديدا)
        "طويلا", "قصيرا", "كبيرا", "صغيرا", "جديدا", "قديما", "عميقا", "واسعا", "ضيقا", "جميلا", "بعيدا", "قريبا",
        "ضخما", "مهما", "واحدا", "آخرا", "عملاقا", "دوليا", "عسكريا", "تجاريا"))

    /// Words that open compound place names (the words the corpora's place spans open besides the
    /// heads, left out of them as common words: رأس، عين، باب، بيت; and kunya-like أبو، أم): after a
    /// head they take the next word in (مستودع … حقل أبو سعفة، مخيم عين الحلوة).
    static let compoundNameOpeners = KeySet(["رأس", "راس", "عين", "باب", "بيت", "بئر", "تل", "دير", "كفر", "سيدي", "بني",
                                             "أبو", "ابو", "أم", "ام", "ذي", "ذو", "شرم", "جبل", "وادي"])

    /// Adjectives that belong to a place's name after it (مطار بيروت الدولي، المسجد الأقصى الكبير،
    /// سد الوحدة الكبير، جبل الطور الغربي): size, rank, compass and the airport's الدولي.
    static let nameAdjectives = KeySet(hashes: NameCues.keys(
        "الدولي", "الدولية", "الكبير", "الكبرى", "الصغير", "الصغرى", "الأعظم", "الأوسط", "الأعلى", "الأسفل",
        "الجنوبي", "الجنوبية", "الشمالي", "الشمالية", "الشرقي", "الشرقية", "الغربي", "الغربية",
        "القديم", "القديمة", "الجديد", "الجديدة", "الأحمر", "الأبيض", "الأسود", "الأخضر", "الأزرق"))

    /// Words the later cue rules start from, found in the same pass as the landmarks (one pass
    /// over the tokens, not one per rule): agency names that are also words after a punctuation
    /// mark (`findNewsAgencies`), commas before وهو / وهي (`findPersonsBeforeApposition`).
    struct CueCandidates {
        var agencyWords: [Int] = []
        var appositionCommas: [Int] = []
    }

    static let appositionHe = KeyHash.of(word: "وهو"), appositionShe = KeyHash.of(word: "وهي")

    /// Landmarks (see `landmark(at:)`), and the candidates of the later cue rules.
    mutating func findLandmarksAndCueCandidates() -> CueCandidates {
        let (landmarks, found) = Self.candidates(in: words)
        for i in landmarks { landmark(at: i) }
        return found
    }

    /// The one pass, on a local copy of the readings (no mutation in the loop, so the arrays'
    /// storage is read in place): landmark nouns among the words that open a lexicon entry
    /// (`WordClass.lexiconStart`), and the punctuation-led candidates.
    private static func candidates(in words: TokenReadings) -> (landmarks: [Int], found: CueCandidates) {
        var found = CueCandidates()
        var landmarks: [Int] = []
        let agencies = NewsAgencies.contextual, landmarkWords = Self.landmarkWords, definiteWords = Self.definiteLandmarkWords
        let he = Self.appositionHe, she = Self.appositionShe
        for i in 0..<max(0, words.count - 1) {
            let classes = words.anyClasses(i)
            if classes.contains(.lexiconStart) {
                if landmarkWords.contains(hash: words.hash(i)) || definiteWords.contains(hash: words.hash(i)) { landmarks.append(i) }
                continue
            }
            // (A word's own hash is 0 only for a token with no readings: punctuation, numbers.)
            guard classes.isEmpty, words.hash(i) == 0, words.isPunctuation(i), words.isWord(i + 1) else { continue }
            let h = words.hash(i + 1)
            if agencies[h] != nil {
                found.agencyWords.append(i + 1)
            } else if h == he || h == she, i > 0, words.isComma(i) {
                found.appositionCommas.append(i)
            }
        }
        return (landmarks, found)
    }

    /// A head and one name at token `i` (the grammar in the type's comment). Runs after the
    /// lexicon pass, before the organisation rules.
    private mutating func landmark(at i: Int) {
        guard words.isWord(i), !taken[i], placeAt[i] == nil else { return }
        if definiteLandmark(at: i) { return }
        guard let head = placeHead(at: i), !words.lineBreak(between: i, and: i + 1, in: text) else { return }
        let j = i + 1
        guard words.isWord(j), !taken[j], adjectiveAt[j] == nil else { return }
        var end = j + 1
        if let place = placeAt[j] {
            guard place.split.prefixLength == 0, LearntPlaceHeads.takesKnownPlace.contains(hash: head.stem) else { return }
            placeAt[j] = nil
            end = j + place.count
        } else if LearntPlaceHeads.takesUnknownName.contains(hash: head.stem)
                    ? looksLikeProperName(j) || endsInAlefMaqsura(j) || feminineNameAtClearEnd(j) || pluralShapedUnknownName(j)
                    // After a facility's head, a proper-looking word the corpora never write as an
                    // ordinary word (سد إليسو; not محطة تكرير): `OrdinaryWords`.
                    // Nor a given name or a name's particle: a person's name follows (مطار محمد الخامس),
                    // which the tagger's person gives whole (`extendPlacesByHead`).
                    : LearntPlaceHeads.facilities.contains(hash: head.stem) && (looksLikeProperName(j) || pluralShapedUnknownName(j))
                        && !OrdinaryWords.mayContain(words.hash(j)) && words.anyClasses(j).isDisjoint(with: [.givenName, .namePrefix]) {
            // (Nor a word with و: it opens the next clause or name, جبل ومحمود; a name may start
            // with ف, جزيرة فيلكة.)
            guard !Self.landmarkAdjectives.contains(hash: words.hash(j)), !opensAsImperfectVerb(j),
                  !LearntPlaceHeads.heads.contains(hash: words.hash(j)),  // a second head: وادي نهر
                  !words.splits(j).contains(where: { $0.isOnly("و") && $0.stemLength >= 3 }) else { return }
            end = compoundNameEnd(j)
        } else if let nameEnd = genitiveBeforeHeadNationality(head: i, genitive: j) {
            end = nameEnd
        } else {
            // (A definite word after the indefinite head is its genitive: the name after a strong head
            // or a natural feature's, but a strong head's only for what a head is of: جبال المنطقة
            // "the region's mountains", ميناء الصيد "the fishing port".)
            guard LearntPlaceHeads.takesDefiniteName.contains(hash: head.stem), let reading = words.splits(j).first, reading.definite,
                  reading.prefixLength == 0, reading.stemLength >= 3, !isCueWord(j),
                  !Self.nameAdjectives.contains(hash: words.hash(j)) else { return }
            if !LearntPlaceHeads.strong.contains(hash: head.stem) {
                guard !Self.definiteSettlementAdjectives.contains(hash: reading.stem),
                      !Self.landmarkAdjectives.contains(hash: KeyHash.of(scalars: words.text.scalars[words.tokens[j].keyRange].dropFirst(2)))
                else { return }
            }
        }
        end = nameAdjectivesEnd(from: end)
        // هيئة مطار دبي، شركة ميناء طرطوس، إدارة مطار القاهرة الدولي: a body over the facility, an
        // organisation (the gold's convention: an airport authority or a port company is one).
        if let body = organisationHeadBefore(i) {
            let range = (i - 1)..<end
            let keys = nameKeys(range, firstStem: body.stem)
            add(FoundMention(tokens: range, span: words.span(range, prefixLength: body.prefixLength), kind: .organisation,
                             group: Self.group(.organisation, keys), source: .cue, nameKeys: keys))
            return
        }
        let range = i..<end
        let keys = nameKeys(range, firstStem: head.stem)
        add(FoundMention(tokens: range, span: words.span(range, prefixLength: head.prefixLength), kind: .location,
                         group: Self.group(.location, keys), source: .cue, nameKeys: keys))
    }

    /// An organisation head in construct right before token `i` (هيئة، شركة، مؤسسة …): free,
    /// indefinite, without tanween, on the same line, and no verbal noun (حركة مطار دبي is the
    /// airport's traffic, إدارة "managing" as well as "administration": there the facility stays a place).
    func organisationHeadBefore(_ i: Int) -> Reading? {
        let h = i - 1
        guard h >= 0, words.isWord(h), !taken[h], words.anyClasses(h).contains(.organisationHead),
              !words.anyClasses(h).contains(.verbalNounHead), !hasTanween(h),
              !words.lineBreak(between: h, and: i, in: text) else { return nil }
        return words.splits(h).first { !$0.definite && $0.classes.contains(.organisationHead) }
    }

    /// The end of a place's name of one word at `j`, or of two when the first opens compound names
    /// (رأس التين، عين الحلوة، أبو سعفة: the second word free, no function, cue or adjective word, no
    /// proclitic, no tanween).
    func compoundNameEnd(_ j: Int) -> Int {
        let k = j + 1
        guard Self.compoundNameOpeners.contains(hash: words.hash(j)), words.isWord(k), !taken[k], placeAt[k] == nil,
              !isCueWord(k), !hasTanween(k), !Self.nameAdjectives.contains(hash: words.hash(k)),
              let reading = words.splits(k).first, reading.prefixLength == 0, reading.stemLength >= 3 else { return k }
        return k + 1
    }

    /// A proper name written with a final ى (سقطرى، ديالى), which the key writes as ي and
    /// `looksLikeProperName` takes for a nisba: indefinite, free, no cue word.
    func endsInAlefMaqsura(_ j: Int) -> Bool {
        guard words.isWord(j), !taken[j], placeAt[j] == nil, adjectiveAt[j] == nil, !isCueWord(j),
              let reading = words.splits(j).first, !reading.definite, reading.prefixLength == 0, reading.stemLength >= 3 else { return false }
        return text.scalars[words.tokens[j].span.end - 1] == "\u{0649}"
    }

    /// A name in ة after a head (نهر بردة، جزيرة فيلكة): indefinite, no tanween, no proclitic, no
    /// feminine nisba (ية), at a clear end (punctuation, a function word, a word with و or ف, a name
    /// adjective), and no adjective a head takes (جزيرة صغيرة: `landmarkAdjectives`).
    func feminineNameAtClearEnd(_ j: Int) -> Bool {
        guard words.isWord(j), !taken[j], placeAt[j] == nil, adjectiveAt[j] == nil, !isCueWord(j), !hasTanween(j),
              let reading = words.splits(j).first, !reading.definite, reading.prefixLength == 0, reading.stemLength >= 3,
              text.scalars[words.tokens[j].span.end - 1] == "\u{0629}", !endsInFeminineNisba(j) else { return false }
        let k = j + 1
        return !words.isWord(k) || isCueWord(k) || Self.nameAdjectives.contains(hash: words.hash(k))
            || words.splits(k).contains { $0.isOnly("و") || $0.isOnly("ف") }
    }

    /// سد الوحدة المغربي: after a head that is no strong one, a definite genitive in ة followed by a
    /// masculine nationality that agrees with the (masculine) head, not with the genitive: the
    /// nationality describes the facility, so the head and the genitive are its name (the nationality
    /// stays out, a country adjective of the record). Not مطار العاصمة الأردنية (the adjective is the
    /// capital's). Returns the name's end.
    func genitiveBeforeHeadNationality(head i: Int, genitive j: Int) -> Int? {
        let k = j + 1
        guard text.scalars[words.tokens[i].span.end - 1] != "\u{0629}", words.isWord(j), !taken[j], !isCueWord(j),
              let reading = words.splits(j).first, reading.definite, reading.prefixLength == 0, reading.stemLength >= 4,
              text.scalars[words.tokens[j].span.end - 1] == "\u{0629}", !endsInFeminineNisba(j),
              k < words.count, let nationality = adjectiveAt[k], nationality.split.definite, nationality.split.prefixLength == 0,
              text.scalars[words.tokens[k].span.end - 1] == "\u{064A}" else { return nil }
        return k
    }

    /// The reading of token `i` as a place head: indefinite, without tanween (نهرا "a river"), a
    /// head in ة written so (مكتبه is "his office", the key writes ة as ه: مكتبة "library" is the
    /// head), no hamza on an alef (وأدى "and led to" has the key of وادي "valley").
    func placeHead(at i: Int) -> Reading? {
        guard !hasTanween(i), !writesHamza(i),
              let head = words.splits(i).first(where: { !$0.definite && LearntPlaceHeads.heads.contains(hash: $0.stem) }),
              writesTaMarbutaAsKeyed(i) else { return nil }
        return head
    }

    /// A word whose key ends in ه is written with ة (the key joins them: مكتبه/مكتبة, محله/محلة).
    func writesTaMarbutaAsKeyed(_ i: Int) -> Bool {
        guard words.text.scalars[words.tokens[i].keyRange].last == "ه" else { return true }
        return text.scalars[words.tokens[i].span.end - 1] == "\u{0629}"
    }

    /// A word opening as an imperfect verb: ي, or ت/ن in four letters or fewer (تقع، تحيط; a noun in
    /// ت has five or more: تنمية). Not a name after a head (دير تقع، مسجد يعتبر).
    func opensAsImperfectVerb(_ j: Int) -> Bool {
        let keys = words.text.scalars[words.tokens[j].keyRange]
        return keys.first == "ي" || ((keys.first == "ت" || keys.first == "ن") && keys.count <= 4)
    }

    /// The end of the adjectives of a place's name starting at `k` (two at most, free, on one line).
    func nameAdjectivesEnd(from k: Int) -> Int {
        var end = k
        while end < words.count, end - k < 2, words.isWord(end), !taken[end], Self.nameAdjectives.contains(hash: words.hash(end)),
              !words.lineBreak(between: end - 1, and: end, in: text) {
            end += 1
        }
        return end
    }

    /// After the tagger's names are merged: a place the tagger or a rule found right after a head
    /// takes the head in (حقل زبير، نهر الليطاني where only the name was read), and so does a
    /// person's name after a facility's head (مطار الملك خالد: the facility, named after a person).
    /// A known place takes a head only as the grammar lets it (a water head or a facility: not
    /// جزيرة قبرص). The name must be written without a proclitic, right after the head.
    mutating func extendPlacesByHead() {
        for m in mentions.indices {
            let kind = mentions[m].kind, first = mentions[m].tokens.lowerBound
            guard kind != .misc, first > 0, mentions[m].tokens.upperBound <= words.count else { continue }
            let i = first - 1
            guard words.isWord(i), !taken[i], words.anyClasses(i).contains(.lexiconStart),
                  Self.landmarkWords.contains(hash: words.hash(i)), let head = placeHead(at: i),
                  mentions[m].span.start == words.tokens[first].span.start,
                  !words.lineBreak(between: i, and: first, in: text) else { continue }
            if kind == .person || kind == .organisation {
                guard LearntPlaceHeads.facilities.contains(hash: head.stem),
                      kind == .person || mentions[m].source == .tagger else { continue }
            } else if mentions[m].source == .gazetteer {
                guard LearntPlaceHeads.takesKnownPlace.contains(hash: head.stem) else { continue }
            }
            let end = nameAdjectivesEnd(from: mentions[m].tokens.upperBound)
            let range = i..<end
            for t in range { taken[t] = true }
            let keys = nameKeys(range, firstStem: head.stem)
            if locationEndAt[first] == mentions[m].tokens.upperBound { locationEndAt[first] = nil }
            mentions[m].tokens = range
            mentions[m].span = words.span(range, prefixLength: head.prefixLength)
            mentions[m].nameKeys = keys
            mentions[m].group = Self.group(.location, keys)
            mentions[m].kind = .location
            mentions[m].english = nil
            mentions[m].countryCode = nil
            mentions[m].roles = []
            if locationEndAt[i] == nil { locationEndAt[i] = end }
        }
    }
}
