/// A person the text names by a first name (or a name the tagger does not know) and describes right
/// after it in apposition: "وقفت سعاد، وهي معلمة متقاعدة"، "يقول مراد، وهو موظف": one word
/// that look like a proper name before ، وهو / ، وهي. Ordinary people in reports are named so.
extension EntityScan {
    mutating func findPersonsBeforeApposition(commas: [Int]) {
        for p in commas {
            // One word: a word before it may be the verb (وقفت سعاد); longer names are the tagger's.
            let start = p - 1
            guard isAppositiveNameWord(start) else { continue }
            let range = start..<p
            let keys = nameKeys(range, firstStem: words.hash(start))
            add(FoundMention(tokens: range, span: words.span(range), kind: .person, group: Self.group(.person, keys), source: .cue,
                             nameKeys: keys))
        }
    }

    /// A free word that looks like a proper name, with no proclitic reading, and is no accusative
    /// (زار مصنعا، وهو …).
    private func isAppositiveNameWord(_ j: Int) -> Bool {
        guard looksLikeProperName(j), let reading = words.splits(j).first, reading.prefixLength == 0,
              !words.splits(j).dropFirst().contains(where: { $0.classes.contains(.stopWord) }) else { return false }
        let key = words.text.scalars[words.tokens[j].keyRange]
        // (Nor a counted noun after a number, nor a broken plural أفعال: ثلاثة أشخاص، وهم …)
        if j > 0, words.tokens[j - 1].kind == .number || words.isWord(j - 1) && NumberWords.forms[words.tokens[j - 1].keyHash] != nil {
            return false
        }
        if key.count == 5, key.first == "ا", key[key.startIndex + 3] == "ا" { return false }
        return key.last != "ا" && !hasPronounSuffix(j)
    }
}
