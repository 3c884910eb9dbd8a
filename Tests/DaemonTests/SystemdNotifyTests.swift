import Foundation
import Glibc
import TestSupport
import XCTest

/// The real `articled run` talking to a NOTIFY_SOCKET that the test opens, as systemd would:
/// READY=1 once the watch is set and the start-up scan is queued, STATUS= kept current, WATCHDOG=1
/// from the work loop, RELOADING=1 then READY=1 on SIGHUP, STOPPING=1 on SIGTERM.
final class SystemdNotifyTests: XCTestCase {
    private var root: URL!
    private var listener: NotifySocketListener!
    private var daemon: Process?
    private var seen: [NotifySocketListener.Datagram] = []

    override func setUpWithError() throws {
        root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("articled-notify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        listener = try NotifySocketListener()
    }

    override func tearDown() {
        if let daemon, daemon.isRunning {
            kill(daemon.processIdentifier, SIGKILL)
            daemon.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: root)
        listener = nil
    }

    private var binary: URL {
        // The executable sits beside the test bundle in .build/<configuration>.
        let beside = Bundle(for: SystemdNotifyTests.self).bundleURL.deletingLastPathComponent().appendingPathComponent("articled")
        return FileManager.default.isExecutableFile(atPath: beside.path)
            ? beside : Bundle.main.bundleURL.appendingPathComponent("articled")
    }

    /// A short article of our own (not the shared sample), different each time.
    private func article(_ number: Int) -> String {
        "خبر رقم \(number)\nمراسل الاختبار\nقال المتحدث في عمان يوم الأحد إن الاجتماع رقم \(number) انتهى باتفاق.\n"
    }

    private func drop(_ name: String, _ text: String) throws {
        let temporary = root.appendingPathComponent(".\(name).part")
        try Data(text.utf8).write(to: temporary)
        XCTAssertEqual(rename(temporary.path, root.appendingPathComponent("inbox/\(name)").path), 0)
    }

    private func startDaemon(watchdogUsec: Int) throws {
        let p = Process()
        p.executableURL = binary
        p.arguments = ["run", "--data-dir", root.path, "--set", "detection.quiet_period=200ms",
                       "--set", "daemon.stop_timeout=5s", "--set", "detection.reconcile_interval=0"]
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = listener.path
        // Without WATCHDOG_PID the setting applies to whichever process reads it: the daemon.
        environment["WATCHDOG_USEC"] = String(watchdogUsec)
        environment["WATCHDOG_PID"] = nil
        // An empty configuration file: the test must not depend on /etc/articled/articled.conf.
        let config = root.appendingPathComponent("articled.conf")
        try Data().write(to: config)
        environment["ARTICLED_CONFIG"] = config.path
        p.environment = environment
        p.standardOutput = FileHandle.nullDevice
        let log = root.appendingPathComponent("daemon.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        p.standardError = try FileHandle(forWritingTo: log)
        try p.run()
        daemon = p
    }

    /// The counts in a STATUS line such as "watching … with inotify: 2 processed, 0 duplicate,
    /// 0 failed, 0 queued, 1 waiting".
    private func counts(_ status: String) -> [String: Int] {
        var result: [String: Int] = [:]
        let words = status.replacingOccurrences(of: ",", with: " ").replacingOccurrences(of: ";", with: " ")
            .split(separator: " ").map(String.init)
        for (index, word) in words.enumerated().dropFirst() {
            if let value = Int(words[index - 1]) { result[word] = value }
        }
        return result
    }

    private func next(_ what: String, timeout: Duration = .seconds(20), file: StaticString = #filePath, line: UInt = #line,
                      where done: (NotifySocketListener.Datagram) -> Bool) -> NotifySocketListener.Datagram? {
        let found = listener.receive(until: done, timeout: timeout, into: &seen)
        if found == nil {
            let log = (try? String(contentsOf: root.appendingPathComponent("daemon.log"), encoding: .utf8)) ?? ""
            XCTFail("no \(what) within \(timeout); received: \(seen.map(\.text)); daemon log:\n\(log)", file: file, line: line)
        }
        return found
    }

    func testReadyAfterStartupScanThenStatusWatchdogReloadAndStop() throws {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw XCTSkip("SKIPPED: build articled first (swift build)")
        }
        // Two files wait in the inbox before the daemon starts: the start-up scan must queue them.
        try drop("before-1.txt", article(1))
        try drop("before-2.txt", article(2))
        try startDaemon(watchdogUsec: 2_000_000)

        // READY=1 comes once, with a status that already counts the two files found by the scan.
        let ready = try XCTUnwrap(next("READY=1") { $0.fields["READY"] == "1" })
        let readyStatus = try XCTUnwrap(ready.fields["STATUS"], "READY=1 without STATUS=")
        XCTAssertTrue(readyStatus.contains("inbox"), readyStatus)
        let atReady = counts(readyStatus)
        let known = ["processed", "duplicate", "failed", "queued", "waiting"].reduce(0) { $0 + (atReady[$1] ?? 0) }
        XCTAssertEqual(known, 2, "the start-up scan was not queued before READY=1: \(readyStatus)")
        XCTAssertFalse(seen.dropLast().contains { $0.fields["READY"] != nil }, "READY before the scan: \(seen.map(\.text))")

        // STATUS= keeps up: the two files end up processed, and a file dropped now as well.
        try drop("after-3.txt", article(3))
        _ = next("STATUS= with 3 processed") { counts($0.fields["STATUS"] ?? "")["processed"] == 3 }

        // WATCHDOG=1 about every half interval (1 s here) while the daemon works, never a gap as
        // long as the 2 s limit after which systemd would kill it.
        let watchStart = ContinuousClock.now
        try drop("during-watch-4.txt", article(4))
        while ContinuousClock.now - watchStart < .seconds(3) {
            if let datagram = listener.receive(timeout: .milliseconds(100)) { seen.append(datagram) }
        }
        let pings = seen.filter { $0.fields["WATCHDOG"] == "1" && $0.arrival >= watchStart }.map(\.arrival)
        XCTAssertGreaterThanOrEqual(pings.count, 2, "too few WATCHDOG=1 in 3 s: \(pings.count)")
        for (earlier, later) in zip([watchStart] + pings, pings) {
            XCTAssertLessThan(later - earlier, .seconds(2), "a gap between WATCHDOG=1 pings reached the 2 s limit")
        }

        // SIGHUP: RELOADING=1 (with MONOTONIC_USEC), then READY=1 again.
        let beforeReload = seen.count
        kill(daemon!.processIdentifier, SIGHUP)
        let reloading = try XCTUnwrap(next("RELOADING=1") { $0.fields["RELOADING"] == "1" })
        XCTAssertNotNil(reloading.fields["MONOTONIC_USEC"].flatMap { UInt64($0) }, reloading.text)
        _ = next("READY=1 after RELOADING=1") { $0.fields["READY"] == "1" }
        let afterHangup = Array(seen[beforeReload...])
        let reloadingIndex = afterHangup.firstIndex { $0.fields["RELOADING"] == "1" }
        let readyIndex = afterHangup.firstIndex { $0.fields["READY"] == "1" }
        XCTAssertNotNil(reloadingIndex)
        XCTAssertNotNil(readyIndex)
        if let reloadingIndex, let readyIndex { XCTAssertLessThan(reloadingIndex, readyIndex, "READY=1 came before RELOADING=1") }

        // SIGTERM: STOPPING=1, then a clean exit.
        kill(daemon!.processIdentifier, SIGTERM)
        let stopping = try XCTUnwrap(next("STOPPING=1") { $0.fields["STOPPING"] == "1" })
        XCTAssertNotNil(stopping.fields["STATUS"])
        daemon!.waitUntilExit()
        XCTAssertEqual(daemon!.terminationReason, .exit)
        XCTAssertEqual(daemon!.terminationStatus, 0)
        let records = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("records").path)
        XCTAssertEqual(records.filter { $0.hasSuffix(".json") }.count, 4, "\(records)")
    }

    func testIdleDaemonKeepsSendingWatchdog() throws {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw XCTSkip("SKIPPED: build articled first (swift build)")
        }
        try startDaemon(watchdogUsec: 1_000_000)
        _ = next("READY=1") { $0.fields["READY"] == "1" }
        let start = ContinuousClock.now
        while ContinuousClock.now - start < .seconds(3) {
            if let datagram = listener.receive(timeout: .milliseconds(50)) { seen.append(datagram) }
        }
        let pings = seen.filter { $0.fields["WATCHDOG"] == "1" && $0.arrival >= start }.map(\.arrival)
        XCTAssertGreaterThanOrEqual(pings.count, 3, "an idle daemon must keep pinging: \(pings.count) WATCHDOG=1 in 3 s")
        for (earlier, later) in zip([start] + pings, pings) {
            XCTAssertLessThan(later - earlier, .seconds(1), "an idle daemon let the 1 s watchdog run out")
        }
        kill(daemon!.processIdentifier, SIGTERM)
        daemon!.waitUntilExit()
        XCTAssertEqual(daemon!.terminationStatus, 0)
    }
}
