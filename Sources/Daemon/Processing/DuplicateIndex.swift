import Foundation

/// Which contents already have a record, by the hash prefix in record names. Built from a
/// listing of the records folder at start-up, then kept current by the workers.
final class DuplicateIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var recordByHash: [String: FileName] = [:]

    init(records: DirectoryHandle) throws {
        for name in try records.entries() {
            if let hash = RecordName.hashPrefix(of: name) { recordByHash[hash] = name }
        }
    }

    var count: Int { lock.withLock { recordByHash.count } }

    /// Reserves `hash` for `record`; returns the record that already has it instead, if any.
    func reserve(_ hash: String, for record: FileName) -> FileName? {
        let key = String(hash.prefix(RecordName.hashLength))
        return lock.withLock {
            if let existing = recordByHash[key] { return existing }
            recordByHash[key] = record
            return nil
        }
    }

    /// Gives back a reservation whose record was never written.
    func release(_ hash: String) {
        let key = String(hash.prefix(RecordName.hashLength))
        lock.withLock { _ = recordByHash.removeValue(forKey: key) }
    }
}
