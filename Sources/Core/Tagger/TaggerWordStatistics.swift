/// How words are tagged in another corpus (WikiFANE): for each word seen there at least twice,
/// its most frequent type (or O), how dominant that type is, and whether the word is common.
///
/// A lexicon from another domain: unlike the training corpus's own statistics it cannot echo
/// the training labels, and it knows many words ANERcorp never saw. Stored as a
/// `TaggerGazetteer` table of single words whose 7-bit value packs the three facts.
public enum TaggerWordStatistics {
    /// The table for tagged sentences.
    public static func table(from sentences: some Sequence<TaggerTrainingSentence>) -> TaggerGazetteer {
        var counts: [String: [Int]] = [:]
        for s in sentences {
            for (word, tag) in zip(s.words, s.tags) {
                let type = tag == EntityTagSet.outside ? 0 : 1 + EntityTagSet.typeIndex(tag)
                counts[MatchKey.key(word), default: [0, 0, 0, 0, 0]][type] += 1
            }
        }
        var keys: [UInt64: UInt8] = [:]
        for (word, c) in counts {
            let total = c.reduce(0, +)
            guard total >= 2, !word.isEmpty else { continue }
            let best = c.indices.max { c[$0] < c[$1] }!
            let share = Double(c[best]) / Double(total)
            let shareBin: UInt8 = share < 0.6 ? 0 : share < 0.8 ? 1 : share < 0.95 ? 2 : 3
            let common: UInt8 = total >= 10 ? 1 : 0
            keys[FeatureHash.key(word)] = 0x40 | UInt8(best) | shareBin << 3 | common << 5
        }
        let sorted = keys.sorted { $0.key < $1.key }
        return TaggerGazetteer(keys: sorted.map(\.key), masks: sorted.map(\.value))
    }

    /// The packed value's type: 0 for O, 1 + type index otherwise.
    @inline(__always)
    static func type(_ value: UInt8) -> UInt8 { value & 0x07 }
}
