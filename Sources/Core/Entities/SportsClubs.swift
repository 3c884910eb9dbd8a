/// Sports clubs named by a common word: الهلال "the crescent", النصر "victory", الاتحاد "the union",
/// الأهلي "the national". Such a word is a club only where its sentence speaks of sport (a match, a
/// team, a league, a cup, a goal, a coach, a player …); elsewhere it stays a word (الاتحاد
/// الأوروبي، الهلال الأحمر are known organisations, taken before this layer runs).
extension EntityScan {
    /// Clubs of the Arab leagues whose names are ordinary definite words (data: add clubs here).
    /// Not names that are mostly adjectives or common nouns in sports reports too (الشباب "young",
    /// المصري "Egyptian", العربي، الوحدة "unity", التعاون "cooperation", الاتفاق "agreement"): the tagger may know them.
    static let clubNames: [UInt64] = NameCues.keys(
        "الهلال", "النصر", "الاتحاد", "الأهلي", "الزمالك", "الفتح", "الرائد",
        "الفيصلي", "الوداد", "الرجاء", "الترجي", "الإسماعيلي", "الزوراء", "الطلبة", "السد", "الغرافة", "الريان",
        "القادسية", "الوصل", "المريخ", "الوحدات", "الرمثا", "الصفاقسي", "الحزم", "الفيحاء")

    /// Words that make a sentence a sports report (stems: with proclitics peeled).
    static let sportsWords: Set<UInt64> = Set([
        "مباراة", "المباراة", "مباراته", "مباراتها", "فريق", "الفريق", "فريقه", "نادي", "النادي", "الدوري",
        "كأس", "هدف", "الهدف", "هدفين", "أهداف", "الأهداف", "مدرب", "المدرب", "مدربه", "لاعب", "اللاعب", "لاعبي",
        "اللاعبين", "ملعب", "الملعب", "الشوط", "المنتخب", "بطولة", "البطولة", "نهائي", "النهائي", "التعادل",
        "ضيفه", "مضيفه", "ركلة", "الدقيقة", "المهاجم", "مهاجم", "مهاجمه", "الحارس", "حارس", "اللقب", "بالتسجيل",
    ].map(KeyHash.of(word:)))

    static let redWord = KeyHash.of(word: "الأحمر")

    /// Marks club names in sports sentences as organisations. A club and a nationality that the
    /// organisation rule read as a federation (مدرب الاتحاد الفرنسي جان بيير مارتان) is the club,
    /// when no لكرة … genitive follows: the nationality is the coach's.
    mutating func findSportsClubs() {
        var sportsSentence: (range: Range<Int>, sports: Bool)?
        for i in 0..<words.count {
            guard words.anyClasses(i).contains(.clubName),
                  let split = words.splits(i).first(where: { $0.classes.contains(.clubName) && ($0.prefixLength == 0 || $0.restoredArticle || $0.isOnly("و") || $0.isOnly("ب") || $0.isOnly("ف")) })
            else { continue }
            if sportsSentence.map({ !$0.range.contains(i) }) ?? true { sportsSentence = sentence(around: i) }
            guard sportsSentence!.sports else { continue }
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
    }

    /// The sentence around token `i` (tokens between a line break or a full stop, ! ? ؟), and whether
    /// it speaks of sport.
    func sentence(around i: Int) -> (range: Range<Int>, sports: Bool) {
        func ends(_ t: Int) -> Bool {
            words.isPunctuation(t) && ".!?؟".unicodeScalars.contains(text.scalars[words.tokens[t].span.start])
        }
        var lo = i, hi = i + 1
        while lo > 0, !ends(lo - 1), !words.lineBreak(between: lo - 1, and: lo, in: text) { lo -= 1 }
        while hi < words.count, !ends(hi), !words.lineBreak(between: hi - 1, and: hi, in: text) { hi += 1 }
        let sports = (lo..<hi).contains { t in words.splits(t).contains { Self.sportsWords.contains($0.stem) } }
        return (lo..<hi, sports)
    }

    /// Whether token `i` is a one-word club this layer found.
    func isSportsClub(_ i: Int) -> Bool {
        guard taken[i], let m = organisationAt[i] else { return false }
        return mentions[m].tokens == i..<(i + 1) && words.anyClasses(i).contains(.clubName)
    }
}
