import Glibc

/// inotify on the inbox folder: files closed after writing, files moved in, files created (for
/// hard links, symlinks, FIFOs, folders), and the inbox itself going away.
///
/// Non-blocking: the pipeline's loop poll(2)s `fd` and calls `readEvents()`.
final class InboxWatcher {
    enum Event: Equatable {
        case closedAfterWriting(FileName)
        case movedIn(FileName)
        case created(FileName)
        /// The kernel dropped events: rescan the folder.
        case overflow
        /// The inbox was deleted, moved away or unmounted.
        case inboxLost(String)
    }

    let fd: Int32
    private let path: String
    private var buffer = [UInt8](repeating: 0, count: 256 * 1024)

    init(path: String) throws {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw SystemCallError("inotify_init1", path) }
        self.path = path
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT | IN_ONLYDIR)
        guard inotify_add_watch(fd, path, mask) >= 0 else {
            let error = SystemCallError("inotify_add_watch", path)
            close(fd)
            throw error
        }
    }

    deinit { close(fd) }

    /// Everything queued right now (possibly nothing).
    func readEvents() -> [Event] {
        var events: [Event] = []
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= n {
                    let mask = raw.load(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(raw.load(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameStart = offset + 16
                    let name = FileName(bytes: Array(raw[nameStart..<(nameStart + length)].prefix(while: { $0 != 0 })))
                    offset = nameStart + length
                    if mask & UInt32(IN_Q_OVERFLOW) != 0 { events.append(.overflow); continue }
                    if mask & UInt32(IN_UNMOUNT) != 0 { events.append(.inboxLost("the file system of the inbox \(path) was unmounted")); continue }
                    if mask & UInt32(IN_DELETE_SELF) != 0 { events.append(.inboxLost("the inbox \(path) was deleted")); continue }
                    if mask & UInt32(IN_MOVE_SELF) != 0 { events.append(.inboxLost("the inbox \(path) was moved away")); continue }
                    if mask & UInt32(IN_IGNORED) != 0 { events.append(.inboxLost("the watch on the inbox \(path) was removed")); continue }
                    if name.bytes.isEmpty { continue }
                    if mask & UInt32(IN_MOVED_TO) != 0 { events.append(.movedIn(name)) }
                    else if mask & UInt32(IN_CLOSE_WRITE) != 0 { events.append(.closedAfterWriting(name)) }
                    else if mask & UInt32(IN_CREATE) != 0 { events.append(.created(name)) }
                }
            }
        }
        return events
    }
}
