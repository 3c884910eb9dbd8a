/// The tagger's run-time path: the same model and features as training's (`TaggerModel.decode`
/// over `TaggerFeatureExtractor.extract`), summed per word type instead of per token.
///
/// A token's emission is its word's pre-summed vector plus its neighbours' vectors for their
/// offsets (`TaggerVocabulary`), plus the rows of its context features (word pairs) from the
/// compact weight table and the sums of its coverage bytes (gazetteer and name-list classes) and,
/// in the second pass, of its document memory, both made at load.
/// Words outside the vocabulary get their vectors worked out once per text. Sums are exact
/// integers of the quantised weights; only the final scaling to Floats differs from the reference
/// path's Float additions (scores agree within a few 1e-4 out of hundreds; on ANERcorp's
/// development split the tags are the same).
final class PresummedTagger: Sendable {
    let extractor: TaggerFeatureExtractor
    let weights: TaggerWeightTable
    let vocabulary: TaggerVocabulary
    let transitions: [Float]
    let start: [Float]
    let outsideBias: Float
    let documentMemory: Bool
    /// The summed weights of each document-memory feature (template 56 + k, value v) at
    /// `((k << 8) | v) * 9`: the second pass reads these instead of hashing its features.
    let memorySums: [Int32]
    /// The summed weights of the features of each coverage byte (`TaggerFeatureExtractor.coverageFeatures`,
    /// kind k, byte v) at `((k << 8) | v) * 9`: a token reads one of these per non-zero coverage
    /// byte around it instead of a row per class.
    let coverageSums: [Int32]
    /// The tag-conditioned feature's scores per value (`TaggerTagConditioned`), nil without it.
    let conditioned: TaggerTagConditioned.Sums?

    init(model: TaggerModel) {
        extractor = model.extractor
        weights = model.weightTable
        conditioned = model.tagConditioned
            ? TaggerTagConditioned.Sums(words: model.vocabulary, extractor: model.extractor, weights: model.weightTable,
                                        transitions: model.transitions, start: model.start)
            : nil
        vocabulary = TaggerVocabulary(words: model.vocabulary, extractor: extractor, weights: weights, classes: conditioned?.vocabularyClasses)
        transitions = model.transitions
        start = model.start
        outsideBias = model.outsideBias
        documentMemory = model.documentMemory
        var memorySums = [Int32](repeating: 0, count: 4 * 256 * 9)
        let extractor = extractor, weights = weights
        memorySums.withUnsafeMutableBufferPointer { m in
            for k in 0..<4 {
                for v in 0..<256 {
                    weights.add(extractor.bucket(TaggerFeatureExtractor.memoryTemplates + UInt32(k), UInt64(v)), to: m.baseAddress! + ((k << 8) | v) * 9)
                }
            }
        }
        self.memorySums = memorySums
        var coverageSums = [Int32](repeating: 0, count: TaggerFeatureExtractor.coverageKinds * 256 * 9)
        coverageSums.withUnsafeMutableBufferPointer { c in
            for k in 0..<TaggerFeatureExtractor.coverageKinds {
                for v in 0..<256 {
                    TaggerFeatureExtractor.coverageFeatures(k, UInt8(v)) { weights.add(extractor.bucket($0, $1), to: c.baseAddress! + ((k << 8) | v) * 9) }
                }
            }
        }
        self.coverageSums = coverageSums
    }

    /// Context features gathered before their rows are read, and the most one word can have.
    static let batch = 512
    static let maxContextFeatures = 64

    /// The emission scores of every word of a text, and the tags; `scores` is for tests.
    struct Result {
        var tags: [Int]
        var scores: [Float]
    }

    /// Tags of the sentences of one text (flat, in order).
    func tag(document: [TaggerSentenceKeys]) -> Result {
        var scalars: [UInt32] = [], starts = [0], ends: [Int] = []
        for keys in document {
            let base = scalars.count
            scalars += keys.scalars
            for k in keys.starts.dropFirst() { starts.append(base + k) }
            ends.append(starts.count - 1)
        }
        return scalars.withUnsafeBufferPointer { s in
            tag(count: starts.count - 1, sentenceEnds: ends,
                keyHash: { TaggerVocabulary.keyHash(UnsafeBufferPointer(rebasing: s[starts[$0]..<starts[$0 + 1]])) },
                scalars: { $1 += s[starts[$0]..<starts[$0 + 1]] })
        }
    }

    /// Tag indices of the `count` words of a text cut into sentences ending at `sentenceEnds`
    /// (ascending, the last is `count`). `keyHash(i)` is word i's `KeyHash`; `scalars(i, &buffer)`
    /// fills `buffer` with its key's scalar values (asked only for words outside the vocabulary,
    /// once per distinct word).
    func tag(count n: Int, sentenceEnds: [Int], keyHash: (Int) -> UInt64, scalars: (Int, inout [UInt32]) -> Void) -> Result {
        let T = EntityTagSet.count, S = TaggerVocabulary.stride
        precondition(T == 9)
        guard n > 0 else { return Result(tags: [], scores: []) }
        // This text's distinct words' entries (`TaggerVocabulary.EntryBuffers`), copied from the
        // vocabulary's records or summed here; each word's entry number.
        var entries = [Int32](repeating: 0, count: n)
        let local = TaggerVocabulary.EntryBuffers.allocate(capacity: n)
        defer { local.deallocate() }
        var buffer: [UInt32] = []
        // This text's distinct words: key hash -> their entry and class, open addressing. Looked
        // up first, so a repeated word does not probe the (large, cold) vocabulary index again.
        var bits = 4
        while (1 << bits) < 2 * n { bits += 1 }
        let empty = Int32.min
        var seenKeys = [UInt64](repeating: 0, count: 1 << bits), seenEntries = [Int32](repeating: empty, count: 1 << bits)
        var seenClasses = [Int32](repeating: 0, count: conditioned == nil ? 0 : 1 << bits)
        var localCount: Int32 = 0
        // Each word's tag-conditioned class (`TaggerTagConditioned.Sums`): >= 0 a row of the
        // model's, -1 - k the k-th row of this text's `localPairs`.
        var pairClasses = [Int32](repeating: 0, count: conditioned == nil ? 0 : n)
        var localPairs: [Float] = []
        for i in 0..<n {
            let h = keyHash(i)
            var slot = Int((h &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
            while seenEntries[slot] != empty, seenKeys[slot] != h { slot = (slot + 1) & ((1 << bits) - 1) }
            if seenEntries[slot] != empty {
                entries[i] = seenEntries[slot]
                if conditioned != nil { pairClasses[i] = seenClasses[slot] }
                continue
            }
            seenKeys[slot] = h
            entries[i] = localCount
            seenEntries[slot] = localCount
            localCount += 1
            let row = vocabulary.index.value(h)
            let pairClass: Int32
            if row >= 0 {
                pairClass = vocabulary.records.copy(row, into: local, at: Int(entries[i]))
            } else {
                buffer.removeAll(keepingCapacity: true)
                scalars(i, &buffer)
                let value = weights.withRows { rows in
                    vocabulary.valueSums.withUnsafeBufferPointer { values in
                        buffer.withUnsafeBufferPointer {
                            TaggerVocabulary.makeEntry($0, extractor: extractor, rows: rows, valueSums: values.baseAddress!, into: local, at: Int(entries[i]))
                        }
                    }
                }
                pairClass = conditioned?.pairClass(value: value, extractor: extractor, weights: weights, local: &localPairs) ?? 0
            }
            if conditioned != nil {
                pairClasses[i] = pairClass
                seenClasses[slot] = pairClass
            }
        }
        var sums = [Int32](repeating: 0, count: n * T)
        var words = [TaggerFeatureExtractor.Word](repeating: .init(), count: n)
        var wordHashes = [UInt64](repeating: 0, count: n)
        var firstMasks = [UInt8](repeating: 0, count: 4 * n)
        var coverage = [UInt8](repeating: 0, count: n), nameCoverage = [UInt8](repeating: 0, count: n)
        var tags = [Int](repeating: 0, count: n)
        var scores = [Float](repeating: 0, count: n * T)
        vocabulary.boundary.withUnsafeBufferPointer { edge in
        words.withUnsafeMutableBufferPointer { words in
        wordHashes.withUnsafeMutableBufferPointer { wordHashes in
        firstMasks.withUnsafeMutableBufferPointer { firstMasks in
        coverage.withUnsafeMutableBufferPointer { coverage in
        nameCoverage.withUnsafeMutableBufferPointer { nameCoverage in
        sums.withUnsafeMutableBufferPointer { out in
        weights.withRows { rows in
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.batch) { batchBuckets in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.batch) { batchTargets in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.batch) { batchScratch in
        entries.withUnsafeBufferPointer { entries in
        coverageSums.withUnsafeBufferPointer { coverageSums in
            @inline(__always) func lanes(_ p: UnsafePointer<Int32>) -> SIMD8<Int32> {
                UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Int32>.self)
            }
            @inline(__always) func entrySums(_ i: Int) -> UnsafePointer<Int32> { UnsafePointer(local.sums) + Int(entries[i]) &* S }
            for i in 0..<n {
                let e = Int(entries[i])
                let h = local.hashes + 3 * e
                words[i].hash = h[0]; words[i].stem = h[1]; words[i].bare = h[2]
                wordHashes[i] = h[0]
                let f = local.masks + 4 * e
                firstMasks[4 * i] = f[0]; firstMasks[4 * i + 1] = f[1]; firstMasks[4 * i + 2] = f[2]; firstMasks[4 * i + 3] = f[3]
            }
            var sentenceStart = 0
            for sentenceEnd in sentenceEnds {
                defer { sentenceStart = sentenceEnd }
                let m = sentenceEnd - sentenceStart
                guard m > 0 else { continue }
                let r = sentenceStart..<sentenceEnd
                let sw = UnsafeBufferPointer(rebasing: words[r])
                let cov = coverage.baseAddress! + sentenceStart, ncov = nameCoverage.baseAddress! + sentenceStart
                extractor.cover(sw, wordHashes: UnsafeBufferPointer(rebasing: wordHashes[r]), firstMasks: firstMasks.baseAddress! + 4 * sentenceStart,
                                coverage: UnsafeMutableBufferPointer(start: cov, count: m),
                                nameCoverage: UnsafeMutableBufferPointer(start: ncov, count: m))
                for i in 0..<m {
                    let acc = out.baseAddress! + (sentenceStart + i) * 9
                    let own = entrySums(sentenceStart + i)
                    let previous = i >= 1 ? entrySums(sentenceStart + i - 1) + 9 : edge.baseAddress! + 9
                    let next = i + 1 < m ? entrySums(sentenceStart + i + 1) + 18 : edge.baseAddress! + 18
                    let before = i >= 2 ? entrySums(sentenceStart + i - 2) + 27 : edge.baseAddress! + 27
                    let after = i + 2 < m ? entrySums(sentenceStart + i + 2) + 36 : edge.baseAddress! + 36
                    // Tags 0-7 as one vector, then tag 8 (the same wrapping additions).
                    UnsafeMutableRawPointer(acc).storeBytes(
                        of: lanes(own) &+ lanes(previous) &+ lanes(next) &+ lanes(before) &+ lanes(after), as: SIMD8<Int32>.self)
                    acc[8] = own[8] &+ previous[8] &+ next[8] &+ before[8] &+ after[8]
                }
                // The context features' rows: all buckets of a stretch of words first, then the rows.
                var k = 0
                for i in 0..<m {
                    let target = Int32((sentenceStart + i) * 9)
                    let acc = out.baseAddress! + Int(target)
                    extractor.addContextFeatures(i, sw, coverage: UnsafeBufferPointer(start: cov, count: m),
                                                 nameCoverage: UnsafeBufferPointer(start: ncov, count: m), wholeBytes: true,
                                                 byte: { kind, mask in
                        let row = coverageSums.baseAddress! + ((kind << 8) | Int(mask)) * 9
                        UnsafeMutableRawPointer(acc).storeBytes(of: lanes(acc) &+ lanes(row), as: SIMD8<Int32>.self)
                        acc[8] = acc[8] &+ row[8]
                    }) {
                        if k < Self.batch { batchBuckets[k] = $0; batchTargets[k] = target; k += 1 }
                    }
                    if k > Self.batch - Self.maxContextFeatures || i == m - 1 {
                        rows.add(k, buckets: batchBuckets.baseAddress!, targets: batchTargets.baseAddress!, base: out.baseAddress!,
                                 scratch: batchScratch.baseAddress!)
                        k = 0
                    }
                }
                decode(UnsafeBufferPointer(out), sentenceStart, sentenceEnd, tags: &tags, scores: &scores,
                       pairClasses: pairClasses, localPairs: localPairs)
            }
        }}}}}}}}}}}}}
        guard documentMemory else { return Result(tags: tags, scores: scores) }
        // Second pass: the first pass's sums plus the memory features.
        // Stems numbered per distinct word (its entry), not per token: fewer hashes to look up.
        let entryStems = TaggerDocumentMemory.denseIDs(count: Int(localCount)) { local.hashes[3 * $0 + 1] }
        let stemIDs = entryStems.ids.withUnsafeBufferPointer { stemOf in entries.map { stemOf[Int($0)] } }
        let memory = TaggerDocumentMemory.recall(stemIDs: stemIDs, distinctStems: entryStems.distinct, sentenceEnds: sentenceEnds,
                                                 firstPass: tags)
        var second = tags
        memory.withUnsafeBufferPointer { memory in
        memorySums.withUnsafeBufferPointer { table in
        sums.withUnsafeMutableBufferPointer { out in
            var sentenceStart = 0
            for sentenceEnd in sentenceEnds {
                defer { sentenceStart = sentenceEnd }
                guard sentenceEnd > sentenceStart else { continue }
                let mem = UnsafeBufferPointer(rebasing: memory[sentenceStart..<sentenceEnd])
                for i in 0..<mem.count {
                    let acc = out.baseAddress! + (sentenceStart + i) * 9
                    let v = TaggerFeatureExtractor.memoryValues(mem, i)
                    let a = table.baseAddress! + Int(v[0]) * 9, b = table.baseAddress! + (256 | Int(v[1])) * 9
                    let c = table.baseAddress! + (512 | Int(v[2])) * 9, d = table.baseAddress! + (768 | Int(v[3])) * 9
                    @inline(__always) func lanes(_ p: UnsafePointer<Int32>) -> SIMD8<Int32> {
                        UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Int32>.self)
                    }
                    UnsafeMutableRawPointer(acc).storeBytes(
                        of: lanes(acc) &+ lanes(a) &+ lanes(b) &+ lanes(c) &+ lanes(d), as: SIMD8<Int32>.self)
                    acc[8] = acc[8] &+ a[8] &+ b[8] &+ c[8] &+ d[8]
                }
                decode(UnsafeBufferPointer(out), sentenceStart, sentenceEnd, tags: &second, scores: &scores,
                       pairClasses: pairClasses, localPairs: localPairs)
            }
        }}}
        return Result(tags: second, scores: scores)
    }

    /// Scales the integer sums of words start..<end to scores and decodes them.
    @inline(__always)
    private func decode(_ sums: UnsafeBufferPointer<Int32>, _ start: Int, _ end: Int, tags: inout [Int], scores: inout [Float],
                        pairClasses: [Int32], localPairs: [Float]) {
        let scale = weights.scale, bias = outsideBias
        let decoded = scores.withUnsafeMutableBufferPointer { e in
            for k in (start * 9)..<(end * 9) { e[k] = Float(sums[k]) * scale }
            for i in start..<end { e[i * 9] += bias }
            if let conditioned {
                return TaggerTagConditioned.decode(emissions: UnsafePointer(e.baseAddress! + start * 9), count: end - start,
                                                   classes: pairClasses, from: start, rows: conditioned.rows, localRows: localPairs)
            }
            return transitions.withUnsafeBufferPointer { tr in
                self.start.withUnsafeBufferPointer { st in
                    BIOViterbiDecoder.decode(emissions: UnsafeBufferPointer(rebasing: e[(start * 9)..<(end * 9)]), count: end - start,
                                             transitions: tr, start: st)
                }
            }
        }
        for (k, t) in decoded.enumerated() { tags[start + k] = t }
    }
}
