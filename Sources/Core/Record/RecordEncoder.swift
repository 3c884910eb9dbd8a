import Foundation

/// Turns a record into its JSON bytes: one line, keys sorted, no escaped slashes, so the same
/// record always gives byte-identical output and a record file is also a valid JSON Lines line.
///
/// The bytes come from `RecordJSONWriter` (one pass, no intermediate tree); they decode with
/// JSONDecoder or JSONSerialization to the same record Foundation's JSONEncoder would give.
public enum RecordEncoder {
    public static func encode(_ record: ArticleRecord) -> Data {
        // The text dominates the size; records run to about three times it with every span's surface.
        var writer = RecordJSONWriter(capacity: 4 * record.text.utf8.count + 4096)
        writer.write(record)
        return writer.bytes.takeData()
    }
}
