/// What kind of stretch a token is.
public enum TokenKind: UInt8, Sendable, Codable {
    case word        // letters (any script), possibly with digits inside
    case number      // digits, with inner separators (1,000 / 3.5 / 12/5/2021 stays split at '/')
    case punctuation
    case symbol
}

/// A token of the original text: its span, its kind, and its matching key.
///
/// The key is held as its scalars in `NormalizedText` (a slice: no string per token); look-ups
/// use `keyHash`, scans `keyScalars`, and `key` builds a `String` only where one is needed.
public struct Token: Sendable {
    public let span: Span
    public let kind: TokenKind
    /// The matching key's scalars: `NormalizedText.scalars[keyRange]`.
    public let keyScalars: ArraySlice<Unicode.Scalar>
    /// `KeyHash.of(key: key)`: what lexicon look-ups use.
    public let keyHash: UInt64

    /// Key offsets of the token in `NormalizedText`.
    @inline(__always)
    public var keyRange: Range<Int> { keyScalars.startIndex..<keyScalars.endIndex }

    /// The matching key (see `MatchKey`), built on each use: hot paths read `keyHash` or `keyScalars`.
    public var key: String { String(scalars: keyScalars) }
}

/// Splits an article into tokens, Arabic-aware: diacritics, tatweel and zero-width marks stay
/// inside words; Arabic punctuation (، ؛ ؟ « » and the curly quotes) are tokens of their own.
public enum Tokenizer {
    /// The tokens of `text`, whose key is `key` (`NormalizedText(text)`). The tokens are made
    /// with the key in one pass (`TokenizedText`): their key scalars slice that pass's key,
    /// which equals `key` scalar for scalar.
    public static func tokenize(_ text: ArticleText, _ key: NormalizedText) -> [Token] {
        TokenizedText(text).tokens
    }

    /// The classes of a scalar the tokenizer asks about, as bits (see `scalarClasses`).
    enum ScalarClass {
        static let space: UInt8 = 1, word: UInt8 = 2, letter: UInt8 = 4, punctuation: UInt8 = 8
        /// May stay inside a number between two digits (see `isInnerNumberSeparator`).
        static let numberSeparator: UInt8 = 16
    }

    /// `isSpace`, `isWordScalar`, `isLetter` and `isPunctuation` of one scalar, as `ScalarClass` bits
    /// (below U+0700 and in General Punctuation read from `TokenizedText.scalarTable`).
    static func scalarClasses(_ c: Unicode.Scalar) -> UInt8 {
        (isSpace(c) ? ScalarClass.space : 0) | (isWordScalar(c) ? ScalarClass.word : 0)
            | (isLetter(c) ? ScalarClass.letter : 0) | (isPunctuation(c) ? ScalarClass.punctuation : 0)
            | (isNumberSeparator(c.value) ? ScalarClass.numberSeparator : 0)
    }

    // The character classes below answer ASCII and the Arabic block from the code point and ask
    // Unicode properties (a slower table look-up) only for other scripts.

    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        // The rest of Unicode's White_Space property, listed (a property look-up is slower).
        return v == 0x85 || v == 0xA0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029
            || v == 0x202F || v == 0x205F || v == 0x3000
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        if v >= 0x0600 && v <= 0x06FF { return (v >= 0x0660 && v <= 0x0669) || (v >= 0x06F0 && v <= 0x06F9) }
        return c.properties.numericType == .decimal
    }

    /// A letter (not a digit or mark) of any script.
    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v | 0x20 >= 0x61 && v | 0x20 <= 0x7A }
        if v >= 0x0600 && v <= 0x06FF { return isArabicLetter(v) }
        return c.properties.isAlphabetic && c.properties.numericType != .decimal
    }

    @inline(__always)
    static func isArabicLetter(_ v: UInt32) -> Bool {
        (v >= 0x0620 && v <= 0x063F) || (v >= 0x0641 && v <= 0x064A) || (v >= 0x066E && v <= 0x066F)
            || (v >= 0x0671 && v <= 0x06D3) || v == 0x06D5 || (v >= 0x06EE && v <= 0x06EF) || (v >= 0x06FA && v <= 0x06FC) || v == 0x06FF
    }

    /// Letters, digits and the marks that live inside Arabic words (harakat, tatweel, ZWNJ/ZWJ).
    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) }
        if v >= 0x0600 && v <= 0x06FF {
            return isArabicLetter(v) || v == 0x0640 || (v >= 0x064B && v <= 0x065F) || v == 0x0670
                || (v >= 0x0660 && v <= 0x0669) || (v >= 0x06F0 && v <= 0x06F9) || (v >= 0x06D6 && v <= 0x06ED)
                || (v >= 0x0610 && v <= 0x061A)
        }
        return isOtherWordScalar(c)
    }

    /// The slow path of `isWordScalar` for other scripts, kept out of line so the fast path inlines.
    @inline(never)
    static func isOtherWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value == 0x200C || c.value == 0x200D { return true }
        // General punctuation (quotation marks, dashes, bidi marks): never part of a word.
        if c.value >= 0x2000 && c.value <= 0x206F { return false }
        let p = c.properties
        return p.isAlphabetic || p.numericType == .decimal || p.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 {
            // ASCII punctuation per Unicode: everything printable that is not a symbol ($+<=>^`|~).
            return (v >= 0x21 && v <= 0x2F || v >= 0x3A && v <= 0x40 || v >= 0x5B && v <= 0x60 || v >= 0x7B && v <= 0x7E)
                && !(v == 0x24 || v == 0x2B || v == 0x3C || v == 0x3D || v == 0x3E || v == 0x5E || v == 0x60 || v == 0x7C || v == 0x7E)
        }
        // General punctuation: all punctuation except the spaces, separators, bidi and invisible
        // controls, the fraction slash and the commercial minus (symbols).
        if v >= 0x2010 && v <= 0x205E { return v != 0x2028 && v != 0x2029 && !(v >= 0x202A && v <= 0x202F) && v != 0x2044 && v != 0x2052 }
        if v >= 0x0600 && v <= 0x06FF {
            return v == 0x060C || v == 0x060D || v == 0x061B || v == 0x061E || v == 0x061F || (v >= 0x066A && v <= 0x066D) || v == 0x06D4
                || v == 0x0609 || v == 0x060A
        }
        return c.properties.generalCategory.isPunctuation
    }

    @inline(__always)
    static func isNumberSeparator(_ v: UInt32) -> Bool { v == 0x2E || v == 0x2C || v == 0x066B || v == 0x066C }

    /// A '.', ',' or Arabic separator between two digits stays inside the number (3.5, 1,000, ٣٫٥).
    @inline(__always)
    static func isInnerNumberSeparator(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        guard isNumberSeparator(s[i].value), i > 0, i + 1 < s.count else { return false }
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
