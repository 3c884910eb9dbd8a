import XCTest
@testable import ArticleCore

/// The sample article against its gold annotation, for the layers of the extraction core's first
/// part: title, authors, paragraph count, dates and amounts. Prints its scores.
final class CoreGoldenTests: XCTestCase {
    func testSampleTitleAuthorsParagraphsDatesAndAmounts() throws {
        let gold = try SharedData.gold
        let bytes = try SharedData.sampleArticle
        guard case .success(let record) = ArticleExtractor().extract(bytes, options: .init(sourceName: "kazakhstan-opinion.ar.txt")) else {
            return XCTFail("the sample did not extract")
        }
        CoreTestSupport.keep(record, name: "sample")

        let titleOK = record.title?.text == gold.title
        let authorsOK = record.authors.map(\.name) == gold.authors
        let paragraphsOK = record.counts.paragraphs == gold.body_paragraphs
        XCTAssertTrue(titleOK, "title: \(record.title?.text ?? "nil")")
        XCTAssertTrue(authorsOK, "authors: \(record.authors.map(\.name))")
        XCTAssertTrue(paragraphsOK, "paragraphs: \(record.counts.paragraphs)")

        var datesRight = 0
        for g in gold.dates {
            if let d = record.dates.first(where: { $0.start == g.start && $0.end == g.end }), d.value == g.value {
                datesRight += 1
            } else {
                XCTFail("date not found with its span and value: \(g.text) = \(g.value)")
            }
        }
        let extraDates = record.dates.filter { d in !gold.dates.contains { $0.start == d.start && $0.end == d.end } }
        XCTAssertTrue(extraDates.isEmpty, "dates not in gold: \(extraDates.map(\.text))")

        var amountsRight = 0
        for g in gold.amounts {
            if let a = record.amounts.first(where: { $0.start == g.start && $0.end == g.end }), a.value == g.value {
                amountsRight += 1
            } else {
                XCTFail("amount not found with its span and value: \(g.text) = \(g.value)")
            }
        }
        XCTAssertEqual(record.amounts.count, gold.amounts.count, "amounts: \(record.amounts.map(\.text))")
        XCTAssertEqual(record.genre?.value, gold.genre)
        XCTAssertEqual(record.language.code, gold.language)

        print("""
            CORE GOLDEN SCORES (sample)
              title exact:      \(titleOK)
              authors exact:    \(authorsOK)
              paragraphs:       \(record.counts.paragraphs) / \(gold.body_paragraphs)
              dates right:      \(datesRight) / \(gold.dates.count)  (extra: \(extraDates.count))
              amounts right:    \(amountsRight) / \(gold.amounts.count)  (predicted: \(record.amounts.count))
              genre:            \(record.genre?.value ?? "nil") (gold \(gold.genre))
              language:         \(record.language.code) (gold \(gold.language))
            """)
    }

    /// Relative dates of the sample resolve once a reference date is given.
    func testSampleRelativeDatesResolveAgainstAReferenceDate() throws {
        let bytes = try SharedData.sampleArticle
        guard case .success(let record) = ArticleExtractor().extract(bytes, options: .init(referenceDate: "2022-01-12")) else {
            return XCTFail("the sample did not extract")
        }
        XCTAssertEqual(record.referenceDate, ReferenceDate(value: "2022-01-12", source: "option"))
        let august = try XCTUnwrap(record.dates.first { $0.text == "شهر آب الماضي" })
        XCTAssertEqual(august.value, "2021-08")
        XCTAssertTrue(august.resolved)
        let current = try XCTUnwrap(record.dates.first { $0.text == "5 كانون الثاني الجاري" })
        XCTAssertEqual(current.value, "2022-01-05")
        XCTAssertEqual(current.resolution, "day")
    }
}
