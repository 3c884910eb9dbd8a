import XCTest
@testable import ArticleCore

/// `ArticleText.slice` encodes UTF-8 itself: it must give exactly the scalars of the span.
final class ArticleTextSliceTests: XCTestCase {
    func testSliceKeepsOneToFourByteScalarsAndCombiningMarks() {
        let string = "a\u{00E9}قَالَ\u{200F}“\u{1F600}”z\r\n"
        let text = ArticleText(string)
        for start in 0...text.count {
            for end in start...text.count {
                var expected = String.UnicodeScalarView()
                expected.append(contentsOf: text.scalars[start..<end])
                let slice = text.slice(Span(start: start, end: end))
                XCTAssertEqual(Array(slice.unicodeScalars), Array(expected), "\(start)..<\(end)")
            }
        }
        XCTAssertEqual(text.slice(text.fullSpan), string)
    }
}
