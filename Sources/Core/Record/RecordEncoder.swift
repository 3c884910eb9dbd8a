import Foundation

/// Turns a record into its JSON bytes: one line, keys sorted, no escaped slashes, so the same
/// record always gives byte-identical output and a record file is also a valid JSON Lines line.
public enum RecordEncoder {
    public static func encode(_ record: ArticleRecord) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every field is a plain value type; encoding cannot fail.
        return try! encoder.encode(record)
    }
}
