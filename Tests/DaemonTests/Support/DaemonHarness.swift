import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The built `articled` binary.
enum ArticledBinary {
    static var url: URL {
        // Tests run from .build/<configuration>; the executable sits beside the test bundle.
        var dir = Bundle.main.bundleURL
        if !FileManager.default.fileExists(atPath: dir.appendingPathComponent("articled").path) {
            dir = Bundle(for: DaemonHarness.self).bundleURL.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("articled")
    }
}

/// A temporary folder with the daemon's folders in it, and a running (or not) `articled run`.
final class DaemonHarness {
    let root: URL
    var inbox: URL { root.appendingPathComponent("inbox") }
    var records: URL { root.appendingPathComponent("records") }
    var processed: URL { root.appendingPathComponent("processed") }
    var failed: URL { root.appendingPathComponent("failed") }
    var processing: URL { root.appendingPathComponent("processing") }
    var state: URL { root.appendingPathComponent("state") }
    private(set) var process: Process?
    private(set) var logURL: URL
    private(set) var configURL: URL?
    private var runs = 0

    init() throws {
        root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("articled-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        logURL = root.appendingPathComponent("daemon.log")
    }

    deinit {
        if let process, process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        try? FileManager.default.removeItem(at: root)
    }

    /// Starts `articled run` on these folders with fast test timings plus `settings`.
    @discardableResult
    /// `launcher` runs the daemon under another program (e.g. strace and its options).
    func start(_ settings: [String: String] = [:], arguments extra: [String] = [], instance: String = "main",
               waitForStart: Bool = true, launcher: [String] = []) throws -> Process {
        var values = [
            "detection.quiet_period": "300ms",
            "detection.reconcile_interval": "1s",
            "detection.empty_file_wait": "3s",
            "daemon.log_level": "debug",
            "daemon.stop_timeout": "5s",
        ]
        values.merge(settings) { $1 }
        let config = try writeConfig(values)
        configURL = config
        var arguments = ["run", "--config", config.path, "--instance", instance] + extra
        if !extra.contains("--data-dir") { arguments += ["--data-dir", root.path] }
        runs += 1
        logURL = root.appendingPathComponent("daemon-\(instance)-\(runs).log")
        FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let p = Process()
        if let program = launcher.first {
            p.executableURL = URL(fileURLWithPath: program)
            p.arguments = Array(launcher.dropFirst()) + [ArticledBinary.url.path] + arguments
        } else {
            p.executableURL = ArticledBinary.url
            p.arguments = arguments
        }
        p.standardError = try FileHandle(forWritingTo: logURL)
        p.standardOutput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = nil
        p.environment = environment
        try p.run()
        process = p
        if waitForStart {
            try waitUntil("the daemon logs that it started", timeout: 20) { self.log.contains("articled started") || !p.isRunning }
            XCTAssertTrue(p.isRunning, "articled exited at start-up: \(log)")
        }
        return p
    }

    /// Writes a configuration file from `section.key` values.
    func writeConfig(_ values: [String: String]) throws -> URL {
        var sections: [String: [String]] = [:]
        for (key, value) in values {
            let parts = key.split(separator: ".", maxSplits: 1)
            sections[String(parts[0]), default: []].append("\(parts[1]) = \(value)")
        }
        var text = "# written by DaemonHarness\n"
        for (section, lines) in sections.sorted(by: { $0.key < $1.key }) {
            text += "[\(section)]\n" + lines.sorted().joined(separator: "\n") + "\n"
        }
        let url = root.appendingPathComponent("articled-\(UUID().uuidString.prefix(8)).conf")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Sends SIGTERM and waits for the exit status.
    @discardableResult
    func stop(timeout: TimeInterval = 20) throws -> Int32 {
        guard let p = process else { return -1 }
        if p.isRunning { kill(p.processIdentifier, SIGTERM) }
        try waitUntil("the daemon exits after SIGTERM", timeout: timeout) { !p.isRunning }
        p.waitUntilExit()
        return p.terminationStatus
    }

    func killHard() {
        guard let p = process, p.isRunning else { return }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
    }

    var log: String { (try? String(contentsOf: logURL, encoding: .utf8)) ?? "" }

    /// The logs of every run so far, concatenated.
    var allLogs: String {
        names(in: root).filter { $0.hasPrefix("daemon-") && $0.hasSuffix(".log") }
            .compactMap { try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }.joined(separator: "\n")
    }

    /// Log lines with `outcome=<kind>` across every run.
    func allOutcomeLines(_ kind: String) -> [String] {
        allLogs.split(separator: "\n").map(String.init).filter { $0.contains(" outcome=\(kind) ") }
    }

    /// Moves `count` fresh articles named `<prefix>-<i>.txt` into the inbox (rename from a staging folder).
    func drop(_ count: Int, prefix: String, offset: Int = 0) throws {
        let staging = root.appendingPathComponent("staging-\(prefix)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        for i in 0..<count {
            let name = "\(prefix)-\(i).txt"
            try DaemonHarness.article(offset + i, tag: prefix).write(to: staging.appendingPathComponent(name))
        }
        for i in 0..<count {
            let name = "\(prefix)-\(i).txt"
            guard rename(staging.appendingPathComponent(name).path, inbox.appendingPathComponent(name).path) == 0 else {
                throw HarnessTimeout(what: "rename into the inbox", log: String(cString: strerror(errno)))
            }
        }
    }

    /// Log lines with `outcome=<kind>`.
    func outcomeLines(_ kind: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter { $0.contains(" outcome=\(kind) ") }
    }

    /// Names in a folder (dot-files excluded), as raw bytes decoded leniently.
    func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    func recordFiles() -> [URL] {
        names(in: records).filter { $0.hasSuffix(".json") }.map { records.appendingPathComponent($0) }
    }

    /// Every record, parsed; fails the test for a record that is not complete JSON.
    func parsedRecords(file: StaticString = #filePath, line: UInt = #line) -> [[String: Any]] {
        recordFiles().compactMap { url in
            guard let data = try? Data(contentsOf: url),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                XCTFail("record \(url.lastPathComponent) does not parse", file: file, line: line)
                return nil
            }
            return object
        }
    }

    /// `source.name` of every record.
    func recordSourceNames() -> [String] {
        parsedRecords().compactMap { ($0["source"] as? [String: Any])?["name"] as? String }
    }

    func waitUntil(_ what: String, timeout: TimeInterval, poll: TimeInterval = 0.05, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() > deadline { throw HarnessTimeout(what: what, log: String(log.suffix(3000))) }
            Thread.sleep(forTimeInterval: poll)
        }
    }

    /// Writes a unique small article for file number `i`.
    static func article(_ i: Int, tag: String = "") -> Data {
        Data("خبر رقم \(i)\(tag)\nقال المتحدث إن الاجتماع عقد في عمان يوم الأحد الماضي.\n".utf8)
    }
}

struct HarnessTimeout: Error, CustomStringConvertible {
    let what: String
    let log: String
    var description: String { "timed out waiting until \(what); daemon log tail:\n\(log)" }
}

/// Runs a command and returns its exit status.
@discardableResult
func runCommand(_ path: String, _ arguments: [String]) throws -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = arguments
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus
}

var isRoot: Bool { getuid() == 0 }

/// Skips a test that needs root, unless CI runs it (where everything must run).
func requireRoot(_ why: String) throws {
    if !isRoot { throw XCTSkip("SKIPPED: needs root to \(why)") }
}

/// Mounts a tmpfs of `size` at `path` (root only). Skips where mounting is impossible, except in
/// CI (CI=true), where everything must run.
func mountTmpfs(at path: URL, size: String) throws {
    try requireRoot("mount a tmpfs")
    try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
    let status = try runCommand("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path.path])
    if status != 0 {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail("mount -t tmpfs failed in CI (status \(status))")
        }
        throw XCTSkip("SKIPPED: cannot mount a tmpfs here (status \(status))")
    }
}

func unmount(_ path: URL) {
    _ = try? runCommand("/bin/umount", ["-l", path.path])
}
