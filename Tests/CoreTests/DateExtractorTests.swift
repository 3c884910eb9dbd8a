import XCTest
@testable import ArticleCore

final class DateExtractorTests: XCTestCase {
    /// The dates of one body sentence (a title line is put before it).
    func dates(_ sentence: String, reference: String? = nil) throws -> [DateMention] {
        let r = try CoreTestSupport.record("عنوان الخبر\n" + sentence, reference: reference)
        for d in r.dates { XCTAssertEqual(r.slice(d.start, d.end), d.text, "span slices to its surface") }
        return r.dates
    }

    func testEveryMonthSystem() throws {
        let levantine = try dates("وصل الوفد في 5 كانون الثاني 2021 إلى دمشق.")
        XCTAssertEqual(levantine.map(\.value), ["2021-01-05"])
        XCTAssertEqual(levantine.first?.monthSystem, "levantine")
        XCTAssertEqual(levantine.first?.regionHint, "Levant")
        let egyptian = try dates("وصل الوفد في 5 يناير 2021 إلى القاهرة.")
        XCTAssertEqual(egyptian.map(\.value), ["2021-01-05"]); XCTAssertEqual(egyptian.first?.monthSystem, "egyptian")
        let maghrebi = try dates("وصل الوفد في 5 جانفي 2021 إلى الجزائر.")
        XCTAssertEqual(maghrebi.map(\.value), ["2021-01-05"]); XCTAssertEqual(maghrebi.first?.monthSystem, "maghrebi")
        let moroccan = try dates("وصل الوفد في 5 غشت 2021 إلى الرباط.")
        XCTAssertEqual(moroccan.map(\.value), ["2021-08-05"]); XCTAssertEqual(moroccan.first?.monthSystem, "moroccan")
        let shared = try dates("في 3 مارس 2020 ثم في 4 جوان 2020.")
        XCTAssertEqual(shared.map(\.monthSystem), ["maghrebi", "maghrebi"], "a shared name follows the document's unique names")
    }

    func testHijriWithGregorianEquivalent() throws {
        let d = try dates("يبدأ الموسم في 8 ذو الحجة 1442 هـ في مكة.")
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(d[0].text, "8 ذو الحجة 1442 هـ")
        XCTAssertEqual(d[0].calendar, "hijri")
        XCTAssertEqual(d[0].monthSystem, "hijri")
        XCTAssertEqual(d[0].value, "1442-12-08")
        XCTAssertEqual(d[0].gregorian, "2021-07-18")
        let genitive = try dates("في الأول من شهر ذي القعدة 1443 هـ انتهى العمل.")
        XCTAssertEqual(genitive.first?.value, "1443-11")
        XCTAssertEqual(try dates("صدر القرار عام 1420 هـ.").first?.calendar, "hijri")
    }

    func testArabicIndicAndPersianDigits() throws {
        let indic = try dates("وقع الاتفاق في ١٥ أيار ١٩٩٢ في طشقند.")
        XCTAssertEqual(indic.map(\.value), ["1992-05-15"])
        XCTAssertEqual(indic.first?.text, "١٥ أيار ١٩٩٢")
        XCTAssertEqual(try dates("وقع الاتفاق في ۱۵ مايو ۱۹۹۲.").map(\.value), ["1992-05-15"])
    }

    func testNumericDates() throws {
        XCTAssertEqual(try dates("صدر القرار في 12/5/2021 وأعلن.").map(\.value), ["2021-05-12"])
        XCTAssertEqual(try dates("صدر القرار في 2021-05-12 وأعلن.").map(\.value), ["2021-05-12"])
        XCTAssertEqual(try dates("صدر القرار في 5/25/2021 وأعلن.").map(\.value), ["2021-05-25"], "month first when the day cannot be a month")
        XCTAssertEqual(try dates("صدر القرار في ١٢/٥/٢٠٢١ وأعلن.").map(\.value), ["2021-05-12"])
        XCTAssertTrue(try dates("النتيجة كانت 3/4 فقط.").isEmpty)
    }

    func testDoubledForms() throws {
        let slash = try dates("في 6 كانون الثاني/يناير 2022 بدأت الاحتجاجات.")
        XCTAssertEqual(slash.map(\.text), ["6 كانون الثاني/يناير 2022"])
        XCTAssertEqual(slash.map(\.value), ["2022-01-06"])
        let parenthesis = try dates("في 6 كانون الثاني (يناير) بدأت الاحتجاجات.")
        XCTAssertEqual(parenthesis.map(\.text), ["6 كانون الثاني (يناير)"])
        XCTAssertEqual(parenthesis.map(\.value), ["--01-06"])
    }

    func testYearsWithAndWithoutCueWords() throws {
        let d = try dates("حصل عام 2009 على اللجوء، وهو ملاحق منذ 1999، ولعام 2030 خطط.")
        XCTAssertEqual(d.map(\.text), ["عام 2009", "1999", "عام 2030"])
        XCTAssertEqual(d.map(\.resolution), ["year", "year", "year"])
        XCTAssertTrue(try dates("اشترى 2000 سهم بسعر مرتفع.").isEmpty, "a count is not a year")
        XCTAssertEqual(try dates("خلال الأعوام 2014-2016 وفي عامي 2018 و2019 تغير الكثير.").map(\.value), ["2014", "2016", "2018", "2019"])
    }

    func testRelativeExpressionsWithAndWithoutReferenceDate() throws {
        let sentence = "أعلن الوزير أمس أن الخطة بدأت في 5 كانون الثاني الجاري، بعد نقاش في شهر آب الماضي، وتنتهي العام المقبل."
        let unresolved = try dates(sentence)
        XCTAssertEqual(unresolved.map(\.text), ["أمس", "5 كانون الثاني الجاري", "شهر آب الماضي", "العام المقبل"])
        XCTAssertEqual(unresolved.map(\.resolved), [false, false, false, false])
        XCTAssertEqual(unresolved.map(\.value), [nil, "--01-05", "--08", nil])
        XCTAssertEqual(unresolved.map(\.relative), ["yesterday", "current", "past", "next"])

        let resolved = try dates(sentence, reference: "2022-01-12")
        XCTAssertEqual(resolved.map(\.value), ["2022-01-11", "2022-01-05", "2021-08", "2023"])
        XCTAssertEqual(resolved.map(\.resolved), [true, true, true, true])

        let ago = try dates("غادر البلاد منذ ثلاث سنوات وعاد قبل يومين.", reference: "2022-01-12")
        XCTAssertEqual(ago.map(\.text), ["منذ ثلاث سنوات", "قبل يومين"])
        XCTAssertEqual(ago.map(\.value), ["2019", "2022-01-10"])
        XCTAssertEqual(try dates("سيصل الوفد غداً إلى بغداد.", reference: "2022-12-31").map(\.value), ["2023-01-01"])
        XCTAssertEqual(try dates("يبدأ الاجتماع الأسبوع المقبل.", reference: "2022-01-12").map(\.value), ["2022-W03"])
    }

    func testReferenceDateFromADateLine() throws {
        let r = try CoreTestSupport.record("الأحد 9 يناير 2022\nعنوان الخبر\nأعلنت الوزارة أمس خطة جديدة.\nوتبدأ الخطة الشهر المقبل.")
        XCTAssertEqual(r.referenceDate, ReferenceDate(value: "2022-01-09", source: "text"))
        XCTAssertEqual(r.title?.text, "عنوان الخبر")
        XCTAssertEqual(r.dates.filter { $0.relative != nil }.map(\.value), ["2022-01-08", "2022-02"])
        // 9 January 2022 was a Sunday, not a Monday: a date line whose weekday disagrees is not trusted.
        let slip = try CoreTestSupport.record("الاثنين 9 يناير 2022\nعنوان الخبر\nأعلنت الوزارة أمس خطة جديدة.\nوتبدأ الخطة الشهر المقبل.")
        XCTAssertNil(slip.referenceDate)
        let option = try CoreTestSupport.record("الأحد 9 يناير 2022\nعنوان الخبر\nأعلنت الوزارة أمس خطة.", reference: "2022-03-01")
        XCTAssertEqual(option.referenceDate?.source, "option")
        XCTAssertEqual(option.dates.last?.value, "2022-02-28")
    }

    func testArrivalDateIsTheWeakestReference() throws {
        func record(_ text: String, _ options: ExtractionOptions) throws -> ArticleRecord {
            try ArticleExtractor().extract(Array(text.utf8), options: options).get()
        }
        let undated = "عنوان الخبر\nأعلنت الوزارة أمس خطة جديدة."
        let arrival = try record(undated, ExtractionOptions(arrivalDate: "2024-03-01"))
        XCTAssertEqual(arrival.referenceDate, ReferenceDate(value: "2024-03-01", source: "arrival"))
        XCTAssertEqual(arrival.dates.map(\.value), ["2024-02-29"])
        // A date line wins over the arrival day; the caller's reference date wins over both.
        let dated = "الأحد 9 يناير 2022\n" + undated
        XCTAssertEqual(try record(dated, ExtractionOptions(arrivalDate: "2024-03-01")).referenceDate,
                       ReferenceDate(value: "2022-01-09", source: "text"))
        XCTAssertEqual(try record(dated, ExtractionOptions(referenceDate: "2023-05-10", arrivalDate: "2024-03-01")).referenceDate,
                       ReferenceDate(value: "2023-05-10", source: "option"))
        // Not a calendar date: ignored, the dates stay unresolved.
        let bad = try record(undated, ExtractionOptions(arrivalDate: "2024-02-30"))
        XCTAssertNil(bad.referenceDate)
        XCTAssertEqual(bad.dates.first?.resolved, false)
    }

    func testArrivalDayWithinAWeekOfTheLedesEventResolvesDays() throws {
        // (A full date within the first twelve tokens is read as a date line: this lede is longer.)
        func record(_ arrival: String?) throws -> ArticleRecord {
            let text = "عنوان الخبر\nأعلنت وزارة الصحة في بيان طويل نشرته على موقعها الرسمي وصفحاتها في مواقع التواصل، مساء الأحد 17 مارس 2024، خطة تبدأ في أبريل المقبل.\nوكان الوزير قد زار المدينة أمس."
            return try ArticleExtractor().extract(Array(text.utf8), options: ExtractionOptions(arrivalDate: arrival)).get()
        }
        // A live feed: the file arrives two days after the event it reports, so أمس is the day before arrival.
        let live = try record("2024-03-19")
        XCTAssertEqual(live.referenceDate, ReferenceDate(value: "2024-03-19", source: "arrival"))
        XCTAssertEqual(live.dates.filter { $0.relative != nil }.map(\.value), ["2024-04", "2024-03-18"])
        // The event's own day counts; a week later is the last day that does.
        XCTAssertEqual(try record("2024-03-17").referenceDate?.source, "arrival")
        XCTAssertEqual(try record("2024-03-24").referenceDate?.source, "arrival")
        // An archive dropped in months later, or an arrival before the event: the lede's date is the reference.
        for late in ["2024-03-25", "2024-09-01", "2024-03-16"] {
            let archive = try record(late)
            XCTAssertEqual(archive.referenceDate, ReferenceDate(value: "2024-03-17", source: "body_event"), late)
            XCTAssertEqual(archive.dates.filter { $0.relative != nil }.map(\.resolved), [true, false], late)
        }
    }

    func testReferenceDateFromADayTheBodyTiesToToday() throws {
        // 14 October 2025 was a Tuesday: أمس makes today the 15th.
        let r = try CoreTestSupport.record("عنوان الخبر\nعقد المجلس أمس الثلاثاء 14 أكتوبر 2025 جلسة طارئة.\nوكان المجلس قد اجتمع في مارس الماضي، ويعود الوزير غداً.")
        XCTAssertEqual(r.referenceDate, ReferenceDate(value: "2025-10-15", source: "body"))
        XCTAssertEqual(r.dates.map(\.value), ["2025-10-14", "2025-10-14", "2025-03", "2025-10-16"])
        let today = try CoreTestSupport.record("عنوان الخبر\nتفتتح اليوم، (5 مايو 2024) الدورة الجديدة.\nوتستمر حتى الشهر المقبل.")
        XCTAssertEqual(today.referenceDate, ReferenceDate(value: "2024-05-05", source: "body"))
        XCTAssertEqual(today.dates.last?.value, "2024-06")
        let beforeYesterday = try CoreTestSupport.record("عنوان الخبر\nوصل الوفد أول أمس السبت 12 أبريل 2025 إلى العاصمة.")
        XCTAssertEqual(beforeYesterday.referenceDate?.value, "2025-04-14")
        let afterYesterday = try CoreTestSupport.record("عنوان الخبر\nوصل الوفد أمس الأول الاثنين 13 أكتوبر 2025 إلى العاصمة.")
        XCTAssertEqual(afterYesterday.referenceDate, ReferenceDate(value: "2025-10-15", source: "body"))
        // اليوم as "that day" or "the day of the month" is not today.
        let thatDay = try CoreTestSupport.record("عنوان الخبر\nتذكر الجميع ما جرى في ذلك اليوم، 5 مايو 2020، بحزن كبير.\nوعاد الوزير في مارس الماضي.")
        XCTAssertNotEqual(thatDay.referenceDate?.source, "body")
        let dayOfMonth = try CoreTestSupport.record("عنوان الخبر\nيبدأ الصيام في اليوم الرابع عشر من أكتوبر 2025 ويستمر.\nوعاد الوزير في مارس الماضي.")
        XCTAssertNotEqual(dayOfMonth.referenceDate?.source, "body")
        // A weekday that does not agree with the date: no evidence, nothing resolved.
        let wrong = try CoreTestSupport.record("عنوان الخبر\nعقد المجلس أمس الأربعاء 14 أكتوبر 2025 جلسة.\nواجتمع في مارس الماضي.")
        XCTAssertNil(wrong.referenceDate)
        XCTAssertEqual(wrong.dates.last?.resolved, false)
        // A date without a year takes the one written year (or the year after it) its weekday agrees with.
        let yearless = try CoreTestSupport.record("عنوان الخبر\nتنطلق اليوم الخميس 3 مارس القمة التي أُجّلت منذ عام 2021.")
        XCTAssertEqual(yearless.referenceDate, ReferenceDate(value: "2022-03-03", source: "body"))
        XCTAssertNil(try CoreTestSupport.record("عنوان الخبر\nتنطلق اليوم الخميس 3 مارس القمة الجديدة.").referenceDate)
        // Two days tied to today that disagree: none is trusted.
        let disagreeing = try CoreTestSupport.record("عنوان الخبر\nبدأت أمس الثلاثاء 14 أكتوبر 2025 الجلسة.\nوتنتهي غداً الأحد 19 أكتوبر 2025.")
        XCTAssertNil(disagreeing.referenceDate)
    }

    func testReferenceDateFromTheLedesDatedEventResolvesMonthsAndYearsOnly() throws {
        // 17 March 2024 was a Sunday; the Hijri twin is linked by الموافق, its weekday is checked on the Gregorian date.
        // (A full date within the first twelve tokens is read as a date line: these ledes are longer.)
        let r = try CoreTestSupport.record("عنوان الخبر\nأعلنت وزارة الصحة في بيان نشرته على موقعها الرسمي، مساء الأحد 7 رمضان 1445 هـ الموافق 17 مارس 2024، خطة تبدأ في أبريل المقبل.\nوكان الوزير قد زار المدينة أمس، وسيعود العام المقبل.")
        XCTAssertEqual(r.referenceDate, ReferenceDate(value: "2024-03-17", source: "body_event"))
        let relative = r.dates.filter { $0.relative != nil }
        XCTAssertEqual(relative.map(\.text), ["أبريل المقبل", "أمس", "العام المقبل"])
        XCTAssertEqual(relative.map(\.value), ["2024-04", nil, "2025"])
        XCTAssertEqual(relative.map(\.resolved), [true, false, true], "the day of writing is not known: أمس stays open")
        // A Hijri date alone: 1 Ramadan 1445 is Monday 11 March 2024 (Umm al-Qura); a sighting a day
        // later makes it Tuesday the 12th, and the weekday says which.
        let lede = "عنوان الخبر\nأعلنت وزارة الشؤون الدينية في بيان نشرته على موقعها الرسمي أن %@ 1 رمضان 1445 هـ أول أيام الصيام، على أن تبدأ العطلة في أبريل المقبل."
        let monday = try CoreTestSupport.record(String(format: lede, "يوم الاثنين"))
        XCTAssertEqual(monday.referenceDate, ReferenceDate(value: "2024-03-11", source: "body_event"))
        XCTAssertEqual(monday.dates.last?.value, "2024-04")
        let tuesday = try CoreTestSupport.record(String(format: lede, "يوم الثلاثاء"))
        XCTAssertEqual(tuesday.referenceDate?.value, "2024-03-12")
        XCTAssertNil(try CoreTestSupport.record(String(format: lede, "يوم الجمعة")).referenceDate)
        let parenthesised = try CoreTestSupport.record("عنوان الخبر\nانطلقت في العاصمة بحضور عدد كبير من الوزراء والخبراء والباحثين يوم السبت (12 أبريل 2025) أعمال المؤتمر.\nوتختتم في مايو المقبل.")
        XCTAssertEqual(parenthesised.referenceDate, ReferenceDate(value: "2025-04-12", source: "body_event"))
        XCTAssertEqual(parenthesised.dates.last?.value, "2025-05")
        // Outside the first paragraph a dated event is history, not the day of writing.
        let later = try CoreTestSupport.record("عنوان الخبر\nانطلقت في العاصمة أعمال المؤتمر الإقليمي الثالث للطاقة المتجددة بمشاركة واسعة.\nوكان المؤتمر الذي يجمع الباحثين من دول المنطقة قد عقد يوم السبت 12 أبريل 2025 دورته الأولى في المدينة نفسها، وتختتم الدورة الحالية في مايو المقبل.\nوشارك فيه خبراء من دول عدة.")
        XCTAssertNil(later.referenceDate)
        // A date line or the caller's date wins over the body.
        let dated = try CoreTestSupport.record("الأحد 9 يناير 2022\nعنوان الخبر\nعقد المجلس أمس الثلاثاء 14 أكتوبر 2025 جلسة.")
        XCTAssertEqual(dated.referenceDate?.source, "text")
        let option = try CoreTestSupport.record("عنوان الخبر\nعقد المجلس أمس الثلاثاء 14 أكتوبر 2025 جلسة.", reference: "2025-11-01")
        XCTAssertEqual(option.referenceDate?.source, "option")
    }

    func testAmbiguousMonthWordsNeedADayAYearOrShahr() throws {
        XCTAssertTrue(try dates("زار آب العائلة ابنه في المستشفى.").isEmpty, "آب is also a word for father")
        XCTAssertTrue(try dates("غنت تموز ونيسان في الحفل.").isEmpty)
        XCTAssertTrue(try dates("وصل صفر من الأهداف.").isEmpty)
        XCTAssertEqual(try dates("وصل في 3 آب إلى المدينة.").map(\.value), ["--08-03"])
        XCTAssertEqual(try dates("وصل في تموز 2020 إلى المدينة.").map(\.value), ["2020-07"])
        XCTAssertEqual(try dates("وصل في شهر نيسان إلى المدينة.").map(\.text), ["شهر نيسان"])
        XCTAssertEqual(try dates("وصل في يناير إلى المدينة.").map(\.value), ["--01"], "an unambiguous name counts alone")
    }

    func testOrdinalDaysAndWeekdays() throws {
        let ordinal = try dates("وقعت الحادثة في الخامس من أيار 2021 وانتهت في الحادي والعشرين من حزيران.")
        XCTAssertEqual(ordinal.map(\.text), ["الخامس من أيار 2021", "الحادي والعشرين من حزيران"])
        XCTAssertEqual(ordinal.map(\.value), ["2021-05-05", "--06-21"])
        XCTAssertEqual(try dates("هذا هو الأول من نوعه في البلاد.").count, 0)
        let weekdays = try dates("اجتمع المجلس الأحد الماضي ويجتمع الخميس المقبل.", reference: "2022-01-12")
        XCTAssertEqual(weekdays.map(\.text), ["الأحد الماضي", "الخميس المقبل"])
        XCTAssertEqual(weekdays.map(\.value), ["2022-01-09", "2022-01-13"], "2022-01-12 was a Wednesday")
        XCTAssertEqual(try dates("اجتمع المجلس الأحد الماضي.").first?.resolved, false)
        XCTAssertTrue(try dates("في 31 شباط 2021 حدث شيء.").allSatisfy { $0.value != "2021-02-31" })
    }

    func testEraMarksCenturiesAndRanges() throws {
        let d = try dates("بنيت المدينة سنة 250 ق.م. وفتحت سنة 36 للهجرة، وفي القرن 17 ق.م. حدث شيء، وعاش الشيخ ( 1849 - 1905 ) في القاهرة.")
        XCTAssertEqual(d.map(\.text), ["سنة 250 ق.م", "سنة 36 للهجرة", "1849", "1905"])
        XCTAssertEqual(d.map(\.value), ["-0249", "0036", "1849", "1905"])
        XCTAssertEqual(d[1].calendar, "hijri")
        XCTAssertEqual(try dates("حضر أكثر من 1100 شخص ومن 2000 إلى 2005 تغير الكثير.").map(\.text), ["2000", "2005"])
        let relative = try dates("قال الوزير أمس الأول إن الاجتماع يبدأ فاتح يناير.", reference: "2022-01-12")
        XCTAssertEqual(relative.map(\.text), ["أمس الأول", "فاتح يناير"])
        XCTAssertEqual(relative.map(\.value), ["2022-01-10", "--01-01"])
    }

    func testProcliticsStayOutsideTheSpan() throws {
        let d = try dates("وصل ولعام 2020 أثر، وفي 3 يناير و2021 كذلك.")
        XCTAssertEqual(d.first?.text, "عام 2020")
    }

    // MARK: found on the development articles (Tests/CoreTests/DevArticles)

    func testADayListedBeforeADateSharesItsMonthAndYear() throws {
        let d = try dates("ينفذ المعلمون إضراباً يومي 15 و16 جانفي 2025.")
        XCTAssertEqual(d.map(\.text), ["15", "16 جانفي 2025"])
        XCTAssertEqual(d.map(\.value), ["2025-01-15", "2025-01-16"])
    }

    func testADurationBeforeAnEventIsNoDate() throws {
        XCTAssertTrue(try dates("يجب إقرار القانون قبل 6 أشهر على الأقل من موعد الاقتراع، وقبل يومين من الجلسة.").isEmpty)
        XCTAssertEqual(try dates("وصل الوفد قبل يومين إلى المدينة.").map(\.text), ["قبل يومين"])
    }

    func testAThreeLetterMonthWordWithAConjunction() throws {
        let d = try dates("يبدأ الموسم في شوال وذو القعدة المقبل.")
        XCTAssertEqual(d.last?.text, "ذو القعدة المقبل")
        XCTAssertEqual(d.last?.calendar, "hijri")
    }

    func testADoubledMonthWithARelativeWordAfterMundh() throws {
        let d = try dates("فقد الجنيه نصف قيمته منذ آذار/مارس الماضي، ثم استقر في أيار/مايو المقبل.")
        XCTAssertEqual(d.map(\.value), ["--03", "--05"])
    }

    func testCivilDateArithmetic() {
        XCTAssertEqual(CivilDate(year: 2024, month: 2, day: 28)!.adding(days: 1).iso, "2024-02-29")
        XCTAssertEqual(CivilDate(year: 2023, month: 12, day: 31)!.adding(days: 1).iso, "2024-01-01")
        XCTAssertEqual(CivilDate(iso: "1970-01-01")!.dayNumber, 0)
        XCTAssertEqual(CivilDate(iso: "2021-01-03")!.isoWeek, "2020-W53")
        XCTAssertNil(CivilDate(iso: "2021-02-30"))
    }

    func testYearsAfterAQuarterByAndInParentheses() throws {
        let d = try dates("ارتفعت المبيعات في الربع الثالث من 2024 لتصل إلى 300 وحدة، ويتوقع أن تتضاعف بحلول 2030، كما ورد في كتابه «المدن» (1987).")
        XCTAssertEqual(d.map(\.value), ["2024", "2030", "1987"])
        let counts = try dates("فاز المتسابق الأول من 2000 متسابق، ودفع (250) ديناراً.")
        XCTAssertEqual(counts.map(\.value), [], "a count after من, a number in parentheses outside 1800-2100")
    }
}
