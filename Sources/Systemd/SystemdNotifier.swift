import CSystemd
import Glibc

/// Tells the service manager how the daemon is doing, through sd_notify(3).
///
/// Without NOTIFY_SOCKET (not started by systemd with Type=notify) every call does nothing, so
/// daemons call it unconditionally.
public struct SystemdNotifier: Sendable {
    public init() {}

    /// Whether a service manager listens (NOTIFY_SOCKET is set).
    public var isActive: Bool { getenv("NOTIFY_SOCKET") != nil }

    /// The interval at which the manager expects WATCHDOG=1, when WatchdogSec= is set for us.
    /// Send at half this interval, from the loop whose liveness it should prove.
    public var watchdogInterval: Duration? {
        var usec: UInt64 = 0
        guard sd_watchdog_enabled(0, &usec) > 0, usec > 0 else { return nil }
        return .microseconds(Int64(usec))
    }

    /// Start-up is complete; optionally with a first status line.
    public func ready(status: String? = nil) {
        send(["READY=1"] + (status.map { ["STATUS=\($0)"] } ?? []))
    }

    /// A one-line summary that `systemctl status` shows.
    public func status(_ text: String) { send(["STATUS=\(text)"]) }

    /// Proof of life for WatchdogSec=.
    public func watchdog() { send(["WATCHDOG=1"]) }

    /// Shutdown has begun.
    public func stopping(status: String? = nil) {
        send(["STOPPING=1"] + (status.map { ["STATUS=\($0)"] } ?? []))
    }

    /// A configuration reload has begun; send `ready()` when it is done.
    public func reloading() {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let usec = UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
        send(["RELOADING=1", "MONOTONIC_USEC=\(usec)"])
    }

    private func send(_ assignments: [String]) {
        guard isActive else { return }
        // Newlines would split one assignment into two.
        let state = assignments.map { $0.replacingNewlines() }.joined(separator: "\n")
        _ = sd_notify(0, state)
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
