@testable import ArticleCore
import XCTest

/// Tag-conditioned emissions (`TaggerTagConditioned`): the decoder against brute force and the
/// first-order decoder, and a model with the feature through training, its file and both paths.
final class TaggerTagConditionedTests: XCTestCase {
    private let T = EntityTagSet.count
    private let W = TaggerTagConditioned.width

    private func random(_ count: Int, _ generator: inout SplitMix64, scale: Float = 4) -> [Float] {
        (0..<count).map { _ in Float(generator.next() % 2001) / 1000 * scale - scale }
    }

    private func decode(_ e: [Float], _ pairs: [Float], _ n: Int, _ tr: [Float], _ st: [Float]) -> [Int] {
        e.withUnsafeBufferPointer { e in
            pairs.withUnsafeBufferPointer { p in
                tr.withUnsafeBufferPointer { tr in
                    st.withUnsafeBufferPointer { st in TaggerTagConditioned.decode(emissions: e, pairs: p, count: n, transitions: tr, start: st) }
                }
            }
        }
    }

    /// The score of a whole tag sequence, as the decoder defines it.
    private func score(_ tags: [Int], _ e: [Float], _ pairs: [Float], _ tr: [Float], _ st: [Float]) -> Float {
        var s = st[tags[0]] + pairs[TaggerTagConditioned.startState * T + tags[0]] + e[tags[0]]
        for i in 1..<tags.count {
            s += tr[tags[i - 1] * T + tags[i]] + pairs[i * W + tags[i - 1] * T + tags[i]] + e[i * T + tags[i]]
        }
        return s
    }

    func testDecoderFindsTheBestValidSequence() {
        var generator = SplitMix64(seed: 7)
        let n = 3
        for _ in 0..<40 {
            let e = random(n * T, &generator), pairs = random(n * W, &generator)
            let tr = random(T * T, &generator), st = random(T, &generator)
            let tags = decode(e, pairs, n, tr, st)
            XCTAssertTrue(tags.indices.allSatisfy { EntityTagSet.allows($0 == 0 ? nil : tags[$0 - 1], tags[$0]) }, "\(tags)")
            // Every valid sequence of 3 tags: none scores higher.
            var best = -Float.infinity
            for a in 0..<T where EntityTagSet.allows(nil, a) {
                for b in 0..<T where EntityTagSet.allows(a, b) {
                    for c in 0..<T where EntityTagSet.allows(b, c) { best = max(best, score([a, b, c], e, pairs, tr, st)) }
                }
            }
            XCTAssertEqual(score(tags, e, pairs, tr, st), best, accuracy: 1e-4)
        }
    }

    /// The decoder as a plain scalar scan (what the vector decoder replaced): ties to the lower
    /// previous tag, an I- only after its B- or I-.
    private func scalarDecode(_ e: [Float], _ pairs: [Float], _ n: Int, _ tr: [Float], _ st: [Float]) -> [Int] {
        var score = (0..<T).map { EntityTagSet.isInside($0) ? -Float.infinity : st[$0] + pairs[TaggerTagConditioned.startState * T + $0] + e[$0] }
        var back = [[Int]](repeating: [Int](repeating: 0, count: T), count: n)
        for i in 1..<max(n, 1) {
            var next = [Float](repeating: 0, count: T)
            for t in 0..<T {
                let pair = { (p: Int) in score[p] + (tr[p * self.T + t] + pairs[i * self.W + p * self.T + t]) }
                if !EntityTagSet.isInside(t) {
                    var best = pair(0), arg = 0
                    for p in 1..<T where pair(p) > best { best = pair(p); arg = p }
                    next[t] = best + e[i * T + t]; back[i][t] = arg
                } else {
                    let b = pair(t - 1), c = pair(t)
                    if b >= c { next[t] = b + e[i * T + t]; back[i][t] = t - 1 } else { next[t] = c + e[i * T + t]; back[i][t] = t }
                }
            }
            score = next
        }
        var tag = 0
        for t in 1..<T where score[t] > score[tag] { tag = t }
        var tags = [Int](repeating: 0, count: n)
        tags[n - 1] = tag
        var k = n - 1
        while k > 0 { tag = back[k][tag]; tags[k - 1] = tag; k -= 1 }
        return tags
    }

    func testVectorDecoderMatchesTheScalarScanIncludingTies() {
        var generator = SplitMix64(seed: 23)
        for round in 0..<300 {
            let n = 1 + Int(generator.next() % 12)
            // Few distinct values (round > 150: integers only), so that ties are common.
            func values(_ count: Int) -> [Float] {
                round > 150 ? (0..<count).map { _ in Float(generator.next() % 3) } : random(count, &generator, scale: 2)
            }
            let e = values(n * T), pairs = values(n * W), tr = values(T * T), st = values(T)
            // The decoder reads transitions and conditioned scores as one row (`combine`).
            XCTAssertEqual(decode(e, pairs, n, tr, st), scalarDecode(e, pairs, n, tr, st), "round \(round)")
        }
    }

    func testWithoutConditionedScoresItIsTheFirstOrderDecoder() {
        var generator = SplitMix64(seed: 11)
        for n in [1, 2, 5, 17] {
            let e = random(n * T, &generator), tr = random(T * T, &generator), st = random(T, &generator)
            let first = e.withUnsafeBufferPointer { e in
                tr.withUnsafeBufferPointer { tr in
                    st.withUnsafeBufferPointer { st in BIOViterbiDecoder.decode(emissions: e, count: n, transitions: tr, start: st) }
                }
            }
            XCTAssertEqual(decode(e, [Float](repeating: 0, count: n * W), n, tr, st), first)
        }
    }

    func testConditionedScoreAfterThePreviousTagDecides() {
        // Word 1 alone prefers O; its score as I-PERS after B-PERS tips it into the name, but
        // the same score after O (where I-PERS cannot follow anyway) or after B-LOC does nothing.
        var e = [Float](repeating: 0, count: 2 * T)
        e[EntityTagSet.index(of: "B-PERS")!] = 3
        e[T] = 1
        let tr = [Float](repeating: 0, count: T * T), st = [Float](repeating: 0, count: T)
        var pairs = [Float](repeating: 0, count: 2 * W)
        XCTAssertEqual(decode(e, pairs, 2, tr, st).map { EntityTagSet.tags[$0] }, ["B-PERS", "O"])
        pairs[W + EntityTagSet.index(of: "B-LOC")! * T + EntityTagSet.index(of: "I-PERS")!] = 2
        XCTAssertEqual(decode(e, pairs, 2, tr, st).map { EntityTagSet.tags[$0] }, ["B-PERS", "O"])
        pairs[W + EntityTagSet.index(of: "B-PERS")! * T + EntityTagSet.index(of: "I-PERS")!] = 2
        XCTAssertEqual(decode(e, pairs, 2, tr, st).map { EntityTagSet.tags[$0] }, ["B-PERS", "I-PERS"])
    }

    func testFeatureValueKeepsTheProcliticAndTheNameClass() {
        var names = TaggerNameList()
        names.add([PerceptronTrainerTests.sentence("قال/O سمير/B-PERS حداد/I-PERS")])
        let extractor = TaggerFeatureExtractor(gazetteer: PerceptronTrainerTests.gazetteer, names: names.gazetteer(),
                                               wordStatistics: TaggerGazetteer(keys: [], masks: []), characterModel: .empty, bucketBits: 14)
        func value(_ word: String) -> UInt64 {
            let keys = TaggerSentenceKeys(words: [word])
            return keys.scalars.withUnsafeBufferPointer { extractor.conditionedValue(extractor.word($0, 0, $0.count)) }
        }
        XCTAssertEqual(value("طاولة"), value("مدرسة"), "two words the name list does not have")
        XCTAssertEqual(value("وطاولة"), value("ومدرسة"))
        XCTAssertNotEqual(value("وطاولة"), value("طاولة"), "the proclitic is part of the value")
        XCTAssertNotEqual(value("حداد"), value("طاولة"), "so is the stem's name-list class")
        XCTAssertNotEqual(value("وحداد"), value("وطاولة"))
        XCTAssertNotEqual(value("وحداد"), value("حداد"))
    }

    func testTrainedModelTagsAlikeOnBothPathsAndThroughItsFile() throws {
        let options = PerceptronTrainer.Options(epochs: 5, bucketBits: 14, seed: 3)
        XCTAssertTrue(options.tagConditioned, "on by default")
        let model = PerceptronTrainer(options: options).train(PerceptronTrainerTests.corpus, gazetteer: PerceptronTrainerTests.gazetteer, folds: 2)
        XCTAssertTrue(model.tagConditioned)
        var stored = try TaggerModelFile.decode(TaggerModelFile.encode(model))
        XCTAssertTrue(stored.tagConditioned)
        // Some words in the vocabulary (their conditioned scores summed at load), some not.
        stored.vocabulary = ["سمير", "الرئيس", "عمان"]
        let document = (PerceptronTrainerTests.corpus.map(\.words) + [["وقال", "وسمير", "حداد", "إن", "زيلكو", "وصل"]])
            .map { TaggerSentenceKeys(words: $0) }
        let reference = stored.tagIndices(document: document)
        XCTAssertEqual(EntityTagger(model: stored).tagIndices(document: document), reference)
        XCTAssertEqual(reference.prefix(PerceptronTrainerTests.corpus.count).map { $0 },
                       PerceptronTrainerTests.corpus.map(\.tags), "it learns its training sentences")
        // The feature has learnt weights: the conditioned scores of the sentences are not all 0.
        let pairs = document.flatMap { stored.conditionedScores($0, extractor: stored.extractor) }
        XCTAssertEqual(pairs.count, document.reduce(0) { $0 + $1.count } * W)
        XCTAssertTrue(pairs.contains { $0 != 0 })
        var without = stored
        without.tagConditioned = false
        XCTAssertTrue(without.conditionedScores(document[0], extractor: without.extractor).isEmpty)
    }
}
