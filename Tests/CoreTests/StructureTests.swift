import XCTest
@testable import ArticleCore

final class StructureTests: XCTestCase {
    func testBylineWithRoleWordAndSeveralAuthors() throws {
        let r = try CoreTestSupport.record("أزمة المياه في المنطقة\nبقلم: أحمد علي ومحمد حسن، وسارة خليل\nتعاني المنطقة من شح المياه منذ سنوات.\nويقول الخبراء إن الحل صعب.")
        XCTAssertEqual(r.authors.map(\.name), ["أحمد علي", "محمد حسن", "سارة خليل"])
        XCTAssertEqual(Set(r.authors.map(\.role)), ["author"])
        XCTAssertEqual(r.authors.first?.cue, "بقلم")
        for a in r.authors { XCTAssertEqual(r.slice(a.start, a.end), a.name) }
        XCTAssertEqual(r.counts.paragraphs, 2)
    }

    func testRoleWords() throws {
        let interview = try CoreTestSupport.record("لقاء خاص\nحوار: ليلى حسن\nس: كيف بدأت؟\nج: بدأت صغيراً.")
        XCTAssertEqual(interview.authors.map(\.role), ["interviewer"])
        let translated = try CoreTestSupport.record("مقال مترجم\nترجمة: نور الهدى عيسى\nنص المقال هنا طويل بما يكفي.\nوفقرة ثانية.")
        XCTAssertEqual(translated.authors.map { "\($0.name)|\($0.role)" }, ["نور الهدى عيسى|translator"])
        let title = try CoreTestSupport.record("خبر اقتصادي\nإعداد: د. سامر يوسف\nارتفعت الأسعار.\nوانخفضت الأجور.")
        XCTAssertEqual(title.authors.map { "\($0.name)|\($0.role)" }, ["سامر يوسف|editor"], "the title د. is not part of the name")
        let english = try CoreTestSupport.record("Rates rise again\nBy Jane Smith and Omar Haddad\nThe bank raised rates.\nMarkets fell.")
        XCTAssertEqual(english.authors.map(\.name), ["Jane Smith", "Omar Haddad"])
    }

    func testBareNameLineAfterTheTitleIsABylineButASentenceIsNot() throws {
        let named = try CoreTestSupport.record("عنوان المقال\nسمر سامي السمارة\nالفقرة الأولى من المقال.\nالفقرة الثانية.")
        XCTAssertEqual(named.authors.map(\.name), ["سمر سامي السمارة"])
        XCTAssertEqual(named.counts.paragraphs, 2)
        let sentence = try CoreTestSupport.record("عنوان المقال\nقال الوزير في المؤتمر\nالفقرة الأولى من المقال.\nالفقرة الثانية.")
        XCTAssertTrue(sentence.authors.isEmpty)
        XCTAssertEqual(sentence.counts.paragraphs, 3)
        let subtitle = try CoreTestSupport.record("عنوان المقال\nالأزمة الاقتصادية العالمية\nالفقرة الأولى.\nالفقرة الثانية.")
        XCTAssertTrue(subtitle.authors.isEmpty, "a line of ال words is not a name")
        let long = try CoreTestSupport.record("عنوان المقال\nمحمد بن عبد الله آل سعود\nالفقرة الأولى من المقال.\nالفقرة الثانية.")
        XCTAssertEqual(long.authors.map(\.name), ["محمد بن عبد الله آل سعود"])
        let placed = try CoreTestSupport.record("عنوان المقال\nسمر سامي - دمشق\nالفقرة الأولى من المقال.\nالفقرة الثانية.")
        XCTAssertEqual(placed.authors.map(\.name), ["سمر سامي"])
        let shortSentence = try CoreTestSupport.record("عنوان المقال\nانطلقت أعمال المؤتمر.\nالفقرة الثانية من المقال.\nالفقرة الثالثة.")
        XCTAssertTrue(shortSentence.authors.isEmpty, "a full stop that closes no title ends a sentence")
        XCTAssertEqual(shortSentence.counts.paragraphs, 3)
        let cueWithoutName = try CoreTestSupport.record("عنوان\nترجمة ونشر\nنص.\nنص آخر.")
        XCTAssertTrue(cueWithoutName.authors.isEmpty)
    }

    func testProfessionBeforeTheNameAndAPlaceBeforeADash() throws {
        let column = try CoreTestSupport.record("المدن والإسمنت\nبقلم الكاتب محمد حسن\nلم تعد المدن كما كانت.\nوهذا مقال رأي.")
        XCTAssertEqual(column.authors.map(\.name), ["محمد حسن"])
        let ambassador = try CoreTestSupport.record("الدبلوماسية الهادئة\nبقلم: السفير جمال يوسف\nلم تعد المدن كما كانت.\nوهذا مقال رأي.")
        XCTAssertEqual(ambassador.authors.map(\.name), ["جمال يوسف"])
        let placed = try CoreTestSupport.record("ارتفاع الأسعار\nالقاهرة - محمد علي\nارتفعت الأسعار أمس.\nوانخفضت الأجور.")
        XCTAssertEqual(placed.authors.map(\.name), ["محمد علي"])
        XCTAssertEqual(placed.counts.paragraphs, 2)
        let dateline = try CoreTestSupport.record("ارتفاع الأسعار\nالقاهرة - ارتفعت الأسعار أمس في الأسواق.\nوانخفضت الأجور.")
        XCTAssertTrue(dateline.authors.isEmpty)
    }

    /// A dateline-byline with a colon (session entfix): the names are the author, the line no paragraph.
    func testAPlaceAndAColonBeforeTheNamesIsADatelineByline() throws {
        let oran = try CoreTestSupport.record("نتائج الانتخابات\nوهران: خالد بن عمر\nأعلنت اللجنة النتائج أمس.\nوبلغت المشاركة 40 بالمائة.")
        XCTAssertEqual(oran.authors.map(\.name), ["خالد بن عمر"])
        XCTAssertEqual(oran.counts.paragraphs, 2)
        let tunis = try CoreTestSupport.record("نتائج الانتخابات\nتونس: سلمى العياري ومراد الزين\nأعلنت اللجنة النتائج أمس.\nوبلغت المشاركة 40 بالمائة.")
        XCTAssertEqual(tunis.authors.map(\.name), ["سلمى العياري", "مراد الزين"])
        // A dateline opening the first paragraph is no byline.
        let lede = try CoreTestSupport.record("نتائج الانتخابات\nوهران: أعلنت اللجنة النتائج أمس في ندوة.\nوبلغت المشاركة 40 بالمائة.")
        XCTAssertTrue(lede.authors.isEmpty)
        XCTAssertEqual(lede.counts.paragraphs, 2)
    }

    func testSentencesRespectQuotesAbbreviationsAndNumbers() throws {
        let text = "عنوان\nقال د. أحمد إن النمو بلغ 3.5 في المئة. وأضاف: «هذا جيد. لكنه لا يكفي». هل ننتظر؟ نعم؛ ننتظر!"
        let r = try CoreTestSupport.record(text)
        let sentences = r.sentences.map { r.slice($0.start, $0.end) }
        XCTAssertEqual(sentences, ["قال د. أحمد إن النمو بلغ 3.5 في المئة.", "وأضاف: «هذا جيد. لكنه لا يكفي».",
                                   "هل ننتظر؟", "نعم؛", "ننتظر!"])
        XCTAssertEqual(r.counts.sentences, 5)
    }

    func testMismatchedClosingMarkUsedAsOpeningHoldsTheSentence() throws {
        let r = try CoreTestSupport.record("عنوان\nاستخدمت ما يسمى بـ”منظمة الاختيار. الديمقراطي” في البلاد. ثم انتهى.")
        XCTAssertEqual(r.counts.sentences, 2)
    }

    func testHardWrappedParagraphsAreJoined() throws {
        let text = "A title\n\nThe first paragraph runs over\ntwo lines of text.\n\nThe second paragraph also\nwraps here.\n"
        let r = try CoreTestSupport.record(text)
        XCTAssertEqual(r.counts.paragraphs, 2)
        XCTAssertEqual(r.paragraphs.map { r.slice($0.start, $0.end) }.first, "The first paragraph runs over\ntwo lines of text.")
    }

    func testGenreOpinionNewsInterview() throws {
        let opinion = try CoreTestSupport.record("رأي\nسمر سامي\nعلينا ألا نتفاجأ بما يحدث! من المؤكد أن الأزمة ستطول.\nفهل نتعلم؟ لا شك أننا سنرى ذلك.")
        XCTAssertEqual(opinion.genre?.value, "opinion")
        XCTAssertTrue(opinion.genre!.evidence.contains { $0.hasPrefix("first person") })
        let news = try CoreTestSupport.record("خبر\nدمشق - سانا - أعلنت وزارة الصحة عن حملة جديدة.\nوقال الوزير إن الحملة تبدأ غداً.")
        XCTAssertEqual(news.genre?.value, "news")
        XCTAssertTrue(news.genre!.evidence.contains { $0.hasPrefix("dateline") })
        let interview = try CoreTestSupport.record(String(decoding: try CoreTestSupport.fixture("interview.ar.txt"), as: UTF8.self))
        XCTAssertEqual(interview.genre?.value, "interview")
    }

    func testInterviewByRecurringSpeakerTurnsAndAColumnByBiqalam() throws {
        let turns = try CoreTestSupport.record("""
            الروائي سامي يوسف: أكتب لأتذكر
            التقت «المدى» الروائي سامي يوسف في بيته وكان هذا الحديث.
            المدى: متى بدأت الكتابة؟
            يوسف: بدأت في سن مبكرة، وكتبت القصة القصيرة أولاً، وقال لي أبي إن الكتابة مهنة صعبة.
            المدى: ومن أثر فيك؟
            يوسف: جدتي وحكاياتها، وقال أستاذي إن الحكاية أصل كل شيء.
            """)
        XCTAssertEqual(turns.genre?.value, "interview", "\(turns.genre?.evidence ?? [])")
        let column = try CoreTestSupport.record("المدن الكبرى\nبقلم: سامي يوسف\nتضاعفت مساحة المدن، وقال خبراء إن المساحات الخضراء تراجعت.\nوأعلنت البلديات خططاً جديدة.")
        XCTAssertEqual(column.genre?.value, "opinion", "\(column.genre?.evidence ?? [])")
    }

    func testAColumnSignedAtTheEnd() throws {
        let body = "عنوان المقال\nتعاني مدننا من الازدحام منذ سنوات طويلة.\nفهل من حل قريب؟ لا أظن ذلك.\n"
        let signed = try CoreTestSupport.record(body + "د. سامي يوسف - كاتب وأكاديمي")
        XCTAssertEqual(signed.authors.map(\.name), ["سامي يوسف"])
        XCTAssertEqual(signed.counts.paragraphs, 2)
        for a in signed.authors { XCTAssertEqual(signed.slice(a.start, a.end), a.name) }
        let comma = try CoreTestSupport.record(body + "سامر بن خليل، باحث في الشؤون الاقتصادية")
        XCTAssertEqual(comma.authors.map(\.name), ["سامر بن خليل"])
        XCTAssertEqual(comma.counts.paragraphs, 2)
        let titleOnly = try CoreTestSupport.record(body + "الدكتورة منى سالم")
        XCTAssertEqual(titleOnly.authors.map(\.name), ["منى سالم"])
        let twoLines = try CoreTestSupport.record(body + "هدى ناصر\n* كاتبة فلسطينية")
        XCTAssertEqual(twoLines.authors.map(\.name), ["هدى ناصر"])
        XCTAssertEqual(twoLines.counts.paragraphs, 2)
        let noteOnly = try CoreTestSupport.record(body + "* كاتب فلسطيني")
        XCTAssertTrue(noteOnly.authors.isEmpty)
        XCTAssertEqual(noteOnly.counts.paragraphs, 2, "a writer's note is not body")
        let noteUnderByline = try CoreTestSupport.record("عنوان المقال\nبقلم: هدى ناصر\nتعاني مدننا من الازدحام.\nفهل من حل؟\n* كاتبة فلسطينية")
        XCTAssertEqual(noteUnderByline.authors.map(\.name), ["هدى ناصر"])
        XCTAssertEqual(noteUnderByline.counts.paragraphs, 2)
        // Not signatures: a closing sentence, a bare name with no title or role, a post instead of a name.
        for last in ["وهذا ما قاله الكاتب سامي يوسف.", "سامي يوسف", "رئيس الوزراء - في بيان مقتضب", "المصدر: وكالات",
                     "كاتب هذه السطور لا يملك الجواب"] {
            let r = try CoreTestSupport.record(body + last)
            XCTAssertTrue(r.authors.isEmpty, last)
            XCTAssertEqual(r.counts.paragraphs, 3, last)
        }
        let sentenceUnderAName = try CoreTestSupport.record(body + "وزارة الخارجية\nرئيس الوزراء يلتقي الوفد اليوم في العاصمة لبحث الملفات العالقة بين البلدين")
        XCTAssertTrue(sentenceUnderAName.authors.isEmpty)
        XCTAssertEqual(sentenceUnderAName.counts.paragraphs, 4)
        let unstarred = try CoreTestSupport.record(body + "هدى ناصر\nكاتبة وباحثة سياسية")
        XCTAssertEqual(unstarred.authors.map(\.name), ["هدى ناصر"])
        XCTAssertEqual(unstarred.counts.paragraphs, 2)
    }

    func testCountsAndReadingTimeStateTheRate() throws {
        let r = try CoreTestSupport.record("عنوان\nهذه جملة من خمس كلمات.")
        XCTAssertEqual(r.counts.words, 6)
        XCTAssertEqual(r.counts.characters, r.text.unicodeScalars.count)
        XCTAssertEqual(r.readingTime.wordsPerMinute, 138)
        XCTAssertEqual(r.readingTime.minutes, 0)
        let en = try CoreTestSupport.record(String(repeating: "the word and the other word. ", count: 100))
        XCTAssertEqual(en.readingTime.wordsPerMinute, 228)
        XCTAssertEqual(en.readingTime.minutes, (600.0 / 228 * 10).rounded() / 10)
    }
}
