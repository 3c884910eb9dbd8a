/// Nationality adjectives and demonyms (الأوكرانية، الكازاخستانيون، أمريكي) with their country code.
///
/// Most are derived from the one-word Arabic country names by the regular nisba: drop ال and a
/// final ا or ة, end in ي (أوكرانيا → أوكراني, العراق → عراقي, كازاخستان → كازاخستاني); then every
/// form is generated: feminine ية, plurals يون/يين/يات, each with and without ال. Irregular and
/// variant forms are listed by hand.
enum CountryAdjectiveLexicon {
    static let shared: GrowingKeyMap<String> = build()

    /// Demonyms the nisba rule does not give, or gives for a multi-word country name.
    static let irregular: [(String, String)] = [
        ("أمريكي", "US"), ("أميركي", "US"), ("بريطاني", "GB"), ("إنجليزي", "GB"), ("إنكليزي", "GB"),
        ("كازاخي", "KZ"), ("كازخي", "KZ"), ("أفغاني", "AF"), ("قرغيزي", "KG"), ("قيرغيزي", "KG"),
        ("أوزبكي", "UZ"), ("طاجيكي", "TJ"), ("تركماني", "TM"), ("إماراتي", "AE"), ("سعودي", "SA"),
        ("فلسطيني", "PS"), ("هولندي", "NL"), ("تشيكي", "CZ"), ("بيلاروسي", "BY"), ("أذري", "AZ"),
        ("نمساوي", "AT"), ("سوري", "SY"), ("هنغاري", "HU"),
        ("كونغولي", "CD"), ("موريتاني", "MR"), ("روسي", "RU"), ("صيني", "CN"), ("إيراني", "IR"), ("تركي", "TR"),
        // CLDR writes الدانمرك; the press mostly الدنمارك.
        ("دنماركي", "DK"), ("دانماركي", "DK"),
    ]

    /// Nisba forms that are far more often another word: مالي "financial", مجري (مجرى "course").
    static let ambiguous: Set<String> = ["مالي", "مجري", "نمسي", "كوري"]  // matching keys

    static func build() -> GrowingKeyMap<String> {
        var out = GrowingKeyMap<String>(capacity: 4096)
        func addForms(_ base: String, _ code: String) {
            let key = MatchKey.key(base)
            guard !ambiguous.contains(key) else { return }
            for suffix in ["", "ه", "ون", "ين", "ات"] {
                let form = key + suffix
                if out[KeyHash.of(key: form)] == nil { out[KeyHash.of(key: form)] = code }
                if out[KeyHash.of(key: "ال" + form)] == nil { out[KeyHash.of(key: "ال" + form)] = code }
            }
        }
        for (base, code) in irregular { addForms(base, code) }
        let places = PlaceLexicon.cldrCountries.map { ($0.arabic, $0.code) } + PlaceLexicon.extraCountrySpellings
        for (name, code) in places {
            var key = MatchKey.key(name)
            guard !key.contains(" "), !key.contains("-") else { continue }
            // Only a written article goes: ألمانيا keeps its أل (الألمانية، not المانية).
            if name.hasPrefix("ال") { key.removeFirst(2) }
            guard let last = key.last, key.count >= 3, last != "ي", last != "و" else { continue }
            if last == "ا" || last == "ه" { key.removeLast() }
            // أوكرانيا → أوكراني, سورية → سوري: the ي is already there.
            addForms(key.hasSuffix("ي") ? key : key + "ي", code)
        }
        return out
    }
}
