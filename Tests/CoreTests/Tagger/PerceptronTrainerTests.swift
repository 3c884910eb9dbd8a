@testable import ArticleCore
import XCTest

/// Training, the model file and the tagger API, on a small hand-made corpus.
final class PerceptronTrainerTests: XCTestCase {
    static func sentence(_ text: String) -> TaggerTrainingSentence {
        // "word/TAG" or "word" (O), separated by spaces.
        let parts = text.split(separator: " ").map { part -> (String, Int) in
            let pieces = part.split(separator: "/")
            return (String(pieces[0]), pieces.count > 1 ? EntityTagSet.index(of: String(pieces[1]))! : 0)
        }
        return TaggerTrainingSentence(words: parts.map(\.0), tags: parts.map(\.1))
    }

    static let corpus = [
        "قال/O الرئيس/O سمير/B-PERS حداد/I-PERS إن/O الوفد/O وصل/O إلى/O عمان/B-LOC",
        "وزار/O الوزير/O كريم/B-PERS نصار/I-PERS مدينة/O حلب/B-LOC أمس/O",
        "أعلنت/O منظمة/B-ORG الصحة/I-ORG العالمية/I-ORG أن/O الوباء/O انحسر/O",
        "وقال/O سمير/B-PERS إن/O المباحثات/O في/O عمان/B-LOC كانت/O مثمرة/O",
        "ويزور/O وفد/O من/O منظمة/B-ORG الصحة/I-ORG العالمية/I-ORG حلب/B-LOC",
        "اشترى/O البنك/O أسهما/O بمليون/O دولار/B-MISC",
    ].map(sentence)

    static let gazetteer = TaggerGazetteer.standard(cityNames: ["عمان", "حلب"])

    private func train(seed: UInt64 = 1) -> TaggerModel {
        PerceptronTrainer(options: .init(epochs: 5, bucketBits: 14, seed: seed)).train(Self.corpus, gazetteer: Self.gazetteer, folds: 2)
    }

    func testTrainingIsDeterministic() {
        let a = TaggerModelFile.encode(train())
        let b = TaggerModelFile.encode(train())
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, TaggerModelFile.encode(train(seed: 2)), "the seed should change the visiting order")
    }

    func testModelLearnsItsTrainingSentences() {
        let tagger = EntityTagger(model: train())
        for s in Self.corpus {
            XCTAssertEqual(tagger.tag(s.words), s.tags.map { EntityTagSet.tags[$0] }, s.words.joined(separator: " "))
        }
    }

    func testModelFileRoundTrip() throws {
        var model = train()
        model.outsideBias = -1.5
        let bytes = TaggerModelFile.encode(model)
        let decoded = try TaggerModelFile.decode(bytes)
        XCTAssertEqual(decoded.bucketBits, model.bucketBits)
        XCTAssertEqual(decoded.transitions, model.transitions)
        XCTAssertEqual(decoded.start, model.start)
        XCTAssertEqual(decoded.outsideBias, -1.5)
        XCTAssertEqual(decoded.gazetteer, model.gazetteer)
        XCTAssertEqual(decoded.names, model.names)
        // Weights are stored as 16-bit steps of the largest weight: within half a step.
        let step = model.weights.map(abs).max()! / 32767
        XCTAssertTrue(decoded.weights.isEmpty, "a stored model keeps its weights compact")
        let stored = decoded.weightTable.dense()
        XCTAssertEqual(stored.count, model.weights.count)
        for (a, b) in zip(stored, model.weights) { XCTAssertEqual(a, b, accuracy: step / 2 + 1e-6) }
        XCTAssertLessThan(decoded.weightTable.rowCount, 1 << model.bucketBits, "only non-zero rows are kept")
        // Once quantised, a second round trip is exact, and the tags are unchanged.
        XCTAssertEqual(TaggerModelFile.encode(decoded), bytes)
        for s in Self.corpus { XCTAssertEqual(EntityTagger(model: decoded).tag(s.words), EntityTagger(model: model).tag(s.words)) }
    }

    func testDamagedModelFileIsRejected() {
        let bytes = TaggerModelFile.encode(train())
        XCTAssertThrowsError(try TaggerModelFile.decode(Array(bytes.dropLast(3))))
        XCTAssertThrowsError(try TaggerModelFile.decode(Array("not a model".utf8)))
    }

    func testGazetteerFindsLongestNamesWithProclitics() {
        let keys = TaggerSentenceKeys(words: ["زار", "وحلب", "والولايات", "المتحدة"])
        let extractor = TaggerFeatureExtractor(gazetteer: Self.gazetteer, names: TaggerGazetteer(keys: [], masks: []),
                                               wordStatistics: TaggerGazetteer(keys: [], masks: []), characterModel: .empty, bucketBits: 10)
        var features: [UInt32] = [], counts: [Int] = []
        extractor.extract(keys, features: &features, counts: &counts)
        XCTAssertEqual(counts.prefix(4).allSatisfy { $0 > 10 && $0 <= TaggerFeatureExtractor.maxFeatures }, true)
        // The coverage itself: وحلب is a city, والولايات المتحدة a two-word country (CLDR).
        let hashes = (0..<4).map { i -> UInt64 in FeatureHash.key(["زار", "وحلب", "والولايات", "المتحدة"].map(MatchKey.key)[i]) }
        let stems = ["زار", "حلب", "الولايات", "المتحدة"].map { FeatureHash.key(MatchKey.key($0)) }
        var coverage = [UInt8](repeating: 0, count: 4)
        hashes.withUnsafeBufferPointer { h in
            coverage.withUnsafeMutableBufferPointer { c in
                Self.gazetteer.cover(count: 4, firstHashes: { (hashes[$0], stems[$0]) }, wordHashes: h, into: c)
            }
        }
        XCTAssertEqual(coverage[0], 0)
        XCTAssertEqual(coverage[1], TaggerGazetteer.Class.city.bit | 0x80)
        XCTAssertEqual(coverage[2], TaggerGazetteer.Class.country.bit | 0x80)
        XCTAssertEqual(coverage[3], TaggerGazetteer.Class.country.bit)
    }
}
