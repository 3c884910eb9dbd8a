import Foundation

/// Finds date expressions: named months of every system with a day and/or a year, years after
/// عام/سنة or a time preposition, numeric dates (12/5/2021, 2021-05-12), doubled forms
/// (كانون الثاني/يناير), and relative expressions (الجاري، الماضي، أمس، منذ ثلاث سنوات ...).
///
/// One left-to-right pass over the tokens; each token starts at most one expression.
public enum DateExtractor {
    /// Words that make a following 4-digit number a year (the word itself is part of the span).
    static let yearWords = KeySet(["عام", "العام", "سنة", "السنة", "عامي", "سنتي", "year"])
    /// Words after which a bare 4-digit number is a year (not part of the span).
    static let yearContext = KeySet([
        "منذ", "في", "قبل", "بعد", "خلال", "مطلع", "أواخر", "أوائل", "نهاية", "بداية", "منتصف",
        "وفي", "ومنذ", "وبعد", "وقبل", "صيف", "شتاء", "ربيع", "خريف", "العامين", "الأعوام", "السنوات", "أعوام", "سنوات",
        "بحلول", "وبحلول",
        "since", "in", "until", "before", "after", "during", "early", "late", "mid",
    ])
    /// Words after which a bare number may be a year or a count ("من 2000 إلى 2005" / "من 2000 شخص").
    static let centuryWords = KeySet(["القرن", "قرن", "القرنين", "century"])
    static let weakYearContext = KeySet(["من", "إلى", "الى", "بين", "حتى", "وحتى", "ومن", "وبين"])
    /// Ordinals that end a part of a year before من: الربع الثالث من 2025، النصف الأول من 2024،
    /// الأشهر التسعة الأولى من 2023.
    static let periodOrdinals = KeySet(["الأول", "الثاني", "الثالث", "الرابع", "الأولى", "الثانية", "الأخير", "الأخيرة"])
    static let periodNouns = KeySet(["الربع", "النصف", "الفصل", "الثلث", "الشطر", "الأسبوع", "الشهر", "الأشهر", "الشهور"])
    static let eraGregorian = KeySet(["م", "ميلادي", "ميلادية", "للميلاد", "ad"])
    static let eraHijri = KeySet(["هـ", "ه", "هجري", "هجرية", "للهجرة"])
    static let monthWord = KeySet(["شهر", "وشهر", "بشهر", "لشهر", "فشهر"])

    static let pastWords = KeySet(["الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "المنقضي", "السابق", "السابقة", "last"])
    static let currentWords = KeySet(["الجاري", "الجارية", "الحالي", "الحالية", "this"])
    static let nextWords = KeySet(["المقبل", "المقبلة", "القادم", "القادمة", "التالي", "next"])

    static let unitNouns: KeyMap<DateCandidate.Unit> = {
        var t: [UInt64: DateCandidate.Unit] = [:]
        for w in ["الأسبوع", "الاسبوع"] { t[KeyHash.of(word: w)] = .week }
        for w in ["الشهر"] { t[KeyHash.of(word: w)] = .month }
        for w in ["العام", "السنة"] { t[KeyHash.of(word: w)] = .year }
        return KeyMap(t)
    }()
    /// Counted time units after منذ / قبل / بعد and a number.
    static let countedUnits: KeyMap<DateCandidate.Unit> = {
        var t: [UInt64: DateCandidate.Unit] = [:]
        for w in ["يوم", "أيام", "يوما", "يوماً"] { t[KeyHash.of(word: w)] = .day }
        for w in ["أسبوع", "أسابيع", "أسبوعا"] { t[KeyHash.of(word: w)] = .week }
        for w in ["شهر", "أشهر", "شهور", "شهرا"] { t[KeyHash.of(word: w)] = .month }
        for w in ["عام", "أعوام", "سنة", "سنوات", "سنين", "عاما", "days", "day", "weeks", "week", "months", "month", "years", "year"] {
            t[KeyHash.of(word: w)] = .year
        }
        for w in ["days", "day"] { t[KeyHash.of(word: w)] = .day }
        for w in ["weeks", "week"] { t[KeyHash.of(word: w)] = .week }
        for w in ["months", "month"] { t[KeyHash.of(word: w)] = .month }
        return KeyMap(t)
    }()
    /// Dual forms: two units in one word.
    static let dualUnits: KeyMap<DateCandidate.Unit> = {
        var t: [UInt64: DateCandidate.Unit] = [:]
        for w in ["يومين", "يومان"] { t[KeyHash.of(word: w)] = .day }
        for w in ["أسبوعين", "أسبوعان"] { t[KeyHash.of(word: w)] = .week }
        for w in ["شهرين", "شهران"] { t[KeyHash.of(word: w)] = .month }
        for w in ["عامين", "عامان", "سنتين", "سنتان"] { t[KeyHash.of(word: w)] = .year }
        return KeyMap(t)
    }()
    /// Weekday names from CLDR (Sunday = 0), by key hash.
    static let weekdays: KeyMap<Int> = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "ar")
        var pairs: [(UInt64, Int)] = []
        for symbols in [formatter.weekdaySymbols, formatter.standaloneWeekdaySymbols] {
            for (i, name) in symbols.enumerated() { pairs.append((KeyHash.of(word: name), i)) }
        }
        return KeyMap(pairs)
    }()

    static let agoWords = KeySet(["منذ", "قبل", "ومنذ", "وقبل"])
    /// بعد + a duration mostly counts from a narrated event, not from the article's date: not a date.
    static let afterWords = KeySet([String]())

    /// Every word that can start a date expression, bare or behind a proclitic: one look-up
    /// decides whether a token needs the full rules.
    static let triggers = KeySet(hashes: triggerHashes)
    /// `triggers` as a bitmap: most words are surely no trigger, told by one load from 8 KB
    /// (the set itself, some 1,500 hashes, takes 32 KB and missed the cache on most words).
    static let triggerBitmap = HashBitmap(triggerHashes)
    static let triggerHashes: [UInt64] = {
        var words = MonthLexicon.shared.firstWords + OrdinalDay.words
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "ar")
        words += formatter.weekdaySymbols.map(MatchKey.key)
        words += ["عام", "العام", "سنة", "السنة", "عامي", "سنتي", "year", "شهر", "امس", "البارحه", "غدا", "اليوم", "yesterday", "tomorrow",
                  "today", "الاسبوع", "الشهر", "منذ", "قبل", "بعد", "since", "ago"].map(MatchKey.key)
        var hashes: [UInt64] = []
        for w in words {
            hashes.append(KeyHash.of(key: w))
            for p in ["و", "ف", "ب", "ل", "ول", "فل", "وب", "فب"] { hashes.append(KeyHash.of(key: p + w)) }
        }
        return hashes
    }()

    static func candidates(_ text: ArticleText, tokens: [Token]) -> [DateCandidate] {
        var found: [DateCandidate] = []
        let lexicon = MonthLexicon.shared
        let triggers = Self.triggers, triggerBitmap = Self.triggerBitmap  // one static access, not one per token
        var i = 0
        while i < tokens.count {
            let kind = tokens[i].kind
            if kind == .punctuation || kind == .symbol { i += 1; continue }
            if kind == .word, !(triggerBitmap.mayContain(tokens[i].keyHash) && triggers.contains(tokens[i])),
               !Numeral.mayRead(tokens[i].keyScalars) { i += 1; continue }
            if let (candidate, next) = numericDate(text, tokens, i)
                ?? monthDate(text, tokens, i, lexicon)
                ?? yearDate(text, tokens, i)
                ?? relativeDate(text, tokens, i) {
                // "يومي 15 و16 جانفي": a day listed before the date's day shares its month and year.
                if candidate.day != nil, candidate.month != nil, i > 0, let day = Numeral.read(tokens[i].keyScalars), day.prefixLength == 1,
                   tokens[i].keyScalars.first == "\u{0648}", let listed = Numeral.read(tokens[i - 1].keyScalars),
                   listed.prefixLength == 0, listed.suffix.isEmpty, listed.digitCount <= 2, let d = listed.integer, (1...31).contains(d),
                   found.last.map({ $0.span.end <= tokens[i - 1].span.start }) ?? true {
                    var earlier = candidate
                    earlier.day = d
                    earlier.span = tokens[i - 1].span
                    found.append(earlier)
                }
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
        // A day in digits ("5 يناير", "5 من يناير") or as an ordinal ("الخامس من يناير"), then the
        // month: start at the day.
        var day: (value: Int, start: Int)?
        var monthIndex = i
        if let n = Numeral.read(tokens[i].keyScalars), let d = n.integer, n.suffix.isEmpty, (1...31).contains(d), n.digitCount <= 2,
           i + 1 < tokens.count {
            var m = i + 1
            if tokens[m].keyHash == WordHashes.min, m + 1 < tokens.count { m += 1 }
            if lexicon.match(tokens, at: m) != nil { day = (d, surfaceStart(tokens[i], skipping: n.prefixLength, text)); monthIndex = m }
        } else if let (d, length, prefix) = OrdinalDay.read(tokens, at: i), i + length < tokens.count {
            let gap = tokens[i + length].keyHash == WordHashes.min ? 1 : tokens[i].keyHash == OrdinalDay.fatih ? 0 : -1
            if gap >= 0, i + length + gap < tokens.count, lexicon.match(tokens, at: i + length + gap) != nil {
                day = (d, surfaceStart(tokens[i], skipping: prefix, text))
                monthIndex = i + length + gap
            }
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
        if let d = day {
            c.day = d.value
            start = d.start
        } else if monthIndex > 0, monthWord.contains(tokens[monthIndex - 1]), prefix == 0 {
            hasMonthWord = true
            let w = tokens[monthIndex - 1]
            start = surfaceStart(w, skipping: w.keyScalars.count - 3, text)
        }
        // Doubled form: كانون الثاني/يناير، كانون الثاني (يناير).
        var doubled = false
        if j + 1 < tokens.count, tokens[j].kind == .punctuation,
           ["/", "(", "-", "–"].contains(text.slice(tokens[j].span)),
           let other = lexicon.match(tokens, at: j + 1), other.prefix == 0, other.entry.month == entry.month {
            end = tokens[j + other.length].span.end
            j += 1 + other.length
            doubled = true
            if j < tokens.count, text.slice(tokens[j].span) == ")" { end = tokens[j].span.end; j += 1 }
        }
        // English writes the day after the month: "January 5, 2022", "Jan. 5".
        if c.day == nil, entry.systems.contains(.english) {
            var d = j
            if d < tokens.count, text.scalars[tokens[d].span.start] == ".", tokens[d].span.start == end { d += 1 }
            if d < tokens.count, tokens[d].kind == .number, let n = Numeral.read(tokens[d].keyScalars), let v = n.integer,
               n.digitCount <= 2, (1...31).contains(v) {
                c.day = v
                end = tokens[d].span.end
                j = d + 1
                if j + 1 < tokens.count, text.scalars[tokens[j].span.start] == ",", tokens[j + 1].kind == .number,
                   Numeral.read(tokens[j + 1].keyScalars)?.digitCount == 4 { j += 1 }
            }
        }
        // A year: "شباط 2012", "أيار من عام 1992", "رمضان 1442 هـ".
        var k = j
        if k < tokens.count, tokens[k].keyHash == WordHashes.min { k += 1 }
        if k < tokens.count, yearWords.contains(tokens[k]) { k += 1 }
        if k < tokens.count, let n = Numeral.read(tokens[k].keyScalars), n.prefixLength == 0, let y = n.integer,
           n.digitCount >= 3, n.digitCount <= 4 {
            let hijriMarked = n.suffix == "ه" || (k + 1 < tokens.count && eraHijri.contains(tokens[k + 1]))
            if c.calendar == "hijri" || hijriMarked || (1000...2999).contains(y) {
                c.year = y
                end = tokens[k].span.end
                j = k + 1
                if j < tokens.count, eraHijri.contains(tokens[j]) || eraGregorian.contains(tokens[j]),
                   tokens[j].span.start - end <= 1 {
                    end = tokens[j].span.end; j += 1
                }
            }
        }
        if c.year == nil, j < tokens.count {
            let key = tokens[j]
            let relative: DateCandidate.Relative? = pastWords.contains(key) ? .pastMonth
                : currentWords.contains(key) ? .currentMonth : nextWords.contains(key) ? .nextMonth : nil
            if let r = relative { c.relative = r; end = tokens[j].span.end; j += 1 }
        }
        // An ambiguous name is a month beside its doubled form (آذار/مارس) or a month-relative word
        // (تموز الماضي) too.
        if entry.ambiguous, c.day == nil, c.year == nil, !hasMonthWord, !doubled, c.relative == nil { return nil }
        if let d = c.day, let m = c.month, c.calendar == "gregorian", d > CivilDate.daysIn(month: m, year: c.year ?? 2000) { return nil }
        c.span = Span(start: start, end: end)
        return (c, j)
    }

    // MARK: years

    static func yearDate(_ text: ArticleText, _ tokens: [Token], _ i: Int) -> (DateCandidate, Int)? {
        let t = tokens[i]
        // "عام 2020", "لعام 2020", "العام 2020", "عامي 2014": the year word is part of the span.
        let wordPrefix = procliticLength(yearWords, t)
        let numberIndex = wordPrefix == nil ? i : i + 1
        guard numberIndex < tokens.count, let n = Numeral.read(tokens[numberIndex].keyScalars), let y = n.integer, y > 0,
              n.suffix != "%", wordPrefix == nil || n.prefixLength == 0 else { return nil }
        // "القرن 17": a century, not a year.
        if wordPrefix == nil, i > 0, centuryWords.contains(tokens[i - 1]) { return nil }
        let era = self.era(after: numberIndex, n, tokens, text)
        // An era mark makes any short number a year (سنة 36 للهجرة، 250 ق.م.); otherwise four digits.
        if era != nil {
            guard n.digitCount <= 5 else { return nil }
        } else if wordPrefix != nil {
            guard n.digitCount == 4 else { return nil }
        } else {
            guard n.digitCount == 4, (1000...2999).contains(y), bareYearInContext(text, tokens, i, n) else { return nil }
        }
        var c = DateCandidate(span: t.span)
        c.year = era?.kind == .bce ? -(y - 1) : y  // ISO 8601 astronomical numbering: 1 BC is year 0
        if era?.kind == .hijri { c.calendar = "hijri" }
        let start = surfaceStart(t, skipping: wordPrefix ?? n.prefixLength, text)
        c.span = Span(start: start, end: era?.end ?? tokens[numberIndex].span.end)
        return (c, era?.next ?? numberIndex + 1)
    }

    enum Era { case gregorian, hijri, bce }

    /// An era mark right after the number at `k`: a glued م/ه, or هـ، م، ميلادي، هجري، للهجرة،
    /// ق.م.، قبل الميلاد. Returns where the mark ends and the next token.
    static func era(after k: Int, _ n: Numeral, _ tokens: [Token], _ text: ArticleText) -> (kind: Era, end: Int, next: Int)? {
        let numberEnd = tokens[k].span.end
        if n.suffix == "م" { return (.gregorian, numberEnd, k + 1) }
        if n.suffix == "ه" { return (.hijri, numberEnd, k + 1) }
        let j = k + 1
        guard j < tokens.count, tokens[j].span.start - numberEnd <= 1 else { return nil }
        if eraHijri.contains(tokens[j]) { return (.hijri, tokens[j].span.end, j + 1) }
        // ق.م. (tokens ق . م) before م alone, which is the Gregorian mark.
        if tokens[j].keyHash == WordHashes.qaf, j + 2 < tokens.count, text.scalars[tokens[j + 1].span.start] == ".",
           tokens[j + 2].keyHash == WordHashes.mim, tokens[j + 2].span.start - tokens[j + 1].span.end <= 1 {
            return (.bce, tokens[j + 2].span.end, j + 3)
        }
        if tokens[j].keyHash == WordHashes.qabl, j + 1 < tokens.count, tokens[j + 1].keyHash == WordHashes.almilad {
            return (.bce, tokens[j + 1].span.end, j + 2)
        }
        if eraGregorian.contains(tokens[j]) { return (.gregorian, tokens[j].span.end, j + 1) }
        return nil
    }

    /// Whether a bare four-digit number is a year: after a time word (منذ، في، خلال، مطلع ...), as
    /// the second of a pair or range (2014 و2015، 2014-2016), or as the first of a range; after a
    /// weak word (من، إلى، بين، حتى) only when no counted noun follows. Never with a unit after it.
    static func bareYearInContext(_ text: ArticleText, _ tokens: [Token], _ i: Int, _ n: Numeral) -> Bool {
        let next: Token? = i + 1 < tokens.count ? tokens[i + 1] : nil
        if let next, next.kind == .word, AmountExtractor.isUnitOrCountedNoun(next) || countedUnits[next.keyHash] != nil {
            return false
        }
        if i > 0, yearContext.contains(tokens[i - 1]) { return true }
        // الربع الثالث من 2025: a part of a year, named by an ordinal, before من.
        if i > 2, n.prefixLength == 0, tokens[i - 1].keyHash == WordHashes.min, periodOrdinals.contains(tokens[i - 2]),
           periodNouns.contains(tokens[i - 3]) || (i > 3 && periodNouns.contains(tokens[i - 4])) { return true }
        // «مرايا الغياب» (1994): a year alone in parentheses, after a work's title or a name.
        if i > 0, i + 1 < tokens.count, n.prefixLength == 0, let y = n.integer, (1800...2100).contains(y),
           text.slice(tokens[i - 1].span) == "(", text.slice(tokens[i + 1].span) == ")" { return true }
        if n.prefixLength == 1, i > 0, isYearNumber(tokens[i - 1]) { return true }
        if i > 1, isDash(tokens[i - 1], text), tokens[i - 1].span.start == tokens[i - 2].span.end || tokens[i - 1].span.start - tokens[i - 2].span.end <= 1,
           isYearNumber(tokens[i - 2]) { return true }
        if i + 2 < tokens.count, isDash(tokens[i + 1], text), let second = Numeral.read(tokens[i + 2].keyScalars), second.digitCount == 4,
           let y2 = second.integer, let y = n.integer, y2 >= y, y2 - y < 200 { return true }
        if i > 0, weakYearContext.contains(tokens[i - 1]) {
            // "من 2000 إلى 2005": the end of a range of years.
            if i > 1, isYearNumber(tokens[i - 2]) { return true }
            guard let next else { return true }
            if next.kind == .punctuation || AmountExtractor.phraseStops.contains(next) { return true }
            if let m = Numeral.read(next.keyScalars), m.prefixLength == 1, m.digitCount == 4 { return true }
        }
        return false
    }

    static func isDash(_ t: Token, _ text: ArticleText) -> Bool {
        guard t.kind == .punctuation, t.span.length == 1 else { return false }
        let v = text.scalars[t.span.start].value
        return v == 0x2D || v == 0x2013
    }

    // MARK: numeric dates

    /// 12/5/2021 (day first, as Arabic writes it; month first when the day cannot be a month),
    /// 2021-05-12 and 2021/5/12, and 12.5.2021 (one token).
    static func numericDate(_ text: ArticleText, _ tokens: [Token], _ i: Int) -> (DateCandidate, Int)? {
        guard tokens[i].kind == .number || Numeral.read(tokens[i].keyScalars)?.prefixLength == 1 else { return nil }
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
                      let n = Numeral.read(tokens[j + 1].keyScalars), n.prefixLength == 0, let v = n.integer, n.suffix.isEmpty || n.suffix == "م"
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
        let prefix = Numeral.read(tokens[i].keyScalars)?.prefixLength ?? 0
        var c = DateCandidate(span: Span(start: surfaceStart(tokens[i], skipping: prefix, text), end: end))
        c.year = y; c.month = m; c.day = d
        if y < 1600 { c.calendar = "hijri" }
        if j < tokens.count, tokens[j].span.start - end <= 1, eraHijri.contains(tokens[j]) || eraGregorian.contains(tokens[j]) {
            if eraHijri.contains(tokens[j]) { c.calendar = "hijri" }
            c.span = Span(start: c.span.start, end: tokens[j].span.end); j += 1
        }
        return (c, j)
    }

    // MARK: relative expressions

    static func relativeDate(_ text: ArticleText, _ tokens: [Token], _ i: Int) -> (DateCandidate, Int)? {
        let t = tokens[i]
        let (stem, prefix) = strippedProclitic(t)
        var c = DateCandidate(span: Span(start: surfaceStart(t, skipping: prefix, text), end: t.span.end))
        switch stem {
        case WordHashes.ams, WordHashes.albariha, WordHashes.yesterday:
            // "أول أمس": the day before yesterday.
            if i > 0, tokens[i - 1].keyHash == WordHashes.awwal, prefix == 0 {
                c.span = Span(start: tokens[i - 1].span.start, end: t.span.end); c.relative = .days(-2, label: "day_before_yesterday")
            } else if i + 1 < tokens.count, tokens[i + 1].keyHash == WordHashes.alawwal {
                // "أمس الأول" is the day before yesterday too.
                c.span = Span(start: c.span.start, end: tokens[i + 1].span.end); c.relative = .days(-2, label: "day_before_yesterday")
                return (c, i + 2)
            } else { c.relative = .days(-1, label: "yesterday") }
            return (c, i + 1)
        case WordHashes.ghadan, WordHashes.tomorrow:
            if i > 0, tokens[i - 1].keyHash == WordHashes.baad {
                c.span = Span(start: tokens[i - 1].span.start, end: t.span.end); c.relative = .days(2, label: "day_after_tomorrow")
            } else { c.relative = .days(1, label: "tomorrow") }
            return (c, i + 1)
        case WordHashes.alyawm, WordHashes.today:
            // "اليوم" is "today" unless it is "the day" of something: "اليوم التالي"، "اليوم الأول"، "اليوم الذي".
            if i + 1 < tokens.count, tokens[i + 1].kind == .word || tokens[i + 1].kind == .number,
               tokens[i + 1].keyScalars.hasPrefix("ال") || tokens[i + 1].kind == .number || tokens[i + 1].keyHash == WordHashes.min {
                return nil
            }
            if i > 0, tokens[i - 1].keyHash == WordHashes.dhalika || tokens[i - 1].keyHash == WordHashes.dhat { return nil }
            c.relative = .days(0, label: "today")
            return (c, i + 1)
        default: break
        }
        // الأحد الماضي، الخميس المقبل.
        if let weekday = weekdays[stem], i + 1 < tokens.count {
            let next = tokens[i + 1]
            let offset = pastWords.contains(next) ? -1 : nextWords.contains(next) ? 1 : 0
            if offset != 0 {
                c.span = Span(start: c.span.start, end: next.span.end)
                c.relative = .weekday(weekday, offset)
                return (c, i + 2)
            }
        }
        // الأسبوع الماضي، الشهر المقبل، العام الجاري.
        if let unit = unitNouns[stem], i + 1 < tokens.count {
            let next = tokens[i + 1]
            let offset: Int? = pastWords.contains(next) ? -1 : currentWords.contains(next) ? 0 : nextWords.contains(next) ? 1 : nil
            if let o = offset {
                c.span = Span(start: c.span.start, end: tokens[i + 1].span.end)
                c.relative = .units(o, unit, label: o < 0 ? "past" : o == 0 ? "current" : "next")
                return (c, i + 2)
            }
        }
        // منذ ثلاث سنوات، قبل يومين، بعد أسبوع.
        let ago = agoWords.contains(t), after = afterWords.contains(t)
        // قبل يومين من الانتخابات، قبل 6 أشهر على الأقل من موعد الاقتراع: counted back from an
        // event, not from the day of writing.
        let countsFromEvent = { (j: Int) -> Bool in
            !t.keyScalars.hasSuffix("منذ") && (j..<min(tokens.count, j + 4)).contains { tokens[$0].keyHash == WordHashes.min }
        }
        if (ago || after), i + 1 < tokens.count {
            let sign = ago ? -1 : 1
            var count: Double?
            var j = i + 1
            if let unit = dualUnits[tokens[j].keyHash] {
                if countsFromEvent(j + 1) { return nil }
                c.span = Span(start: t.span.start, end: tokens[j].span.end)
                c.relative = .units(sign * 2, unit, label: ago ? "ago" : "after")
                return (c, j + 1)
            }
            if let n = Numeral.read(tokens[j].keyScalars), n.prefixLength == 0, n.suffix.isEmpty, n.digitCount <= 3 {
                count = n.value; j += 1
            } else if let w = NumberWords.read(tokens, at: j) {
                count = w.value; j += w.length
            }
            if let n = count, j < tokens.count, let unit = countedUnits[tokens[j].keyHash], n == n.rounded(), n > 0, n < 1000 {
                if countsFromEvent(j + 1) { return nil }
                c.span = Span(start: t.span.start, end: tokens[j].span.end)
                c.relative = .units(sign * Int(n), unit, label: ago ? "ago" : "after")
                return (c, j + 1)
            }
        }
        return nil
    }

    /// A plain four-digit number between 1000 and 2999.
    static func isYearNumber(_ t: Token) -> Bool {
        guard let n = Numeral.read(t.keyScalars), let y = n.integer else { return false }
        return n.digitCount == 4 && (1000...2999).contains(y)
    }

    /// How many proclitic letters (و/ف, then ب/ل) come before a word of `set` in this token:
    /// 0 for the word itself, 1 or 2 behind proclitics, nil when the token is not in the set.
    static func procliticLength(_ set: KeySet, _ t: Token) -> Int? {
        if set.contains(t) { return 0 }
        let scalars = t.keyScalars
        guard let first = scalars.first, "وفبل".unicodeScalars.contains(first), scalars.count > 2 else { return nil }
        if set.contains(hash: KeyHash.of(scalars: scalars.dropFirst())) { return 1 }
        let second = scalars[scalars.index(after: scalars.startIndex)]
        if "وف".unicodeScalars.contains(first), "بل".unicodeScalars.contains(second), scalars.count > 3,
           set.contains(hash: KeyHash.of(scalars: scalars.dropFirst(2))) { return 2 }
        return nil
    }

    static func containsWithoutProclitics(_ set: KeySet, _ t: Token) -> Bool { procliticLength(set, t) != nil }

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

    /// The hash of a token's key with a one-letter proclitic (و ف ب ل) off the front, when the
    /// rest is a word with the article or أمس / غدا, and the number of letters taken off.
    static func strippedProclitic(_ t: Token) -> (UInt64, Int) {
        let scalars = t.keyScalars
        if let p = scalars.first, "وفبل".unicodeScalars.contains(p), scalars.count > 3 {
            let rest = KeyHash.of(scalars: scalars.dropFirst())
            let second = scalars[scalars.index(after: scalars.startIndex)]
            if rest == WordHashes.ams || rest == WordHashes.ghadan || (second == "\u{0627}" && scalars.dropFirst(2).first == "\u{0644}") {
                return (rest, 1)
            }
        }
        return (t.keyHash, 0)
    }
}
