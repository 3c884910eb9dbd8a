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
    let currencyAdjectives: KeyMap<[UInt64: String]>
    /// Every key that names a unit on its own, with the singular noun it stands for.
    let nouns: KeyMap<(singular: UInt64, unit: Unit)>
    /// Dual forms: two of a unit in one word.
    let duals: KeyMap<Unit>

    static let shared = UnitLexicon()

    static let currencyCodes = ["USD", "EUR", "GBP", "SAR", "AED", "EGP", "SYP", "LBP", "JOD", "IQD", "KWD", "QAR",
                                "BHD", "OMR", "YER", "MAD", "DZD", "TND", "LYD", "SDG", "TRY", "RUB", "CNY", "JPY",
                                "IRR", "CHF", "CAD", "AUD", "UAH", "INR", "PKR"]

    init() {
        var adjectives: [UInt64: [UInt64: String]] = [:]
        var nouns: [UInt64: (UInt64, Unit)] = [:]
        let ar = Locale(identifier: "ar")
        for code in Self.currencyCodes {
            guard let name = ar.localizedString(forCurrencyCode: code) else { continue }
            let words = MatchKey.key(name).split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            let noun = KeyHash.of(key: first)
            if words.count == 2 { adjectives[noun, default: [:]][KeyHash.of(key: Self.adjectiveStem(words[1]))] = code }
            if nouns[noun] == nil { nouns[noun] = (noun, Unit(kind: .currency, code: words.count == 1 ? code : nil)) }
        }
        // CLDR's Lebanese pound is جنيه لبناني; the press writes ليرة لبنانية.
        adjectives[KeyHash.of(word: "ليرة"), default: [:]][KeyHash.of(word: "لبناني")] = "LBP"
        adjectives[KeyHash.of(word: "دولار"), default: [:]][KeyHash.of(word: "أميركي")] = "USD"
        // Bare nouns that name one currency in practice.
        for (word, code) in [("دولار", "USD"), ("يورو", "EUR"), ("روبل", "RUB"), ("يوان", "CNY"), ("إسترليني", "GBP"),
                             ("شيكل", "ILS"), ("شيقل", "ILS"), ("dollar", "USD"), ("dollars", "USD"), ("euro", "EUR"), ("euros", "EUR")] {
            nouns[KeyHash.of(word: word)] = (KeyHash.of(word: word), Unit(kind: .currency, code: code))
        }
        let plurals: [(String, String)] = [("دولارات", "دولار"), ("دولارا", "دولار"), ("ليرات", "ليرة"), ("دنانير", "دينار"),
                                          ("دينارا", "دينار"), ("جنيهات", "جنيه"), ("جنيها", "جنيه"), ("دراهم", "درهم"),
                                          ("درهما", "درهم"), ("ريالات", "ريال"), ("ريالا", "ريال"), ("روبلات", "روبل"),
                                          ("روبلا", "روبل"), ("فرنكات", "فرنك")]
        for (plural, singular) in plurals {
            let s = KeyHash.of(word: singular)
            if let u = nouns[s] { nouns[KeyHash.of(word: plural)] = (s, u.1) }
        }
        func add(_ words: [String], _ kind: Kind, _ code: String) {
            for w in words { nouns[KeyHash.of(word: w)] = (KeyHash.of(word: words[0]), Unit(kind: kind, code: code)) }
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
        self.currencyAdjectives = KeyMap(adjectives)
        self.nouns = KeyMap(nouns.mapValues { (singular: $0.0, unit: $0.1) })

        var duals: [UInt64: Unit] = [:]
        func dual(_ words: [String], _ kind: Kind, _ code: String?) { for w in words { duals[KeyHash.of(word: w)] = Unit(kind: kind, code: code) } }
        dual(["يومين", "يومان"], .duration, "day"); dual(["أسبوعين", "أسبوعان"], .duration, "week")
        dual(["شهرين", "شهران"], .duration, "month"); dual(["عامين", "عامان", "سنتين", "سنتان"], .duration, "year")
        // Feminine duals in construct drop their ن (ساعتا تغذية); masculine ones would read as
        // accusatives (يوماً), so they are left out.
        dual(["ساعتين", "ساعتان", "ساعتا"], .duration, "hour"); dual(["دقيقتين", "دقيقتان", "دقيقتا"], .duration, "minute")
        dual(["عقدين", "عقدان"], .duration, "decade"); dual(["قرنين", "قرنان"], .duration, "century")
        dual(["دولارين"], .currency, "USD"); dual(["مرتين", "مرتان"], .measure, "times")
        self.duals = KeyMap(duals)
    }

    /// An adjective without article, feminine or plural ending: "الأمريكية" → "امريكي".
    static func adjectiveStem(_ key: String) -> String {
        var s = key
        if s.hasPrefix("ال") { s = String(s.unicodeScalars.dropFirst(2)) }
        if s.hasSuffix("ه") { s = String(s.unicodeScalars.dropLast()) }
        return s
    }
}
