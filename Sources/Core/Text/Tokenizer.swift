/// What kind of stretch a token is.
public enum TokenKind: UInt8, Sendable, Codable {
    case word        // letters (any script), possibly with digits inside
    case number      // digits, with inner separators (1,000 / 3.5 / 12/5/2021 stays split at '/')
    case punctuation
    case symbol
}

/// A token of the original text: its span, its kind, and its matching key.
public struct Token: Sendable {
    public let span: Span
    public let kind: TokenKind
    /// Key offsets of the token in `NormalizedText`.
    public let keyRange: Range<Int>
    /// The matching key (see `MatchKey`).
    public let key: String
}

/// Splits an article into tokens, Arabic-aware: diacritics, tatweel and zero-width marks stay
/// inside words; Arabic punctuation (، ؛ ؟ « » and the curly quotes) are tokens of their own.
public enum Tokenizer {
    public static func tokenize(_ text: ArticleText, _ key: NormalizedText) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        let s = text.scalars
        var i = 0
        while i < s.count {
            let c = s[i]
            if isSpace(c) { i += 1; continue }
            let start = i
            let kind: TokenKind
            if isWordScalar(c) {
                var hasLetter = false
                while i < s.count, isWordScalar(s[i]) || (isInnerNumberSeparator(s, i)) {
                    if s[i].properties.isAlphabetic && !isDigit(s[i]) { hasLetter = true }
                    i += 1
                }
                kind = hasLetter ? .word : .number
            } else {
                i += 1
                kind = c.properties.generalCategory.isPunctuation ? .punctuation : .symbol
            }
            let span = Span(start: start, end: i)
            let range = key.keyRange(of: span)
            tokens.append(Token(span: span, kind: kind, keyRange: range, key: key.string(range)))
        }
        return tokens
    }

    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.properties.numericType == .decimal
    }

    /// Letters, digits and the marks that live inside Arabic words (harakat, tatweel, ZWNJ/ZWJ).
    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) }
        if v == 0x0640 || v == 0x200C || v == 0x200D { return true }
        let p = c.properties
        return p.isAlphabetic || p.numericType == .decimal || p.generalCategory == .nonspacingMark
    }

    /// A '.', ',' or Arabic separator between two digits stays inside the number (3.5, 1,000, ٣٫٥).
    @inline(__always)
    static func isInnerNumberSeparator(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let v = s[i].value
        guard v == 0x2E || v == 0x2C || v == 0x066B || v == 0x066C, i > 0, i + 1 < s.count else { return false }
        return isDigit(s[i - 1]) && isDigit(s[i + 1])
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
