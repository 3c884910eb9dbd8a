import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Every common way files arrive in the inbox gives exactly one record with the whole content.
final class WritePatternTests: XCTestCase {
    var harness: DaemonHarness!

    override func setUpWithError() throws {
        harness = try DaemonHarness()
        try harness.start()
    }

    override func tearDownWithError() throws {
        if let h = harness { XCTAssertEqual(try h.stop(), 0, h.log) }
        harness = nil
    }

    private func expectRecord(named name: String, content: Data, timeout: TimeInterval = 15) throws {
        try harness.waitUntil("a record for \(name)", timeout: timeout) { harness.recordSourceNames().contains(name) }
        let record = harness.parsedRecords().first { ($0["source"] as? [String: Any])?["name"] as? String == name }
        XCTAssertEqual(record?["text"] as? String, String(decoding: content, as: UTF8.self))
        XCTAssertFalse(FileManager.default.fileExists(atPath: harness.inbox.appendingPathComponent(name).path), "original left in the inbox")
        try harness.waitUntil("the original of \(name) in processed", timeout: 5) {
            harness.names(in: harness.processed).contains(name)
        }
        // The outcome is logged just after the original leaves processing: wait for the line, then
        // check there is exactly one.
        let h = harness!
        let outcomes = { h.outcomeLines("processed").filter { $0.contains("file=\(name)") }.count }
        try harness.waitUntil("the processed outcome of \(name) logged", timeout: 5) { outcomes() >= 1 }
        XCTAssertEqual(outcomes(), 1)
    }

    /// Writes `content` beside the inbox, then renames it in (a complete file appears at once).
    private func moveIn(_ content: Data, as name: String) throws {
        try content.write(to: harness.root.appendingPathComponent(name))
        XCTAssertEqual(rename(harness.root.appendingPathComponent(name).path, harness.inbox.appendingPathComponent(name).path), 0)
    }

    func testCp() throws {
        let source = harness.root.appendingPathComponent("source.txt")
        try DaemonHarness.article(1).write(to: source)
        XCTAssertEqual(try runCommand("/bin/cp", [source.path, harness.inbox.appendingPathComponent("cp.txt").path]), 0)
        try expectRecord(named: "cp.txt", content: DaemonHarness.article(1))
    }

    func testMvWithinFileSystem() throws {
        let source = harness.root.appendingPathComponent("staged.txt")
        try DaemonHarness.article(2).write(to: source)
        XCTAssertEqual(try runCommand("/bin/mv", [source.path, harness.inbox.appendingPathComponent("mv.txt").path]), 0)
        try expectRecord(named: "mv.txt", content: DaemonHarness.article(2))
    }

    func testMvFromAnotherFileSystem() throws {
        let mountPoint = harness.root.appendingPathComponent("otherfs")
        try mountTmpfs(at: mountPoint, size: "4m")
        defer { unmount(mountPoint) }
        let source = mountPoint.appendingPathComponent("far.txt")
        try DaemonHarness.article(3).write(to: source)
        XCTAssertEqual(try runCommand("/bin/mv", [source.path, harness.inbox.appendingPathComponent("far.txt").path]), 0)
        try expectRecord(named: "far.txt", content: DaemonHarness.article(3))
    }

    func testHardLink() throws {
        let source = harness.root.appendingPathComponent("linked.txt")
        try DaemonHarness.article(4).write(to: source)
        XCTAssertEqual(link(source.path, harness.inbox.appendingPathComponent("hardlink.txt").path), 0)
        try expectRecord(named: "hardlink.txt", content: DaemonHarness.article(4))
        // The other link is untouched.
        XCTAssertEqual(try Data(contentsOf: source), DaemonHarness.article(4))
    }

    func testRsyncStyleTempFileThenRename() throws {
        // What rsync does: write `.name.XXXXXX` in place, then rename it to `name`.
        let temp = harness.inbox.appendingPathComponent(".rsynced.txt.Ab12Cd")
        let handle = try FileHandle(forWritingTo: { FileManager.default.createFile(atPath: temp.path, contents: nil); return temp }())
        let content = DaemonHarness.article(5)
        handle.write(content.prefix(10))
        Thread.sleep(forTimeInterval: 0.6)
        handle.write(content.dropFirst(10))
        try handle.close()
        Thread.sleep(forTimeInterval: 0.6)
        XCTAssertTrue(harness.recordFiles().isEmpty, "the dot-file temporary was taken")
        XCTAssertEqual(rename(temp.path, harness.inbox.appendingPathComponent("rsynced.txt").path), 0)
        try expectRecord(named: "rsynced.txt", content: content)
    }

    func testRealRsync() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/rsync") else {
            throw XCTSkip("SKIPPED: rsync is not installed (scripts/setup.sh installs it)")
        }
        let source = harness.root.appendingPathComponent("rsync-source.txt")
        try DaemonHarness.article(6).write(to: source)
        XCTAssertEqual(try runCommand("/usr/bin/rsync", [source.path, harness.inbox.appendingPathComponent("rsync.txt").path]), 0)
        try expectRecord(named: "rsync.txt", content: DaemonHarness.article(6))
    }

    func testSlowWriterWithPausesShorterThanTheQuietPeriod() throws {
        // Opens, appends a chunk, closes, pauses 150 ms (quiet period: 300 ms), again and again:
        // every close is an IN_CLOSE_WRITE, yet the file must be taken only when complete.
        let target = harness.inbox.appendingPathComponent("slow.txt")
        var content = Data()
        for i in 0..<8 {
            let chunk = Data("سطر \(i) من مقال يكتب ببطء.\n".utf8)
            content.append(chunk)
            let fd = open(target.path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            XCTAssertGreaterThanOrEqual(fd, 0)
            _ = chunk.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            Thread.sleep(forTimeInterval: 0.15)
        }
        try expectRecord(named: "slow.txt", content: content)
        XCTAssertEqual(harness.recordFiles().count, 1)
    }

    func testSlowWriterKeepingTheFileOpen() throws {
        let target = harness.inbox.appendingPathComponent("open.txt")
        let fd = open(target.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        XCTAssertGreaterThanOrEqual(fd, 0)
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var content = Data()
        for i in 0..<6 {
            let chunk = Data("جزء \(i).\n".utf8)
            content.append(chunk)
            handle.write(chunk)
            Thread.sleep(forTimeInterval: 0.2)
        }
        try handle.close()
        try expectRecord(named: "open.txt", content: content)
        XCTAssertEqual(harness.recordFiles().count, 1)
    }

    func testStalledWriterIsNotTakenHalfWritten() throws {
        // A writer (a stalled scp, a slow scraper) keeps the file open and pauses longer than the
        // quiet period and the reconcile interval: the file is taken only after it is closed.
        // (Created with open(2) in place, as such writers do; FileManager.createFile would
        // create it elsewhere and move it in, which says "complete".)
        let target = harness.inbox.appendingPathComponent("stalled.txt")
        let fd = open(target.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        XCTAssertGreaterThanOrEqual(fd, 0)
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        let content = DaemonHarness.article(11)
        handle.write(content.prefix(20))
        Thread.sleep(forTimeInterval: 2.5)
        XCTAssertTrue(harness.recordFiles().isEmpty, "a half-written file was taken")
        XCTAssertTrue(harness.names(in: harness.failed).isEmpty, "a half-written file was taken")
        handle.write(content.dropFirst(20))
        close(fd)
        try expectRecord(named: "stalled.txt", content: content)
    }

    func testEmptyFileWrittenLater() throws {
        // touch, then write a little later (within detection.empty_file_wait = 3s).
        let target = harness.inbox.appendingPathComponent("later.txt")
        FileManager.default.createFile(atPath: target.path, contents: nil)
        Thread.sleep(forTimeInterval: 1.2)
        XCTAssertTrue(harness.names(in: harness.failed).isEmpty, "the empty file was failed before it was written")
        let content = DaemonHarness.article(7)
        try content.write(to: target)
        try expectRecord(named: "later.txt", content: content)
        XCTAssertTrue(harness.names(in: harness.failed).isEmpty)
    }

    func testSameContentAgainIsADuplicate() throws {
        try moveIn(DaemonHarness.article(8), as: "one.txt")
        try expectRecord(named: "one.txt", content: DaemonHarness.article(8))
        try moveIn(DaemonHarness.article(8), as: "two.txt")
        try harness.waitUntil("a duplicate outcome", timeout: 10) { !harness.outcomeLines("duplicate").isEmpty }
        XCTAssertEqual(harness.recordFiles().count, 1, "a second record for the same content")
        XCTAssertTrue(harness.outcomeLines("duplicate")[0].contains("file=two.txt"))
        try harness.waitUntil("two.txt moved away", timeout: 5) { harness.names(in: harness.processed).contains("two.txt") }
    }

    /// The duplicate index lives on disk (`records/.index`, one link per content), so it
    /// survives a restart and names the record that already holds the content.
    func testSameContentAfterARestartIsADuplicateOfTheFirstRecord() throws {
        try moveIn(DaemonHarness.article(10), as: "first.txt")
        try expectRecord(named: "first.txt", content: DaemonHarness.article(10))
        let record = try XCTUnwrap(harness.recordFiles().first)
        XCTAssertEqual(try harness.stop(), 0, harness.log)
        try harness.start()
        try moveIn(DaemonHarness.article(10), as: "again.txt")
        try harness.waitUntil("a duplicate outcome", timeout: 10) { !harness.allOutcomeLines("duplicate").isEmpty }
        let line = harness.allOutcomeLines("duplicate")[0]
        XCTAssertTrue(line.contains("file=again.txt"), line)
        XCTAssertTrue(line.contains("output=\(record.path)"), "the duplicate does not name \(record.lastPathComponent): \(line)")
        XCTAssertEqual(harness.recordFiles().count, 1, "a second record for the same content")
    }

    /// A records folder made before the on-disk index (no `records/.index`) gets one built from
    /// its listing at start-up: its contents are duplicates, the index names their records.
    func testRecordsFolderWithoutAnIndexGetsOneAtStartUp() throws {
        try moveIn(DaemonHarness.article(11), as: "old.txt")
        try expectRecord(named: "old.txt", content: DaemonHarness.article(11))
        let record = try XCTUnwrap(harness.recordFiles().first)
        XCTAssertEqual(try harness.stop(), 0, harness.log)
        let index = harness.records.appendingPathComponent(".index")
        let hash = String(record.deletingPathExtension().pathExtension)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: index.appendingPathComponent(hash).path),
                       record.lastPathComponent)
        try FileManager.default.removeItem(at: index)
        try harness.start()
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: index.appendingPathComponent(hash).path),
                       record.lastPathComponent, "the index was not rebuilt from the records folder")
        XCTAssertFalse(FileManager.default.fileExists(atPath: harness.records.appendingPathComponent(".index.building").path))
        try moveIn(DaemonHarness.article(11), as: "same.txt")
        try harness.waitUntil("a duplicate outcome", timeout: 10) { !harness.allOutcomeLines("duplicate").isEmpty }
        XCTAssertTrue(harness.allOutcomeLines("duplicate")[0].contains("output=\(record.path)"), harness.allLogs)
        XCTAssertEqual(harness.recordFiles().count, 1)
    }

    /// A consumer that deletes a record frees its content: dropping it again makes a new record
    /// (the index's link to the deleted record is stale and replaced).
    func testContentWhoseRecordWasDeletedIsRecordedAgain() throws {
        try moveIn(DaemonHarness.article(12), as: "kept.txt")
        try expectRecord(named: "kept.txt", content: DaemonHarness.article(12))
        try FileManager.default.removeItem(at: try XCTUnwrap(harness.recordFiles().first))
        try moveIn(DaemonHarness.article(12), as: "again.txt")
        try expectRecord(named: "again.txt", content: DaemonHarness.article(12))
        XCTAssertTrue(harness.outcomeLines("duplicate").isEmpty, harness.log)
        let record = try XCTUnwrap(harness.recordFiles().first)
        let hash = String(record.deletingPathExtension().pathExtension)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(
            atPath: harness.records.appendingPathComponent(".index").appendingPathComponent(hash).path), record.lastPathComponent)
    }

    func testIgnoredNamesStayInTheInbox() throws {
        for name in ["draft.txt.part", "download.crdownload", ".hidden", "notes.txt~", ".DS_Store", "Thumbs.db", ".article.txt.swp", "x.tmp"] {
            try Data("x".utf8).write(to: harness.inbox.appendingPathComponent(name))
        }
        try DaemonHarness.article(9).write(to: harness.inbox.appendingPathComponent("real.txt"))
        try expectRecord(named: "real.txt", content: DaemonHarness.article(9))
        Thread.sleep(forTimeInterval: 1.5) // a reconcile scan passes: still logged once each
        XCTAssertEqual(Set(harness.names(in: harness.inbox) + [".hidden", ".DS_Store", ".article.txt.swp"]).count, 8)
        XCTAssertEqual(harness.outcomeLines("ignored").count, 8, harness.log)
        XCTAssertEqual(harness.recordFiles().count, 1)
    }
}
