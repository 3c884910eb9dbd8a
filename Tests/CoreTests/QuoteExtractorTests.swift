import XCTest
@testable import ArticleCore

/// The quote layer on short texts written for these tests: mark styles, pairing, classification,
/// speakers, statements.
final class QuoteExtractorTests: XCTestCase {
    // MARK: - Helpers

    private func run(_ string: String, entities: [(names: [String], type: String)] = []) -> (quotes: [Quote], statements: [Statement]) {
        QuoteLayerRun.run(string, entities: entities)
    }

    private func quote(_ text: String, in quotes: [Quote], file: StaticString = #filePath, line: UInt = #line) -> Quote? {
        QuoteLayerRun.quote(text, in: quotes, file: file, line: line)
    }

    // MARK: - Marks and pairing

    func testEachMarkStyleGivesTheTextWithoutItsMarks() {
        let string = "تحدث عن “الأول” ثم عن «الثاني» ثم عن \"الثالث\" ثم عن ‘الرابع’ أخيراً."
        let (quotes, _) = run(string)
        XCTAssertEqual(quotes.map(\.text), ["الأول", "الثاني", "الثالث", "الرابع"])
        let text = ArticleText(string)
        for q in quotes {
            XCTAssertEqual(text.slice(Span(start: q.start, end: q.end)), q.text)
            let before = text.scalars[q.start - 1], after = text.scalars[q.end]
            XCTAssertNotNil(QuoteMarkPairing.family(before), "span must start right after the opening mark")
            XCTAssertNotNil(QuoteMarkPairing.family(after), "span must end right before the closing mark")
        }
    }

    func testClosingGlyphUsedAsOpener() {
        // ”…” with the closing glyph opening, after a space and after the clitic بـ.
        let (quotes, _) = run("انضم إلى ”حركة التغيير” أمس، ثم عمل بـ”منظمة السلام” سنوات.")
        XCTAssertEqual(quotes.map(\.text), ["حركة التغيير", "منظمة السلام"])
    }

    func testOpeningGlyphUsedAsCloser() {
        let (quotes, _) = run("كتب الصحفي عن “المرحلة الانتقالية“ في مقاله.")
        XCTAssertEqual(quotes.map(\.text), ["المرحلة الانتقالية"])
    }

    func testNestedMarksGiveBothQuotesAndTheInnerIsNoQuotation() {
        let (quotes, _) = run("قال الوزير: «نرفض ما وصفوه بالحل “المؤقت” رفضاً قاطعاً».")
        let outer = quote("نرفض ما وصفوه بالحل “المؤقت” رفضاً قاطعاً", in: quotes)
        let inner = quote("المؤقت", in: quotes)
        XCTAssertEqual(outer?.kind, "quotation")
        XCTAssertEqual(outer?.speaker?.name, "الوزير")
        XCTAssertNotEqual(inner?.kind, "quotation")
    }

    func testApostrophesAreNoQuotationMarks() {
        let (quotes, _) = run("It’s the minister’s ‘plan’, and it isn’t \"final\" yet.")
        XCTAssertEqual(quotes.map(\.text), ["plan", "final"])
    }

    func testEnglishSpeakersBeforeAndAfterTheVerb() {
        let (quotes, statements) = run(
            "The minister said on Tuesday that the talks were “on track”. “We are close,” she told reporters. "
            + "“It will take time,” said the spokesman. According to Reuters, the deal is near.",
            entities: [(["Reuters"], "ORGANISATION")])
        XCTAssertEqual(statements.map(\.cue.text), ["said", "According"])
        XCTAssertEqual(statements.map(\.speaker.name), ["The minister", "Reuters"])
        XCTAssertEqual(statements.map(\.content.text), ["the talks were “on track”", "the deal is near"])
        XCTAssertEqual(quote("on track", in: quotes)?.speaker?.name, "The minister")
        XCTAssertEqual(quote("We are close,", in: quotes)?.speaker?.name, "The minister")
        XCTAssertEqual(quote("It will take time,", in: quotes)?.speaker?.name, "the spokesman")
        XCTAssertEqual(quotes.map(\.kind), ["quotation", "quotation", "quotation"])
    }

    func testQuotesNeverCrossALineEnd() {
        let (quotes, _) = run("بدأ “الفصل الأول\nثم جاء الفصل الثاني” أخيراً.")
        XCTAssertTrue(quotes.isEmpty, "\(quotes.map(\.text))")
    }

    // MARK: - Classification

    func testPartialQuotationAfterVerbOfSayingHasThatSpeaker() {
        let (quotes, statements) = run("وصف الوزير الاتفاق بأنه “تاريخي” ويفتح صفحة جديدة.")
        let q = quote("تاريخي", in: quotes)
        XCTAssertEqual(q?.kind, "quotation")
        XCTAssertEqual(q?.speaker?.name, "الوزير")
        XCTAssertEqual(q?.cue?.text, "وصف")
        XCTAssertEqual(quote("تاريخي", in: run("ووصف الوزير الاتفاق بأنه “تاريخي”.").quotes)?.cue?.text, "وصف")
        XCTAssertEqual(statements.first?.speaker.name, "الوزير")
    }

    func testQuotationFollowedByItsVerb() {
        let (quotes, _) = run("“لن نتراجع عن قرارنا أبداً”، قال المتحدث باسم الحكومة.")
        let q = quote("لن نتراجع عن قرارنا أبداً", in: quotes)
        XCTAssertEqual(q?.kind, "quotation")
        XCTAssertEqual(q?.speaker?.name, "المتحدث باسم الحكومة")
    }

    func testInHisWordsGivesTheQuotationToTheLastSpeaker() {
        let (quotes, _) = run("قال الوزير إن الحكومة مستمرة. وتواجه البلاد أزمة “غير مسبوقة”، على حد تعبيره.")
        XCTAssertEqual(quote("غير مسبوقة", in: quotes)?.kind, "quotation")
        XCTAssertEqual(quote("غير مسبوقة", in: quotes)?.speaker?.name, "الوزير")
    }

    func testNameInQuotationMarks() {
        let (quotes, _) = run(
            "هاجم مسلحو تنظيم “الشباب” القرية. وانضم إلى “حزب العمال” عام 1990. وتبنت “بوكو حرام” الهجوم. ونشر الصورة على “تويتر” أمس.",
            entities: [(["بوكو حرام"], "ORGANISATION")])
        for name in ["الشباب", "حزب العمال", "بوكو حرام", "تويتر"] {
            XCTAssertEqual(quote(name, in: quotes)?.kind, "name", name)
        }
    }

    func testAColonAfterTheSubjectAndAnAsideOpensTheQuotation() {
        let (quotes, _) = run("وتقول سعاد، وهي معلمة من ضواحي المدينة: «ندفع نصف الراتب للمولد».", entities: [(["سعاد"], "PERSON")])
        XCTAssertEqual(quote("ندفع نصف الراتب للمولد", in: quotes)?.kind, "quotation")
        XCTAssertEqual(quote("ندفع نصف الراتب للمولد", in: quotes)?.speaker?.name, "سعاد")
    }

    func testAQuotedNameInsideTheSubjectIsCrossed() {
        let (quotes, statements) = run("اتّهم النائب عن تحالف ”دولة القانون” كريم العبادي الكتل الكبيرة بـ”محاولة فرض قانون على مقاسها”.",
                                       entities: [(["كريم العبادي"], "PERSON"), (["دولة القانون"], "ORGANISATION")])
        XCTAssertEqual(quote("محاولة فرض قانون على مقاسها", in: quotes)?.speaker?.name, "كريم العبادي")
        XCTAssertEqual(quote("دولة القانون", in: quotes)?.kind, "name")
        XCTAssertTrue(statements.isEmpty)
    }

    func testADefiniteNameInConstructAfterAnIndefiniteNoun() {
        let (quotes, _) = run("وقال المصدر إن رئيس الوزراء اجتمع مع قادة \"الإطار التنسيقي\" مساء السبت، ووصف الاتفاق بـ\"التاريخي\".")
        XCTAssertEqual(quote("الإطار التنسيقي", in: quotes)?.kind, "name")
        XCTAssertEqual(quote("التاريخي", in: quotes)?.kind, "quotation")
    }

    func testNameAfterABlocAMissionOrAnAuditOfficeStaysAName() {
        let (quotes, _) = run("وقال النائب، عضو تكتل «الوفاق الوطني»، إن الحكومة مقصرة، وأشاد ببعثة \"الإغاثة\".")
        XCTAssertEqual(quote("الوفاق الوطني", in: quotes)?.kind, "name")
        XCTAssertEqual(quote("الإغاثة", in: quotes)?.kind, "name")
    }

    func testNameInQuotationMarksAfterVerbOfSayingStaysAName() {
        let (quotes, _) = run("قال الوزير إن تنظيم “داعش” يتراجع.")
        XCTAssertEqual(quote("داعش", in: quotes)?.kind, "name")
    }

    func testQuotationOpeningWithAnOrganisationWordStaysAQuotation() {
        let (quotes, _) = run("وأوضح رئيس الحكومة أن «الخطة تشكل خريطة طريق للخروج من الأزمة» كما قال. وأقرت الحكومة خطة «التعافي المالي».")
        XCTAssertEqual(quote("الخطة تشكل خريطة طريق للخروج من الأزمة", in: quotes)?.kind, "quotation")
        XCTAssertEqual(quote("التعافي المالي", in: quotes)?.kind, "name")
    }

    func testQuotationBeforeANewSentenceIsNotGivenToItsVerb() {
        let (quotes, _) = run("انتقد نواب الخطة ووصفوها بأنها مجرد «حبر على ورق». وقال الوزير إن الخطة جيدة.")
        XCTAssertNotEqual(quote("حبر على ورق", in: quotes)?.speaker?.name, "الوزير")
    }

    func testTwoArabicWordsWithoutContextAreScareQuotes() {
        let (quotes, _) = run("شهدت المنطقة “تصعيد خطير” خلال الأسبوع.")
        XCTAssertEqual(quote("تصعيد خطير", in: quotes)?.kind, "scare")
    }

    func testScareQuotes() {
        let (quotes, _) = run("تحدثت الصحيفة عن “الديمقراطية” المزعومة، وعما يسمى بـ“الربيع العربي” في المنطقة.")
        XCTAssertEqual(quote("الديمقراطية", in: quotes)?.kind, "scare")
        XCTAssertEqual(quote("الربيع العربي", in: quotes)?.kind, "scare")
    }

    // MARK: - Speakers and statements

    func testNamedSpeakerAfterTitleAndDateWordLinksTheEntity() {
        let (_, statements) = run(
            "قال أمس الرئيس الفرنسي إيمانويل ماكرون إن بلاده لن تتدخل.",
            entities: [(["إيمانويل ماكرون"], "PERSON"), (["فرنسا"], "LOCATION")])
        XCTAssertEqual(statements.count, 1)
        XCTAssertEqual(statements.first?.speaker.entity, "e1")
        XCTAssertEqual(statements.first?.speaker.name, "إيمانويل ماكرون")
        XCTAssertEqual(statements.first?.cue.text, "قال")
        XCTAssertEqual(statements.first?.content.text, "بلاده لن تتدخل")
    }

    func testSpeakerTextIsTheCanonicalName() {
        let (_, statements) = run(
            "التقى الرئيس إيمانويل ماكرون نظيره أمس. وأكد ماكرون أن اللقاء كان مثمراً.",
            entities: [(["إيمانويل ماكرون", "ماكرون"], "PERSON")])
        XCTAssertEqual(statements.map(\.speaker.name), ["إيمانويل ماكرون"])
        XCTAssertEqual(statements.first?.cue.text, "وأكد")
    }

    func testCarriedOverSpeaker() {
        let (quotes, statements) = run(
            "قال وزير الخارجية سيرغي لافروف إن المحادثات كانت مفيدة. وأضاف أن الجولة المقبلة ستعقد في جنيف، وأشار إلى أنها “حاسمة”.",
            entities: [(["سيرغي لافروف"], "PERSON"), (["جنيف"], "LOCATION")])
        XCTAssertEqual(statements.map(\.cue.text), ["قال", "وأضاف", "وأشار"])
        XCTAssertEqual(Set(statements.map(\.speaker.entity)), ["e1"])
        // The clause of وأضاف ends where وأشار begins.
        XCTAssertEqual(statements[1].content.text, "الجولة المقبلة ستعقد في جنيف")
        XCTAssertEqual(quote("حاسمة", in: quotes)?.speaker?.entity, "e1")
    }

    func testAsideBetweenCommasIsSkipped() {
        let (_, statements) = run(
            "وشدد الوزير سامي عادل، متحدثاً إلى الصحفيين، على أن الحكومة مستمرة.",
            entities: [(["سامي عادل"], "PERSON")])
        XCTAssertEqual(statements.first?.speaker.name, "سامي عادل")
        XCTAssertEqual(statements.first?.content.text, "الحكومة مستمرة")
    }

    func testReportedSpeechWithoutMarksAndUnnamedSpeakers() {
        let (quotes, statements) = run(
            "أكد رئيس الوزراء أن الحكومة ستخفض الضرائب. قالت محكمة فرنسية إن المتهم بريء. يرى خبراء اقتصاديون أن التضخم سيتراجع.")
        XCTAssertTrue(quotes.isEmpty)
        XCTAssertEqual(statements.map(\.speaker.name), ["رئيس الوزراء", "محكمة فرنسية", "خبراء اقتصاديون"])
        XCTAssertEqual(statements.map(\.speaker.entity), [nil, nil, nil])
        XCTAssertEqual(statements.map(\.content.text), ["الحكومة ستخفض الضرائب", "المتهم بريء", "التضخم سيتراجع"])
    }

    func testAttributionsWithWifqanAndBihasab() {
        let (_, statements) = run(
            "ووفقاً لمصادر دبلوماسية، فإن الاجتماع تأجل. ارتفعت الأسعار بنسبة كبيرة، بحسب وكالة رويترز. وبحسب رئيس البلاد، سامي عادل، ستجري الانتخابات قريباً.",
            entities: [(["رويترز"], "ORGANISATION"), (["سامي عادل"], "PERSON")])
        XCTAssertEqual(statements.map(\.cue.text), ["ووفقاً", "بحسب", "وبحسب"])
        XCTAssertEqual(statements.map(\.speaker.name), ["مصادر دبلوماسية", "رويترز", "سامي عادل"])
        XCTAssertEqual(statements.map(\.content.text), ["الاجتماع تأجل", "ارتفعت الأسعار بنسبة كبيرة", "ستجري الانتخابات قريباً"])
    }

    func testRulesAndOnlyAreNoAttribution() {
        let (_, statements) = run("ووفقاً للمادة 12 من الدستور، يحق للرئيس ذلك. ونجح الفريق في المباراة فحسب، وليس في البطولة.")
        XCTAssertTrue(statements.isEmpty, "\(statements.map(\.cue.text))")
    }

    func testVerbWithoutContentOrWithRelativeClauseSubjectGivesNoStatement() {
        let (_, statements) = run("ألا تؤكد هذه الأحداث وجود تلاعب؟ أكدت التقارير الكثيرة التي نشرت في الصحف المحلية خلال الأسبوع الماضي بوضوح أن الوضع خطير.")
        XCTAssertTrue(statements.isEmpty, "\(statements.map(\.speaker.name))")
    }

    func testThroughThePipelineTheRecordCarriesQuotesAndStatements() throws {
        let bytes = Array("عنوان\nقال الوزير إن الوضع “مستقر تماماً” الآن.".utf8)
        let record = try ArticleExtractor().extract(bytes).get()
        XCTAssertEqual(record.quotes.map(\.text), ["مستقر تماماً"])
        XCTAssertEqual(record.statements.map(\.speaker.name), ["الوزير"])
    }

    func testADatelinesSourceAndANameAfterAnIndefiniteHeadAreNames() {
        let r = run("طرابلس - «الصباح»: أعلنت الوزارة أن مبادرة \"مليون شجرة\" انطلقت، ضمن حملة \"1000 مدرسة خضراء\".")
        XCTAssertEqual(quote("الصباح", in: r.quotes)?.kind, "name")
        XCTAssertEqual(quote("مليون شجرة", in: r.quotes)?.kind, "name")
        XCTAssertEqual(quote("1000 مدرسة خضراء", in: r.quotes)?.kind, "name")
    }

    func testAnOrganisationInQuotationMarksAfterItsHeadSpeaks() {
        let r = run("وأعلنت شركة \"نور\" أن أرباحها ارتفعت. وتضاعفت الصادرات، وفق ما صرح به مديرها سامر الحلو لوكالة الأنباء الأردنية.",
                    entities: [(["نور"], "ORGANISATION"), (["سامر الحلو"], "PERSON"), (["وكالة الأنباء الأردنية"], "ORGANISATION")])
        XCTAssertEqual(r.statements.map(\.speaker.name), ["نور", "سامر الحلو"], "\(r.statements.map(\.speaker.name))")
        XCTAssertEqual(r.statements.last?.content.text, "وتضاعفت الصادرات")
    }

    func testAVerbInsideAQuotationIsNoCueOfItsOwn() {
        let r = run("وقالت الباحثة ليلى حداد إن النتائج \"تؤكد أن الوقاية أرخص من العلاج\".", entities: [(["ليلى حداد"], "PERSON")])
        XCTAssertEqual(r.statements.map(\.cue.text), ["وقالت"])
    }

    func testANameAfterANationalityInAppositionAndACommaBeforeInna() {
        let r = run("وقال المدير الفني للأهلي، السويسري مارسيل هوبر، في المؤتمر الصحفي عقب اللقاء، إن فريقه \"استحق اللقب عن جدارة\".",
                    entities: [(["مارسيل هوبر"], "PERSON"), (["الأهلي"], "ORGANISATION")])
        XCTAssertEqual(r.statements.map(\.speaker.name), ["مارسيل هوبر"])
        XCTAssertEqual(quote("استحق اللقب عن جدارة", in: r.quotes)?.speaker?.name, "مارسيل هوبر")
    }

    func testScareQuotesInAnAttributionAndAWorkAfterItsAuthor() {
        let r = run("ويعيش الملايين، بحسب تعداد 2017، في أحياء \"عشوائية\". وقال المهندس سمير داود، صاحب \"بيوت الطين\"، إن المدن تغيرت. وتتراوح الكلفة حسب ثمن الأرض. وحسب معطيات الوزارة، فإن العجز كبير.",
                    entities: [(["سمير داود"], "PERSON")])
        XCTAssertEqual(quote("عشوائية", in: r.quotes)?.kind, "scare")
        XCTAssertNotEqual(quote("بيوت الطين", in: r.quotes)?.kind, "quotation")
        XCTAssertEqual(r.statements.map(\.cue.text), ["بحسب", "وقال", "وحسب"], "حسب ثمن الأرض is no attribution")
    }

    func testEstimatingIsReportingOnlyWithItsComplementiser() {
        let r = run("وقدّرت وزارة المالية أن العجز سيتراجع. وتُقدّر الكلفة بنحو 5 ملايين دينار، وهو قدر كبير من المال.",
                    entities: [(["وزارة المالية"], "ORGANISATION")])
        XCTAssertEqual(r.statements.map(\.speaker.name), ["وزارة المالية"])
    }

    func testQailanAfterAVerbNotOfSayingTakesTheSentencesSubject() {
        // نعى is no verb of saying: قائلاً carries the quotation, said by the person named first.
        let r = run("ونعاه وزير الثقافة سامر الحلو، قائلاً إن البلاد \"فقدت صوتاً نادراً\". وأضاف قائلاً إن الجنازة غداً.",
                    entities: [(["سامر الحلو"], "PERSON")])
        XCTAssertEqual(quote("فقدت صوتاً نادراً", in: r.quotes)?.speaker?.name, "سامر الحلو")
        XCTAssertEqual(r.statements.map(\.cue.text), ["قائلاً", "وأضاف"], "after وأضاف, قائلاً is no cue of its own")
    }

    func testWafqAttributesOnlyBeforeMaADocumentOrAName() {
        let r = run("وارتفعت الصادرات، وفق ما صرح به مدير الجمارك. ويعمل الموظفون وفق كتيبات قديمة. وتراجع الإنتاج، وفق تقديرات البنك المركزي.",
                    entities: [(["البنك المركزي"], "ORGANISATION")])
        XCTAssertEqual(r.statements.map(\.speaker.name), ["مدير الجمارك", "البنك المركزي"], "\(r.statements.map(\.speaker.name))")
    }

    func testARelativeOfSomeoneNamedFirstIsTheSubject() {
        // ابنه، صديقه: the pronoun refers back; the person after it is the speaker, not an object.
        let r = run("ويقول ابنه الأكبر خالد الراشد إن والده كتب حتى النهاية. وأظهر التقرير أن المبيعات تراجعت.",
                    entities: [(["خالد الراشد"], "PERSON")])
        XCTAssertEqual(r.statements.first?.speaker.name, "خالد الراشد")
        XCTAssertEqual(r.statements.last?.cue.text, "وأظهر")
    }
}

/// Speaker phrases: addressees, objects and the ل of attributions.
final class SpeakerPhraseTests: XCTestCase {
    private func statements(_ string: String, entities: [(String, String)] = []) -> [Statement] {
        let text = ArticleText(string)
        let key = NormalizedText(text)
        let built = entities.enumerated().map { i, e -> Entity in
            let n = Array(e.0.unicodeScalars)
            var mentions: [TextSpan] = []
            var j = 0
            while j + n.count <= text.count {
                if Array(text.scalars[j..<j + n.count]) == n { mentions.append(TextSpan(Span(start: j, end: j + n.count), in: text)); j += n.count } else { j += 1 }
            }
            return Entity(id: "e\(i + 1)", type: e.1, canonical: e.0, english: nil, countryCode: nil, roles: [], mentions: mentions, sources: ["test"])
        }
        return QuoteExtractor.extract(text, key: key, tokens: Tokenizer.tokenize(text, key), sentences: [], entities: built).statements
    }

    func testAddresseeAfterTheVerbIsNotTheSpeaker() {
        let found = statements("قال مسؤول أمني لرويترز إن الهجوم فشل. وقال للصحفيين إن التحقيق مستمر.", entities: [("رويترز", "ORGANISATION")])
        XCTAssertEqual(found.map(\.speaker.name), ["مسؤول أمني", "مسؤول أمني"])
    }

    func testObjectAfterADefiniteSubjectIsNotPartOfTheSpeaker() {
        let found = statements("اتهم الرئيس المعارضة بأنها تعرقل الحوار. وأكد المتحدث باسم الحكومة أن الموعد ثابت.")
        XCTAssertEqual(found.map(\.speaker.name), ["الرئيس", "المتحدث باسم الحكومة"])
    }

    func testOnlyLamTakingAttributionsLoseTheirLam() {
        let found = statements("بحسب ليبيراسيون، فإن الحكومة ستستقيل. ووفقاً لمصادر مطلعة، فإن الاتفاق قريب.")
        XCTAssertEqual(found.map(\.speaker.name), ["ليبيراسيون", "مصادر مطلعة"])
    }

    // MARK: found on the development articles (Tests/CoreTests/DevArticles)

    func testAttributionsWithAVerbOrADocumentBeforeTheSource() {
        let found = statements("""
            وبحسب البيان الختامي للاجتماع، سجل الاقتصاد نمواً. وبحسب دراسة أعدّتها الدولية للمعلومات، ينفق \
            الناس كثيراً. وبحسب تقرير ديوان المحاسبة لعام 2023، بلغت المديونية حداً كبيراً. وبحسب المصادر \
            نفسها، فإن الاجتماع انتهى. وتعقد المحكمة جلسة جديدة، بحسب ما أفاد به متحدث باسم المحكمة. \
            وتأجل التصويت، وفقاً لما أعلنته الدائرة الإعلامية للمجلس.
            """, entities: [("الدولية للمعلومات", "ORGANISATION"), ("ديوان المحاسبة", "ORGANISATION"),
                           ("الدائرة الإعلامية للمجلس", "ORGANISATION")])
        XCTAssertEqual(found.map(\.speaker.name), [
            "البيان الختامي للاجتماع", "الدولية للمعلومات", "ديوان المحاسبة", "المصادر نفسها", "متحدث باسم المحكمة",
            "الدائرة الإعلامية للمجلس"])
    }

    func testADocumentsPeriodIsNoPartOfTheSourcePhrase() {
        let found = statements("وبحسب تقرير الديوان لعام 2023، بلغت المديونية حداً كبيراً.")
        XCTAssertEqual(found.map(\.speaker.name), ["تقرير الديوان"])
    }

    func testALoneDefiniteHeadSpeaksForTheOrganisationNamedBefore() {
        let found = statements("أعلنت وزارة التربية أن الامتحانات تأجلت. وأشارت الوزارة إلى أن الموعد الجديد قريب.",
                               entities: [("وزارة التربية", "ORGANISATION")])
        XCTAssertEqual(found.map(\.speaker.name), ["وزارة التربية", "وزارة التربية"])
        XCTAssertEqual(found.last?.speaker.mention?.text, "الوزارة")
        XCTAssertNotNil(found.last?.speaker.entity)
    }

    func testALongTitleBeforeTheSpeakerButNotTheOneHeMet() {
        let found = statements("""
            وقال رئيس لجنة الشؤون الخارجية في مجلس النواب الأمريكي مايكل ماكول إن العقوبات ستستمر.             وقال وزير الخارجية خلال لقائه نظيره الفرنسي جان لوران إن الحوار ضروري.
            """, entities: [("مايكل ماكول", "PERSON"), ("جان لوران", "PERSON")])
        XCTAssertEqual(found.map(\.speaker.name), ["مايكل ماكول", "وزير الخارجية"])
    }

    func testARelayedSourceInQuotationMarks() {
        let found = statements("ونقلت صحيفة \"نيويورك تايمز\" عن مسؤولين أمريكيين أن الصفقة قريبة.")
        XCTAssertEqual(found.map(\.speaker.name), ["مسؤولين أمريكيين"])
    }

    func testNabbahaAndIstadrakaAreVerbsOfSaying() {
        let found = statements("ونبّه الوزير إلى أن المخاطر قائمة. واستدرك الوزير قائلاً إن الوضع هش.")
        XCTAssertEqual(found.map(\.cue.text), ["ونبّه", "واستدرك"])
    }

    func testWifqanWithoutAConjunctionLosesItsLamToo() {
        let found = statements("وكان العدد مليوناً، وفقاً لإحصاءات رسمية.")
        XCTAssertEqual(found.map(\.speaker.name), ["إحصاءات رسمية"])
    }

    func testRelayedSpeechTakesTheSpeakerAfterAn() {
        let found = statements("ونقلت وكالة رويترز عن مسؤول أمني قوله إن الهجوم فشل. ونقل الجنود المصابين إلى المستشفى.", entities: [("رويترز", "ORGANISATION")])
        XCTAssertEqual(found.map(\.speaker.name), ["مسؤول أمني"])
        XCTAssertEqual(found.first?.cue.text, "ونقلت")
        XCTAssertEqual(found.first?.content.text, "الهجوم فشل")
    }

    func testParticipleAfterTheVerbIsNoSpeakerAndHasbamaIsAnAttribution() {
        let found = statements("قال الوزير إن الوضع هادئ. وأضاف قائلاً إن القوات انسحبت. ارتفع عدد الضحايا إلى عشرة، حسبما أفادت مصادر طبية.")
        XCTAssertEqual(found.map(\.speaker.name), ["الوزير", "الوزير", "مصادر طبية"])
        XCTAssertEqual(found.last?.cue.text, "حسبما")
        XCTAssertEqual(found.last?.content.text, "ارتفع عدد الضحايا إلى عشرة")
    }

    func testSubjectBeforeTheVerbAsInHeadlines() {
        let found = statements("روسيا تحذر من أن العقوبات ستفشل. وكان الكرملين قد أعلن أن المحادثات انتهت.",
                               entities: [("روسيا", "LOCATION"), ("الكرملين", "ORGANISATION")])
        XCTAssertEqual(found.map(\.speaker.name), ["روسيا", "الكرملين"])
        // A place governed by a preposition is where, not who.
        let governed = statements("وفي بيروت قال إن الوضع هادئ.", entities: [("بيروت", "LOCATION")])
        XCTAssertTrue(governed.allSatisfy { $0.speaker.name != "بيروت" }, "\(governed.map(\.speaker.name))")
    }

    func testImpersonalPresentTenseSaysNobody() {
        let found = statements("قال الوزير إن الاتفاق جاهز. يذكر أن المفاوضات بدأت قبل عام.")
        XCTAssertEqual(found.map(\.cue.text), ["قال"])
    }

    func testNameAfterAPrepositionCompletesTheSpeakerPhrase() {
        let found = statements("قال مسؤول في وزارة الدفاع إن القوات جاهزة.", entities: [("وزارة الدفاع", "ORGANISATION")])
        XCTAssertEqual(found.first?.speaker.name, "مسؤول في وزارة الدفاع")
        XCTAssertNil(found.first?.speaker.entity)
    }

    func testNoGenitiveAfterAPluralAndLinkersAreTrimmed() {
        let found = statements("ووصف محللون سياسيون التصريحات بأنها تصعيد، فيما اعتبر آخرون أن الأزمة ستنتهي.")
        XCTAssertEqual(found.map(\.speaker.name), ["محللون سياسيون", "آخرون"])
        XCTAssertEqual(found.first?.content.text, "تصعيد")
    }

    func testParticiplesContinueTheirSentencesSpeakerOnly() {
        let found = statements("وأوضح الوزير أن الخطة جاهزة، مشيراً إلى أن التنفيذ سيبدأ قريباً. انتقد نواب الخطة، معتبرين أنها فاشلة.")
        XCTAssertEqual(found.map(\.cue.text), ["وأوضح", "مشيراً"])
        XCTAssertEqual(found.map(\.speaker.name), ["الوزير", "الوزير"])
        XCTAssertEqual(found.first?.content.text, "الخطة جاهزة")
    }

    func testSpokesmanOfAnOrganisationIsAPersonPhraseAndTheOrganisationSpeaksForItself() {
        let found = statements("صرح المتحدث الرسمي باسم مجلس الوزراء بأن الدعم مستمر. وقالت وزارة المالية إن العجز تراجع.",
                               entities: [("مجلس الوزراء", "ORGANISATION"), ("وزارة المالية", "ORGANISATION")])
        XCTAssertEqual(found.map(\.speaker.name), ["المتحدث الرسمي باسم مجلس الوزراء", "وزارة المالية"])
        XCTAssertEqual(found.map(\.speaker.entity), [nil, "e2"])
    }

    func testMediaNameAfterLamAndAsidesInParentheses() {
        let text = "وقال مصدر مطلع لـ«الأهرام» إن المفاوضات مستمرة. ويقول المواطن (45 عاماً): «الأسعار لا تحتمل»."
        let found = statements(text)
        XCTAssertEqual(found.map(\.speaker.name), ["مصدر مطلع", "المواطن"])
        let string = ArticleText(text)
        let key = NormalizedText(string)
        let quotes = QuoteExtractor.extract(string, key: key, tokens: Tokenizer.tokenize(string, key), sentences: [], entities: []).quotes
        XCTAssertEqual(quotes.map(\.kind), ["name", "quotation"])
    }

    func testSurnameTheEntityLayerMissedOrMistypedIsStillThePerson() {
        let text = "قال الرئيس سامي عادل إن الوضع مستقر. وبحسب رئيس البلاد، عادل، ستجري الانتخابات قريباً. وأكد عادل أن الحوار مستمر."
        let string = ArticleText(text)
        let key = NormalizedText(string)
        func spans(_ needle: String) -> [TextSpan] {
            let n = Array(needle.unicodeScalars)
            return (0...(string.count - n.count)).filter { Array(string.scalars[$0..<$0 + n.count]) == n }
                .map { TextSpan(Span(start: $0, end: $0 + n.count), in: string) }
        }
        let person = Entity(id: "p", type: "PERSON", canonical: "سامي عادل", english: nil, countryCode: nil, roles: [],
                            mentions: spans("سامي عادل"), sources: ["test"])
        // The second "عادل" mistyped as a place; the third not found at all.
        let place = Entity(id: "x", type: "LOCATION", canonical: "عادل", english: nil, countryCode: nil, roles: [],
                           mentions: [spans("عادل")[1]], sources: ["test"])
        let found = QuoteExtractor.extract(string, key: key, tokens: Tokenizer.tokenize(string, key), sentences: [],
                                           entities: [person, place]).statements
        XCTAssertEqual(found.map(\.speaker.entity), ["p", "p", "p"])
        XCTAssertEqual(found.map(\.speaker.name), ["سامي عادل", "سامي عادل", "سامي عادل"])
    }
}
