import ArgumentParser
import ArticleCore
import Foundation

/// `articled tagger`: train, evaluate and run the entity tagger (see docs/tagger.md).
struct TaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Train, evaluate and run the Arabic entity tagger.",
        subcommands: [TaggerTrainCommand.self, TaggerEvaluateCommand.self, TaggerTagCommand.self, TaggerBenchmarkCommand.self]
    )
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

/// Prints to standard error (progress and summaries that are not the command's output).
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// `articled tagger train`: train the model from ../shared/data and write the model file.
struct TaggerTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the entity tagger on ANERcorp (all but its last 10% of sentences) and write the model file.",
        discussion: "Deterministic: the same data and options give the same file. Prints the development F1 after each epoch."
    )

    @OptionGroup var common: TaggerModelOptions

    @Option(help: "Where to write the model.")
    var output = "Sources/Core/Resources/\(EntityTagger.resourceName)"

    @Option(help: "Training passes over the data.")
    var epochs = PerceptronTrainer.Options().epochs

    @Option(help: "log2 of the number of weight rows.")
    var bucketBits = PerceptronTrainer.Options().bucketBits

    @Option(help: "Seed of the shuffling between epochs.")
    var seed = PerceptronTrainer.Options().seed

    @Option(help: "Margin of cost-augmented decoding in training (0 for the plain perceptron).")
    var cost = PerceptronTrainer.Options().cost

    @Option(help: "Models (seeds seed, seed+1, ...) whose weights are summed: steadier than one.")
    var ensemble = PerceptronTrainer.Options().members

    @Option(help: "Step of the O bias search on the development split (default 1.5 per ensemble member).")
    var biasStep: Float?

    @Flag(help: "Add WikiFANE (coarse types mapped to PERS/LOC/ORG/MISC) to the training sentences.")
    var wikifane = false

    @Flag(inversion: .prefixedNo, help: "Learn the feature lexicons (names, word statistics, letter trigrams) from WikiFANE too.")
    var wikifaneLexicons = true

    @Flag(inversion: .prefixedNo, help: "Use the word statistics features.")
    var wordStatistics = true

    @Flag(inversion: .prefixedNo, help: "Use the letter-trigram features.")
    var characterModel = true

    func run() throws {
        let (train, dev) = try TaggerCorpus.anercorpSplit(dataDirectory: common.data)
        var sentences = train
        var lexiconCorpus: [TaggerTrainingSentence] = []
        if wikifane || wikifaneLexicons {
            let wiki = try TaggerCorpus.wikifaneSentences(dataDirectory: common.data)
            if wikifane { sentences += wiki }
            if wikifaneLexicons { lexiconCorpus = wiki }
        }
        let gazetteer = TaggerGazetteer.standard(cityNames: try TaggerCorpus.cityNames(dataDirectory: common.data))
        printError("training on \(sentences.count) sentences (\(sentences.reduce(0) { $0 + $1.words.count }) tokens), development split \(dev.count) sentences, gazetteer \(gazetteer.keys.count) entries")
        var options = PerceptronTrainer.Options(epochs: epochs, bucketBits: bucketBits, seed: seed, cost: cost, members: ensemble)
        options.wordStatistics = wordStatistics
        options.characterModel = characterModel
        let trainer = PerceptronTrainer(options: options)
        let model = trainer.train(sentences, gazetteer: gazetteer, lexiconCorpus: lexiconCorpus) { epoch, model in
            let f1 = TaggerDevelopment.evaluate(EntityTagger(model: model), on: dev).overall.f1
            printError("epoch \(epoch): development F1 \(String(format: "%.2f", f1))")
        }
        // The O bias: the development split chooses it (training sentences would not show the
        // perceptron's lean towards O on unseen text).
        var tuned = model
        var best = (bias: Float(0), f1: -1.0)
        for step in 0...12 {
            let bias = -Float(step) * (biasStep ?? 1.5 * Float(ensemble))
            tuned.outsideBias = bias
            let f1 = TaggerDevelopment.evaluate(EntityTagger(model: tuned), on: dev).overall.f1
            printError("O bias \(bias): development F1 \(String(format: "%.2f", f1))")
            if f1 > best.f1 { best = (bias, f1) }
        }
        tuned.outsideBias = best.bias
        let bytes = TaggerModelFile.encode(tuned)
        try Data(bytes).write(to: URL(fileURLWithPath: output))
        let stored = EntityTagger(model: try TaggerModelFile.decode(bytes))
        let evaluation = TaggerDevelopment.evaluate(stored, on: dev)
        printError("wrote \(output) (\(bytes.count) bytes); development split, as stored:")
        print(evaluation.report)
    }
}

/// Evaluation over tagged sentences.
enum TaggerDevelopment {
    static func evaluate(_ tagger: EntityTagger, on sentences: [TaggerTrainingSentence]) -> ChunkEvaluation {
        var evaluation = ChunkEvaluation()
        for s in sentences {
            evaluation.add(gold: s.tags.map { EntityTagSet.tags[$0] }, guessed: tagger.tag(s.words))
        }
        return evaluation
    }
}

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
        for s in try CoNLLFile(path: file!).sentences {
            guard s.tags.allSatisfy({ $0 != nil }) else { throw ValidationError("\(file!): a line without a gold tag") }
            evaluation.add(gold: s.tags.map { $0! }, guessed: tagger.tag(s.tokens))
        }
        print(evaluation.report)
    }
}

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
        for s in try CoNLLFile(path: file).sentences {
            for (token, tag) in zip(s.tokens, tagger.tag(s.tokens)) { out += "\(token)\t\(tag)\n" }
            out += "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

/// `articled tagger benchmark`: tagging speed over the development split (release build).
struct TaggerBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Measure tagging speed (tokens per second, one thread) over the development split."
    )

    @OptionGroup var common: TaggerModelOptions

    @Option(help: "Passes over the development split.")
    var passes = 20

    func run() throws {
        let tagger = try common.tagger()
        let dev = try TaggerCorpus.anercorpSplit(dataDirectory: common.data).dev
        let tokens = dev.reduce(0) { $0 + $1.words.count }
        // Keys prepared outside the timing, as the core hands over its tokens' keys.
        let keys = dev.map { TaggerSentenceKeys(words: $0.words) }
        var checksum = 0
        let elapsed = Self.threadTime {
            for _ in 0..<passes { for k in keys { checksum &+= tagger.tagIndices(k).reduce(0, +) } }
        }
        report("tagIndices (word keys)", tokens: tokens * passes, elapsed: elapsed, checksum: checksum)

        // The entity layer's call: Tokenizer tokens of one text in, name spans out.
        let text = ArticleText(dev.map { $0.words.joined(separator: " ") }.joined(separator: "\n"))
        let textTokens = Tokenizer.tokenize(text, NormalizedText(text))
        var names = 0
        let namesElapsed = Self.threadTime {
            for _ in 0..<passes { names &+= tagger.names(in: textTokens).count }
        }
        report("names(in:) (Tokenizer tokens)", tokens: textTokens.count * passes, elapsed: namesElapsed, checksum: names)
    }

    /// CPU seconds of this thread spent in `work`: on a shared machine, wall time would count
    /// the other processes' turns too.
    static func threadTime(_ work: () -> Void) -> Double {
        func now() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        let start = now()
        work()
        return now() - start
    }

    private func report(_ what: String, tokens: Int, elapsed seconds: Double, checksum: Int) {
        print("\(what): \(tokens) tokens in \(String(format: "%.3f", seconds)) s of thread CPU time: \(Int(Double(tokens) / seconds)) tokens/s (checksum \(checksum))")
    }
}
