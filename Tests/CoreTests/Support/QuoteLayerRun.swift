import XCTest
@testable import ArticleCore

/// Runs the quote layer alone on a test's sentence, with the entities the test names, so quote
/// tests do not depend on what the entity layer finds.
enum QuoteLayerRun {
    /// The quote layer on `string`, with entities given as (surfaces, type): every occurrence of
    /// a surface is a mention; the first surface listed for an entity is its canonical name.
    static func run(_ string: String, entities: [(names: [String], type: String)] = []) -> (quotes: [Quote], statements: [Statement]) {
        let text = ArticleText(string)
        let key = NormalizedText(text)
        let built = entities.enumerated().map { i, e in
            Entity(id: "e\(i + 1)", type: e.type, canonical: e.names[0], english: nil, countryCode: nil, roles: [],
                   mentions: e.names.flatMap { occurrences(of: $0, in: text) }.sorted { $0.start < $1.start },
                   sources: ["test"])
        }
        return QuoteExtractor.extract(text, key: key, tokens: Tokenizer.tokenize(text, key), sentences: [], entities: built)
    }

    static func occurrences(of needle: String, in text: ArticleText) -> [TextSpan] {
        let n = Array(needle.unicodeScalars)
        var result: [TextSpan] = []
        var i = 0
        while i + n.count <= text.count {
            if Array(text.scalars[i..<i + n.count]) == n {
                result.append(TextSpan(Span(start: i, end: i + n.count), in: text))
                i += n.count
            } else { i += 1 }
        }
        return result
    }

    /// The quote whose text is `text`, failing the test when there is none.
    static func quote(_ text: String, in quotes: [Quote], file: StaticString = #filePath, line: UInt = #line) -> Quote? {
        let q = quotes.first { $0.text == text }
        if q == nil { XCTFail("no quote «\(text)» in \(quotes.map(\.text))", file: file, line: line) }
        return q
    }
}
