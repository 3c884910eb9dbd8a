import Foundation
import XCTest
@testable import ArticleCore

/// The entity layer against the hand-made annotation of the sample article (../shared/gold).
final class GoldenEntityTests: XCTestCase {
    static let goldTypes = ["PER": "PERSON", "ORG": "ORGANISATION", "LOC": "LOCATION", "MISC": "MISC"]

    struct Scores {
        var entitiesFound = 0, entitiesRequired = 0
        var mentionsExact = 0, mentionsRequired = 0
        var predictedMentions = 0, spuriousMentions = 0
        var adjectivesPredicted = 0, adjectivesGold = 0, adjectivesCorrect = 0
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

    static func score(_ entities: [Entity], _ adjectives: [CountryAdjective], gold: GoldAnnotation, notes: [String: String], text: ArticleText) -> Scores {
        var s = Scores()
        var predicted: [(Span, String)] = []
        for e in entities { for m in e.mentions { predicted.append((m.span, e.type)) } }
        let predictedSet = Set(predicted.map { "\($0.0.start):\($0.0.end):\($0.1)" })
        var goldSpans: [Span] = []
        for e in gold.entities {
            let type = goldTypes[e.type] ?? e.type
            var found = false
            for m in e.mentions {
                let accepted = acceptedSpans(m, note: notes[e.canonical], text: text)
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
                if found { s.entitiesFound += 1 } else { s.misses.append("ENTITY \(e.type) \(e.canonical)") }
            }
        }
        let adjectiveSpans = gold.country_adjectives.map { Span(start: $0.start, end: $0.end) }
        s.predictedMentions = predicted.count
        for (span, type) in predicted where !(goldSpans + adjectiveSpans).contains(where: { $0.overlaps(span) }) {
            s.spuriousMentions += 1
            s.spurious.append("\(type) \(span.start)-\(span.end) \(text.slice(span))")
        }
        let goldAdjectives = Set(gold.country_adjectives.map { "\($0.start):\($0.end):\($0.country_code)" })
        s.adjectivesGold = goldAdjectives.count
        s.adjectivesPredicted = adjectives.count
        s.adjectivesCorrect = adjectives.filter { goldAdjectives.contains("\($0.start):\($0.end):\($0.countryCode)") }.count
        for a in adjectives where !goldAdjectives.contains("\(a.start):\(a.end):\(a.countryCode)") {
            s.spurious.append("ADJ \(a.start)-\(a.end) \(a.text) \(a.countryCode)")
        }
        return s
    }

    /// The gold notes by canonical name (the loader's type does not carry them).
    static func notes() throws -> [String: String] {
        let data = try Data(contentsOf: SharedData.url("gold/kazakhstan-opinion.ar.gold.json"))
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        var out: [String: String] = [:]
        for e in json["entities"] as! [[String: Any]] {
            if let note = e["note"] as? String, let name = e["canonical"] as? String { out[name] = note }
        }
        return out
    }

    /// The second line of the sample is its byline (../shared/README.md); the structure layer
    /// finds it in the pipeline, here the test hands it over as the structure layer would.
    static func secondLine(_ text: ArticleText) -> Span {
        let breaks = text.scalars.indices.filter { text.scalars[$0] == "\n" }
        return text.trimmed(Span(start: breaks[0] + 1, end: breaks[1]))
    }

    func testSampleEntitiesMeetTheIssueThresholds() throws {
        let bytes = try SharedData.sampleArticle
        let gold = try SharedData.gold
        let text = ArticleText(String(decoding: bytes, as: UTF8.self))
        let key = NormalizedText(text)
        let tokens = Tokenizer.tokenize(text, key)
        let result = EntityRecognizer().recognize(text, key: key, tokens: tokens, bylineAuthors: [Self.secondLine(text)])
        let s = Self.score(result.entities, result.countryAdjectives, gold: gold, notes: try Self.notes(), text: text)

        for e in result.entities {
            print(e.id, e.type, e.canonical, e.countryCode ?? "", e.roles, e.mentions.map { "\($0.start)-\($0.end)" }, e.sources)
        }
        print(result.countryAdjectives.map { "\($0.start) \($0.text) \($0.countryCode)" })
        print("""
            entities: \(s.entitiesFound)/\(s.entitiesRequired) required found with the right type
            mentions: \(s.mentionsExact)/\(s.mentionsRequired) exact (\(percent(s.mentionsExact, s.mentionsRequired)))
            spurious: \(s.spuriousMentions)/\(s.predictedMentions) predicted mentions overlap nothing in the gold (\(percent(s.spuriousMentions, s.predictedMentions)))
            country adjectives: \(s.adjectivesCorrect) correct, \(s.adjectivesPredicted) predicted, \(s.adjectivesGold) gold \
            (precision \(percent(s.adjectivesCorrect, s.adjectivesPredicted)), recall \(percent(s.adjectivesCorrect, s.adjectivesGold)))
            misses: \(s.misses)
            spurious: \(s.spurious)
            """)
        XCTAssertEqual(s.entitiesFound, s.entitiesRequired, "every required entity, right type: \(s.misses)")
        XCTAssertGreaterThanOrEqual(Double(s.mentionsExact), 0.9 * Double(s.mentionsRequired))
        XCTAssertLessThanOrEqual(Double(s.spuriousMentions), 0.1 * Double(s.predictedMentions))
        XCTAssertGreaterThanOrEqual(Double(s.adjectivesCorrect), 0.9 * Double(s.adjectivesGold))
        XCTAssertGreaterThanOrEqual(Double(s.adjectivesCorrect), 0.9 * Double(s.adjectivesPredicted))

        // Roles: every gold role of a person (but the byline marker) among the predicted ones.
        var rolesGold = 0, rolesFound = 0
        for g in gold.entities where g.type == "PER" {
            guard let e = result.entities.first(where: { $0.type == "PERSON" && $0.canonical == g.canonical }) else { continue }
            for role in g.roles ?? [] where !role.contains("byline") {
                rolesGold += 1
                if e.roles.contains(role) { rolesFound += 1 }
            }
        }
        print("roles: \(rolesFound)/\(rolesGold) gold roles found")
        XCTAssertGreaterThanOrEqual(Double(rolesFound), 0.8 * Double(rolesGold))

        // Every span slices to its surface, and no span starts with a proclitic the gold leaves out.
        for e in result.entities {
            for m in e.mentions { XCTAssertEqual(text.slice(m.span), m.text) }
        }
        // Grouping: the president's surname mentions belong to his entity, with his roles.
        let tokayev = try XCTUnwrap(result.entities.first { $0.canonical == "قاسم جومارت توكاييف" })
        XCTAssertEqual(tokayev.type, "PERSON")
        XCTAssertGreaterThanOrEqual(tokayev.mentions.count, 3)
        XCTAssertTrue(tokayev.roles.contains("الرئيس الكازاخستاني"), "\(tokayev.roles)")
        let kz = try XCTUnwrap(result.entities.first { $0.countryCode == "KZ" && $0.type == "LOCATION" && $0.canonical == "كازاخستان" })
        XCTAssertTrue(result.countryAdjectives.contains { $0.countryCode == "KZ" && $0.entity == kz.id })
    }

    private func percent(_ a: Int, _ b: Int) -> String {
        b == 0 ? "n/a" : String(format: "%.1f%%", 100 * Double(a) / Double(b))
    }
}
