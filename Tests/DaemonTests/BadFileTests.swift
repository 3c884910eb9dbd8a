import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Files that cannot give a record end in the failed folder beside an error file saying why,
/// and awkward names are handled like any other.
final class BadFileTests: XCTestCase {
    func testBadFilesAreFailedWithTheirReason() throws {
        let h = try DaemonHarness()
        try h.start(["files.max_file_size": "1K"])
        let inbox = h.inbox.path
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00]).write(to: URL(fileURLWithPath: inbox + "/program.bin"))
        // Invalid UTF-8 behind a UTF-8 byte-order mark: undecodable. (Without a BOM the core may
        // read such bytes as a legacy Arabic code page: see legacy.txt below.)
        try Data([0xEF, 0xBB, 0xBF, 0x61, 0xC3, 0x28, 0xFF, 0xFE, 0x62]).write(to: URL(fileURLWithPath: inbox + "/latin.txt"))
        try Data([0xC7, 0xE1, 0xDA, 0xD1, 0xC8, 0xED, 0xC9, 0x0A, 0xC3, 0x28]).write(to: URL(fileURLWithPath: inbox + "/legacy.txt"))
        try Data(repeating: 0x61, count: 4096).write(to: URL(fileURLWithPath: inbox + "/huge.txt"))
        XCTAssertEqual(symlink("/etc/passwd", inbox + "/passwd-link"), 0)
        XCTAssertEqual(mkfifo(inbox + "/pipe", 0o644), 0)
        XCTAssertEqual(mkdir(inbox + "/folder", 0o755), 0)
        FileManager.default.createFile(atPath: inbox + "/empty.txt", contents: nil)
        // Moved in rather than made there: due at once, judged by the lstat made when the move
        // was seen (no second one), and still refused without being opened.
        let outside = h.root.appendingPathComponent("outside").path
        XCTAssertEqual(mkdir(outside, 0o755), 0)
        XCTAssertEqual(mkfifo(outside + "/moved-pipe", 0o644), 0)
        XCTAssertEqual(mkdir(outside + "/moved-folder", 0o755), 0)
        XCTAssertEqual(rename(outside + "/moved-pipe", inbox + "/moved-pipe"), 0)
        XCTAssertEqual(rename(outside + "/moved-folder", inbox + "/moved-folder"), 0)

        let expected = ["program.bin": "binary", "latin.txt": "undecodable", "huge.txt": "too_big",
                        "passwd-link": "symlink", "pipe": "fifo", "folder": "directory", "empty.txt": "empty",
                        "moved-pipe": "fifo", "moved-folder": "directory"]
        try h.waitUntil("every bad file failed", timeout: 20) {
            Set(h.names(in: h.failed).filter { !$0.hasSuffix(".error") && $0 != "legacy.txt" }) == Set(expected.keys)
        }
        // Outcome lines are logged just after the file reaches failed/: wait for all of them.
        try h.waitUntil("every failed outcome logged", timeout: 5) {
            expected.allSatisfy { name, _ in h.outcomeLines("failed").contains { $0.contains("file=\(name) ") } }
        }
        for (name, reason) in expected {
            let errorFile = h.failed.appendingPathComponent(name + ".error")
            let report = try JSONSerialization.jsonObject(with: Data(contentsOf: errorFile)) as? [String: Any]
            XCTAssertEqual(report?["reason"] as? String, reason, name)
            XCTAssertEqual(report?["name"] as? String, name)
            XCTAssertFalse((report?["message"] as? String ?? "").isEmpty)
            XCTAssertNotNil(report?["time"] as? String)
            XCTAssertEqual(h.outcomeLines("failed").filter { $0.contains("file=\(name) ") && $0.contains("reason=\(reason)") }.count, 1, name)
        }
        // Invalid UTF-8 without a BOM reaches exactly one terminal state, whichever the core decides.
        try h.waitUntil("legacy.txt done", timeout: 10) {
            h.outcomeLines("processed").count + h.outcomeLines("failed").count == expected.count + 1
        }
        XCTAssertEqual(h.log.components(separatedBy: " file=legacy.txt ").count - 1, 1)
        // The symlink was moved, not followed: it still points at /etc/passwd, which is untouched.
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: h.failed.appendingPathComponent("passwd-link").path), "/etc/passwd")
        // The binary's error file names its hash; the too-big one was never read.
        let binary = try JSONSerialization.jsonObject(with: Data(contentsOf: h.failed.appendingPathComponent("program.bin.error"))) as? [String: Any]
        XCTAssertEqual((binary?["sha256"] as? String)?.count, 64)
        let huge = try JSONSerialization.jsonObject(with: Data(contentsOf: h.failed.appendingPathComponent("huge.txt.error"))) as? [String: Any]
        XCTAssertNil(huge?["sha256"])
        XCTAssertTrue(h.recordSourceNames().allSatisfy { $0 == "legacy.txt" })
        XCTAssertEqual(try h.stop(), 0)
    }

    func testAwkwardNames() throws {
        let h = try DaemonHarness()
        try h.start()
        let names: [[UInt8]] = [
            Array("with spaces in it.txt".utf8),
            Array("line\nbreak.txt".utf8),
            [0x6C, 0x61, 0x74, 0x69, 0x6E, 0xE9, 0xFF, 0x2E, 0x74, 0x78, 0x74],  // latin\xe9\xff.txt
            Array(String(repeating: "ب", count: 125).utf8) + Array("a.txt".utf8),  // 255 bytes
            Array("مقال عربي.txt".utf8),
        ]
        XCTAssertEqual(names[3].count, 255)
        for (i, name) in names.enumerated() {
            let path = Array(h.inbox.path.utf8) + [0x2F] + name + [0]
            let fd = path.withUnsafeBufferPointer { $0.baseAddress!.withMemoryRebound(to: CChar.self, capacity: path.count) { open($0, O_WRONLY | O_CREAT | O_EXCL, 0o644) } }
            XCTAssertGreaterThanOrEqual(fd, 0, "cannot create test file \(i)")
            let content = DaemonHarness.article(100 + i)
            _ = content.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        try h.waitUntil("five records", timeout: 20) { h.recordFiles().count == 5 }
        try h.waitUntil("five originals processed", timeout: 5) { h.outcomeLines("processed").count == 5 }
        let sourceNames = Set(h.recordSourceNames())
        XCTAssertTrue(sourceNames.contains("with spaces in it.txt"))
        XCTAssertTrue(sourceNames.contains("line\nbreak.txt"))
        // A newline in a name is written as \n in the outcome's message, so the entry stays one line.
        XCTAssertTrue(h.log.contains("Processed \"line\\nbreak.txt\": record "), h.log)
        XCTAssertTrue(sourceNames.contains("latin\u{FFFD}\u{FFFD}.txt"))
        XCTAssertTrue(sourceNames.contains(String(decoding: names[3], as: UTF8.self)))
        // Record names are readable and safe: no newline, no invalid UTF-8, within NAME_MAX.
        for record in h.recordFiles() {
            let n = record.lastPathComponent
            XCTAssertFalse(n.contains("\n"), n)
            XCTAssertFalse(n.contains("\u{FFFD}"), n)
            XCTAssertLessThanOrEqual(n.utf8.count, 255)
        }
        XCTAssertTrue(h.recordFiles().contains { $0.lastPathComponent.hasPrefix("مقال عربي.") })
        XCTAssertEqual(try h.stop(), 0)
        // Every original reached processed with its exact bytes as name.
        let processedCount = try FileManager.default.contentsOfDirectory(atPath: h.processed.path).count
        XCTAssertEqual(processedCount, 5)
    }
}
