@testable import ArticleCore

/// Scores predicted quotes and statements against a gold annotation: quotations with the right
/// speaker (and cue), quotation marks that are not quotations kept out, statements with the right
/// speaker (a gold statement is matched by its cue_start falling inside a predicted cue's span).
/// Shared by GoldenQuoteTests (exact names and cues) and DevArticleTests (speakers only).
enum QuoteScoring {
    struct Scores {
        var quotationsRight = 0, quotationsRequired = 0, quotesPredicted = 0
        var notQuotesRight = 0, notQuotesMisclassified = 0, notQuotes = 0
        var statementsRight = 0, statementsRequired = 0, statementsPredicted = 0, statementsExtra = 0
        var messages: [String] = []
    }

    /// Whether a predicted speaker (and cue) is right for a gold item: (speaker, cue, gold speaker,
    /// gold speaker alternatives, gold cue).
    typealias Judge = (Speaker?, TextSpan?, String, [String], String) -> Bool

    /// The golden test's judge: the speaker's name and the cue's surface exactly as in the gold.
    static let exact: Judge = { speaker, cue, name, _, goldCue in speaker?.name == name && cue?.text == goldCue }

    static func score(_ quotes: [Quote], _ statements: [Statement], gold: GoldAnnotation, judge: Judge) -> Scores {
        var s = Scores()
        s.quotesPredicted = quotes.count
        s.statementsPredicted = statements.count
        func quote(at start: Int, _ end: Int) -> Quote? { quotes.first { $0.start == start && $0.end == end } }

        for g in gold.quotes where g.optional != true {
            s.quotationsRequired += 1
            let q = quote(at: g.start, g.end)
            if q?.kind == "quotation" && judge(q?.speaker, q?.cue, g.speaker, g.speaker_alternatives ?? [], g.cue) {
                s.quotationsRight += 1
            } else {
                s.messages.append("quotation missed: «\(g.text)» [\(g.speaker)] got \(q.map { "\($0.kind) [\($0.speaker?.name ?? "-")] cue \($0.cue?.text ?? "-")" } ?? "nothing")")
            }
        }
        for g in gold.quote_marks_that_are_not_quotes {
            s.notQuotes += 1
            let q = quote(at: g.start, g.end)
            if let q, q.kind != "quotation" { s.notQuotesRight += 1 } else {
                if q?.kind == "quotation" { s.notQuotesMisclassified += 1 }
                s.messages.append("not-quote wrong: \(g.text) (\(g.is)) got \(q.map { "\($0.kind) [\($0.speaker?.name ?? "-")]" } ?? "nothing")")
            }
        }
        for g in gold.statements where g.optional != true {
            s.statementsRequired += 1
            let p = statements.first { $0.cue.start <= g.cue_start && g.cue_start < $0.cue.end }
            if let p, judge(p.speaker, p.cue, g.speaker, g.speaker_alternatives ?? [], g.cue) { s.statementsRight += 1 } else {
                s.messages.append("statement missed: \(g.cue) [\(g.speaker)] got \(p.map { "\($0.cue.text) [\($0.speaker.name)]" } ?? "nothing")")
            }
        }
        for p in statements where !gold.statements.contains(where: { p.cue.start <= $0.cue_start && $0.cue_start < p.cue.end }) {
            s.statementsExtra += 1
            s.messages.append("extra statement: \(p.cue.text) [\(p.speaker.name)] \(p.content.text.prefix(60))")
        }
        return s
    }
}
