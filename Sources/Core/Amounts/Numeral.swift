/// A number written in digits, read from a token's key (Arabic-Indic and Persian digits are
/// already ASCII there): "1,000", "3.5", "2020م", "و2015", "٣٫٥".
struct Numeral: Sendable, Equatable {
    let value: Double
    /// The digits as written, without separators or affixes (for years and days).
    let integer: Int?
    let digitCount: Int
    /// Key scalars of a proclitic before the digits (و ب ل ف), to keep outside spans.
    let prefixLength: Int
    /// A letter suffix glued to the digits: "م" (Gregorian), "ه" (Hijri), "%".
    let suffix: String

    /// Reads a token key; nil when it is not digits with at most a one-letter proclitic and a
    /// short suffix. Numbers longer than 15 digits are not read (they are identifiers, not amounts).
    static func read(_ key: String) -> Numeral? {
        let s = Array(key.unicodeScalars)
        var i = 0
        if s.count > 1, "وبلف".unicodeScalars.contains(s[0]), isDigit(s[1]) { i = 1 }
        let prefix = i
        guard i < s.count, isDigit(s[i]) else { return nil }
        var digits = 0, dots = 0, commas = 0
        var j = i
        while j < s.count, isDigit(s[j]) || ((s[j] == "." || s[j] == ",") && j + 1 < s.count && isDigit(s[j + 1])) {
            if isDigit(s[j]) { digits += 1 } else if s[j] == "." { dots += 1 } else { commas += 1 }
            j += 1
        }
        guard digits <= 15 else { return nil }
        var suffixView = String.UnicodeScalarView()
        suffixView.append(contentsOf: s[j...])
        let suffix = String(suffixView)
        guard suffix.isEmpty || ["م", "ه", "%"].contains(suffix) else { return nil }
        // One dot is a decimal point; several dots or any comma separate thousands.
        var text = ""
        for k in i..<j {
            let c = s[k]
            if isDigit(c) { text.unicodeScalars.append(c) }
            else if c == "." && dots == 1 && commas == 0 { text.append(".") }
            else if c == "." && dots == 1 && commas > 0 { text.append(".") }
        }
        guard let value = Double(text) else { return nil }
        let isInteger = !text.contains(".")
        return Numeral(value: value, integer: isInteger ? Int(text) : nil, digitCount: digits,
                       prefixLength: prefix, suffix: suffix)
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}
