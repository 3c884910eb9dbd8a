/// What a first tagging pass said about the other mentions of a multi-word phrase nearby: the
/// second pass's memory of word sequences (`TaggerDocumentMemory` remembers single stems).
///
/// An organisation named by several words (البنك العربي التجاري) is mentioned again and again
/// in a story; a single stem's memory mixes its mentions inside and outside the name (العربي),
/// while the phrase's other mentions are the same name. For each word, the longest sequence of
/// 3, else 2, stems (proclitics stripped, within the sentence) containing it that occurs again
/// within `TaggerDocumentMemory.window` sentences, summarised in one byte: bits 0-2 the sequence
/// length and the word's place in it (1: first of 2, 2: second of 2, 3-5: first, middle, last of
/// 3), bits 3-4 how the other mentions' word at that place was tagged (1 none a name, 2 some,
/// 3 all), bits 5-6 their most frequent type (0 none, 1 ORG, 2 PERS, 3 LOC or MISC), bit 7 more
/// than one other mention. 0 when no sequence of the word recurs.
enum TaggerPhraseMemory {
    static func recall(stems: [UInt64], sentenceEnds: [Int], firstPass: [Int]) -> [UInt8] {
        let total = stems.count
        precondition(firstPass.count == total && (sentenceEnds.last ?? 0) == total)
        var memory = [UInt8](repeating: 0, count: total)
        guard total > 1 else { return memory }
        // Each word's sentence, and the first word of each sentence.
        var sentenceOf = [Int32](repeating: 0, count: total)
        var sentenceStarts = [Int](repeating: 0, count: sentenceEnds.count)
        var start = 0
        for (s, end) in sentenceEnds.enumerated() {
            sentenceStarts[s] = start
            for i in start..<end { sentenceOf[i] = Int32(s) }
            start = end
        }
        // Sequence hashes starting at each word (0: the sequence leaves the sentence), and the
        // ascending starts of each hash.
        var sequences = [[UInt64]](repeating: [UInt64](repeating: 0, count: total), count: 2)
        var starts: [UInt64: [Int32]] = [:]
        for (k, n) in [2, 3].enumerated() {
            for i in 0..<total where i + n <= total && sentenceOf[i + n - 1] == sentenceOf[i] {
                var h = FeatureHash.pair(UInt64(n), stems[i])
                for j in 1..<n { h = FeatureHash.pair(h, stems[i + j]) }
                sequences[k][i] = h
                starts[h, default: []].append(Int32(i))
            }
        }
        @inline(__always) func type(_ tag: Int) -> Int { tag == EntityTagSet.outside ? 0 : 1 + EntityTagSet.typeIndex(tag) }
        let window = TaggerDocumentMemory.window, lastSentence = sentenceEnds.count - 1
        for i in 0..<total {
            let s = Int(sentenceOf[i])
            let low = sentenceStarts[max(0, s - window)], high = sentenceEnds[min(lastSentence, s + window)]
            // Longest first; for a length, the sequence starting furthest left.
            search: for (k, n) in [(1, 3), (0, 2)] {
                for first in max(0, i - n + 1)...i {
                    let h = sequences[k][first]
                    guard h != 0, let list = starts[h], list.count > 1 else { continue }
                    let offset = i - first
                    var others = 0, names = 0
                    var types = (0, 0, 0, 0, 0)
                    // The mentions within the window (the list is ascending).
                    var lo = 0, hi = list.count
                    while lo < hi { let mid = (lo + hi) / 2; if Int(list[mid]) < low { lo = mid + 1 } else { hi = mid } }
                    var m = lo
                    while m < list.count, Int(list[m]) < high {
                        let other = Int(list[m])
                        m += 1
                        if other == first { continue }
                        others += 1
                        switch type(firstPass[other + offset]) {
                        case 0: types.0 += 1
                        case 1: types.1 += 1; names += 1
                        case 2: types.2 += 1; names += 1
                        case 3: types.3 += 1; names += 1
                        default: types.4 += 1; names += 1
                        }
                    }
                    guard others > 0 else { continue }
                    let place: UInt8 = n == 2 ? UInt8(1 + offset) : UInt8(3 + offset)
                    let share: UInt8 = names == 0 ? 1 : names < others ? 2 : 3
                    // Types in `EntityTagSet.types` order: PERS 1, LOC 2, ORG 3, MISC 4.
                    var kind: UInt8 = 0
                    if names > 0 {
                        let org = types.3, pers = types.1, other = types.2 + types.4
                        kind = org >= pers && org >= other ? 1 : pers >= other ? 2 : 3
                    }
                    memory[i] = place | share << 3 | kind << 5 | (others > 1 ? 0x80 : 0)
                    break search
                }
            }
        }
        return memory
    }

    /// Per sentence of keys (in text order), given the first pass's tags.
    static func recall(_ sentences: [TaggerSentenceKeys], firstPass: [[Int]]) -> [[UInt8]] {
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
}
