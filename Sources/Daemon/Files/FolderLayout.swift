import Glibc

/// The daemon's folders, opened and checked at start-up.
///
/// - inbox: where users drop files.
/// - processing/<instance>: this instance's claimed files, guarded by an flock on `.lock` so
///   another daemon's recovery never takes them while we live.
/// - processed: originals after their record was written (unless they are deleted).
/// - failed: failed originals, each beside `<name>.error`.
/// - records: the output; `records/.tmp` holds records being written, out of consumers' view.
/// - state: crash counts.
///
/// Inbox, processing, processed and failed must be on one file system, since files move
/// between them with rename(2); records are written in place, so they may live anywhere.
final class FolderLayout: @unchecked Sendable {
    static let lockFileName = FileName(".lock")
    static let recordTempFolder = ".tmp"

    let inbox: DirectoryHandle
    let processingRoot: DirectoryHandle
    let processing: DirectoryHandle
    let processed: DirectoryHandle
    let failed: DirectoryHandle
    let records: DirectoryHandle
    let recordTemp: DirectoryHandle
    let state: DirectoryHandle
    let instance: String
    private let lockFD: Int32

    init(_ configuration: DaemonConfiguration) throws {
        // The inbox is not created: a missing inbox is a mistake the operator must see.
        do {
            inbox = try DirectoryHandle(path: configuration.inbox)
        } catch let error as SystemCallError {
            throw ConfigurationError("folders.inbox: cannot open \(configuration.inbox): \(String(cString: strerror(error.code)))")
        }
        func folder(_ key: String, _ path: String) throws -> DirectoryHandle {
            do { return try DirectoryHandle(path: path, create: true) } catch let error as SystemCallError {
                throw ConfigurationError("\(key): cannot create or open \(path): \(error)")
            }
        }
        processingRoot = try folder("folders.processing", configuration.processing)
        processing = try folder("folders.processing", configuration.processing + "/" + configuration.instance)
        processed = try folder("folders.processed", configuration.processed)
        failed = try folder("folders.failed", configuration.failed)
        records = try folder("folders.records", configuration.records)
        recordTemp = try folder("folders.records", configuration.records + "/" + FolderLayout.recordTempFolder)
        state = try folder("folders.state", configuration.state)
        instance = configuration.instance

        let inboxDevice = try inbox.ownStatus().st_dev
        for (key, handle) in [("folders.processing", processing), ("folders.processed", processed), ("folders.failed", failed)] {
            if try handle.ownStatus().st_dev != inboxDevice {
                throw ConfigurationError("\(key): \(handle.path) is not on the same file system as the inbox \(inbox.path); files move between them with rename(2), so they must share one")
            }
        }
        if try recordTemp.ownStatus().st_dev != records.ownStatus().st_dev {
            throw ConfigurationError("folders.records: \(records.path)/.tmp must be on the same file system as \(records.path)")
        }

        lockFD = try FolderLayout.lock(processing, instance: configuration.instance)
    }

    deinit { close(lockFD) }

    /// Takes the instance lock; fails when another live daemon holds it.
    private static func lock(_ area: DirectoryHandle, instance: String) throws -> Int32 {
        let fd = lockFileName.withCString { openat(area.fd, $0, O_RDWR | O_CREAT | O_CLOEXEC, 0o644) }
        guard fd >= 0 else { throw SystemCallError("open", area.pathOf(lockFileName)) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            throw ConfigurationError("daemon.instance: another articled runs as instance \"\(instance)\" (\(area.path) is locked); give each daemon its own instance name")
        }
        return fd
    }

    /// Processing areas of other instances that no live daemon holds: their files are ours to
    /// recover. Each is returned with its lock held; close the descriptor when done.
    func orphanedAreas() throws -> [(DirectoryHandle, Int32)] {
        var orphans: [(DirectoryHandle, Int32)] = []
        for name in try processingRoot.entries() where name.description != instance && !name.isDotFile {
            guard let st = try processingRoot.status(of: name), (st.st_mode & S_IFMT) == S_IFDIR else { continue }
            guard let area = try? DirectoryHandle(path: processingRoot.pathOf(name)) else { continue }
            let fd = FolderLayout.lockFileName.withCString { openat(area.fd, $0, O_RDWR | O_CREAT | O_CLOEXEC, 0o644) }
            guard fd >= 0 else { continue }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                orphans.append((area, fd))
            } else {
                close(fd)
            }
        }
        return orphans
    }
}
