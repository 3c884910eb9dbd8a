import Foundation

/// A proleptic Gregorian calendar date with the arithmetic relative dates need, computed by
/// day numbers (Howard Hinnant's civil-from-days), so no clock or time zone is involved.
public struct CivilDate: Sendable, Equatable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Parses "YYYY-MM-DD".
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var iso: String { "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))" }

    /// `v` in decimal, with zeros in front up to `width` digits; the digits are written straight
    /// into the string (no string per part and no concatenation).
    static func pad(_ v: Int, _ width: Int) -> String {
        if v < 0 { return "-" + pad(-v, width) }
        var digits = 1, rest = v / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let count = max(width, digits)
        return String(unsafeUninitializedCapacity: count) { ascii in
            var rest = v
            for k in (0..<count).reversed() { ascii[k] = UInt8(0x30 + rest % 10); rest /= 10 }
            return count
        }
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The day of the week, Sunday = 0 (as `DateExtractor.weekdays` numbers them).
    public var weekday: Int { ((dayNumber % 7) + 7 + 4) % 7 }  // 1970-01-01 was a Thursday (4)

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// ISO 8601 week date "YYYY-Www".
    public var isoWeek: String {
        let weekday = ((dayNumber % 7) + 7 + 3) % 7 + 1  // 1 = Monday; 1970-01-01 was a Thursday
        let thursday = adding(days: 4 - weekday)
        let jan1 = CivilDate(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.dayNumber - jan1.dayNumber) / 7 + 1
        return "\(CivilDate.pad(thursday.year, 4))-W\(CivilDate.pad(week, 2))"
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    /// The Gregorian date of a Hijri (Umm al-Qura) date, through Foundation's Islamic calendar.
    static func fromHijri(year: Int, month: Int, day: Int) -> CivilDate? {
        guard (1...12).contains(month), (1...30).contains(day), (1...1600).contains(year) else { return nil }
        var components = DateComponents()
        components.year = year; components.month = month; components.day = day; components.hour = 12
        guard let date = hijriCalendar.date(from: components) else { return nil }
        let g = gregorianCalendar.dateComponents([.year, .month, .day], from: date)
        // Reject days the Hijri month does not have (Foundation rolls them into the next month).
        let back = hijriCalendar.dateComponents([.month, .day], from: date)
        guard back.month == month, back.day == day else { return nil }
        return CivilDate(year: g.year!, month: g.month!, day: g.day!)
    }

    private static let hijriCalendar: Calendar = {
        var c = Calendar(identifier: .islamicUmmAlQura); c.timeZone = TimeZone(identifier: "UTC")!; return c
    }()
    private static let gregorianCalendar: Calendar = {
        var c = Calendar(identifier: .gregorian); c.timeZone = TimeZone(identifier: "UTC")!; return c
    }()
}
