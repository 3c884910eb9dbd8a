import ArgumentParser
import ArticleCore
import Foundation

/// `articled extract`: run the extraction core once over files, without the daemon.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract records from article files once, without the daemon.",
        discussion: "Writes one JSON record per line to standard output. Use - to read standard input."
    )

    @Argument(help: "Article files to read; - for standard input.")
    var files: [String]

    func run() throws {
        let extractor = ArticleExtractor()
        var failed = false
        for file in files {
            let bytes: [UInt8]
            if file == "-" {
                bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            } else {
                bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
            }
            switch extractor.extract(bytes, options: .init(sourceName: file == "-" ? nil : file)) {
            case .success(let record):
                FileHandle.standardOutput.write(RecordEncoder.encode(record) + Data("\n".utf8))
            case .failure(let failure):
                FileHandle.standardError.write(Data("\(file): \(failure)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
