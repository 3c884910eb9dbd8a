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
        var stems: [UInt64] = [], ends: [Int] = []
        for keys in sentences {
            keys.scalars.withUnsafeBufferPointer { s in
                for i in 0..<keys.count { stems.append(TaggerFeatureExtractor.stemHash(s, keys.starts[i], keys.starts[i + 1])) }
            }
            ends.append(stems.count)
        }
        let memory = recall(stems: stems, sentenceEnds: ends, firstPass: Array(firstPass.joined()))
        var start = 0
        return ends.map { end in defer { start = end }; return Array(memory[start..<end]) }
    }

    /// The memory byte of every word of a text given flat: the stem hash of each word
    /// (`TaggerFeatureExtractor.stemHash`), where each sentence ends (ascending, the last is
    /// `stems.count`) and the first pass's tag of each word.
    static func recall(stems: [UInt64], sentenceEnds: [Int], firstPass: [Int]) -> [UInt8] {
        precondition(stems.count == firstPass.count)
        let (ids, distinct) = stems.withUnsafeBufferPointer { s in denseIDs(count: s.count) { s[$0] } }
        return recall(stemIDs: ids, distinctStems: distinct, sentenceEnds: sentenceEnds, firstPass: firstPass)
    }

    /// Numbers `count` hashes (`hash(k)`) densely: the same id for the same hash, from 0 in
    /// order of first appearance; and how many distinct ones there are.
    @inline(__always)
    static func denseIDs(count: Int, _ hash: (Int) -> UInt64) -> (ids: [Int32], distinct: Int) {
        var bits = 4
        while (1 << bits) < count * 2 { bits += 1 }
        let mask = (1 << bits) - 1, shift = UInt64(64 - bits)
        var ids = [Int32](repeating: 0, count: count)
        var distinct = 0
        // (Buffers, not arrays, in the loop: no bounds or uniqueness checks per word.)
        var slotKeys = [UInt64](repeating: 0, count: 1 << bits)
        var slotIds = [Int32](repeating: -1, count: 1 << bits)
        slotKeys.withUnsafeMutableBufferPointer { slotKeys in
        slotIds.withUnsafeMutableBufferPointer { slotIds in
        ids.withUnsafeMutableBufferPointer { ids in
            for i in 0..<count {
                let h = hash(i)
                var slot = Int((h &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while slotIds[slot] >= 0, slotKeys[slot] != h { slot = (slot + 1) & mask }
                if slotIds[slot] < 0 { slotKeys[slot] = h; slotIds[slot] = Int32(distinct); distinct += 1 }
                ids[i] = slotIds[slot]
            }
        }}}
        return (ids, distinct)
    }

    /// `recall` with each word's stem given as a dense id (`denseIDs`: the same id for the same
    /// stem, below `distinctStems`).
    static func recall(stemIDs ids: [Int32], distinctStems distinct: Int, sentenceEnds: [Int], firstPass: [Int]) -> [UInt8] {
        precondition(ids.count == firstPass.count && (sentenceEnds.last ?? 0) == ids.count)
        let total = ids.count
        @inline(__always) func type(_ tag: Int) -> Int { tag == EntityTagSet.outside ? 0 : 1 + EntityTagSet.typeIndex(tag) }
        var counts = [Int32](repeating: 0, count: distinct * 5)
        var memory = [UInt8](repeating: 0, count: total)
        let sentenceCount = sentenceEnds.count
        counts.withUnsafeMutableBufferPointer { counts in
        memory.withUnsafeMutableBufferPointer { memory in
        ids.withUnsafeBufferPointer { ids in
        firstPass.withUnsafeBufferPointer { firstPass in
        sentenceEnds.withUnsafeBufferPointer { sentenceEnds in
            @inline(__always) func range(_ sentence: Int) -> Range<Int> { (sentence == 0 ? 0 : sentenceEnds[sentence - 1])..<sentenceEnds[sentence] }
            @inline(__always) func add(_ sentence: Int, _ sign: Int32) {
                for k in range(sentence) { counts[Int(ids[k]) * 5 + type(firstPass[k])] += sign }
            }
            for s in 0..<min(window, sentenceCount) { add(s, 1) }
            for s in 0..<sentenceCount {
                if s + window < sentenceCount { add(s + window, 1) }
                if s - window - 1 >= 0 { add(s - window - 1, -1) }
                for i in range(s) {
                    let base = Int(ids[i]) * 5
                    var c = (counts[base], counts[base + 1], counts[base + 2], counts[base + 3], counts[base + 4])
                    switch type(firstPass[i]) {   // the word itself does not count
                    case 0: c.0 -= 1
                    case 1: c.1 -= 1
                    case 2: c.2 -= 1
                    case 3: c.3 -= 1
                    default: c.4 -= 1
                    }
                    let names = c.1 + c.2 + c.3 + c.4, total = c.0 + names
                    guard total > 0 else { continue }
                    let share: UInt8 = names == 0 ? 1 : names * 2 < total ? 2 : names < total ? 3 : 4
                    var best: UInt8 = 0, bestCount: Int32 = 0
                    if c.1 > bestCount { best = 1; bestCount = c.1 }
                    if c.2 > bestCount { best = 2; bestCount = c.2 }
                    if c.3 > bestCount { best = 3; bestCount = c.3 }
                    if c.4 > bestCount { best = 4; bestCount = c.4 }
                    let many: UInt8 = total == 1 ? 1 : total < 4 ? 2 : 3
                    memory[i] = share | best << 3 | many << 6
                }
            }
        }}}}}
        return memory
    }
}
