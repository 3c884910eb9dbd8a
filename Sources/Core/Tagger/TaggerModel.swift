/// The trained weights of the entity tagger and the gazetteer its features use.
///
/// A linear first-order model: per word, the sum of the weights of its hashed features for each
/// tag, plus a weight for each tag-to-tag transition; decoding is BIO-constrained Viterbi. The
/// weight table has `1 << bucketBits` rows of `EntityTagSet.count` weights: dense Floats while
/// training (`weights`), quantised and compact once stored (`quantised`, what a model read from
/// its file has; `weights` is then empty).
public struct TaggerModel: Sendable, Equatable {
    public let bucketBits: Int
    /// The dense weight table of training (empty in a model read from its file).
    public internal(set) var weights: [Float]
    /// The stored form of the weights (`TaggerModelFile`), nil while training.
    var quantised: TaggerWeightTable?
    /// Word keys whose emission sums `EntityTagger` works out once, at load (`TaggerVocabulary`):
    /// the frequent words of the training corpora.
    public var vocabulary: [String] = []
    /// `transitions[p * tagCount + t]`, then `start[t]`.
    public internal(set) var transitions: [Float]
    public internal(set) var start: [Float]
    public let gazetteer: TaggerGazetteer
    /// Names seen in tagged text (`TaggerNameList`).
    public let names: TaggerGazetteer
    /// How words are tagged in another corpus (`TaggerWordStatistics`).
    public let wordStatistics: TaggerGazetteer
    /// Letter-trigram judge of unseen words (`TaggerCharacterModel`).
    public let characterModel: TaggerCharacterModel
    /// Distributional word classes (`TaggerWordClusters`).
    public var wordClusters: TaggerWordClusters = .empty
    /// Whether the model tags in two passes, the second with `TaggerDocumentMemory` features.
    public var documentMemory = false
    /// Whether a word feature is joined with the previous tag (`TaggerTagConditioned`).
    public var tagConditioned = false
    /// Added to every word's O score: the train command tunes it on the development split to
    /// trade precision for recall (the perceptron alone leans towards O).
    public var outsideBias: Float = 0

    public init(bucketBits: Int, weights: [Float], transitions: [Float], start: [Float], gazetteer: TaggerGazetteer, names: TaggerGazetteer,
                wordStatistics: TaggerGazetteer = TaggerGazetteer(keys: [], masks: []),
                characterModel: TaggerCharacterModel = .empty) {
        precondition(weights.count == (1 << bucketBits) * EntityTagSet.count || weights.isEmpty)
        precondition(transitions.count == EntityTagSet.count * EntityTagSet.count && start.count == EntityTagSet.count)
        self.bucketBits = bucketBits
        self.weights = weights
        self.transitions = transitions
        self.start = start
        self.gazetteer = gazetteer
        self.names = names
        self.wordStatistics = wordStatistics
        self.characterModel = characterModel
    }

    /// The weights in their stored form (quantised now if the model is fresh from training).
    var weightTable: TaggerWeightTable {
        quantised ?? TaggerWeightTable(quantising: weights, bucketBits: bucketBits)
    }

    var extractor: TaggerFeatureExtractor {
        var e = TaggerFeatureExtractor(gazetteer: gazetteer, names: names, wordStatistics: wordStatistics, characterModel: characterModel, bucketBits: bucketBits)
        e.wordClusters = wordClusters
        return e
    }

    /// Tag indices for a sentence whose features are already extracted. In training, `gold` and
    /// `cost` make the decoding cost-augmented: every tag but the gold one gets `cost` extra, and
    /// O gets `cost` more where the gold tag is a name (missing a name is the costlier mistake).
    func decode(features: [UInt32], counts: [Int], wordCount n: Int, emissions: inout [Float],
                gold: [Int]? = nil, cost: Float = 0, pairs: [Float] = []) -> [Int] {
        let T = EntityTagSet.count
        if emissions.count < n * T { emissions = [Float](repeating: 0, count: n * T) }
        let table = weights.isEmpty ? quantised : nil
        weights.withUnsafeBufferPointer { w in
            features.withUnsafeBufferPointer { f in
                emissions.withUnsafeMutableBufferPointer { e in
                    for i in 0..<n {
                        var acc = (Float(0), Float(0), Float(0), Float(0), Float(0), Float(0), Float(0), Float(0), Float(0))
                        let base = i * TaggerFeatureExtractor.maxFeatures
                        for k in base..<(base + counts[i]) {
                            if let table {
                                // The stored model: the same Floats as the dense table it came from.
                                guard let r = table.offset(of: f[k]) else { continue }
                                let s = table.scale
                                table.values.withUnsafeBufferPointer { v in
                                    acc.0 += Float(v[r]) * s; acc.1 += Float(v[r + 1]) * s; acc.2 += Float(v[r + 2]) * s
                                    acc.3 += Float(v[r + 3]) * s; acc.4 += Float(v[r + 4]) * s; acc.5 += Float(v[r + 5]) * s
                                    acc.6 += Float(v[r + 6]) * s; acc.7 += Float(v[r + 7]) * s; acc.8 += Float(v[r + 8]) * s
                                }
                                continue
                            }
                            let r = Int(f[k]) &* 9
                            acc.0 += w[r]; acc.1 += w[r + 1]; acc.2 += w[r + 2]
                            acc.3 += w[r + 3]; acc.4 += w[r + 4]; acc.5 += w[r + 5]
                            acc.6 += w[r + 6]; acc.7 += w[r + 7]; acc.8 += w[r + 8]
                        }
                        let o = i * T
                        e[o] = acc.0 + outsideBias; e[o + 1] = acc.1; e[o + 2] = acc.2; e[o + 3] = acc.3; e[o + 4] = acc.4
                        e[o + 5] = acc.5; e[o + 6] = acc.6; e[o + 7] = acc.7; e[o + 8] = acc.8
                    }
                }
            }
        }
        if let gold, cost != 0 {
            for i in 0..<n {
                for t in 0..<T where t != gold[i] { emissions[i * T + t] += cost }
                if gold[i] != EntityTagSet.outside { emissions[i * T] += cost }
            }
        }
        return viterbi(emissions, n, pairs: pairs)
    }

    /// The tag-conditioned scores of a sentence (`TaggerTagConditioned.scores`), empty without them.
    func conditionedScores(_ keys: TaggerSentenceKeys, extractor: TaggerFeatureExtractor) -> [Float] {
        guard tagConditioned else { return [] }
        let T = EntityTagSet.count
        let buckets = extractor.conditionedBuckets(keys)
        if weights.isEmpty, let table = quantised {
            return TaggerTagConditioned.scores(buckets: buckets, count: keys.count) { b, out in
                guard let r = table.offset(of: b) else { return }
                for t in 0..<T { out[t] += Float(table.values[r + t]) * table.scale }
            }
        }
        return weights.withUnsafeBufferPointer { w in
            TaggerTagConditioned.scores(buckets: buckets, count: keys.count) { b, out in
                let r = Int(b) * T
                for t in 0..<T { out[t] += w[r + t] }
            }
        }
    }

    /// Tag indices for a sentence.
    public func tagIndices(_ keys: TaggerSentenceKeys) -> [Int] {
        tagIndices(document: [keys])[0]
    }

    /// Tag indices for the sentences of one text, in order: a first pass tags each sentence alone;
    /// with `documentMemory`, a second pass tags them again seeing what the first said about the
    /// same words in the sentences around (`TaggerDocumentMemory`).
    public func tagIndices(document: [TaggerSentenceKeys]) -> [[Int]] {
        tagIndices(document: document, extractor: extractor)
    }

    func tagIndices(document: [TaggerSentenceKeys], extractor: TaggerFeatureExtractor) -> [[Int]] {
        scoredTagIndices(document: document, extractor: extractor).tags
    }

    /// `tagIndices` with the emission scores the last pass decoded (word i, tag t of a sentence at
    /// `i * EntityTagSet.count + t`): the reference path's scores, for tests.
    func scoredTagIndices(document: [TaggerSentenceKeys], extractor: TaggerFeatureExtractor) -> (tags: [[Int]], scores: [[Float]]) {
        var features: [UInt32] = [], counts: [Int] = [], emissions: [Float] = []
        // The second pass's features are the first's plus the memory ones: it keeps the first
        // pass's emission sums and adds only the memory features' weights.
        var firstEmissions: [[Float]] = []
        let pairs = document.map { conditionedScores($0, extractor: extractor) }
        let first = document.indices.map { s -> [Int] in
            let keys = document[s]
            extractor.extract(keys, features: &features, counts: &counts)
            let tags = decode(features: features, counts: counts, wordCount: keys.count, emissions: &emissions, pairs: pairs[s])
            firstEmissions.append(Array(emissions[0..<(keys.count * EntityTagSet.count)]))
            return tags
        }
        guard documentMemory else { return (first, firstEmissions) }
        let T = EntityTagSet.count
        let memory = TaggerDocumentMemory.recall(document, firstPass: first)
        var scores: [[Float]] = []
        let tags = document.indices.map { s -> [Int] in
            var e = firstEmissions[s]
            let table = weights.isEmpty ? quantised : nil
            weights.withUnsafeBufferPointer { w in
                for i in 0..<document[s].count {
                    extractor.memoryFeatures(memory[s], i) { f in
                        if let table {
                            guard let r = table.offset(of: f) else { return }
                            for t in 0..<T { e[i * T + t] += Float(table.values[r + t]) * table.scale }
                            return
                        }
                        let r = Int(f) &* T
                        for t in 0..<T { e[i * T + t] += w[r + t] }
                    }
                }
            }
            scores.append(e)
            return viterbi(e, document[s].count, pairs: pairs[s])
        }
        return (tags, scores)
    }

    private func viterbi(_ emissions: [Float], _ n: Int, pairs: [Float] = []) -> [Int] {
        if !pairs.isEmpty {
            return emissions.withUnsafeBufferPointer { e in
                pairs.withUnsafeBufferPointer { pr in
                    transitions.withUnsafeBufferPointer { tr in
                        start.withUnsafeBufferPointer { st in
                            TaggerTagConditioned.decode(emissions: e, pairs: pr, count: n, transitions: tr, start: st)
                        }
                    }
                }
            }
        }
        return emissions.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { tr in
                start.withUnsafeBufferPointer { st in
                    BIOViterbiDecoder.decode(emissions: e, count: n, transitions: tr, start: st)
                }
            }
        }
    }
}
