/// The words tagged corpora write outside names (`OrdinaryWordData`, learnt by
/// scripts/make-ordinary-words.py from ANERcorp's training part and WikiFANE): after a facility's
/// head, a word that looks like a proper name and that the corpora never write as an ordinary word
/// is a name nobody listed (سد إليسو، حقل كورمور), where an ordinary word is an adjective, a
/// participle or a verbal noun (محطة تكرير، مطعم حلال).
///
/// A bitmap of hash bits: `mayContain` is false only for words surely outside the set; a word
/// outside it still finds its bit set about one time in nine, and is then taken for ordinary.
enum OrdinaryWords {
    /// Whether the word whose key hashes to `hash` may be one the corpora write outside names.
    @inline(__always)
    static func mayContain(_ hash: UInt64) -> Bool {
        let b = Int(truncatingIfNeeded: (hash == 0 ? 1 : hash) >> OrdinaryWordData.shift)
        return OrdinaryWordData.bits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }
}

extension EntityScan {
    /// A word ending as a plural does (…ين، …ون، …ات: سرمين، ميون) that is a name all the same: the
    /// corpora never write it as an ordinary word (`OrdinaryWords`), and it is indefinite, free, no
    /// known place, adjective or cue word, without tanween or a proclitic, four letters or more.
    /// (`looksLikeProperName` takes no word with those endings: most are plurals, مزارعين، مستوطنات.)
    func pluralShapedUnknownName(_ j: Int) -> Bool {
        guard words.isWord(j), !taken[j], placeAt[j] == nil, adjectiveAt[j] == nil, !isCueWord(j), !hasTanween(j),
              let reading = words.splits(j).first, !reading.definite, reading.prefixLength == 0, reading.stemLength >= 4 else { return false }
        let lastTwo = Array(words.text.scalars[words.tokens[j].keyRange].suffix(2))
        guard lastTwo == ["ي", "ن"] || lastTwo == ["و", "ن"] || lastTwo == ["ا", "ت"] else { return false }
        return !OrdinaryWords.mayContain(words.hash(j))
    }
}
