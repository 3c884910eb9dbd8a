import XCTest

/// `articled tagger tag` and `articled tagger evaluate`, run as the built binary over real files.
final class TaggerCommandTests: XCTestCase {
    private var binary: URL { Bundle.main.bundleURL.appendingPathComponent("articled") }

    private func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, out: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        if input != nil { process.standardInput = inPipe }
        try process.run()
        if let input {
            inPipe.fileHandleForWriting.write(Data(input.utf8))
            try inPipe.fileHandleForWriting.close()
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private func temporaryFile(_ contents: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-\(UUID().uuidString).txt")
        try Data(contents.utf8).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testTagWritesTokenTabTagPerLineWithTokensAsGiven() throws {
        // First column only; extra columns, CRLF and a diacritic must not change the token written.
        let file = try temporaryFile("وصل O\r\nالوفدُ\r\nإلى\r\nالقاهرة B-LOC\r\n\r\n\r\nقال\nالرئيس\n")
        let (status, out) = try run(["tagger", "tag", file.path])
        XCTAssertEqual(status, 0)
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.count, 9, out)  // 4 tokens, blank, 2 tokens, blank, final empty
        let tokens = ["وصل", "الوفدُ", "إلى", "القاهرة", "", "قال", "الرئيس", "", ""]
        let tags = Set(["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"])
        for (line, token) in zip(lines, tokens) {
            if token.isEmpty { XCTAssertEqual(line, ""); continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            XCTAssertEqual(columns.count, 2, line)
            XCTAssertEqual(String(columns[0]), token)
            XCTAssertTrue(tags.contains(String(columns[1])), line)
        }
        XCTAssertEqual(lines[3], "القاهرة\tB-LOC")
    }

    func testTagKeepsWikiFANEStyleTokensAsGiven() throws {
        // Byte-order mark, CRLF, tab-separated tags, a U+200E mark before each token.
        let file = try temporaryFile("\u{FEFF}\u{200E}في\tO\r\n\u{200E}واشنطن\tB-GPE_Population-Center\r\n")
        let (status, out) = try run(["tagger", "tag", file.path])
        XCTAssertEqual(status, 0)
        XCTAssertEqual(out, "\u{200E}في\tO\n\u{200E}واشنطن\tB-LOC\n\n")
    }

    func testTagReadsStandardInput() throws {
        let (status, out) = try run(["tagger", "tag", "-"], input: "في\nواشنطن\n")
        XCTAssertEqual(status, 0)
        XCTAssertEqual(out, "في\tO\nواشنطن\tB-LOC\n\n")
    }

    func testEvaluatePrintsConllevalCounts() throws {
        let file = try temporaryFile("في O\nواشنطن B-LOC\n\nفي O\nالقاهرة B-LOC\n")
        let (status, out) = try run(["tagger", "evaluate", file.path])
        XCTAssertEqual(status, 0)
        XCTAssertTrue(out.hasPrefix("processed 4 tokens with 2 phrases; found: 2 phrases; correct: 2.\n"), out)
        XCTAssertTrue(out.contains("              LOC: precision: 100.00%; recall: 100.00%; FB1: 100.00  2"), out)
    }

    func testEvaluateRejectsLinesWithoutGoldTags() throws {
        let file = try temporaryFile("في\nواشنطن B-LOC\n")
        XCTAssertNotEqual(try run(["tagger", "evaluate", file.path]).status, 0)
    }
}
