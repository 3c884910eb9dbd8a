import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The daemon's life: the inbox disappearing, a full output, reloads, crash loops, polling.
final class OperationsTests: XCTestCase {
    func testInboxRemovedWhileRunningIsFatal() throws {
        let h = try DaemonHarness()
        let p = try h.start()
        try FileManager.default.removeItem(at: h.inbox)
        try h.waitUntil("articled exits", timeout: 10) { !p.isRunning }
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 2)
        XCTAssertTrue(h.log.contains("message_id=613382a7b0df4c6a955a6dcf23d84d6f"), h.log)
        XCTAssertTrue(h.log.contains("was deleted"), h.log)
    }

    func testInboxMovedAwayWhileRunningIsFatal() throws {
        let h = try DaemonHarness()
        let p = try h.start()
        XCTAssertEqual(rename(h.inbox.path, h.root.appendingPathComponent("elsewhere").path), 0)
        try h.waitUntil("articled exits", timeout: 10) { !p.isRunning }
        XCTAssertEqual(p.terminationStatus, 2)
        XCTAssertTrue(h.log.contains("moved away"), h.log)
    }

    func testInboxUnmountedWhileRunningIsFatal() throws {
        let h = try DaemonHarness()
        let mount = h.root.appendingPathComponent("mounted")
        try mountTmpfs(at: mount, size: "4m")
        defer { unmount(mount) }
        try FileManager.default.createDirectory(at: mount.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        let p = try h.start(arguments: ["--data-dir", mount.path])
        // Lazy, since the daemon holds the inbox open: the path no longer leads to it.
        XCTAssertEqual(try runCommand("/bin/umount", ["-l", mount.path]), 0)
        try h.waitUntil("articled exits", timeout: 10) { !p.isRunning }
        XCTAssertEqual(p.terminationStatus, 2)
        XCTAssertTrue(h.log.contains("message_id=613382a7b0df4c6a955a6dcf23d84d6f"), h.log)
    }

    func testMissingInboxIsAStartUpError() throws {
        let h = try DaemonHarness()
        try FileManager.default.removeItem(at: h.inbox)
        let p = try h.start(waitForStart: false)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 1)
        XCTAssertTrue(h.log.contains("folders.inbox"), h.log)
    }

    func testFullOutputKeepsInputsSafeAndRecoversByItself() throws {
        let h = try DaemonHarness()
        let output = h.root.appendingPathComponent("tiny")
        try mountTmpfs(at: output, size: "256k")
        defer { unmount(output) }
        try h.start(["output.retry_max_delay": "1s"], arguments: ["--output", output.path])
        // Fill the file system.
        let filler = output.appendingPathComponent("filler")
        FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        let block = Data(repeating: 0x20, count: 4096)
        while (try? handle.write(contentsOf: block)) != nil {}
        try? handle.close()

        let count = 30
        try h.drop(count, prefix: "full")
        try h.waitUntil("the output is reported blocked", timeout: 15) { h.log.contains("message_id=c3c8a8c6ffda4b0ab0624fd6eb867287") }
        Thread.sleep(forTimeInterval: 2)
        // Nothing lost, nothing failed: every input is still in the inbox or in processing.
        let waiting = h.names(in: h.inbox).count + h.names(in: h.processing.appendingPathComponent("main")).count
        XCTAssertEqual(waiting, count)
        XCTAssertTrue(h.names(in: h.failed).isEmpty)
        XCTAssertEqual(h.log.components(separatedBy: "message_id=c3c8a8c6ffda4b0ab0624fd6eb867287").count - 1, 1, "blocked is logged once per episode")

        try FileManager.default.removeItem(at: filler)
        try h.waitUntil("every record written after space came back", timeout: 30, poll: 0.2) {
            ((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).filter { $0.hasSuffix(".json") }.count == count
        }
        XCTAssertTrue(h.log.contains("message_id=b859c7d9cc354d72939dcf9493735c8d"), "recovery not logged")
        try h.waitUntil("all processed", timeout: 10) { h.outcomeLines("processed").count == count }
        XCTAssertEqual(try h.stop(), 0)
    }

    func testReadOnlyOutputRecovers() throws {
        let h = try DaemonHarness()
        let output = h.root.appendingPathComponent("ro")
        try mountTmpfs(at: output, size: "4m")
        defer { unmount(output) }
        try h.start(["output.retry_max_delay": "1s"], arguments: ["--output", output.path])
        XCTAssertEqual(try runCommand("/bin/mount", ["-o", "remount,ro", output.path]), 0)
        try h.drop(5, prefix: "ro")
        try h.waitUntil("blocked", timeout: 15) { h.log.contains("message_id=c3c8a8c6ffda4b0ab0624fd6eb867287") }
        XCTAssertTrue(h.log.contains("Read-only file system"), h.log)
        XCTAssertEqual(try runCommand("/bin/mount", ["-o", "remount,rw", output.path]), 0)
        try h.waitUntil("processed", timeout: 20) { h.outcomeLines("processed").count == 5 }
        XCTAssertEqual(try h.stop(), 0)
    }

    func testFileLeftInProcessingIsRecoveredAndACrashLooperIsQuarantined() throws {
        let h = try DaemonHarness()
        let area = h.processing.appendingPathComponent("main")
        try FileManager.default.createDirectory(at: area, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: h.state, withIntermediateDirectories: true)
        try DaemonHarness.article(1).write(to: area.appendingPathComponent("survivor.txt"))
        try DaemonHarness.article(2).write(to: area.appendingPathComponent("poison.txt"))
        // poison.txt was already in processing at two earlier crashes.
        let key = Array("poison.txt".utf8).map { String(format: "%02x", $0) }.joined()
        try Data("{\"\(key)\":2}".utf8).write(to: h.state.appendingPathComponent("crash-counts.main.json"))
        try h.start(["files.max_crashes": "3"])
        try h.waitUntil("survivor processed and poison quarantined", timeout: 15) {
            h.recordSourceNames() == ["survivor.txt"] && FileManager.default.fileExists(atPath: h.failed.appendingPathComponent("poison.txt.error").path)
        }
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: h.failed.appendingPathComponent("poison.txt.error"))) as? [String: Any]
        XCTAssertEqual(report?["reason"] as? String, "crashed")
        XCTAssertTrue(h.log.contains("message_id=009ba74423864fca8da01553b9c7a52e"))
        XCTAssertEqual(try h.stop(), 0)
        // Counts of finished files are forgotten.
        let counts = try JSONSerialization.jsonObject(with: Data(contentsOf: h.state.appendingPathComponent("crash-counts.main.json"))) as? [String: Int]
        XCTAssertEqual(counts ?? ["x": 1], [:])
    }

    func testOrphanedProcessingAreaOfADeadInstanceIsRecovered() throws {
        let h = try DaemonHarness()
        let dead = h.processing.appendingPathComponent("gone")
        try FileManager.default.createDirectory(at: dead, withIntermediateDirectories: true)
        try DaemonHarness.article(3).write(to: dead.appendingPathComponent("orphan.txt"))
        try h.start()
        try h.waitUntil("orphan processed", timeout: 10) { h.recordSourceNames() == ["orphan.txt"] }
        XCTAssertEqual(try h.stop(), 0)
    }

    func testSecondDaemonWithTheSameInstanceIsRefused() throws {
        let h = try DaemonHarness()
        let first = try h.start()
        let second = try h.start(waitForStart: false)
        second.waitUntilExit()
        XCTAssertEqual(second.terminationStatus, 1)
        XCTAssertTrue(h.log.contains("daemon.instance"), h.log)
        kill(first.processIdentifier, SIGTERM)
        first.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 0)
    }

    func testFoldersOnDifferentFileSystemsAreRefused() throws {
        let h = try DaemonHarness()
        let other = h.root.appendingPathComponent("otherfs")
        try mountTmpfs(at: other, size: "1m")
        defer { unmount(other) }
        let p = try h.start(arguments: ["--processed", other.path], waitForStart: false)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 1)
        XCTAssertTrue(h.log.contains("folders.processed"), h.log)
        XCTAssertTrue(h.log.contains("same file system"), h.log)
    }

    func testPollingMode() throws {
        let h = try DaemonHarness()
        try h.start(["detection.watch": "poll", "detection.poll_interval": "300ms"])
        XCTAssertTrue(h.log.contains("polling"), h.log)
        try DaemonHarness.article(5).write(to: h.inbox.appendingPathComponent("polled.txt"))
        try h.waitUntil("a record", timeout: 10) { h.recordSourceNames() == ["polled.txt"] }
        try FileManager.default.removeItem(at: h.inbox)
        try h.waitUntil("articled exits when the polled inbox is gone", timeout: 10) { !(h.process?.isRunning ?? false) }
        XCTAssertEqual(h.process?.terminationStatus, 2)
    }

    func testSigtermStopsCleanlyAndHandsBackQueuedFiles() throws {
        let h = try DaemonHarness()
        try h.start(["daemon.workers": "1", "daemon.log_level": "info"])
        try h.drop(2000, prefix: "term")
        try h.waitUntil("work started", timeout: 20, poll: 0.01) { h.recordFiles().count > 0 }
        let started = Date()
        XCTAssertEqual(try h.stop(), 0)
        XCTAssertLessThan(Date().timeIntervalSince(started), 8)
        XCTAssertTrue(h.log.contains("message_id=79196b76c6bb40b790ac145e34a220cc"))
        // Every file is in exactly one place: a record, or back in the inbox / processing.
        let done = Set(h.recordSourceNames())
        let waiting = Set(h.names(in: h.inbox) + h.names(in: h.processing.appendingPathComponent("main")))
        XCTAssertTrue(done.isDisjoint(with: waiting))
        XCTAssertEqual(done.count + waiting.count, 2000)
        // The next run finishes the rest.
        try h.start(["daemon.log_level": "info"])
        try h.waitUntil("all done", timeout: 120, poll: 0.2) { h.recordFiles().count == 2000 }
        XCTAssertEqual(try h.stop(), 0)
    }

    func testInotifyQueueOverflowTriggersARescan() throws {
        try requireRoot("lower fs.inotify.max_queued_events for the daemon's inotify instance")
        let sysctl = "/proc/sys/fs/inotify/max_queued_events"
        let original = try String(contentsOfFile: sysctl, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let h = try DaemonHarness()
        // The limit applies to inotify instances created while it is set: only the daemon's.
        try "16\n".write(toFile: sysctl, atomically: false, encoding: .utf8)
        do {
            try h.start(["detection.reconcile_interval": "0", "daemon.log_level": "info"])
            try (original + "\n").write(toFile: sysctl, atomically: false, encoding: .utf8)
        } catch {
            try? (original + "\n").write(toFile: sysctl, atomically: false, encoding: .utf8)
            throw error
        }
        try h.drop(400, prefix: "burst")
        try h.waitUntil("all processed", timeout: 60, poll: 0.2) { h.outcomeLines("processed").count == 400 }
        XCTAssertTrue(h.log.contains("message_id=ca95cf7d2f4147ee93b84898e196bf46"), "no rescan logged")
        XCTAssertEqual(h.recordFiles().count, 400)
        XCTAssertEqual(try h.stop(), 0)
    }
}
