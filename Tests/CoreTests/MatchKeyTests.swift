import XCTest
@testable import ArticleCore

final class MatchKeyTests: XCTestCase {
    func testFoldsHamzaSeatsYaTaMarbutaDiacriticsAndTatweel() {
        XCTAssertEqual(MatchKey.key("أبليازوف"), MatchKey.key("ابليازوف"))
        XCTAssertEqual(MatchKey.key("سورية"), "سوريه")
        XCTAssertEqual(MatchKey.key("مُصطفى"), "مصطفي")
        XCTAssertEqual(MatchKey.key("بـ"), "ب")
    }

    func testFoldsDigitsPersianLettersAndPresentationForms() {
        XCTAssertEqual(MatchKey.key("٢٠٢١"), "2021")
        XCTAssertEqual(MatchKey.key("۱۹۹۹"), "1999")
        XCTAssertEqual(MatchKey.key("کی"), "كي")
        // U+FEFB is the lam-alef ligature: two letters in the key.
        XCTAssertEqual(MatchKey.key("\u{FEFB}"), "لا")
        XCTAssertEqual(MatchKey.key("a\u{200F}b\u{200C}"), "ab")
    }

    func testKeyMatchMapsBackToTheOriginalSpan() {
        let text = ArticleText("قال الرئيسُ توكاييفُ.")
        let key = NormalizedText(text)
        let keyString = key.string(0..<key.count)
        let range = keyString.unicodeScalars.firstRange(of: "توكاييف".unicodeScalars)!
        let start = keyString.unicodeScalars.distance(from: keyString.unicodeScalars.startIndex, to: range.lowerBound)
        let span = key.originalSpan(keyStart: start, keyEnd: start + 7)
        XCTAssertEqual(text.slice(span), "توكاييفُ")
    }

    func testProcliticSplits() {
        let stems = Proclitics.splits(of: MatchKey.key("وبكازاخستان")).map(\.stem)
        XCTAssertTrue(stems.contains("كازاخستان"))
        let lil = Proclitics.splits(of: MatchKey.key("للحكومة"))
        XCTAssertTrue(lil.contains { $0.stem == "الحكومه" && $0.prefixLength == 1 && $0.restoredArticle })
    }

    func testTokenSpansSliceToTheirSurface() {
        let text = ArticleText("في 5 كانون الثاني، قال «عدوان» ٣٫٥")
        let tokens = Tokenizer.tokenize(text, NormalizedText(text))
        XCTAssertEqual(tokens.map { text.slice($0.span) }, ["في", "5", "كانون", "الثاني", "،", "قال", "«", "عدوان", "»", "٣٫٥"])
        XCTAssertEqual(tokens.last?.kind, .number)
        XCTAssertEqual(tokens.last?.key, "3.5")
    }
}
