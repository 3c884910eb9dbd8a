import Foundation
import XCTest
@testable import ArticleCore

/// Shorthands for the core's tests, and the sink that keeps every record a test produces so
/// scripts/checks/record-schema.sh can validate it against docs/record.schema.json.
enum CoreTestSupport {
    /// Seconds of CPU time `body` took on this thread: what the linear-time checks compare, so
    /// that a loaded machine (other jobs taking the cores) cannot make them fail.
    static func cpuSeconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
        let start = now()
        body()
        return now() - start
    }

    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures: URL = repositoryRoot.appendingPathComponent("Tests/CoreTests/Fixtures")

    /// Where test records go: .build/test-records/<name>.json (one JSON record per file).
    static let recordDirectory: URL = repositoryRoot.appendingPathComponent(".build/test-records")

    static func record(_ text: String, reference: String? = nil, name: String? = nil,
                       file: StaticString = #filePath, line: UInt = #line) throws -> ArticleRecord {
        try record(bytes: Array(text.utf8), reference: reference, name: name, file: file, line: line)
    }

    /// The amounts of one sentence under a placeholder title, each checked to slice to its surface.
    static func amounts(in sentence: String, file: StaticString = #filePath, line: UInt = #line) throws -> [Amount] {
        let r = try record("عنوان الخبر\n" + sentence, file: file, line: line)
        for a in r.amounts { XCTAssertEqual(r.slice(a.start, a.end), a.text, "span slices to its surface", file: file, line: line) }
        return r.amounts
    }

    static func record(bytes: [UInt8], reference: String? = nil, name: String? = nil,
                       file: StaticString = #filePath, line: UInt = #line) throws -> ArticleRecord {
        switch ArticleExtractor().extract(bytes, options: .init(sourceName: name, referenceDate: reference)) {
        case .success(let record):
            keep(record, name: name ?? "t-" + Fingerprinter.hex64(Fingerprinter.fnv1a(bytes)))
            return record
        case .failure(let failure):
            XCTFail("extraction failed: \(failure)", file: file, line: line)
            throw failure
        }
    }

    static func keep(_ record: ArticleRecord, name: String) {
        try? FileManager.default.createDirectory(at: recordDirectory, withIntermediateDirectories: true)
        let safe = name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "_" }
        try? RecordEncoder.encode(record).write(to: recordDirectory.appendingPathComponent(String(safe) + ".json"))
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }
}

extension ArticleRecord {
    /// The surface of a span of this record's text.
    func slice(_ start: Int, _ end: Int) -> String { ArticleText(text).slice(Span(start: start, end: end)) }
}
