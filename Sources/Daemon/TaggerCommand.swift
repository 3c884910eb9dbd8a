import ArgumentParser
import ArticleCore
import Foundation

/// `articled tagger`: train, evaluate and run the entity tagger (see docs/tagger.md).
struct TaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Train, evaluate and run the Arabic entity tagger.",
        subcommands: [TaggerTrainCommand.self, TaggerEvaluateCommand.self, TaggerTagCommand.self, TaggerBenchmarkCommand.self, TaggerVocabularyCommand.self]
    )

    /// Writes progress and summaries that are not a command's output to standard error.
    static func progress(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// Where the shared corpora are and which model to use: options common to the subcommands.
struct TaggerModelOptions: ParsableArguments {
    @Option(help: "The shared data folder (corpora and gazetteers).")
    var data = "../shared/data"

    @Option(help: "A model file to use instead of the one built into articled.")
    var model: String?

    func tagger() throws -> EntityTagger {
        guard let model else { return EntityTagger.bundled }
        return EntityTagger(model: try TaggerModelFile.decode(Array(try Data(contentsOf: URL(fileURLWithPath: model)))))
    }
}
