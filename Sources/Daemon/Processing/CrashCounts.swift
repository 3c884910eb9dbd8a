import Foundation

/// How often each file was found in the processing area after the daemon died while holding it.
/// Kept in `state/crash-counts.<instance>.json` (names as hex bytes) so the count survives restarts: a file
/// that keeps killing the daemon is quarantined instead of crash-looping.
final class CrashCounts: @unchecked Sendable {
    private let lock = NSLock()
    private let state: DirectoryHandle
    private let fileName: FileName
    private var counts: [String: Int] = [:]

    init(state: DirectoryHandle, instance: String) {
        self.state = state
        fileName = FileName("crash-counts.\(instance).json")
        if let data = FileManager.default.contents(atPath: state.pathOf(fileName)),
           let decoded = try? JSONDecoder().decode([String: Int].self, from: data) {
            counts = decoded
        }
    }

    private static func key(_ name: FileName) -> String {
        name.bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// Counts one more crash for each of `names`; returns the new counts.
    func recordCrash(of names: [FileName]) -> [FileName: Int] {
        lock.withLock {
            var result: [FileName: Int] = [:]
            for name in names {
                let k = CrashCounts.key(name)
                counts[k, default: 0] += 1
                result[name] = counts[k]
            }
            save()
            return result
        }
    }

    /// The file reached a terminal state: forget it.
    func clear(_ name: FileName) {
        lock.withLock {
            if counts.removeValue(forKey: CrashCounts.key(name)) != nil { save() }
        }
    }

    private func save() {
        guard let data = try? JSONEncoder().encode(counts) else { return }
        let temp = fileName.appending(".tmp")
        try? state.remove(temp)
        try? data.withUnsafeBytes { try state.writeNewFile(temp, bytes: $0) }
        try? state.move(temp, to: state, as: fileName, replace: true)
        try? state.sync()
    }
}
