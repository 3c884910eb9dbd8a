/// Names seen in tagged text (the training corpus, WikiFANE), as a gazetteer the tagger's
/// features consult: whole names by type, and the single words of person names (first names and
/// family names recur in new combinations).
///
/// Training on names that come from the training sentences themselves would teach the model to
/// trust the list blindly, so the trainer builds it jackknife-style: each sentence sees the names
/// of the other folds only (see `PerceptronTrainer`).
public struct TaggerNameList: Sendable {
    /// Bits of the gazetteer mask: whole names of each type (`EntityTagSet.types` order), then
    /// any word of a person name, of an organisation name, of a place or other name.
    static let personWordBit: UInt8 = 1 << 4
    static let organisationWordBit: UInt8 = 1 << 5
    static let otherWordBit: UInt8 = 1 << 6
    static let classes = 0..<7

    /// (word keys, type index) of each name occurrence.
    public private(set) var names: [(words: [String], type: Int)] = []

    public init() {}

    /// Collects the names of tagged sentences (each B- or I- run of one type).
    public mutating func add(_ sentences: some Sequence<TaggerTrainingSentence>) {
        for s in sentences { names += Self.names(in: s) }
    }

    static func names(in s: TaggerTrainingSentence) -> [(words: [String], type: Int)] {
        var out: [(words: [String], type: Int)] = []
        let tags = EntityTagSet.repaired(s.tags)
        var i = 0
        while i < tags.count {
            guard EntityTagSet.isBegin(tags[i]) else { i += 1; continue }
            var j = i + 1
            while j < tags.count, EntityTagSet.isInside(tags[j]) { j += 1 }
            let words = s.words[i..<j].map(MatchKey.key)
            if words.allSatisfy({ $0.unicodeScalars.count >= 2 }) { out.append((words, EntityTagSet.typeIndex(tags[i]))) }
            i = j
        }
        return out
    }

    /// The gazetteer of these names plus `extra`.
    public func gazetteer() -> TaggerGazetteer {
        var entries: [(words: [String], mask: UInt8)] = []
        for (words, type) in names {
            entries.append((words, 1 << UInt8(type)))
            let part = type == 0 ? Self.personWordBit : type == 2 ? Self.organisationWordBit : Self.otherWordBit
            for w in words where w.unicodeScalars.count >= 3 { entries.append(([w], part)) }
        }
        return TaggerGazetteer(entries: entries)
    }
}
