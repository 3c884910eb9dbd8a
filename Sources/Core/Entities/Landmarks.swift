/// Seas, straits, rivers, islands and deserts named after an unambiguous landmark noun (مضيق هرمز،
/// نهر الليطاني، جزيرة كريت، صحراء النقب): the noun and the name are one place. Landmarks on nouns
/// that are common words too (رأس الرجاء الصالح، قناة السويس، باب المندب) are data
/// (`PlaceLexicon.landmarks`).
extension EntityScan {
    /// Nouns that name a landmark with the word after them. (Not سهل "easy", جبل/وادي/بحر/رأس/باب/قناة:
    /// common words or channels; see `PlaceLexicon.landmarks`.)
    static let landmarkNouns: [UInt64] = NameCues.keys("مضيق", "خليج", "نهر", "بحيرة", "جزيرة", "صحراء", "هضبة")

    static let landmarkNounSet = KeySet(hashes: landmarkNouns)

    /// The landmark nouns as whole words, bare or with proclitics (ومضيق، بخليج، وبنهر): one
    /// look-up of a word's own hash tells whether it can open a landmark.
    static let landmarkWords: KeySet = {
        let nouns = ["مضيق", "خليج", "نهر", "بحيرة", "جزيرة", "صحراء", "هضبة"]
        let proclitics = ["", "و", "ب", "ف", "ل", "ك", "وب", "فب", "ول", "فل", "وك"]
        return KeySet(nouns.flatMap { noun in proclitics.map { $0 + noun } })
    }()

    /// Indefinite adjectives a landmark noun takes (نهر طويل "a long river"): not names.
    static let landmarkAdjectives = KeySet(hashes: NameCues.keys(
        "طويل", "قصير", "كبير", "صغير", "جديد", "قديم", "عميق", "ضحل", "واسع", "ضيق", "جميل", "هادئ", "بعيد", "قريب",
        "جاف", "صناعي", "استراتيجي", "دولي", "مائي", "بحري", "رملي", "مجاور", "آخر", "ثالث", "ثان", "واحد"))

    /// Nouns whose name is a known place that becomes part of the landmark (خليج العقبة، نهر الأردن،
    /// مضيق هرمز): a strait, a gulf or a river is named after a place, an island or a desert is
    /// mostly the place itself (جزيرة قبرص، صحراء الجزائر).
    static let waterNouns = KeySet(hashes: NameCues.keys("مضيق", "خليج", "نهر"))

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
        let agencies = NewsAgencies.contextual, landmarkWords = Self.landmarkWords
        let he = Self.appositionHe, she = Self.appositionShe
        for i in 0..<max(0, words.count - 1) {
            let classes = words.anyClasses(i)
            if classes.contains(.lexiconStart) {
                if landmarkWords.contains(hash: words.hash(i)) { landmarks.append(i) }
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

    /// Landmark noun + one name word: a known place (after a strait, gulf or river noun), a word
    /// that looks like a proper name (هرمز، كريت) or a definite word that is no adjective, function
    /// or cue word (النيل، النقب). Runs after the lexicon pass, before the organisation rules.
    private mutating func landmark(at i: Int) {
        guard words.isWord(i), !taken[i], placeAt[i] == nil,
              let noun = words.splits(i).first(where: { !$0.definite && Self.landmarkNounSet.contains(hash: $0.stem) }),
              !words.lineBreak(between: i, and: i + 1, in: text) else { return }
        let j = i + 1
        guard words.isWord(j), !taken[j], adjectiveAt[j] == nil, !hasTanween(i) else { return }
        var end = j + 1
        if let place = placeAt[j] {
            guard place.split.prefixLength == 0, Self.waterNouns.contains(hash: noun.stem) else { return }
            placeAt[j] = nil
            end = j + place.count
        } else if looksLikeProperName(j) {
            guard !Self.landmarkAdjectives.contains(hash: words.hash(j)) else { return }
        } else {
            // (A definite word after the indefinite noun is its genitive, the name: نهر الليطاني.)
            guard let reading = words.splits(j).first, reading.definite, reading.stemLength >= 3, !isCueWord(j) else { return }
        }
        let range = i..<end
        let keys = nameKeys(range, firstStem: noun.stem)
        add(FoundMention(tokens: range, span: words.span(range, prefixLength: noun.prefixLength), kind: .location,
                         group: Self.group(.location, keys), source: .cue, nameKeys: keys))
    }
}
