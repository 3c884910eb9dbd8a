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

/// A file's terminal state, as logged.
struct Outcome {
    enum Kind: String {
        case processed, duplicate, ignored, failed

        var messageID: MessageID {
            switch self {
            case .processed: .processed
            case .duplicate: .duplicate
            case .ignored: .ignored
            case .failed: .failed
            }
        }

        var level: Logger.Level {
            switch self {
            case .processed, .duplicate: .info
            case .ignored: .debug
            case .failed: .warning
            }
        }
    }

    struct RecordCounts { let entities: Int; let dates: Int; let quotes: Int }

    let kind: Kind
    let file: FileName
    var sha256: String? = nil
    var output: String? = nil
    var reason: String? = nil
    var detail: String? = nil
    var duration: Duration? = nil
    var bytes: Int? = nil
    var counts: RecordCounts? = nil
    var messageIDOverride: MessageID? = nil

    /// A readable sentence with the file name.
    var message: String {
        let name = "\"\(file.description.replacingOccurrences(of: "\n", with: "\\n"))\""
        switch kind {
        case .processed: return "Processed \(name): record \(output ?? "?")"
        case .duplicate: return "Duplicate \(name): the same content already has the record \(output ?? "?")"
        case .ignored: return "Ignored \(name) (\(reason ?? "?")): left in the inbox"
        case .failed: return "Failed \(name) (\(reason ?? "?")): \(detail ?? "") — moved to \(output ?? "?")"
        }
    }
}

extension Duration {
    /// Whole milliseconds, for `duration_ms`.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
