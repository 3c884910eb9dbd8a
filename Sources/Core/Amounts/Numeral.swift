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
        guard mayRead(key) else { return nil }
        var key = key
        return key.withUTF8 { b -> Numeral? in
            // Keys hold ASCII digits; a proclitic is one two-byte Arabic letter (و ب ل ف).
            var i = 0
            if b[0] >= 0x80 {
                let letter = UInt16(b[0]) << 8 | UInt16(b[1])
                guard letter == 0xD988 || letter == 0xD8A8 || letter == 0xD984 || letter == 0xD981 else { return nil }
                i = 2
            }
            var j = i, digits = 0, dots = 0, commas = 0, integer = 0
            while j < b.count {
                let c = b[j]
                if c >= 0x30 && c <= 0x39 {
                    digits += 1
                    guard digits <= 15 else { return nil }  // identifiers, not amounts
                    integer = integer * 10 + Int(c - 0x30)
                } else if c == 0x2E || c == 0x2C, j + 1 < b.count, b[j + 1] >= 0x30 && b[j + 1] <= 0x39 {
                    if c == 0x2E { dots += 1 } else { commas += 1 }
                } else { break }
                j += 1
            }
            let suffix: String
            switch b.count - j {
            case 0: suffix = ""
            case 1 where b[j] == 0x25: suffix = "%"
            case 2 where b[j] == 0xD9 && b[j + 1] == 0x85: suffix = "م"
            case 2 where b[j] == 0xD9 && b[j + 1] == 0x87: suffix = "ه"
            default: return nil
            }
            let prefix = i == 0 ? 0 : 1
            if dots == 0 && commas == 0 {
                return Numeral(value: Double(integer), integer: integer, digitCount: digits, prefixLength: prefix, suffix: suffix)
            }
            // One dot is a decimal point (also after thousands commas: 1,250.5); several dots or
            // commas alone separate thousands, except one comma not followed by three digits,
            // which is a decimal comma ("118,6 مليون").
            var decimalComma = false
            if commas == 1 && dots == 0, let c = (i..<j).first(where: { b[$0] == 0x2C }), j - c - 1 != 3 { decimalComma = true }
            var text = ""
            for k in i..<j {
                let c = b[k]
                if c >= 0x30 && c <= 0x39 { text.unicodeScalars.append(Unicode.Scalar(c)) }
                else if (c == 0x2E && dots == 1) || (c == 0x2C && decimalComma) { text.append(".") }
            }
            guard let value = Double(text) else { return nil }
            return Numeral(value: value, integer: dots == 1 || decimalComma ? nil : Int(text), digitCount: digits,
                           prefixLength: prefix, suffix: suffix)
        }
    }

    /// `read` of a token's key scalars: the key string is built only for what may be a number.
    @inline(__always)
    static func read(_ key: ArraySlice<Unicode.Scalar>) -> Numeral? {
        mayRead(key) ? read(String(scalars: key)) : nil
    }

    /// Cheap rejection of words: a digit first, or a digit after one two-byte Arabic letter.
    @inline(__always)
    static func mayRead(_ key: String) -> Bool {
        var bytes = key.utf8.makeIterator()
        guard let b0 = bytes.next() else { return false }
        if b0 >= 0x30 && b0 <= 0x39 { return true }
        guard b0 == 0xD8 || b0 == 0xD9, bytes.next() != nil, let b2 = bytes.next() else { return false }
        return b2 >= 0x30 && b2 <= 0x39
    }

    /// `mayRead` of a token's key scalars (the same test without building the key string: a
    /// two-byte UTF-8 letter is U+0080...U+07FF, and the lead bytes D8 D9 are U+0600...U+067F).
    @inline(__always)
    static func mayRead(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let s0 = key.first?.value else { return false }
        if s0 >= 0x30 && s0 <= 0x39 { return true }
        guard s0 >= 0x0600 && s0 <= 0x067F, key.count > 1 else { return false }
        let s1 = key[key.startIndex + 1].value
        return s1 >= 0x30 && s1 <= 0x39
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}
