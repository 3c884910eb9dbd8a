/// Organisation names the learnt vocabulary licenses (`LearntOrganisationWords`, from ANERcorp and
/// WikiFANE), read after `organisationExtent` found none at a head:
/// - a strong head in construct with an indefinite noun and a definite genitive (معهد صناديق
///   الثروة السيادية، وكالة أنباء الإمارات، اتحاد كرة القدم): the head opens a name more often than
///   not in the corpora, so the construct is its name, where a weaker head (مجلس، شركة) would make a
///   description of it (مجلس إدارة الشركة);
/// - a head that needs no naming element, named after a person (جامعة حمد بن خليفة، مؤسسة حمد الطبية، جامعة محمد الخامس): a
///   given name of the data right after an indefinite head, its nasab (بن، ابن، بنت + a name) or a
///   regnal ordinal, then one definite nisba adjective of the body (الطبية).
extension EntityScan {
    static let nasabWords = KeySet(["بن", "ابن", "بنت", "آل"])

    /// A name after a strong learnt head: the head, one indefinite noun (no tanween, no proclitic, no
    /// cue word, no place), then at least one definite word, and further definite words and a لل
    /// genitive, up to eight words in all, ending at a function word or punctuation.
    func strongHeadConstruct(at i: Int) -> (range: Range<Int>, split: Reading)? {
        guard let split = words.splits(i).first(where: { $0.classes.contains(.organisationHead) && !$0.definite && !$0.restoredArticle }),
              LearntOrganisationWords.strongHeads.contains(hash: split.stem),
              i + 2 < words.count, isConstructNoun(i + 1), words.isWord(i + 2), !taken[i + 2], placeAt[i + 2] == nil,
              let genitive = words.splits(i + 2).first, genitive.definite, genitive.prefixLength == 0,
              !words.anyClasses(i + 2).contains(.stopWord), !genitive.classes.contains(.personTitle)
        else { return nil }
        var j = i + 3
        while j < words.count, j - i < 8, words.isWord(j), !taken[j], !words.anyClasses(j).contains(.stopWord),
              let reading = words.splits(j).first {
            if reading.definite, reading.prefixLength == 0, !reading.classes.contains(.personTitle) { j += 1; continue }
            if isPurposeGenitive(j) { j += 1; continue }
            break
        }
        return (i..<j, split)
    }

    /// An indefinite noun that can stand in construct inside a name: no tanween, no proclitic, no
    /// function or cue word, no place or adjective, not a verb (future; imperfect: يضم، تضم الدول
    /// "which gathers the states", where a noun in ت has five letters or more: تنمية، تجارة).
    func isConstructNoun(_ k: Int) -> Bool {
        guard words.isWord(k), !taken[k], placeAt[k] == nil, adjectiveAt[k] == nil, !isCueWord(k), !hasTanween(k), !isFutureVerb(k),
              let reading = words.splits(k).first, !reading.definite, reading.stemLength >= 3 else { return false }
        let keys = words.text.scalars[words.tokens[k].keyRange]
        if keys.first == "ي" || ((keys.first == "ت" || keys.first == "ن") && keys.count <= 4) { return false }
        return !words.splits(k).contains { $0.startsWith("و") || $0.startsWith("ف") }
    }

    /// A head named after a person: the head (indefinite), a given name from the data, then بن/ابن
    /// + a name (twice at most) or a regnal ordinal (محمد الخامس), then one definite nisba adjective.
    /// Not on a head that needs a naming element (a verbal noun or a weak learnt head: دار محمد is
    /// "Muhammad's house", مكتب أحمد "Ahmad's office").
    func headNamedAfterPerson(at i: Int) -> (range: Range<Int>, split: Reading)? {
        guard let split = words.splits(i).first(where: { $0.classes.contains(.organisationHead) && !$0.definite && !$0.restoredArticle }),
              !split.classes.contains(.verbalNounHead),
              i + 1 < words.count, words.isWord(i + 1), !taken[i + 1], placeAt[i + 1] == nil,
              words.classes(i + 1).contains(.givenName) else { return nil }
        var j = i + 2
        var nasab = 0
        while nasab < 2, j + 1 < words.count, words.isWord(j), words.isWord(j + 1), !taken[j + 1], placeAt[j + 1] == nil,
              Self.nasabWords.contains(hash: words.hash(j)), !words.anyClasses(j + 1).contains(.stopWord) {
            j += 2; nasab += 1
        }
        if nasab == 0, words.isWord(j), !taken[j], NameCues.regnalOrdinals.contains(hash: words.hash(j)) { j += 1 }
        // مؤسسة حمد الطبية: one adjective of the body (feminine after a feminine head, or nisba).
        if words.isWord(j), !taken[j], placeAt[j] == nil, adjectiveAt[j] == nil, isNisba(j),
           !words.anyClasses(j).contains(.stopWord) { j += 1 }
        return (i..<j, split)
    }
}
