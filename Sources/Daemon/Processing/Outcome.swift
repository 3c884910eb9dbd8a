import Logging

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
        // A newline in a name would split the line on stderr; the common name has none and is
        // used as is (Foundation's replacingOccurrences goes through NSString on every call).
        var plain = file.description
        if file.bytes.contains(UInt8(ascii: "\n")) {
            let escaped = file.bytes.flatMap { $0 == UInt8(ascii: "\n") ? Array("\\n".utf8) : [$0] }
            plain = String(decoding: escaped, as: UTF8.self)
        }
        let name = "\"\(plain)\""
        switch kind {
        case .processed: return "Processed \(name): record \(output ?? "?")"
        case .duplicate: return "Duplicate \(name): the same content already has the record \(output ?? "?")"
        case .ignored: return "Ignored \(name) (\(reason ?? "?")): left in the inbox"
        case .failed: return "Failed \(name) (\(reason ?? "?")): \(detail ?? "") — moved to \(output ?? "?")"
        }
    }
}
