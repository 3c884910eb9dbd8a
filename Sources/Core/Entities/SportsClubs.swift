/// Sports clubs named by a common word: الهلال "the crescent", النصر "victory", الاتحاد "the union",
/// الأهلي "the national". Such a word is a club only where the words around it speak of sport (a
/// match, a team, a league, a cup, a goal, a coach, a player …); elsewhere it stays a word (الاتحاد
/// الأوروبي، الهلال الأحمر are known organisations, taken before this layer runs).
extension EntityScan {
    /// Clubs of the Arab leagues whose names are ordinary definite words (data: add clubs here).
    /// Not names that are mostly adjectives or common nouns in sports reports too (الشباب "young",
    /// المصري "Egyptian", العربي، الوحدة "unity", التعاون "cooperation", الاتفاق "agreement"): the tagger may know them.
    static let clubNames: [UInt64] = NameCues.keys(
        "الهلال", "النصر", "الاتحاد", "الأهلي", "الزمالك", "الفتح", "الرائد",
        "الفيصلي", "الوداد", "الرجاء", "الترجي", "الإسماعيلي", "الزوراء", "الطلبة", "السد", "الغرافة", "الريان",
        "القادسية", "الوصل", "المريخ", "الوحدات", "الرمثا", "الصفاقسي", "الحزم", "الفيحاء")

    /// Words that make a club's neighbourhood a sports report (stems: with proclitics peeled).
    static let sportsWordKeys: [UInt64] = [
        "مباراة", "المباراة", "مباراته", "مباراتها", "فريق", "الفريق", "فريقه", "نادي", "النادي", "الدوري",
        "كأس", "هدف", "الهدف", "هدفين", "أهداف", "الأهداف", "مدرب", "المدرب", "مدربه", "لاعب", "اللاعب", "لاعبي",
        "اللاعبين", "ملعب", "الملعب", "الشوط", "المنتخب", "بطولة", "البطولة", "نهائي", "النهائي", "التعادل",
        "ضيفه", "مضيفه", "ركلة", "الدقيقة", "المهاجم", "مهاجم", "مهاجمه", "الحارس", "حارس", "اللقب", "بالتسجيل",
    ].map(KeyHash.of(word:))
    static let sportsWords = KeySet(hashes: sportsWordKeys)

    /// The words of the `.clubCue` class: sports words, result verbs, hosts, words of clubs' names.
    static let clubCueKeys: [UInt64] = sportsWordKeys + matchVerbKeys + hostWordKeys + LearntOrganisationWords.nameWordKeys

    static let redWord = KeyHash.of(word: "الأحمر")

    /// Marks club names near sports words as organisations. A club and a nationality that the
    /// organisation rule read as a federation (مدرب الاتحاد الفرنسي جان بيير مارتان) is the club,
    /// when no لكرة … genitive follows: the nationality is the coach's.
    mutating func findSportsClubs() {
        for i in 0..<words.count {
            guard words.anyClasses(i).contains(.clubName),
                  let split = words.splits(i).first(where: { $0.classes.contains(.clubName) && ($0.prefixLength == 0 || $0.restoredArticle || $0.isOnly("و") || $0.isOnly("ب") || $0.isOnly("ف")) })
            else { continue }
            guard speaksOfSport(around: i) else { continue }
            if taken[i] {
                // الاتحاد الفرنسي read as a federation: keep the club alone.
                guard let m = organisationAt[i], mentions[m].tokens == i..<(i + 2), mentions[m].source == .cue,
                      adjectiveAt[i + 1] != nil, words.isWord(i + 2), !words.splits(i + 2).contains(where: { $0.startsWith("ل") })
                else { continue }
                for t in mentions[m].tokens { taken[t] = false }
                mentions.remove(at: m)
                indexOrganisations()
            }
            if words.isWord(i + 1), words.hash(i + 1) == Self.redWord { continue }
            add(organisation(i..<(i + 1), split: split, source: .cue))
        }
        findClubsAfterTeamNouns()
    }

    /// Nouns of a team's people and parts that take the club in construct (فريق العربي، لاعب
    /// الشمال، حارس الوحدة، مرمى العربي، نادي الترسانة).
    static let teamNounKeys: [UInt64] = ["فريق", "لاعب", "لاعبو", "لاعبي", "حارس", "مرمى", "مدرب", "نادي", "مهاجم", "مدافع",
                                         "جمهور", "جماهير"].map(KeyHash.of(word:))
    static let teamNouns = KeySet(hashes: teamNounKeys)
    /// Definite words after a team noun that are no club: positions, kinds of team and sport,
    /// rounds, other teams, and places named by their kind (حارس المرمى، لاعب الوسط، مدرب المنتخب، فريق
    /// الناشئين، لاعب الكرة، فريق العاصمة).
    static let teamNounComplements = KeySet(["المرمى", "الوسط", "الدفاع", "الهجوم", "الارتكاز", "الجناح", "المنتخب",
                                             "الفريق", "النادي", "الكرة", "القدم", "السلة", "اليد", "الطائرة", "التنس",
                                             "الناشئين", "الشباب", "الأشبال", "الرديف", "الأول", "الثاني", "الموسم",
                                             "البطولة", "الدوري", "المباراة", "الخصم", "المنافس", "الضيف", "المضيف",
                                             "الضيوف", "الأرض", "العمل", "الإنقاذ", "التحقيق", "الخبراء", "البحث",
                                             // A place named by its kind (بفريق العاصمة الإسبانية).
                                             "العاصمة", "المدينة", "البلد", "البلاد", "الدولة", "المنطقة"])

    /// Clubs named by a definite common word (العربي "Arab", الشمال "the north") in construct after a
    /// team noun in a sports sentence: one word, no place, no nationality, no listed complement, and
    /// a nisba of its city after it (فريق الكوكب المراكشي). Then
    /// the club's other mentions in sports sentences, where the word is not an adjective of a definite
    /// word before it (فرض العربي سيطرته، اندفاع الشمال; not العالم العربي).
    mutating func findClubsAfterTeamNouns() {
        var clubs: [UInt64] = []
        for i in 1..<max(1, words.count) {
            // (The class bit first: one load per word.)
            guard words.anyClasses(i - 1).contains(.teamNoun), words.isWord(i), !taken[i], words.isWord(i - 1), placeAt[i] == nil, adjectiveAt[i] == nil,
                  let split = words.splits(i).first, split.definite, split.prefixLength == 0,
                  !Self.teamNounComplements.contains(hash: split.stem), !isCueWord(i),
                  words.splits(i - 1).contains(where: { !$0.definite && Self.teamNouns.contains(hash: $0.stem) }),
                  // (Another sports word than the team noun: فريق الساحل alone may be any team.)
                  !words.lineBreak(between: i - 1, and: i, in: text), speaksOfSport(around: i, besides: i - 1) else { continue }
            // الكوكب المراكشي، المولودية الوجدية: a club named with its city's nisba.
            let nisba = words.isWord(i + 1) && !taken[i + 1] && placeAt[i + 1] == nil && adjectiveAt[i + 1] == nil
                && isNisba(i + 1) && !isCueWord(i + 1)
            add(organisation(i..<(i + (nisba ? 2 : 1)), split: split, source: .cue))
            if !clubs.contains(split.stem) { clubs.append(split.stem) }
        }
        guard !clubs.isEmpty else { return }
        for i in 0..<words.count {
            guard words.isWord(i), !taken[i], let split = words.splits(i).first(where: { clubs.contains($0.stem) }),
                  split.prefixLength == 0 || split.isOnly("و") || split.isOnly("ل") || split.isOnly("ب"),
                  !(i > 0 && isDefiniteWord(i - 1, allowingConjunction: true)), speaksOfSport(around: i) else { continue }
            add(organisation(i..<(i + 1), split: split, source: .cue))
        }
    }

    /// Countries of the Arab League: their cities stay places in sports reports (وصل الفريق جدة is
    /// "arrived in Jeddah"; a club named by such a city is left to the tagger).
    static let arabLeague: Set<String> = ["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM",
                                          "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE"]

    /// Verbs of a result and players' roles before a club: فاز ليون، تعادل هامبورغ، مهاجم ميلان.
    static let matchVerbKeys: [UInt64] = ["فاز", "تعادل", "خسر", "هزم", "تغلب", "واجه", "يواجه", "التقى", "يلتقي",
                                          "استضاف", "يستضيف", "أقصى", "أطاح", "لاعب", "مهاجم", "مدافع", "حارس", "مدرب"].map(KeyHash.of(word:))
    static let matchVerbs = KeySet(hashes: matchVerbKeys)
    /// A ground named after a person or a place (ملعب سانتياغو برنابيو) is no club.
    static let venueWords = KeySet(hashes: ["ملعب", "الملعب", "استاد", "ستاد"].map(KeyHash.of(word:)))

    /// A city named as a side of a match is its club. One word, without a preposition or after و:
    /// - a foreign city right after a result verb, a sports word or a player's role, in a sports
    ///   sentence (فاز ليون على ميلان، ضيفه هامبورغ، مهاجم ميلان);
    /// - any city before a masculine nationality adjective of its own country (ليون الفرنسي، بورتو
    ///   البرتغالي): a city is feminine (باريس الفرنسية), a club (نادٍ) masculine, and a club takes its
    ///   city's nationality (عزام الأميركي is a person, البيت الأبيض الأمريكي no club of El Obeid);
    ///   not after في, nor after a place head whose adjective it is (مطار دمشق السوري), nor after an
    ///   unknown word (سسكا موسكو الروسي, سحق ليون الفرنسي: the tagger's to read); after و only
    ///   after another club and its nationality (إنتر ميامي الأمريكي وبورتو البرتغالي, not مطاري عمان
    ///   الأردني ودمشق السوري);
    /// - with the word before it, when that word opens clubs' names (دينامو كييف، انتر ميلان): a word
    ///   the corpora find mostly inside organisation names (`LearntOrganisationWords.nameWords`), or
    ///   an unknown proper-looking word after a match's host or guest or a result verb, in a sports
    ///   sentence (ضيفه دينامو كييف، تعادل ستيوا بوخارست); and with such a word after it (مانشستر
    ///   يونايتد).
    /// Then every other mention of a club's city in the article is the club (وكاد دينامو كييف يدرك
    /// التعادل، ليون يواصل انتصاراته), unless a preposition or a place noun makes it the place (في
    /// ليون، مدينة ليون). Called after the gazetteer's places are committed.
    mutating func findCityClubs() {
        var clubs: [(prefix: UInt64?, city: UInt64, suffix: UInt64?)] = []
        var nationalityAfterClub = Set<Int>()  // the adjectives right after the clubs found
        for m in mentions.indices where mentions[m].kind == .location && mentions[m].source == .gazetteer && mentions[m].tokens.count == 1 {
            let i = mentions[m].tokens.lowerBound
            // (Evidence first, from class bits and the adjectives' map: most places are no club.)
            guard adjectiveAt[i + 1] != nil || adjectiveAt[i + 2] != nil || isClubCue(i - 1) || isClubCue(i - 2) || isClubCue(i + 1),
                  let match = placeAt[i], match.count == 1, match.split.prefixLength == 0 || match.split.isOnly("و"),
                  PlaceLexicon.places[Int(match.place)].kind == .city, let code = mentions[m].countryCode,
                  i > 0, words.isWord(i - 1), !words.lineBreak(between: i - 1, and: i, in: text) else { continue }
            let prefix = match.split.prefixLength == 0 ? clubPrefix(before: i) : nil
            let suffix = clubSuffix(after: i)
            let last = suffix != nil ? i + 1 : i
            let sideOfMatch = !Self.arabLeague.contains(code) && !Self.venueWords.contains(words.hash(i - 1))
                && words.splits(i - 1).contains(where: { Self.sportsWords.contains($0.stem) || Self.matchVerbs.contains($0.stem) })
            let byNationality = isClubByNationality(city: i, last: last, country: code, split: match.split)
                && !(prefix == nil && !sideOfMatch && looksLikeProperName(i - 1))
                && !words.splits(i - 1).contains(where: { LearntPlaceHeads.heads.contains(hash: $0.stem) })
                && (match.split.prefixLength == 0 || nationalityAfterClub.contains(i - 1))
            // (A word of clubs' names before or after the city names a club anywhere: انتر ميلان،
            // مانشستر يونايتد; an unknown word before it only in a sports sentence.)
            guard byNationality || suffix != nil || prefix.map({ LearntOrganisationWords.nameWords.contains(hash: $0) }) == true
                    || ((prefix != nil || sideOfMatch) && speaksOfSport(around: i)) else { continue }
            let range = (prefix != nil ? i - 1 : i)..<(last + 1)
            mentions[m] = organisation(range, split: prefix.flatMap { _ in words.splits(i - 1).first } ?? match.split, source: .cue)
            for t in range { taken[t] = true }
            if adjectiveAt[last + 1] != nil { nationalityAfterClub.insert(last + 1) }
            clubs.append((prefix, match.split.stem, suffix))
        }
        indexOrganisations()
        guard !clubs.isEmpty else { return }
        // The club's other mentions: its city alone, or with the words of its name.
        for m in mentions.indices where mentions[m].kind == .location && mentions[m].source == .gazetteer && mentions[m].tokens.count == 1 {
            let i = mentions[m].tokens.lowerBound
            guard let match = placeAt[i], match.count == 1, match.split.prefixLength == 0 || match.split.isOnly("و"),
                  let club = clubs.first(where: { $0.city == match.split.stem }) else { continue }
            var range = i..<(i + 1), split = match.split
            if let prefix = club.prefix {
                guard match.split.prefixLength == 0, i > 0, words.isWord(i - 1), !taken[i - 1], words.hash(i - 1) == prefix,
                      let first = words.splits(i - 1).first else { continue }
                range = (i - 1)..<range.upperBound
                split = first
            } else if i > 0, words.isWord(i - 1), Self.placePrepositions.contains(words.hash(i - 1))
                        || words.anyClasses(i - 1).contains(.administrativeUnit) {
                continue
            }
            if let suffix = club.suffix {
                guard words.isWord(i + 1), !taken[i + 1], words.hash(i + 1) == suffix else { continue }
                range = range.lowerBound..<(i + 2)
            }
            mentions[m] = organisation(range, split: split, source: .cue)
            for t in range { taken[t] = true }
        }
        indexOrganisations()
    }

    /// A foreign club the tagger read as a place (مضيفه بنفيكا البرتغالي): one indefinite word
    /// without proclitics, before a masculine nationality adjective or after a match's host or guest
    /// or a result verb, in a sports sentence; then every other mention of that word (or of an
    /// indefinite one-word organisation of a sports sentence) the tagger read as a place, unless a
    /// preposition or a place noun makes it one (وكان بنفيكا الأفضل). Run after the further mentions are found
    /// (a name the tagger read once is found again there).
    mutating func findClubsTaggedAsPlaces() {
        // The tagger's one-word places without article: the only words this can change.
        var places: [(mention: Int, stem: UInt64)] = []
        for m in mentions.indices where mentions[m].kind == .location && mentions[m].source == .tagger && mentions[m].tokens.count == 1 {
            let i = mentions[m].tokens.lowerBound
            guard let split = words.splits(i).first(where: { $0.stem == mentions[m].nameKeys[0] }), !split.definite else { continue }
            places.append((m, split.stem))
        }
        guard !places.isEmpty else { return }
        var clubs: [UInt64] = []
        for (m, _) in places {
            let i = mentions[m].tokens.lowerBound
            guard adjectiveAt[i + 1] != nil || isClubCue(i - 1),
                  mentions[m].span.start == words.tokens[i].span.start, let split = words.splits(i).first,
                  split.prefixLength == 0, i > 0, words.isWord(i - 1), !words.lineBreak(between: i - 1, and: i, in: text),
                  isClubByNationality(city: i, last: i, country: nil, split: split)
                    || words.splits(i - 1).contains(where: { Self.hostWords.contains(hash: $0.stem) || Self.matchVerbs.contains($0.stem) }),
                  speaksOfSport(around: i) else { continue }
            mentions[m] = organisation(i..<(i + 1), split: split, source: .tagger)
            clubs.append(split.stem)
        }
        // (And a word read as an organisation, by the tagger or the rules, in a sports sentence:
        // the tagger reads بنفيكا as a club in one sentence and as a place in the next.)
        for m in mentions.indices where mentions[m].kind == .organisation && mentions[m].tokens.count == 1 {
            let stem = mentions[m].nameKeys[0]
            guard !clubs.contains(stem), places.contains(where: { $0.stem == stem }),
                  let split = words.splits(mentions[m].tokens.lowerBound).first(where: { $0.stem == stem }), !split.definite,
                  speaksOfSport(around: mentions[m].tokens.lowerBound) else { continue }
            clubs.append(stem)
        }
        guard !clubs.isEmpty else { return }
        for (m, stem) in places where mentions[m].kind == .location && clubs.contains(stem) {
            let i = mentions[m].tokens.lowerBound
            guard let split = words.splits(i).first(where: { $0.stem == stem }), split.prefixLength == 0 || split.isOnly("و"),
                  !(i > 0 && words.isWord(i - 1) && (Self.placePrepositions.contains(words.hash(i - 1))
                        || words.anyClasses(i - 1).contains(.administrativeUnit))) else { continue }
            mentions[m] = organisation(i..<(i + 1), split: split, source: .tagger)
        }
        indexOrganisations()
    }

    /// Whether token `t` (any index) has the `.clubCue` class bit.
    func isClubCue(_ t: Int) -> Bool { t >= 0 && t < words.count && words.anyClasses(t).contains(.clubCue) }

    /// Words before a place that make it where something is or goes, not a side of a match.
    static let placePrepositions = KeySet(["في", "إلى", "الى", "من", "عن", "نحو", "داخل", "خارج", "قرب"])

    /// A match's host or guest before the other side (ضيفه دينامو كييف): not other sports words, after
    /// which a verb follows as often as a name (الفريق سحق ليون).
    static let hostWordKeys: [UInt64] = ["ضيفه", "مضيفه", "ضيفها", "مضيفها"].map(KeyHash.of(word:))
    static let hostWords = KeySet(hashes: hostWordKeys)

    /// A club named by the city at `city` (read as `split`) and ending at `last`, before a masculine
    /// nationality adjective of the city's country without proclitics (ليون الفرنسي), and not after
    /// في (في ليون الفرنسي …).
    func isClubByNationality(city: Int, last: Int, country: String?, split: Reading) -> Bool {
        guard let adjective = adjectiveAt[last + 1], adjective.split.prefixLength == 0, adjective.split.definite,
              country.map({ $0 == adjective.code }) ?? true,
              text.scalars[words.tokens[last + 1].span.end - 1] == "\u{064A}" else { return false }
        return !(split.prefixLength == 0 && words.isWord(city - 1) && Self.placePrepositions.contains(words.hash(city - 1)))
    }

    /// The hash of the word before a city at `i` that opens a club's name with it (دينامو كييف), if any.
    func clubPrefix(before i: Int) -> UInt64? {
        let p = i - 1
        // (Not a word after another place: مانشستر يونايتد لندن is a club and a city.)
        guard p >= 0, words.isWord(p), !taken[p], placeAt[p] == nil, adjectiveAt[p] == nil, !isCueWord(p),
              !(p > 0 && placeAt[p - 1] != nil),
              !words.anyClasses(p).contains(.stopWord), !Self.sportsWords.contains(words.hash(p)),
              !Self.matchVerbs.contains(words.hash(p)), let reading = words.splits(p).first, reading.prefixLength == 0,
              !reading.definite else { return nil }
        let h = words.hash(p)
        if LearntOrganisationWords.nameWords.contains(hash: h) { return h }
        guard looksLikeProperName(p), p > 0, words.isWord(p - 1), !words.lineBreak(between: p - 1, and: p, in: text),
              // (Not after a preposition: على حساب بورتو "at Porto's expense".)
              words.splits(p - 1).contains(where: { Self.hostWords.contains(hash: $0.stem) || Self.matchVerbs.contains($0.stem) })
        else { return nil }
        return h
    }

    /// The hash of a word of clubs' names right after a city at `i` (مانشستر يونايتد), if any.
    func clubSuffix(after i: Int) -> UInt64? {
        let s = i + 1
        // (No word that reads with the article: دبي للإعلام is a body's genitive.)
        guard words.isWord(s), !taken[s], placeAt[s] == nil, adjectiveAt[s] == nil, !isCueWord(s),
              !words.splits(s).contains(where: { $0.definite }),
              LearntOrganisationWords.nameWords.contains(hash: words.hash(s)) else { return nil }
        return words.hash(s)
    }

    /// Whether a sports word stands within six tokens of token `i`, in its sentence (not across a
    /// line break or a full stop, ! ? ؟): near enough to be about the club, not about a victory
    /// (النصر) a sentence's next clause puts beside a coach. Further mentions of a club found so
    /// carry it to sentences that say less.
    func speaksOfSport(around i: Int, besides excluded: Int = -1) -> Bool {
        func ends(_ t: Int) -> Bool {
            words.isPunctuation(t) && ".!?؟".unicodeScalars.contains(text.scalars[words.tokens[t].span.start])
        }
        func isSports(_ t: Int) -> Bool {
            t != excluded && words.anyClasses(t).contains(.clubCue) && words.splits(t).contains { Self.sportsWords.contains($0.stem) }
        }
        var t = i - 1
        while t >= 0, t >= i - 6, !ends(t), !words.lineBreak(between: t, and: t + 1, in: text) {
            if isSports(t) { return true }
            t -= 1
        }
        t = i + 1
        while t < words.count, t <= i + 6, !ends(t), !words.lineBreak(between: t - 1, and: t, in: text) {
            if isSports(t) { return true }
            t += 1
        }
        return false
    }

    /// Whether token `i` is a one-word club this layer found.
    func isSportsClub(_ i: Int) -> Bool {
        guard taken[i], let m = organisationAt[i] else { return false }
        return mentions[m].tokens == i..<(i + 1) && words.anyClasses(i).contains(.clubName)
    }
}
