import Foundation
import Glibc

/// Which contents already have a record, kept on disk beside the records: `records/.index`
/// holds one symbolic link per record, named by the first 16 hex digits of the content's
/// SHA-256 and pointing at the record's name (`<stem>.<16 hex>.json`).
///
/// Why on disk: an in-memory index grows with every record ever written (it cost about 45 bytes
/// per record, so a daemon that runs for years would grow without bound), and had to list the
/// whole records folder before READY. The link costs one `symlinkat(2)` per record and nothing in
/// memory; `symlinkat` fails when the link exists, so reserving a hash is atomic, also between
/// two daemons writing into one records folder. The folder is synced with the records in each
/// group commit (`sync()`).
///
/// A link whose record is gone (a consumer deleted it, or a crash came between the link and the
/// record) is stale: the content is then recorded anew and the link replaced. A records folder
/// without an index (made by an older articled) gets one built from its listing at start-up.
final class DuplicateIndex: @unchecked Sendable {
    static let folderName = ".index"
    private static let buildingName = FileName(".index.building")

    private let records: DirectoryHandle
    private let index: DirectoryHandle
    private let lock = NSLock()
    /// Hashes this daemon reserved whose record is not written yet: another worker with the same
    /// content must see them as taken although the link's target does not exist yet.
    private var pending: [String: FileName] = [:]

    /// Opens `records/.index`, building it from the records folder's listing when it is missing.
    init(records: DirectoryHandle) throws {
        self.records = records
        if try records.status(of: FileName(DuplicateIndex.folderName)) == nil {
            try DuplicateIndex.build(in: records)
        }
        index = try DirectoryHandle(path: records.path + "/" + DuplicateIndex.folderName)
    }

    /// The record that already holds `hash`, if any: a cheap look-up before a record is written.
    func existing(_ hash: String) throws -> FileName? {
        let link = FileName(String(hash.prefix(RecordName.hashLength)))
        if let taken = lock.withLock({ pending[link.description] }) { return taken }
        guard let target = try readLink(link), try records.status(of: target) != nil else { return nil }
        return target
    }

    /// Reserves `hash` for `record`; returns the record that already has it instead, if any.
    /// Called just before the record is renamed into place, so another daemon's reservation
    /// whose record is not there yet is younger than `staleAfter`: such a link is waited for;
    /// an older one whose record is missing is stale and replaced. Throws when the index cannot
    /// be written (the caller waits on a full or read-only disk).
    func reserve(_ hash: String, for record: FileName) throws -> FileName? {
        let link = FileName(String(hash.prefix(RecordName.hashLength)))
        for _ in 0..<5 {
            let made: Bool = try lock.withLock {
                if pending[link.description] != nil { return false }
                guard try makeLink(link, to: record) else { return false }
                pending[link.description] = record
                return true
            }
            if made { return nil }
            if let taken = lock.withLock({ pending[link.description] }) { return taken }
            guard let target = try readLink(link), let age = try linkAge(link) else { continue }
            if try records.status(of: target) != nil { return target }
            if age < DuplicateIndex.staleAfter {
                Thread.sleep(forTimeInterval: DuplicateIndex.staleAfter - age)
                if try records.status(of: target) != nil { return target }
            }
            try index.remove(link)
        }
        throw SystemCallError("symlink", index.pathOf(link), code: EEXIST)
    }

    /// How long a reservation may wait for its record before it counts as stale (a daemon
    /// reserves only just before the rename that puts the record in place).
    static let staleAfter: TimeInterval = 2

    /// The record of a reserved hash is in the records folder: later look-ups find it there.
    func recorded(_ hash: String) {
        lock.withLock { _ = pending.removeValue(forKey: String(hash.prefix(RecordName.hashLength))) }
    }

    /// Gives back a reservation whose record was never written.
    func release(_ hash: String) {
        let link = FileName(String(hash.prefix(RecordName.hashLength)))
        lock.withLock {
            pending.removeValue(forKey: link.description)
            try? index.remove(link)
        }
    }

    /// Makes the links made so far durable (part of the group commit).
    func sync() throws { try index.sync() }

    /// Creates the link; false when it exists already.
    private func makeLink(_ link: FileName, to record: FileName) throws -> Bool {
        let rc = record.withCString { target in link.withCString { symlinkat(target, index.fd, $0) } }
        if rc == 0 { return true }
        if errno == EEXIST { return false }
        throw SystemCallError("symlink", index.pathOf(link))
    }

    /// Seconds since the link was made, or nil when it vanished meanwhile.
    private func linkAge(_ link: FileName) throws -> TimeInterval? {
        guard let st = try index.status(of: link) else { return nil }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let made = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
        return max(0, Double(now.tv_sec) + Double(now.tv_nsec) / 1e9 - made)
    }

    /// The link's target, or nil when it vanished meanwhile.
    private func readLink(_ link: FileName) throws -> FileName? {
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = link.withCString { name in buffer.withUnsafeMutableBytes { readlinkat(index.fd, name, $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count) } }
        if n < 0 {
            if errno == ENOENT { return nil }
            throw SystemCallError("readlink", index.pathOf(link))
        }
        return FileName(bytes: Array(buffer[0..<n]))
    }

    /// Builds the index of an existing records folder in `.index.building`, syncs it, then
    /// renames it into place, so a crash while building leaves no half index behind.
    private static func build(in records: DirectoryHandle) throws {
        if try records.status(of: buildingName) != nil {
            let leftover = try DirectoryHandle(path: records.pathOf(buildingName))
            for name in try leftover.entries() { try leftover.remove(name) }
            try records.remove(buildingName, directory: true)
        }
        let building = try DirectoryHandle(path: records.pathOf(buildingName), create: true)
        try records.forEachEntry { raw in
            guard let hashLength = parse(raw) else { return }
            let link = FileName(bytes: Array(raw[(raw.count - hashLength - 5)..<(raw.count - 5)]))
            let target = FileName(bytes: Array(raw))
            let rc = target.withCString { t in link.withCString { symlinkat(t, building.fd, $0) } }
            // Two records of one content (made before duplicates were detected): the first stays.
            guard rc == 0 || errno == EEXIST else { throw SystemCallError("symlink", building.pathOf(link)) }
        }
        try building.sync()
        try records.move(buildingName, to: records, as: FileName(folderName))
        try records.sync()
    }

    /// The hash's length in a record name `<stem>.<16 lowercase hex>.json`, or nil for anything
    /// else in the folder (the rule of RecordName.hashPrefix, on raw bytes).
    private static func parse(_ name: UnsafeRawBufferPointer) -> Int? {
        let length = RecordName.hashLength, suffix = length + 6  // ".<hash>.json"
        guard name.count > suffix, name[0] != UInt8(ascii: "."),
              name[(name.count - 5)...].elementsEqual(".json".utf8),
              name[name.count - suffix] == UInt8(ascii: ".") else { return nil }
        let isHex = name[(name.count - suffix + 1)..<(name.count - 5)].allSatisfy {
            ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f"))
        }
        return isHex ? length : nil
    }
}
