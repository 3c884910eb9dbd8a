/// Options that change what the core makes of the bytes. Everything the core knows about the
/// world outside the bytes comes through here: it never reads a clock or a file.
public struct ExtractionOptions: Sendable, Equatable {
    /// The input's name, carried into `source.name`.
    public var sourceName: String?
    /// The date relative expressions (الجاري، أمس ...) resolve against, as YYYY-MM-DD. When nil,
    /// a date line in the article is used if there is one, else a date the body states (source
    /// "body" or "body_event", see docs/record.md); otherwise they stay unresolved.
    public var referenceDate: String?
    /// The day the input arrived, as YYYY-MM-DD, from the caller's clock (the daemon's
    /// `dates.reference_date = arrival`). Weaker than `referenceDate`, a date line and a date the
    /// body states: used only when the article has none, and recorded with source "arrival" so a reader can tell.
    public var arrivalDate: String?

    public init(sourceName: String? = nil, referenceDate: String? = nil, arrivalDate: String? = nil) {
        self.sourceName = sourceName
        self.referenceDate = referenceDate
        self.arrivalDate = arrivalDate
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

/// The extraction's layers in the order they run (see `ArticleExtractor.extract(_:options:afterLayer:)`).
public enum ExtractionLayer: String, CaseIterable, Sendable {
    /// Decoding the bytes, the matching key, tokens.
    case decodingAndTokens = "decoding, key, tokens"
    case fingerprintsAndLanguage = "fingerprints, language"
    /// Title, byline, paragraphs, sentences, genre.
    case structure = "structure, genre"
    case datesAndAmounts = "dates, amounts"
    /// Entity rules and gazetteers, with the name tagger when there is one, and the record's assembly.
    case entities = "entities (with tagger)"
    /// Quotes and statements.
    case quotes = "quotes, statements"
}

/// Bytes in, record out: the whole extraction pipeline.
///
/// Each layer is a pure function over the one `ArticleText` and its tokens; this type only runs
/// them in order and assembles the record. Construct one and share it: lexicons are static.
public struct ArticleExtractor: Sendable {
    let entityRecognizer: EntityRecognizer

    /// `nameTagger`: a trained tagger that finds the names the entity rules do not know.
    public init(nameTagger: (any NameTagger)? = EntityTagger.bundled) {
        entityRecognizer = EntityRecognizer(nameTagger: nameTagger)
    }

    public func extract(_ bytes: [UInt8], options: ExtractionOptions = .init()) -> Result<ArticleRecord, ExtractionFailure> {
        extract(bytes, options: options, afterLayer: { _ in })
    }

    /// The same extraction, calling `afterLayer` as each layer finishes: the benchmark's way to
    /// tell where the time goes without the core reading a clock.
    public func extract(_ bytes: [UInt8], options: ExtractionOptions = .init(),
                        afterLayer: (ExtractionLayer) -> Void) -> Result<ArticleRecord, ExtractionFailure> {
        let decoded: DecodedText
        switch TextDecoding.decode(bytes) {
        case .success(let d): decoded = d
        case .failure(let f): return .failure(f)
        }
        let text = decoded.text
        let tokenized = TokenizedText(text)  // the key and the tokens in one pass
        let key = tokenized.key, tokens = tokenized.tokens
        afterLayer(.decodingAndTokens)

        let fingerprints = Fingerprinter.fingerprints(input: bytes, tokens: tokens, wordKeysUTF8: tokenized.wordKeysUTF8)
        let language = LanguageIdentifier.identify(text, tokens: tokens, letterCounts: tokenized.letterCounts)
        afterLayer(.fingerprintsAndLanguage)
        let structure = StructureAnalyzer.analyze(text, tokens: tokens)
        let genre = GenreClassifier.classify(structure: structure, text: text, tokens: tokens)
        afterLayer(.structure)
        let dates = DateLayer.extract(text, tokens: tokens, structure: structure, referenceOption: options.referenceDate,
                                     arrivalDate: options.arrivalDate)
        let amounts = AmountExtractor.amounts(text, tokens: tokens, excluded: dates.spansTakenFromAmounts)

        afterLayer(.datesAndAmounts)

        var words = 0
        for i in tokens.indices where tokens[i].kind == .word || tokens[i].kind == .number { words += 1 }  // by index: no Token copies
        var record = ArticleRecord(
            source: SourceInfo(name: options.sourceName, bytes: bytes.count, sha256: fingerprints.sha256Input,
                               encoding: decoded.encoding, bom: decoded.hadBOM, lineEndings: decoded.lineEndings),
            text: text.string, fingerprints: fingerprints, language: language,
            counts: Counts(characters: text.count, words: words, sentences: structure.sentences.count,
                           paragraphs: structure.paragraphs.count),
            readingTime: ReadingTimeEstimator.estimate(words: words, language: language.code))
        record.title = structure.title.map { TextSpan($0, in: text) }
        record.authors = structure.byline?.authors ?? []
        record.genre = genre
        record.paragraphs = structure.paragraphs
        record.sentences = structure.sentences
        record.referenceDate = dates.reference
        record.dates = dates.mentions
        record.amounts = amounts
        let named = entityRecognizer.recognize(
            text, key: key, tokens: tokens, bylineAuthors: record.authors.map { Span(start: $0.start, end: $0.end) })
        record.entities = named.entities
        record.countryAdjectives = named.countryAdjectives
        afterLayer(.entities)
        (record.quotes, record.statements) = QuoteExtractor.extract(
            text, key: key, tokens: tokens, sentences: record.sentences, entities: record.entities)
        afterLayer(.quotes)
        return .success(record)
    }
}
