@testable import ArticleCore
import XCTest

/// The run-time path (`PresummedTagger`: pre-summed vectors per word type, compact weight table)
/// against training's path (`TaggerModel.scoredTagIndices`: every feature in one buffer, summed
/// row by row), and the pieces it is made of.
final class PresummedTaggerTests: XCTestCase {
    /// Differing tokens allowed between the two paths over the ANERcorp sentences below: the
    /// paths add the same quantised weights in another order (exact integers against Floats), so
    /// a tag can only flip where two scores tie to about 1e-5.
    static let maxDifferingTokens = 3
    static let scoreTolerance: Float = 1e-3

    /// The last `count` sentences of ANERcorp (its development split, 397 sentences, and the
    /// training sentences before it), in order, as word lists.
    static func anercorpSentences(count: Int) throws -> [[String]] {
        let raw = try String(contentsOf: SharedData.url("data/anercorp/ANERCorp_CamelLab_train.txt"), encoding: .utf8)
        var sentences: [[String]] = [[]]
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let parts = line.split(separator: " ")
            if parts.count == 2 { sentences[sentences.count - 1].append(String(parts[0])) }
            else if !sentences[sentences.count - 1].isEmpty { sentences.append([]) }
        }
        return Array(sentences.filter { !$0.isEmpty }.suffix(count))
    }

    func testPresummedPathMatchesReferencePathOnANERcorp() throws {
        let sentences = try Self.anercorpSentences(count: 600)
        XCTAssertGreaterThanOrEqual(sentences.count, 500)
        let tagger = EntityTagger.bundled
        let document = sentences.map { TaggerSentenceKeys(words: $0) }
        let reference = tagger.model.scoredTagIndices(document: document, extractor: tagger.model.extractor)
        let fast = tagger.tagIndices(document: document)
        var differing = 0, tokens = 0
        for (a, b) in zip(fast, reference.tags) {
            XCTAssertEqual(a.count, b.count)
            for (x, y) in zip(a, b) where x != y { differing += 1 }
            tokens += a.count
        }
        print("presummed vs reference path: \(differing) of \(tokens) tokens tagged differently in \(sentences.count) sentences")
        XCTAssertLessThanOrEqual(differing, Self.maxDifferingTokens)
        // Scores of the last pass, word by word (flat over the text).
        let fastScores = tagger.presummed.tag(document: document).scores
        let referenceScores = reference.scores.flatMap { $0 }
        XCTAssertEqual(fastScores.count, referenceScores.count)
        var worst: Float = 0
        for (a, b) in zip(fastScores, referenceScores) { worst = max(worst, abs(a - b)) }
        print("presummed vs reference path: largest score difference \(worst)")
        XCTAssertLessThanOrEqual(worst, differing == 0 ? Self.scoreTolerance : .infinity)
    }

    func testWordsInAndOutOfTheVocabularyScoreExactlyAlike() {
        // Sentences written for this test; some words are in the model's vocabulary, some not.
        let sentences = [
            ["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس", "إن", "المحادثات", "مثمرة", "."],
            ["وأعلنت", "وزارة", "الخارجية", "الكازاخستانية", "أن", "الوفد", "سيصل", "إلى", "أستانا", "غدا", "."],
            ["وأكد", "زيلكوفيتشينسكي", "أن", "شركة", "بلوتراكس", "ستفتح", "مكتبا", "في", "نواكشوط", "."],
        ]
        var model = EntityTagger.bundled.model
        let withVocabulary = PresummedTagger(model: model)
        model.vocabulary = []
        let without = PresummedTagger(model: model)
        XCTAssertGreaterThan(withVocabulary.vocabulary.count, 10_000)
        XCTAssertEqual(without.vocabulary.count, 0)
        let document = sentences.map { TaggerSentenceKeys(words: $0) }
        let a = withVocabulary.tag(document: document), b = without.tag(document: document)
        XCTAssertEqual(a.tags, b.tags)
        XCTAssertEqual(a.scores, b.scores, "integer sums: the same whatever the order")
        // Some of these words are known, some are not: both kinds were exercised.
        let hashes = document.flatMap { keys in
            keys.scalars.withUnsafeBufferPointer { s in
                (0..<keys.count).map { TaggerVocabulary.keyHash(UnsafeBufferPointer(rebasing: s[keys.starts[$0]..<keys.starts[$0 + 1]])) }
            }
        }
        let known = hashes.filter { withVocabulary.vocabulary.index.value($0) >= 0 }.count
        XCTAssertGreaterThan(known, 10)
        XCTAssertLessThan(known, hashes.count)
        XCTAssertTrue(a.tags.contains { $0 != EntityTagSet.outside }, "some names are found")
    }

    func testWeightTableFindsEveryNonZeroRow() {
        let T = EntityTagSet.count, bits = 10
        var dense = [Float](repeating: 0, count: (1 << bits) * T)
        var random = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let r = Int(random.next() % UInt64(1 << bits)), t = Int(random.next() % UInt64(T))
            dense[r * T + t] = Float(Int(random.next() % 2001) - 1000) / 10
        }
        let table = TaggerWeightTable(quantising: dense, bucketBits: bits)
        let step = dense.map(abs).max()! / 32767
        for (a, b) in zip(table.dense(), dense) { XCTAssertEqual(a, b, accuracy: step / 2 + 1e-6) }
        for r in 0..<(1 << bits) {
            let nonZero = (0..<T).contains { Int16((dense[r * T + $0] / table.scale).rounded()) != 0 }
            XCTAssertEqual(table.offset(of: UInt32(r)) != nil, nonZero, "row \(r)")
        }
        // Sums through the pointer view equal the quantised values.
        var sums = [Int32](repeating: 0, count: T)
        let buckets: [UInt32] = [3, 3, 17, 900]
        sums.withUnsafeMutableBufferPointer { s in for b in buckets { table.add(b, to: s.baseAddress!) } }
        for t in 0..<T {
            let expected = buckets.reduce(Int32(0)) { $0 + Int32((dense[Int($1) * T + t] / table.scale).rounded()) }
            XCTAssertEqual(sums[t], expected)
        }
    }

    func testHashIndexFindsKeysAndMissesOthers() {
        let keys: [UInt64] = (1...1000).map { $0 &* 0x9E37_79B9_7F4A_7C15 }
        let index = HashIndex(keys: keys, values: keys.indices.map { $0 * 3 })
        for (i, k) in keys.enumerated() { XCTAssertEqual(index.value(k), i * 3) }
        XCTAssertEqual(index.value(12345), -1)
        XCTAssertEqual(HashIndex(rowsOf: []).value(1), -1)
        XCTAssertEqual(HashIndex(keys: [5, 5], values: [1, 2]).value(5), 1, "the first value of a repeated key")
    }

    func testPreviousModelFileVersionsAreRead() throws {
        // Version 7: the same layout without the tag-conditioned flag (4 bytes after the
        // two-pass flag, before the vocabulary's length); version 6 also without the vocabulary
        // (its 4-byte length). Both read as models without the tag-conditioned feature.
        var model = EntityTagger.bundled.model
        XCTAssertTrue(model.tagConditioned, "the committed model has the tag-conditioned feature")
        model.vocabulary = []
        model.tagConditioned = false
        let current = TaggerModelFile.encode(model)
        let table = model.weightTable
        let tail = 4 + ((1 << model.bucketBits) + 7) / 8 + table.values.count * 2   // scale, bitmap, rows
        // Before the tail: the two-pass flag, the tag-conditioned flag, the vocabulary's length (0).
        let flagEnd = current.count - tail - 4
        XCTAssertEqual(Array(current[(flagEnd - 4)..<flagEnd]), [0, 0, 0, 0])
        let version7 = Array("ARTAGGR7".utf8) + current[8..<(flagEnd - 4)] + current[flagEnd...]
        let version6 = Array("ARTAGGR6".utf8) + current[8..<(flagEnd - 4)] + current[(current.count - tail)...]
        for previous in [version7, version6] {
            let decoded = try TaggerModelFile.decode(previous)
            XCTAssertTrue(decoded.vocabulary.isEmpty)
            XCTAssertFalse(decoded.tagConditioned)
            XCTAssertEqual(decoded.weightTable, table)
            XCTAssertEqual(TaggerModelFile.encode(decoded), current)
        }
        XCTAssertFalse(EntityTagger.bundled.model.vocabulary.isEmpty, "the committed model carries its vocabulary")
    }

    func testVocabularyListIsFrequentWordsFirst() {
        let words = TaggerVocabulary.words(of: [["في", "بيروت", "في"], ["في", "بيروت", "عمان"]], minimumCount: 2, stemFormsMinimum: nil)
        XCTAssertEqual(words, ["في", "بيروت"])
    }

    func testVocabularyListsTheFormsOfFrequentStemsAfterTheSeenWords() {
        // The stem مصر three times with three different clitics; عمان and في once.
        let words = TaggerVocabulary.words(of: [["في", "مصر", "ومصر"], ["لمصر", "عمان"]], minimumCount: 1, stemFormsMinimum: 3)
        XCTAssertEqual(Array(words.prefix(5)), ["عمان", "في", "لمصر", "مصر", "ومصر"])
        // The forms of مصر not seen, in `stemFormPrefixes` order; none of عمان or في.
        XCTAssertEqual(Array(words.dropFirst(5)), ["المصر", "والمصر", "بمصر", "بالمصر", "للمصر"])
        // The stem of a word with the article and a proclitic is its bare stem.
        XCTAssertEqual(TaggerVocabulary.stemForms(counts: ["والقاهره": 2, "بالقاهره": 1], minimum: 3).first, "قاهره")
        XCTAssertEqual(TaggerVocabulary.stemForms(counts: ["للقاهره": 3], minimum: 3).count, TaggerVocabulary.stemFormPrefixes.count)
    }

}
