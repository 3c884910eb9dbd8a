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
        /// Ensemble members of each fold's first-pass model.
        public var memoryMembers = 1
        /// Perceptron epochs over the adaptation corpus (shared features only) before the
        /// training corpus's epochs; the adaptation corpus is then not visited again.
        public var pretrainEpochs = 0
        /// The share of words whose identity features are dropped on each training visit.
        public var wordDropout: Float = 0
        /// With an adaptation corpus: the training corpus's features get shared copies too
        /// (`TaggerDomainAdaptation`, folded into the plain buckets after training).
        public var symmetricAdaptation = false
        /// Train each member as a linear-chain CRF (`CRFLearner`) instead of a perceptron, with
        /// this AdaGrad step and L2 penalty.
        public var crf = false
        /// Passive-aggressive (PA-I) steps capped at this C instead of the perceptron's unit
        /// steps (0: the perceptron).
        public var passiveAggressive: Float = 0
        public var learningRate: Float = 0.1
        public var l2: Float = 1

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
        // The second pass learns from first-pass tags as they are on unseen text: each training
        // sentence's come from a first-pass model that did not see it.
        var memory: [[UInt8]] = []
        if options.documentMemory {
            var firstOptions = options
            firstOptions.documentMemory = false
            firstOptions.members = options.memoryMembers
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
        // Another domain's sentences (first pass only) come last, with their own copy of every
        // feature (`TaggerDomainAdaptation`): stride twice the usual.
        let targetCount = prepared.count
        let adapted = adaptationCorpus.filter { !$0.words.isEmpty }
        let symmetric = options.symmetricAdaptation && !adapted.isEmpty
        if !adapted.isEmpty {
            prepared += TaggerDomainAdaptation.prepare(adapted, targetCorpus: sentences, gazetteer: gazetteer,
                                                       wordClusters: wordClusters, options: options, symmetric: symmetric)
        }
        for fold in 0..<folds {
            let extractor = extractor(lexiconsFrom: lexiconCorpus + sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] })
            for index in stride(from: fold, to: sentences.count, by: folds) {
                var features: [UInt32] = [], counts: [Int] = []
                extractor.extract(TaggerSentenceKeys(words: sentences[index].words), features: &features, counts: &counts)
                prepared[index] = (features, counts, EntityTagSet.repaired(sentences[index].tags))
                if !memory.isEmpty {
                    extractor.extract(TaggerSentenceKeys(words: sentences[index].words), memory: memory[index], features: &features, counts: &counts)
                    prepared[sentences.count + index] = (features, counts, EntityTagSet.repaired(sentences[index].tags))
                }
            }
        }
        if symmetric {
            for index in 0..<targetCount { prepared[index] = TaggerDomainAdaptation.withSharedCopies(prepared[index], bucketBits: options.bucketBits) }
        }
        let strideOf: (Int) -> Int = { symmetric || $0 >= targetCount ? 2 * TaggerFeatureExtractor.maxFeatures : TaggerFeatureExtractor.maxFeatures }

        /// One averaged perceptron, visiting the sentences in the order `seed` shuffles them.
        func trainMember(seed: UInt64, member: Int) -> TaggerModel {
            if options.crf {
                return CRFLearner(learningRate: options.learningRate, l2: options.l2).train(
                    prepared, stride: strideOf,
                    start: empty, epochs: options.epochs, seed: seed,
                    afterEpoch: afterEpoch.map { report in { report(member * options.epochs + $0, $1) } })
            }
            var model = empty
            // Averaging by the usual trick: `totals` accumulates step * update, and the average is
            // weights - totals / steps.
            var totals = [Double](repeating: 0, count: rows * T)
            var transitionTotals = [Double](repeating: 0, count: T * T)
            var startTotals = [Double](repeating: 0, count: T)
            var step = 1.0
            var order = Array(prepared.indices)
            var random = SplitMix64(seed: seed)
            // Dropped features point here; the row is cleared after every update.
            let sink = empty.extractor.bucket(255, 0)
            var emissions: [Float] = []
            var scores: [Float] = []

            func averaged() -> TaggerModel {
                var m = model
                for i in m.weights.indices { m.weights[i] = Float(Double(model.weights[i]) - totals[i] / step) }
                for i in m.transitions.indices { m.transitions[i] = Float(Double(model.transitions[i]) - transitionTotals[i] / step) }
                for i in m.start.indices { m.start[i] = Float(Double(model.start[i]) - startTotals[i] / step) }
                return m
            }

            // Pre-training on the other domain's sentences (their shared features only): the
            // weights start from what WikiFANE teaches, and the averaged ANERcorp epochs correct it.
            if options.pretrainEpochs > 0, targetCount < prepared.count {
                var wikiOrder = Array(targetCount..<prepared.count)
                for _ in 0..<options.pretrainEpochs {
                    for i in Swift.stride(from: wikiOrder.count - 1, to: 0, by: -1) { wikiOrder.swapAt(i, Int(random.next() % UInt64(i + 1))) }
                    for index in wikiOrder {
                        let s = prepared[index]
                        let n = s.gold.count, width = 2 * TaggerFeatureExtractor.maxFeatures
                        let shared = s.counts.map { $0 / 2 }
                        let predicted = Self.decode(model, features: s.features, counts: shared, stride: width, wordCount: n,
                                                    emissions: &emissions, scores: &scores, gold: s.gold, cost: 0)
                        guard predicted != s.gold else { continue }
                        for i in 0..<n {
                            let g = s.gold[i], p = predicted[i]
                            if g != p {
                                for k in (i * width)..<(i * width + shared[i]) {
                                    let r = Int(s.features[k]) * T
                                    model.weights[r + g] += 1; model.weights[r + p] -= 1
                                }
                            }
                            if i == 0 { if g != p { model.start[g] += 1; model.start[p] -= 1 } }
                            else {
                                let gt = s.gold[i - 1] * T + g, pt = predicted[i - 1] * T + p
                                if gt != pt { model.transitions[gt] += 1; model.transitions[pt] -= 1 }
                            }
                        }
                    }
                }
                order = Array(0..<targetCount)
            }
            for epoch in 1...max(1, options.epochs) {
                // Fisher-Yates with the seeded generator.
                for i in stride(from: order.count - 1, to: 0, by: -1) {
                    order.swapAt(i, Int(random.next() % UInt64(i + 1)))
                }
                for index in order {
                    var s = prepared[index]
                    let n = s.gold.count
                    let stride = strideOf(index)
                    // Word dropout: some words lose their identity features (the word, its stem,
                    // its bare stem) for this visit, as an unseen word has them at zero, so the
                    // model learns to find names from context and spelling too.
                    if options.wordDropout > 0, index < targetCount {
                        let threshold = UInt64(Double(options.wordDropout) * Double(UInt64.max))
                        for i in 0..<n where random.next() < threshold {
                            for slot in 1...3 where slot < s.counts[i] { s.features[i * stride + slot] = sink }
                        }
                    }
                    let predicted = Self.decode(model, features: s.features, counts: s.counts, stride: stride, wordCount: n,
                                                emissions: &emissions, scores: &scores, gold: s.gold, cost: options.cost)
                    if predicted != s.gold {
                        // The perceptron steps by 1; passive-aggressive (PA-I) by just enough to
                        // score the gold sequence above the predicted one by the loss, at most C.
                        var tau: Float = 1
                        if options.passiveAggressive > 0 {
                            var margin: Float = 0, squares: Float = 0, wrong = 0
                            for i in 0..<n {
                                let g = s.gold[i], p = predicted[i]
                                if g != p { margin += emissions[i * T + p] - emissions[i * T + g]; squares += 2 * Float(s.counts[i]); wrong += 1 }
                                let (gt, pt) = i == 0 ? (-1, -1) : (s.gold[i - 1] * T + g, predicted[i - 1] * T + p)
                                if i == 0 { if g != p { margin += model.start[p] - model.start[g]; squares += 2 } }
                                else if gt != pt { margin += model.transitions[pt] - model.transitions[gt]; squares += 2 }
                            }
                            let loss = max(margin, 0) + (options.cost == 0 ? Float(wrong).squareRoot() : 0)
                            tau = min(options.passiveAggressive, loss / max(squares, 1))
                        }
                        let stepTau = step * Double(tau)
                        for i in 0..<n {
                            let g = s.gold[i], p = predicted[i]
                            if g != p {
                                let base = i * stride
                                for k in base..<(base + s.counts[i]) {
                                    let r = Int(s.features[k]) * T
                                    model.weights[r + g] += tau; totals[r + g] += stepTau
                                    model.weights[r + p] -= tau; totals[r + p] -= stepTau
                                }
                            }
                            if i == 0 {
                                if g != p {
                                    model.start[g] += tau; startTotals[g] += stepTau
                                    model.start[p] -= tau; startTotals[p] -= stepTau
                                }
                            } else {
                                let gt = s.gold[i - 1] * T + g, pt = predicted[i - 1] * T + p
                                if gt != pt {
                                    model.transitions[gt] += tau; transitionTotals[gt] += stepTau
                                    model.transitions[pt] -= tau; transitionTotals[pt] -= stepTau
                                }
                            }
                        }
                    }
                    if options.wordDropout > 0 {
                        for t in 0..<T { model.weights[Int(sink) * T + t] = 0; totals[Int(sink) * T + t] = 0 }
                    }
                    step += 1
                }
                afterEpoch?(member * options.epochs + epoch, symmetric ? TaggerDomainAdaptation.fold(averaged()) : averaged())
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
        return symmetric ? TaggerDomainAdaptation.fold(sum) : sum
    }
}

extension PerceptronTrainer {
    /// Training-time decoding: features with any stride (another domain's words carry twice as
    /// many, `TaggerDomainAdaptation`), no O bias, and cost-augmented when `cost` is not 0: every
    /// tag but the gold one gets `cost` extra, and O gets `cost` more where the gold tag is a name.
    static func decode(_ model: TaggerModel, features: [UInt32], counts: [Int], stride: Int, wordCount n: Int,
                       emissions: inout [Float], scores: inout [Float], gold: [Int], cost: Float) -> [Int] {
        let T = EntityTagSet.count
        Self.emissions(model, features: features, counts: counts, stride: stride, wordCount: n, emissions: &emissions, scores: &scores)
        if cost != 0 {
            for i in 0..<n {
                for t in 0..<T where t != gold[i] { emissions[i * T + t] += cost }
                if gold[i] != EntityTagSet.outside { emissions[i * T] += cost }
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
