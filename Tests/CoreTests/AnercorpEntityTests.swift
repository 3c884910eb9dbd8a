import Foundation
import XCTest
@testable import ArticleCore

/// The rule layer on text it was not written from: the last 10% of sentences of ANERcorp
/// (../shared/data/anercorp), scored by overlap, since ANERcorp tags whole tokens with their
/// proclitics. Guards the rules' generality (precision above all: rules must not fire on
/// ordinary words); recall is the tagger's job.
final class AnercorpEntityTests: XCTestCase {
    struct Sentence { var text: String; var names: [(span: Span, type: String)] }

    static func developmentSentences() throws -> [Sentence] {
        let raw = try String(contentsOf: SharedData.url("data/anercorp/ANERCorp_CamelLab_train.txt"), encoding: .utf8)
        var sentences: [[(String, String)]] = [[]]
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let parts = line.split(separator: " ")
            if parts.count == 2 { sentences[sentences.count - 1].append((String(parts[0]), String(parts[1]))) }
            else if !sentences[sentences.count - 1].isEmpty { sentences.append([]) }
        }
        let dev = sentences.suffix(sentences.count / 10).filter { !$0.isEmpty }
        return dev.map { tokens in
            var text = "", offset = 0
            var names: [(Span, String)] = []
            var open: (start: Int, type: String)?
            for (i, (token, tag)) in tokens.enumerated() {
                if i > 0 { text += " "; offset += 1 }
                let start = offset
                text += token
                offset += token.unicodeScalars.count
                let type = tag.count > 2 ? String(tag.dropFirst(2)) : ""
                if let o = open, !(tag.hasPrefix("I-") && type == o.type) {
                    names.append((Span(start: o.start, end: start - 1), o.type)); open = nil
                }
                if tag.hasPrefix("B-") || (tag.hasPrefix("I-") && open == nil) { open = (start, type) }
            }
            if let o = open { names.append((Span(start: o.start, end: offset), o.type)) }
            return Sentence(text: text, names: names)
        }
    }

    func testRulesRarelyFireOnOrdinaryWords() throws {
        let sentences = try Self.developmentSentences()
        let recognizer = EntityRecognizer()
        let types = ["PERSON": "PERS", "ORGANISATION": "ORG", "LOCATION": "LOC", "MISC": "MISC"]
        var predicted: [String: Int] = [:], correct: [String: Int] = [:], gold: [String: Int] = [:], recalled: [String: Int] = [:]
        var wrong: [String] = []
        var unnamed = 0
        for sentence in sentences {
            let text = ArticleText(sentence.text)
            let key = NormalizedText(text)
            let found = recognizer.recognize(text, key: key, tokens: Tokenizer.tokenize(text, key), bylineAuthors: []).entities
            var spans: [(Span, String)] = []
            for e in found { for m in e.mentions { spans.append((m.span, types[e.type]!)) } }
            for (span, type) in spans {
                predicted[type, default: 0] += 1
                if sentence.names.contains(where: { $0.type == type && $0.span.overlaps(span) }) { correct[type, default: 0] += 1 }
                else if !sentence.names.contains(where: { $0.span.overlaps(span) }) { unnamed += 1; wrong.append("\(type) \(text.slice(span)) | gold: \(sentence.names.filter { $0.span.overlaps(span) }.map(\.type))") }
            }
            for name in sentence.names {
                gold[name.type, default: 0] += 1
                if spans.contains(where: { $0.1 == name.type && $0.0.overlaps(name.span) }) { recalled[name.type, default: 0] += 1 }
            }
        }
        for type in ["PERS", "ORG", "LOC"] {
            let p = Double(correct[type, default: 0]) / Double(max(1, predicted[type, default: 0]))
            let r = Double(recalled[type, default: 0]) / Double(max(1, gold[type, default: 0]))
            print(String(format: "ANERcorp dev %@: precision %.3f (%d/%d), recall %.3f (%d/%d)", type, p,
                         correct[type, default: 0], predicted[type, default: 0], r, recalled[type, default: 0], gold[type, default: 0]))
        }
        print("wrong (first 80):\n" + wrong.prefix(400).joined(separator: "\n"))
        let allPredicted = predicted.values.reduce(0, +)
        print("mentions on no ANERcorp name at all: \(unnamed)/\(allPredicted)")
        XCTAssertGreaterThan(allPredicted, 300)
        XCTAssertLessThanOrEqual(Double(unnamed), 0.15 * Double(allPredicted))
        XCTAssertGreaterThanOrEqual(Double(recalled["LOC", default: 0]), 0.75 * Double(gold["LOC", default: 0]))
    }
}
