import ArgumentParser
import ArticleCore
import Foundation

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
