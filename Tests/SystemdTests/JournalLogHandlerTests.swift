import Foundation
import Logging
import XCTest
@testable import Systemd

/// JournalLogHandler against a real systemd-journald, reading entries back with `journalctl -o json`.
/// Each test re-runs itself inside a private journal sandbox (see JournalSandbox).
final class JournalLogHandlerTests: XCTestCase {
    private let run = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()

    private func makeLogger(level: Logger.Level = .trace) -> Logger {
        Logger(label: "journal-test") { label in
            var handler = JournalLogHandler(label: label, identifier: "journal-test", fieldPrefix: "TESTAPP_", logLevel: level)
            handler[metadataKey: "run"] = .string(self.run)
            return handler
        }
    }

    private func entries(count: Int) throws -> [[String: String]] {
        try JournalReader.entries(matching: "TESTAPP_RUN=\(run)", count: count)
    }

    func testStandardFieldsAndPriorities() throws {
        if try JournalSandbox.delegate(self) { return }
        let logger = makeLogger()
        let line = #line + 1
        logger.warning("disk almost full")
        logger.trace("trace detail")
        logger.debug("debug detail")
        logger.info("info")
        logger.notice("notice")
        logger.error("error")
        logger.critical("critical")

        let found = try entries(count: 7)
        XCTAssertEqual(found.count, 7)
        let byMessage = Dictionary(found.map { ($0["MESSAGE"] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        let warning = try XCTUnwrap(byMessage["disk almost full"])
        XCTAssertEqual(warning["PRIORITY"], "4")
        XCTAssertEqual(warning["SYSLOG_IDENTIFIER"], "journal-test")
        XCTAssertEqual(warning["CODE_FILE"], "\(#fileID)")
        XCTAssertEqual(warning["CODE_LINE"], String(line))
        XCTAssertEqual(warning["CODE_FUNC"], "testStandardFieldsAndPriorities()")
        XCTAssertEqual(warning["_TRANSPORT"], "journal", "sent natively, not through a stream")
        XCTAssertEqual(warning["_PID"], String(getpid()))
        let priorities = ["trace detail": "7", "debug detail": "7", "info": "6", "notice": "5", "error": "3", "critical": "2"]
        for (message, priority) in priorities {
            XCTAssertEqual(byMessage[message]?["PRIORITY"], priority, message)
        }
    }

    func testLevelBelowThresholdIsNotSent() throws {
        if try JournalSandbox.delegate(self) { return }
        let logger = makeLogger(level: .notice)
        logger.info("too chatty")
        logger.notice("worth keeping")
        // journald stores one client's datagrams in order: once the notice is there, so would the info be.
        let found = try entries(count: 1)
        XCTAssertEqual(found.map { $0["MESSAGE"] }, ["worth keeping"])
    }

    func testMetadataKeysBecomeSanitisedFields() throws {
        if try JournalSandbox.delegate(self) { return }
        let logger = makeLogger()
        logger.info("sanitised", metadata: [
            "message_id": "f0ced63ee0104469b98a1dc3c064dbe9",
            "outcome": "processed",
            "input.sha256": "abc123",
            "duration-ms": "17",
            "café ملف": "unicode",
            "2nd_try": "digit first",
            "_private": "leading underscore",
            String(repeating: "long_key_", count: 10): "truncated",
            "request": .dictionary(["id": "42", "peer": .dictionary(["uid": "1000"])]),
            "entities": .array(["a", "b"]),
        ])
        let entry = try XCTUnwrap(entries(count: 1).first)
        XCTAssertEqual(entry["MESSAGE_ID"], "f0ced63ee0104469b98a1dc3c064dbe9")
        XCTAssertNil(entry["TESTAPP_MESSAGE_ID"])
        XCTAssertEqual(entry["TESTAPP_OUTCOME"], "processed")
        XCTAssertEqual(entry["TESTAPP_INPUT_SHA256"], "abc123")
        XCTAssertEqual(entry["TESTAPP_DURATION_MS"], "17")
        XCTAssertEqual(entry["TESTAPP_CAF"], "unicode")
        XCTAssertEqual(entry["TESTAPP_2ND_TRY"], "digit first")
        XCTAssertEqual(entry["TESTAPP_PRIVATE"], "leading underscore")
        let long = "TESTAPP_" + String(String(repeating: "LONG_KEY_", count: 10).prefix(64 - 8))
        XCTAssertEqual(long.count, 64)
        XCTAssertEqual(entry[long], "truncated")
        XCTAssertEqual(entry["TESTAPP_REQUEST_ID"], "42")
        XCTAssertEqual(entry["TESTAPP_REQUEST_PEER_UID"], "1000")
        XCTAssertEqual(entry["TESTAPP_ENTITIES"], #"["a", "b"]"#)
        // Every field journald stored is a valid name: nothing was dropped for being invalid.
        for name in entry.keys where !name.hasPrefix("_") {
            XCTAssertTrue(JournalFieldName.isValid(name), name)
        }
    }

    func testMultiLineMessageStaysOneEntry() throws {
        if try JournalSandbox.delegate(self) { return }
        let message = "first line\nsecond line\n\tindented third\nلا بأس"
        makeLogger().error("\(message)", metadata: ["detail": "a\nb"])
        let found = try entries(count: 1)
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertEqual(try entries(count: 1).count, 1, "one entry, not one per line")
        XCTAssertEqual(found.first?["MESSAGE"], message)
        XCTAssertEqual(found.first?["TESTAPP_DETAIL"], "a\nb")
    }

    func testErrorAndProviderMetadataAreFields() throws {
        if try JournalSandbox.delegate(self) { return }
        struct DiskFull: Error, CustomStringConvertible { var description: String { "disk full" } }
        let provider = Logger.MetadataProvider { ["trace_id": "t-1"] }
        var handler = JournalLogHandler(label: "x", identifier: "journal-test", fieldPrefix: "TESTAPP_", metadataProvider: provider)
        handler[metadataKey: "run"] = .string(run)
        handler.log(event: LogEvent(level: .error, message: "write failed", error: DiskFull(), metadata: ["file": "a.txt"],
                                    source: nil, file: "Mod/File.swift", function: "f()", line: 9))
        let entry = try XCTUnwrap(entries(count: 1).first)
        XCTAssertEqual(entry["TESTAPP_ERROR"], "disk full")
        XCTAssertEqual(entry["TESTAPP_TRACE_ID"], "t-1")
        XCTAssertEqual(entry["TESTAPP_FILE"], "a.txt")
        XCTAssertEqual(entry["CODE_FILE"], "Mod/File.swift")
        XCTAssertEqual(entry["CODE_LINE"], "9")
    }
}
