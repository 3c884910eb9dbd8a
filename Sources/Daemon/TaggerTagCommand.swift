import ArgumentParser
import ArticleCore
import Foundation

/// `articled tagger tag`: tag tokens given one per line, for outside scorers.
struct TaggerTagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag tokens given one per line (first column; blank lines separate sentences).",
        discussion: "Writes token<TAB>tag per line, tokens exactly as given, a blank line after each sentence."
    )

    @OptionGroup var common: TaggerModelOptions

    @Argument(help: "The token file; - for standard input.")
    var file: String

    func run() throws {
        let tagger = try common.tagger()
        var out = ""
        // The file is one text: the second pass looks across neighbouring sentences.
        let sentences = try CoNLLFile(path: file).sentences
        for (s, tags) in zip(sentences, tagger.tag(document: sentences.map(\.tokens))) {
            for (token, tag) in zip(s.tokens, tags) { out += "\(token)\t\(tag)\n" }
            out += "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
