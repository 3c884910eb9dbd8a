/// Finds amounts: numbers in digits or words (with scale words: 3 ملايين، 2.5 مليار), dual forms
/// (أسبوعين، شهرين), percentages, currencies with their ISO 4217 code, durations and measures,
/// and says what they count (the words after them).
///
/// Not amounts: numbers inside dates (years, days), and reference numbers (المادة 4، القرار 2254،
/// رقم 5). "واحد" is left out: it mostly follows its noun as an adjective.
public enum AmountExtractor {
    /// Words after which a number is a reference, not a quantity.
    static let referenceWords = KeySet([
        "المادة", "مادة", "البند", "بند", "الفقرة", "فقرة", "الفصل", "رقم", "القرار", "قرار", "الباب", "الصفحة",
        "صفحة", "ص", "العدد", "الرقم", "الجدول", "الملحق", "القانون", "للمادة", "بالمادة", "والمادة",
        "article", "no", "resolution", "page", "section",
    ])
    /// Words that end the "what is counted" phrase.
    static let phraseStops = KeySet([
        "في", "على", "إلى", "عن", "مع", "أو", "ثم", "التي", "الذي", "الذين", "الى", "حتى", "منذ", "بعد", "قبل",
        "خلال", "لدى", "عند", "بين", "هذا", "هذه", "ذلك", "قد", "لم", "لن", "أن", "إن", "كما", "فقط", "من",
        "بسبب", "عندما", "حيث", "حين", "بينما", "لكن", "ضمن", "وسط", "إذ",
        "in", "on", "at", "to", "of", "for", "and", "or", "the", "with", "by", "from",
    ])
    static let percentWords = KeySet(["بالمئة", "بالمائة", "بالمية"])
    static let percentAfterFi = KeySet(["المئة", "المائة", "المية"])

    static let fractions = KeyMap([("نصف", 0.5), ("ربع", 0.25), ("ثلث", 1.0 / 3)].map { (KeyHash.of(word: $0.0), $0.1) })
    static let currencySigns: [Unicode.Scalar: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"]

    /// Whether a key names a unit (currency, time unit, measure) that numbers are counted in.
    static func isUnitOrCountedNoun(_ token: Token) -> Bool {
        guard let noun = UnitLexicon.shared.nouns[token.keyHash] else { return false }
        return noun.unit.kind != .duration
    }

    /// The words that may open an amount besides numerals: number words, the units' and the
    /// counted nouns' duals, and مقابل (see `CountedDuals`); one probe per word instead of four.
    static let wordTriggers = KeySet(hashes: NumberWords.forms.hashes + UnitLexicon.shared.duals.hashes
                                     + CountedDuals.duals.hashes + [CountedDuals.versus])

    /// `excluded`: spans already taken by dates, sorted.
    public static func amounts(_ text: ArticleText, tokens: [Token], excluded: [Span]) -> [Amount] {
        let units = UnitLexicon.shared
        let dualForms = CountedDuals.dualForms, versus = CountedDuals.versus, wordTriggers = Self.wordTriggers
        var dualAt = -1  // an unlisted dual right after مقابل (see `CountedDuals`)
        var result: [Amount] = []
        var e = 0
        var i = 0
        while i < tokens.count {
            // Most tokens are plain words: reject them before copying the token.
            let tokenKind = tokens[i].kind
            guard tokenKind == .number || (tokenKind == .word && (wordTriggers.contains(hash: tokens[i].keyHash)
                || Numeral.mayRead(tokens[i].keyScalars) || i == dualAt)) else { i += 1; continue }
            let t = tokens[i]
            while e < excluded.count, excluded[e].end <= t.span.start { e += 1 }
            if e < excluded.count, excluded[e].overlaps(t.span) { i += 1; continue }

            var value: Double
            var start = t.span.start
            var end = t.span.end
            var j = i + 1
            var unit: UnitLexicon.Unit?
            var percentSuffix = false
            var signCurrency: String?
            if let n = Numeral.read(t.keyScalars) {
                guard n.suffix != "م", n.suffix != "ه" else { i += 1; continue }
                if i > 0, DateExtractor.containsWithoutProclitics(referenceWords, tokens[i - 1]) { i += 1; continue }
                // Scores and pairs such as "6 - 4" are not quantities either.
                if i + 2 < tokens.count, DateExtractor.isDash(tokens[i + 1], text), tokens[i + 2].kind == .number { i += 3; continue }
                if i > 1, DateExtractor.isDash(tokens[i - 1], text), tokens[i - 2].kind == .number { i += 1; continue }
                // Parts of numeric references such as 1/2 or 2254/2015 are not quantities.
                if i + 1 < tokens.count, tokens[i + 1].span.start == t.span.end, text.slice(tokens[i + 1].span) == "/" { i += 3; continue }
                value = n.value
                start = DateExtractor.surfaceStart(t, skipping: n.prefixLength, text)
                // A year-like number with nothing counted after it ("مونديال 2002 بسبب") is a name
                // or a year, not a quantity.
                if n.digitCount == 4, let y = n.integer, (1900...2099).contains(y), n.suffix.isEmpty,
                   i + 1 == tokens.count || tokens[i + 1].kind != .word || phraseStops.contains(tokens[i + 1])
                    || tokens[i + 1].keyScalars.first == "\u{0648}" {
                    i += 1; continue
                }
                percentSuffix = n.suffix == "%"
                // "$5", "€300": a currency sign right before the digits.
                if i > 0, tokens[i - 1].span.end == t.span.start, let code = currencySigns[text.scalars[tokens[i - 1].span.start]] {
                    start = tokens[i - 1].span.start
                    signCurrency = code
                }
                // "%50": right-to-left typesetting sometimes puts the percent sign first.
                if i > 0, tokens[i - 1].span.end == t.span.start, tokens[i - 1].span.length == 1,
                   ["%", "٪"].contains(text.scalars[tokens[i - 1].span.start]),
                   i < 2 || tokens[i - 2].kind != .number {
                    start = tokens[i - 1].span.start
                    percentSuffix = true
                }
                // "يومي 15 و16 جانفي": a day listed before a date's day is part of the date, no amount.
                if n.digitCount <= 2, i + 1 < tokens.count, tokens[i + 1].keyScalars.first == "\u{0648}",
                   Numeral.read(tokens[i + 1].keyScalars) != nil,
                   e < excluded.count, excluded[e].start == DateExtractor.surfaceStart(tokens[i + 1], skipping: 1, text) {
                    i += 1; continue
                }
                // A scale word after digits: "3 ملايين".
                if j < tokens.count, let p = NumberWords.part(tokens[j], allowWaw: false), case .scale(let s) = p.0 {
                    value *= s; end = tokens[j].span.end; j += 1
                }
            } else if let w = NumberWords.read(tokens, at: i, allowLeadingWaw: true) {
                start = DateExtractor.surfaceStart(t, skipping: w.prefix, text)
                // "الخامسة عشرة": the tens word of an ordinal (after an ال word) is no amount.
                if w.length == 1, i > 0, tokens[i - 1].keyScalars.hasPrefix("ال"), tokens[i].keyScalars.hasPrefix("عشر") { i += 1; continue }
                value = w.value
                end = tokens[i + w.length - 1].span.end
                // "نصف مليار"، "ربع مليون": a fraction before a scale word.
                if i > 0, let fraction = fractions[tokens[i - 1].keyHash], w.prefix == 0,
                   case .scale = NumberWords.part(t, allowWaw: false)?.0 {
                    value *= fraction
                    start = tokens[i - 1].span.start
                }
                j = i + w.length
            } else if let dual = units.duals[t.keyHash] {
                result.append(Amount(start: start, end: end, text: text.slice(t.span), value: 2, kind: dual.kind.rawValue,
                                     unit: dual.code, of: text.slice(t.span)))
                i += 1; continue
            } else if t.keyHash == versus {
                // بشوطين مقابل شوط، مقابل شوطين: an unlisted dual beside مقابل.
                if i > 0, result.last.map({ $0.end < tokens[i - 1].span.end }) ?? true,
                   let dual = CountedDuals.read(tokens, at: i - 1), dual.singular == nil {
                    let surfaceStart = DateExtractor.surfaceStart(tokens[i - 1], skipping: dual.prefix, text)
                    let surface = Span(start: surfaceStart, end: tokens[i - 1].span.end)
                    result.append(Amount(start: surfaceStart, end: surface.end, text: text.slice(surface), value: 2, kind: "count",
                                         unit: nil, of: text.slice(surface)))
                }
                if i + 1 < tokens.count, !dualForms.contains(hash: tokens[i + 1].keyHash) { dualAt = i + 1 }
                i += 1; continue
            } else if let dual = CountedDuals.read(tokens, at: i) {
                // صاروخين، بهدفين: two of a counted noun (see `CountedDuals`).
                let surfaceStart = DateExtractor.surfaceStart(t, skipping: dual.prefix, text)
                let surface = Span(start: surfaceStart, end: end)
                result.append(Amount(start: surfaceStart, end: end, text: text.slice(surface), value: 2, kind: "count",
                                     unit: nil, of: dual.singular ?? text.slice(surface)))
                i += 1; continue
            } else { i += 1; continue }

            // "مليون و٨٠٠ ألف"، "3 ملايين و500 ألف": a smaller part joined with و after a scale word.
            if j > i, j + 1 < tokens.count, let p = NumberWords.part(tokens[j - 1], allowWaw: true), case .scale(let big) = p.0,
               let n = Numeral.read(tokens[j].keyScalars), n.prefixLength == 1, tokens[j].keyScalars.first == "\u{0648}",
               let q = NumberWords.part(tokens[j + 1], allowWaw: false), case .scale(let small) = q.0, small < big {
                value += n.value * small
                end = tokens[j + 1].span.end
                j += 2
            }

            // What it is measured in.
            var kind = "count"
            var of: String?
            if let code = signCurrency {
                kind = "currency"; unit = UnitLexicon.Unit(kind: .currency, code: code)
            } else if percentSuffix {
                kind = "percent"; unit = UnitLexicon.Unit(kind: .percent, code: "%")
            } else if j < tokens.count, ["%", "٪"].contains(text.slice(tokens[j].span)) {
                kind = "percent"; unit = UnitLexicon.Unit(kind: .percent, code: "%"); end = tokens[j].span.end; j += 1
            } else if j < tokens.count, percentWords.contains(tokens[j]) {
                kind = "percent"; unit = UnitLexicon.Unit(kind: .percent, code: "%"); end = tokens[j].span.end; j += 1
            } else if j + 1 < tokens.count, tokens[j].keyHash == WordHashes.fi, percentAfterFi.contains(tokens[j + 1]) {
                kind = "percent"; unit = UnitLexicon.Unit(kind: .percent, code: "%"); end = tokens[j + 1].span.end; j += 2
            } else if j < tokens.count, let noun = units.nouns[tokens[j].keyHash] {
                var u = noun.unit
                of = text.slice(tokens[j].span)
                end = tokens[j].span.end
                j += 1
                if u.kind == .currency, j < tokens.count,
                   let code = units.currencyAdjectives[noun.singular]?[KeyHash.of(key: UnitLexicon.adjectiveStem(tokens[j].key))] {
                    u = UnitLexicon.Unit(kind: .currency, code: code)
                    end = tokens[j].span.end
                    of = text.slice(Span(start: tokens[j - 1].span.start, end: end))
                    j += 1
                }
                unit = u
                kind = u.kind.rawValue
            }
            if kind == "count" { of = countedPhrase(tokens, from: j, text: text) }
            result.append(Amount(start: start, end: end, text: text.slice(Span(start: start, end: end)), value: value,
                                 kind: kind, unit: unit?.code, of: of))
            i = j
        }
        return result
    }

    /// Up to three words after a number (after an optional من), stopping at punctuation, numbers
    /// and function words.
    static func countedPhrase(_ tokens: [Token], from j: Int, text: ArticleText) -> String? {
        var k = j
        if k < tokens.count, tokens[k].keyHash == WordHashes.min { k += 1 }
        var first: Int?, last: Int?
        while k < tokens.count, tokens[k].kind == .word, !phraseStops.contains(tokens[k]), (last ?? k) - (first ?? k) < 2 {
            // A second noun joined by و is another thing ("بلدة ومستوطنة"), not part of this one.
            if first != nil, tokens[k].keyScalars.first == "\u{0648}" { break }
            if first == nil { first = k }
            last = k
            k += 1
        }
        guard let f = first, let l = last else { return nil }
        return text.slice(Span(start: tokens[f].span.start, end: tokens[l].span.end))
    }
}
