import XCTest

/// `articled tagger tag`, `evaluate` and `vocabulary`, run as the built binary over real files.
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

    func testVocabularyIsStoredInACopyOfTheModelAndChangesNoTag() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = repository.deletingLastPathComponent().appendingPathComponent("shared/data")
        guard FileManager.default.fileExists(atPath: data.appendingPathComponent("wikifane").path) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("../shared/data is missing, and CI must have it") }
            throw XCTSkip("SKIPPED: ../shared/data is absent (the shared data sits beside the repository)")
        }
        let model = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-\(UUID().uuidString).model")
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Sources/Core/Resources/EntityTagger.model"), to: model)
        addTeardownBlock { try? FileManager.default.removeItem(at: model) }
        let before = try Data(contentsOf: model)
        // Words seen 50 times or more, no stem forms: a small vocabulary, another file, the same tags.
        let stored = try run(["tagger", "vocabulary", "--model", model.path, "--data", data.path, "--minimum-count", "50",
                              "--stem-forms-minimum", "0"])
        XCTAssertEqual(stored.status, 0)
        let after = try Data(contentsOf: model)
        XCTAssertNotEqual(after, before)
        XCTAssertLessThan(after.count, before.count, "fewer words than the committed vocabulary")
        let text = "قال الرئيس الأمريكي في واشنطن إن وزارة الخارجية ستعلن غدا .\nوزار الوفد القاهرة وبيروت .\n"
            .split(separator: " ").joined(separator: "\n")
        let builtIn = try run(["tagger", "tag", "-"], input: text)
        let copy = try run(["tagger", "tag", "--model", model.path, "-"], input: text)
        XCTAssertEqual(copy.status, 0)
        XCTAssertEqual(copy.out, builtIn.out)
        XCTAssertTrue(copy.out.contains("واشنطن\tB-LOC"), copy.out)
    }
}
