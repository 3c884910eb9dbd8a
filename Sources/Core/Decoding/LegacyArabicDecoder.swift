#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts bytes in a legacy single-byte Arabic code page to a string through the C library's
/// iconv (glibc's converters), so no code-page table is typed by hand here.
enum LegacyArabicDecoder {
    /// The code pages Arabic archives use, with their iconv names.
    enum CodePage: String, CaseIterable {
        case windows1256 = "windows-1256"
        case iso88596 = "iso-8859-6"

        var iconvName: String {
            switch self {
            case .windows1256: return "WINDOWS-1256"
            case .iso88596: return "ISO-8859-6"
            }
        }
    }

    /// The decoded string, or nil when the converter rejects a byte (ISO-8859-6 leaves many
    /// byte values unassigned) or is not available.
    static func decode(_ bytes: ArraySlice<UInt8>, from codePage: CodePage) -> String? {
        let cd = iconv_open("UTF-8", codePage.iconvName)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = Array(bytes)
        // A single-byte code page needs at most 3 UTF-8 bytes per input byte.
        var output = [UInt8](repeating: 0, count: input.count * 3 + 4)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                inBuf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: inBuf.count) { inBase in
                    outBuf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: outBuf.count) { outBase in
                        var inPtr: UnsafeMutablePointer<CChar>? = inBase
                        var outPtr: UnsafeMutablePointer<CChar>? = outBase
                        var inLeft = inBuf.count
                        var outLeft = outBuf.count
                        let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                        if r == -1 || inLeft != 0 { return nil }
                        return outBuf.count - outLeft
                    }
                }
            }
        }
        guard let n = produced else { return nil }
        return String(validating: output[0..<n], as: UTF8.self)
    }

    /// How much a decoding looks like Arabic prose: letters of the Arabic block and spaces count
    /// for it; Latin-1 style accented letters, symbols and C1 controls count against it.
    /// Windows-1256 and ISO-8859-6 share few Arabic positions, so the wrong one gives noise.
    static func plausibility(_ string: String) -> Double {
        var good = 0, bad = 0
        for s in string.unicodeScalars {
            let v = s.value
            switch v {
            case 0x0621...0x064A: good += 2           // Arabic letters
            case 0x064B...0x0652, 0x060C, 0x061B, 0x061F, 0x0660...0x0669: good += 1
            case 0x20...0x7E, 0x0A, 0x0D, 0x09, 0xA0: break
            case 0x80...0x9F: bad += 4                // C1 controls: never in text
            case 0x00C0...0x00FF, 0x0152, 0x0153, 0x0192, 0x02C6: bad += 2  // Latin letters 1256 keeps at its edges
            case 0x067E, 0x0686, 0x0698, 0x06AF, 0x0679, 0x0688, 0x0691, 0x06BA, 0x06BE, 0x06C1, 0x06D2, 0x06A9:
                good += 1                              // Persian/Urdu letters only 1256 has
            default: bad += 1
            }
        }
        return Double(good - bad) / Double(max(1, string.unicodeScalars.count))
    }
}
