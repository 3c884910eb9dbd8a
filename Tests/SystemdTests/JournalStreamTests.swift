import Glibc
import Logging
import XCTest
@testable import Systemd

/// JOURNAL_STREAM detection, the way systemd documents it: trust it only when device and inode match
/// the descriptor.
final class JournalStreamTests: XCTestCase {
    private func identity(of fd: Int32) -> String {
        var info = stat()
        XCTAssertEqual(fstat(fd, &info), 0)
        return "\(info.st_dev):\(info.st_ino)"
    }

    func testMatchingDeviceAndInodeMeansJournal() throws {
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        defer { close(ends[0]); close(ends[1]) }
        XCTAssertTrue(JournalStream.isConnected(fd: ends[1], environmentValue: identity(of: ends[1])))
    }

    func testInheritedVariableForAnotherStreamIsIgnored() throws {
        var first: [Int32] = [0, 0], second: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&first), 0)
        XCTAssertEqual(pipe(&second), 0)
        defer { [first[0], first[1], second[0], second[1]].forEach { close($0) } }
        XCTAssertFalse(JournalStream.isConnected(fd: second[1], environmentValue: identity(of: first[1])))
    }

    func testMalformedOrMissingValuesAreIgnored() {
        for value in [nil, "", "12", "a:b", "1:2:3", ":"] as [String?] {
            XCTAssertFalse(JournalStream.isConnected(fd: STDERR_FILENO, environmentValue: value), String(describing: value))
        }
        XCTAssertFalse(JournalStream.isConnected(fd: -1, environmentValue: "1:1"))
    }

    func testFactoryPicksTheRequestedBackend() {
        let journal = SystemdLogging.handlerFactory(identifier: "t", fieldPrefix: "T_", logLevel: .debug, backend: .journal)("l")
        let handler = try? XCTUnwrap(journal as? JournalLogHandler)
        XCTAssertEqual(handler?.identifier, "t")
        XCTAssertEqual(handler?.fieldPrefix, "T_")
        XCTAssertEqual(handler?.logLevel, .debug)
        let stderr = SystemdLogging.handlerFactory(identifier: "t", fieldPrefix: "T_", logLevel: .notice, backend: .standardError)("l")
        XCTAssertTrue(stderr is StreamLogHandler)
        XCTAssertEqual(stderr.logLevel, .notice)
    }
}
