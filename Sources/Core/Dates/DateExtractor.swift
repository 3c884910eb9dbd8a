/// Finds date expressions: named months of every system with a day and/or a year, years after
/// عام/سنة or a time preposition, numeric dates (12/5/2021, 2021-05-12), doubled forms
/// (كانون الثاني/يناير), and relative expressions (الجاري، الماضي، أمس، منذ ثلاث سنوات ...).
///
/// One left-to-right pass over the tokens; each token starts at most one expression.
public enum DateExtractor {
    /// Words that make a following 4-digit number a year (the word itself is part of the span).
    static let yearWords: Set<String> = Set(["عام", "العام", "سنة", "السنة", "year"].map(MatchKey.key))
    /// Words after which a bare 4-digit number is a year (not part of the span).
    static let yearContext: Set<String> = Set([
        "منذ", "في", "حتى", "قبل", "بعد", "خلال", "مطلع", "أواخر", "أوائل", "نهاية", "بداية", "منتصف", "عامي",
        "وفي", "ومنذ", "وحتى", "وبعد", "وقبل", "من", "إلى", "الى", "صيف", "شتاء", "ربيع", "خريف",
        "since", "in", "until", "before", "after", "during", "early", "late", "mid",
    ].map(MatchKey.key))
    static let eraGregorian: Set<String> = Set(["م", "ميلادي", "ميلادية", "للميلاد", "ad"].map(MatchKey.key))
    static let eraHijri: Set<String> = Set(["هـ", "ه", "هجري", "هجرية", "للهجرة"].map(MatchKey.key))
    static let monthWord: Set<String> = Set(["شهر", "وشهر", "بشهر", "لشهر", "فشهر"].map(MatchKey.key))

    static let pastWords: Set<String> = Set(["الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "المنقضي", "السابق", "السابقة", "last"].map(MatchKey.key))
    static let currentWords: Set<String> = Set(["الجاري", "الجارية", "الحالي", "الحالية", "this"].map(MatchKey.key))
    static let nextWords: Set<String> = Set(["المقبل", "المقبلة", "القادم", "القادمة", "التالي", "next"].map(MatchKey.key))

    static let unitNouns: [String: DateCandidate.Unit] = {
        var t: [String: DateCandidate.Unit] = [:]
        for w in ["الأسبوع", "الاسبوع"] { t[MatchKey.key(w)] = .week }
        for w in ["الشهر"] { t[MatchKey.key(w)] = .month }
        for w in ["العام", "السنة"] { t[MatchKey.key(w)] = .year }
        return t
    }()
    /// Counted time units after منذ / قبل / بعد and a number.
    static let countedUnits: [String: DateCandidate.Unit] = {
        var t: [String: DateCandidate.Unit] = [:]
        for w in ["يوم", "أيام", "يوما", "يوماً"] { t[MatchKey.key(w)] = .day }
        for w in ["أسبوع", "أسابيع", "أسبوعا"] { t[MatchKey.key(w)] = .week }
        for w in ["شهر", "أشهر", "شهور", "شهرا"] { t[MatchKey.key(w)] = .month }
        for w in ["عام", "أعوام", "سنة", "سنوات", "سنين", "عاما", "days", "day", "weeks", "week", "months", "month", "years", "year"] {
            t[MatchKey.key(w)] = .year
        }
        for w in ["days", "day"] { t[w] = .day }
        for w in ["weeks", "week"] { t[w] = .week }
        for w in ["months", "month"] { t[w] = .month }
        return t
    }()
    /// Dual forms: two units in one word.
    static let dualUnits: [String: DateCandidate.Unit] = {
        var t: [String: DateCandidate.Unit] = [:]
        for w in ["يومين", "يومان"] { t[MatchKey.key(w)] = .day }
        for w in ["أسبوعين", "أسبوعان"] { t[MatchKey.key(w)] = .week }
        for w in ["شهرين", "شهران"] { t[MatchKey.key(w)] = .month }
        for w in ["عامين", "عامان", "سنتين", "سنتان"] { t[MatchKey.key(w)] = .year }
        return t
    }()
    static let agoWords: Set<String> = Set(["منذ", "قبل", "ومنذ", "وقبل"].map(MatchKey.key))
    static let afterWords: Set<String> = Set(["بعد", "وبعد"].map(MatchKey.key))

    static func candidates(_ text: ArticleText, tokens: [Token]) -> [DateCandidate] {
        var found: [DateCandidate] = []
        let lexicon = MonthLexicon.shared
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .punctuation || t.kind == .symbol { i += 1; continue }
            if let (candidate, next) = numericDate(text, tokens, i)
                ?? monthDate(text, tokens, i, lexicon)
                ?? yearDate(text, tokens, i)
                ?? relativeDate(text, tokens, i) {
                found.append(candidate)
                i = next
                continue
            }
            i += 1
        }
        return found
    }

    // MARK: named months

    static func monthDate(_ text: ArticleText, _ tokens: [Token], _ i: Int, _ lexicon: MonthLexicon) -> (DateCandidate, Int)? {
        // A day in digits, then the month: start at the day.
        var dayIndex: Int?
        var monthIndex = i
        if let n = Numeral.read(tokens[i].key), let d = n.integer, n.suffix.isEmpty, (1...31).contains(d), n.digitCount <= 2,
           i + 1 < tokens.count {
            var m = i + 1
            // "5 من يناير" is rare but written.
            if tokens[m].key == "من", m + 1 < tokens.count { m += 1 }
            if lexicon.match(tokens, at: m) != nil { dayIndex = i; monthIndex = m }
        }
        guard let (entry, length, prefix) = lexicon.match(tokens, at: monthIndex) else { return nil }
        var c = DateCandidate(span: tokens[monthIndex].span)
        c.month = entry.month
        c.systems = entry.systems
        if entry.systems == [.hijri] { c.calendar = "hijri" }
        var start = surfaceStart(tokens[monthIndex], skipping: prefix, text)
        var end = tokens[monthIndex + length - 1].span.end
        var j = monthIndex + length
        var hasMonthWord = false
        if let d = dayIndex {
            let n = Numeral.read(tokens[d].key)!
            c.day = n.integer
            start = surfaceStart(tokens[d], skipping: n.prefixLength, text)
        } else if monthIndex > 0, monthWord.contains(tokens[monthIndex - 1].key), prefix == 0 {
            hasMonthWord = true
            let w = tokens[monthIndex - 1]
            start = surfaceStart(w, skipping: w.key.unicodeScalars.count - 3, text)
        }
        // Doubled form: كانون الثاني/يناير، كانون الثاني (يناير).
        if j + 1 < tokens.count, tokens[j].kind == .punctuation,
           ["/", "(", "-", "–"].contains(text.slice(tokens[j].span)),
           let other = lexicon.match(tokens, at: j + 1), other.prefix == 0, other.entry.month == entry.month {
            end = tokens[j + other.length].span.end
            j += 1 + other.length
            if j < tokens.count, text.slice(tokens[j].span) == ")" { end = tokens[j].span.end; j += 1 }
        }
        // A year: "شباط 2012", "أيار من عام 1992", "رمضان 1442 هـ".
        var k = j
        if k < tokens.count, tokens[k].key == "من" { k += 1 }
        if k < tokens.count, yearWords.contains(tokens[k].key) { k += 1 }
        if k < tokens.count, let n = Numeral.read(tokens[k].key), n.prefixLength == 0, let y = n.integer,
           n.digitCount >= 3, n.digitCount <= 4 {
            let hijriMarked = n.suffix == "ه" || (k + 1 < tokens.count && eraHijri.contains(tokens[k + 1].key))
            if c.calendar == "hijri" || hijriMarked || (1000...2999).contains(y) {
                c.year = y
                end = tokens[k].span.end
                j = k + 1
                if j < tokens.count, eraHijri.contains(tokens[j].key) || eraGregorian.contains(tokens[j].key),
                   tokens[j].span.start - end <= 1 {
                    end = tokens[j].span.end; j += 1
                }
            }
        }
        if c.year == nil, j < tokens.count {
            let key = tokens[j].key
            let relative: DateCandidate.Relative? = pastWords.contains(key) ? .pastMonth
                : currentWords.contains(key) ? .currentMonth : nextWords.contains(key) ? .nextMonth : nil
            if let r = relative { c.relative = r; end = tokens[j].span.end; j += 1 }
        }
        if entry.ambiguous, c.day == nil, c.year == nil, !hasMonthWord { return nil }
        c.span = Span(start: start, end: end)
        return (c, j)
    }

    // MARK: years

    static func yearDate(_ text: ArticleText, _ tokens: [Token], _ i: Int) -> (DateCandidate, Int)? {
        let t = tokens[i]
        // "عام 2020", "لعام 2020", "العام 2020".
        var wordPrefix = 0
        var isYearWord = yearWords.contains(t.key)
        if !isYearWord, let p = t.key.unicodeScalars.first, "ولبف".unicodeScalars.contains(p),
           yearWords.contains(String(t.key.unicodeScalars.dropFirst())) {
            isYearWord = true; wordPrefix = 1
        }
        if isYearWord, i + 1 < tokens.count, let n = Numeral.read(tokens[i + 1].key), n.prefixLength == 0,
           let y = n.integer, n.digitCount == 4 || (n.digitCount == 3 && n.suffix == "ه") {
            var c = DateCandidate(span: t.span)
            c.year = y
            var end = tokens[i + 1].span.end
            var j = i + 2
            if n.suffix == "ه" { c.calendar = "hijri" }
            if j < tokens.count, tokens[j].span.start - end <= 1 {
                if eraHijri.contains(tokens[j].key) { c.calendar = "hijri"; end = tokens[j].span.end; j += 1 }
                else if eraGregorian.contains(tokens[j].key) { end = tokens[j].span.end; j += 1 }
            }
            c.span = Span(start: surfaceStart(t, skipping: wordPrefix, text), end: end)
            return (c, j)
        }
        // A bare year after a time word: "منذ 1999", "في 2020م".
        guard let n = Numeral.read(t.key), let y = n.integer, n.digitCount == 4, (1000...2999).contains(y) else { return nil }
        let marked = n.suffix == "م" || (i + 1 < tokens.count && eraGregorian.contains(tokens[i + 1].key))
        let hijri = n.suffix == "ه" || (i + 1 < tokens.count && eraHijri.contains(tokens[i + 1].key))
        let afterTimeWord = i > 0 && yearContext.contains(tokens[i - 1].key)
        guard n.suffix != "%", marked || hijri || afterTimeWord else { return nil }
        // "في 2000 قرية": a count, not a year, when a counted noun follows.
        if !marked, !hijri, i + 1 < tokens.count, tokens[i + 1].kind == .word, AmountExtractor.isUnitOrCountedNoun(tokens[i + 1].key) {
            return nil
        }
        var c = DateCandidate(span: Span(start: surfaceStart(t, skipping: n.prefixLength, text), end: t.span.end))
        c.year = y
        var j = i + 1
        if hijri { c.calendar = "hijri" }
        if n.suffix.isEmpty, j < tokens.count, tokens[j].span.start - t.span.end <= 1,
           eraGregorian.contains(tokens[j].key) || eraHijri.contains(tokens[j].key) {
            c.span = Span(start: c.span.start, end: tokens[j].span.end); j += 1
        }
        return (c, j)
    }

    // MARK: numeric dates

    /// 12/5/2021 (day first, as Arabic writes it; month first when the day cannot be a month),
    /// 2021-05-12 and 2021/5/12, and 12.5.2021 (one token).
    static func numericDate(_ text: ArticleText, _ tokens: [Token], _ i: Int) -> (DateCandidate, Int)? {
        guard tokens[i].kind == .number || Numeral.read(tokens[i].key)?.prefixLength == 1 else { return nil }
        var parts: [Int] = []
        var end = tokens[i].span.end
        var j = i
        let first = tokens[i].key
        if first.unicodeScalars.filter({ $0 == "." }).count == 2 {
            parts = first.split(separator: ".").compactMap { Int($0) }
            j = i + 1
        } else {
            guard let n0 = Numeral.read(first), let v0 = n0.integer, n0.suffix.isEmpty else { return nil }
            parts = [v0]
            var separator: String?
            j = i + 1
            while parts.count < 3, j + 1 < tokens.count, tokens[j].span.start == end,
                  tokens[j + 1].span.start == tokens[j].span.end {
                let sep = text.slice(tokens[j].span)
                guard ["/", "-", "\\"].contains(sep), separator == nil || separator == sep,
                      let n = Numeral.read(tokens[j + 1].key), n.prefixLength == 0, let v = n.integer, n.suffix.isEmpty || n.suffix == "م"
                else { break }
                separator = sep
                parts.append(v)
                end = tokens[j + 1].span.end
                j += 2
            }
        }
        guard parts.count == 3 else { return nil }
        var y: Int, m: Int, d: Int
        if parts[0] >= 1000 { (y, m, d) = (parts[0], parts[1], parts[2]) }
        else if parts[2] >= 1000 || parts[2] < 100 {
            (d, m, y) = (parts[0], parts[1], parts[2])
            if m > 12, d <= 12 { swap(&d, &m) }
            if y < 100 { y += y < 50 ? 2000 : 1900 }
        } else { return nil }
        guard CivilDate(year: y, month: m, day: d) != nil || (y < 1600 && m <= 12 && d <= 30) else { return nil }
        let prefix = Numeral.read(tokens[i].key)?.prefixLength ?? 0
        var c = DateCandidate(span: Span(start: surfaceStart(tokens[i], skipping: prefix, text), end: end))
        c.year = y; c.month = m; c.day = d
        if y < 1600 { c.calendar = "hijri" }
        if j < tokens.count, tokens[j].span.start - end <= 1, eraHijri.contains(tokens[j].key) || eraGregorian.contains(tokens[j].key) {
            if eraHijri.contains(tokens[j].key) { c.calendar = "hijri" }
            c.span = Span(start: c.span.start, end: tokens[j].span.end); j += 1
        }
        return (c, j)
    }

    // MARK: relative expressions

    static func relativeDate(_ text: ArticleText, _ tokens: [Token], _ i: Int) -> (DateCandidate, Int)? {
        let t = tokens[i]
        let (stem, prefix) = strippedProclitic(t.key)
        var c = DateCandidate(span: Span(start: surfaceStart(t, skipping: prefix, text), end: t.span.end))
        switch stem {
        case "امس", "البارحه", "yesterday":
            // "أول أمس": the day before yesterday.
            if i > 0, tokens[i - 1].key == "اول", prefix == 0 {
                c.span = Span(start: tokens[i - 1].span.start, end: t.span.end); c.relative = .days(-2, label: "day_before_yesterday")
            } else { c.relative = .days(-1, label: "yesterday") }
            return (c, i + 1)
        case "غدا", "tomorrow":
            if i > 0, tokens[i - 1].key == "بعد" {
                c.span = Span(start: tokens[i - 1].span.start, end: t.span.end); c.relative = .days(2, label: "day_after_tomorrow")
            } else { c.relative = .days(1, label: "tomorrow") }
            return (c, i + 1)
        case "اليوم", "today":
            // "اليوم" is "today" unless it is "the day" of something: "اليوم التالي"، "اليوم الأول"، "اليوم الذي".
            if i + 1 < tokens.count, tokens[i + 1].kind == .word || tokens[i + 1].kind == .number,
               tokens[i + 1].key.hasPrefix("ال") || tokens[i + 1].kind == .number || tokens[i + 1].key == "من" {
                return nil
            }
            if i > 0, tokens[i - 1].key == "ذلك" || tokens[i - 1].key == "ذات" { return nil }
            c.relative = .days(0, label: "today")
            return (c, i + 1)
        default: break
        }
        // الأسبوع الماضي، الشهر المقبل، العام الجاري.
        if let unit = unitNouns[stem], i + 1 < tokens.count {
            let next = tokens[i + 1].key
            let offset: Int? = pastWords.contains(next) ? -1 : currentWords.contains(next) ? 0 : nextWords.contains(next) ? 1 : nil
            if let o = offset {
                c.span = Span(start: c.span.start, end: tokens[i + 1].span.end)
                c.relative = .units(o, unit, label: o < 0 ? "past" : o == 0 ? "current" : "next")
                return (c, i + 2)
            }
        }
        // منذ ثلاث سنوات، قبل يومين، بعد أسبوع.
        let ago = agoWords.contains(t.key), after = afterWords.contains(t.key)
        if (ago || after), i + 1 < tokens.count {
            let sign = ago ? -1 : 1
            var count: Double?
            var j = i + 1
            if let unit = dualUnits[tokens[j].key] {
                c.span = Span(start: t.span.start, end: tokens[j].span.end)
                c.relative = .units(sign * 2, unit, label: ago ? "ago" : "after")
                return (c, j + 1)
            }
            if let n = Numeral.read(tokens[j].key), n.prefixLength == 0, n.suffix.isEmpty, n.digitCount <= 3 {
                count = n.value; j += 1
            } else if let w = NumberWords.read(tokens, at: j) {
                count = w.value; j += w.length
            }
            if let n = count, j < tokens.count, let unit = countedUnits[tokens[j].key], n == n.rounded(), n > 0, n < 1000 {
                c.span = Span(start: t.span.start, end: tokens[j].span.end)
                c.relative = .units(sign * Int(n), unit, label: ago ? "ago" : "after")
                return (c, j + 1)
            }
        }
        return nil
    }

    /// Where the surface of a token starts once `letters` proclitic letters (and their diacritics)
    /// are left out.
    static func surfaceStart(_ t: Token, skipping letters: Int, _ text: ArticleText) -> Int {
        var o = t.span.start
        for _ in 0..<letters {
            o += 1
            while o < t.span.end, NormalizedText.isCombiningMark(text.scalars[o]) || text.scalars[o] == "\u{0640}" { o += 1 }
        }
        return o
    }

    /// A one-letter proclitic (و ف ب ل) off the front of a key, when the rest is still a word.
    static func strippedProclitic(_ key: String) -> (String, Int) {
        if let p = key.unicodeScalars.first, "وفبل".unicodeScalars.contains(p), key.unicodeScalars.count > 3 {
            let rest = String(key.unicodeScalars.dropFirst())
            if rest.hasPrefix("ال") || rest == "امس" || rest == "غدا" { return (rest, 1) }
        }
        return (key, 0)
    }
}
