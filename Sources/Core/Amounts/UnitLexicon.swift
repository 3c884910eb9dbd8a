import Foundation

/// What an amount can be measured in: currencies (ISO 4217), time units, measures and the
/// percent words, by matching key.
///
/// Currency names come from Foundation's CLDR data ("دولار أمريكي" → USD); the plural forms and
/// the default reading of a bare noun (دولار → USD) are added here because CLDR has neither.
struct UnitLexicon: Sendable {
    enum Kind: String, Sendable { case currency, duration, measure, percent }
    struct Unit: Sendable { let kind: Kind; let code: String? }

    /// Currency noun key (singular) → [adjective key → ISO code].
    let currencyAdjectives: [String: [String: String]]
    /// Every key that names a unit on its own, with the singular noun it stands for.
    let nouns: [String: (singular: String, unit: Unit)]
    /// Dual forms: two of a unit in one word.
    let duals: [String: Unit]

    static let shared = UnitLexicon()

    static let currencyCodes = ["USD", "EUR", "GBP", "SAR", "AED", "EGP", "SYP", "LBP", "JOD", "IQD", "KWD", "QAR",
                                "BHD", "OMR", "YER", "MAD", "DZD", "TND", "LYD", "SDG", "TRY", "RUB", "CNY", "JPY",
                                "IRR", "CHF", "CAD", "AUD", "UAH", "INR", "PKR"]

    init() {
        var adjectives: [String: [String: String]] = [:]
        var nouns: [String: (String, Unit)] = [:]
        let ar = Locale(identifier: "ar")
        for code in Self.currencyCodes {
            guard let name = ar.localizedString(forCurrencyCode: code) else { continue }
            let words = MatchKey.key(name).split(separator: " ").map(String.init)
            guard let noun = words.first else { continue }
            if words.count == 2 { adjectives[noun, default: [:]][Self.adjectiveStem(words[1])] = code }
            if nouns[noun] == nil { nouns[noun] = (noun, Unit(kind: .currency, code: words.count == 1 ? code : nil)) }
        }
        // CLDR's Lebanese pound is جنيه لبناني; the press writes ليرة لبنانية.
        adjectives[MatchKey.key("ليرة"), default: [:]][MatchKey.key("لبناني")] = "LBP"
        adjectives[MatchKey.key("دولار"), default: [:]][MatchKey.key("أميركي")] = "USD"
        // Bare nouns that name one currency in practice.
        for (word, code) in [("دولار", "USD"), ("يورو", "EUR"), ("روبل", "RUB"), ("يوان", "CNY"), ("إسترليني", "GBP")] {
            nouns[MatchKey.key(word)] = (MatchKey.key(word), Unit(kind: .currency, code: code))
        }
        let plurals: [(String, String)] = [("دولارات", "دولار"), ("دولارا", "دولار"), ("ليرات", "ليرة"), ("دنانير", "دينار"),
                                          ("دينارا", "دينار"), ("جنيهات", "جنيه"), ("جنيها", "جنيه"), ("دراهم", "درهم"),
                                          ("درهما", "درهم"), ("ريالات", "ريال"), ("ريالا", "ريال"), ("روبلات", "روبل"),
                                          ("روبلا", "روبل"), ("فرنكات", "فرنك")]
        for (plural, singular) in plurals {
            let s = MatchKey.key(singular)
            if let u = nouns[s] { nouns[MatchKey.key(plural)] = (s, u.1) }
        }
        func add(_ words: [String], _ kind: Kind, _ code: String) {
            for w in words { nouns[MatchKey.key(w)] = (MatchKey.key(words[0]), Unit(kind: kind, code: code)) }
        }
        add(["يوم", "أيام", "يوما"], .duration, "day"); add(["أسبوع", "أسابيع", "أسبوعا"], .duration, "week")
        add(["شهر", "أشهر", "شهور", "شهرا"], .duration, "month"); add(["سنة", "سنوات", "سنين", "عام", "أعوام", "عاما"], .duration, "year")
        add(["ساعة", "ساعات"], .duration, "hour"); add(["دقيقة", "دقائق"], .duration, "minute"); add(["ثانية", "ثوان"], .duration, "second")
        add(["عقد", "عقود"], .duration, "decade"); add(["قرن", "قرون"], .duration, "century")
        add(["كيلومتر", "كيلومترات", "كلم", "كم"], .measure, "km"); add(["متر", "أمتار", "مترا"], .measure, "m")
        add(["كيلوغرام", "كيلوغرامات", "كغ", "كيلو"], .measure, "kg"); add(["طن", "أطنان"], .measure, "t")
        add(["برميل", "براميل", "برميلا"], .measure, "barrel"); add(["ميغاواط", "ميجاوات"], .measure, "MW")
        add(["هكتار", "هكتارات"], .measure, "ha"); add(["لتر", "لترات"], .measure, "l")
        add(["percent", "per cent"], .percent, "%")
        self.currencyAdjectives = adjectives
        self.nouns = nouns

        var duals: [String: Unit] = [:]
        func dual(_ words: [String], _ kind: Kind, _ code: String?) { for w in words { duals[MatchKey.key(w)] = Unit(kind: kind, code: code) } }
        dual(["يومين", "يومان"], .duration, "day"); dual(["أسبوعين", "أسبوعان"], .duration, "week")
        dual(["شهرين", "شهران"], .duration, "month"); dual(["عامين", "عامان", "سنتين", "سنتان"], .duration, "year")
        dual(["ساعتين", "ساعتان"], .duration, "hour"); dual(["دقيقتين", "دقيقتان"], .duration, "minute")
        dual(["عقدين", "عقدان"], .duration, "decade"); dual(["قرنين", "قرنان"], .duration, "century")
        dual(["دولارين"], .currency, "USD"); dual(["مرتين", "مرتان"], .measure, "times")
        self.duals = duals
    }

    /// An adjective without article, feminine or plural ending: "الأمريكية" → "امريكي".
    static func adjectiveStem(_ key: String) -> String {
        var s = key
        if s.hasPrefix("ال") { s = String(s.unicodeScalars.dropFirst(2)) }
        if s.hasSuffix("ه") { s = String(s.unicodeScalars.dropLast()) }
        return s
    }
}
