import Foundation

/// Arabic month names of every system, as token-key sequences, from Foundation's CLDR data
/// (DateFormatter month symbols per locale; the Islamic calendar for Hijri) plus the spellings
/// CLDR lacks. Built once.
struct MonthLexicon: Sendable {
    struct Entry: Sendable {
        /// Key hashes of the name's words ("كانون", "الثاني").
        let words: [UInt64]
        let month: Int
        /// Every system that uses this name (مارس is Egyptian and Maghrebi).
        let systems: [MonthSystem]
        /// A month word that is also an ordinary word or a name (آب father, تموز, نيسان, صفر zero ...):
        /// a month only next to a day, a year or شهر.
        let ambiguous: Bool
    }

    /// Entries by the key of their first word, longest name first.
    let byFirstWord: KeyMap<[Entry]>
    /// The keys of every first word, for callers that pre-filter tokens.
    let firstWords: [String]

    static let shared = MonthLexicon()

    /// Month words that are ordinary words or names too.
    static let ambiguousNames = KeySet([
        "آب", "تموز", "نيسان", "آذار", "مارس", "ماي", "جوان", "صفر", "رجب", "شعبان", "رمضان", "شوال", "محرم",
        "may", "march",
    ])

    init() {
        var names: [[String]: (month: Int, systems: [MonthSystem])] = [:]
        var order: [[String]] = []
        func add(_ name: String, _ month: Int, _ system: MonthSystem) {
            let words = MatchKey.key(name).split(separator: " ").map(String.init)
            if var existing = names[words] {
                if !existing.systems.contains(system) { existing.systems.append(system) }
                names[words] = existing
            } else {
                names[words] = (month, [system])
                order.append(words)
            }
        }
        for system in MonthSystem.allCases {
            for locale in system.locales {
                let formatter = DateFormatter()
                formatter.locale = Locale(identifier: locale)
                if system == .hijri { formatter.calendar = Calendar(identifier: .islamicUmmAlQura) }
                let abbreviated = system == .english ? formatter.shortMonthSymbols : []
                for symbols in [formatter.monthSymbols, formatter.standaloneMonthSymbols, abbreviated] {
                    for (i, name) in symbols.enumerated() where symbols.count == 12 { add(name, i + 1, system) }
                }
            }
            for (name, month) in system.extraNames { add(name, month, system) }
        }
        var table: [UInt64: [Entry]] = [:]
        for words in order {
            let value = names[words]!
            let hashes = words.map { KeyHash.of(key: $0) }
            let entry = Entry(words: hashes, month: value.month, systems: value.systems,
                              ambiguous: words.count == 1 && Self.ambiguousNames.contains(hash: hashes[0]))
            table[hashes[0], default: []].append(entry)
        }
        for key in table.keys { table[key]!.sort { $0.words.count > $1.words.count } }
        byFirstWord = KeyMap(table)
        firstWords = order.map { $0[0] }
    }

    /// The month name starting at token `i` (the first word may carry a proclitic و ف ب ل), with
    /// the number of tokens it takes and how many key scalars of the first token are proclitics.
    func match(_ tokens: [Token], at i: Int) -> (entry: Entry, length: Int, prefix: Int)? {
        guard tokens[i].kind == .word else { return nil }
        if let found = match(firstKey: tokens[i].keyHash, tokens, at: i) { return (found.0, found.1, 0) }
        let scalars = tokens[i].keyScalars
        // (Three letters are enough: وذو القعدة.)
        if let p = scalars.first, "وفبل".unicodeScalars.contains(p), scalars.count > 2 {
            if let found = match(firstKey: KeyHash.of(scalars: scalars.dropFirst()), tokens, at: i) { return (found.0, found.1, 1) }
        }
        return nil
    }

    private func match(firstKey: UInt64, _ tokens: [Token], at i: Int) -> (Entry, Int)? {
        guard let candidates = byFirstWord[firstKey] else { return nil }
        for entry in candidates {
            guard i + entry.words.count <= tokens.count else { continue }
            var ok = true
            for k in 1..<max(1, entry.words.count) where tokens[i + k].keyHash != entry.words[k] { ok = false; break }
            if ok { return (entry, entry.words.count) }
        }
        return nil
    }
}
