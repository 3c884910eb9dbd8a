import XCTest
@testable import ArticleCore

/// Duals of counted nouns (session entfix): read only where a sound masculine plural reading is
/// excluded (`CountedDuals`). Sentences written for these tests.
final class AmountCountedDualTests: XCTestCase {
    func amounts(_ sentence: String, file: StaticString = #filePath, line: UInt = #line) throws -> [Amount] {
        try CoreTestSupport.amounts(in: sentence, file: file, line: line)
    }

    func testDualsOfListedNounsAlsoWithProclitics() throws {
        let a = try amounts("أطلقت الجماعة صاروخين نحو الميناء، وفاز الفريق بهدفين، وأصيبت سفينتين بأضرار، وقتل طفلان.")
        XCTAssertEqual(a.map(\.text), ["صاروخين", "هدفين", "سفينتين", "طفلان"])
        XCTAssertEqual(a.map(\.value), [2, 2, 2, 2])
        XCTAssertEqual(Set(a.map(\.kind)), ["count"])
    }

    func testDualsOfFeminineCountedNouns() throws {
        let a = try amounts("واستأجرت الأسرة شقتين صغيرتين، ودفعت الإيجار على دفعتين، وأضافت غرفتين.")
        XCTAssertEqual(a.map(\.text), ["شقتين", "دفعتين", "غرفتين"])
        XCTAssertEqual(a.map(\.value), [2, 2, 2])
    }

    func testTwoNumberWordsOfOnePlaceJoinedByWawAreTwoNumbers() throws {
        let a = try amounts("وتستغرق الرحلة بين خمس وسبع ساعات، ويعمل فيها خمسة وعشرون موظفا.")
        XCTAssertEqual(a.map(\.value), [5, 7, 25])
    }

    func testADualOfAnUnlistedNounInAScoreWithItsSingularNearby() throws {
        let a = try amounts("وحسم اللاعب المباراة بشوطين مقابل شوط، ثم فاز الفريق الثاني بلقطتين مقابل لقطة.")
        XCTAssertEqual(a.map(\.text), ["شوطين", "لقطتين"])
    }

    func testSoundPluralsAndWordsInYaNunAreNoDuals() throws {
        let a = try amounts("""
            واستعانت الشركة بمهندسين أجانب مقابل رواتب عالية، وشارك لاعبين من فلسطين، والتقى حسين بالمسؤولين \
            بين الجانبين، وعاد المسافرين مقابل تذاكر مخفضة.
            """)
        XCTAssertEqual(a.map(\.text), [])
    }
}
