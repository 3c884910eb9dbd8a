import Foundation
@testable import ArticleCore

/// Scores predicted entities and country adjectives against a gold annotation: the measures of the
/// issue's golden test (required entities found with the right type, exact mention spans, predicted
/// mentions that overlap nothing in the gold), shared by GoldenEntityTests and DevArticleTests.
enum EntityScoring {
    static let goldTypes = ["PER": "PERSON", "ORG": "ORGANISATION", "LOC": "LOCATION", "MISC": "MISC"]

    struct Scores {
        var entitiesFound = 0, entitiesRequired = 0
        var mentionsExact = 0, mentionsRequired = 0
        var predictedMentions = 0, spuriousMentions = 0
        var adjectivesPredicted = 0, adjectivesGold = 0, adjectivesCorrect = 0
        /// Required entities and mentions by gold type: [type: (found, required)].
        var entitiesByType: [String: (found: Int, required: Int)] = [:]
        var misses: [String] = [], spurious: [String] = []
    }

    /// The spans the gold notes accept besides the annotated one: "a span covering X alone is
    /// accepted", "a span that also covers X is accepted".
    static func acceptedSpans(_ mention: GoldAnnotation.Mention, note: String?, text: ArticleText) -> [Span] {
        var spans = [Span(start: mention.start, end: mention.end)]
        guard let note else { return spans }
        let surface = Array(mention.text.unicodeScalars)
        if let r = note.range(of: "a span covering "), let e = note.range(of: " alone is accepted", range: r.upperBound..<note.endIndex) {
            let alone = Array(note[r.upperBound..<e.lowerBound].unicodeScalars)
            if let at = (0...max(0, surface.count - alone.count)).first(where: { surface.count >= alone.count && Array(surface[$0..<($0 + alone.count)]) == alone }) {
                spans.append(Span(start: mention.start + at, end: mention.start + at + alone.count))
            }
        }
        if let r = note.range(of: "a span that also covers "), let e = note.range(of: " is accepted", range: r.upperBound..<note.endIndex) {
            let extra = Array(note[r.upperBound..<e.lowerBound].unicodeScalars)
            let end = mention.end + extra.count
            if end <= text.count, Array(text.scalars[mention.end..<end]) == extra {
                spans.append(Span(start: mention.start, end: end))
            }
        }
        return spans
    }

    static func score(_ entities: [Entity], _ adjectives: [CountryAdjective], gold: GoldAnnotation, text: ArticleText) -> Scores {
        var s = Scores()
        var predicted: [(Span, String)] = []
        for e in entities { for m in e.mentions { predicted.append((m.span, e.type)) } }
        let predictedSet = Set(predicted.map { "\($0.0.start):\($0.0.end):\($0.1)" })
        var goldSpans: [Span] = []
        for e in gold.entities {
            let type = goldTypes[e.type] ?? e.type
            var found = false
            for m in e.mentions {
                let accepted = acceptedSpans(m, note: e.note, text: text)
                goldSpans.append(contentsOf: accepted)
                let hit = accepted.contains { predictedSet.contains("\($0.start):\($0.end):\(type)") }
                found = found || hit
                if e.optional != true {
                    s.mentionsRequired += 1
                    if hit { s.mentionsExact += 1 } else { s.misses.append("\(e.type) \(m.start)-\(m.end) \(m.text)") }
                }
            }
            if e.optional != true {
                s.entitiesRequired += 1
                s.entitiesByType[e.type, default: (0, 0)].required += 1
                if found { s.entitiesFound += 1; s.entitiesByType[e.type, default: (0, 0)].found += 1 } else {
                    s.misses.append("ENTITY \(e.type) \(e.canonical)")
                }
            }
        }
        let allowed = goldSpans + gold.country_adjectives.map { Span(start: $0.start, end: $0.end) }
        s.predictedMentions = predicted.count
        for (span, type) in predicted where !allowed.contains(where: { $0.overlaps(span) }) {
            s.spuriousMentions += 1
            s.spurious.append("\(type) \(span.start)-\(span.end) \(text.slice(span))")
        }
        let key = { (start: Int, end: Int, code: String) in "\(start):\(end):\(code)" }
        let required = Set(gold.country_adjectives.filter { $0.optional != true }.map { key($0.start, $0.end, $0.country_code) })
        let any = Set(gold.country_adjectives.map { key($0.start, $0.end, $0.country_code) })
        s.adjectivesGold = required.count
        s.adjectivesPredicted = adjectives.count
        s.adjectivesCorrect = adjectives.filter { required.contains(key($0.start, $0.end, $0.countryCode)) }.count
        for a in adjectives where !any.contains(key(a.start, a.end, a.countryCode)) {
            s.spurious.append("ADJ \(a.start)-\(a.end) \(a.text) \(a.countryCode)")
        }
        return s
    }
}
