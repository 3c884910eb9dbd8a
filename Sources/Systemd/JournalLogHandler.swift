import CSystemd
import Glibc
import Logging

/// A swift-log backend that writes native journal entries through sd_journal_sendv(3).
///
/// Each log call becomes exactly one entry (multi-line messages included) with MESSAGE, PRIORITY,
/// SYSLOG_IDENTIFIER, CODE_FILE, CODE_LINE, CODE_FUNC, and one field per metadata key, so operators
/// filter with `journalctl FIELD=value`. The metadata key named by `messageIDKey` becomes the
/// journal's MESSAGE_ID (the key the journal catalog is looked up by); every other key becomes
/// `<fieldPrefix><SANITISED KEY>` (see ``JournalFieldName``). Nested dictionaries flatten into
/// `<PREFIX><KEY>_<SUBKEY>`; an attached error goes into `<PREFIX>ERROR`.
///
/// If the journal cannot be reached, the entry is written to stderr instead of being lost.
public struct JournalLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    public var metadataProvider: Logger.MetadataProvider?

    /// The logger's label; also used for the stderr fallback line.
    public let label: String
    /// SYSLOG_IDENTIFIER of every entry, what `journalctl -t` filters by.
    public let identifier: String
    /// Prepended to every metadata field name, e.g. `ARTICLED_`.
    public let fieldPrefix: String
    /// The metadata key whose value becomes MESSAGE_ID.
    public let messageIDKey: String

    public init(
        label: String,
        identifier: String,
        fieldPrefix: String,
        messageIDKey: String = "message_id",
        logLevel: Logger.Level = .info,
        metadataProvider: Logger.MetadataProvider? = nil
    ) {
        self.label = label
        self.identifier = identifier
        self.fieldPrefix = fieldPrefix
        self.messageIDKey = messageIDKey
        self.logLevel = logLevel
        self.metadataProvider = metadataProvider
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let fields = journalFields(for: event)
        if JournalLogHandler.send(fields) != 0 {
            var fallback = StreamLogHandler.standardError(label: label)
            fallback.logLevel = logLevel
            fallback.metadata = metadata
            fallback.metadataProvider = metadataProvider
            fallback.log(event: event)
        }
    }

    /// The entry's fields in the order they are sent: the journal's own fields first, then the
    /// metadata fields sorted by name (deterministic, and later duplicates cannot shadow MESSAGE).
    public func journalFields(for event: LogEvent) -> [(name: String, value: String)] {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let explicit = event.metadata { merged.merge(explicit) { _, new in new } }

        var fields: [(name: String, value: String)] = [
            ("MESSAGE", event.message.description),
            ("PRIORITY", String(JournalPriority.of(event.level))),
            ("SYSLOG_IDENTIFIER", identifier),
            ("CODE_FILE", event.file),
            ("CODE_LINE", String(event.line)),
            ("CODE_FUNC", event.function),
        ]
        if let messageID = merged.removeValue(forKey: messageIDKey) {
            fields.append(("MESSAGE_ID", messageID.description))
        }
        var custom: [String: String] = [:]
        for (key, value) in merged { flatten(key: key, value: value, into: &custom) }
        if let error = event.error {
            custom[JournalFieldName(key: "error", prefix: fieldPrefix).rawValue] = String(describing: error)
        }
        fields += custom.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
        return fields
    }

    private func flatten(key: String, value: Logger.Metadata.Value, into fields: inout [String: String]) {
        switch value {
        case .dictionary(let nested):
            for (subkey, subvalue) in nested { flatten(key: key + "_" + subkey, value: subvalue, into: &fields) }
        default:
            fields[JournalFieldName(key: key, prefix: fieldPrefix).rawValue] = value.description
        }
    }

    /// Sends `NAME=value` pairs as one entry; returns 0 or a negative errno.
    /// Values may contain newlines: sd_journal_sendv encodes them binary-safe.
    static func send(_ fields: [(name: String, value: String)]) -> Int32 {
        var bytes: [UInt8] = []
        var ranges: [(offset: Int, count: Int)] = []
        for field in fields {
            let start = bytes.count
            bytes.append(contentsOf: field.name.utf8)
            bytes.append(UInt8(ascii: "="))
            bytes.append(contentsOf: field.value.utf8)
            ranges.append((start, bytes.count - start))
        }
        return bytes.withUnsafeMutableBytes { raw -> Int32 in
            guard let base = raw.baseAddress else { return -EINVAL }
            let vectors = ranges.map { iovec(iov_base: base + $0.offset, iov_len: $0.count) }
            return vectors.withUnsafeBufferPointer { sd_journal_sendv($0.baseAddress, Int32($0.count)) }
        }
    }
}
