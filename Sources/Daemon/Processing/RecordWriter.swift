import Foundation
import Glibc

/// Writes records Maildir-style: into `records/.tmp` (outside consumers' view), fsync, rename
/// into `records`. A consumer sees a record whole or not at all.
///
/// The folder fsync that makes the renames durable is separate (`commit()`), so a worker can
/// write several records and then sync the folder once before their inputs leave processing:
/// group commit.
final class RecordWriter: @unchecked Sendable {
    let records: DirectoryHandle
    private let temp: DirectoryHandle
    private let tempPrefix: String
    private let counter = Counter()

    init(records: DirectoryHandle, temp: DirectoryHandle, instance: String) {
        self.records = records
        self.temp = temp
        self.tempPrefix = "\(instance).\(getpid())."
    }

    /// Removes temporary files this instance left behind (a crash while writing). Other
    /// instances' temporary files are theirs: the instance lock says none is ours to race with.
    func removeLeftovers(instance: String) {
        for name in (try? temp.entries()) ?? [] where name.description.hasPrefix(instance + ".") {
            try? temp.remove(name)
        }
    }

    /// Writes and fsyncs `data` as `name`, then renames it into place. Not durable until `commit()`.
    /// An existing record of the same name (same input name, same content) is replaced: it is
    /// byte-identical.
    func write(_ data: Data, as name: FileName) throws {
        try publish(prepare(data), as: name)
    }

    /// At most this many prepared records keep their file open until `makeDurable` (each worker
    /// holds up to a batch of them); past it they are closed and reopened by name to be synced,
    /// so many workers cannot exhaust the daemon's file descriptors.
    static let maxOpenRecords = 256
    private let openLock = NSLock()
    private var openRecords = 0

    /// Writes `data` into `records/.tmp`, out of consumers' view, and fsyncs it unless `sync` is
    /// false (then `makeDurable` must come before `publish`); returns it for `publish` or `discard`.
    func prepare(_ data: Data, sync: Bool = true) throws -> TemporaryRecord {
        let tempName = FileName("\(tempPrefix)\(counter.next())")
        let file = try data.withUnsafeBytes { try temp.createFile(tempName, bytes: $0, sync: sync) }
        let keepOpen = !sync && openLock.withLock {
            guard openRecords < RecordWriter.maxOpenRecords else { return false }
            openRecords += 1
            return true
        }
        guard keepOpen else {
            close(file)
            return TemporaryRecord(name: tempName, file: nil)
        }
        return TemporaryRecord(name: tempName, file: file) { [weak self] in self?.closedOpenRecord() }
    }

    private func closedOpenRecord() { openLock.withLock { openRecords -= 1 } }

    /// fsyncs a record prepared with `sync: false` and closes it. Writing a batch's records first
    /// and syncing them afterwards lets their writeback overlap the next files' extraction
    /// instead of stalling the worker once per file.
    func makeDurable(_ record: TemporaryRecord) throws {
        defer { record.closeFile() }
        if let file = record.file {
            try temp.syncFile(file, record.name)
        } else {
            try temp.syncFile(record.name)
        }
    }

    /// Renames a prepared record into `records` as `name` (removing it on failure).
    func publish(_ record: TemporaryRecord, as name: FileName) throws {
        record.closeFile()
        do {
            try temp.move(record.name, to: records, as: name, replace: true)
        } catch {
            discard(record)
            throw error
        }
    }

    /// Removes a prepared record that will not be published.
    func discard(_ record: TemporaryRecord) {
        record.closeFile()
        try? temp.remove(record.name)
    }

    /// Makes every rename so far durable.
    func commit() throws { try records.sync() }

    func path(of name: FileName) -> String { records.pathOf(name) }
}
