import Foundation
import XCTest
@testable import ArticleCore

/// The extraction core on fifty articles it was not written against (Tests/CoreTests/DevArticles,
/// written and annotated for this project): the golden test's measures per article and in total,
/// for the first set of ten (all tuned on now), the six tuned articles of the second set, the fifth
/// set (a dev set since session heldout6) and, separately, the second set's four held out and the
/// third, fourth, sixth and seventh sets' six held out each (their totals and details print only with
/// DEV_HELDOUT=1). Asserts floors a little below the measured totals (a regression guard, not a
/// target; far below for the third to seventh sets, which are measurements). DEV_DETAIL=1 prints every
/// miss of the tuned articles and of the fifth set; DEV_DUMP=name,name prints what the record holds
/// for those articles.
final class DevArticleTests: XCTestCase {
    static let directory = CoreTestSupport.repositoryRoot.appendingPathComponent("Tests/CoreTests/DevArticles")
    /// The first set (session coregen): seven tuned on from the start, three held out there and
    /// looked at afterwards, so tuned on too.
    static let tuned = ["wire-court", "economy", "maghrebi", "levantine", "gulf-hijri", "interview", "politics",
                        "moroccan", "opinion", "sports"]
    /// The second set (session coregen2): six tuned on, four held out (chosen before any was written).
    static let tunedSecond = ["egypt-local", "security-report", "health-science", "tech-business", "obituary", "interview-qa"]
    static let heldOut = ["libya-politics", "parliament-court", "opinion-endbyline", "algeria-hijri"]
    /// The third set (session heldout3): six articles written and annotated before the extractor
    /// ran on them, to estimate how the core does on unseen text. Only measured, never tuned on.
    static let heldOutThird = ["jordan-water", "saudi-aramco", "sudan-displaced", "uae-qatar", "opinion-doctors", "kings-cup"]
    /// The fourth set (session heldout4): six more articles written and annotated before the
    /// extractor ran on them, measured at the start and at the end of a session whose fixes were
    /// made on the third set, to learn how much of the fixes carries over. Only measured, never tuned on.
    static let heldOutFourth = ["redsea-shipping", "lebanon-deposits", "algeria-elections", "egypt-bookfair", "palestine-economy", "jordan-basketball"]
    /// The fifth set (session heldout5): six more articles written and annotated before the
    /// extractor ran on them, measured at the start and at the end of a session whose fixes were
    /// made on the fourth set. Its detail was read afterwards and session heldout6 works on its misses:
    /// an ordinary dev set now, printed like the tuned sets.
    static let heldOutFifth = ["syria-homs", "oman-investment", "morocco-teachers", "yemen-taiz", "qatar-genome", "opinion-nahda"]
    /// The sixth set (session heldout6): six more articles written and annotated (and committed)
    /// before the extractor ran on them, by an engineer who read neither the core's sources nor any
    /// earlier held-out set's per-item output; measured at the start and at the end of a session
    /// whose fixes were made on the fifth set. Only measured, never tuned on.
    static let heldOutSixth = ["tripoli-waste", "egypt-electricity", "tunisia-court", "kurdistan-gasfield", "kuwait-cup", "opinion-rivers"]
    /// The seventh set (session heldout7): six more articles written and annotated (and committed)
    /// before the extractor ran on them, by an engineer who read neither the core's sources nor any
    /// earlier held-out set's per-item output; measured at the start and at the end of a session
    /// whose work made the entity rules find organisations and places in unseen text. Only measured,
    /// never tuned on.
    static let heldOutSeventh = ["mauritania-octopus", "lebanon-university", "baghdad-results", "riyadh-air", "kufra-refugees", "opinion-manuscripts"]

    /// One article's (or a sum of articles') counts.
    struct Tally {
        var articles = 0, titles = 0, authors = 0, paragraphs = 0, genres = 0
        var entitiesFound = 0, entitiesRequired = 0, mentionsExact = 0, mentionsRequired = 0
        var mentionsPredicted = 0, mentionsSpurious = 0
        var adjectivesCorrect = 0, adjectivesGold = 0, adjectivesPredicted = 0
        var byType: [String: (found: Int, required: Int)] = [:]
        var datesRight = 0, datesRequired = 0, datesExtra = 0
        var quotationsRight = 0, quotationsRequired = 0, notQuotesMisclassified = 0, notQuotes = 0
        var statementsRight = 0, statementsRequired = 0, statementsExtra = 0
        var amountsRight = 0, amountsRequired = 0, amountsSpurious = 0

        static func + (a: Tally, b: Tally) -> Tally {
            var t = Tally()
            t.articles = a.articles + b.articles; t.titles = a.titles + b.titles; t.authors = a.authors + b.authors
            t.paragraphs = a.paragraphs + b.paragraphs; t.genres = a.genres + b.genres
            t.entitiesFound = a.entitiesFound + b.entitiesFound; t.entitiesRequired = a.entitiesRequired + b.entitiesRequired
            t.mentionsExact = a.mentionsExact + b.mentionsExact; t.mentionsRequired = a.mentionsRequired + b.mentionsRequired
            t.mentionsPredicted = a.mentionsPredicted + b.mentionsPredicted; t.mentionsSpurious = a.mentionsSpurious + b.mentionsSpurious
            t.adjectivesCorrect = a.adjectivesCorrect + b.adjectivesCorrect; t.adjectivesGold = a.adjectivesGold + b.adjectivesGold
            t.adjectivesPredicted = a.adjectivesPredicted + b.adjectivesPredicted
            t.byType = a.byType.merging(b.byType) { ($0.found + $1.found, $0.required + $1.required) }
            t.datesRight = a.datesRight + b.datesRight; t.datesRequired = a.datesRequired + b.datesRequired; t.datesExtra = a.datesExtra + b.datesExtra
            t.quotationsRight = a.quotationsRight + b.quotationsRight; t.quotationsRequired = a.quotationsRequired + b.quotationsRequired
            t.notQuotesMisclassified = a.notQuotesMisclassified + b.notQuotesMisclassified; t.notQuotes = a.notQuotes + b.notQuotes
            t.statementsRight = a.statementsRight + b.statementsRight; t.statementsRequired = a.statementsRequired + b.statementsRequired
            t.statementsExtra = a.statementsExtra + b.statementsExtra
            t.amountsRight = a.amountsRight + b.amountsRight; t.amountsRequired = a.amountsRequired + b.amountsRequired
            t.amountsSpurious = a.amountsSpurious + b.amountsSpurious
            return t
        }

        var line: String {
            let types = byType.keys.sorted().map { "\($0) \(byType[$0]!.found)/\(byType[$0]!.required)" }.joined(separator: " ")
            return """
                title \(titles)/\(articles) authors \(authors)/\(articles) paragraphs \(paragraphs)/\(articles) genre \(genres)/\(articles) | \
                entities \(entitiesFound)/\(entitiesRequired) (\(types)) mentions exact \(mentionsExact)/\(mentionsRequired) \
                spurious \(mentionsSpurious)/\(mentionsPredicted) adjectives \(adjectivesCorrect)/\(adjectivesGold) (predicted \(adjectivesPredicted)) | \
                dates \(datesRight)/\(datesRequired) (extra \(datesExtra)) | quotations \(quotationsRight)/\(quotationsRequired) \
                not-quotes as quotations \(notQuotesMisclassified)/\(notQuotes) | statements \(statementsRight)/\(statementsRequired) \
                (extra \(statementsExtra)) | amounts \(amountsRight)/\(amountsRequired) (spurious \(amountsSpurious))
                """
        }
    }

    static func gold(_ name: String) throws -> GoldAnnotation {
        try JSONDecoder().decode(GoldAnnotation.self, from: Data(contentsOf: directory.appendingPathComponent(name + ".gold.json")))
    }

    static func record(_ name: String) throws -> ArticleRecord {
        let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(name + ".ar.txt")))
        let record = try ArticleExtractor().extract(bytes, options: .init(sourceName: name + ".ar.txt")).get()
        CoreTestSupport.keep(record, name: "dev-" + name)
        return record
    }

    /// A speaker is right when its name (or, for a named entity, its entity's mentions) matches the
    /// gold speaker or one of its accepted alternatives; the cue's surface is not judged here.
    static func judge(_ record: ArticleRecord, _ gold: GoldAnnotation) -> QuoteScoring.Judge {
        { speaker, _, name, alternatives, _ in
            guard let speaker else { return false }
            let predicted = MatchKey.key(speaker.name)
            if ([name] + alternatives).contains(where: { MatchKey.key($0) == predicted }) { return true }
            guard let goldEntity = gold.entities.first(where: { $0.canonical == name }) else { return false }
            let goldSpans = goldEntity.mentions.map { Span(start: $0.start, end: $0.end) }
            var spans = speaker.mention.map { [$0.span] } ?? []
            if let id = speaker.entity, let entity = record.entities.first(where: { $0.id == id }) {
                spans += entity.mentions.map(\.span)
            }
            return spans.contains { s in goldSpans.contains { $0.overlaps(s) } }
        }
    }

    static func score(_ name: String, details: Bool) throws -> Tally {
        let gold = try gold(name)
        let record = try record(name)
        let text = ArticleText(record.text)
        var t = Tally()
        var notes: [String] = []
        t.articles = 1
        t.titles = record.title?.text == gold.title ? 1 : 0
        t.authors = record.authors.map(\.name) == gold.authors ? 1 : 0
        t.paragraphs = record.counts.paragraphs == gold.body_paragraphs ? 1 : 0
        t.genres = record.genre?.value == gold.genre ? 1 : 0
        if t.titles == 0 { notes.append("title: \(record.title?.text ?? "nil")") }
        if t.authors == 0 { notes.append("authors: \(record.authors.map { "\($0.name) (\($0.role))" }) gold \(gold.authors)") }
        if t.paragraphs == 0 { notes.append("paragraphs: \(record.counts.paragraphs) gold \(gold.body_paragraphs)") }
        if t.genres == 0 { notes.append("genre: \(record.genre?.value ?? "nil") \(record.genre?.evidence ?? []) gold \(gold.genre)") }

        let e = EntityScoring.score(record.entities, record.countryAdjectives, gold: gold, text: text)
        t.entitiesFound = e.entitiesFound; t.entitiesRequired = e.entitiesRequired
        t.mentionsExact = e.mentionsExact; t.mentionsRequired = e.mentionsRequired
        t.mentionsPredicted = e.predictedMentions; t.mentionsSpurious = e.spuriousMentions
        t.adjectivesCorrect = e.adjectivesCorrect; t.adjectivesGold = e.adjectivesGold; t.adjectivesPredicted = e.adjectivesPredicted
        t.byType = e.entitiesByType
        notes += e.misses.map { "miss \($0)" } + e.spurious.map { "spurious \($0)" }

        for g in gold.dates where g.optional != true {
            t.datesRequired += 1
            let span = Span(start: g.start, end: g.end)
            let hits = record.dates.filter { Span(start: $0.start, end: $0.end).overlaps(span) }
            if hits.contains(where: { $0.value == g.value }) { t.datesRight += 1 } else {
                notes.append("date missed: \(g.text) = \(g.value) got \(hits.map { "\($0.text) = \($0.value ?? "nil")" })")
            }
        }
        for d in record.dates where !gold.dates.contains(where: { Span(start: $0.start, end: $0.end).overlaps(Span(start: d.start, end: d.end)) }) {
            t.datesExtra += 1
            notes.append("extra date: \(d.text) = \(d.value ?? "nil")")
        }

        let q = QuoteScoring.score(record.quotes, record.statements, gold: gold, judge: judge(record, gold))
        t.quotationsRight = q.quotationsRight; t.quotationsRequired = q.quotationsRequired
        t.notQuotesMisclassified = q.notQuotesMisclassified; t.notQuotes = q.notQuotes
        t.statementsRight = q.statementsRight; t.statementsRequired = q.statementsRequired; t.statementsExtra = q.statementsExtra
        notes += q.messages

        for g in gold.amounts where g.optional != true {
            t.amountsRequired += 1
            let span = Span(start: g.start, end: g.end)
            let hits = record.amounts.filter { Span(start: $0.start, end: $0.end).overlaps(span) }
            if hits.contains(where: { abs($0.value - g.value) <= 1e-6 * max(1, abs(g.value)) }) { t.amountsRight += 1 } else {
                notes.append("amount missed: \(g.text) = \(g.value) got \(hits.map { "\($0.text) = \($0.value)" })")
            }
        }
        for a in record.amounts where !gold.amounts.contains(where: { Span(start: $0.start, end: $0.end).overlaps(Span(start: a.start, end: a.end)) }) {
            t.amountsSpurious += 1
            notes.append("spurious amount: \(a.text) = \(a.value)")
        }

        // Every span the record gives slices to its surface.
        for entity in record.entities { for m in entity.mentions { XCTAssertEqual(text.slice(m.span), m.text, name) } }
        for d in record.dates { XCTAssertEqual(text.slice(Span(start: d.start, end: d.end)), d.text, name) }
        for a in record.amounts { XCTAssertEqual(text.slice(Span(start: a.start, end: a.end)), a.text, name) }

        if ProcessInfo.processInfo.environment["DEV_DUMP"]?.split(separator: ",").contains(Substring(name)) == true {
            for e in record.entities { print("E \(e.type) \(e.canonical) \(e.sources) \(e.roles) \(e.mentions.map { "\($0.text)@\($0.start)" })") }
            for q in record.quotes { print("Q \(q.kind) «\(q.text)» [\(q.speaker?.name ?? "-")] \(q.cue?.text ?? "-")") }
            for s in record.statements { print("S \(s.cue.text) [\(s.speaker.name)] \(s.content.text.prefix(50))") }
            for d in record.dates { print("D \(d.text) = \(d.value ?? "nil") \(d.calendar)") }
            for a in record.amounts { print("A \(a.text) = \(a.value) \(a.unit ?? "")") }
        }
        if details {
            print("DEV \(name): \(t.line)")
            for n in notes { print("    \(n)") }
        }
        return t
    }

    func testDevArticlesScores() throws {
        let environment = ProcessInfo.processInfo.environment
        let showHeldOut = environment["DEV_HELDOUT"] != nil
        let details = environment["DEV_DETAIL"] != nil
        var tuned = Tally(), tunedSecond = Tally(), heldOut = Tally(), heldOutThird = Tally(), heldOutFourth = Tally()
        var heldOutFifth = Tally(), heldOutSixth = Tally(), heldOutSeventh = Tally()
        for name in Self.tuned { tuned = tuned + (try Self.score(name, details: details)) }
        for name in Self.tunedSecond { tunedSecond = tunedSecond + (try Self.score(name, details: details)) }
        for name in Self.heldOut { heldOut = heldOut + (try Self.score(name, details: showHeldOut)) }
        for name in Self.heldOutThird { heldOutThird = heldOutThird + (try Self.score(name, details: showHeldOut)) }
        for name in Self.heldOutFourth { heldOutFourth = heldOutFourth + (try Self.score(name, details: showHeldOut)) }
        for name in Self.heldOutFifth { heldOutFifth = heldOutFifth + (try Self.score(name, details: details)) }
        for name in Self.heldOutSixth { heldOutSixth = heldOutSixth + (try Self.score(name, details: showHeldOut)) }
        for name in Self.heldOutSeventh { heldOutSeventh = heldOutSeventh + (try Self.score(name, details: showHeldOut)) }
        print("DEV TOTAL tuned, first set (\(Self.tuned.count)): \(tuned.line)")
        print("DEV TOTAL tuned, second set (\(Self.tunedSecond.count)): \(tunedSecond.line)")
        print("DEV TOTAL fifth set, dev (\(Self.heldOutFifth.count)): \(heldOutFifth.line)")
        if showHeldOut {
            print("DEV TOTAL held out, second set (\(Self.heldOut.count)): \(heldOut.line)")
            print("DEV TOTAL held out 3 (\(Self.heldOutThird.count)): \(heldOutThird.line)")
            print("DEV TOTAL held out 4 (\(Self.heldOutFourth.count)): \(heldOutFourth.line)")
            print("DEV TOTAL held out 6 (\(Self.heldOutSixth.count)): \(heldOutSixth.line)")
            print("DEV TOTAL held out 7 (\(Self.heldOutSeventh.count)): \(heldOutSeventh.line)")
        }

        // Floors a little below the measured figures.
        assertFloors(tuned, Self.tunedFloors, label: "tuned, first set")
        assertFloors(tunedSecond, Self.tunedSecondFloors, label: "tuned, second set")
        assertFloors(heldOut, Self.heldOutFloors, label: "held out")
        assertFloors(heldOutThird, Self.heldOutThirdFloors, label: "held out 3")
        assertFloors(heldOutFourth, Self.heldOutFourthFloors, label: "held out 4")
        assertFloors(heldOutFifth, Self.heldOutFifthFloors, label: "fifth set (dev)")
        assertFloors(heldOutSixth, Self.heldOutSixthFloors, label: "held out 6")
        assertFloors(heldOutSeventh, Self.heldOutSeventhFloors, label: "held out 7")
    }

    /// Fractions each measure must reach: (structure exact, entities found, mentions exact,
    /// spurious mention share at most, dates, quotations, statements, amounts). Measured at the end
    /// of session coregen2: first set 107/114 entities, 144/152 exact mentions, 3/166 spurious,
    /// 53/53 dates, 32/33 quotations, 55/55 statements, 81/82 amounts; second set tuned 69/73,
    /// 92/98, 1/104, 26/26, 11/11, 37/37, 62/62; held out (measured once, totals) 39/49, 43/55,
    /// 12/65, 5/8, 8/13, 15/24, 27/27, structure 10/12.
    struct Floors { var structure, entities, mentions, spurious, dates, quotations, statements, amounts: Double }
    static let tunedFloors = Floors(structure: 1, entities: 0.92, mentions: 0.93, spurious: 0.04, dates: 0.95, quotations: 0.93, statements: 0.95, amounts: 0.95)
    static let tunedSecondFloors = Floors(structure: 1, entities: 0.92, mentions: 0.91, spurious: 0.04, dates: 0.95, quotations: 0.9, statements: 0.95, amounts: 0.95)
    static let heldOutFloors = Floors(structure: 0.8, entities: 0.75, mentions: 0.75, spurious: 0.22, dates: 0.6, quotations: 0.55, statements: 0.55, amounts: 0.95)
    /// The third held-out set is a measurement, not a target: floors far below any plausible
    /// figure (chosen before the first run), so they catch a collapse only.
    static let heldOutThirdFloors = Floors(structure: 0.5, entities: 0.5, mentions: 0.45, spurious: 0.35, dates: 0.4, quotations: 0.3, statements: 0.3, amounts: 0.6)
    /// The fourth held-out set: the same kind of collapse guard, chosen before the first run.
    static let heldOutFourthFloors = Floors(structure: 0.5, entities: 0.5, mentions: 0.45, spurious: 0.35, dates: 0.4, quotations: 0.3, statements: 0.3, amounts: 0.6)
    /// The fifth set (held out in session heldout5, a dev set since): the same collapse guard, kept.
    static let heldOutFifthFloors = Floors(structure: 0.5, entities: 0.5, mentions: 0.45, spurious: 0.35, dates: 0.4, quotations: 0.3, statements: 0.3, amounts: 0.6)
    /// The sixth held-out set: the same kind of collapse guard, chosen before the first run.
    static let heldOutSixthFloors = Floors(structure: 0.5, entities: 0.5, mentions: 0.45, spurious: 0.35, dates: 0.4, quotations: 0.3, statements: 0.3, amounts: 0.6)
    /// The seventh held-out set: the same collapse guard as the sixth's, chosen before the first run.
    static let heldOutSeventhFloors = Floors(structure: 0.5, entities: 0.5, mentions: 0.45, spurious: 0.35, dates: 0.4, quotations: 0.3, statements: 0.3, amounts: 0.6)

    private func assertFloors(_ t: Tally, _ f: Floors, label: String) {
        func share(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
        let structure = share(t.titles + t.authors + t.paragraphs, 3 * t.articles)
        XCTAssertGreaterThanOrEqual(structure, f.structure, "\(label): title, authors, paragraphs")
        XCTAssertGreaterThanOrEqual(share(t.entitiesFound, t.entitiesRequired), f.entities, "\(label): entities")
        XCTAssertGreaterThanOrEqual(share(t.mentionsExact, t.mentionsRequired), f.mentions, "\(label): mentions")
        XCTAssertLessThanOrEqual(share(t.mentionsSpurious, t.mentionsPredicted), f.spurious, "\(label): spurious mentions")
        XCTAssertGreaterThanOrEqual(share(t.datesRight, t.datesRequired), f.dates, "\(label): dates")
        XCTAssertGreaterThanOrEqual(share(t.quotationsRight, t.quotationsRequired), f.quotations, "\(label): quotations")
        XCTAssertGreaterThanOrEqual(share(t.statementsRight, t.statementsRequired), f.statements, "\(label): statements")
        XCTAssertGreaterThanOrEqual(share(t.amountsRight, t.amountsRequired), f.amounts, "\(label): amounts")
    }
}
