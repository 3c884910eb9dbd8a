import Glibc

/// An open folder: every operation on its entries goes through the *at(2) calls on this file
/// descriptor, with names as raw bytes, never following a symlink.
final class DirectoryHandle: @unchecked Sendable {
    let path: String
    let fd: Int32

    /// Opens `path`, creating it (and its parents) first when `create` is set.
    init(path: String, create: Bool = false) throws {
        if create { try DirectoryHandle.makeDirectories(path) }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw SystemCallError("open", path) }
        self.path = path
        self.fd = fd
    }

    deinit { close(fd) }

    static func makeDirectories(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST { throw SystemCallError("mkdir", prefix) }
        }
    }

    func pathOf(_ name: FileName) -> String { path + "/" + name.description }

    /// lstat of an entry; nil when it does not exist.
    func status(of name: FileName) throws -> stat? {
        var st = stat()
        let rc = name.withCString { fstatat(fd, $0, &st, AT_SYMLINK_NOFOLLOW) }
        if rc == 0 { return st }
        if errno == ENOENT { return nil }
        throw SystemCallError("stat", pathOf(name))
    }

    /// The status of the folder itself.
    func ownStatus() throws -> stat {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw SystemCallError("fstat", path) }
        return st
    }

    /// Every entry's name except `.` and `..`.
    func entries() throws -> [FileName] {
        var names: [FileName] = []
        try forEachEntry { names.append(FileName(bytes: Array($0))) }
        return names
    }

    /// Calls `body` with each entry's name except `.` and `..`, without collecting them: a
    /// folder of 100,000 files is read without 100,000 names alive at once.
    func forEachEntry(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let dupFD = dup(fd)
        guard dupFD >= 0, let dir = fdopendir(dupFD) else { throw SystemCallError("opendir", path) }
        defer { closedir(dir) }
        rewinddir(dir)
        while let entry = readdir(dir) {
            try withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let length = raw.firstIndex(of: 0) ?? raw.count
                let name = UnsafeRawBufferPointer(rebasing: raw[0..<length])
                if (length == 1 && name[0] == 0x2E) || (length == 2 && name[0] == 0x2E && name[1] == 0x2E) { return }
                try body(name)
            }
        }
    }

    /// Moves an entry into another folder (or renames it here). With `replace` false the move
    /// fails with EEXIST instead of overwriting, so nothing is ever silently lost.
    func move(_ name: FileName, to target: DirectoryHandle, as newName: FileName, replace: Bool = false) throws {
        let rc = name.withCString { from in
            newName.withCString { to in
                replace ? renameat(fd, from, target.fd, to) : RenameNoReplace.rename(fd, from, target.fd, to)
            }
        }
        guard rc == 0 else { throw SystemCallError("rename", "\(pathOf(name)) -> \(target.pathOf(newName))") }
    }

    /// Moves an entry into `target` under its own name, or `name~1`, `name~2` ... if taken.
    /// Returns the name it got.
    @discardableResult
    func moveAside(_ name: FileName, to target: DirectoryHandle, limit: Int = 255) throws -> FileName {
        var candidate = name.bytes.count > limit ? FileName(bytes: Array(name.bytes.prefix(limit))) : name
        var attempt = 0
        while true {
            do {
                try move(name, to: target, as: candidate)
                return candidate
            } catch let error as SystemCallError where error.code == EEXIST && attempt < 10_000 {
                attempt += 1
                candidate = name.appending("~\(attempt)", limit: limit)
            }
        }
    }

    func remove(_ name: FileName, directory: Bool = false) throws {
        let rc = name.withCString { unlinkat(fd, $0, directory ? AT_REMOVEDIR : 0) }
        guard rc == 0 || errno == ENOENT else { throw SystemCallError("unlink", pathOf(name)) }
    }

    /// Opens an entry for reading without following a symlink and without blocking on a FIFO.
    func openForReading(_ name: FileName) throws -> Int32 {
        let rc = name.withCString { openat(fd, $0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
        guard rc >= 0 else { throw SystemCallError("open", pathOf(name)) }
        return rc
    }

    /// Creates a new file (failing if it exists) and writes `bytes`, then fsyncs it.
    func writeNewFile(_ name: FileName, bytes: UnsafeRawBufferPointer, sync: Bool = true) throws {
        close(try createFile(name, bytes: bytes, sync: sync))
    }

    /// Creates a new file (failing if it exists), writes `bytes` and fsyncs it; returns it still
    /// open for writing, for the caller to close. With `sync` false it starts writeback instead
    /// of waiting for it: the caller fsyncs the returned descriptor later (`syncFile(_:)`), so a
    /// batch's data goes to disk while the next file is examined, and the sync needs no second
    /// open by name.
    func createFile(_ name: FileName, bytes: UnsafeRawBufferPointer, sync: Bool = true) throws -> Int32 {
        let file = name.withCString { openat(fd, $0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) }
        guard file >= 0 else { throw SystemCallError("create", pathOf(name)) }
        var ok = false
        defer {
            if !ok {
                close(file)
                _ = name.withCString { unlinkat(fd, $0, 0) }
            }
        }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(file, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw SystemCallError("write", pathOf(name))
            }
            offset += n
        }
        if sync {
            if fsync(file) != 0 { throw SystemCallError("fsync", pathOf(name)) }
        } else {
            // Starts writing the data back now (Linux's POSIX_FADV_DONTNEED begins writeback of
            // dirty pages without waiting), so a later fsync finds it mostly on disk.
            _ = posix_fadvise(file, 0, 0, POSIX_FADV_DONTNEED)
        }
        ok = true
        return file
    }

    /// fsyncs a file this folder's `createFile(sync: false)` returned, still open. After a
    /// failure the data may be lost even if a later fsync succeeds (the kernel drops failed
    /// dirty pages): write it anew.
    func syncFile(_ file: Int32, _ name: FileName) throws {
        if fsync(file) != 0 { throw SystemCallError("fsync", pathOf(name)) }
    }

    /// fsyncs an entry by name: a file created with `sync: false` whose descriptor was closed.
    /// After a failure, as above, write it anew.
    func syncFile(_ name: FileName) throws {
        let file = name.withCString { openat(fd, $0, O_RDONLY | O_NOFOLLOW | O_CLOEXEC) }
        guard file >= 0 else { throw SystemCallError("open", pathOf(name)) }
        defer { close(file) }
        if fsync(file) != 0 { throw SystemCallError("fsync", pathOf(name)) }
    }

    /// Makes renames and creations in this folder durable.
    func sync() throws {
        guard fsync(fd) == 0 else { throw SystemCallError("fsync", path) }
    }
}
