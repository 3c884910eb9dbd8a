import Foundation

/// Reads entries back from the journal with `journalctl -o json`, as an operator's tools would.
enum JournalReader {
    /// The entries matching `match` (e.g. `TEST_RUN=…`), waiting up to `timeout` seconds until at
    /// least `count` have arrived (journald writes asynchronously).
    static func entries(matching match: String, count: Int, timeout: TimeInterval = 5) throws -> [[String: String]] {
        let deadline = Date().addingTimeInterval(timeout)
        var found: [[String: String]] = []
        repeat {
            found = try read(match)
            if found.count >= count { return found }
            Thread.sleep(forTimeInterval: 0.1)
        } while Date() < deadline
        return found
    }

    private static func read(_ match: String) throws -> [[String: String]] {
        let result = try JournalSandbox.runBounded(["/usr/bin/journalctl", "--no-pager", "-o", "json", match], timeout: 20)
        return result.output.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return object.compactMapValues(decode)
        }
    }

    /// journalctl writes printable UTF-8 as a JSON string and anything else (control characters such
    /// as newlines) as an array of byte values.
    private static func decode(_ value: Any) -> String? {
        if let text = value as? String { return text }
        if let bytes = value as? [NSNumber] { return String(decoding: bytes.map { $0.uint8Value }, as: UTF8.self) }
        return nil
    }
}
