@testable import ArticleCore
import XCTest

/// Feature augmentation with a second corpus (`TaggerDomainAdaptation`), on hand-made sentences.
final class TaggerDomainAdaptationTests: XCTestCase {
    /// Sentences of "another domain": the same kinds of names in other words.
    static let otherCorpus = [
        "زار/O الرئيس/O فادي/B-PERS عيسى/I-PERS مدينة/O حمص/B-LOC",
        "وقالت/O منظمة/B-ORG العمل/I-ORG الدولية/I-ORG إن/O البطالة/O زادت/O",
        "ويقيم/O فادي/B-PERS في/O حمص/B-LOC منذ/O سنوات/O",
    ].map(PerceptronTrainerTests.sentence)

    private func train(seed: UInt64 = 1) -> TaggerModel {
        PerceptronTrainer(options: .init(epochs: 5, bucketBits: 14, seed: seed))
            .train(PerceptronTrainerTests.corpus, gazetteer: PerceptronTrainerTests.gazetteer, folds: 2,
                   adaptationCorpus: Self.otherCorpus)
    }

    func testFoldedWeightsScoreAsPlainAndSharedCopiesTogether() {
        // A model with random-ish weights: the folded model's score of plain buckets must equal
        // the unfolded model's score of the plain buckets and their shared copies.
        let bits = 12, T = EntityTagSet.count
        var random = SplitMix64(seed: 7)
        let weights = (0..<((1 << bits) * T)).map { _ in Float(Int(random.next() % 2001) - 1000) / 100 }
        let model = TaggerModel(bucketBits: bits, weights: weights, transitions: [Float](repeating: 0, count: T * T),
                                start: [Float](repeating: 0, count: T), gazetteer: PerceptronTrainerTests.gazetteer,
                                names: TaggerGazetteer(keys: [], masks: []))
        let folded = TaggerDomainAdaptation.fold(model)
        let shift = UInt64(64 - bits)
        for bucket: UInt32 in [0, 1, 17, 999, 4095] {
            let copy = Int(TaggerDomainAdaptation.sharedCopy(of: bucket, shift: shift))
            for t in 0..<T {
                XCTAssertEqual(folded.weights[Int(bucket) * T + t], weights[Int(bucket) * T + t] + weights[copy * T + t], accuracy: 1e-4)
            }
        }
    }

    func testSharedCopiesFollowEachWordsBuckets() {
        let m = TaggerFeatureExtractor.maxFeatures
        var features = [UInt32](repeating: 0, count: 2 * m)
        features[0] = 5; features[1] = 9; features[m] = 11
        let doubled = TaggerDomainAdaptation.withSharedCopies((features, [2, 1], [0, 1]), bucketBits: 14)
        XCTAssertEqual(doubled.counts, [4, 2])
        XCTAssertEqual(Array(doubled.features[0..<2]), [5, 9])
        XCTAssertEqual(doubled.features[2], TaggerDomainAdaptation.sharedCopy(of: 5, shift: 50))
        XCTAssertEqual(doubled.features[3], TaggerDomainAdaptation.sharedCopy(of: 9, shift: 50))
        XCTAssertEqual(doubled.features[2 * m], 11)
        XCTAssertEqual(doubled.features[2 * m + 1], TaggerDomainAdaptation.sharedCopy(of: 11, shift: 50))
    }

    func testAdaptedTrainingIsDeterministicAndLearnsTheTrainingCorpus() {
        let model = train()
        XCTAssertEqual(TaggerModelFile.encode(model), TaggerModelFile.encode(train()))
        XCTAssertNotEqual(model.weights, PerceptronTrainer(options: .init(epochs: 5, bucketBits: 14, seed: 1))
            .train(PerceptronTrainerTests.corpus, gazetteer: PerceptronTrainerTests.gazetteer, folds: 2).weights,
            "the other corpus should change the weights")
        let tagger = EntityTagger(model: model)
        for s in PerceptronTrainerTests.corpus {
            XCTAssertEqual(tagger.tag(s.words), s.tags.map { EntityTagSet.tags[$0] }, s.words.joined(separator: " "))
        }
    }
}
