/// Finds the reference date the body itself states when the article has no date line.
///
/// Two kinds of evidence, strongest first:
/// - **today**: a full date tied to اليوم / أمس / البارحة / أول أمس / غداً ("أمس الثلاثاء 14 أكتوبر
///   2025", "اليوم الخميس 3 مارس 2022", "غداً (5 مايو 2024)"): the day of writing is that date
///   minus the word's offset, so every relative expression may be resolved against it.
/// - **event**: a weekday right before a full date, in the first paragraph ("مساء الأربعاء 29
///   شعبان 1447 هـ الموافق لـ 18 فيفري 2026", "يوم السبت (12 أبريل 2025)"): a lede dates its
///   event, and the article is written that day or a few days after, so only month- and
///   year-level relative expressions (مارس الماضي، العام المقبل، الشهر الجاري) may be resolved.
///
/// Conservative by construction: a weekday, when written, must agree with the date (else the
/// date is no evidence); a date without a year counts only with a weekday that picks exactly one
/// of the years the article writes (or the year after one); evidence that disagrees with other
/// evidence of its kind gives nothing.
enum BodyReferenceDateFinder {
    /// How far a reference found in the body may be trusted.
    enum Strength: Equatable { case today, event }

    /// Link words between a date and its twin in the other calendar ("الموافق لـ") or between the
    /// date and the words before it ("يوم").
    static let linkWords = KeySet(["الموافق", "الموافقة", "ل", "يوم"])
    static let twinWords = KeySet(["الموافق", "الموافقة"])
    static let yawm = KeyHash.of(word: "يوم")

    static func find(_ candidates: [DateCandidate], structure: DocumentStructure, tokens: [Token],
                     text: ArticleText) -> (date: CivilDate, strength: Strength)? {
        let writtenYears = Set(candidates.compactMap { c -> Int? in
            guard c.relative == nil, c.calendar == "gregorian", let y = c.year, (1000...2999).contains(y) else { return nil }
            return y
        })
        var today: [CivilDate] = [], events: [CivilDate] = []
        var i = 0
        while i < candidates.count {
            // A date and its twin in the other calendar ("29 شعبان 1447 هـ الموافق لـ 18 فيفري 2026").
            var group = [candidates[i]]
            while i + group.count < candidates.count,
                  isLink(from: group.last!.span.end, to: candidates[i + group.count].span.start, tokens: tokens, text: text) {
                group.append(candidates[i + group.count])
            }
            i += group.count
            guard group.allSatisfy({ $0.relative == nil && $0.month != nil && $0.day != nil }) else { continue }
            let (anchor, weekday) = wordsBefore(group[0].span.start, tokens: tokens, text: text)
            guard anchor != nil || weekday != nil,
                  let date = gregorianDate(group, weekday: weekday, writtenYears: writtenYears) else { continue }
            if let w = weekday, date.weekday != w { continue }
            if let offset = anchor {
                today.append(date.adding(days: -offset))
            } else if let first = structure.paragraphs.first, first.contains(group[0].span) {
                events.append(date)
            }
        }
        // Days tied to today that disagree leave nothing to trust, not even a lede's event.
        if let d = today.first { return today.allSatisfy({ $0 == d }) ? (d, .today) : nil }
        if let d = events.first, events.allSatisfy({ $0 == d }) { return (d, .event) }
        return nil
    }

    /// The Gregorian date of a group of twin dates: the written Gregorian one, else the Hijri one
    /// converted (moved by a day when the weekday says so); a day and month alone take the one
    /// written year (or the year after one) that the weekday agrees with.
    static func gregorianDate(_ group: [DateCandidate], weekday: Int?, writtenYears: Set<Int>) -> CivilDate? {
        for c in group where c.calendar == "gregorian" {
            if let y = c.year { return CivilDate(year: y, month: c.month!, day: c.day!) }
        }
        for c in group where c.calendar == "hijri" {
            guard let y = c.year, let converted = CivilDate.fromHijri(year: y, month: c.month!, day: c.day!) else { continue }
            // Months begin on a local sighting, up to a day off Umm al-Qura: the weekday settles it.
            if let w = weekday, converted.weekday != w {
                return [-1, 1].map { converted.adding(days: $0) }.first { $0.weekday == w }
            }
            return converted
        }
        guard let w = weekday, let c = group.first(where: { $0.calendar == "gregorian" }) else { return nil }
        let years = writtenYears.union(writtenYears.map { $0 + 1 })
        let agreeing = years.compactMap { CivilDate(year: $0, month: c.month!, day: c.day!) }.filter { $0.weekday == w }
        return agreeing.count == 1 ? agreeing[0] : nil
    }

    /// Whether only link words and punctuation ("الموافق لـ"، "/"، "(") stand between two dates.
    static func isLink(from end: Int, to start: Int, tokens: [Token], text: ArticleText) -> Bool {
        let between = tokens[tokens.firstIndex(startingAtOrAfter: end)..<tokens.firstIndex(startingAtOrAfter: start)]
        guard between.count <= 3, between.contains(where: { twinWords.contains($0) })
        else { return false }
        return between.allSatisfy { $0.kind == .punctuation || linkWords.contains($0) }
    }

    /// The words just before a date: an optional weekday (with يوم, a comma or a parenthesis
    /// around it) and, before that, اليوم / أمس / البارحة / غداً as days from the day of writing.
    static func wordsBefore(_ start: Int, tokens: [Token], text: ArticleText) -> (anchor: Int?, weekday: Int?) {
        var k = tokens.firstIndex(startingAtOrAfter: start) - 1
        var weekday: Int?
        var skipped = 0
        while k >= 0, skipped < 4 {
            let t = tokens[k]
            if t.kind == .punctuation {
                let v = text.scalars[t.span.start].value
                // ، , ( - –: a date set off from its weekday or its day word.
                guard [0x060C, 0x2C, 0x28, 0x2D, 0x2013].contains(v) else { break }
            } else if weekday == nil, let w = DateExtractor.weekdays[DateExtractor.strippedProclitic(t).0] {
                weekday = w
            } else if t.keyHash == yawm {
                // "أمس يوم الثلاثاء"
            } else {
                break
            }
            k -= 1; skipped += 1
        }
        guard k >= 0 else { return (nil, weekday) }
        // "أمس الأول الاثنين 13 أكتوبر": the day before yesterday.
        if tokens[k].keyHash == WordHashes.alawwal, k > 0, DateExtractor.strippedProclitic(tokens[k - 1]).0 == WordHashes.ams {
            return (-2, weekday)
        }
        switch DateExtractor.strippedProclitic(tokens[k]).0 {
        case WordHashes.alyawm, WordHashes.today:
            // "ذلك اليوم، 5 مايو 2020" is that day; "في اليوم الرابع عشر من أكتوبر" is a day of the
            // month: اليوم is today only before a weekday or a day in digits, and not after ذلك/ذات.
            if k > 0, tokens[k - 1].keyHash == WordHashes.dhalika || tokens[k - 1].keyHash == WordHashes.dhat { return (nil, weekday) }
            if weekday == nil, tokens[tokens.firstIndex(startingAtOrAfter: start)].kind != .number { return (nil, weekday) }
            return (0, weekday)
        case WordHashes.ghadan, WordHashes.tomorrow: return (1, weekday)
        case WordHashes.ams, WordHashes.albariha, WordHashes.yesterday:
            return (k > 0 && tokens[k - 1].keyHash == WordHashes.awwal ? -2 : -1, weekday)
        default: return (nil, weekday)
        }
    }
}
