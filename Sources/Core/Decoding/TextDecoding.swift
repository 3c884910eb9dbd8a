/// The decoded text of an input and how it was read.
public struct DecodedText: Sendable {
    /// The text, with the scalars every span counts in.
    public let text: ArticleText
    public var string: String { text.string }
    /// "utf-8", "utf-16le", "utf-16be", "windows-1256" or "iso-8859-6".
    public let encoding: String
    public let hadBOM: Bool
    /// "lf", "crlf", "cr", "mixed" or "none".
    public let lineEndings: String
}

/// Bytes to text. Line ends are kept as they are in the original (the record's offsets point
/// into exactly what was decoded); the byte-order mark is not part of the text.
///
/// Order of trust: a BOM says what the bytes are; valid UTF-8 is UTF-8 (legacy Arabic code pages
/// almost never form valid multi-byte UTF-8 by chance); otherwise Windows-1256 and ISO-8859-6 are
/// both tried through iconv and the more Arabic-looking result wins. Content with NUL bytes or
/// many control characters is refused as binary.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) -> Result<DecodedText, ExtractionFailure> {
        if bytes.isEmpty { return .failure(.init(reason: "empty", message: "the file is empty (0 bytes)")) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes[2...], littleEndian: bytes[0] == 0xFF)
        }
        var body = bytes[...]
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if bom { body = bytes[3...] }
        // One pass over the bytes for both: CR and LF are the same bytes in UTF-8 and in the
        // single-byte code pages.
        let scan = body.withUnsafeBufferPointer { scanBytes($0) }
        if let reason = scan.binaryReason {
            return .failure(.init(reason: "binary", message: reason))
        }
        if let text = body.withUnsafeBufferPointer({ ArticleText(validatingUTF8: $0) }) {
            return .success(DecodedText(text: text, encoding: "utf-8", hadBOM: bom, lineEndings: scan.lineEndings))
        }
        if bom {
            return .failure(.init(reason: "undecodable", message: "the file starts with a UTF-8 byte-order mark but is not valid UTF-8"))
        }
        var best: (page: LegacyArabicDecoder.CodePage, string: String, score: Double)?
        for page in LegacyArabicDecoder.CodePage.allCases {
            guard let s = LegacyArabicDecoder.decode(body, from: page) else { continue }
            let score = LegacyArabicDecoder.plausibility(s)
            if best == nil || score > best!.score { best = (page, s, score) }
        }
        guard let chosen = best, chosen.score > 0 else {
            return .failure(.init(reason: "undecodable",
                message: "the bytes are not UTF-8, and neither Windows-1256 nor ISO-8859-6 gives Arabic text"))
        }
        return .success(DecodedText(text: ArticleText(chosen.string), encoding: chosen.page.rawValue, hadBOM: false,
                                    lineEndings: scan.lineEndings))
    }

    private static func decodeUTF16(_ body: ArraySlice<UInt8>, littleEndian: Bool) -> Result<DecodedText, ExtractionFailure> {
        let name = littleEndian ? "utf-16le" : "utf-16be"
        guard body.count % 2 == 0 else {
            return .failure(.init(reason: "undecodable", message: "\(name) byte-order mark, but an odd number of bytes follows"))
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i < body.endIndex {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        guard let string = String(validating: units, as: UTF16.self) else {
            return .failure(.init(reason: "undecodable", message: "\(name) byte-order mark, but the bytes are not valid \(name)"))
        }
        if let reason = binaryReason(string.unicodeScalars.lazy.map { $0.value < 0x20 ? UInt8($0.value) : 0x41 }) {
            return .failure(.init(reason: "binary", message: reason))
        }
        return .success(DecodedText(text: ArticleText(string), encoding: name, hadBOM: true, lineEndings: lineEndings(of: string)))
    }

    /// Why the bytes are binary content (see `binaryReason`), and their line ends.
    static func scanBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (binaryReason: String?, lineEndings: String) {
        var controls = 0, lf = 0, crlf = 0, cr = 0
        var previousCR = false
        // Only bytes below 0x20 count: runs of 32 bytes without one are skipped four 8-byte
        // words at a time (a word has a byte below 0x20 iff (w - 0x20 per byte) & ~w has a high
        // bit set: the borrow test of "Bit Twiddling Hacks", exact for whether one exists).
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasControl(_ w: UInt64) -> UInt64 { (w &- 0x20 &* ones) & ~w & highBits }
        var i = 0
        while i < bytes.count {
            if i + 32 <= bytes.count {
                let raw = UnsafeRawPointer(bytes.baseAddress!) + i
                let any = hasControl(raw.loadUnaligned(as: UInt64.self)) | hasControl(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                    | hasControl(raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
                    | hasControl(raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
                if any == 0 { i += 32; continue }
            }
            let b = bytes[i]
            i += 1
            guard b < 0x20 else { continue }
            if b == 0 { return ("the file contains NUL bytes: binary content, not an article", "none") }
            switch b {
            case 0x0A:
                if previousCR { crlf += 1; cr -= 1 } else { lf += 1 }
                previousCR = false
                continue
            case 0x0D: cr += 1; previousCR = true; continue
            case 0x09, 0x0C, 0x1B: break
            default: controls += 1
            }
            previousCR = false
        }
        // previousCR must also reset on ordinary bytes between CR and LF; a CR directly followed
        // by LF is the only CRLF, so recount the pairs exactly when both kinds occur.
        if crlf > 0 || (cr > 0 && lf > 0) {
            var exactCRLF = 0, lastCR = false
            for b in bytes { if b == 0x0A, lastCR { exactCRLF += 1 }; lastCR = b == 0x0D }
            let crTotal = cr + crlf, lfTotal = lf + crlf
            crlf = exactCRLF; cr = crTotal - exactCRLF; lf = lfTotal - exactCRLF
        }
        var reason: String?
        if controls > 0, controls * 100 > bytes.count {
            reason = "\(controls) of \(bytes.count) bytes are control characters: binary content, not an article"
        }
        let kinds = [(lf, "lf"), (crlf, "crlf"), (cr, "cr")].filter { $0.0 > 0 }
        return (reason, kinds.isEmpty ? "none" : kinds.count == 1 ? kinds[0].1 : "mixed")
    }

    /// Why the bytes are binary content rather than text, or nil. NUL never occurs in text;
    /// other C0 controls (besides tab, line ends, form feed and escape) are tolerated up to 1%.
    static func binaryReason<S: Sequence>(_ bytes: S) -> String? where S.Element == UInt8 {
        var controls = 0, total = 0
        for b in bytes {
            total += 1
            if b == 0 { return "the file contains NUL bytes: binary content, not an article" }
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C, b != 0x1B { controls += 1 }
        }
        if controls > 0, controls * 100 > total {
            return "\(controls) of \(total) bytes are control characters: binary content, not an article"
        }
        return nil
    }

    static func lineEndings(of string: String) -> String {
        var lf = 0, crlf = 0, cr = 0
        var previousCR = false
        // CR and LF are ASCII: no other scalar's UTF-8 contains their bytes.
        var copy = string
        copy.withUTF8 { bytes in
            for b in bytes {
                if b == 0x0A { if previousCR { crlf += 1; cr -= 1 } else { lf += 1 } }
                if b == 0x0D { cr += 1 }
                previousCR = b == 0x0D
            }
        }
        let kinds = [(lf, "lf"), (crlf, "crlf"), (cr, "cr")].filter { $0.0 > 0 }
        if kinds.isEmpty { return "none" }
        return kinds.count == 1 ? kinds[0].1 : "mixed"
    }
}
