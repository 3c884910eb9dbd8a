import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Many files at once, and a hard kill in the middle of a run.
final class FloodTests: XCTestCase {
    func testTenThousandFilesAllProcessedNoneTwice() throws {
        let h = try DaemonHarness()
        try h.start(["daemon.log_level": "info"])
        let count = 10_000
        let start = Date()
        try h.drop(count, prefix: "flood")
        try h.waitUntil("\(count) records", timeout: 400, poll: 0.5) { h.recordFiles().count >= count }
        try h.waitUntil("\(count) processed outcomes", timeout: 30, poll: 0.2) { h.outcomeLines("processed").count >= count }
        let seconds = Date().timeIntervalSince(start)
        print("flood: \(count) files in \(String(format: "%.1f", seconds)) s = \(String(format: "%.0f", Double(count) / seconds)) files/s (debug build, includes dropping the files)")
        XCTAssertEqual(try h.stop(), 0)
        XCTAssertEqual(h.recordFiles().count, count)
        XCTAssertEqual(h.outcomeLines("processed").count, count, "some file was processed twice (or not logged)")
        XCTAssertEqual(Set(h.recordSourceNames()).count, count)
        XCTAssertEqual(h.names(in: h.processed).count, count)
        XCTAssertTrue(h.names(in: h.inbox).isEmpty)
        XCTAssertTrue(h.names(in: h.failed).isEmpty)
    }

    /// A backlog bigger than the daemon's scan window (8,192 files tracked at once) is worked
    /// through by rescans made when the window runs low, not by the periodic reconcile scan
    /// (turned off here). Binary files are failed quickly, so the test stays short.
    func testStartUpBacklogBiggerThanTheScanWindowIsAllTaken() throws {
        let h = try DaemonHarness()
        let count = 10_000
        for i in 0..<count {
            try Data([0, 1, 2] + Array("\(i)".utf8)).write(to: h.inbox.appendingPathComponent(String(format: "backlog-%05d.bin", i)))
        }
        try h.start(["daemon.log_level": "info", "detection.reconcile_interval": "0"])
        // Wait for the outcomes, not for an empty inbox: claimed files still queued at a stop
        // are handed back to the inbox.
        try h.waitUntil("every file failed", timeout: 300, poll: 0.5) {
            h.names(in: h.failed).filter { !$0.hasSuffix(".error") }.count >= count
        }
        XCTAssertEqual(try h.stop(), 0)
        XCTAssertTrue(h.names(in: h.inbox).isEmpty)
        let failed = h.names(in: h.failed)
        XCTAssertEqual(failed.filter { !$0.hasSuffix(".error") }.count, count)
        XCTAssertEqual(failed.filter { $0.hasSuffix(".error") }.count, count)
        XCTAssertEqual(h.outcomeLines("failed").count, count, "a file failed twice or was not logged")
    }

    func testSigkillMidRunThenRestartLosesNothingAndTearsNothing() throws {
        let h = try DaemonHarness()
        let count = 1_000
        try h.start(["daemon.log_level": "info"])
        try h.drop(count, prefix: "kill")
        try h.waitUntil("some records", timeout: 60, poll: 0.01) { h.recordFiles().count >= 150 }
        h.killHard()
        let atKill = h.recordFiles().count
        XCTAssertLessThan(atKill, count, "the run finished before the kill; the test proves nothing")
        // Every record visible right after the kill is whole.
        XCTAssertEqual(h.parsedRecords().count, atKill)

        try h.start(["daemon.log_level": "info"])
        try h.waitUntil("every file has a record", timeout: 120, poll: 0.2) { h.recordFiles().count >= count }
        try h.waitUntil("inbox and processing empty", timeout: 30, poll: 0.2) {
            h.names(in: h.inbox).isEmpty && h.names(in: h.processing.appendingPathComponent("main")).isEmpty
        }
        XCTAssertEqual(try h.stop(), 0)
        let names = h.recordSourceNames()
        XCTAssertEqual(names.count, count, "records: \(names.count)")
        XCTAssertEqual(Set(names).count, count, "a file has two records")
        XCTAssertTrue(h.names(in: h.failed).isEmpty)
        // No temporary file outlives the restart.
        let temps = (try? FileManager.default.contentsOfDirectory(atPath: h.records.appendingPathComponent(".tmp").path)) ?? []
        XCTAssertTrue(temps.isEmpty, "\(temps)")
        XCTAssertEqual(h.names(in: h.processed).count, count)
        // A file whose record was written just before the kill is recognised as processed on
        // restart, not as a duplicate of itself.
        XCTAssertTrue(h.allOutcomeLines("duplicate").isEmpty, h.allOutcomeLines("duplicate").prefix(3).joined(separator: "\n"))
        XCTAssertLessThanOrEqual(h.allOutcomeLines("processed").count, count)
        XCTAssertGreaterThan(h.allOutcomeLines("processed").count, count - 2 * 32)
    }

    /// Two daemons writing into one records folder share its index: the same content dropped
    /// under many names at once gets one record, whichever daemon takes which file.
    func testTwoDaemonsShareOneDuplicateIndex() throws {
        let h = try DaemonHarness()
        let a = try h.start(["daemon.log_level": "info"], instance: "a")
        let b = try h.start(["daemon.log_level": "info"], instance: "b")
        let staging = h.root.appendingPathComponent("staging-same")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        let count = 200
        for i in 0..<count { try DaemonHarness.article(i % 10, tag: "same").write(to: staging.appendingPathComponent("copy-\(i).txt")) }
        for i in 0..<count {
            XCTAssertEqual(rename(staging.appendingPathComponent("copy-\(i).txt").path, h.inbox.appendingPathComponent("copy-\(i).txt").path), 0)
        }
        try h.waitUntil("all taken", timeout: 120, poll: 0.2) {
            h.allOutcomeLines("processed").count + h.allOutcomeLines("duplicate").count >= count
        }
        for p in [a, b] { kill(p.processIdentifier, SIGTERM); p.waitUntilExit(); XCTAssertEqual(p.terminationStatus, 0) }
        XCTAssertEqual(h.allOutcomeLines("processed").count, 10, h.allLogs)
        XCTAssertEqual(h.allOutcomeLines("duplicate").count, count - 10)
        XCTAssertEqual(h.recordFiles().count, 10, "one content got two records")
    }

    func testTwoDaemonsOnOneInboxNeverProcessAFileTwice() throws {
        let h = try DaemonHarness()
        let a = try h.start(["daemon.log_level": "info"], instance: "a")
        let b = try h.start(["daemon.log_level": "info"], instance: "b")
        let count = 1_000
        try h.drop(count, prefix: "shared")
        try h.waitUntil("all processed", timeout: 120, poll: 0.2) {
            h.allOutcomeLines("processed").count + h.allOutcomeLines("duplicate").count >= count
        }
        for p in [a, b] { kill(p.processIdentifier, SIGTERM); p.waitUntilExit(); XCTAssertEqual(p.terminationStatus, 0) }
        let processed = h.allOutcomeLines("processed")
        XCTAssertEqual(processed.count, count, "a file was processed twice")
        XCTAssertTrue(h.allOutcomeLines("duplicate").isEmpty)
        XCTAssertEqual(Set(h.recordSourceNames()).count, count)
        XCTAssertEqual(h.recordFiles().count, count)
        // Both did work (the claim race is real).
        let byA = try String(contentsOf: h.root.appendingPathComponent("daemon-a-1.log"), encoding: .utf8).components(separatedBy: " outcome=processed ").count - 1
        XCTAssertGreaterThan(byA, 0)
        XCTAssertLessThan(byA, count)
    }
}
