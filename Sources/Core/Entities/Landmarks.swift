/// Seas, straits, rivers, islands and deserts named after an unambiguous landmark noun (مضيق هرمز،
/// نهر الليطاني، جزيرة كريت، صحراء النقب): the noun and the name are one place. Landmarks on nouns
/// that are common words too (رأس الرجاء الصالح، قناة السويس، باب المندب) are data
/// (`PlaceLexicon.landmarks`).
extension EntityScan {
    /// Nouns that name a landmark with the word after them. (Not سهل "easy", جبل/وادي/بحر/رأس/باب/قناة:
    /// common words or channels; see `PlaceLexicon.landmarks`.)
    static let landmarkNouns: [UInt64] = NameCues.keys("مضيق", "خليج", "نهر", "بحيرة", "جزيرة", "صحراء", "هضبة")

    static let landmarkNounSet: Set<UInt64> = Set(landmarkNouns)

    /// Indefinite adjectives a landmark noun takes (نهر طويل "a long river"): not names.
    static let landmarkAdjectives: Set<UInt64> = Set(NameCues.keys(
        "طويل", "قصير", "كبير", "صغير", "جديد", "قديم", "عميق", "ضحل", "واسع", "ضيق", "جميل", "هادئ", "بعيد", "قريب",
        "جاف", "صناعي", "استراتيجي", "دولي", "مائي", "بحري", "رملي", "مجاور", "آخر", "ثالث", "ثان", "واحد"))

    /// Nouns whose name is a known place that becomes part of the landmark (خليج العقبة، نهر الأردن،
    /// مضيق هرمز): a strait, a gulf or a river is named after a place, an island or a desert is
    /// mostly the place itself (جزيرة قبرص، صحراء الجزائر).
    static let waterNouns: Set<UInt64> = Set(NameCues.keys("مضيق", "خليج", "نهر"))

    /// Landmark noun + one name word: a known place (after a strait, gulf or river noun), a word
    /// that looks like a proper name (هرمز، كريت) or a definite word that is no adjective, function
    /// or cue word (النيل، النقب). Runs after the lexicon pass, before the organisation rules.
    mutating func findLandmarks() {
        for i in 0..<max(0, words.count - 1) where words.anyClasses(i).contains(.lexiconStart) {
            guard words.isWord(i), !taken[i], placeAt[i] == nil,
                  let noun = words.splits(i).first(where: { !$0.definite && Self.landmarkNounSet.contains($0.stem) }),
                  !words.lineBreak(between: i, and: i + 1, in: text) else { continue }
            let j = i + 1
            guard words.isWord(j), !taken[j], adjectiveAt[j] == nil, !hasTanween(i) else { continue }
            var end = j + 1
            if let place = placeAt[j] {
                guard place.split.prefixLength == 0, Self.waterNouns.contains(noun.stem) else { continue }
                placeAt[j] = nil
                end = j + place.count
            } else if looksLikeProperName(j) {
                guard !Self.landmarkAdjectives.contains(words.hash(j)) else { continue }
            } else {
                // (A definite word after the indefinite noun is its genitive, the name: نهر الليطاني.)
                guard let reading = words.splits(j).first, reading.definite, reading.stemLength >= 3, !isCueWord(j) else { continue }
            }
            let range = i..<end
            let keys = nameKeys(range, firstStem: noun.stem)
            add(FoundMention(tokens: range, span: words.span(range, prefixLength: noun.prefixLength), kind: .location,
                             group: Self.group(.location, keys), source: .cue, nameKeys: keys))
        }
    }
}
