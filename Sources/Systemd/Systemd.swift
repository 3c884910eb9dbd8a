import CSystemd
import Glibc

/// Thin Swift binding to libsystemd: journal logging as a swift-log backend and sd_notify.
/// Knows nothing about articles, so any Swift daemon can reuse it.
public enum Systemd {
    /// Whether the process runs under a systemd service manager that wants notifications.
    public static var hasNotifySocket: Bool { sd_booted() >= 0 && getenv("NOTIFY_SOCKET") != nil }
}
