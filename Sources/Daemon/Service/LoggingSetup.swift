import Logging

/// The one place logging is bootstrapped. Every log line of the daemon goes through swift-log
/// `Logger`s made after this; swap the handler here to change where logs go.
enum LoggingSetup {
    static func bootstrap(level: Logger.Level) {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
