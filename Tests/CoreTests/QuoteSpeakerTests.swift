import XCTest
@testable import ArticleCore

/// Who said it, on sentences written for these tests (session speakers): a role before the
/// name, a subject the entity layer missed, an addressee before the subject, an unnamed speaker's
/// phrase that must stop, a speaker noun with its genitive, statements behind long subjects or
/// after a document's year, and brand names in quotation marks.
final class QuoteSpeakerTests: XCTestCase {
    private func run(_ string: String, entities: [(names: [String], type: String)] = []) -> (quotes: [Quote], statements: [Statement]) {
        QuoteLayerRun.run(string, entities: entities)
    }

    private func quote(_ text: String, in quotes: [Quote], file: StaticString = #filePath, line: UInt = #line) -> Quote? {
        QuoteLayerRun.quote(text, in: quotes, file: file, line: line)
    }

    // MARK: - 1. A role right before the name

    func testARoleWithAPronounInConstructBeforeTheNameIsNoObject() {
        let (quotes, statements) = run(
            "وقال رئيس شركة النفط الوطنية وكبير مهندسيها سامي الحداد إن الإنتاج “ارتفع بقوة” هذا العام.",
            entities: [(["شركة النفط الوطنية"], "ORGANISATION"), (["سامي الحداد"], "PERSON")])
        XCTAssertEqual(statements.map(\.speaker.name), ["سامي الحداد"])
        XCTAssertEqual(quote("ارتفع بقوة", in: quotes)?.speaker?.name, "سامي الحداد")
        // خلال لقائه: a pronoun after a preposition still marks whom the subject met.
        let met = run("وقال الوزير خلال لقائه نظيره سامي الحداد إن العلاقات متينة.", entities: [(["سامي الحداد"], "PERSON")])
        XCTAssertEqual(met.statements.map(\.speaker.name), ["الوزير"])
    }

    func testANameTheEntityLayerMissedAfterATitleOrANationality() {
        let (_, statements) = run(
            "وقال مدرب الفريق البرتغالي جواو ماتيوس إن اللاعبين قدموا مباراة كبيرة. "
            + "وأكد المتحدث باسم الوزارة العميد حازم الربيعي أن الوضع تحت السيطرة.")
        XCTAssertEqual(statements.map(\.speaker.name), ["جواو ماتيوس", "حازم الربيعي"])
        // A given name in ي before a definite surname, both missed.
        XCTAssertEqual(run("وقال سامي الحداد إن الخطة جاهزة.").statements.map(\.speaker.name), ["سامي الحداد"])
        // A verbal noun after a nationality names nobody: the role speaks.
        let noName = run("وأكد الوزير الفرنسي ضرورة أن تلتزم الأطراف بالهدنة.")
        XCTAssertEqual(noName.statements.map(\.speaker.name), ["الوزير الفرنسي"])
    }

    // MARK: - 2. A subject of the sentence rather than the previous speaker

    func testAVerbWithoutSubjectTakesItsSentencesSubjectBeforeTheLastSpeaker() {
        let (_, statements) = run(
            "وقال الوزير سامي الحداد إن الخطة جاهزة. من جهته، انتقد النائب فادي عيسى الحكومة بشدة، وقال للصحفيين إن الخطة متأخرة.",
            entities: [(["سامي الحداد"], "PERSON"), (["فادي عيسى"], "PERSON")])
        XCTAssertEqual(statements.map(\.speaker.name), ["سامي الحداد", "فادي عيسى"])
        // No subject in the sentence: the previous speaker is carried over.
        let carried = run("وقال الوزير سامي الحداد إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ غداً.", entities: [(["سامي الحداد"], "PERSON")])
        XCTAssertEqual(carried.statements.map(\.speaker.name), ["سامي الحداد", "سامي الحداد"])
    }

    func testAFeminineVerbWithoutSubjectTakesTheSentencesOrganisationBeforeTheLastMaleSpeaker() {
        // (session entgen)
        let (_, statements) = run(
            "وقال الوزير سامي الحداد إن الخطة جاهزة. في المقابل، انتقدت رابطة السكان المستقلة طريقة التوزيع، وقالت في بيان إن الخطة متأخرة.",
            entities: [(["سامي الحداد"], "PERSON"), (["رابطة السكان المستقلة"], "ORGANISATION")])
        XCTAssertEqual(statements.map(\.speaker.name), ["سامي الحداد", "رابطة السكان المستقلة"])
        // A masculine verb keeps the male speaker carried over.
        let male = run(
            "وقال الوزير سامي الحداد إن الخطة جاهزة. في المقابل، انتقدت رابطة السكان المستقلة طريقة التوزيع. وأضاف أن التنفيذ يبدأ غداً.",
            entities: [(["سامي الحداد"], "PERSON"), (["رابطة السكان المستقلة"], "ORGANISATION")])
        XCTAssertEqual(male.statements.map(\.speaker.name).last, "سامي الحداد")
    }

    func testAKunyaIsTheSpeakerNotTheChildsName() {
        let (_, statements) = run("وتقول أم خالد، وهي أم لأربعة أطفال، إن الحياة أصبحت صعبة.", entities: [(["خالد"], "PERSON")])
        XCTAssertEqual(statements.map(\.speaker.name), ["أم خالد"])
        XCTAssertNil(statements.first?.speaker.entity)
    }

    // MARK: - 3. The addressee is not the speaker

    func testAnAddresseeBeforeTheSubjectIsCrossed() {
        let (quotes, statements) = run(
            "قال لي مسؤول حكومي سابق ذات مرة إن «الإصلاح يبدأ من التعليم». "
            + "وقال لـ«الصباح» الخبير الاقتصادي سامي الحداد إن الأسعار سترتفع. "
            + "وأضافت لنا الطبيبة أن المستشفى ممتلئ.",
            entities: [(["لي"], "PERSON"), (["الصباح"], "ORGANISATION"), (["سامي الحداد"], "PERSON")])
        XCTAssertEqual(statements.map(\.speaker.name), ["مسؤول حكومي سابق", "سامي الحداد", "الطبيبة"])
        XCTAssertEqual(quote("الإصلاح يبدأ من التعليم", in: quotes)?.speaker?.name, "مسؤول حكومي سابق")
        let network = run("وقال مسؤولون لشبكة “سي إن إن” إن المفاوضات مستمرة.")
        XCTAssertEqual(network.statements.first?.content.text, "المفاوضات مستمرة")
        let korean = run("وقال لي جيه ميونغ إن الحوار ممكن.", entities: [(["لي جيه ميونغ"], "PERSON")])
        XCTAssertEqual(korean.statements.map(\.speaker.name), ["لي جيه ميونغ"])
        // وفقاً لرويترز names its source: no addressee there.
        let source = run("وفقاً لرويترز، فإن المحادثات توقفت.", entities: [(["رويترز"], "ORGANISATION")])
        XCTAssertEqual(source.statements.map(\.speaker.name), ["رويترز"])
    }

    // MARK: - 4. An unnamed speaker's phrase stops

    func testAnUnnamedSpeakerStopsAtAVerbOrACircumstantialClause() {
        let (_, statements) = run(
            "وبحسب سكان محليون تحدثوا لوكالة الأنباء المحلية، فإن القصف استمر طوال الليل. "
            + "وقالت لي وهي تبكي إن بيتها تهدم.")
        XCTAssertEqual(statements.first?.speaker.name, "سكان محليون")
        XCTAssertEqual(statements.first?.content.text, "القصف استمر طوال الليل")
        XCTAssertNotEqual(statements.last?.speaker.name, "وهي تبكي")
        let anonymous = run("وقال مصدر أمني طلب عدم ذكر اسمه إن الهجوم وقع فجراً.")
        XCTAssertEqual(anonymous.statements.map(\.speaker.name), ["مصدر أمني"])
    }

    func testAnUnnamedSpeakersParticipleKeepsItsComplement() {
        let (_, statements) = run("وقال مسؤول مطلع على الملف إن المفاوضات متعثرة. وقال مسؤول من جهته إن الحل قريب.")
        XCTAssertEqual(statements.map(\.speaker.name), ["مسؤول مطلع على الملف", "مسؤول"])
    }

    func testRaddaWithItsComplementiserIsAVerbOfSaying() {
        let (quotes, statements) = run("ورد وزير المالية بأن الأرقام «غير دقيقة». وقال الوزير ردا على سؤال إن الميزانية متوازنة.")
        XCTAssertEqual(statements.map(\.speaker.name), ["وزير المالية", "الوزير"])
        XCTAssertEqual(statements.map(\.cue.text), ["ورد", "وقال"])
        XCTAssertEqual(quote("غير دقيقة", in: quotes)?.speaker?.name, "وزير المالية")
        // ورد في: "appeared in", no reply.
        XCTAssertTrue(run("ورد في التقرير أن العجز تراجع.").statements.isEmpty)
    }

    func testAnUnnamedSourceBeforeItsVerb() {
        let (quotes, statements) = run(
            "ولم يعلق الوزير على القرار، لكن مصادر مقربة من مكتبه قالت إنه “يدرس العرض بجدية”.")
        XCTAssertEqual(statements.map(\.speaker.name), ["مصادر مقربة من مكتبه"])
        XCTAssertEqual(quote("يدرس العرض بجدية", in: quotes)?.speaker?.name, "مصادر مقربة من مكتبه")
    }

    func testCallingForTakesItsContentAfterIla() {
        let (quotes, statements) = run(
            "فيما دعت فرنسا عبر سفارتها في بيروت إلى “وقف فوري لإطلاق النار”.", entities: [(["فرنسا"], "LOCATION")])
        XCTAssertEqual(statements.map(\.speaker.name), ["فرنسا"])
        XCTAssertEqual(quote("وقف فوري لإطلاق النار", in: quotes)?.speaker?.name, "فرنسا")
    }

    func testBilqawlAndAParticipleTakeTheSubjectAfterTheOpeningVerb() {
        let (quotes, _) = run("وختم الوزير حديثه بالقول: «لن نتراجع عن الإصلاحات». وتساءل النائب: «من يحاسب الحكومة؟».")
        XCTAssertEqual(quote("لن نتراجع عن الإصلاحات", in: quotes)?.speaker?.name, "الوزير")
        XCTAssertEqual(quote("من يحاسب الحكومة؟", in: quotes)?.speaker?.name, "النائب")
        let met = run("واستقبل المحافظ وفد البنك الدولي، مؤكداً أن المشاريع ستستمر. وفي بيروت، مشيراً إلى أن الوضع هادئ.",
                      entities: [(["بيروت"], "LOCATION"), (["البنك الدولي"], "ORGANISATION")])
        XCTAssertEqual(met.statements.map(\.speaker.name), ["المحافظ"])
    }

    func testCallingForOpensItsClauseAndItsObjectIsNoSpeaker() {
        let (_, statements) = run(
            "ودعا الاجتماع جامعة الدول العربية إلى التنسيق. وقال الوزير إن بلاده دعت جميع الأطراف إلى ضبط النفس. "
            + "وأصدرت الوزارة بياناً دعت فيه إلى التهدئة.",
            entities: [(["جامعة الدول العربية"], "ORGANISATION")])
        XCTAssertEqual(statements.map(\.speaker.name), ["الاجتماع", "الوزير", "الوزارة"])
        XCTAssertEqual(statements[1].content.text, "بلاده دعت جميع الأطراف إلى ضبط النفس")
    }

    func testTheSentencesSubjectStopsAtAClauseOpenerAndARelativeVerbTakesItsAntecedent() {
        let (_, statements) = run(
            "وقال الوزير سامي الحداد إن الخطة جاهزة. واختتم فادي عيسى زيارته، لكن مصدراً رفيعاً قال إن النتائج محدودة. "
            + "والتقى الوزير بالمبعوث ماهر نصار الذي قال إن الحل قريب.",
            entities: [(["سامي الحداد"], "PERSON"), (["فادي عيسى"], "PERSON"), (["ماهر نصار"], "PERSON")])
        XCTAssertEqual(statements.map(\.speaker.name), ["سامي الحداد", "مصدراً رفيعاً", "ماهر نصار"])
        // دعا الأمين العام لحزب الله فلان: الله inside a name is no object pronoun.
        let titled = run("دعا الأمين العام لحزب الله حسن نعيم إلى الحوار.", entities: [(["حزب الله"], "ORGANISATION"), (["حسن نعيم"], "PERSON")])
        XCTAssertEqual(titled.statements.map(\.speaker.name), ["حسن نعيم"])
    }

    func testTheSentencesSubjectIsNoPersonInsideTheObject() {
        let (_, statements) = run(
            "وقال البروفيسور إن المتحف جاهز. وسيضم المتحف تمثالاً للرحالة المغربي ابن بطوطة في مدخله، وأضاف أن الافتتاح قريب.",
            entities: [(["ابن بطوطة"], "PERSON")])
        XCTAssertEqual(statements.map(\.speaker.name), ["البروفيسور", "البروفيسور"])
    }

    func testDescribingToAnAddresseeKeepsTheObjectOutOfTheSpeaker() {
        let (_, statements) = run("وقال الكاتب إن الرواية صدرت. ويصف لـ«الشرق» تحول البطل بأنه مفاجئ. وأضاف فلان، أن الطبعة نفدت.")
        XCTAssertFalse(statements.contains { $0.speaker.name.hasPrefix("تحول") }, "\(statements.map(\.speaker.name))")
        XCTAssertEqual(statements.last?.content.text, "الطبعة نفدت")
    }

    // MARK: - 5. A speaker noun keeps its genitive

    func testAStatementNounKeepsItsGenitive() {
        let (quotes, statements) = run("وبحسب بيان الهيئة، تدخل القواعد حيز التنفيذ الشهر المقبل وتهدف إلى “حماية المستثمرين”.")
        XCTAssertEqual(statements.map(\.speaker.name), ["بيان الهيئة"])
        XCTAssertEqual(quote("حماية المستثمرين", in: quotes)?.speaker?.name, "بيان الهيئة")
    }

    func testAnUnnamedSourceKeepsTheBodyItBelongsTo() {
        let (_, statements) = run(
            "وقال مصدر في الوزارة إن القرار نهائي. وأكد تقرير المنظمة أن الأوضاع تتدهور. "
            + "ونقلت الوكالة عن مسؤول في الشركة قوله إن الإنتاج توقف.")
        XCTAssertEqual(statements.map(\.speaker.name), ["مصدر في الوزارة", "تقرير المنظمة", "مسؤول في الشركة"])
    }

    // MARK: - 6. Statements that were lost

    func testALongCircumstanceBetweenSubjectAndComplementiser() {
        let (_, statements) = run(
            "أعلنت شركة الاتصالات الوطنية، في إفصاح نشرته على موقع البورصة الرسمي صباح الاثنين 3 مارس 2025 بعد إغلاق التداول، أن أرباحها تراجعت.",
            entities: [(["شركة الاتصالات الوطنية"], "ORGANISATION")])
        XCTAssertEqual(statements.map(\.speaker.name), ["شركة الاتصالات الوطنية"])
        XCTAssertEqual(statements.first?.content.text, "أرباحها تراجعت")
    }

    func testADocumentsYearAfterTheSourceClosingTheSentence() {
        let (_, statements) = run(
            "ويعمل في ألمانيا نحو 5 آلاف ممرض أجنبي، وفق بيانات الاتحاد الطبي الألماني لعام 2023.",
            entities: [(["الاتحاد الطبي الألماني"], "ORGANISATION")])
        XCTAssertEqual(statements.map(\.speaker.name), ["الاتحاد الطبي الألماني"])
        XCTAssertEqual(statements.first?.content.text, "ويعمل في ألمانيا نحو 5 آلاف ممرض أجنبي")
    }

    func testAnnouncingAndExpectingReportAVerbalNounAfterTheirSubject() {
        let (_, statements) = run(
            "أعلنت شركة الكهرباء الوطنية “نورنا” تمديد ساعات التقنين في العاصمة. ويتوقع المزارعون ارتفاع الأسعار هذا الصيف. "
            + "وأكد الوزير دعم الحكومة للمزارعين. وأعلن الرئيس في خطابه الأخير. وأعلنت الوزارة اليوم رفع الحظر.",
            entities: [(["شركة الكهرباء الوطنية"], "ORGANISATION")])
        XCTAssertEqual(statements.map(\.speaker.name), ["شركة الكهرباء الوطنية", "المزارعون", "الوزارة"])
        XCTAssertEqual(statements.map(\.content.text), ["تمديد ساعات التقنين في العاصمة", "ارتفاع الأسعار هذا الصيف", "رفع الحظر"])
    }

    // MARK: - 7. Brand and product names in quotation marks

    func testABrandNameAfterItsCompanyOrAProductWordIsAName() {
        let (quotes, _) = run(
            "وأطلقت شركة الألبان الوطنية “حليبنا” خطاً جديداً للإنتاج، فيما ارتفع مؤشر «نماء» 12 نقطة.",
            entities: [(["شركة الألبان الوطنية"], "ORGANISATION")])
        XCTAssertEqual(quote("حليبنا", in: quotes)?.kind, "name")
        XCTAssertEqual(quote("نماء", in: quotes)?.kind, "name")
        // A quotation after its speaker that ends the clause stays a quotation.
        let said = run("وقالت منظمة العفو «نرفض».", entities: [(["منظمة العفو"], "ORGANISATION")])
        XCTAssertEqual(quote("نرفض", in: said.quotes)?.kind, "quotation")
    }
}

/// Speakers after a role in apposition and after the previous sentence's subject (session entfix).
final class QuoteRoleAppositionTests: XCTestCase {
    private func run(_ string: String, entities: [(names: [String], type: String)] = []) -> (quotes: [Quote], statements: [Statement]) {
        QuoteLayerRun.run(string, entities: entities)
    }

    func testAPersonInAppositionPastAnAcronymAndAPlaceIsTheSpeaker() {
        let (_, statements) = run(
            "وفي عدن، قال مدير برامج منظمة الصحة العالمية (WHO) في اليمن، بيتر هوفمان، إن الوباء ينحسر.",
            entities: [(["منظمة الصحة العالمية"], "ORGANISATION"), (["WHO"], "ORGANISATION"), (["اليمن"], "LOCATION"),
                       (["بيتر هوفمان"], "PERSON")])
        XCTAssertEqual(statements.map(\.speaker.name), ["بيتر هوفمان"])
        // Without a role word the phrase stays the speaker.
        let unnamed = run("وقال مصدر في الوزارة (الداخلية)، إن الحادث عرضي.")
        XCTAssertEqual(unnamed.statements.map(\.speaker.name), ["مصدر في الوزارة"])
    }

    func testASayingThatOpensItsSentenceTakesThePreviousSentencesSubject() {
        let (_, statements) = run(
            "وقال الوزير خالد سليم إن الدعم مستمر. وفي السوق، جلست نادية، وهي بائعة خضار، تنتظر زبائنها. وقالت إن الأسعار لا تطاق.",
            entities: [(["خالد سليم"], "PERSON"), (["نادية"], "PERSON")])
        XCTAssertEqual(statements.map(\.speaker.name), ["خالد سليم", "نادية"])
        // أضاف continues the last speaker.
        let added = run(
            "وقال الوزير خالد سليم إن الدعم مستمر. وفي السوق، جلست نادية تنتظر زبائنها. وأضاف أن الأسعار ستنخفض.",
            entities: [(["خالد سليم"], "PERSON"), (["نادية"], "PERSON")])
        XCTAssertEqual(added.statements.map(\.speaker.name), ["خالد سليم", "خالد سليم"])
    }
}
