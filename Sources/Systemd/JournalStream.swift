import Glibc

/// Whether a file descriptor is the stream systemd connected to the journal.
///
/// systemd sets `JOURNAL_STREAM=<device>:<inode>` for services whose stdout or stderr goes to the
/// journal. Because the variable is inherited by children whose output may be redirected elsewhere,
/// systemd's documentation says to trust it only if the descriptor's fstat(2) device and inode
/// match; that is what this checks.
public enum JournalStream {
    /// True when `fd` (stderr by default) is the journal stream named by `JOURNAL_STREAM`.
    public static func isConnected(fd: Int32 = STDERR_FILENO, environmentValue: String? = currentValue) -> Bool {
        guard let value = environmentValue else { return false }
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return false }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return false }
        return UInt64(info.st_dev) == device && UInt64(info.st_ino) == inode
    }

    /// The current `JOURNAL_STREAM` environment variable, if set.
    public static var currentValue: String? {
        getenv("JOURNAL_STREAM").map { String(cString: $0) }
    }
}
