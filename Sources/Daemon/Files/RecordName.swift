/// The file name of a record: `<sanitised input stem>.<first 16 hex of the input's SHA-256>.json`.
///
/// Stable (same input, same name), unique per content, readable, and the duplicate index can be
/// rebuilt from a directory listing because the hash prefix is part of the name.
enum RecordName {
    static let hashLength = 16
    static let maxStemBytes = 160

    static func make(input: FileName, sha256: String) -> FileName {
        FileName("\(sanitisedStem(of: input)).\(sha256.prefix(hashLength)).json")
    }

    /// The hash prefix in a record file name, or nil for anything else in the folder.
    static func hashPrefix(of name: FileName) -> String? {
        let string = name.description
        guard string.hasSuffix(".json"), !name.isDotFile else { return nil }
        let parts = string.dropLast(5).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let last = parts.last, last.count == hashLength,
              last.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
        return String(last)
    }

    /// The input name without its extension; anything a shell or a consumer could trip over
    /// (control characters, slashes, invalid UTF-8, leading dots) becomes `_`; cut to a
    /// bounded length on a character boundary.
    static func sanitisedStem(of input: FileName) -> String {
        var name = input.description
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            name = String(name[..<dot])
        }
        var out = ""
        for scalar in name.unicodeScalars {
            let bad = scalar.value < 0x20 || scalar.value == 0x7F || scalar == "/" || scalar == "\u{FFFD}"
                || scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .lineSeparator
                || scalar.properties.generalCategory == .paragraphSeparator
            let replacement: Unicode.Scalar = bad ? "_" : scalar
            if out.utf8.count + String(replacement).utf8.count > maxStemBytes { break }
            out.unicodeScalars.append(replacement)
        }
        while out.hasPrefix(".") { out = "_" + out.dropFirst() }
        return out.isEmpty ? "article" : out
    }
}
