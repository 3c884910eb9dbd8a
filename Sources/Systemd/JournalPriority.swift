import Logging

/// The syslog priority (the journal's PRIORITY field) of each swift-log level.
///
/// swift-log has no `alert` or `emergency`; `trace` and `debug` share syslog's `debug` (7), since
/// syslog has nothing finer.
public enum JournalPriority {
    /// The PRIORITY value, 0 (emergency) … 7 (debug).
    public static func of(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }
}
