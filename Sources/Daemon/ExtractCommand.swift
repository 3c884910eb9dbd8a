import ArgumentParser
import ArticleCore
import Crypto
import Foundation

/// `articled extract`: run the extraction core once over files, without the daemon.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract records from article files once, without the daemon.",
        discussion: """
            Writes one JSON record per line to standard output, or with --output one record file \
            per input into a folder (named and written exactly as the daemon does). Use - to read \
            standard input. Failures are reported on standard error. Exit status: 0 when every \
            file gave a record, 1 otherwise.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Write record files into this folder instead of standard output.", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(
        "Resolve relative dates (الجاري، أمس ...) against this day instead of a date line in the article.",
        valueName: "yyyy-mm-dd"))
    var referenceDate: String?

    @Argument(help: "Article files to read; - for standard input.")
    var files: [String]

    func validate() throws {
        if let referenceDate, CivilDate(iso: referenceDate) == nil {
            throw ValidationError("--reference-date \(referenceDate) is not a calendar date as YYYY-MM-DD")
        }
    }

    func run() throws {
        let extractor = ArticleExtractor()
        let writer = try output.map { dir -> RecordWriter in
            let records = try DirectoryHandle(path: dir, create: true)
            let temp = try DirectoryHandle(path: dir + "/" + FolderLayout.recordTempFolder, create: true)
            return RecordWriter(records: records, temp: temp, instance: "extract")
        }
        var failed = false
        for file in files {
            let bytes: [UInt8]
            do {
                bytes = file == "-" ? Array(FileHandle.standardInput.readDataToEndOfFile())
                    : Array(try Data(contentsOf: URL(fileURLWithPath: file)))
            } catch {
                FileHandle.standardError.write(Data("\(file): unreadable: \(error.localizedDescription)\n".utf8))
                failed = true
                continue
            }
            // The same source name the daemon gives: the file's own name, without its folder.
            let name = file == "-" ? nil : FileName(URL(fileURLWithPath: file).lastPathComponent)
            switch extractor.extract(bytes, options: .init(sourceName: name?.description, referenceDate: referenceDate)) {
            case .success(let record):
                let data = RecordEncoder.encode(record)
                if let writer {
                    let recordName = RecordName.make(input: name ?? FileName("stdin"), sha256: record.source.sha256)
                    do {
                        try writer.write(data, as: recordName)
                        try writer.commit()
                        print(writer.path(of: recordName))
                    } catch {
                        FileHandle.standardError.write(Data("\(file): cannot write the record: \(error)\n".utf8))
                        failed = true
                    }
                } else {
                    FileHandle.standardOutput.write(data + Data("\n".utf8))
                }
            case .failure(let failure):
                FileHandle.standardError.write(Data("\(file): \(failure)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
