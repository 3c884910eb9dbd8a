/// Arabic number words and the dual forms of counted nouns, by matching key, and a reader for
/// compound numbers ("خمسة وعشرون"، "ثلاثة آلاف"، "مئتي ألف").
enum NumberWords {
    /// What a number word contributes: a value to add, or a scale that multiplies what precedes.
    enum Part: Sendable { case unit(Double), scale(Double) }

    /// Every written form by key hash: the word, its accusative with alef ("ألفاً" → "الفا"), and
    /// both behind the conjunction و (longer words also behind ب and ل); with the number of
    /// proclitic letters.
    static let forms: KeyMap<(part: Part, prefix: Int)> = {
        var t: [UInt64: (part: Part, prefix: Int)] = [:]
        func add(_ words: [String], _ p: Part) {
            for w in words {
                let key = MatchKey.key(w)
                var forms = [(key, 0), (key + "ا", 0), ("و" + key, 1), ("و" + key + "ا", 1)]
                // لخمسة أبناء، بثلاثة أهداف: behind ب or ل too, for words of four letters or more
                // (لست "I am not", بست are words of their own).
                if key.unicodeScalars.count >= 4 {
                    forms += [("ب" + key, 1), ("ل" + key, 1), ("وب" + key, 2), ("ول" + key, 2)]
                }
                for (form, prefix) in forms {
                    let h = KeyHash.of(key: form)
                    if t[h] == nil || prefix == 0 { t[h] = (p, prefix) }
                }
            }
        }
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
        // Duals, also in construct without their ن (ألفي فرع، ملياري دولار، مليوني تلميذ).
        add(["ألف", "آلاف", "الف"], .scale(1_000)); add(["ألفان", "ألفين", "ألفي"], .unit(2_000))
        add(["مليون", "ملايين"], .scale(1_000_000)); add(["مليونان", "مليونين", "مليوني"], .unit(2_000_000))
        add(["مليار", "مليارات", "بليون"], .scale(1_000_000_000)); add(["ملياران", "مليارين", "ملياري"], .unit(2_000_000_000))
        add(["تريليون", "ترليون"], .scale(1_000_000_000_000))
        add(["hundred"], .scale(100)); add(["thousand"], .scale(1_000)); add(["million"], .scale(1_000_000))
        add(["billion"], .scale(1_000_000_000)); add(["trillion"], .scale(1_000_000_000_000))
        return KeyMap(t)
    }()

    /// The part for a token, allowing the accusative alef and, when `allowWaw`, a leading و
    /// inside a compound ("وعشرون"). One look-up.
    @inline(__always)
    static func part(_ token: Token, allowWaw: Bool) -> (Part, prefix: Int)? {
        guard let found = forms[token.keyHash], allowWaw || found.prefix == 0 else { return nil }
        return (found.part, found.prefix)
    }

    static let vaguePlurals = KeySet(["مئات", "آلاف", "ملايين", "مليارات", "وآلاف", "وملايين", "ومئات", "hundreds", "thousands", "millions", "billions"])

    /// Whether `v` (after و) fills a place `current` has already filled: units after units
    /// (ست وثماني), tens after tens (عشرين وثلاثين).
    static func samePlace(_ v: Double, _ current: Double) -> Bool {
        let below100 = current.truncatingRemainder(dividingBy: 100)
        if v < 10 { return below100.truncatingRemainder(dividingBy: 10) != 0 }
        if v >= 20, v < 100 { return below100 >= 20 }
        return false
    }

    /// Reads a number spelled in words starting at token `i`: its value and the number of tokens.
    /// "عشر" after a unit makes the teens (خمسة عشر = 15).
    /// `allowLeadingWaw`: the first word may carry the conjunction و ("وثلاثة آلاف"); `prefix` says so.
    static func read(_ tokens: [Token], at i: Int, allowLeadingWaw: Bool = false) -> (value: Double, length: Int, prefix: Int)? {
        guard tokens[i].kind == .word, let (firstPart, prefix) = part(tokens[i], allowWaw: allowLeadingWaw) else { return nil }
        // "آلاف المتظاهرين", "ملايين الدولارات": a plural scale without a number is no amount.
        if vaguePlurals.contains(tokens[i]) { return nil }
        var total = 0.0, current = 0.0
        var j = i
        var part: Part? = firstPart
        while let p = part {
            switch p {
            case .unit(let v):
                if v == 10, current > 0, current < 10, tokens[j].keyScalars.first == "\u{0639}" { current += 10 } else { current += v }
            case .scale(let s):
                if s == 100 { current = max(current, 1) * 100 } else { total += max(current, 1) * s; current = 0 }
            }
            j += 1
            guard j < tokens.count, tokens[j].kind == .word else { break }
            // Teens are written as two words without و (خمسة عشر); other parts join with و.
            if let next = self.part(tokens[j], allowWaw: true) {
                if next.prefix == 0, case .unit(let v) = next.0, !(v == 10 && current > 0 && current < 10) { break }
                // بين ست وثماني ساعات: a unit after a unit (or tens after tens) is a second number,
                // not a compound's part (ستة وعشرون adds tens to units, مئة وخمسة units to hundreds).
                if case .unit(let v) = next.0, Self.samePlace(v, current) { break }
                part = next.0
            } else { part = nil }
        }
        return (total + current, j - i, prefix)
    }
}
