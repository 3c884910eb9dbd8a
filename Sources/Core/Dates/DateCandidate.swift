/// A date expression found in the text, before relative parts are resolved.
struct DateCandidate: Sendable {
    enum Relative: Sendable, Equatable {
        /// A named month with الماضي / الجاري / المقبل: its latest, current-year or next occurrence.
        case pastMonth, currentMonth, nextMonth
        /// أمس، اليوم، غداً ...: days from the reference date.
        case days(Int, label: String)
        /// الأسبوع الماضي، العام المقبل، منذ ثلاث سنوات ...: whole units from the reference date.
        case units(Int, Unit, label: String)
        /// الأحد الماضي (-1), الخميس المقبل (+1): the weekday (Sunday = 0) before or after the reference date.
        case weekday(Int, Int)

        var label: String {
            switch self {
            case .pastMonth: return "past"
            case .currentMonth: return "current"
            case .nextMonth: return "next"
            case .days(_, let label), .units(_, _, let label): return label
            case .weekday(_, let offset): return offset < 0 ? "past" : "next"
            }
        }
    }

    enum Unit: Sendable, Equatable { case day, week, month, year }

    var span: Span
    var calendar: String = "gregorian"
    /// The month systems the month name belongs to (one is chosen for the whole document).
    var systems: [MonthSystem] = []
    var year: Int?
    var month: Int?
    var day: Int?
    var relative: Relative?
}
