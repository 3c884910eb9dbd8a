/// Turns date candidates into record mentions: picks each month name's system for the document,
/// resolves relative expressions against the reference date, and writes ISO 8601 values.
///
/// Values by resolution: "day" 1992-05-15, "month" 2012-02 (or --08 without a year), "year" 2020,
/// "month_day" --01-06 (a day and month without a year), "week" 2022-W01.
enum DateResolver {
    /// `dayExact` false: the reference is known to the month only (a lede's event date), so
    /// expressions that need the day (أمس، الأحد الماضي، قبل يومين، الأسبوع المقبل) stay unresolved.
    static func mentions(_ candidates: [DateCandidate], reference: CivilDate?, dayExact: Bool = true,
                         text: ArticleText) -> [DateMention] {
        // Names unique to one system vote for it; shared names (مارس، أكتوبر ...) follow the vote.
        var votes: [MonthSystem: Int] = [:]
        for c in candidates where c.systems.count == 1 { votes[c.systems[0], default: 0] += 1 }
        return candidates.map { c in
            var system: MonthSystem?
            if !c.systems.isEmpty {
                system = c.systems.max { a, b in
                    let va = votes[a, default: 0], vb = votes[b, default: 0]
                    // On a tie keep the earlier system in the list (max returns the last maximum).
                    return va != vb ? va < vb : c.systems.firstIndex(of: a)! > c.systems.firstIndex(of: b)!
                }
            }
            let (value, resolution, resolved) = value(of: c, reference: dayExact || !needsTheDay(c) ? reference : nil)
            var gregorian: String?
            if c.calendar == "hijri", let y = c.year, let m = c.month, let d = c.day, let g = CivilDate.fromHijri(year: y, month: m, day: d) {
                gregorian = g.iso
            }
            return DateMention(start: c.span.start, end: c.span.end, text: text.slice(c.span), value: value,
                               resolution: resolution, calendar: c.calendar, monthSystem: system?.rawValue,
                               regionHint: system?.regionHint, relative: c.relative?.label, resolved: resolved,
                               gregorian: gregorian)
        }
    }

    /// Whether resolving the expression needs the reference's day, not only its month.
    static func needsTheDay(_ c: DateCandidate) -> Bool {
        switch c.relative {
        case .days?, .weekday?: return true
        case .units(_, let unit, _)?: return unit == .day || unit == .week
        default: return false
        }
    }

    static func value(of c: DateCandidate, reference: CivilDate?) -> (String?, String, Bool) {
        let p2 = { CivilDate.pad($0, 2) }, p4 = { CivilDate.pad($0, 4) }
        guard let relative = c.relative else {
            switch (c.year, c.month, c.day) {
            case let (y?, m?, d?): return ("\(p4(y))-\(p2(m))-\(p2(d))", "day", true)
            case let (y?, m?, nil): return ("\(p4(y))-\(p2(m))", "month", true)
            case let (y?, nil, _): return (p4(y), "year", true)
            case let (nil, m?, d?): return ("--\(p2(m))-\(p2(d))", "month_day", true)
            case let (nil, m?, nil): return ("--\(p2(m))", "month", true)
            default: return (nil, "day", false)
            }
        }
        switch relative {
        case .pastMonth, .currentMonth, .nextMonth:
            let m = c.month!
            guard let ref = reference, c.calendar == "gregorian" else {
                if let d = c.day { return ("--\(p2(m))-\(p2(d))", "month_day", false) }
                return ("--\(p2(m))", "month", false)
            }
            var y = ref.year
            if relative == .pastMonth, m >= ref.month { y -= 1 }
            if relative == .nextMonth, m <= ref.month { y += 1 }
            if let d = c.day { return ("\(p4(y))-\(p2(m))-\(p2(d))", "day", true) }
            return ("\(p4(y))-\(p2(m))", "month", true)
        case .weekday(let target, let offset):
            guard let ref = reference else { return (nil, "day", false) }
            let refWeekday = ((ref.dayNumber % 7) + 7 + 4) % 7  // 1970-01-01 was a Thursday (4)
            var delta = offset < 0 ? (refWeekday - target + 7) % 7 : (target - refWeekday + 7) % 7
            if delta == 0 { delta = 7 }
            return (ref.adding(days: offset < 0 ? -delta : delta).iso, "day", true)
        case .days(let n, _):
            guard let ref = reference else { return (nil, "day", false) }
            return (ref.adding(days: n).iso, "day", true)
        case .units(let n, let unit, _):
            guard let ref = reference else {
                let r: String
                switch unit { case .day: r = "day"; case .week: r = "week"; case .month: r = "month"; case .year: r = "year" }
                return (nil, r, false)
            }
            switch unit {
            case .day: return (ref.adding(days: n).iso, "day", true)
            case .week: return (ref.adding(days: 7 * n).isoWeek, "week", true)
            case .month:
                let total = ref.year * 12 + (ref.month - 1) + n
                return ("\(p4(total / 12))-\(p2(total % 12 + 1))", "month", true)
            case .year: return (p4(ref.year + n), "year", true)
            }
        }
    }
}
