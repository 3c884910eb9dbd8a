/// What the tagger's four word-keyed tables hold for one hash, in one slot: the gazetteer's
/// mask, the name list's mask, the word statistics' value and the packed word classes
/// (`TaggerGazetteer.lookup` of `gazetteer`, `names` and `wordStatistics`, `TaggerWordClusters.lookup`).
///
/// A word outside the vocabulary is looked up in each table under its whole key and its stem:
/// up to 8 probes of four tables of 1 to 2 MB that the rest of an extraction has evicted from
/// the caches, so up to 8 cache misses. Here the same facts are 2 probes of one table (4 MB, in
/// place of nothing: the four tables stay, for the gazetteer's multi-word look-ups, training and
/// the reference path). The run-time path's extractor carries one (`TaggerFeatureExtractor.lexicon`).
struct TaggerLexicon: Sendable {
    /// The four values of a hash (0 where a table does not have it).
    struct Facts {
        var gazetteer: UInt8
        var names: UInt8
        var statistics: UInt8
        var cluster: UInt32
    }

    private let index: HashIndex

    init(gazetteer: TaggerGazetteer, names: TaggerGazetteer, wordStatistics: TaggerGazetteer, wordClusters: TaggerWordClusters) {
        // Bits 0-7, 8-15, 16-23: the three masks; 24-55: the classes; 58-61: which tables have
        // set their field already (a table's first value of a key wins, as in its own index).
        var merged: [UInt64: Int] = [:]
        merged.reserveCapacity(gazetteer.keys.count + names.keys.count + wordStatistics.keys.count + wordClusters.keys.count)
        func add(_ keys: [UInt64], _ value: (Int) -> Int, field: Int, shift: Int) {
            let seen = 1 << (58 + field)
            for (i, k) in keys.enumerated() {
                let old = merged[k, default: 0]
                if old & seen == 0 { merged[k] = old | seen | value(i) << shift }
            }
        }
        add(gazetteer.keys, { Int(gazetteer.masks[$0]) }, field: 0, shift: 0)
        add(names.keys, { Int(names.masks[$0]) }, field: 1, shift: 8)
        add(wordStatistics.keys, { Int(wordStatistics.masks[$0]) }, field: 2, shift: 16)
        add(wordClusters.keys, { Int(wordClusters.values[$0]) }, field: 3, shift: 24)
        let entries = merged.sorted { $0.key < $1.key }
        index = HashIndex(keys: entries.map(\.key), values: entries.map { $0.value & (1 << 56 - 1) })
    }

    /// The facts of `hash`.
    @inline(__always)
    func facts(_ hash: UInt64) -> Facts {
        let v = index.value(hash)
        guard v >= 0 else { return Facts(gazetteer: 0, names: 0, statistics: 0, cluster: 0) }
        return Facts(gazetteer: UInt8(truncatingIfNeeded: v), names: UInt8(truncatingIfNeeded: v >> 8),
                     statistics: UInt8(truncatingIfNeeded: v >> 16), cluster: UInt32(truncatingIfNeeded: v >> 24))
    }
}
