import ArgumentParser
import ArticleCore
import Foundation

/// `articled tagger evaluate`: conlleval-exact scores of the tagger on a CoNLL file.
struct TaggerEvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Tag a CoNLL file (token and gold tag per line) and print precision, recall and F1 as conlleval counts them.",
        discussion: "With --dev-split, evaluates on the development split of ANERcorp (its last 10% of sentences) instead."
    )

    @OptionGroup var common: TaggerModelOptions

    @Flag(help: "Evaluate on the development split of ANERcorp.")
    var devSplit = false

    @Argument(help: "A CoNLL file: token and gold tag per line, blank line between sentences; - for standard input.")
    var file: String?

    func validate() throws {
        if devSplit == (file != nil) { throw ValidationError("give either a FILE or --dev-split") }
    }

    func run() throws {
        let tagger = try common.tagger()
        if devSplit {
            print(TaggerDevelopment.evaluate(tagger, on: try TaggerCorpus.anercorpSplit(dataDirectory: common.data).dev).report)
            return
        }
        var evaluation = ChunkEvaluation()
        let sentences = try CoNLLFile(path: file!).sentences
        guard sentences.allSatisfy({ $0.tags.allSatisfy { $0 != nil } }) else { throw ValidationError("\(file!): a line without a gold tag") }
        // The file is one text: the second pass looks across neighbouring sentences.
        for (s, guessed) in zip(sentences, tagger.tag(document: sentences.map(\.tokens))) {
            evaluation.add(gold: s.tags.map { $0! }, guessed: guessed)
        }
        print(evaluation.report)
    }
}
