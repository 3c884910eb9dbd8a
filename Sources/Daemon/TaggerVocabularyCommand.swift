import ArgumentParser
import ArticleCore
import Foundation

/// `articled tagger vocabulary`: store in a model file the vocabulary whose emission sums the
/// tagger works out at load (`TaggerVocabulary`), without retraining. `train` does the same.
struct TaggerVocabularyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vocabulary",
        abstract: "Store the words of ANERcorp's training split and WikiFANE (and, as an option, their stems' forms) in a model file as its vocabulary.",
        discussion: "Only speed changes: a word's scores are the same in or out of the vocabulary. Deterministic."
    )

    @Option(help: "The shared data folder (corpora and gazetteers).")
    var data = "../shared/data"

    @Option(help: "The model file to read and rewrite.")
    var model = "Sources/Core/Resources/\(EntityTagger.resourceName)"

    @Option(help: "Words seen fewer times than this are left out.")
    var minimumCount = TaggerVocabulary.defaultMinimumCount

    @Option(help: "Also list the forms (with و ب ل and the article) of the stems whose words were seen at least this often in all; 0: none.")
    var stemFormsMinimum = TaggerVocabulary.defaultStemFormsMinimum ?? 0

    func run() throws {
        var stored = try TaggerModelFile.decode(Array(try Data(contentsOf: URL(fileURLWithPath: model))))
        let train = try TaggerCorpus.anercorpSplit(dataDirectory: data).train
        let wiki = try TaggerCorpus.wikifaneSentences(dataDirectory: data)
        stored.vocabulary = TaggerVocabulary.words(of: (train + wiki).map(\.words), minimumCount: minimumCount,
                                                     stemFormsMinimum: stemFormsMinimum > 0 ? stemFormsMinimum : nil)
        let bytes = TaggerModelFile.encode(stored)
        try Data(bytes).write(to: URL(fileURLWithPath: model))
        TaggerCommand.progress("wrote \(model) (\(bytes.count) bytes) with a vocabulary of \(stored.vocabulary.count) words")
    }
}
