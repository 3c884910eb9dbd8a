/// Turns a sentence's word keys into hashed feature buckets, per word.
///
/// Features: the word, its neighbours (±2), its stem without proclitics and without the article,
/// prefixes and suffixes, letter trigrams, shape, clitic pattern, word bigrams, gazetteer classes
/// of the word and its neighbours (CLDR countries, GeoNames cities, cue words before and after),
/// the word's distributional classes (`TaggerWordClusters`),
/// and the lexicons learnt from tagged text: the name list, word statistics and the letter-trigram
/// judge (see `PerceptronTrainer`). Each feature is a
/// template number mixed with a hash of its value, reduced to a bucket of the weight table: no
/// feature strings exist at any point.
///
/// The features of a word fall into three groups, each written by one function that training and
/// both inference paths share (so they can never disagree):
/// - `addWordFeatures`: the word alone (its key, stem, affixes, trigrams, shape, lexicons, classes);
/// - `addNeighbourFeatures`: one neighbour word at a fixed offset (-2, -1, +1, +2) alone;
/// - `addContextFeatures`: word pairs, gazetteer and name-list coverage of multi-word names, and
///   the second pass's document memory.
/// The first two depend on one word type each, so `TaggerVocabulary` sums their weights once per
/// word type; only the third is summed per token at run time (see `PresummedTagger`).
struct TaggerFeatureExtractor: Sendable {
    let gazetteer: TaggerGazetteer
    /// Names seen in tagged text (`TaggerNameList`).
    let names: TaggerGazetteer
    /// How words are tagged in another corpus (`TaggerWordStatistics`).
    let wordStatistics: TaggerGazetteer
    /// Letter-trigram judge of unseen words (`TaggerCharacterModel`).
    let characterModel: TaggerCharacterModel
    /// Distributional word classes learnt from untagged text (`TaggerWordClusters`).
    var wordClusters: TaggerWordClusters = .empty
    let bucketBits: Int

    /// The most features one word can have (the output buffer's stride); features past it are
    /// dropped (only a word in many gazetteer classes at once comes near).
    static let maxFeatures = 80
    /// The most letter trigrams of one word that are features.
    static let maxTrigrams = 21
    /// The neighbour offsets with features of their own.
    static let neighbourOffsets = [-1, 1, -2, 2]
    static let boundary: UInt64 = 0x5151

    /// Per-word facts the features are built from.
    struct Word {
        var hash: UInt64 = 0      // whole key
        var stem: UInt64 = 0      // without proclitics, article kept (لل restored to ال)
        var bare: UInt64 = 0      // without proclitics and article
        var bareStart = 0
        var clitic: UInt32 = 0    // proclitic pattern
        var shape: UInt32 = 0
        var length = 0
        var cluster: UInt32 = 0   // packed word classes (0: none)
        var statistics: UInt8 = 0 // the whole key's `wordStatistics` value (0: none)
    }

    /// The bucket of a feature (template, value hash).
    @inline(__always)
    func bucket(_ template: UInt32, _ value: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: FeatureHash.feature(template, value) >> UInt64(64 - bucketBits))
    }

    /// The facts of the word `s[start..<end]`, with its word classes and word statistics.
    @inline(__always)
    func word(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Word {
        var w = Self.describe(s, start, end)
        var c = wordClusters.lookup(w.hash)
        if c == 0, w.stem != w.hash { c = wordClusters.lookup(w.stem) }
        w.cluster = c
        w.statistics = wordStatistics.lookup(w.hash)
        return w
    }

    /// Writes the features of every word of `keys` into `features` (stride `maxFeatures`, the
    /// count of each word in `counts`). Buffers are resized as needed and can be reused.
    /// `memory` (`TaggerDocumentMemory`, one byte per word) adds the document-level features of
    /// the second pass (last, so the second pass can add them to the first pass's sums); without
    /// it the features are the first pass's.
    func extract(_ keys: TaggerSentenceKeys, memory: [UInt8]? = nil, features: inout [UInt32], counts: inout [Int]) {
        let n = keys.count
        if features.count < n * Self.maxFeatures { features = [UInt32](repeating: 0, count: n * Self.maxFeatures) }
        if counts.count < n { counts = [Int](repeating: 0, count: n) }
        guard n > 0 else { return }
        var words = [Word](repeating: Word(), count: n)
        var coverage = [UInt8](repeating: 0, count: n)
        var nameCoverage = [UInt8](repeating: 0, count: n)
        keys.scalars.withUnsafeBufferPointer { s in
            keys.starts.withUnsafeBufferPointer { starts in
                for i in 0..<n { words[i] = word(s, starts[i], starts[i + 1]) }
                cover(words, coverage: &coverage, nameCoverage: &nameCoverage)
                features.withUnsafeMutableBufferPointer { out in
                    for i in 0..<n {
                        var k = i * Self.maxFeatures
                        let limit = k + Self.maxFeatures
                        let add: (UInt32) -> Void = { if k < limit { out[k] = $0; k += 1 } }
                        addWordFeatures(s, starts[i], starts[i + 1], words[i], add)
                        for offset in Self.neighbourOffsets {
                            let j = i + offset
                            if j >= 0, j < n {
                                addNeighbourFeatures(offset, s, starts[j], starts[j + 1], words[j], add)
                            } else {
                                addBoundaryFeatures(offset, add)
                            }
                        }
                        addContextFeatures(i, words, coverage: coverage, nameCoverage: nameCoverage, add)
                        if let memory { memoryFeatures(memory, i, add) }
                        counts[i] = k - i * Self.maxFeatures
                    }
                }
            }
        }
    }

    /// Gazetteer and name-list coverage of a sentence's words (`TaggerGazetteer.cover`).
    func cover(_ words: [Word], coverage: inout [UInt8], nameCoverage: inout [UInt8]) {
        let wordHashes = words.map(\.hash)
        words.withUnsafeBufferPointer { w in
            wordHashes.withUnsafeBufferPointer { wh in
                coverage.withUnsafeMutableBufferPointer { cov in
                    nameCoverage.withUnsafeMutableBufferPointer { ncov in cover(w, wordHashes: wh, coverage: cov, nameCoverage: ncov) }
                }
            }
        }
    }

    /// `cover` on buffers: `wordHashes[i]` is `words[i].hash`; `firstMasks`, when given, holds
    /// `firstMasks(word)` of each word (4 bytes each), known beforehand.
    @inline(__always)
    func cover(_ words: UnsafeBufferPointer<Word>, wordHashes: UnsafeBufferPointer<UInt64>, firstMasks: UnsafePointer<UInt8>? = nil,
               coverage: UnsafeMutableBufferPointer<UInt8>, nameCoverage: UnsafeMutableBufferPointer<UInt8>) {
        let n = words.count
        if let f = firstMasks {
            gazetteer.cover(count: n, firstHashes: { (words[$0].hash, words[$0].stem) }, firstMasks: { (f[4 * $0], f[4 * $0 + 1]) },
                            wordHashes: wordHashes, into: coverage)
            names.cover(count: n, firstHashes: { (words[$0].hash, words[$0].stem) }, firstMasks: { (f[4 * $0 + 2], f[4 * $0 + 3]) },
                        wordHashes: wordHashes, into: nameCoverage)
        } else {
            gazetteer.cover(count: n, firstHashes: { (words[$0].hash, words[$0].stem) }, wordHashes: wordHashes, into: coverage)
            names.cover(count: n, firstHashes: { (words[$0].hash, words[$0].stem) }, wordHashes: wordHashes, into: nameCoverage)
        }
    }

    /// What the gazetteer and the name list hold for a word's whole key and stem (the first
    /// look-ups of `cover`): gazetteer(hash), gazetteer(stem), names(hash), names(stem).
    @inline(__always)
    func firstMasks(_ w: Word) -> (UInt8, UInt8, UInt8, UInt8) {
        let g = gazetteer.lookup(w.hash), n = names.lookup(w.hash)
        return w.stem == w.hash ? (g, g, n, n) : (g, gazetteer.lookup(w.stem), n, names.lookup(w.stem))
    }

    /// Group 1: the features of the word `s[start..<end]` (facts `w`) alone.
    @inline(__always)
    func addWordFeatures(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int, _ w: Word, _ body: (UInt32) -> Void) {
        addWordFeatures(s, start, end, w, wholeValues: false, small: { _, _ in }, body)
    }

    /// `addWordFeatures`; with `wholeValues`, the features with few values (`valueRow`) come as
    /// `small(template, value)` calls (the run-time path adds their sums, made at load), the
    /// others as buckets.
    @inline(__always)
    func addWordFeatures(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int, _ w: Word, wholeValues: Bool,
                         small: (UInt32, Int) -> Void, _ body: (UInt32) -> Void) {
        @inline(__always) func add(_ template: UInt32, _ value: UInt64) { body(bucket(template, value)) }
        @inline(__always) func addValue(_ template: UInt32, _ value: Int) {
            if wholeValues { small(template, value) } else { add(template, UInt64(value)) }
        }
        addValue(1, 0)
        add(2, w.hash)
        add(7, w.stem)
        add(8, w.bare)
        // Prefixes and suffixes of the word, prefixes of the bare stem. (A prefix's hash is the
        // shorter prefix's hash with one more scalar: FNV-1a runs forwards.)
        var prefix = FeatureHash.offsetBasis
        for len in 1...4 where w.length > len {
            prefix = FeatureHash.combine(prefix, s[start + len - 1])
            add(10 + UInt32(len), prefix)
            add(14 + UInt32(len), FeatureHash.hash(s, from: end - len, to: end))
        }
        if end - w.bareStart > 2 {
            let two = FeatureHash.hash(s, from: w.bareStart, to: w.bareStart + 2)
            add(19, two)
            if end - w.bareStart > 3 { add(20, FeatureHash.combine(two, s[w.bareStart + 2])) }
        }
        add(23, UInt64(w.clitic))
        addValue(24, Int(w.shape) | min(w.length, 8) << 8)
        // Character trigrams of the bare stem (transliterated names have telling letter runs).
        if end - w.bareStart >= 4 {
            var c = w.bareStart
            while c + 3 <= end, c - w.bareStart < Self.maxTrigrams {
                add(43, FeatureHash.hash(s, from: c, to: c + 3)); c += 1
            }
        }
        // How the word is tagged in another corpus, and what its letters suggest.
        let stat = w.statistics
        addValue(44, Int(stat))
        if stat == 0, w.stem != w.hash { addValue(45, Int(wordStatistics.lookup(w.stem))) }
        let judged = characterModel.judge(s, w.bareStart, end)
        if judged.0 != 0 {
            addValue(48, Int(judged.0)); addValue(49, Int(judged.1)); addValue(50, Int(judged.2)); addValue(51, Int(judged.3))
        }
        // Word classes of the word at three granularities, and with its clitics. (Classes of
        // the neighbours and class bigrams lowered the development F1.)
        if w.cluster != 0 {
            for level in 0..<3 { addValue(52 + UInt32(level), Int(TaggerWordClusters.level(w.cluster, level))) }
            add(55, UInt64(TaggerWordClusters.level(w.cluster, 1)) | UInt64(w.clitic) << 12)
        } else {
            addValue(52, 0)
        }
    }

    /// Group 2: the features a word gets from its neighbour `s[start..<end]` (facts `v`) at
    /// `offset` (-2, -1, +1 or +2), which depend on that neighbour alone.
    @inline(__always)
    func addNeighbourFeatures(_ offset: Int, _ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int, _ v: Word, _ body: (UInt32) -> Void) {
        addNeighbourFeatures(offset, s, start, end, v, wholeValues: false, small: { _, _ in }, body)
    }

    /// `addNeighbourFeatures`, with the features of few values given as in `addWordFeatures`.
    @inline(__always)
    func addNeighbourFeatures(_ offset: Int, _ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int, _ v: Word, wholeValues: Bool,
                              small: (UInt32, Int) -> Void, _ body: (UInt32) -> Void) {
        @inline(__always) func add(_ template: UInt32, _ value: UInt64) { body(bucket(template, value)) }
        @inline(__always) func addValue(_ template: UInt32, _ value: Int) {
            if wholeValues { small(template, value) } else { add(template, UInt64(value)) }
        }
        switch offset {
        case -1:
            add(3, v.hash)
            add(9, v.bare)
            addValue(25, Int(v.shape))
            // The previous word's ending (adjective agreement), its type in another corpus.
            if end - start > 2 { add(36, FeatureHash.hash(s, from: end - 2, to: end)) }
            addValue(46, Int(TaggerWordStatistics.type(v.statistics)))
        case 1:
            add(4, v.hash)
            add(10, v.bare)
            addValue(26, Int(v.shape))
            // The next word's beginning (ال).
            if end - start > 2 { add(37, FeatureHash.hash(s, from: start, to: start + 2)) }
            addValue(47, Int(TaggerWordStatistics.type(v.statistics)))
        case -2: add(5, v.hash)
        case 2: add(6, v.hash)
        default: break
        }
    }

    /// The word and neighbour features with few values (each below its limit by construction):
    /// the bias, shape with length, shape of the neighbours, word statistics and their types, the
    /// character judge's bins and the word classes. `TaggerVocabulary.valueSums` holds the summed
    /// row of every (template, value), `valueRow(template).start + value` in order.
    static let valueTemplates: [UInt32] = [1, 24, 25, 26, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54]

    /// Where a value feature's rows start in `TaggerVocabulary.valueSums`, and how many values it has.
    @inline(__always)
    static func valueRow(_ template: UInt32) -> (start: Int, limit: Int) {
        switch template {
        case 1: return (0, 1)                                          // bias: 0
        case 24: return (1, 2080)                                      // shape (< 32) | min(length, 8) << 8
        case 25, 26: return (2081 + Int(template - 25) * 100, 100)    // a neighbour's shape (< 32)
        case 44, 45: return (2281 + Int(template - 44) * 256, 256)    // word statistics (a byte)
        case 46, 47: return (2793 + Int(template - 46) * 8, 8)        // a neighbour's statistics type (3 bits)
        case 48...51: return (2809 + Int(template - 48) * 8, 8)       // the character judge's bins (1...7)
        default: return (2841 + Int(template - 52) * 1024, 1024)       // 52-54: word classes (10 bits)
        }
    }

    /// Rows of `TaggerVocabulary.valueSums`.
    static let valueRows = 2841 + 3 * 1024

    /// Group 2 at a sentence edge: the features of a missing neighbour at `offset`.
    @inline(__always)
    func addBoundaryFeatures(_ offset: Int, _ body: (UInt32) -> Void) {
        @inline(__always) func add(_ template: UInt32, _ value: UInt64) { body(bucket(template, value)) }
        switch offset {
        case -1: add(3, Self.boundary); add(9, Self.boundary); add(25, 99)
        case 1: add(4, Self.boundary); add(10, Self.boundary); add(26, 99)
        case -2: add(5, Self.boundary)
        case 2: add(6, Self.boundary)
        default: break
        }
    }

    /// Group 3 (first pass): word bigrams and the gazetteer and name-list coverage of word `i`
    /// and its neighbours (`cover`).
    @inline(__always)
    func addContextFeatures(_ i: Int, _ words: UnsafeBufferPointer<Word>, coverage: UnsafeBufferPointer<UInt8>,
                            nameCoverage: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Void) {
        addContextFeatures(i, words, coverage: coverage, nameCoverage: nameCoverage, wholeBytes: false, byte: { _, _ in }, body)
    }

    /// `addContextFeatures`; with `wholeBytes`, the features that depend on one coverage byte
    /// alone (`coverageFeatures`) come as one `byte(kind, mask)` call per byte instead of
    /// feature by feature (the run-time path adds their sums, made at load), the others as buckets.
    @inline(__always)
    func addContextFeatures(_ i: Int, _ words: UnsafeBufferPointer<Word>, coverage: UnsafeBufferPointer<UInt8>,
                            nameCoverage: UnsafeBufferPointer<UInt8>, wholeBytes: Bool, byte: (Int, UInt8) -> Void,
                            _ body: (UInt32) -> Void) {
        @inline(__always) func add(_ template: UInt32, _ value: UInt64) { body(bucket(template, value)) }
        @inline(__always) func features(_ kind: Int, _ mask: UInt8) {
            if wholeBytes { byte(kind, mask) } else { Self.coverageFeatures(kind, mask, add) }
        }
        let n = words.count
        let w = words[i]
        let prevHash = i > 0 ? words[i - 1].hash : Self.boundary, prevBare = i > 0 ? words[i - 1].bare : Self.boundary
        add(27, FeatureHash.pair(prevHash, w.hash))
        add(28, FeatureHash.pair(w.hash, i + 1 < n ? words[i + 1].hash : Self.boundary))
        add(29, FeatureHash.pair(prevBare, w.bare))
        // Gazetteer classes: of the word (with its position in the name) and its neighbours.
        let here = coverage[i]
        if here != 0 {
            if wholeBytes { byte(0, here) }
            for cls in TaggerGazetteer.Class.featureClasses where here & (1 << cls) != 0 {
                if !wholeBytes { let f = Self.coverageFeature(0, cls, here); add(f.0, f.1) }
                add(31, FeatureHash.pair(UInt64(cls), w.hash))
            }
        }
        for kind in 1...4 {
            let j = i + (kind == 1 ? -1 : kind == 2 ? 1 : kind == 3 ? -2 : 2)
            guard j >= 0, j < n else { continue }
            let m = coverage[j]
            if m != 0 { features(kind, m) }
        }
        // Names seen before: of the word (with position) and of its neighbours.
        if nameCoverage[i] != 0 { features(5, nameCoverage[i]) }
        if i > 0, nameCoverage[i - 1] != 0 { features(6, nameCoverage[i - 1]) }
        if i + 1 < n, nameCoverage[i + 1] != 0 { features(7, nameCoverage[i + 1]) }
    }

    /// Kinds of coverage byte whose features depend on the byte alone: 0 the word's gazetteer
    /// classes with its position in the name (template 30), 1-4 the gazetteer classes of the
    /// words at -1, +1, -2, +2 (32-35), 5 the word's name-list classes with its position (40),
    /// 6 and 7 the name-list classes of the previous and next words (41, 42).
    static let coverageKinds = 8

    /// The feature (template, value) of class `cls` in coverage byte `mask` as kind `kind`.
    @inline(__always)
    static func coverageFeature(_ kind: Int, _ cls: Int, _ mask: UInt8) -> (UInt32, UInt64) {
        let position: UInt64 = mask & 0x80 != 0 ? 0 : 1
        switch kind {
        case 0: return (30, UInt64(cls * 2) + position)
        case 5: return (40, UInt64(cls * 2) + position)
        case 6, 7: return (UInt32(35 + kind), UInt64(cls))
        default: return (UInt32(31 + kind), UInt64(cls))
        }
    }

    /// The features of coverage byte `mask` as kind `kind` (`coverageKinds`), in class order.
    @inline(__always)
    static func coverageFeatures(_ kind: Int, _ mask: UInt8, _ add: (UInt32, UInt64) -> Void) {
        let classes = kind < 5 ? TaggerGazetteer.Class.featureClasses : TaggerNameList.classes
        for cls in classes where mask & (1 << cls) != 0 {
            let f = coverageFeature(kind, cls, mask)
            add(f.0, f.1)
        }
    }

    func addContextFeatures(_ i: Int, _ words: [Word], coverage: [UInt8], nameCoverage: [UInt8], _ body: (UInt32) -> Void) {
        words.withUnsafeBufferPointer { w in
            coverage.withUnsafeBufferPointer { c in
                nameCoverage.withUnsafeBufferPointer { nc in addContextFeatures(i, w, coverage: c, nameCoverage: nc, body) }
            }
        }
    }

    /// Where a word's stem starts once proclitics and the article are left out.
    static func bareStart(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Int {
        describe(s, start, end).bareStart
    }

    /// Group 3 (second pass): the buckets of the document-memory features of word `i` (the last
    /// features of a word in the second pass, so the second pass can add them to the first
    /// pass's sums).
    @inline(__always)
    func memoryFeatures(_ memory: UnsafeBufferPointer<UInt8>, _ i: Int, _ body: (UInt32) -> Void) {
        let v = Self.memoryValues(memory, i)
        for k in 0..<4 { body(bucket(Self.memoryTemplates + UInt32(k), UInt64(v[k]))) }
    }

    /// The templates of the document-memory features: 56 ... 59.
    static let memoryTemplates: UInt32 = 56

    /// The values of the four document-memory features of word `i` (each under 256): its memory
    /// byte, the same without the count, and the previous and next words' without the count
    /// (0xFF at the sentence edge).
    @inline(__always)
    static func memoryValues(_ memory: UnsafeBufferPointer<UInt8>, _ i: Int) -> SIMD4<UInt8> {
        SIMD4(memory[i], memory[i] & 0x3F, i > 0 ? memory[i - 1] & 0x3F : 0xFF, i + 1 < memory.count ? memory[i + 1] & 0x3F : 0xFF)
    }

    func memoryFeatures(_ memory: [UInt8], _ i: Int, _ body: (UInt32) -> Void) {
        memory.withUnsafeBufferPointer { memoryFeatures($0, i, body) }
    }

    /// The hash of a word's stem without proclitics (the article kept).
    static func stemHash(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> UInt64 {
        describe(s, start, end).stem
    }

    /// Hashes, clitic pattern and shape of one word.
    @inline(__always)
    static func describe(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Word {
        var w = Word()
        w.length = end - start
        w.hash = FeatureHash.hash(s, from: start, to: end)
        let (clitic, restored) = Proclitics.longestStrip(s, from: start, to: end)
        let alef: UInt32 = 0x0627, lam: UInt32 = 0x0644
        var stemStart = start + clitic
        if restored {
            w.stem = FeatureHash.hash(s, from: stemStart, to: end, seed: FeatureHash.combine(FeatureHash.offsetBasis, alef))
            w.bareStart = stemStart + 1
        } else {
            w.stem = clitic == 0 ? w.hash : FeatureHash.hash(s, from: stemStart, to: end)
            if end - stemStart > 3, s[stemStart] == alef, s[stemStart + 1] == lam { stemStart += 2 }
            w.bareStart = stemStart
        }
        let hasArticle = restored || w.bareStart > start + clitic
        w.bare = w.bareStart == start ? w.hash : FeatureHash.hash(s, from: w.bareStart, to: end)
        var pattern: UInt32 = hasArticle ? 1 : 0
        for k in 0..<clitic { pattern = pattern &* 131 &+ s[start + k] }
        w.clitic = pattern
        // Shape: which scalar classes the word contains.
        var classes: UInt32 = 0
        for k in start..<end {
            let v = s[k]
            if v >= 0x0621 && v <= 0x064A { classes |= 1 }
            else if v >= 0x61 && v <= 0x7A { classes |= 2 }
            else if v >= 0x30 && v <= 0x39 { classes |= 4 }
            else if v < 0x80 || (v >= 0x060C && v <= 0x061F) || (v >= 0x2000 && v <= 0x206F) || v == 0xAB || v == 0xBB { classes |= 8 }
            else { classes |= 16 }
        }
        w.shape = classes
        return w
    }
}

