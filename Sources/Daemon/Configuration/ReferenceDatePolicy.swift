import ArticleCore
import Foundation
import Glibc

/// What relative dates (أمس، الشهر الماضي، الجاري) in the daemon's records resolve against when
/// the article has no date line of its own: `dates.reference_date` in the configuration.
///
/// The file's mtime is never used: it says when a file was copied, not when it was written.
enum ReferenceDatePolicy: Sendable, Equatable, CustomStringConvertible {
    /// Only a date line in the article (the default).
    case none
    /// The day the daemon took the file in, in its local time zone (TZ, else /etc/localtime):
    /// right for a live feed, wrong for an old archive dropped in today. A date line wins.
    case arrival
    /// One fixed day for every file (an archive batch from one day); wins over a date line, as
    /// `articled extract --reference-date` does.
    case fixed(String)

    /// Parses `none`, `arrival` or a calendar date YYYY-MM-DD.
    init(_ value: String, key: String) throws {
        let v = value.trimmingCharacters(in: .whitespaces)
        switch v {
        case "none": self = .none
        case "arrival": self = .arrival
        default:
            guard let date = CivilDate(iso: v) else {
                throw ConfigurationError("\(key): \"\(value)\" is not none, arrival or a calendar date YYYY-MM-DD")
            }
            self = .fixed(date.iso)
        }
    }

    var description: String {
        switch self {
        case .none: "none"
        case .arrival: "arrival"
        case .fixed(let date): date
        }
    }

    /// The core's options for one input read now.
    func options(sourceName: String) -> ExtractionOptions {
        switch self {
        case .none: ExtractionOptions(sourceName: sourceName)
        case .arrival: ExtractionOptions(sourceName: sourceName, arrivalDate: ReferenceDatePolicy.today())
        case .fixed(let date): ExtractionOptions(sourceName: sourceName, referenceDate: date)
        }
    }

    /// Today's date in the local time zone, as YYYY-MM-DD.
    static func today() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        let year = Int(parts.tm_year) + 1900, month = Int(parts.tm_mon) + 1, day = Int(parts.tm_mday)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
