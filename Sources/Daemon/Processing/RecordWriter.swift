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

    /// Writes `data` into `records/.tmp`, out of consumers' view, and fsyncs it unless `sync` is
    /// false (then `makeDurable` must come before `publish`); returns its temporary name for
    /// `publish` or `discard`.
    func prepare(_ data: Data, sync: Bool = true) throws -> FileName {
        let tempName = FileName("\(tempPrefix)\(counter.next())")
        try data.withUnsafeBytes { try temp.writeNewFile(tempName, bytes: $0, sync: sync) }
        return tempName
    }

    /// fsyncs a record prepared with `sync: false`. Writing a batch's records first and syncing
    /// them afterwards lets their writeback overlap the next files' extraction instead of
    /// stalling the worker once per file.
    func makeDurable(_ tempName: FileName) throws { try temp.syncFile(tempName) }

    /// Renames a prepared record into `records` as `name` (removing it on failure).
    func publish(_ tempName: FileName, as name: FileName) throws {
        do {
            try temp.move(tempName, to: records, as: name, replace: true)
        } catch {
            discard(tempName)
            throw error
        }
    }

    /// Removes a prepared record that will not be published.
    func discard(_ tempName: FileName) { try? temp.remove(tempName) }

    /// Makes every rename so far durable.
    func commit() throws { try records.sync() }

    func path(of name: FileName) -> String { records.pathOf(name) }
}
