import Foundation

/// Which contents already have a record, by the hash prefix in record names. Built from a
/// listing of the records folder at start-up, then kept current by the workers.
///
/// It holds one entry per record ever written, so it is kept compact (BENCHMARKS.md): the
/// 64-bit hash prefix as the key, and the record's stem (its name without `.<hash>.json`, which
/// the key gives back) in one shared byte buffer rather than a heap object per record. About 30
/// bytes per record instead of about 220 with a `[String: FileName]`.
final class DuplicateIndex: @unchecked Sendable {
    private let lock = NSLock()
    /// Hash prefix → offset in `stems` of the record's stem: one length byte (names are at most
    /// 255 bytes), then the bytes.
    private var stemByHash: [UInt64: UInt32] = [:]
    private var stems: [UInt8] = []

    init(records: DirectoryHandle) throws {
        try records.forEachEntry { raw in
            guard let (key, stemLength) = DuplicateIndex.parse(raw) else { return }
            stemByHash[key] = append(stem: Array(raw[0..<stemLength]))
        }
    }

    var count: Int { lock.withLock { stemByHash.count } }

    /// Reserves `hash` for `record`; returns the record that already has it instead, if any.
    func reserve(_ hash: String, for record: FileName) -> FileName? {
        guard let key = DuplicateIndex.key(hash) else { return nil }
        let suffix = Array(".\(hash.prefix(RecordName.hashLength)).json".utf8)
        let stem = record.bytes.count > suffix.count ? Array(record.bytes.dropLast(suffix.count)) : record.bytes
        return lock.withLock {
            if let offset = stemByHash[key] { return FileName(bytes: self.stem(at: offset) + suffix) }
            stemByHash[key] = append(stem: stem)
            return nil
        }
    }

    /// Gives back a reservation whose record was never written. (Its stem's bytes stay in the
    /// buffer: this happens only when an output cannot be written.)
    func release(_ hash: String) {
        guard let key = DuplicateIndex.key(hash) else { return }
        lock.withLock { _ = stemByHash.removeValue(forKey: key) }
    }

    /// The key and the stem's length of a record name `<stem>.<16 lowercase hex>.json`, or nil
    /// for anything else in the folder (the rule of RecordName.hashPrefix, on raw bytes).
    private static func parse(_ name: UnsafeRawBufferPointer) -> (key: UInt64, stemLength: Int)? {
        let suffix = RecordName.hashLength + 6  // ".<hash>.json"
        guard name.count > suffix, name[0] != UInt8(ascii: "."),
              name[(name.count - 5)...].elementsEqual(".json".utf8),
              name[name.count - suffix] == UInt8(ascii: ".") else { return nil }
        var key: UInt64 = 0
        for byte in name[(name.count - suffix + 1)..<(name.count - 5)] {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): key = key << 4 | UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): key = key << 4 | UInt64(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
        }
        return (key, name.count - suffix)
    }

    /// The key of a hash given in hex: its first 16 digits as a number.
    private static func key(_ hash: String) -> UInt64? { UInt64(hash.prefix(RecordName.hashLength), radix: 16) }

    private func append(stem: [UInt8]) -> UInt32 {
        let offset = UInt32(stems.count)
        let bytes = stem.prefix(255)
        stems.append(UInt8(bytes.count))
        stems.append(contentsOf: bytes)
        return offset
    }

    private func stem(at offset: UInt32) -> [UInt8] {
        let start = Int(offset) + 1
        return Array(stems[start..<(start + Int(stems[Int(offset)]))])
    }
}
