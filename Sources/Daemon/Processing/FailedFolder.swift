import Foundation

/// The failed folder: each failed original (moved, never copied) beside `<name>.error`, a JSON
/// object saying why: `{"name", "reason", "message", "sha256", "bytes", "time", "instance"}`.
final class FailedFolder: @unchecked Sendable {
    /// Room left in a name for the `.error` suffix.
    static let nameLimit = 255 - ".error".utf8.count

    let folder: DirectoryHandle
    private let instance: String

    init(folder: DirectoryHandle, instance: String) {
        self.folder = folder
        self.instance = instance
    }

    struct ErrorReport: Codable {
        let name: String
        let reason: String
        let message: String
        let sha256: String?
        let bytes: Int?
        let time: String
        let instance: String
    }

    /// Moves `name` from `source` into the failed folder and writes its error file. Returns
    /// the path of the failed original, and the error if the error file could not be written
    /// (the original is safe in the failed folder either way).
    func file(_ name: FileName, from source: DirectoryHandle, reason: String, message: String,
              sha256: String?, bytes: Int?) throws -> (path: String, reportError: Error?) {
        let placed = try source.moveAside(name, to: folder, limit: FailedFolder.nameLimit)
        do {
            try writeReport(for: placed, name: name, reason: reason, message: message, sha256: sha256, bytes: bytes)
            return (folder.pathOf(placed), nil)
        } catch {
            return (folder.pathOf(placed), error)
        }
    }

    private func writeReport(for placed: FileName, name: FileName, reason: String, message: String,
                             sha256: String?, bytes: Int?) throws {
        let report = ErrorReport(
            name: name.description, reason: reason, message: message, sha256: sha256, bytes: bytes,
            time: ISO8601DateFormatter().string(from: Date()), instance: instance)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(0x0A)
        let errorName = placed.appending(".error")
        let tempName = FileName(".\(instance).\(UUID().uuidString).error.tmp")
        try data.withUnsafeBytes { try folder.writeNewFile(tempName, bytes: $0) }
        try folder.move(tempName, to: folder, as: errorName, replace: true)
        try folder.sync()
    }
}
