import Foundation
import Glibc
import TestSupport
import XCTest
@testable import Systemd

/// SystemdNotifier against a real NOTIFY_SOCKET datagram socket opened by the test.
final class NotifySocketTests: XCTestCase {
    private var listener: NotifySocketListener!
    private var savedNotifySocket: String?

    override func setUpWithError() throws {
        savedNotifySocket = getenv("NOTIFY_SOCKET").map { String(cString: $0) }
        listener = try NotifySocketListener()
        setenv("NOTIFY_SOCKET", listener.path, 1)
    }

    override func tearDown() {
        if let saved = savedNotifySocket { setenv("NOTIFY_SOCKET", saved, 1) } else { unsetenv("NOTIFY_SOCKET") }
        unsetenv("WATCHDOG_USEC")
        unsetenv("WATCHDOG_PID")
        listener = nil
    }

    func testReadyCarriesStatusInOneDatagram() {
        let notifier = SystemdNotifier()
        XCTAssertTrue(notifier.isActive)
        notifier.ready(status: "watching /srv/inbox")
        XCTAssertEqual(listener.receive(timeout: 2), "READY=1\nSTATUS=watching /srv/inbox")
    }

    func testStatusNewlinesCannotInjectAssignments() {
        SystemdNotifier().status("processed 3\nREADY=1")
        XCTAssertEqual(listener.receive(timeout: 2), "STATUS=processed 3 READY=1")
    }

    func testWatchdogStoppingAndReloadingInOrder() throws {
        let notifier = SystemdNotifier()
        notifier.watchdog()
        notifier.reloading()
        notifier.ready()
        notifier.stopping(status: "stopping")
        let messages = listener.drain()
        XCTAssertEqual(messages.count, 4, "\(messages)")
        guard messages.count == 4 else { return }
        XCTAssertEqual(messages[0], "WATCHDOG=1")
        let reload = messages[1].split(separator: "\n").map(String.init)
        XCTAssertEqual(reload.first, "RELOADING=1")
        // systemd 253+ requires MONOTONIC_USEC with RELOADING=1 to match the reload to its request.
        let monotonic = try XCTUnwrap(reload.first { $0.hasPrefix("MONOTONIC_USEC=") }?.dropFirst("MONOTONIC_USEC=".count))
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let nowUsec = UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000
        let sent = try XCTUnwrap(UInt64(monotonic))
        XCTAssertLessThanOrEqual(sent, nowUsec)
        XCTAssertGreaterThan(sent, nowUsec - 10_000_000)
        XCTAssertEqual(messages[2], "READY=1")
        XCTAssertEqual(messages[3], "STOPPING=1\nSTATUS=stopping")
    }

    func testWatchdogIntervalComesFromWatchdogUsecForThisProcess() {
        XCTAssertNil(SystemdNotifier().watchdogInterval)
        setenv("WATCHDOG_USEC", "30000000", 1)
        setenv("WATCHDOG_PID", String(getpid()), 1)
        XCTAssertEqual(SystemdNotifier().watchdogInterval, .seconds(30))
        // Meant for another process (a parent that set WatchdogSec=, then forked us): not ours.
        setenv("WATCHDOG_PID", String(getppid()), 1)
        XCTAssertNil(SystemdNotifier().watchdogInterval)
    }

    func testWithoutNotifySocketNothingIsSent() {
        unsetenv("NOTIFY_SOCKET")
        let notifier = SystemdNotifier()
        XCTAssertFalse(notifier.isActive)
        XCTAssertFalse(Systemd.hasNotifySocket)
        notifier.ready(status: "x")
        notifier.watchdog()
        XCTAssertNil(listener.receive(timeout: 0.3))
    }
}
