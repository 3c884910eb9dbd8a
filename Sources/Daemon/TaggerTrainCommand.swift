import ArgumentParser
import ArticleCore
import Foundation

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

    @Option(help: "log2 of the number of weight rows (use 22 with --wikifane-adapted: its feature copies crowd a smaller table).")
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

    @Flag(help: "Train on WikiFANE's sentences too, by feature augmentation: shared and per-corpus copies of every feature, the shared ones folded into the model after training (+0.5 development F1 with --bucket-bits 22, for a 4x bigger, slower model; off for the committed one).")
    var wikifaneAdapted = false

    @Flag(inversion: .prefixedNo, help: "Learn the feature lexicons (names, word statistics, letter trigrams) from WikiFANE too.")
    var wikifaneLexicons = true

    @Flag(inversion: .prefixedNo, help: "Use the word statistics features.")
    var wordStatistics = true

    @Flag(inversion: .prefixedNo, help: "Use the letter-trigram features.")
    var characterModel = true

    @Flag(inversion: .prefixedNo, help: "Learn word classes from the untagged text of ANERcorp's training split and WikiFANE.")
    var wordClusters = true

    @Flag(inversion: .prefixedNo, help: "Tag in two passes, the second seeing the first's tags of the same words in nearby sentences.")
    var documentMemory = true

    @Flag(inversion: .prefixedNo, help: "Join the word's name-list classes and proclitics with the previous tag (tag-conditioned emissions).")
    var tagConditioned = PerceptronTrainer.Options().tagConditioned

    func run() throws {
        let (train, dev) = try TaggerCorpus.anercorpSplit(dataDirectory: common.data)
        var sentences = train
        var lexiconCorpus: [TaggerTrainingSentence] = []
        let wiki = try TaggerCorpus.wikifaneSentences(dataDirectory: common.data)
        if wikifane { sentences += wiki }
        if wikifaneLexicons { lexiconCorpus = wiki }
        var clusters = TaggerWordClusters.empty
        if wordClusters {
            // Raw text only (tags unused); the development split is left out like everywhere else.
            clusters = TaggerWordClusters.learn(from: (train + wiki).map(\.words))
            TaggerCommand.progress("word classes for \(clusters.keys.count) words")
        }
        let gazetteer = TaggerGazetteer.standard(cityNames: try TaggerCorpus.cityNames(dataDirectory: common.data))
        TaggerCommand.progress("training on \(sentences.count) sentences (\(sentences.reduce(0) { $0 + $1.words.count }) tokens), development split \(dev.count) sentences, gazetteer \(gazetteer.keys.count) entries")
        var options = PerceptronTrainer.Options(epochs: epochs, bucketBits: bucketBits, seed: seed, cost: cost, members: ensemble)
        options.wordStatistics = wordStatistics
        options.characterModel = characterModel
        options.documentMemory = documentMemory
        options.tagConditioned = tagConditioned
        let trainer = PerceptronTrainer(options: options)
        let model = trainer.train(sentences, gazetteer: gazetteer, lexiconCorpus: lexiconCorpus, wordClusters: clusters,
                                  adaptationCorpus: wikifaneAdapted ? wiki : []) { epoch, model in
            let f1 = TaggerDevelopment.evaluate(EntityTagger(model: model), on: dev).overall.f1
            TaggerCommand.progress("epoch \(epoch): development F1 \(String(format: "%.2f", f1))")
        }
        // The O bias: the development split chooses it (training sentences would not show the
        // perceptron's lean towards O on unseen text).
        var tuned = model
        var best = (bias: Float(0), f1: -1.0)
        for step in 0...12 {
            let bias = -Float(step) * (biasStep ?? 1.5 * Float(ensemble))
            tuned.outsideBias = bias
            let f1 = TaggerDevelopment.evaluate(EntityTagger(model: tuned), on: dev).overall.f1
            TaggerCommand.progress("O bias \(bias): development F1 \(String(format: "%.2f", f1))")
            if f1 > best.f1 { best = (bias, f1) }
        }
        tuned.outsideBias = best.bias
        // The words whose emission sums the tagger works out at load (speed only: scores are the same without).
        tuned.vocabulary = TaggerVocabulary.words(of: (train + wiki).map(\.words))
        let bytes = TaggerModelFile.encode(tuned)
        try Data(bytes).write(to: URL(fileURLWithPath: output))
        let stored = EntityTagger(model: try TaggerModelFile.decode(bytes))
        let evaluation = TaggerDevelopment.evaluate(stored, on: dev)
        TaggerCommand.progress("wrote \(output) (\(bytes.count) bytes); development split, as stored:")
        print(evaluation.report)
    }
}
