import Foundation
import Logging

/// Every log entry the daemon writes, with its MessageID and metadata. One shared instance, so a
/// reload can change the level for all threads at once.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var logger: Logger

    init(label: String = "articled", level: Logger.Level) {
        logger = Logger(label: label)
        logger.logLevel = level
    }

    var level: Logger.Level {
        get { lock.withLock { logger.logLevel } }
        set { lock.withLock { logger.logLevel = newValue } }
    }

    /// An event that is not a file's terminal state.
    func event(_ id: MessageID, _ level: Logger.Level, _ message: String, _ metadata: Logger.Metadata = [:]) {
        var all = metadata
        all["message_id"] = .string(id.rawValue)
        let logger = lock.withLock { self.logger }
        logger.log(level: level, "\(message)", metadata: all)
    }

    /// A plain diagnostic line (no MessageID): warnings about one operation, debug detail.
    func note(_ level: Logger.Level, _ message: String, _ metadata: Logger.Metadata = [:]) {
        let logger = lock.withLock { self.logger }
        logger.log(level: level, "\(message)", metadata: metadata)
    }

    /// A file's terminal state: exactly one entry per input.
    func outcome(_ outcome: Outcome) {
        var metadata: Logger.Metadata = [
            "message_id": .string((outcome.messageIDOverride ?? outcome.kind.messageID).rawValue),
            "outcome": .string(outcome.kind.rawValue),
            "file": .string(outcome.file.description),
        ]
        if let v = outcome.sha256 { metadata["input_sha256"] = .string(v) }
        if let v = outcome.output { metadata["output"] = .string(v) }
        if let v = outcome.reason { metadata["reason"] = .string(v) }
        if let v = outcome.duration { metadata["duration_ms"] = .stringConvertible(v.milliseconds) }
        if let v = outcome.bytes { metadata["bytes"] = .stringConvertible(v) }
        if let c = outcome.counts {
            metadata["entities"] = .stringConvertible(c.entities)
            metadata["dates"] = .stringConvertible(c.dates)
            metadata["quotes"] = .stringConvertible(c.quotes)
        }
        let logger = lock.withLock { self.logger }
        logger.log(level: outcome.kind.level, "\(outcome.message)", metadata: metadata)
    }
}

extension Duration {
    /// Whole milliseconds, for `duration_ms`.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
