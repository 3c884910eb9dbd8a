/// A capital the gazetteer lacks, named after العاصمة and the country's nationality adjective:
/// العاصمة البوروندية غيتيغا، عاصمتها الإريترية كارن. The adjective says a country is meant, so one
/// word that looks like a proper name after it, at a clear end (punctuation, a function word, a
/// word with و or ف), is the capital. Without the adjective the word after العاصمة is as often a
/// time (العاصمة صباح اليوم) or a verb, and is left out.
extension EntityScan {
    static let capitalNounKeys: [UInt64] = NameCues.keys("العاصمة", "عاصمة", "عاصمتها", "عاصمته")

    /// The capital named after the capital noun at `i` (a word of class `.capitalNoun`), if any.
    /// Called from the administrative units' pass (one pass over the words for both).
    mutating func capitalByNationality(at i: Int) {
        guard i + 2 < words.count, adjectiveAt[i + 1] != nil, !taken[i], isDefiniteWord(i + 1, allowingConjunction: false) else { return }
        let j = i + 2, k = i + 3
        guard looksLikeProperName(j), !words.lineBreak(between: i, and: j, in: text) else { return }
        let clear = !words.isWord(k) || isCueWord(k) || words.splits(k).contains { $0.startsWith("و") || $0.startsWith("ف") }
        guard clear else { return }
        let range = j..<(j + 1)
        let keys = [words.hash(j)]
        add(FoundMention(tokens: range, span: words.span(range), kind: .location, group: Self.group(.location, keys),
                         source: .cue, nameKeys: keys))
    }
}
