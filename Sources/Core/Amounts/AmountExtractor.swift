/// Finds amounts: numbers in digits or words (with scale words: 3 ملايين، 2.5 مليار), dual forms
/// (أسبوعين، شهرين), percentages, currencies with their ISO 4217 code, durations and measures,
/// and says what they count (the words after them).
///
/// Not amounts: numbers inside dates (years, days), and reference numbers (المادة 4، القرار 2254،
/// رقم 5). "واحد" is left out: it mostly follows its noun as an adjective.
public enum AmountExtractor {
    /// Words after which a number is a reference, not a quantity.
    static let referenceWords: Set<String> = Set([
        "المادة", "مادة", "البند", "بند", "الفقرة", "فقرة", "الفصل", "رقم", "القرار", "قرار", "الباب", "الصفحة",
        "صفحة", "ص", "العدد", "الرقم", "الجدول", "الملحق", "القانون", "للمادة", "بالمادة", "والمادة",
        "article", "no", "resolution", "page", "section",
    ].map(MatchKey.key))
    /// Words that end the "what is counted" phrase.
    static let phraseStops: Set<String> = Set([
        "في", "على", "إلى", "عن", "مع", "أو", "ثم", "التي", "الذي", "الذين", "الى", "حتى", "منذ", "بعد", "قبل",
        "خلال", "لدى", "عند", "بين", "هذا", "هذه", "ذلك", "قد", "لم", "لن", "أن", "إن", "كما", "فقط",
        "in", "on", "at", "to", "of", "for", "and", "or", "the", "with", "by", "from",
    ].map(MatchKey.key))
    static let percentWords: Set<String> = Set(["بالمئة", "بالمائة", "بالمية"].map(MatchKey.key))
    static let percentAfterFi: Set<String> = Set(["المئة", "المائة", "المية"].map(MatchKey.key))

    /// Whether a key names a unit (currency, time unit, measure) that numbers are counted in.
    static func isUnitOrCountedNoun(_ key: String) -> Bool {
        UnitLexicon.shared.nouns[key] != nil && UnitLexicon.shared.nouns[key]!.unit.kind != .duration
    }

    /// `excluded`: spans already taken by dates, sorted.
    public static func amounts(_ text: ArticleText, tokens: [Token], excluded: [Span]) -> [Amount] {
        let units = UnitLexicon.shared
        var result: [Amount] = []
        var e = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            while e < excluded.count, excluded[e].end <= t.span.start { e += 1 }
            if e < excluded.count, excluded[e].overlaps(t.span) { i += 1; continue }
            guard t.kind == .word || t.kind == .number else { i += 1; continue }

            var value: Double
            var start = t.span.start
            var end = t.span.end
            var j = i + 1
            var unit: UnitLexicon.Unit?
            var percentSuffix = false
            if let n = Numeral.read(t.key) {
                guard n.suffix != "م", n.suffix != "ه" else { i += 1; continue }
                if i > 0, referenceWords.contains(tokens[i - 1].key) { i += 1; continue }
                // Parts of numeric references such as 1/2 or 2254/2015 are not quantities.
                if i + 1 < tokens.count, tokens[i + 1].span.start == t.span.end, text.slice(tokens[i + 1].span) == "/" { i += 3; continue }
                value = n.value
                start = DateExtractor.surfaceStart(t, skipping: n.prefixLength, text)
                percentSuffix = n.suffix == "%"
                // A scale word after digits: "3 ملايين".
                if j < tokens.count, let p = NumberWords.part(tokens[j].key, allowWaw: false), case .scale(let s) = p.0 {
                    value *= s; end = tokens[j].span.end; j += 1
                }
            } else if let w = NumberWords.read(tokens, at: i) {
                value = w.value
                end = tokens[i + w.length - 1].span.end
                j = i + w.length
            } else if let dual = units.duals[t.key] {
                result.append(Amount(start: start, end: end, text: text.slice(t.span), value: 2, kind: dual.kind.rawValue,
                                     unit: dual.code, of: text.slice(t.span)))
                i += 1; continue
            } else { i += 1; continue }

            // What it is measured in.
            var kind = "count"
            var of: String?
            if percentSuffix {
                kind = "percent"; unit = UnitLexicon.Unit(kind: .percent, code: "%")
            } else if j < tokens.count, ["%", "٪"].contains(text.slice(tokens[j].span)) {
                kind = "percent"; unit = UnitLexicon.Unit(kind: .percent, code: "%"); end = tokens[j].span.end; j += 1
            } else if j < tokens.count, percentWords.contains(tokens[j].key) {
                kind = "percent"; unit = UnitLexicon.Unit(kind: .percent, code: "%"); end = tokens[j].span.end; j += 1
            } else if j + 1 < tokens.count, tokens[j].key == "في", percentAfterFi.contains(tokens[j + 1].key) {
                kind = "percent"; unit = UnitLexicon.Unit(kind: .percent, code: "%"); end = tokens[j + 1].span.end; j += 2
            } else if j < tokens.count, let noun = units.nouns[tokens[j].key] {
                var u = noun.unit
                of = text.slice(tokens[j].span)
                end = tokens[j].span.end
                j += 1
                if u.kind == .currency, j < tokens.count,
                   let code = units.currencyAdjectives[noun.singular]?[UnitLexicon.adjectiveStem(tokens[j].key)] {
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
        if k < tokens.count, tokens[k].key == "من" { k += 1 }
        var first: Int?, last: Int?
        while k < tokens.count, tokens[k].kind == .word, !phraseStops.contains(tokens[k].key), (last ?? k) - (first ?? k) < 2 {
            if first == nil { first = k }
            last = k
            k += 1
        }
        guard let f = first, let l = last else { return nil }
        return text.slice(Span(start: tokens[f].span.start, end: tokens[l].span.end))
    }
}
