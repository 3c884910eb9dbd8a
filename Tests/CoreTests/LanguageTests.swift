import XCTest
@testable import ArticleCore

final class LanguageTests: XCTestCase {
    func language(_ fixture: String) throws -> LanguageGuess {
        try CoreTestSupport.record(bytes: try CoreTestSupport.fixture(fixture), name: fixture).language
    }

    func testArabicPersianUrduAndEnglishAreToldApart() throws {
        let ar = try language("news-egyptian.ar.txt")
        XCTAssertEqual(ar.code, "ar"); XCTAssertGreaterThan(ar.confidence, 0.8); XCTAssertEqual(ar.arabicScriptShare, 1)
        let fa = try language("persian.fa.txt")
        XCTAssertEqual(fa.code, "fa"); XCTAssertGreaterThan(fa.confidence, 0.6)
        let ur = try language("urdu.ur.txt")
        XCTAssertEqual(ur.code, "ur"); XCTAssertGreaterThan(ur.confidence, 0.6)
        let en = try language("english.en.txt")
        XCTAssertEqual(en.code, "en"); XCTAssertEqual(en.arabicScriptShare, 0)
    }

    func testShortPersianAndUrduSentences() throws {
        XCTAssertEqual(try CoreTestSupport.record("این کتاب برای بچه‌ها است و من آن را دوست دارم.").language.code, "fa")
        XCTAssertEqual(try CoreTestSupport.record("یہ کتاب بچوں کے لیے ہے اور مجھے پسند ہے۔").language.code, "ur")
        XCTAssertEqual(try CoreTestSupport.record("هذا الكتاب للأطفال وأنا أحبه كثيراً.").language.code, "ar")
    }

    func testMixedScriptShareAndUndetermined() throws {
        let mixed = try CoreTestSupport.record("قال المدير إن شركة Apple ستفتتح فرعاً في المدينة قريباً.")
        XCTAssertEqual(mixed.language.code, "ar")
        XCTAssertLessThan(mixed.language.arabicScriptShare, 1)
        XCTAssertGreaterThan(mixed.language.arabicScriptShare, 0.7)
        XCTAssertEqual(try CoreTestSupport.record("12345 67890").language.code, "und")
    }

    func testEnglishArticleGetsStructureDatesAndAmounts() throws {
        let r = try CoreTestSupport.record(bytes: try CoreTestSupport.fixture("english.en.txt"), name: "english.en.txt")
        XCTAssertEqual(r.title?.text, "Central bank raises interest rates")
        XCTAssertEqual(r.authors.count, 2)
        XCTAssertEqual(r.dates.map(\.value), ["2021-05-12", "2021-03"])
        XCTAssertEqual(r.amounts.map(\.kind), ["percent", "percent", "percent"])
        XCTAssertEqual(r.readingTime.wordsPerMinute, 228)
        let us = try CoreTestSupport.record("Talks resume\nThe talks resumed on January 5, 2022 and end Jan. 9.")
        XCTAssertEqual(us.dates.map(\.text), ["January 5, 2022", "Jan. 9"])
        XCTAssertEqual(us.dates.map(\.value), ["2022-01-05", "--01-09"])
        XCTAssertEqual(us.counts.sentences, 1, "Jan. abbreviates")
    }
}
