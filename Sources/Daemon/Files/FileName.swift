/// A directory entry's name as the kernel gives it: raw bytes, not necessarily UTF-8.
///
/// Names travel as bytes from readdir/inotify to every *at(2) call, so a file whose name holds
/// invalid UTF-8 (or a newline) is claimed and moved exactly like any other.
struct FileName: Hashable, Sendable, CustomStringConvertible {
    let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }
    init(_ string: String) { self.bytes = Array(string.utf8) }

    /// The name for people and JSON: invalid UTF-8 becomes U+FFFD.
    var description: String { String(decoding: bytes, as: UTF8.self) }

    var isDotFile: Bool { bytes.first == UInt8(ascii: ".") }

    /// Calls `body` with the name as a NUL-terminated C string.
    func withCString<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { try body($0) }
        }
    }

    /// This name with `suffix` appended, the stem shortened so the result stays within NAME_MAX.
    func appending(_ suffix: String, limit: Int = 255) -> FileName {
        let tail = Array(suffix.utf8)
        return FileName(bytes: Array(bytes.prefix(max(1, limit - tail.count))) + tail)
    }
}
