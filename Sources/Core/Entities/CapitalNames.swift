/// A capital the gazetteer lacks, named after العاصمة and the country's nationality adjective:
/// العاصمة الإريترية أسمرا، عاصمتها الموريتانية نواكشوط. The adjective says a country is meant, so one
/// word that looks like a proper name after it, at a clear end (punctuation, a function word, a
/// word with و or ف), is the capital. Without the adjective the word after العاصمة is as often a
/// time (العاصمة صباح اليوم) or a verb, and is left out.
extension EntityScan {
    static let capitalNouns = KeySet(["العاصمة", "عاصمة", "عاصمتها", "عاصمته"])

    mutating func findCapitalsByNationality() {
        var i = 0
        while i + 2 < words.count {
            defer { i += 1 }
            // (The capital nouns are no cue class: the adjective, one load, is tested first.)
            guard adjectiveAt[i + 1] != nil, words.isWord(i), !taken[i],
                  words.splits(i).contains(where: { Self.capitalNouns.contains(hash: $0.stem) }),
                  isDefiniteWord(i + 1, allowingConjunction: false) else { continue }
            let j = i + 2, k = i + 3
            guard looksLikeProperName(j), !words.lineBreak(between: i, and: j, in: text) else { continue }
            let clear = !words.isWord(k) || isCueWord(k) || words.splits(k).contains { $0.startsWith("و") || $0.startsWith("ف") }
            guard clear else { continue }
            let range = j..<(j + 1)
            let keys = [words.hash(j)]
            add(FoundMention(tokens: range, span: words.span(range), kind: .location, group: Self.group(.location, keys),
                             source: .cue, nameKeys: keys))
        }
    }
}
