/// Training on a second corpus from another domain (WikiFANE) by feature augmentation
/// (Daumé 2007, "Frustratingly easy domain adaptation"), in its asymmetric form.
///
/// Plain training on WikiFANE's sentences lowers the development F1 (another domain, other
/// annotation habits). Here each of its words' features fires twice: once as itself (the copy
/// ANERcorp and the running tagger use) and once as a copy only that corpus has. The perceptron
/// can then put what is peculiar to the other corpus on its own copies and keep the shared
/// weights for what both agree on. At run time only the shared copy exists, so tagging costs
/// nothing more and the model file does not change shape.
enum TaggerDomainAdaptation {
    /// Template of the other-domain copies (the bucket is rehashed under it).
    static let template: UInt32 = 200

    /// The other-domain copy of a bucket.
    @inline(__always)
    static func copy(of bucket: UInt32, shift: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: FeatureHash.feature(template, UInt64(bucket)) >> shift)
    }

    /// The features of other-domain sentences, each word's buckets followed by their copies, with
    /// stride `2 * TaggerFeatureExtractor.maxFeatures`. The lexicons are jackknifed within the
    /// corpus (`folds`): a sentence of fold k sees names, word statistics and letter trigrams
    /// learnt from the other folds only, as ANERcorp's sentences do for their names.
    static func prepare(_ sentences: [TaggerTrainingSentence], targetCorpus: [TaggerTrainingSentence],
                        gazetteer: TaggerGazetteer, wordClusters: TaggerWordClusters, options: PerceptronTrainer.Options,
                        folds: Int = 5) -> [(features: [UInt32], counts: [Int], gold: [Int])] {
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
                        doubled[to + k] = features[from + k]
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
