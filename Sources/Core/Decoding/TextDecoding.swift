/// The decoded text of an input and how it was read.
public struct DecodedText: Sendable {
    public let string: String
    public let encoding: String
    public let hadBOM: Bool
    public let lineEndings: String
}

/// Bytes to text. Line ends are kept as they are in the original (the record's offsets point
/// into exactly what was decoded).
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) -> Result<DecodedText, ExtractionFailure> {
        if bytes.isEmpty { return .failure(.init(reason: "empty", message: "the file is empty (0 bytes)")) }
        var body = bytes[...]
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if bom { body = bytes[3...] }
        if body.contains(0) {
            return .failure(.init(reason: "binary", message: "the file contains NUL bytes: binary content, not an article"))
        }
        guard let string = String(validating: body, as: UTF8.self) else {
            return .failure(.init(reason: "undecodable", message: "the bytes are not valid UTF-8"))
        }
        return .success(DecodedText(string: string, encoding: "utf-8", hadBOM: bom, lineEndings: lineEndings(of: body)))
    }

    static func lineEndings(of bytes: ArraySlice<UInt8>) -> String {
        var lf = 0, crlf = 0, cr = 0
        var previousCR = false
        for b in bytes {
            if b == 0x0A { if previousCR { crlf += 1; cr -= 1 } else { lf += 1 } }
            if b == 0x0D { cr += 1 }
            previousCR = b == 0x0D
        }
        let kinds = [(lf, "lf"), (crlf, "crlf"), (cr, "cr")].filter { $0.0 > 0 }
        if kinds.isEmpty { return "none" }
        return kinds.count == 1 ? kinds[0].1 : "mixed"
    }
}
