/// What a first tagging pass said about the same word elsewhere nearby: the tagger's
/// document-level features (a name found in one sentence of a story is likely a name, of the same
/// type, where its context says less).
///
/// For each word, the other occurrences of its stem (proclitics stripped) within `window`
/// sentences before and after it, in the first pass's tags, summarised in one byte: bits 0-2 how
/// many of them were tagged as names (1 none, 2 under half, 3 half or more, 4 all), bits 3-5
/// the type most of them were tagged with (1 + type index, 0 when none), bits 6-7 how many there
/// are (1, 2-3, 4 or more). 0 when the word occurs nowhere else.
public enum TaggerDocumentMemory {
    /// Sentences on each side (ANERcorp and articles are streams of stories, not one topic).
    public static let window = 5

    /// The memory byte of every word of `sentences` (keys in text order) given the first pass's
    /// tag indices (`EntityTagSet`).
    public static func recall(_ sentences: [TaggerSentenceKeys], firstPass: [[Int]]) -> [[UInt8]] {
        precondition(sentences.count == firstPass.count)
        // Stem hash and first-pass type (0 for O) of every word.
        let stems: [[UInt64]] = sentences.map { keys in
            keys.scalars.withUnsafeBufferPointer { s in
                (0..<keys.count).map { TaggerFeatureExtractor.stemHash(s, keys.starts[$0], keys.starts[$0 + 1]) }
            }
        }
        let types: [[Int]] = firstPass.map { tags in tags.map { $0 == EntityTagSet.outside ? 0 : 1 + EntityTagSet.typeIndex($0) } }
        var counts: [UInt64: (Int, Int, Int, Int, Int)] = [:]
        func add(_ sentence: Int, _ sign: Int) {
            for (h, t) in zip(stems[sentence], types[sentence]) {
                var c = counts[h] ?? (0, 0, 0, 0, 0)
                switch t {
                case 0: c.0 += sign
                case 1: c.1 += sign
                case 2: c.2 += sign
                case 3: c.3 += sign
                default: c.4 += sign
                }
                counts[h] = c
            }
        }
        var result: [[UInt8]] = []
        result.reserveCapacity(sentences.count)
        for s in 0..<min(window, sentences.count) { add(s, 1) }
        for s in sentences.indices {
            if s + window < sentences.count { add(s + window, 1) }
            if s - window - 1 >= 0 { add(s - window - 1, -1) }
            var memory = [UInt8](repeating: 0, count: stems[s].count)
            for (i, h) in stems[s].enumerated() {
                guard var c = counts[h] else { continue }
                switch types[s][i] {   // the word itself does not count
                case 0: c.0 -= 1
                case 1: c.1 -= 1
                case 2: c.2 -= 1
                case 3: c.3 -= 1
                default: c.4 -= 1
                }
                let names = c.1 + c.2 + c.3 + c.4, total = c.0 + names
                guard total > 0 else { continue }
                let share: UInt8 = names == 0 ? 1 : names * 2 < total ? 2 : names < total ? 3 : 4
                var best: UInt8 = 0, bestCount = 0
                for (t, n) in [c.1, c.2, c.3, c.4].enumerated() where n > bestCount { best = UInt8(t + 1); bestCount = n }
                let many: UInt8 = total == 1 ? 1 : total < 4 ? 2 : 3
                memory[i] = share | best << 3 | many << 6
            }
            result.append(memory)
        }
        return result
    }
}
