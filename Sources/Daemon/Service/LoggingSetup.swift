import Logging
import Systemd

/// The one place logging is bootstrapped. Every log line of the daemon goes through swift-log
/// `Logger`s made after this; swap the handler here to change where logs go.
enum LoggingSetup {
    /// Native journal entries (metadata as `ARTICLED_*` fields, `message_id` as MESSAGE_ID) when
    /// systemd connected stderr to the journal; readable lines on stderr otherwise.
    static func bootstrap(level: Logger.Level) {
        SystemdLogging.bootstrap(identifier: "articled", fieldPrefix: "ARTICLED_", logLevel: level)
    }
}
