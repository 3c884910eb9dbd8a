@testable import ArticleCore
import XCTest

/// The features learnt or gathered beyond one tagged sentence: word classes from untagged text,
/// and the document memory of the second pass.
final class TaggerDocumentLevelTests: XCTestCase {
    /// Forty place-like words seen only after "في", forty verb-like words seen only before "أن".
    private var untagged: [[String]] {
        var sentences: [[String]] = []
        for round in 0..<3 {
            for k in 0..<40 {
                sentences.append(["وصل", "الوفد", "في", "مدينة\(k)x", "اليوم"])
                sentences.append(["هو", "فعل\(k)y", "أن", "الأمر", round == 0 ? "واضح" : "صعب"])
            }
        }
        return sentences
    }

    func testWordClassesGroupWordsSharingNeighboursAndAreDeterministic() {
        let clusters = TaggerWordClusters.learn(from: untagged)
        XCTAssertEqual(clusters, TaggerWordClusters.learn(from: untagged), "same text, same classes")
        func classes(_ word: String) -> UInt32 { clusters.lookup(FeatureHash.key(MatchKey.key(word))) }
        let place = classes("مدينة1x"), verb = classes("فعل1y")
        XCTAssertNotEqual(place, 0)
        for level in 0..<TaggerWordClusters.levels.count {
            XCTAssertEqual(TaggerWordClusters.level(classes("مدينة7x"), level), TaggerWordClusters.level(place, level))
            XCTAssertEqual(TaggerWordClusters.level(classes("فعل30y"), level), TaggerWordClusters.level(verb, level))
        }
        XCTAssertNotEqual(TaggerWordClusters.level(place, 2), TaggerWordClusters.level(verb, 2))
        XCTAssertEqual(classes("غائبة"), 0, "a word never seen has no class")
        XCTAssertEqual(TaggerWordClusters.learn(from: [["قليل", "جدا"]]), .empty, "too little text: no classes")
    }

    func testDocumentMemoryReportsOtherMentionsWithinTheWindow() {
        let person = EntityTagSet.index(of: "B-PERS")!, outside = EntityTagSet.outside
        var sentences: [[String]] = [["قال", "كولو", "إن", "الفريق", "جاهز"], ["وكولو", "لاعب"]]
        var tags: [[Int]] = [[outside, person, outside, outside, outside], [outside, outside]]
        // Filler sentences push a last mention out of the window.
        for _ in 0..<TaggerDocumentMemory.window { sentences.append(["جاء", "المطر"]); tags.append([outside, outside]) }
        sentences.append(["كولو", "هنا"]); tags.append([outside, outside])
        let memory = TaggerDocumentMemory.recall(sentences.map { TaggerSentenceKeys(words: $0) }, firstPass: tags)
        // "وكولو" (proclitic و) in sentence 1: the one other mention in its window is a person.
        XCTAssertEqual(memory[1][0] & 0x07, 4, "all other mentions are names")
        XCTAssertEqual((memory[1][0] >> 3) & 0x07, 1, "PERS")
        XCTAssertEqual(memory[1][0] >> 6, 1, "one other mention")
        // "كولو" in sentence 0: its other mention was tagged O (the word itself does not count).
        XCTAssertEqual(memory[0][1] & 0x07, 1)
        XCTAssertEqual(memory[0][1] >> 6, 1)
        XCTAssertEqual(memory[0][0], 0, "no other mention")
        // The last mention is beyond the window of the first two.
        XCTAssertEqual(memory[sentences.count - 1][0], 0)
    }

    func testTwoPassModelRoundTripsThroughTheModelFile() throws {
        var options = PerceptronTrainer.Options(epochs: 3, bucketBits: 12, members: 1)
        options.memoryFolds = 2
        let corpus = [
            "قال/O كولو/B-PERS إن/O الفريق/O جاهز/O",
            "وصل/O كولو/B-PERS إلى/O لندن/B-LOC",
            "لعب/O كولو/B-PERS أمس/O",
            "زار/O الوفد/O لندن/B-LOC أمس/O",
        ].map(PerceptronTrainerTests.sentence)
        let model = PerceptronTrainer(options: options).train(corpus, gazetteer: TaggerGazetteer(keys: [], masks: []),
                                                              wordClusters: TaggerWordClusters.learn(from: untagged), folds: 2)
        XCTAssertTrue(model.documentMemory)
        let decoded = try TaggerModelFile.decode(TaggerModelFile.encode(model))
        XCTAssertTrue(decoded.documentMemory)
        XCTAssertEqual(decoded.wordClusters, model.wordClusters)
        let document = corpus.map { TaggerSentenceKeys(words: $0.words) }
        XCTAssertEqual(decoded.tagIndices(document: document), model.tagIndices(document: document))
        XCTAssertEqual(model.tagIndices(document: document), corpus.map { EntityTagSet.repaired($0.tags) }, "learns its training text")
    }
}
