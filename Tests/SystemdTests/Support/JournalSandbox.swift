import Foundation
import XCTest

/// Runs a test next to a real systemd-journald that the test starts itself.
///
/// journald's socket path is fixed (/run/systemd/journal/socket), and a multi-threaded test process
/// cannot move itself into another mount namespace, so a journal test re-runs itself: outside, it
/// launches `journal-sandbox.sh` (a private PID + mount namespace with its own journald), which runs
/// this same test binary filtered to this one test with JOURNAL_SANDBOX_INSIDE=1; inside, the test
/// body runs for real. The outside half passes only if the inside half ran and passed.
enum JournalSandbox {
    static var isInside: Bool { ProcessInfo.processInfo.environment["JOURNAL_SANDBOX_INSIDE"] == "1" }

    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/testing/journal-sandbox.sh").path

    /// Outside the sandbox: runs `test` inside it, asserts it passed, and returns true (the caller
    /// returns). Inside: returns false, so the caller runs its body against the sandbox's journald.
    static func delegate(_ test: XCTestCase, function: String = #function, file: StaticString = #filePath, line: UInt = #line) throws -> Bool {
        if isInside { return false }
        guard getuid() == 0 else { throw XCTSkip("SKIPPED: starting systemd-journald needs root") }
        guard FileManager.default.isExecutableFile(atPath: "/lib/systemd/systemd-journald"),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")
        else { throw XCTSkip("SKIPPED: systemd-journald or unshare is not installed") }

        let className = String(describing: type(of: test))
        let method = function.hasSuffix("()") ? String(function.dropLast(2)) : function
        let filter = "SystemdTests.\(className)/\(method)"
        let result = try runBounded(["/bin/bash", script, CommandLine.arguments[0], filter], timeout: 60)
        XCTAssertEqual(result.status, 0, "inside run failed:\n\(result.output)", file: file, line: line)
        // Guard against a filter that matched nothing, or an inside run that skipped.
        XCTAssertTrue(result.output.contains("Executed 1 test, with 0 failures"), result.output, file: file, line: line)
        XCTAssertFalse(result.output.contains("SKIPPED"), result.output, file: file, line: line)
        return true
    }

    /// Runs a command, killing it (and, via unshare's --kill-child, the whole sandbox) after `timeout`.
    static func runBounded(_ arguments: [String], timeout: TimeInterval) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let timer = DispatchSource.makeTimerSource()
        timer.schedule(deadline: .now() + timeout)
        timer.setEventHandler { kill(process.processIdentifier, SIGKILL) }
        timer.resume()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
