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

    /// Where entries are written (a text's, or the vocabulary's while it is built): entry k's
    /// three hashes (`TaggerFeatureExtractor.Word`'s whole key, stem and bare stem) at
    /// `hashes + 3k`, its four gazetteer masks (`TaggerFeatureExtractor.firstMasks`) at
    /// `masks + 4k`, its `stride` sums at `sums + stride * k`. Allocated for a known number of
    /// entries, so making one is plain stores.
    struct EntryBuffers {
        let hashes: UnsafeMutablePointer<UInt64>
        let masks: UnsafeMutablePointer<UInt8>
        let sums: UnsafeMutablePointer<Int32>

        /// Uninitialised room for `capacity` entries; `deallocate()` when done.
        static func allocate(capacity: Int) -> EntryBuffers {
            let c = max(1, capacity)
            return EntryBuffers(hashes: .allocate(capacity: 3 * c), masks: .allocate(capacity: 4 * c), sums: .allocate(capacity: TaggerVocabulary.stride * c))
        }

        func deallocate() { hashes.deallocate(); masks.deallocate(); sums.deallocate() }
    }

    /// `KeyHash` of a word's key -> its record.
    let index: HashIndex
    /// Per word: its hashes, gazetteer masks, sums and tag-conditioned class, in one record
    /// (what `makeEntry` makes, copied to a text's entries by `records.copy`).
    let records: TaggerVocabularyRecords
    /// What a missing neighbour (sentence edge) contributes at each offset, in entry layout.
    let boundary: [Int32]
    /// The summed row of every value of the features with few values
    /// (`TaggerFeatureExtractor.valueRow`), 9 values each: an entry adds these instead of hashing
    /// those features and reading their rows from the weight table.
    let valueSums: [Int32]

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

    /// The entries of `words` (folded keys, as `MatchKey` gives them); `classes`, when given, are
    /// the tag-conditioned classes of the non-empty words, in order
    /// (`TaggerTagConditioned.Sums.vocabularyClasses`). A word whose sums do not fit a record
    /// (`TaggerVocabularyRecords`) is left out: a text sums it as it sums any other word.
    init(words: [String], extractor: TaggerFeatureExtractor, weights: TaggerWeightTable, classes: [Int32]? = nil) {
        var keyHashes: [UInt64] = []
        keyHashes.reserveCapacity(words.count)
        var scalars: [UInt32] = []
        let valueSums = Self.valueSums(extractor: extractor, weights: weights)
        let entries = EntryBuffers.allocate(capacity: words.count)
        defer { entries.deallocate() }
        valueSums.withUnsafeBufferPointer { values in
            for word in words {
                scalars.removeAll(keepingCapacity: true)
                for s in word.unicodeScalars { scalars.append(s.value) }
                guard !scalars.isEmpty else { continue }
                _ = weights.withRows { rows in
                    scalars.withUnsafeBufferPointer {
                        Self.makeEntry($0, extractor: extractor, rows: rows, valueSums: values.baseAddress!, into: entries, at: keyHashes.count)
                    }
                }
                keyHashes.append(Self.keyHash(scalars))
            }
        }
        precondition(classes == nil || classes!.count == keyHashes.count, "one tag-conditioned class per vocabulary word")
        var boundary = [Int32](repeating: 0, count: Self.stride)
        boundary.withUnsafeMutableBufferPointer { b in
            for offset in TaggerFeatureExtractor.neighbourOffsets {
                extractor.addBoundaryFeatures(offset) { weights.add($0, to: b.baseAddress! + Self.part(offset: offset)) }
            }
        }
        records = TaggerVocabularyRecords(entries, count: keyHashes.count, classes: classes)
        index = HashIndex(rowsOf: records.entries.map { keyHashes[$0] })
        self.boundary = boundary
        self.valueSums = valueSums
    }

    /// Words with a record.
    var count: Int { records.count }

    /// The vocabulary a model should carry (`TaggerModel.vocabulary`): the keys of the words of
    /// `sentences` seen at least `minimumCount` times, most frequent first (ties by key); then, with
    /// `stemFormsMinimum`, the forms of the frequent stems not listed already (`stemForms`). The
    /// same corpora give the same list.
    public static func words(of sentences: [[String]], minimumCount: Int = defaultMinimumCount,
                             stemFormsMinimum: Int? = defaultStemFormsMinimum) -> [String] {
        var counts: [String: Int] = [:]
        for sentence in sentences { for word in sentence { counts[MatchKey.key(word), default: 0] += 1 } }
        let seen = counts.filter { $0.value >= minimumCount && !$0.key.isEmpty && !$0.key.contains("\n") }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        guard let stemFormsMinimum else { return seen }
        var listed = Set(seen)
        let forms = stemForms(counts: counts, minimum: stemFormsMinimum).filter { listed.insert($0).inserted }
        return seen + forms
    }

    /// Words seen at least this often are listed (`words(of:)`; `tagger vocabulary` and `train`).
    public static let defaultMinimumCount = 1
    /// Stems whose words were seen at least this often in all get their forms listed
    /// (`stemForms`); none by default: 6 lists 50,356 forms more and saves another 103,000
    /// instructions per sample extraction, but a debug build then sums the vocabulary for over
    /// 20 s on a loaded machine, past the daemon tests' start-up limit (docs/tagger.md, "A larger
    /// vocabulary").
    public static let defaultStemFormsMinimum: Int? = nil

    /// What `stemForms` puts before a bare stem: none, the article, and the proclitics و ب ل with
    /// and without it (ل + ال is written لل). Of the forms tried, these cover the most unseen words
    /// of articles per vocabulary word (docs/tagger.md, "A larger vocabulary").
    static let stemFormPrefixes = ["", "\u{0627}\u{0644}", "\u{0648}", "\u{0648}\u{0627}\u{0644}", "\u{0628}",
                                   "\u{0628}\u{0627}\u{0644}", "\u{0644}", "\u{0644}\u{0644}"]

    /// The forms (`stemFormPrefixes` + stem) of every bare stem (`TaggerFeatureExtractor.describe`:
    /// proclitics and the article left out) of at least two letters whose keys in `counts` were
    /// seen at least `minimum` times in all: most frequent stem first (ties by stem), each stem's
    /// forms in `stemFormPrefixes` order. Articles
    /// write a stem with clitics the corpora did not happen to show (وال + a stem seen with بال).
    static func stemForms(counts: [String: Int], minimum: Int) -> [String] {
        var stems: [String: Int] = [:]
        var scalars: [UInt32] = []
        for (key, count) in counts where !key.isEmpty && !key.contains("\n") {
            scalars.removeAll(keepingCapacity: true)
            for s in key.unicodeScalars { scalars.append(s.value) }
            let bareStart = scalars.withUnsafeBufferPointer { TaggerFeatureExtractor.describe($0, 0, $0.count).bareStart }
            guard scalars.count - bareStart >= 2 else { continue }
            var stem = String.UnicodeScalarView()
            for v in scalars[bareStart...] { stem.append(Unicode.Scalar(v)!) }
            stems[String(stem), default: 0] += count
        }
        return stems.filter { $0.value >= minimum }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .flatMap { stem in stemFormPrefixes.map { $0 + stem.key } }
    }

    /// The `KeyHash` of a key given as scalar values (what `Token.keyHash` holds).
    @inline(__always)
    static func keyHash(_ scalars: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var h = KeyHash.seed
        for v in scalars { UTF8ScalarWriter.hash(v, into: &h) }
        return h
    }

    static func keyHash(_ scalars: [UInt32]) -> UInt64 { scalars.withUnsafeBufferPointer { keyHash($0) } }

    /// Makes entry `k` of `buffers`, the word `s`'s: its three hashes, its four gazetteer masks
    /// and its `stride` sums (`valueSums` is the model's `valueSums`). Returns the value of its
    /// tag-conditioned feature (`TaggerFeatureExtractor.conditionedValue`), made from the same look-ups.
    @discardableResult
    static func makeEntry(_ s: UnsafeBufferPointer<UInt32>, extractor: TaggerFeatureExtractor, rows: TaggerWeightTable.Rows,
                          valueSums: UnsafePointer<Int32>, into buffers: EntryBuffers, at k: Int) -> UInt64 {
            let w = extractor.word(s, 0, s.count)
            let h = buffers.hashes + 3 * k
            h[0] = w.hash; h[1] = w.stem; h[2] = w.bare
            let m = extractor.firstMasks(w)
            let f = buffers.masks + 4 * k
            f[0] = m.0; f[1] = m.1; f[2] = m.2; f[3] = m.3
            // The features with few values add their sums at once; all other buckets first, then
            // all their rows (`TaggerWeightTable.Rows.add`).
            let entry = buffers.sums + stride * k
            entry.initialize(repeating: 0, count: stride)
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
            // (m.3 is the name list's classes of the stem.)
            return extractor.conditionedValue(w, stemNames: m.3)
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
