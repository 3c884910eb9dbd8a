@testable import ArticleCore
import XCTest

/// The lexicons the trainer learns from tagged text: name list, word statistics, letter trigrams.
final class TaggerLexiconTests: XCTestCase {
    private let corpus = [
        "قال/O فلاديمير/B-PERS بوتين/I-PERS إن/O روسيا/B-LOC مستعدة/O",
        "زار/O فلاديمير/B-PERS موسكو/B-LOC أمس/O",
        "أكد/O ديمتري/B-PERS ميدفيديف/I-PERS أن/O الحكومة/O مستعدة/O",
        "قال/O الحكومة/O إن/O وزارة/B-ORG الخارجية/I-ORG مستعدة/O",
    ].map(PerceptronTrainerTests.sentence)

    private func keys(_ words: [String]) -> TaggerSentenceKeys { TaggerSentenceKeys(words: words) }

    func testNameListHasWholeNamesAndTheirWords() {
        var list = TaggerNameList()
        list.add(corpus)
        XCTAssertEqual(list.names.count, 6)
        XCTAssertEqual(list.names[0].words, ["فلاديمير", "بوتين"])
        XCTAssertEqual(list.names[0].type, 0)
        let gazetteer = list.gazetteer()
        // "فلاديمير" is a one-word person name, a word of a person name, and the start of a longer one.
        let first = gazetteer.lookup(FeatureHash.key("فلاديمير"))
        XCTAssertEqual(first & 0x01, 0x01)
        XCTAssertEqual(first & TaggerNameList.personWordBit, TaggerNameList.personWordBit)
        XCTAssertEqual(first & TaggerGazetteer.continues, TaggerGazetteer.continues)
        XCTAssertEqual(gazetteer.lookup(FeatureHash.key("الخارجيه")), TaggerNameList.organisationWordBit)
        XCTAssertEqual(gazetteer.lookup(FeatureHash.key("مستعده")), 0)
    }

    func testWordStatisticsPackTypeShareAndFrequency() {
        let table = TaggerWordStatistics.table(from: corpus)
        let ready = table.lookup(FeatureHash.key(MatchKey.key("مستعدة")))
        XCTAssertEqual(TaggerWordStatistics.type(ready), 0, "always O")
        XCTAssertEqual((ready >> 3) & 0x03, 3, "dominant share")
        XCTAssertEqual(TaggerWordStatistics.type(table.lookup(FeatureHash.key("فلاديمير"))), 1, "PERS")
        XCTAssertEqual(table.lookup(FeatureHash.key("بوتين")), 0, "seen once: not kept")
    }

    func testCharacterModelPrefersTheTypeOfSimilarWords() {
        let model = TaggerCharacterModel.learn(from: corpus)
        func judge(_ word: String) -> (UInt8, UInt8, UInt8, UInt8) {
            let k = keys([word])
            return k.scalars.withUnsafeBufferPointer { model.judge($0, 0, k.starts[1]) }
        }
        // An unseen name ending like the person names, an unseen word built like the O words.
        XCTAssertGreaterThan(judge("فلاديف").0, judge("مستعدات").0)
        XCTAssertEqual(TaggerCharacterModel.empty.keys.count, 0)
        let empty = keys(["كلمة"])
        XCTAssertTrue(empty.scalars.withUnsafeBufferPointer { TaggerCharacterModel.empty.judge($0, 0, empty.starts[1]) } == (0, 0, 0, 0))
    }

    func testCharacterModelJudgesFromItsStoredTrigramsAndUnseenScores() {
        // The judge reads a trigram's log-probabilities from its own table; the same sums made
        // plainly from the stored keys and rows must give the same bins, seen or unseen trigrams.
        let model = TaggerCharacterModel.learn(from: corpus)
        let c = TaggerCharacterModel.classes
        var rows: [UInt64: Int] = [:]
        for (i, k) in model.keys.enumerated() { rows[k] = i }
        XCTAssertFalse(rows.isEmpty)
        for word in ["فلاديمير", "فلاديف", "مستعدة", "مستعدات", "والخارجية", "بوتين", "zqxw", "ب"] {
            let k = keys([word])
            let judged = k.scalars.withUnsafeBufferPointer { model.judge($0, 0, k.starts[1]) }
            var score = model.priors
            k.scalars.withUnsafeBufferPointer { s in
                TaggerCharacterModel.forEachTrigram(s, 0, k.starts[1]) { h in
                    for t in 0..<c { score[t] += rows[h].map { model.logProbabilities[$0 * c + t] } ?? model.unseen[t] }
                }
            }
            func bin(_ odds: Float) -> UInt8 {
                odds < -6 ? 1 : odds < -3 ? 2 : odds < -1 ? 3 : odds < 1 ? 4 : odds < 3 ? 5 : odds < 6 ? 6 : 7
            }
            let expected = (bin(score[1] - score[0]), bin(score[2] - score[0]), bin(score[3] - score[0]), bin(score[4] - score[0]))
            XCTAssertTrue(judged == expected, "\(word): \(judged) against \(expected)")
        }
    }
}
