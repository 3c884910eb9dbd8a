/// Training on a second corpus from another domain (WikiFANE) by feature augmentation
/// (Daumé 2007, "Frustratingly easy domain adaptation").
///
/// Plain training on WikiFANE's sentences lowers the development F1 (another domain, other
/// annotation habits). Here every feature fires twice: as a shared copy both corpora have, and
/// as a copy of its corpus alone (ANERcorp's is the plain bucket itself, WikiFANE's a rehash).
/// The perceptron can then put what is peculiar to either corpus on its own copies and keep the
/// shared weights for what both agree on. Copies are functions of the bucket, so after training
/// `fold` adds each bucket's shared copy into it: the running tagger sees plain buckets only,
/// costs nothing more, and the model file does not change shape. The copies crowd the hashed
/// weight table, so this pays only with a larger one (2^22 rows; at 2^20 it lost 0.2 F1).
enum TaggerDomainAdaptation {
    /// Templates of the other-domain copies and of the shared copies (the bucket is rehashed).
    static let template: UInt32 = 200
    static let sharedTemplate: UInt32 = 201

    /// The shared copy of a bucket.
    @inline(__always)
    static func sharedCopy(of bucket: UInt32, shift: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: FeatureHash.feature(sharedTemplate, UInt64(bucket)) >> shift)
    }

    /// Each word's buckets followed by their shared copies (stride doubled), for the training
    /// corpus's sentences.
    static func withSharedCopies(_ s: (features: [UInt32], counts: [Int], gold: [Int]), bucketBits: Int) -> (features: [UInt32], counts: [Int], gold: [Int]) {
        let shift = UInt64(64 - bucketBits), m = TaggerFeatureExtractor.maxFeatures
        let n = s.gold.count
        var doubled = [UInt32](repeating: 0, count: n * 2 * m), counts = [Int](repeating: 0, count: n)
        for i in 0..<n {
            let c = s.counts[i]
            for k in 0..<c {
                doubled[i * 2 * m + k] = s.features[i * m + k]
                doubled[i * 2 * m + c + k] = sharedCopy(of: s.features[i * m + k], shift: shift)
            }
            counts[i] = 2 * c
        }
        return (doubled, counts, s.gold)
    }

    /// The run-time weights of a model trained with copies: each bucket plus its shared copy.
    /// With `used` (the buckets some training feature has), every other row is cleared: it holds
    /// only copies, which no feature reaches at run time, and would bloat the model file.
    static func fold(_ model: TaggerModel, used: [Bool]? = nil) -> TaggerModel {
        let T = EntityTagSet.count, shift = UInt64(64 - model.bucketBits)
        var folded = model
        for r in 0..<(1 << model.bucketBits) {
            if let used, !used[r] {
                for t in 0..<T { folded.weights[r * T + t] = 0 }
                continue
            }
            let c = Int(sharedCopy(of: UInt32(r), shift: shift)) * T
            for t in 0..<T { folded.weights[r * T + t] += model.weights[c + t] }
        }
        return folded
    }

    /// The other-domain copy of a bucket.
    @inline(__always)
    static func copy(of bucket: UInt32, shift: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: FeatureHash.feature(template, UInt64(bucket)) >> shift)
    }

    /// The features of other-domain sentences, each word's shared copies followed by its own, with
    /// stride `2 * TaggerFeatureExtractor.maxFeatures`. The lexicons are jackknifed within the
    /// corpus (`folds`): a sentence of fold k sees names, word statistics and letter trigrams
    /// learnt from the other folds only, as ANERcorp's sentences do for their names.
    static func prepare(_ sentences: [TaggerTrainingSentence], targetCorpus: [TaggerTrainingSentence],
                        gazetteer: TaggerGazetteer, wordClusters: TaggerWordClusters, options: PerceptronTrainer.Options,
                        used: inout [Bool], folds: Int = 5) -> [(features: [UInt32], counts: [Int], gold: [Int])] {
        let stride = 2 * TaggerFeatureExtractor.maxFeatures
        let shift = UInt64(64 - options.bucketBits)
        var prepared: [(features: [UInt32], counts: [Int], gold: [Int])] = Array(repeating: ([], [], []), count: sentences.count)
        for fold in 0..<folds {
            let others = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            var names = TaggerNameList()
            names.add(others + targetCorpus)
            let wordStatistics = options.wordStatistics ? TaggerWordStatistics.table(from: others) : TaggerGazetteer(keys: [], masks: [])
            let characterModel = options.characterModel ? TaggerCharacterModel.learn(from: others) : .empty
            var extractor = TaggerFeatureExtractor(gazetteer: gazetteer, names: names.gazetteer(), wordStatistics: wordStatistics,
                                                   characterModel: characterModel, bucketBits: options.bucketBits)
            extractor.wordClusters = wordClusters
            var features: [UInt32] = [], counts: [Int] = []
            for index in Swift.stride(from: fold, to: sentences.count, by: folds) {
                let n = sentences[index].words.count
                extractor.extract(TaggerSentenceKeys(words: sentences[index].words), features: &features, counts: &counts)
                var doubled = [UInt32](repeating: 0, count: n * stride)
                var doubledCounts = [Int](repeating: 0, count: n)
                for i in 0..<n {
                    let from = i * TaggerFeatureExtractor.maxFeatures, to = i * stride, c = counts[i]
                    for k in 0..<c {
                        used[Int(features[from + k])] = true
                        doubled[to + k] = sharedCopy(of: features[from + k], shift: shift)
                        doubled[to + c + k] = copy(of: features[from + k], shift: shift)
                    }
                    doubledCounts[i] = 2 * c
                }
                prepared[index] = (doubled, doubledCounts, EntityTagSet.repaired(sentences[index].tags))
            }
        }
        return prepared
    }
}
