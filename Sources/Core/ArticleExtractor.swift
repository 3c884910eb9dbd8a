import Crypto
import Foundation

/// Options that change what the core makes of the bytes. Everything the core knows about the
/// world outside the bytes comes through here: it never reads a clock or a file.
public struct ExtractionOptions: Sendable, Equatable {
    /// The input's name, carried into `source.name`.
    public var sourceName: String?
    /// The date relative expressions (الجاري، أمس ...) resolve against, as YYYY-MM-DD. When nil,
    /// a date line in the article is used if there is one; otherwise they stay unresolved.
    public var referenceDate: String?

    public init(sourceName: String? = nil, referenceDate: String? = nil) {
        self.sourceName = sourceName
        self.referenceDate = referenceDate
    }
}

/// Why an input gives no article record.
public struct ExtractionFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable machine-readable reason: "empty", "binary", "undecodable".
    public let reason: String
    /// A sentence for the operator.
    public let message: String

    public init(reason: String, message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { "\(reason): \(message)" }
}

/// Bytes in, record out: the whole extraction pipeline.
///
/// Each layer is a pure function over the one `ArticleText`; this type only runs them in order
/// and assembles the record. Construct one and share it: it holds read-only lexicons.
public struct ArticleExtractor: Sendable {
    public init() {}

    public func extract(_ bytes: [UInt8], options: ExtractionOptions = .init()) -> Result<ArticleRecord, ExtractionFailure> {
        let decoded: DecodedText
        switch TextDecoding.decode(bytes) {
        case .success(let d): decoded = d
        case .failure(let f): return .failure(f)
        }
        let text = ArticleText(decoded.string)
        let key = NormalizedText(text)
        let inputHash = Hex.sha256(bytes)
        let source = SourceInfo(
            name: options.sourceName, bytes: bytes.count, sha256: inputHash,
            encoding: decoded.encoding, bom: decoded.hadBOM, lineEndings: decoded.lineEndings)
        let fingerprints = Fingerprints(
            sha256Input: inputHash,
            sha256Normalized: Hex.sha256(Array(key.string(0..<key.count).utf8)),
            simhash64: "0000000000000000")
        let tokens = Tokenizer.tokenize(text, key)
        let words = tokens.filter { $0.kind != .punctuation && $0.kind != .symbol }.count
        var record = ArticleRecord(
            source: source, text: decoded.string, fingerprints: fingerprints,
            language: LanguageGuess(code: "und", confidence: 0, arabicScriptShare: 0),
            counts: Counts(characters: text.count, words: words, sentences: 0, paragraphs: 0),
            readingTime: ReadingTime(minutes: 0, wordsPerMinute: 200))
        (record.quotes, record.statements) = QuoteExtractor.extract(
            text, key: key, tokens: tokens, sentences: record.sentences, entities: record.entities)
        return .success(record)
    }
}

enum Hex {
    static func sha256(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        var out = ""
        out.reserveCapacity(64)
        for b in digest {
            out.append(hexDigit(b >> 4))
            out.append(hexDigit(b & 0xF))
        }
        return out
    }
    private static func hexDigit(_ v: UInt8) -> Character {
        Character(Unicode.Scalar(v < 10 ? 0x30 + v : 0x57 + v))
    }
}
