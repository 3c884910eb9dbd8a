/// The words tagged corpora write outside names (`OrdinaryWordData`, learnt by
/// scripts/make-ordinary-words.py from ANERcorp's training part and WikiFANE): after a facility's
/// head, a word that looks like a proper name and that the corpora never write as an ordinary word
/// is a name nobody listed (سد إليسو، حقل كورمور), where an ordinary word is an adjective, a
/// participle or a verbal noun (محطة تكرير، مطعم حلال).
///
/// A bitmap of hash bits: `mayContain` is false only for words surely outside the set; a word
/// outside it still finds its bit set about one time in twelve, and is then taken for ordinary.
enum OrdinaryWords {
    /// Whether the word whose key hashes to `hash` may be one the corpora write outside names.
    @inline(__always)
    static func mayContain(_ hash: UInt64) -> Bool {
        let b = Int(truncatingIfNeeded: (hash == 0 ? 1 : hash) >> OrdinaryWordData.shift)
        return OrdinaryWordData.bits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }
}
