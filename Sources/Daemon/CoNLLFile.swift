import ArticleCore
import Foundation

/// A CoNLL-style file read into sentences: whitespace- or tab-separated columns per line, a blank
/// line between sentences. Tolerates a byte-order mark and CRLF line ends. Tokens are kept exactly
/// as given (the U+200E marks WikiFANE puts before each token included: `MatchKey` folds them away).
struct CoNLLFile {
    struct Sentence {
        var tokens: [String] = []
        /// The last column of each line (the tag), when a line has two columns or more.
        var tags: [String?] = []
    }

    let sentences: [Sentence]

    init(text: String) {
        var sentences: [Sentence] = []
        var current = Sentence()
        // "\r\n" is one Character, so lines are split at any newline Character.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = Substring(rawLine)
            if line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if columns.isEmpty {
                if !current.tokens.isEmpty { sentences.append(current); current = Sentence() }
                continue
            }
            current.tokens.append(String(columns[0]))
            current.tags.append(columns.count > 1 ? String(columns[columns.count - 1]) : nil)
        }
        if !current.tokens.isEmpty { sentences.append(current) }
        self.sentences = sentences
    }

    init(path: String) throws {
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
        self.init(text: String(decoding: data, as: UTF8.self))
    }
}
