/// The tagger's run-time path: the same model and features as training's (`TaggerModel.decode`
/// over `TaggerFeatureExtractor.extract`), summed per word type instead of per token.
///
/// A token's emission is its word's pre-summed vector plus its neighbours' vectors for their
/// offsets (`TaggerVocabulary`), plus the rows of its context features (word pairs, gazetteer and
/// name-list coverage; in the second pass, document memory) from the compact weight table.
/// Words outside the vocabulary get their vectors worked out once per text. Sums are exact
/// integers of the quantised weights; only the final scaling to Floats differs from the reference
/// path's order of additions (scores agree to about 1e-6, tags almost always exactly).
struct PresummedTagger: Sendable {
    let extractor: TaggerFeatureExtractor
    let weights: TaggerWeightTable
    let vocabulary: TaggerVocabulary
    let transitions: [Float]
    let start: [Float]
    let outsideBias: Float
    let documentMemory: Bool

    init(model: TaggerModel) {
        extractor = model.extractor
        weights = model.weightTable
        vocabulary = TaggerVocabulary(words: model.vocabulary, extractor: extractor, weights: weights)
        transitions = model.transitions
        start = model.start
        outsideBias = model.outsideBias
        documentMemory = model.documentMemory
    }

    /// The emission scores of every word of a text, and the tags; `scores` is for tests.
    struct Result {
        var tags: [Int]
        var scores: [Float]
    }

    /// Tag indices of the `count` words of a text cut into sentences ending at `sentenceEnds`
    /// (ascending, the last is `count`). `keyHash(i)` is word i's `KeyHash`; `scalars(i, &buffer)`
    /// fills `buffer` with its key's scalar values (asked only for words outside the vocabulary,
    /// once per distinct word).
    func tag(count n: Int, sentenceEnds: [Int], keyHash: (Int) -> UInt64, scalars: (Int, inout [UInt32]) -> Void) -> Result {
        let T = EntityTagSet.count, S = TaggerVocabulary.stride
        guard n > 0 else { return Result(tags: [], scores: []) }
        // Each word's entry: >= 0 in the vocabulary, -1 - k for the k-th word of this text outside it.
        var entries = [Int32](repeating: 0, count: n)
        var local: [UInt64: Int32] = [:]
        var localHashes: [UInt64] = [], localSums: [Int32] = []
        var buffer: [UInt32] = []
        for i in 0..<n {
            let h = keyHash(i)
            let row = vocabulary.index.row(h)
            if row >= 0 { entries[i] = Int32(row); continue }
            if let k = local[h] { entries[i] = -1 - k; continue }
            buffer.removeAll(keepingCapacity: true)
            scalars(i, &buffer)
            let k = Int32(local.count)
            local[h] = k
            TaggerVocabulary.appendEntry(buffer, extractor: extractor, weights: weights, hashes: &localHashes, sums: &localSums)
            entries[i] = -1 - k
        }
        var sums = [Int32](repeating: 0, count: n * T)
        var words = [TaggerFeatureExtractor.Word](repeating: .init(), count: n)
        var tags = [Int](repeating: 0, count: n)
        var scores = [Float](repeating: 0, count: n * T)
        vocabulary.hashes.withUnsafeBufferPointer { vh in
            vocabulary.sums.withUnsafeBufferPointer { vs in
                localHashes.withUnsafeBufferPointer { lh in
                    localSums.withUnsafeBufferPointer { ls in
                        vocabulary.boundary.withUnsafeBufferPointer { edge in
                            @inline(__always) func entrySums(_ i: Int) -> UnsafePointer<Int32> {
                                let e = Int(entries[i])
                                return e >= 0 ? vs.baseAddress! + e &* S : ls.baseAddress! + (-1 - e) &* S
                            }
                            for i in 0..<n {
                                let e = Int(entries[i])
                                let h = e >= 0 ? vh.baseAddress! + 3 * e : lh.baseAddress! + 3 * (-1 - e)
                                words[i].hash = h[0]; words[i].stem = h[1]; words[i].bare = h[2]
                            }
                            var sentenceStart = 0
                            for sentenceEnd in sentenceEnds {
                                defer { sentenceStart = sentenceEnd }
                                let m = sentenceEnd - sentenceStart
                                guard m > 0 else { continue }
                                let sentenceWords = Array(words[sentenceStart..<sentenceEnd])
                                var coverage = [UInt8](repeating: 0, count: m), nameCoverage = [UInt8](repeating: 0, count: m)
                                extractor.cover(sentenceWords, coverage: &coverage, nameCoverage: &nameCoverage)
                                sums.withUnsafeMutableBufferPointer { out in
                                    sentenceWords.withUnsafeBufferPointer { sw in
                                        coverage.withUnsafeBufferPointer { cov in
                                            nameCoverage.withUnsafeBufferPointer { ncov in
                                                for i in 0..<m {
                                                    let acc = out.baseAddress! + (sentenceStart + i) * T
                                                    let own = entrySums(sentenceStart + i)
                                                    for t in 0..<T { acc[t] = own[t] }
                                                    for offset in TaggerFeatureExtractor.neighbourOffsets {
                                                        let j = i + offset
                                                        let part = TaggerVocabulary.part(offset: offset)
                                                        let v = j >= 0 && j < m ? entrySums(sentenceStart + j) + part : edge.baseAddress! + part
                                                        for t in 0..<T { acc[t] &+= v[t] }
                                                    }
                                                    extractor.addContextFeatures(i, sw, coverage: cov, nameCoverage: ncov) {
                                                        weights.add($0, to: acc)
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                                decode(sums, sentenceStart, sentenceEnd, tags: &tags, scores: &scores)
                            }
                        }
                    }
                }
            }
        }
        guard documentMemory else { return Result(tags: tags, scores: scores) }
        // Second pass: the first pass's sums plus the memory features.
        let memory = TaggerDocumentMemory.recall(stems: words.map(\.stem), sentenceEnds: sentenceEnds, firstPass: tags)
        var second = tags
        var sentenceStart = 0
        for sentenceEnd in sentenceEnds {
            defer { sentenceStart = sentenceEnd }
            guard sentenceEnd > sentenceStart else { continue }
            memory[sentenceStart..<sentenceEnd].withUnsafeBufferPointer { mem in
                sums.withUnsafeMutableBufferPointer { out in
                    for i in 0..<mem.count {
                        let acc = out.baseAddress! + (sentenceStart + i) * T
                        extractor.memoryFeatures(mem, i) { weights.add($0, to: acc) }
                    }
                }
            }
            decode(sums, sentenceStart, sentenceEnd, tags: &second, scores: &scores)
        }
        return Result(tags: second, scores: scores)
    }

    /// Scales the integer sums of words start..<end to scores and decodes them.
    private func decode(_ sums: [Int32], _ start: Int, _ end: Int, tags: inout [Int], scores: inout [Float]) {
        let T = EntityTagSet.count
        let scale = weights.scale
        for k in (start * T)..<(end * T) { scores[k] = Float(sums[k]) * scale }
        for i in start..<end { scores[i * T] += outsideBias }
        let decoded = scores.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { tr in
                self.start.withUnsafeBufferPointer { st in
                    BIOViterbiDecoder.decode(emissions: UnsafeBufferPointer(rebasing: e[(start * T)..<(end * T)]), count: end - start,
                                             transitions: tr, start: st)
                }
            }
        }
        for (k, t) in decoded.enumerated() { tags[start + k] = t }
    }
}
