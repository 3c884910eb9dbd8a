import Foundation
import XCTest

/// Finds `../shared` beside the repository. Tests that need it skip with a visible message when it
/// is absent, and fail instead in CI (`CI=true`), where it must be present.
enum SharedData {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")

    static func url(_ relative: String) throws -> URL {
        let url = root.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                XCTFail("../shared/\(relative) is missing, and CI must have it")
            }
            throw XCTSkip("SKIPPED: ../shared/\(relative) is absent (the shared data sits beside the repository)")
        }
        return url
    }

    static func bytes(_ relative: String) throws -> [UInt8] { Array(try Data(contentsOf: url(relative))) }

    static var sampleArticle: [UInt8] { get throws { try bytes("samples/kazakhstan-opinion.ar.txt") } }

    static var gold: GoldAnnotation {
        get throws { try JSONDecoder().decode(GoldAnnotation.self, from: Data(contentsOf: url("gold/kazakhstan-opinion.ar.gold.json"))) }
    }
}

/// The hand-made reference annotation of the sample article (see ../shared/README.md), and of the
/// development articles (Tests/CoreTests/DevArticles), which add `optional` to every kind of item
/// and `speaker_alternatives` (other accepted speaker names).
struct GoldAnnotation: Decodable {
    struct Mention: Decodable { let start: Int; let end: Int; let text: String }
    struct Entity: Decodable {
        let type: String
        let canonical: String
        let english: String?
        let optional: Bool?
        let country_code: String?
        let roles: [String]?
        let mentions: [Mention]
        let note: String?
    }
    struct CountryAdjective: Decodable {
        let start: Int; let end: Int; let text: String; let country_code: String; let optional: Bool?
    }
    struct DateMention: Decodable {
        let start: Int; let end: Int; let text: String; let value: String; let resolution: String
        let calendar: String; let relative: String?; let optional: Bool?
    }
    struct Quote: Decodable {
        let start: Int; let end: Int; let text: String; let speaker: String; let cue: String; let kind: String
        let optional: Bool?; let speaker_alternatives: [String]?
    }
    struct NotQuote: Decodable { let start: Int; let end: Int; let text: String; let `is`: String }
    struct Statement: Decodable {
        let speaker: String; let cue: String; let cue_start: Int; let note: String?
        let optional: Bool?; let speaker_alternatives: [String]?
    }
    struct Amount: Decodable {
        let start: Int; let end: Int; let text: String; let value: Double; let of: String; let optional: Bool?
    }

    let title: String
    let authors: [String]
    let language: String
    let genre: String
    let body_paragraphs: Int
    let entities: [Entity]
    let country_adjectives: [CountryAdjective]
    let dates: [DateMention]
    let quotes: [Quote]
    let quote_marks_that_are_not_quotes: [NotQuote]
    let statements: [Statement]
    let amounts: [Amount]
}
