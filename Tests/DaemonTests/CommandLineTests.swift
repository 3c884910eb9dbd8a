import XCTest

final class CommandLineTests: XCTestCase {
    func testExtractWritesOneRecordPerLine() throws {
        let binary = productsDirectory.appendingPathComponent("articled")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.txt")
        try Data("عنوان\nنص المقال.".utf8).write(to: file)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["extract", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let json = try JSONSerialization.jsonObject(with: out) as? [String: Any]
        XCTAssertEqual(json?["text"] as? String, "عنوان\nنص المقال.")
    }

    var productsDirectory: URL {
        Bundle.main.bundleURL
    }
}
