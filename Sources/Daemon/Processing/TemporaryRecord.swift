import Glibc

/// A record written into `records/.tmp` and not yet in place: its temporary name and, until it
/// is synced, the file still open from its creation, so the fsync needs no second open by name
/// (two system calls and a path look-up less per record). The file is closed once synced, or
/// when the record is dropped.
final class TemporaryRecord: @unchecked Sendable {
    /// Its name in `records/.tmp`.
    let name: FileName
    /// The file as created, open for writing; nil once closed (or when it was not kept open).
    private(set) var file: Int32?
    private let closed: () -> Void

    /// `closed` runs once, when an open `file` is closed.
    init(name: FileName, file: Int32?, closed: @escaping () -> Void = {}) {
        self.name = name
        self.file = file
        self.closed = closed
    }

    func closeFile() {
        guard let file else { return }
        close(file)
        self.file = nil
        closed()
    }

    deinit { closeFile() }
}
