/// Days of the month written as ordinals: الأول، الخامس، الحادي عشر، الثاني والعشرين، الثلاثين ...
/// ("في الخامس من أيار").
enum OrdinalDay {
    /// Ordinals 1-10 (masculine and feminine), with الحادي/الحادية for compounds.
    static let units: [(String, Int)] = [
        ("الأول", 1), ("الأولى", 1), ("الحادي", 1), ("الحادية", 1), ("الثاني", 2), ("الثانية", 2), ("الثالث", 3),
        ("الثالثة", 3), ("الرابع", 4), ("الرابعة", 4), ("الخامس", 5), ("الخامسة", 5), ("السادس", 6), ("السادسة", 6),
        ("السابع", 7), ("السابعة", 7), ("الثامن", 8), ("الثامنة", 8), ("التاسع", 9), ("التاسعة", 9), ("العاشر", 10),
        ("العاشرة", 10), ("فاتح", 1),
    ]
    /// فاتح (Maghrebi "first") takes the month without من: "فاتح يناير".
    static let fatih = KeyHash.of(word: "فاتح")
    static let tens: [(String, Int)] = [("العشرين", 20), ("الثلاثين", 30)]
    static let unitTable = KeyMap(units.map { (KeyHash.of(word: $0.0), $0.1) })
    static let tensTable = KeyMap(tens.map { (KeyHash.of(word: $0.0), $0.1) })
    static let teen = KeySet(["عشر", "عشرة"])
    static let andTens = KeyMap([("والعشرين", 20), ("والثلاثين", 30)].map { (KeyHash.of(word: $0.0), $0.1) })

    /// Keys of the words an ordinal day starts with (for pre-filters).
    static let words: [String] = (units + tens).map { MatchKey.key($0.0) }

    /// The day, the number of tokens, and proclitic letters before the first (none: these
    /// ordinals carry the article).
    static func read(_ tokens: [Token], at i: Int) -> (Int, Int, Int)? {
        guard tokens[i].kind == .word else { return nil }
        if let t = tensTable[tokens[i].keyHash] { return (t, 1, 0) }
        guard let u = unitTable[tokens[i].keyHash] else { return nil }
        if i + 1 < tokens.count {
            if teen.contains(tokens[i + 1]), u < 10 { return (10 + u, 2, 0) }
            if let t = andTens[tokens[i + 1].keyHash], u < 10, t + u <= 31 { return (t + u, 2, 0) }
        }
        return (u, 1, 0)
    }
}
