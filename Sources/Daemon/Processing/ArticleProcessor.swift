import ArticleCore
import Crypto
import Foundation
import Glibc

/// Turns one claimed file into a verdict: a record to write, or a failure with its reason.
/// Reads the file only after checking, without following links or blocking, that it is a
/// regular file within the size limit.
struct ArticleProcessor: Sendable {
    enum Verdict {
        case record(data: Data, name: FileName, sha256: String, bytes: Int, counts: Outcome.RecordCounts)
        case failure(reason: String, message: String, sha256: String?, bytes: Int?)
        /// The file is no longer in the processing area (someone removed it).
        case vanished
    }

    let processing: DirectoryHandle
    let maxFileSize: Int
    /// What relative dates resolve against when the article has no date line.
    let referenceDate: ReferenceDatePolicy
    let extractor = ArticleExtractor()

    func examine(_ name: FileName) -> Verdict {
        let st: stat
        do {
            guard let found = try processing.status(of: name) else { return .vanished }
            st = found
        } catch {
            return .failure(reason: "unreadable", message: "cannot stat the file: \(error)", sha256: nil, bytes: nil)
        }
        if let refusal = ArticleProcessor.refusal(for: st) { return refusal }
        if Int(st.st_size) > maxFileSize { return ArticleProcessor.tooBig(Int(st.st_size), maxFileSize) }

        let bytes: [UInt8]
        do {
            let fd = try processing.openForReading(name)
            defer { close(fd) }
            var opened = stat()
            guard fstat(fd, &opened) == 0 else { throw SystemCallError("fstat", processing.pathOf(name)) }
            if let refusal = ArticleProcessor.refusal(for: opened) { return refusal }
            if Int(opened.st_size) > maxFileSize { return ArticleProcessor.tooBig(Int(opened.st_size), maxFileSize) }
            guard let read = try ArticleProcessor.readAll(fd, limit: maxFileSize, path: processing.pathOf(name), expected: Int(opened.st_size)) else {
                return ArticleProcessor.tooBig(maxFileSize + 1, maxFileSize)
            }
            bytes = read
        } catch let error as SystemCallError where error.code == ELOOP {
            return .failure(reason: "symlink", message: "the file is a symbolic link; links are refused, not followed", sha256: nil, bytes: nil)
        } catch {
            return .failure(reason: "unreadable", message: "cannot read the file: \(error)", sha256: nil, bytes: nil)
        }

        switch extractor.extract(bytes, options: referenceDate.options(sourceName: name.description)) {
        case .success(let record):
            // The record carries the input's SHA-256 (the core computes it): not hashed twice.
            let sha256 = record.source.sha256
            return .record(
                data: RecordEncoder.encode(record), name: RecordName.make(input: name, sha256: sha256),
                sha256: sha256, bytes: bytes.count,
                counts: .init(entities: record.entities.count, dates: record.dates.count, quotes: record.quotes.count))
        case .failure(let failure):
            return .failure(reason: failure.reason, message: failure.message, sha256: ArticleProcessor.sha256(bytes), bytes: bytes.count)
        }
    }

    /// The SHA-256 of `bytes` in lowercase hex (for failures: a record carries its own).
    static func sha256(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) { hex.append(digits[Int(byte >> 4)]); hex.append(digits[Int(byte & 15)]) }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Why something that is not a regular file is refused, or nil for a regular file.
    static func refusal(for st: stat) -> Verdict? {
        let kind: (String, String)?
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = nil
        case S_IFLNK: kind = ("symlink", "a symbolic link")
        case S_IFIFO: kind = ("fifo", "a FIFO (named pipe)")
        case S_IFSOCK: kind = ("socket", "a socket")
        case S_IFCHR, S_IFBLK: kind = ("device", "a device node")
        case S_IFDIR: kind = ("directory", "a directory")
        default: kind = ("not_regular", "not a regular file")
        }
        guard let (reason, what) = kind else { return nil }
        return .failure(reason: reason, message: "the input is \(what); only regular files are taken, and it was not opened", sha256: nil, bytes: nil)
    }

    static func tooBig(_ size: Int, _ limit: Int) -> Verdict {
        .failure(reason: "too_big", message: "the file has \(size) bytes, more than files.max_file_size (\(limit) bytes); it was not read",
                 sha256: nil, bytes: size)
    }

    /// The whole file, or nil if it holds more than `limit` bytes (it grew after fstat).
    /// `expected` (the size fstat gave) sizes the first read, so a file is usually read in one call
    /// (and no second one to find the end, when it holds exactly that many bytes).
    static func readAll(_ fd: Int32, limit: Int, path: String, expected: Int = 0) throws -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: min(limit, max(expected, 0)) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > limit { return nil }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 64 * 1024), limit + 1 - count)))
            }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SystemCallError("read", path)
            }
            if n == 0 { break }
            count += n
            // Exactly the size fstat gave, in a read that had room for more: that is the end of
            // a regular file, without one more read to be told so.
            if count == expected && count < bytes.count { break }
        }
        if count > limit { return nil }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
