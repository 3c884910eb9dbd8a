/// Arabic number words and the dual forms of counted nouns, by matching key, and a reader for
/// compound numbers ("خمسة وعشرون"، "ثلاثة آلاف"، "مئتي ألف").
enum NumberWords {
    /// What a number word contributes: a value to add, or a scale that multiplies what precedes.
    enum Part: Sendable { case unit(Double), scale(Double) }

    static let table: [String: Part] = {
        var t: [String: Part] = [:]
        func add(_ words: [String], _ p: Part) { for w in words { t[MatchKey.key(w)] = p } }
        // واحد (one) is left out: it mostly follows a noun as an adjective ("مركز واحد").
        add(["اثنان", "اثنين", "اثنتان", "اثنتين", "إثنان", "إثنين"], .unit(2))
        add(["ثلاث", "ثلاثة"], .unit(3)); add(["أربع", "أربعة"], .unit(4)); add(["خمس", "خمسة"], .unit(5))
        add(["ست", "ستة"], .unit(6)); add(["سبع", "سبعة"], .unit(7)); add(["ثماني", "ثمانية", "ثمان"], .unit(8))
        add(["تسع", "تسعة"], .unit(9)); add(["عشر", "عشرة"], .unit(10))
        add(["أحد عشر", "إحدى عشرة"], .unit(11)); add(["اثنا", "اثني", "اثنتا", "اثنتي"], .unit(2))
        add(["عشرون", "عشرين"], .unit(20)); add(["ثلاثون", "ثلاثين"], .unit(30)); add(["أربعون", "أربعين"], .unit(40))
        add(["خمسون", "خمسين"], .unit(50)); add(["ستون", "ستين"], .unit(60)); add(["سبعون", "سبعين"], .unit(70))
        add(["ثمانون", "ثمانين"], .unit(80)); add(["تسعون", "تسعين"], .unit(90))
        add(["مئة", "مائة", "مئات", "مائتي"], .scale(100)); add(["مئتان", "مئتين", "مائتان", "مائتين", "مئتي"], .unit(200))
        for (n, w) in [(3, "ثلاث"), (4, "أربع"), (5, "خمس"), (6, "ست"), (7, "سبع"), (8, "ثمان"), (9, "تسع")] {
            add([w + "مئة", w + "مائة"], .unit(Double(n * 100)))
        }
        add(["ألف", "آلاف", "الف"], .scale(1_000)); add(["ألفان", "ألفين"], .unit(2_000))
        add(["مليون", "ملايين"], .scale(1_000_000)); add(["مليونان", "مليونين"], .unit(2_000_000))
        add(["مليار", "مليارات", "بليون"], .scale(1_000_000_000)); add(["ملياران", "مليارين"], .unit(2_000_000_000))
        add(["تريليون", "ترليون"], .scale(1_000_000_000_000))
        return t
    }()

    /// The part for a token key, allowing the accusative alef ("ألفاً" → "الفا") and a leading و
    /// inside a compound ("وعشرون").
    static func part(_ key: String, allowWaw: Bool) -> (Part, prefix: Int)? {
        if let p = lookup(key) { return (p, 0) }
        if allowWaw, key.unicodeScalars.first == "\u{0648}" {
            let rest = String(key.unicodeScalars.dropFirst())
            if let p = lookup(rest) { return (p, 1) }
        }
        return nil
    }

    private static func lookup(_ key: String) -> Part? {
        if let p = table[key] { return p }
        if key.unicodeScalars.last == "\u{0627}" { return table[String(key.unicodeScalars.dropLast())] }
        return nil
    }

    /// Reads a number spelled in words starting at token `i`: its value and the number of tokens.
    /// "عشر" after a unit makes the teens (خمسة عشر = 15).
    static func read(_ tokens: [Token], at i: Int) -> (value: Double, length: Int)? {
        guard let (firstPart, prefix) = part(tokens[i].key, allowWaw: false), prefix == 0 else { return nil }
        var total = 0.0, current = 0.0
        var j = i
        var part: Part? = firstPart
        while let p = part {
            switch p {
            case .unit(let v):
                if v == 10, current > 0, current < 10, tokens[j].key.hasPrefix("عشر") { current += 10 } else { current += v }
            case .scale(let s):
                if s == 100 { current = max(current, 1) * 100 } else { total += max(current, 1) * s; current = 0 }
            }
            j += 1
            guard j < tokens.count, tokens[j].kind == .word else { break }
            // Teens are written as two words without و (خمسة عشر); other parts join with و.
            if let next = self.part(tokens[j].key, allowWaw: true) {
                if next.prefix == 0, case .unit(let v) = next.0, !(v == 10 && current > 0 && current < 10) { break }
                part = next.0
            } else { part = nil }
        }
        return (total + current, j - i)
    }
}
