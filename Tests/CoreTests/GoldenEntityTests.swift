import Foundation
import XCTest
@testable import ArticleCore

/// The entity layer against the hand-made annotation of the sample article (../shared/gold),
/// scored by EntityScoring.
final class GoldenEntityTests: XCTestCase {
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
        let s = EntityScoring.score(result.entities, result.countryAdjectives, gold: gold, text: text)

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
