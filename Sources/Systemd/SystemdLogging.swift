import Logging

/// Picks the log backend for a daemon: native journal entries when systemd connected stderr to the
/// journal, readable lines on stderr otherwise (a terminal, a pipe, a test harness).
public enum SystemdLogging {
    /// The backend ``handlerFactory(identifier:fieldPrefix:logLevel:journal:)`` chose.
    public enum Backend: String, Sendable {
        case journal
        case standardError
    }

    /// The backend to use right now: `.journal` iff stderr is the journal stream (JOURNAL_STREAM).
    public static func detectBackend() -> Backend {
        JournalStream.isConnected() ? .journal : .standardError
    }

    /// A factory for `LoggingSystem.bootstrap`, making handlers for `backend`.
    public static func handlerFactory(
        identifier: String,
        fieldPrefix: String,
        logLevel: Logger.Level = .info,
        backend: Backend = detectBackend()
    ) -> @Sendable (String) -> any LogHandler {
        switch backend {
        case .journal:
            return { label in
                JournalLogHandler(label: label, identifier: identifier, fieldPrefix: fieldPrefix, logLevel: logLevel)
            }
        case .standardError:
            return { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = logLevel
                return handler
            }
        }
    }

    /// Bootstraps swift-log once per process with the detected backend and returns which one it is.
    @discardableResult
    public static func bootstrap(identifier: String, fieldPrefix: String, logLevel: Logger.Level = .info) -> Backend {
        let backend = detectBackend()
        LoggingSystem.bootstrap(handlerFactory(identifier: identifier, fieldPrefix: fieldPrefix, logLevel: logLevel, backend: backend))
        return backend
    }
}
