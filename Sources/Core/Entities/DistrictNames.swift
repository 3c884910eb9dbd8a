/// City districts and neighbourhoods the gazetteer lacks, named after a district noun: حي الخالدية،
/// أحياء باب عمرو والخالدية وجورة الشياح، مديريتي صالة والتعزية.
///
/// After a singular district noun (حي، حارة، ضاحية) one name; after a plural or a dual (أحياء،
/// حارات، ضواحي، حيي، مديريتي) a list of names joined by و. A name is one or two words: a
/// definite word (الخالدية), or a word that looks like a proper name before a second such word or
/// a definite one (باب عمرو، جورة الشياح); in a list also one such word alone, or one in ة
/// (صالة); after a settlement's dual or plural (بلدتي، قرى) a list of two names or more. After حي ("alive" as well) the name never starts with و (بث حي ومباشر). Not an adjective of the noun (حي سكني، حي شعبي، أحياء فقيرة), not a function word, a
/// title or a head; the district noun is no part of the name (the gold's convention).
extension EntityScan {
    static let singularDistrictNouns = ["حي", "حارة", "ضاحية"]
    static let districtListNounWords = ["أحياء", "حارات", "ضواحي", "حيي", "مديريتي", "مديريتا"]
    /// Duals and plurals of settlement units (بلدتي الباذان وطلوزة، قرى X وY وZ): a list of names as
    /// after أحياء, but only of two names or more (قريتي الصغيرة is "my village", قرى الجنوب "the
    /// south's villages"). (Not مدينتي، مدن: the cities are the gazetteer's.)
    static let settlementListNounWords = ["بلدتي", "بلدتا", "قريتي", "قريتا", "بلدات", "قرى", "مخيمي", "مخيمات",
                                          "محافظتي", "محافظتا", "ولايتي", "ولايتا"]
    static let districtNouns = KeySet(singularDistrictNouns)
    static let districtListNouns = KeySet(districtListNounWords + settlementListNounWords)
    static let settlementListNouns = KeySet(settlementListNounWords)
    /// All, as the cue class `.districtNoun` (one load per word tells whether to look further).
    static let districtNounKeys: [UInt64] = (singularDistrictNouns + districtListNounWords + settlementListNounWords)
        .map(KeyHash.of(word:))

    /// Adjectives a district noun takes (حي سكني، أحياء فقيرة): no names.
    static let districtAdjectives = KeySet(["سكني", "سكنية", "شعبي", "شعبية", "راق", "راقي", "راقية", "فقير", "فقيرة",
                                            "قديم", "قديمة", "جديد", "جديدة", "كبير", "كبيرة", "صغير", "صغيرة", "مجاور",
                                            "مجاورة", "آخر", "أخرى", "كامل", "كاملة", "بأكمله", "بأكملها", "عشوائي",
                                            "عشوائية", "واحد", "واحدة", "تجاري", "تجارية", "عريق", "عريقة", "متضرر",
                                            "متضررة", "مدمر", "مدمرة", "محاصر", "محاصرة", "شرقي", "غربي", "شمالي", "جنوبي",
                                            "شرقية", "غربية", "شمالية", "جنوبية", "وسط", "عدة", "عديدة", "مختلفة", "متفرقة"])

    mutating func findDistricts() {
        let singular = Self.districtNouns, plural = Self.districtListNouns
        var i = 0
        while i + 1 < words.count {
            guard words.anyClasses(i).contains(.districtNoun), let unit = words.splits(i).first(where: { !$0.definite && $0.classes.contains(.districtNoun) }),
                  singular.contains(hash: unit.stem) || plural.contains(hash: unit.stem),
                  !words.lineBreak(between: i, and: i + 1, in: text) else { i += 1; continue }
            let list = plural.contains(hash: unit.stem)
            var j = i + 1
            var first = true
            var names: [(range: Range<Int>, stem: UInt64, first: Bool)] = []
            var known = 0
            while true {
                // … والظاهرية وبيتا: a known place in the list is the gazetteer's; the list goes on after it.
                if !first, let place = placeAt[j], place.split.isOnly("و") {
                    j += place.count
                    known += 1
                } else if let (end, stem) = districtName(at: j, inList: list, first: first) {
                    names.append((j..<end, stem, first))
                    j = end
                } else {
                    break
                }
                guard list, j < words.count, words.isWord(j),
                      words.splits(j).contains(where: { $0.isOnly("و") }) else { break }
                first = false
            }
            if Self.settlementListNouns.contains(hash: unit.stem),
               names.isEmpty || names.count + known < 2 || isDefiniteSoundPlural(names[0].range.lowerBound) { names = [] }
            for name in names {
                let keys = nameKeys(name.range, firstStem: name.stem)
                add(FoundMention(tokens: name.range, span: words.span(name.range, prefixLength: name.first ? 0 : 1), kind: .location,
                                 group: Self.group(.location, keys), source: .cue, nameKeys: keys))
            }
            i = max(i + 1, j)
        }
    }

    /// A definite sound plural (اللاجئين، النازحين، المستوطنات): after a settlement's plural it says
    /// who lives there (مخيمات اللاجئين والعمل مع …), and the list after it is no list of names.
    func isDefiniteSoundPlural(_ j: Int) -> Bool {
        guard let reading = words.splits(j).first, reading.definite else { return false }
        let lastTwo = Array(words.text.scalars[words.tokens[j].keyRange].suffix(2))
        return lastTwo == ["ي", "ن"] || lastTwo == ["و", "ن"] || lastTwo == ["ا", "ت"]
    }

    /// The end of a district name at `j` and its first word's stem (read without its و when
    /// `first` is false).
    func districtName(at j: Int, inList: Bool, first: Bool) -> (end: Int, stem: UInt64)? {
        guard j < words.count, words.isWord(j), !taken[j] else { return nil }
        let readings = words.splits(j)
        guard let r = first ? readings.first : readings.first(where: { $0.isOnly("و") }) else { return nil }
        // A known place in the list is the gazetteer's (… وحمص); the list goes on after it.
        guard placeAt[j] == nil, adjectiveAt[j] == nil, !r.classes.contains(.stopWord), !r.classes.contains(.personTitle),
              !r.classes.contains(.organisationHead), !Self.districtAdjectives.contains(hash: r.stem), !hasTanween(j),
              r.stemLength >= 3 else { return nil }
        if r.definite { return (j + 1, r.stem) }
        // باب عمرو، جورة الشياح، عين ترما: a second word, proper-looking or definite.
        let k = j + 1
        if first, words.splits(j).contains(where: { ($0.isOnly("و") || $0.isOnly("ف")) && $0.stemLength >= 3 }) { return nil }
        // كائن حي يحتاج الماء: after a singular noun a word opening as an imperfect verb (ي، ت، ن)
        // and its object are no name.
        if !inList, let letter = words.text.scalars[words.tokens[j].keyRange].first, letter == "ي" || letter == "ت" || letter == "ن" {
            return nil
        }
        // (A compass word after a name places it: بلدتي X وY جنوب مدينة Z; it is no second name word.)
        let compass = words.isWord(k) && Self.compassWords.contains(words.hash(k))
        if words.isWord(k), !compass, !taken[k], placeAt[k] == nil, adjectiveAt[k] == nil, !isCueWord(k), !hasTanween(k),
           let second = words.splits(k).first, second.prefixLength == 0, !Self.districtAdjectives.contains(hash: second.stem),
           second.definite || looksLikeProperName(k) {
            return (k + 1, r.stem)
        }
        // After a singular noun one indefinite word is no name (كائن حي يعيش "a living being lives",
        // بث حي ومباشر "a live broadcast"): حي is "alive" as often as "district".
        guard inList else { return nil }
        let keys = words.text.scalars[words.tokens[j].keyRange].dropFirst(r.prefixLength)
        let properLooking = keys.last != "ي" && !(keys.count >= 2 && keys.suffix(2).elementsEqual(["ا", "ت"]))
            && !(keys.count >= 2 && (keys.suffix(2).elementsEqual(["ي", "ن"]) || keys.suffix(2).elementsEqual(["و", "ن"])))
        guard properLooking, keys.last != "ه" || inList else { return nil }
        // One indefinite word needs a clear end after it (punctuation, و, a function word).
        let clear = !words.isWord(k) || compass || isCueWord(k) || words.splits(k).contains { $0.startsWith("و") || $0.startsWith("ف") }
        return clear ? (k, r.stem) : nil
    }
}
