/// Trains a `TaggerModel` as an averaged structured perceptron (Collins 2002).
///
/// A pure function over in-memory sentences: the same sentences, gazetteer and options give the
/// same model, bit for bit (the visiting order is shuffled each epoch by a seeded SplitMix64).
/// Each sentence is decoded with the current weights under the BIO constraint; where the best
/// sequence differs from the gold one, the gold features gain and the predicted ones lose.
/// The model returned holds the weights averaged over all steps, which generalises far better
/// than the last weights. With `documentMemory` each sentence is trained twice, as the first and as
/// the second pass sees it (`TaggerDocumentMemory`), so one weight table serves both passes.
public struct PerceptronTrainer: Sendable {
    public struct Options: Sendable, Equatable {
        public var epochs: Int
        public var bucketBits: Int
        public var seed: UInt64
        /// The margin of cost-augmented decoding in training (0: the plain perceptron).
        public var cost: Float
        /// Models trained with seeds seed, seed + 1, ... and summed (an ensemble).
        public var members: Int
        /// Whether the features include word statistics and the character model.
        public var wordStatistics = true
        public var characterModel = true
        /// Whether the model tags in two passes, the second with document-level features
        /// (`TaggerDocumentMemory`), and in how many folds the training sentences' first-pass
        /// tags are made (each fold tagged by a one-member model trained on the others).
        public var documentMemory = true
        public var memoryFolds = 5
        /// Whether a word feature is joined with the previous tag (`TaggerTagConditioned`).
        public var tagConditioned = true

        public init(epochs: Int = 10, bucketBits: Int = 20, seed: UInt64 = 20_070_101, cost: Float = 0, members: Int = 4) {
            self.members = members
            self.epochs = epochs
            self.bucketBits = bucketBits
            self.seed = seed
            self.cost = cost
        }
    }

    public let options: Options

    public init(options: Options = .init()) { self.options = options }

    /// The averaged model after `options.epochs` passes. `afterEpoch` sees each epoch's number and
    /// the averaged model so far (for progress reports; it is not called if nil).
    ///
    /// The lexicons the features consult are learnt from `lexiconCorpus` (other tagged text,
    /// WikiFANE): `TaggerWordStatistics`, `TaggerCharacterModel` and `TaggerNameList`. The name
    /// list also takes the training sentences' names, jackknife-style: a sentence of fold k
    /// (index % folds) is trained with the names of the other folds only, so the model learns how
    /// far to trust the list on unseen text; the final model's list has every training name.
    public func train(_ sentences: [TaggerTrainingSentence], gazetteer: TaggerGazetteer,
                      lexiconCorpus: [TaggerTrainingSentence] = [], wordClusters: TaggerWordClusters = .empty, folds: Int = 10,
                      adaptationCorpus: [TaggerTrainingSentence] = [],
                      afterEpoch: ((Int, TaggerModel) -> Void)? = nil) -> TaggerModel {
        let T = EntityTagSet.count
        let rows = 1 << options.bucketBits
        let sentences = sentences.filter { !$0.words.isEmpty }
        // Word statistics and letter trigrams come from the other corpus only: learnt from the
        // training corpus too (even jackknifed) they lower the development F1, competing with
        // the word features for the words the training corpus knows.
        let wordStatistics = options.wordStatistics ? TaggerWordStatistics.table(from: lexiconCorpus) : TaggerGazetteer(keys: [], masks: [])
        let characterModel = options.characterModel ? TaggerCharacterModel.learn(from: lexiconCorpus) : .empty
        func extractor(lexiconsFrom corpus: [TaggerTrainingSentence]) -> TaggerFeatureExtractor {
            var names = TaggerNameList()
            names.add(corpus)
            var e = TaggerFeatureExtractor(gazetteer: gazetteer, names: names.gazetteer(), wordStatistics: wordStatistics,
                                           characterModel: characterModel, bucketBits: options.bucketBits)
            e.wordClusters = wordClusters
            return e
        }
        let final = extractor(lexiconsFrom: lexiconCorpus + sentences)
        var empty = TaggerModel(bucketBits: options.bucketBits, weights: [Float](repeating: 0, count: rows * T),
                                transitions: [Float](repeating: 0, count: T * T), start: [Float](repeating: 0, count: T),
                                gazetteer: gazetteer, names: final.names, wordStatistics: final.wordStatistics,
                                characterModel: final.characterModel)
        empty.wordClusters = wordClusters
        empty.documentMemory = options.documentMemory
        empty.tagConditioned = options.tagConditioned
        // The second pass learns from first-pass tags as they are on unseen text: each training
        // sentence's come from a first-pass model that did not see it.
        var memory: [[UInt8]] = []
        if options.documentMemory {
            var firstOptions = options
            firstOptions.documentMemory = false
            firstOptions.members = 1
            firstOptions.tagConditioned = false
            let keys = sentences.map { TaggerSentenceKeys(words: $0.words) }
            var firstPass = [[Int]](repeating: [], count: sentences.count)
            let memoryFolds = max(2, options.memoryFolds)
            for fold in 0..<memoryFolds {
                let model = PerceptronTrainer(options: firstOptions).train(
                    sentences.indices.filter { $0 % memoryFolds != fold }.map { sentences[$0] }, gazetteer: gazetteer,
                    lexiconCorpus: lexiconCorpus, wordClusters: wordClusters, folds: folds)
                for index in stride(from: fold, to: sentences.count, by: memoryFolds) { firstPass[index] = model.tagIndices(keys[index]) }
            }
            memory = TaggerDocumentMemory.recall(keys, firstPass: firstPass)
        }
        // Features never change during training: extract them once, each fold with the lexicons
        // of the other folds.
        // With document memory each sentence is trained twice: as the first pass sees it and as
        // the second does (the same weights serve both passes).
        var prepared: [(features: [UInt32], counts: [Int], gold: [Int])] = Array(repeating: ([], [], []), count: sentences.count * (memory.isEmpty ? 1 : 2))
        // Tag-conditioned features' buckets (`TaggerTagConditioned`), per prepared sentence (empty: none).
        var conditioned = [[UInt32]](repeating: [], count: prepared.count)
        for fold in 0..<folds {
            let extractor = extractor(lexiconsFrom: lexiconCorpus + sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] })
            for index in stride(from: fold, to: sentences.count, by: folds) {
                var features: [UInt32] = [], counts: [Int] = []
                if options.tagConditioned {
                    let buckets = extractor.conditionedBuckets(TaggerSentenceKeys(words: sentences[index].words))
                    conditioned[index] = buckets
                    if !memory.isEmpty { conditioned[sentences.count + index] = buckets }
                }
                extractor.extract(TaggerSentenceKeys(words: sentences[index].words), features: &features, counts: &counts)
                prepared[index] = (features, counts, EntityTagSet.repaired(sentences[index].tags))
                if !memory.isEmpty {
                    extractor.extract(TaggerSentenceKeys(words: sentences[index].words), memory: memory[index], features: &features, counts: &counts)
                    prepared[sentences.count + index] = (features, counts, EntityTagSet.repaired(sentences[index].tags))
                }
            }
        }
        // Another domain's sentences (`adaptationCorpus`, first pass only) by feature augmentation
        // (`TaggerDomainAdaptation`): every sentence's features get a shared copy, the other
        // domain's a copy of their own instead of the plain bucket; strides double.
        let adapted = adaptationCorpus.filter { !$0.words.isEmpty }
        let width = adapted.isEmpty ? TaggerFeatureExtractor.maxFeatures : 2 * TaggerFeatureExtractor.maxFeatures
        var used = [Bool]()
        if !adapted.isEmpty {
            used = [Bool](repeating: false, count: rows)
            for index in prepared.indices {
                let p = prepared[index]
                for i in p.counts.indices { for k in 0..<p.counts[i] { used[Int(p.features[i * TaggerFeatureExtractor.maxFeatures + k])] = true } }
                prepared[index] = TaggerDomainAdaptation.withSharedCopies(p, bucketBits: options.bucketBits)
            }
            prepared += TaggerDomainAdaptation.prepare(adapted, targetCorpus: sentences, gazetteer: gazetteer,
                                                       wordClusters: wordClusters, options: options, used: &used)
            conditioned += [[UInt32]](repeating: [], count: prepared.count - conditioned.count)
        }
        /// The run-time model: with augmentation, the shared copies folded into the plain buckets
        /// (rows no training feature has cleared).
        func runTime(_ model: TaggerModel) -> TaggerModel { adapted.isEmpty ? model : TaggerDomainAdaptation.fold(model, used: used) }

        /// One averaged perceptron, visiting the sentences in the order `seed` shuffles them.
        func trainMember(seed: UInt64, member: Int) -> TaggerModel {
            var model = empty
            // Averaging by the usual trick: `totals` accumulates step * update, and the average is
            // weights - totals / steps.
            var totals = [Double](repeating: 0, count: rows * T)
            var transitionTotals = [Double](repeating: 0, count: T * T)
            var startTotals = [Double](repeating: 0, count: T)
            var step = 1.0
            var order = Array(prepared.indices)
            var random = SplitMix64(seed: seed)
            var emissions: [Float] = []
            var scores: [Float] = []

            func averaged() -> TaggerModel {
                var m = model
                for i in m.weights.indices { m.weights[i] = Float(Double(model.weights[i]) - totals[i] / step) }
                for i in m.transitions.indices { m.transitions[i] = Float(Double(model.transitions[i]) - transitionTotals[i] / step) }
                for i in m.start.indices { m.start[i] = Float(Double(model.start[i]) - startTotals[i] / step) }
                return m
            }

            for epoch in 1...max(1, options.epochs) {
                // Fisher-Yates with the seeded generator.
                for i in stride(from: order.count - 1, to: 0, by: -1) {
                    order.swapAt(i, Int(random.next() % UInt64(i + 1)))
                }
                for index in order {
                    let s = prepared[index]
                    let n = s.gold.count
                    let pairBuckets = conditioned[index]
                    let predicted = Self.decode(model, features: s.features, counts: s.counts, stride: width, wordCount: n,
                                                emissions: &emissions, scores: &scores, gold: s.gold, cost: options.cost,
                                                conditioned: pairBuckets)
                    if predicted != s.gold {
                        for i in 0..<n {
                            let g = s.gold[i], p = predicted[i]
                            if g != p {
                                let base = i * width
                                for k in base..<(base + s.counts[i]) {
                                    let r = Int(s.features[k]) * T
                                    model.weights[r + g] += 1; totals[r + g] += step
                                    model.weights[r + p] -= 1; totals[r + p] -= step
                                }
                            }
                            if !pairBuckets.isEmpty {
                                // The conditioned feature after the gold and the predicted previous tag.
                                let S = TaggerTagConditioned.states
                                let gp = i == 0 ? TaggerTagConditioned.startState : s.gold[i - 1]
                                let pp = i == 0 ? TaggerTagConditioned.startState : predicted[i - 1]
                                if gp != pp || g != p {
                                    let rg = Int(pairBuckets[i * S + gp]) * T, rp = Int(pairBuckets[i * S + pp]) * T
                                    model.weights[rg + g] += 1; totals[rg + g] += step
                                    model.weights[rp + p] -= 1; totals[rp + p] -= step
                                }
                            }
                            if i == 0 {
                                if g != p {
                                    model.start[g] += 1; startTotals[g] += step
                                    model.start[p] -= 1; startTotals[p] -= step
                                }
                            } else {
                                let gt = s.gold[i - 1] * T + g, pt = predicted[i - 1] * T + p
                                if gt != pt {
                                    model.transitions[gt] += 1; transitionTotals[gt] += step
                                    model.transitions[pt] -= 1; transitionTotals[pt] -= step
                                }
                            }
                        }
                    }
                    step += 1
                }
                afterEpoch?(member * options.epochs + epoch, runTime(averaged()))
            }
    return averaged()
        }

        // An ensemble is the sum of its members' weights (their average, up to a scale the
        // linear decoder does not see).
        var sum = trainMember(seed: options.seed, member: 0)
        for member in 1..<max(1, options.members) {
            let m = trainMember(seed: options.seed &+ UInt64(member), member: member)
            for i in sum.weights.indices { sum.weights[i] += m.weights[i] }
            for i in sum.transitions.indices { sum.transitions[i] += m.transitions[i] }
            for i in sum.start.indices { sum.start[i] += m.start[i] }
        }
        return runTime(sum)
    }
}

extension PerceptronTrainer {
    /// Training-time decoding: features with any stride (with domain adaptation every word carries
    /// twice as many, `TaggerDomainAdaptation`), no O bias, and cost-augmented when `cost` is not 0:
    /// every tag but the gold one gets `cost` extra, and O gets `cost` more where the gold tag is a name.
    static func decode(_ model: TaggerModel, features: [UInt32], counts: [Int], stride: Int, wordCount n: Int,
                       emissions: inout [Float], scores: inout [Float], gold: [Int], cost: Float, conditioned: [UInt32] = []) -> [Int] {
        let T = EntityTagSet.count
        Self.emissions(model, features: features, counts: counts, stride: stride, wordCount: n, emissions: &emissions, scores: &scores)
        if cost != 0 {
            for i in 0..<n {
                for t in 0..<T where t != gold[i] { emissions[i * T + t] += cost }
                if gold[i] != EntityTagSet.outside { emissions[i * T] += cost }
            }
        }
        if !conditioned.isEmpty {
            let pairs = model.weights.withUnsafeBufferPointer { w in
                TaggerTagConditioned.scores(buckets: conditioned, count: n) { b, out in
                    let r = Int(b) * T
                    for t in 0..<T { out[t] += w[r + t] }
                }
            }
            return emissions.withUnsafeBufferPointer { e in
                pairs.withUnsafeBufferPointer { pr in
                    model.transitions.withUnsafeBufferPointer { tr in
                        model.start.withUnsafeBufferPointer { st in
                            TaggerTagConditioned.decode(emissions: e, pairs: pr, count: n, transitions: tr, start: st)
                        }
                    }
                }
            }
        }
        return emissions.withUnsafeBufferPointer { e in
            model.transitions.withUnsafeBufferPointer { tr in
                model.start.withUnsafeBufferPointer { st in
                    BIOViterbiDecoder.decode(emissions: e, count: n, transitions: tr, start: st)
                }
            }
        }
    }

    /// Each word's score for each tag (`emissions[i * T + t]`), without the O bias.
    static func emissions(_ model: TaggerModel, features: [UInt32], counts: [Int], stride: Int, wordCount n: Int,
                          emissions: inout [Float], scores: inout [Float]) {
        let T = EntityTagSet.count
        if emissions.count < n * T { emissions = [Float](repeating: 0, count: n * T) }
        if scores.count < T { scores = [Float](repeating: 0, count: T) }
        model.weights.withUnsafeBufferPointer { w in
            features.withUnsafeBufferPointer { f in
                emissions.withUnsafeMutableBufferPointer { e in
                    scores.withUnsafeMutableBufferPointer { acc in
                        for i in 0..<n {
                            for t in 0..<T { acc[t] = 0 }
                            let base = i * stride
                            for k in base..<(base + counts[i]) {
                                let r = Int(f[k]) &* T
                                for t in 0..<T { acc[t] += w[r + t] }
                            }
                            for t in 0..<T { e[i * T + t] = acc[t] }
                        }
                    }
                }
            }
        }
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood 2014), so training is reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
