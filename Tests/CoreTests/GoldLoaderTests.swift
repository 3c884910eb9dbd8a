import XCTest
@testable import ArticleCore

final class GoldLoaderTests: XCTestCase {
    /// The gold file's offsets are code points into the decoded sample: the core's text must agree.
    func testGoldMentionsSliceTheCoreText() throws {
        let gold = try SharedData.gold
        guard case .success(let record) = ArticleExtractor().extract(try SharedData.sampleArticle) else {
            return XCTFail("the sample article did not decode")
        }
        let text = ArticleText(record.text)
        for entity in gold.entities {
            for m in entity.mentions { XCTAssertEqual(text.slice(Span(start: m.start, end: m.end)), m.text) }
        }
    }
}
