/// Pre-summed emission vectors of word types: for a word, the sum over its one-word features
/// (`TaggerFeatureExtractor.addWordFeatures`) of their quantised weights, one value per tag, and
/// one such sum for each neighbour offset (`addNeighbourFeatures`: what the word contributes to
/// the word 2 before, 1 before, 1 after and 2 after it).
///
/// A token's emission is then five vector reads plus its few context features, instead of about
/// 55 scattered rows of the weight table. Built once at load for the model's vocabulary (the
/// frequent words of the training corpora); `PresummedTagger` builds the same entries per text for
/// the other words. Sums are exact integers, so a word scores the same in or out of the vocabulary.
public struct TaggerVocabulary: Sendable {
    /// More than the one-word and neighbour features one word can have.
    static let maxFeatures = 80
    /// Values per entry: the word's own sum, then one per `TaggerFeatureExtractor.neighbourOffsets`.
    static let stride = 5 * 9
    /// Where each part of an entry starts: the word's own sum, and each neighbour offset's.
    static let own = 0
    @inline(__always) static func part(offset: Int) -> Int {
        switch offset {
        case -1: return 9
        case 1: return 18
        case -2: return 27
        default: return 36
        }
    }

    /// An entry's sums before any row is added (appended as one copy, not element by element).
    private static let zeroEntry = [Int32](repeating: 0, count: stride)

    /// `KeyHash` of a word's key -> entry.
    let index: HashIndex
    /// Per entry: the word's whole-key, stem and bare-stem hashes (`TaggerFeatureExtractor.Word`),
    /// which the context features and the document memory need.
    let hashes: [UInt64]
    /// Per entry: `TaggerFeatureExtractor.firstMasks` of the word (4 bytes).
    let masks: [UInt8]
    let sums: [Int32]
    /// What a missing neighbour (sentence edge) contributes at each offset, in entry layout.
    let boundary: [Int32]
    /// The summed row of every value of the features with few values
    /// (`TaggerFeatureExtractor.valueRow`), 9 values each: an entry adds these instead of hashing
    /// those features and reading their rows from the weight table.
    let valueSums: [Int32]

    private init(index: HashIndex, hashes: [UInt64], masks: [UInt8], sums: [Int32], boundary: [Int32], valueSums: [Int32]) {
        self.index = index
        self.hashes = hashes
        self.masks = masks
        self.sums = sums
        self.boundary = boundary
        self.valueSums = valueSums
    }

    /// `valueSums` of a model.
    static func valueSums(extractor: TaggerFeatureExtractor, weights: TaggerWeightTable) -> [Int32] {
        var table = [Int32](repeating: 0, count: TaggerFeatureExtractor.valueRows * 9)
        table.withUnsafeMutableBufferPointer { t in
            for template in TaggerFeatureExtractor.valueTemplates {
                let (start, limit) = TaggerFeatureExtractor.valueRow(template)
                for v in 0..<limit { weights.add(extractor.bucket(template, UInt64(v)), to: t.baseAddress! + (start + v) * 9) }
            }
        }
        return table
    }

    /// The entries of `words` (folded keys, as `MatchKey` gives them).
    init(words: [String], extractor: TaggerFeatureExtractor, weights: TaggerWeightTable) {
        var keyHashes: [UInt64] = [], hashes: [UInt64] = [], masks: [UInt8] = [], sums: [Int32] = []
        keyHashes.reserveCapacity(words.count)
        hashes.reserveCapacity(words.count * 3)
        sums.reserveCapacity(words.count * Self.stride)
        var scalars: [UInt32] = []
        let valueSums = Self.valueSums(extractor: extractor, weights: weights)
        valueSums.withUnsafeBufferPointer { values in
            for word in words {
                scalars.removeAll(keepingCapacity: true)
                for s in word.unicodeScalars { scalars.append(s.value) }
                guard !scalars.isEmpty else { continue }
                keyHashes.append(Self.keyHash(scalars))
                _ = weights.withRows {
                    Self.appendEntry(scalars, extractor: extractor, rows: $0, valueSums: values.baseAddress!, hashes: &hashes, masks: &masks, sums: &sums)
                }
            }
        }
        var boundary = [Int32](repeating: 0, count: Self.stride)
        boundary.withUnsafeMutableBufferPointer { b in
            for offset in TaggerFeatureExtractor.neighbourOffsets {
                extractor.addBoundaryFeatures(offset) { weights.add($0, to: b.baseAddress! + Self.part(offset: offset)) }
            }
        }
        self.init(index: HashIndex(rowsOf: keyHashes), hashes: hashes, masks: masks, sums: sums, boundary: boundary, valueSums: valueSums)
    }

    var count: Int { hashes.count / 3 }

    /// The vocabulary a model should carry (`TaggerModel.vocabulary`): the keys of the words of
    /// `sentences` seen at least `minimumCount` times, most frequent first (ties by key), so the
    /// same corpora give the same list.
    public static func words(of sentences: [[String]], minimumCount: Int = 2) -> [String] {
        var counts: [String: Int] = [:]
        for sentence in sentences { for word in sentence { counts[MatchKey.key(word), default: 0] += 1 } }
        return counts.filter { $0.value >= minimumCount && !$0.key.isEmpty && !$0.key.contains("\n") }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// The `KeyHash` of a key given as scalar values (what `Token.keyHash` holds).
    @inline(__always)
    static func keyHash(_ scalars: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var h = KeyHash.seed
        for v in scalars { UTF8ScalarWriter.hash(v, into: &h) }
        return h
    }

    static func keyHash(_ scalars: [UInt32]) -> UInt64 { scalars.withUnsafeBufferPointer { keyHash($0) } }

    /// Appends the entry of the word `scalars`: its three hashes, its four gazetteer masks and its
    /// `stride` sums (`valueSums` is the model's `valueSums`). Returns the value of its
    /// tag-conditioned feature (`TaggerFeatureExtractor.conditionedValue`), made from the same look-ups.
    @discardableResult
    static func appendEntry(_ scalars: [UInt32], extractor: TaggerFeatureExtractor, rows: TaggerWeightTable.Rows, valueSums: UnsafePointer<Int32>,
                            hashes: inout [UInt64], masks: inout [UInt8], sums: inout [Int32]) -> UInt64 {
        let base = sums.count
        sums.append(contentsOf: zeroEntry)
        return scalars.withUnsafeBufferPointer { s in
            let w = extractor.word(s, 0, s.count)
            hashes.append(w.hash); hashes.append(w.stem); hashes.append(w.bare)
            let m = extractor.firstMasks(w)
            masks.append(m.0); masks.append(m.1); masks.append(m.2); masks.append(m.3)
            sums.withUnsafeMutableBufferPointer { out in
            // The features with few values add their sums at once; all other buckets first, then
            // all their rows (`TaggerWeightTable.Rows.add`).
            let entry = out.baseAddress! + base
            // (Of the few-valued features, templates 25 and 46 are the previous word's, 26 and 47
            // the next word's, the others the word's own.)
            @inline(__always) func addValue(_ template: UInt32, _ value: Int) {
                let part = template == 25 || template == 46 ? Self.part(offset: -1) : template == 26 || template == 47 ? Self.part(offset: 1) : own
                let row = valueSums + (TaggerFeatureExtractor.valueRow(template).start + value) &* 9, target = entry + part
                let r = UnsafeRawPointer(row), t = UnsafeMutableRawPointer(target)
                t.storeBytes(of: t.loadUnaligned(as: SIMD8<Int32>.self) &+ r.loadUnaligned(as: SIMD8<Int32>.self), as: SIMD8<Int32>.self)
                target[8] &+= row[8]
            }
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.maxFeatures) { buckets in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.maxFeatures) { targets in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.maxFeatures + 1) { scratch in
                // The count lives in the scratch buffer's last slot, not in a captured `var`
                // (which the closures below would reach through a dynamically checked box).
                let collected = BucketCollector(buckets: buckets.baseAddress!, targets: targets.baseAddress!,
                                                count: scratch.baseAddress! + Self.maxFeatures)
                extractor.addWordFeatures(s, 0, s.count, w, wholeValues: true, small: addValue) { collected.append($0, Int32(own)) }
                // The four offsets one by one (`TaggerFeatureExtractor.neighbourOffsets`), so that
                // each call is inlined with its offset known.
                @inline(__always) func addNeighbour(_ offset: Int) {
                    let part = Int32(part(offset: offset))
                    extractor.addNeighbourFeatures(offset, s, 0, s.count, w, wholeValues: true, small: addValue) { collected.append($0, part) }
                }
                addNeighbour(-1); addNeighbour(1); addNeighbour(-2); addNeighbour(2)
                rows.add(collected.count.pointee, buckets: buckets.baseAddress!, targets: targets.baseAddress!,
                         base: entry, scratch: scratch.baseAddress!)
            }}}
            }
            // (m.3 is the name list's classes of the stem.)
            return extractor.conditionedValue(w, stemNames: m.3)
        }
    }
}

/// Feature buckets gathered before their rows are read: bucket k and the offset of the sums it
/// goes to, at most `TaggerVocabulary.maxFeatures` (the rest are dropped).
private struct BucketCollector {
    let buckets: UnsafeMutablePointer<UInt32>
    let targets: UnsafeMutablePointer<Int32>
    let count: UnsafeMutablePointer<Int>

    init(buckets: UnsafeMutablePointer<UInt32>, targets: UnsafeMutablePointer<Int32>, count: UnsafeMutablePointer<Int>) {
        self.buckets = buckets
        self.targets = targets
        self.count = count
        count.pointee = 0
    }

    @inline(__always)
    func append(_ bucket: UInt32, _ target: Int32) {
        let k = count.pointee
        guard k < TaggerVocabulary.maxFeatures else { return }
        buckets[k] = bucket
        targets[k] = target
        count.pointee = k + 1
    }
}
