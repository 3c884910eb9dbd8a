import Foundation

/// The folding that turns Arabic-script text into a matching key.
///
/// Matching never runs on the original: spellings of one name differ in hamza seats, final
/// ya/ta marbuta, diacritics, tatweel, Persian and Urdu letter shapes, presentation forms and
/// digit systems. The key folds all of these away; `NormalizedText` keeps the way back to the
/// original offsets.
public enum MatchKey {
    /// The folded scalars for one original scalar: usually one, none for marks that carry no
    /// letter (diacritics, tatweel, bidi and zero-width controls), several for ligatures.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar, into output: inout [Unicode.Scalar]) {
        if let one = foldedScalar(scalar.value) {
            if one != dropped { output.append(Unicode.Scalar(one).unsafelyUnwrapped) }
            return
        }
        // Presentation forms and full-width forms: compatibility decomposition, then fold.
        for s in String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars {
            if s.value >= 0xFB50 { output.append(s) } else { fold(s, into: &output) }
        }
    }

    /// What `foldedScalar` gives for a scalar the key drops.
    static let dropped = UInt32.max

    /// The key scalar of one original scalar when its fold is at most one scalar (`dropped`
    /// when it is none); nil for the compatibility forms, which decompose (see `fold`).
    @inline(__always)
    static func foldedScalar(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x41...0x5A: return v + 0x20  // ASCII upper case
        case 0x0600...0x06FF:
            let folded = arabicTable[Int(v - 0x0600)]
            return folded != 0 ? folded : dropped
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD, 0x2060:
            return dropped  // zero-width and bidi controls
        case 0xFB50...0xFDFF, 0xFE70...0xFEFC, 0xFF01...0xFF5E: return nil
        case 0x2019, 0x2018: return 0x27  // '
        default: return v
        }
    }

    /// The scalars `fold` decomposes (presentation and full-width forms), the only ones that can
    /// fold to more than one scalar.
    @inline(__always)
    static func isCompatibilityForm(_ v: UInt32) -> Bool {
        (v >= 0xFB50 && v <= 0xFDFF) || (v >= 0xFE70 && v <= 0xFEFC) || (v >= 0xFF01 && v <= 0xFF5E)
    }

    /// The most scalars one compatibility form decomposes to (U+FDFA, eighteen: Unicode's
    /// longest compatibility decomposition of a single code point).
    static let maximumExpansion = 18

    /// `foldArabic` for the whole Arabic block, computed once: 0 means "dropped".
    static let arabicTable: [UInt32] = (0x0600...0x06FF).map { v -> UInt32 in
        var out: [Unicode.Scalar] = []
        foldArabic(UInt32(v), into: &out)
        return out.first?.value ?? 0
    }


    @inline(__always)
    private static func foldArabic(_ v: UInt32, into output: inout [Unicode.Scalar]) {
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED, 0x0610...0x061A, 0x061C:
            return  // harakat, superscript alef, tatweel, Quranic marks, ALM
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675: output.append("\u{0627}")  // alef variants
        case 0x0649, 0x06CC, 0x06D0, 0x06D2, 0x06D3, 0x064A, 0x0626: output.append("\u{064A}")  // ya, alef maqsura, Persian/Urdu ya, ya-hamza
        case 0x0629, 0x06C1, 0x06C2, 0x06C3, 0x06BE, 0x06D5: output.append("\u{0647}")  // ta marbuta, Urdu/Kurdish ha
        case 0x0624: output.append("\u{0648}")  // waw with hamza
        case 0x06A9, 0x06AA, 0x06AF: output.append("\u{0643}")  // keheh, swash kaf, gaf
        case 0x0660...0x0669: output.append(Unicode.Scalar(v - 0x0660 + 0x30)!)  // Arabic-Indic digits
        case 0x06F0...0x06F9: output.append(Unicode.Scalar(v - 0x06F0 + 0x30)!)  // Persian digits
        case 0x066B: output.append(".")  // Arabic decimal separator
        case 0x066C: output.append(",")  // Arabic thousands separator
        default: output.append(Unicode.Scalar(v)!)
        }
    }

    /// The matching key of a whole string (for lexicon entries and gazetteer names).
    public static func key(_ string: String) -> String {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(string.unicodeScalars.count)
        for s in string.unicodeScalars { fold(s, into: &out) }
        return String(scalars: out[...])
    }
}

/// The matching key of a whole original text, with a map from every key scalar back to the
/// original scalar it came from, so a match on the key becomes a span of the original.
public struct NormalizedText: Sendable {
    public let scalars: [Unicode.Scalar]
    /// `origin[i]` is the original offset of key scalar `i`; `origin[count]` is the original length.
    public let origin: [Int]
    /// `keyOffset[j]` is the first key offset at or after original offset `j`.
    public let keyOffset: [Int]
    private let original: [Unicode.Scalar]

    /// The key of `text` (made with its tokens: see `TokenizedText`).
    public init(_ text: ArticleText) { self = TokenizedText(text).key }

    init(scalars: [Unicode.Scalar], origin: [Int], keyOffset: [Int], original: [Unicode.Scalar]) {
        self.scalars = scalars
        self.origin = origin
        self.keyOffset = keyOffset
        self.original = original
    }

    public var count: Int { scalars.count }

    /// The original span covered by key offsets `start..<end`.
    public func originalSpan(keyStart: Int, keyEnd: Int) -> Span {
        guard keyEnd > keyStart else { let o = origin[keyStart]; return Span(start: o, end: o) }
        var end = origin[keyEnd - 1] + 1
        // Diacritics after the last letter belong to the word's surface.
        while end < original.count, Self.isCombiningMark(original[end]) { end += 1 }
        return Span(start: origin[keyStart], end: end)
    }

    /// The key offsets covering an original span.
    public func keyRange(of span: Span) -> Range<Int> { keyOffset[span.start]..<keyOffset[span.end] }

    @inline(__always)
    static func isCombiningMark(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x064B...0x065F).contains(v) || v == 0x0670 || (0x06D6...0x06ED).contains(v)
    }

    public func string(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }
}
