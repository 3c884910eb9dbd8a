/// The record articled writes for one article: what it is, who and what it names, when, who
/// said what, and how much. Every span is a pair of code-point offsets into `text`.
///
/// Field by field documentation: docs/record.md; JSON Schema: docs/record.schema.json.
/// Bump `ArticleRecord.schemaVersion` on any change a consumer could notice.
public struct ArticleRecord: Codable, Sendable, Equatable {
    public static let schemaVersion = "1.0"

    public var schemaVersion: String = ArticleRecord.schemaVersion
    public var source: SourceInfo
    /// The decoded original text every span points into.
    public var text: String
    public var fingerprints: Fingerprints
    public var language: LanguageGuess
    public var title: TextSpan?
    public var authors: [Author] = []
    public var genre: GenreHint?
    public var paragraphs: [Span] = []
    public var sentences: [Span] = []
    public var counts: Counts
    public var readingTime: ReadingTime
    /// The date relative expressions were resolved against (YYYY-MM-DD), and where it came from.
    public var referenceDate: ReferenceDate?
    public var entities: [Entity] = []
    public var countryAdjectives: [CountryAdjective] = []
    public var dates: [DateMention] = []
    public var quotes: [Quote] = []
    public var statements: [Statement] = []
    public var amounts: [Amount] = []

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", source, text, fingerprints, language, title, authors, genre
        case paragraphs, sentences, counts, readingTime = "reading_time", referenceDate = "reference_date"
        case entities, countryAdjectives = "country_adjectives", dates, quotes, statements, amounts
    }
}

/// Where the bytes came from and how they were read.
public struct SourceInfo: Codable, Sendable, Equatable {
    /// The input's file name as given (may be absent for standard input).
    public var name: String?
    public var bytes: Int
    /// SHA-256 of the input bytes, lower-case hex.
    public var sha256: String
    /// "utf-8", "utf-16le", "utf-16be", "windows-1256", "iso-8859-6".
    public var encoding: String
    public var bom: Bool
    /// "lf", "crlf", "cr", "mixed" or "none".
    public var lineEndings: String

    enum CodingKeys: String, CodingKey {
        case name, bytes, sha256, encoding, bom, lineEndings = "line_endings"
    }
}

/// A span with its surface text, for consumers that do not want to slice.
public struct TextSpan: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public init(_ span: Span, in text: ArticleText) {
        start = span.start; end = span.end; self.text = text.slice(span)
    }
    public var span: Span { Span(start: start, end: end) }
}

public struct Fingerprints: Codable, Sendable, Equatable {
    /// SHA-256 of the input bytes (same as `source.sha256`).
    public var sha256Input: String
    /// SHA-256 of the matching key of the text (UTF-8), so re-encodings and re-diacritised copies match.
    public var sha256Normalized: String
    /// 64-bit simhash of word 3-grams of the key, 16 lower-case hex digits.
    public var simhash64: String

    enum CodingKeys: String, CodingKey {
        case sha256Input = "sha256_input", sha256Normalized = "sha256_normalized", simhash64
    }
}

public struct LanguageGuess: Codable, Sendable, Equatable {
    /// ISO 639-1: "ar", "fa", "ur", "en", or "und".
    public var code: String
    public var confidence: Double
    /// Share of letters that are in the Arabic script (0...1).
    public var arabicScriptShare: Double

    enum CodingKeys: String, CodingKey { case code, confidence, arabicScriptShare = "arabic_script_share" }
}

public struct Author: Codable, Sendable, Equatable {
    public var name: String
    public var start: Int
    public var end: Int
    /// "author", "interviewer", "editor", "translator", "correspondent".
    public var role: String
    /// The role word seen before the name (بقلم، كتب، حوار، إعداد، ترجمة ...), if any.
    public var cue: String?
}

public struct GenreHint: Codable, Sendable, Equatable {
    /// "opinion", "news" or "interview".
    public var value: String
    public var evidence: [String]
}

public struct Counts: Codable, Sendable, Equatable {
    public var characters: Int
    public var words: Int
    public var sentences: Int
    public var paragraphs: Int
}

public struct ReadingTime: Codable, Sendable, Equatable {
    public var minutes: Double
    public var wordsPerMinute: Int
    enum CodingKeys: String, CodingKey { case minutes, wordsPerMinute = "words_per_minute" }
}

public struct ReferenceDate: Codable, Sendable, Equatable {
    public var value: String
    /// "option" (given by the caller), "text" (a date line in the article), "body" (a date the
    /// body ties to today: أمس الثلاثاء 14 أكتوبر 2025), "body_event" (the first paragraph's
    /// weekday-dated event: month- and year-level expressions only) or "arrival" (the day the
    /// input arrived, given by the caller for articles without a date line).
    public var source: String
}

/// A real-world thing the article names, with every mention.
public struct Entity: Codable, Sendable, Equatable {
    public var id: String
    /// "PERSON", "ORGANISATION", "LOCATION" or "MISC".
    public var type: String
    public var canonical: String
    public var english: String?
    /// ISO 3166-1 alpha-2 of a country, or the country of a capital or city.
    public var countryCode: String?
    /// Titles and roles seen beside a person (الرئيس الكازاخستاني، وزير الطاقة ...).
    public var roles: [String]
    public var mentions: [TextSpan]
    /// What found it: "gazetteer", "cue", "tagger", "byline", "quotes".
    public var sources: [String]

    enum CodingKeys: String, CodingKey {
        case id, type, canonical, english, countryCode = "country_code", roles, mentions, sources
    }
}

public struct CountryAdjective: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public var countryCode: String
    /// Id of the country's entity, when the country itself is also named.
    public var entity: String?
    enum CodingKeys: String, CodingKey { case start, end, text, countryCode = "country_code", entity }
}

public struct DateMention: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    /// ISO 8601 at its resolution: "2021", "2021-05", "2021-05-12", "--01-06", "--08", "2022-W03";
    /// nil when a relative expression such as أمس could not be resolved.
    public var value: String?
    /// "year", "month" (with or without a year), "day", "month_day", "week".
    public var resolution: String
    /// "gregorian" or "hijri".
    public var calendar: String
    /// "levantine", "egyptian" (standard يناير…), "maghrebi" (جانفي…), "moroccan" (…غشت…), "hijri",
    /// "english", or nil for numeric dates and years.
    public var monthSystem: String?
    /// The region the month names hint at, e.g. "Levant".
    public var regionHint: String?
    /// For relative expressions: "past", "current", "next", "yesterday", "today", "tomorrow",
    /// "day_before_yesterday", "day_after_tomorrow", "ago", "after".
    public var relative: String?
    /// Whether a relative expression was resolved against a reference date.
    public var resolved: Bool
    /// The Gregorian equivalent of a Hijri date, when it could be computed.
    public var gregorian: String?

    enum CodingKeys: String, CodingKey {
        case start, end, text, value, resolution, calendar, monthSystem = "month_system"
        case regionHint = "region_hint", relative, resolved, gregorian
    }
}

/// Who is said to have said something: a named entity or an unnamed description.
public struct Speaker: Codable, Sendable, Equatable {
    /// The entity's canonical name (قاسم جومارت توكاييف, even where the text says توكاييف), or
    /// for an unnamed speaker the describing phrase as written (باحثون أوكرانيون).
    public var name: String
    /// The id of the speaker's entity, when the speaker is one.
    public var entity: String?
    /// Where the speaker is named (for a speaker carried over from an earlier sentence, that
    /// earlier mention); its `text` is the surface there.
    public var mention: TextSpan?

    public init(name: String, entity: String?, mention: TextSpan?) {
        self.name = name
        self.entity = entity
        self.mention = mention
    }
}

/// Text in quotation marks, classified.
public struct Quote: Codable, Sendable, Equatable {
    /// Span of the quoted text, without the marks.
    public var start: Int
    public var end: Int
    public var text: String
    /// "quotation", "name" (a name in quotation marks) or "scare" (scare quotes, titles, terms).
    public var kind: String
    public var speaker: Speaker?
    /// The reporting verb as written (قال، وأشار ...).
    public var cue: TextSpan?
}

/// Reported speech, with or without quotation marks: speaker, cue and content.
public struct Statement: Codable, Sendable, Equatable {
    public var speaker: Speaker
    public var cue: TextSpan
    public var content: TextSpan
}

public struct Amount: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public var value: Double
    /// "count", "percent", "currency", "duration" or "measure".
    public var kind: String
    /// Currency code (ISO 4217) or unit word (شهر، كيلومتر ...) when known.
    public var unit: String?
    /// What is counted: the words that follow the number.
    public var of: String?
}
