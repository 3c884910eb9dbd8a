import XCTest
@testable import ArticleCore

final class AmountExtractorTests: XCTestCase {
    func amounts(_ sentence: String, file: StaticString = #filePath, line: UInt = #line) throws -> [Amount] {
        try CoreTestSupport.amounts(in: sentence, file: file, line: line)
    }

    func testCurrenciesWithISOCodes() throws {
        let a = try amounts("استثمرت الشركة 2.5 مليار دولار وخصصت 300 مليون يورو و3 ملايين دينار جزائري و50 ألف ليرة لبنانية و٧٥٠ ريال سعودي.")
        XCTAssertEqual(a.map(\.text), ["2.5 مليار دولار", "300 مليون يورو", "3 ملايين دينار جزائري", "50 ألف ليرة لبنانية", "٧٥٠ ريال سعودي"])
        XCTAssertEqual(a.map(\.unit), ["USD", "EUR", "DZD", "LBP", "SAR"])
        XCTAssertEqual(a.map(\.value), [2_500_000_000, 300_000_000, 3_000_000, 50_000, 750])
        XCTAssertEqual(Set(a.map(\.kind)), ["currency"])
    }

    func testPercentages() throws {
        let a = try amounts("ارتفعت الأسعار 15 في المئة ثم 3.5% ثم ٢٠٪ وأخيراً 7 بالمئة.")
        XCTAssertEqual(a.map(\.value), [15, 3.5, 20, 7])
        XCTAssertEqual(Set(a.map(\.kind)), ["percent"])
        XCTAssertEqual(a.first?.text, "15 في المئة")
        XCTAssertEqual(try amounts("ارتفعت البطالة إلى %12 هذا العام.").map(\.text), ["%12"])
    }

    func testNumberWordsDualsAndDurations() throws {
        let a = try amounts("قتل اثنين من الجنود، واستمرت الحالة أسبوعين، وسجن 22 شهراً، وحضر خمسة وعشرون شخصاً وثلاثة آلاف متظاهر.")
        XCTAssertEqual(a.map(\.text), ["اثنين", "أسبوعين", "22 شهراً", "خمسة وعشرون", "ثلاثة آلاف"])
        XCTAssertEqual(a.map(\.value), [2, 2, 22, 25, 3000])
        XCTAssertEqual(a.map(\.kind), ["count", "duration", "duration", "count", "count"])
        XCTAssertEqual(a[0].of, "الجنود")
        XCTAssertEqual(a[1].unit, "week")
        XCTAssertEqual(a[4].of, "متظاهر")
    }

    func testYearsDatesAndReferenceNumbersAreNotAmounts() throws {
        let a = try amounts("وفقاً للمادة 4 من معاهدة 15 أيار 1992 والقرار 2254 الصادر عام 2015، أرسلت 12 دولة قوات.")
        XCTAssertEqual(a.map(\.text), ["12"])
        XCTAssertEqual(a.first?.of, "دولة قوات")
        XCTAssertTrue(try amounts("هناك مركزاً واحداً للتنسيق في الدورة الخامسة عشرة.").isEmpty)
    }

    func testVaguePluralsAreNotAmountsAndEnglishAmounts() throws {
        XCTAssertTrue(try amounts("خرج آلاف المتظاهرين وملايين المشاهدين إلى الشوارع.").isEmpty)
        let r = try CoreTestSupport.record("Budget news\nThe fund spent $5 million and 300 million euros, up 4 percent.")
        XCTAssertEqual(r.amounts.map(\.text), ["$5 million", "300 million euros", "4 percent"])
        XCTAssertEqual(r.amounts.map(\.unit), ["USD", "EUR", "%"])
        XCTAssertEqual(r.amounts.map(\.value), [5_000_000, 300_000_000, 4])
    }

    func testFractionsShekelsAndPhrases() throws {
        let a = try amounts("ينفق الجيش نصف مليار شيكل يوميا، وتضررت 70 بلدة ومستوطنة، وغاب عن مونديال 2002 بسبب الإصابة.")
        XCTAssertEqual(a.map(\.text), ["نصف مليار شيكل", "70"])
        XCTAssertEqual(a.map(\.value), [500_000_000, 70])
        XCTAssertEqual(a.first?.unit, "ILS")
        XCTAssertEqual(a.last?.of, "بلدة")
    }

    func testThousandsSeparatorsAndDecimals() throws {
        let a = try amounts("بلغ عدد السكان 1,250,000 نسمة وارتفع الدخل ٣٫٥ مرات.")
        XCTAssertEqual(a.map(\.value), [1_250_000, 3.5])
        XCTAssertEqual(try amounts("بلغ القرض 118,6 مليون يورو.").map(\.value), [118_600_000])
        XCTAssertTrue(try amounts("فاز اللاعب 6 - 4 و 7 - 5 في المباراة.").isEmpty)
    }

    // MARK: found on the development articles (Tests/CoreTests/DevArticles)

    func testDualsOfScaleWordsInConstruct() throws {
        let a = try amounts("باعت الوزارة سندات بقيمة ملياري دولار، ويعمل في القطاع ألفي موظف، ويدرس نحو مليوني تلميذ، مع ساعتا تغذية.")
        XCTAssertEqual(a.map(\.text), ["ملياري دولار", "ألفي", "مليوني", "ساعتا"])
        XCTAssertEqual(a.map(\.value), [2_000_000_000, 2_000, 2_000_000, 2])
        XCTAssertEqual(a.first?.unit, "USD")
    }

    func testASmallerPartJoinedAfterAScaleWord() throws {
        let a = try amounts("استقبلت المملكة أكثر من مليون و٨٠٠ ألف حاج، وزار المدينة 3 ملايين و500 ألف سائح.")
        XCTAssertEqual(a.map(\.value), [1_800_000, 3_500_000])
        XCTAssertEqual(a.map(\.text), ["مليون و٨٠٠ ألف", "3 ملايين و500 ألف"])
    }

    func testADayListedBeforeADateIsNoAmount() throws {
        let a = try amounts("ينفذ المعلمون إضراباً يومي 15 و16 جانفي 2025 في 20 ولاية.")
        XCTAssertEqual(a.map(\.value), [20])
    }

    func testNumberWordsBehindBaAndLam() throws {
        let a = try amounts("وهو أب لخمسة أبناء، وفاز الفريق بثلاثة أهداف، لكنني لست متفائلاً.")
        XCTAssertEqual(a.map(\.value), [5, 3])
        XCTAssertEqual(a.map(\.text), ["خمسة", "ثلاثة"], "the proclitic stays outside the span")
    }
}
