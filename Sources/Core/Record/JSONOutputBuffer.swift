import Foundation

/// The bytes `RecordJSONWriter` has written: storage grown by doubling and written through a
/// pointer. (`Array.append` checks uniqueness and capacity on every call, which made the many
/// one-byte writes of a record, braces, commas and quotes, cost more than copying its text.)
final class JSONOutputBuffer {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// An ASCII literal such as `true` or a key name.
    @inline(__always)
    func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// `"name":`, after a comma when `comma`: an object key in one write with one capacity check
    /// (keys are most of a record's small writes). `name` is a string literal.
    @inline(__always)
    func appendKey(_ name: StaticString, comma: Bool) {
        let length = name.utf8CodeUnitCount
        if count + length + 4 > capacity { grow(toHold: count + length + 4) }
        var p = storage + count
        if comma { p.pointee = UInt8(ascii: ","); p += 1 }
        p.pointee = UInt8(ascii: "\""); p += 1
        p.update(from: name.utf8Start, count: length); p += length
        p[0] = UInt8(ascii: "\""); p[1] = UInt8(ascii: ":")
        count = p + 2 - storage
    }

    private func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.update(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }

    /// The bytes written so far, handed over without a copy: the buffer starts empty again.
    func takeData() -> Data {
        let data = Data(bytesNoCopy: storage, count: count, deallocator: .custom { bytes, _ in bytes.deallocate() })
        capacity = 64
        storage = .allocate(capacity: capacity)
        count = 0
        return data
    }
}
