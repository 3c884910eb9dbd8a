/// Places named by a definite head and an adjective of the name: البحر الأحمر، الجامع الأزهر، الجبل
/// الأخضر، الصحراء الغربية، الخليج العربي. A head written with the article takes no genitive, so a
/// definite word after it is its adjective; after a head that the corpora write so mostly as a name
/// (`LearntPlaceHeads.definiteHeads`, learnt by scripts/make-place-heads.py) the pair is the place's
/// name when the adjective is of the kinds names take:
/// - a colour or an elative (أفعل، فعلاء، فعلى: الأحمر، الخضراء، الأقصى، الكبرى),
/// - a nisba (الأموي، العربي، الغربية), not a nationality (الصحراء الليبية "the Libyan desert" is a
///   stretch of the country, its adjective the record's) and none of the nisbas that describe any
///   sea or mountain (الإقليمي، الجليدي، البركاني) or count (الثانية: حرب الخليج الثانية).
/// The head and the adjective are the place, as the gold files mark such names; the name adjectives
/// of `nameAdjectivesEnd` may follow. A word with the article before it is no name (الجبل الشاهق).
extension EntityScan {
    /// The definite heads as whole words, bare or with proclitics (والبحر، بالجبل، للخليج).
    static let definiteLandmarkWords: KeySet = {
        let proclitics = ["", "و", "ف", "ب", "ك", "وب", "فب", "وك"]
        return KeySet(LearntPlaceHeads.definiteHeadKeys.flatMap { head in
            proclitics.map { $0 + head } + ["ل", "ول", "فل"].map { $0 + "ل" + head.dropFirst(2) }
        })
    }()

    /// Nisbas any sea, gulf, desert, mountain or mosque may take, and ordinals: no names.
    static let descriptiveNisbas = KeySet([
        "الإقليمي", "الإقليمية", "الداخلي", "الداخلية", "الخارجي", "الخارجية", "الجليدي", "الجليدية", "البركاني",
        "البركانية", "الصخري", "الصخرية", "الرملي", "الرملية", "الطبيعي", "الطبيعية", "الاصطناعي", "الاصطناعية",
        "الرئيسي", "الرئيسية", "الأصلي", "الأصلية", "الحالي", "الحالية", "الحقيقي", "الحقيقية", "الساحلي",
        "الساحلية", "الجبلي", "الجبلية", "البحري", "البحرية", "الصحراوي", "الصحراوية", "التاريخي", "التاريخية",
        "الحدودي", "الحدودية", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
        "الأولى", "الأخرى", "الدولي", "الدولية", "العالمي", "العالمية", "المركزي", "المركزية", "المحلي", "المحلية",
        "الأعلى", "الأدنى", "الأكبر", "الأصغر", "الأقرب", "الأبعد", "الأكثر", "الأقل", "الأول", "الأخير", "الأخيرة",
        "الأسبق", "الأقدم", "الأحدث", "الأجمل", "الأعمق", "الأطول", "الأعظم", "الأوسع", "الأربع", "الأربعة",
        "التجاري", "التجارية", "الأمامي", "الأمامية", "الخلفي", "الخلفية", "الاستراتيجي", "الاستراتيجية",
    ])

    /// A definite head and a name's adjective at token `i` (the type's comment); false when there is none.
    mutating func definiteLandmark(at i: Int) -> Bool {
        guard let head = words.splits(i).first(where: { $0.definite && LearntPlaceHeads.definiteHeads.contains(hash: $0.stem) }),
              !hasTanween(i), i + 1 < words.count, !words.lineBreak(between: i, and: i + 1, in: text) else { return false }
        let j = i + 1
        // (A town named by the adjective alone, الأبيض, is the adjective here: الجبل الأبيض.)
        guard words.isWord(j), !taken[j], placeAt[j].map({ $0.count == 1 && $0.split.prefixLength == 0 }) ?? true,
              adjectiveAt[j] == nil, !isCueWord(j), !hasTanween(j),
              let reading = words.splits(j).first, reading.definite, reading.prefixLength == 0, reading.stemLength >= 5,
              !Self.descriptiveNisbas.contains(hash: reading.stem), isNameAdjective(j) else { return false }
        placeAt[j] = nil
        let range = i..<nameAdjectivesEnd(from: j + 1)
        let keys = nameKeys(range, firstStem: head.stem)
        add(FoundMention(tokens: range, span: words.span(range, prefixLength: head.prefixLength), kind: .location,
                         group: Self.group(.location, keys), source: .cue, nameKeys: keys))
        return true
    }

    /// A definite word (key without the article) shaped as a nisba (…ي، …ية), a colour or an elative
    /// (أفعل: الأحمر، الأقصى; فعلاء: الخضراء; فعلى: الكبرى).
    func isNameAdjective(_ j: Int) -> Bool {
        let keys = words.text.scalars[words.tokens[j].keyRange].dropFirst(2)  // without ال
        guard keys.count >= 4 else { return false }
        let last = keys.last!, lastTwo = Array(keys.suffix(2))
        if last == "ي" || lastTwo == ["ي", "ه"] {
            // (Not a participle of a verb in ي, فاعي/فاعية: العاتية "the stormy", الجاري "the current".)
            let second = keys[keys.index(after: keys.startIndex)]
            return !(second == "ا" && (keys.count == 4 || (keys.count == 5 && lastTwo == ["ي", "ه"])))
        }
        if keys.count == 4, keys.first == "ا" { return true }  // أفعل
        return keys.count == 5 && lastTwo == ["ا", "ء"]  // فعلاء
    }
}
