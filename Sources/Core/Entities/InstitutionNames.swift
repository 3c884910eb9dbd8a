/// Institutions named by a definite noun and what makes it a name (السلطة الفلسطينية، المفوضية
/// الأوروبية، القيادة المركزية الأمريكية، الهيئة المصرية العامة للكتاب), and parties and
/// movements named after their head (حركة مجتمع السلم، حركة البناء الوطني، التجمع الوطني
/// الديمقراطي، جماعة الحوثي).
///
/// The heads are in `NameCues.organisationHeads`; `organisationExtent` reads the institutions
/// with the conditions below, `partyName` the parties.
extension EntityScan {
    /// Adjectives of a region or a bloc, not of a country (CLDR gives no country for them): after a
    /// definite head they name it as a nationality does (المفوضية الأوروبية، المحكمة الأفريقية).
    static let regionalAdjectives: KeySet = KeySet(
        ["الأوروبية", "الأوروبي", "الاوروبية", "الاوروبي", "الأفريقية", "الأفريقي", "الإفريقية", "الإفريقي",
         "الآسيوية", "الآسيوي", "الخليجية", "الخليجي", "المغاربية", "المغاربي", "الأممية", "الأممي"])

    /// Heads that are adjectives as well (البحرية "naval", "the navy"): after a definite word they
    /// agree with it (التجارة البحرية البريطانية "British maritime trade"), so they open a name
    /// only after a word that is not definite (أعلنت البحرية الأمريكية، أن البحرية …).
    static let adjectivalHeads: KeySet = KeySet(
["البحرية"])

    /// A definite head with `العامة` alone is a general body of something said before (الهيئة
    /// العامة "the general assembly", الإدارة العامة): a name only for the prosecution (النيابة العامة).
    static let generalAdjectives: KeySet = KeySet(
["العامة", "العام"])
    static let prosecution = KeyHash.of(word: "النيابة")

    /// Whether a definite head that is also an adjective reads as an adjective here.
    func headReadsAsAdjective(_ i: Int, stem: UInt64) -> Bool {
        guard Self.adjectivalHeads.contains(hash: stem), i > 0, words.isWord(i - 1) else { return false }
        return isDefiniteWord(i - 1, allowingConjunction: false) && !words.classes(i - 1).contains(.stopWord)
    }

    /// Heads that with a nationality alone are a country's leadership or government, no body's
    /// name (القيادة الإسرائيلية، الإدارة الأمريكية): a command is named by its kind (القيادة
    /// المركزية الأمريكية، القيادة العامة للقوات المسلحة), an administration by a genitive.
    static let command = KeyHash.of(word: "القيادة")
    static let administration = KeyHash.of(word: "الإدارة")
    static let commandAdjectives: KeySet = KeySet(
["المركزية", "الشمالية", "الجنوبية", "الغربية", "الشرقية", "الوسطى",
                                                     "العامة", "الأوروبية", "الأفريقية", "الإفريقية"])

    /// Whether a definite head is a country's leadership or government here, not a body.
    func headIsGovernment(_ i: Int, stem: UInt64) -> Bool {
        if stem == Self.command { return !(words.isWord(i + 1) && Self.commandAdjectives.contains(hash: words.hash(i + 1))) }
        if stem == Self.administration { return words.isWord(i + 1) && adjectiveAt[i + 1] != nil && !isPurposeGenitive(i + 2) }
        return false
    }

    /// A definite sound masculine plural (…ين، …ون) right after a definite feminine singular in ة:
    /// no adjective of it, so the name ended (مجلس الأمة المنتخبين "the elected members of …").
    func pluralAfterFeminine(_ j: Int) -> Bool {
        guard words.isWord(j), words.isWord(j - 1) else { return false }
        let keys = words.text.scalars[words.tokens[j].keyRange]
        guard keys.count >= 7, keys.last == "ن", let penult = keys.dropLast().last, penult == "ي" || penult == "و",
              text.scalars[words.tokens[j - 1].span.end - 1] == "\u{0629}",
              let reading = words.splits(j).first, reading.definite,
              let previous = words.splits(j - 1).first, previous.definite else { return false }
        return true
    }

    // MARK: parties and movements

    /// Heads of parties and movements: they name one with a name of their own after them.
    static let partyHeads: KeySet = KeySet(
["حركة", "حزب", "جبهة", "تجمع", "ائتلاف", "تيار", "الحركة", "التجمع", "التيار",
                                              "الجبهة", "الائتلاف"])

    /// Adjectives of a party's or a movement's programme (الوطني، الديمقراطي، الحر …): after a
    /// definite word they close a party's name (حركة البناء الوطني، جبهة التحرير الوطني), and
    /// after a definite head they are the name (التجمع الوطني الديمقراطي، التيار الوطني الحر).
    static let politicalAdjectives: KeySet = KeySet(
        ["الوطني", "الوطنية", "الديمقراطي", "الديمقراطية", "الديموقراطي", "الديموقراطية", "الشعبي", "الشعبية",
         "الإسلامي", "الإسلامية", "الاشتراكي", "الاشتراكية", "الجمهوري", "الجمهورية", "الدستوري", "الدستورية",
         "الحر", "الحرة", "الليبرالي", "الليبرالية", "التقدمي", "التقدمية", "الثوري", "الثورية", "القومي", "القومية",
         "المدني", "المدنية", "الموحد", "الموحدة", "الصدري", "العلماني"])

    /// Definite heads that a single programme adjective names (التيار الصدري، التجمع الدستوري).
    static let currentHeads: KeySet = KeySet(
["التيار", "التجمع"])

    /// Nouns after حركة that make it a flow, not a movement (حركة نزوح السكان، حركة بيع الأسهم).
    static let flowNouns: KeySet = KeySet(
["نزوح", "بيع", "شراء", "تداول", "مرور", "سير", "ملاحة", "نقل", "شحن", "سفر",
                                             "عبور", "طيران", "هجرة", "تنقل", "نمو", "تجارة", "أسعار", "رؤوس", "أموال",
                                             "سفن", "قطارات", "الأسعار", "المرور", "السير", "التنقل"])

    /// جماعة ("group") names a body only with a definite proper name in ي after it (جماعة الحوثي):
    /// with other words it is "a group of".
    static let groupHead = KeyHash.of(word: "جماعة")
    static let gathering = KeyHash.of(word: "تجمع")

    /// A party or a movement named after its head: the head and
    /// - an indefinite noun and a definite one, then programme adjectives (حركة مجتمع السلم، حزب
    ///   جبهة التحرير الوطني), ending at punctuation, a quotation mark or a function word;
    /// - a definite word and at least one programme adjective (حركة البناء الوطني);
    /// - after a definite head, programme adjectives alone, at least one (التجمع الوطني الديمقراطي،
    ///   التيار الوطني الحر; not التجمع الخامس, a district).
    /// جماعة takes one definite word in ي that is no plural (جماعة الحوثي).
    func partyName(at i: Int) -> (range: Range<Int>, split: Reading)? {
        guard let split = words.splits(i).first(where: { $0.classes.contains(.organisationHead) && !$0.restoredArticle
                && (Self.partyHeads.contains(hash: $0.stem) || $0.stem == Self.groupHead) }),
              i + 1 < words.count, words.isWord(i + 1), !taken[i + 1] else { return nil }
        if split.stem == Self.groupHead {
            guard let reading = words.splits(i + 1).first, reading.definite, reading.prefixLength == 0, adjectiveAt[i + 1] == nil,
                  placeAt[i + 1] == nil, !isCueWord(i + 1) else { return nil }
            let keys = words.text.scalars[words.tokens[i + 1].keyRange]
            // (جماعة الحوثيين: its plural, يين, names it too; not other plurals: جماعة المسلحين.)
            guard keys.count >= 5, keys.last == "ي" || (keys.count >= 7 && keys.suffix(3).elementsEqual(["ي", "ي", "ن"])) else { return nil }
            return (i..<(i + 2), split)
        }
        let movement = Self.movementHeads.contains(split.stem)
        var j = i + 1
        if split.definite {
            // (الحركة الوطنية "the national movement" is generic; التيار الصدري، التجمع الدستوري are names.)
            while j < words.count, words.isWord(j), !taken[j], Self.politicalAdjectives.contains(hash: words.hash(j)) { j += 1 }
            return j >= i + (Self.currentHeads.contains(hash: split.stem) ? 2 : 3) ? (i..<j, split) : nil
        }
        var clearEndNeeded = false
        if let first = words.splits(j).first, !first.definite, first.prefixLength == 0, !hasTanween(j), placeAt[j] == nil,
           adjectiveAt[j] == nil, !words.classes(j).contains(.stopWord), !words.classes(j).contains(.personTitle),
           !Self.flowNouns.contains(hash: first.stem), !isFutureVerb(j),
           // حزب جبهة التحرير الوطني: the party is named by the nested head's name.
           !first.classes.contains(.organisationHead),
           j + 1 < words.count, words.isWord(j + 1), !taken[j + 1],
           let second = words.splits(j + 1).first, second.definite, second.prefixLength == 0, placeAt[j + 1] == nil,
           !words.classes(j + 1).contains(.stopWord) {
            j += 2
            clearEndNeeded = true
        } else if let first = words.splits(j).first, first.definite, first.prefixLength == 0, placeAt[j] == nil, adjectiveAt[j] == nil,
                  !words.classes(j).contains(.stopWord), !Self.politicalAdjectives.contains(hash: first.stem),
                  !(movement && Self.trafficWords.contains(first.stem)),
                  j + 1 < words.count, words.isWord(j + 1), !taken[j + 1], Self.politicalAdjectives.contains(hash: words.hash(j + 1)) {
            j += 2
        } else if let first = words.splits(j).first, first.definite, first.prefixLength == 0, placeAt[j] == nil, adjectiveAt[j] == nil,
                  !words.classes(j).contains(.stopWord), !Self.trafficWords.contains(first.stem),
                  split.stem != Self.gathering,  // تجمع الأطباء والممرضين "a gathering of …"
                  j + 1 < words.count, words.isWord(j + 1), !taken[j + 1],
                  words.splits(j + 1).contains(where: { $0.isOnly("و") && $0.definite && !$0.classes.contains(.stopWord) }) {
            // حركة العدل والمساواة، تيار الحكمة والإصلاح: two definite words joined by و.
            j += 2
        } else {
            return nil
        }
        while j < words.count, words.isWord(j), !taken[j], Self.politicalAdjectives.contains(hash: words.hash(j)) { j += 1 }
        if clearEndNeeded, j < words.count, words.isWord(j), !words.classes(j).contains(.stopWord) { return nil }
        return (i..<j, split)
    }

    // MARK: names in construct

    /// Words before a head that make it a common noun (أكبر شركة "the largest company", أول هيئة).
    static let superlatives: KeySet = KeySet(
["أكبر", "أصغر", "أهم", "أول", "أقدم", "أفضل", "أكثر", "أحدث", "أغنى", "أقوى",
                                                "ثاني", "ثالث", "رابع", "خامس", "آخر", "أي", "كل", "أبرز"])

    /// The end of ل + a verbal noun, و + another and their definite genitive at `j` (لإغاثة وتشغيل
    /// اللاجئين), or nil.
    func coordinatedPurposeEnd(after j: Int) -> Int? {
        guard j + 2 < words.count, words.isWord(j + 1), words.isWord(j + 2), !taken[j + 1], !taken[j + 2],
              words.splits(j + 1).contains(where: { $0.isOnly("و") && !$0.definite && !$0.classes.contains(.stopWord) }),
              !hasTanween(j + 1),
              words.splits(j + 2).contains(where: { $0.prefixLength == 0 && $0.definite }) else { return nil }
        return j + 3
    }

    /// Company heads: what follows them in construct describes a company as often as it names one
    /// (شركة نقل البضائع الألمانية "a German goods carrier").
    static let companyHeadsInConstruct: KeySet = KeySet(
["شركة", "مؤسسة", "مجموعة", "مجلس"])

    /// An indefinite head in construct with an indefinite noun and a definite genitive, closed by a
    /// nationality: هيئة عمليات التجارة البحرية البريطانية، هيئة تنشيط السياحة المصرية. The
    /// nationality says it is one country's body; without it the phrase is a description (هيئة
    /// عمليات كبيرة). Not on company heads nor مجلس (مجلس إدارة الشركة السعودية).
    func constructNameWithNationality(at i: Int) -> (range: Range<Int>, split: Reading)? {
        guard let split = words.splits(i).first(where: { $0.classes.contains(.organisationHead) && !$0.definite && !$0.restoredArticle }),
              !Self.companyHeadsInConstruct.contains(hash: split.stem), !split.classes.contains(.verbalNounHead),
              i + 3 < words.count, words.isWord(i + 1), !taken[i + 1], placeAt[i + 1] == nil, adjectiveAt[i + 1] == nil,
              !isCueWord(i + 1), !hasTanween(i + 1), !isFutureVerb(i + 1),
              let noun = words.splits(i + 1).first, !noun.definite,
              !words.splits(i + 1).contains(where: { $0.startsWith("و") || $0.startsWith("ف") }) else { return nil }
        var j = i + 2
        while j < words.count, j - i <= 6, words.isWord(j), !taken[j], !words.classes(j).contains(.stopWord) {
            if let adjective = adjectiveAt[j] {
                guard adjective.split.prefixLength == 0, adjective.split.definite, j > i + 2 else { return nil }
                return (i..<(j + 1), split)
            }
            guard placeAt[j] == nil, let reading = words.splits(j).first, reading.definite, reading.prefixLength == 0,
                  !reading.classes.contains(.personTitle) else { return nil }
            j += 1
        }
        return nil
    }
}
