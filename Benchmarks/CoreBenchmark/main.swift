import ArticleCore
import Foundation

// Release-built throughput benchmark of the extraction core on one core (one thread).
//
//   swift run -c release CoreBenchmark [path-to-sample] [seconds-per-case] [group]
//
// `group` runs one group of cases only (for a profiler): "sample", "layers", "tagger" or "sizes"; "untagged"
// (only when asked for) runs the sample without the entity tagger, to profile everything else.
//
// Measures articles/s and MB/s on the sample article (extraction, the record's JSON encoding, and
// both: what the daemon does per article), then where an extraction's time goes layer by layer,
// then articles assembled from the sample's paragraphs at 1 KB ... 1 MB, to show that time grows
// linearly with size.

let arguments = CommandLine.arguments
let samplePath = arguments.count > 1 ? arguments[1] : "../shared/samples/kazakhstan-opinion.ar.txt"
let secondsPerCase = arguments.count > 2 ? Double(arguments[2]) ?? 1.0 : 1.0
let onlyGroup = arguments.count > 3 ? arguments[3] : nil
func runs(_ group: String) -> Bool { onlyGroup == nil || onlyGroup == group }
guard let sampleData = FileManager.default.contents(atPath: samplePath) else {
    FileHandle.standardError.write(Data("cannot read \(samplePath)\n".utf8))
    exit(2)
}
let sample = Array(sampleData)
let extractor = ArticleExtractor()

func clock(_ id: clockid_t) -> Double {
    var ts = timespec()
    clock_gettime(id, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Runs `body` repeatedly for about `secondsPerCase` of this thread's CPU time; returns runs per
/// CPU second (what one core does, even on a shared machine) and per wall-clock second.
func measure(_ body: () -> Void) -> (cpu: Double, wall: Double) {
    body()  // warm-up: lexicons are built on first use
    var runs = 0
    let cpuStart = clock(CLOCK_THREAD_CPUTIME_ID), wallStart = clock(CLOCK_MONOTONIC)
    var cpu = 0.0
    repeat {
        body()
        runs += 1
        cpu = clock(CLOCK_THREAD_CPUTIME_ID) - cpuStart
    } while cpu < secondsPerCase
    return (Double(runs) / cpu, Double(runs) / (clock(CLOCK_MONOTONIC) - wallStart))
}

func report(_ name: String, bytes: Int, perSecond: (cpu: Double, wall: Double)) {
    let mbs = perSecond.cpu * Double(bytes) / 1_000_000
    let label = name.padding(toLength: 28, withPad: " ", startingAt: 0)
    print(label + String(format: " %9d bytes %10.1f articles/s/core %8.2f MB/s/core   (wall clock: %.1f articles/s)",
                         bytes, perSecond.cpu, mbs, perSecond.wall))
}

var sink = 0
if runs("sample"), case .success(let record) = extractor.extract(sample) {
    let samplePerSecond = measure {
        if case .success(let r) = extractor.extract(sample) { sink &+= r.counts.words }
    }
    report("sample (extract)", bytes: sample.count, perSecond: samplePerSecond)
    let encodePerSecond = measure { sink &+= RecordEncoder.encode(record).count }
    report("sample (JSON encode only)", bytes: sample.count, perSecond: encodePerSecond)
    let foundationEncoder = JSONEncoder()
    foundationEncoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let foundationPerSecond = measure { sink &+= (try? foundationEncoder.encode(record))?.count ?? 0 }
    report("(Foundation JSONEncoder)", bytes: sample.count, perSecond: foundationPerSecond)
    let bothPerSecond = measure {
        if case .success(let r) = extractor.extract(sample) { sink &+= RecordEncoder.encode(r).count }
    }
    report("sample (extract + encode)", bytes: sample.count, perSecond: bothPerSecond)
}

if onlyGroup == "untagged" {
    let untagged = ArticleExtractor(nameTagger: nil)
    report("sample untagged (extract)", bytes: sample.count, perSecond: measure {
        if case .success(let r) = untagged.extract(sample) { sink &+= r.counts.words }
    })
    report("sample untagged (+ encode)", bytes: sample.count, perSecond: measure {
        if case .success(let r) = untagged.extract(sample) { sink &+= RecordEncoder.encode(r).count }
    })
}

/// The bundled tagger, with the thread CPU time spent inside it added up, to tell it apart from
/// the entity rules that call it.
final class TimedNameTagger: NameTagger, @unchecked Sendable {
    let tagger: any NameTagger
    var seconds = 0.0
    init(_ tagger: any NameTagger) { self.tagger = tagger }
    func names(in tokens: [Token]) -> [TaggedName] {
        let start = clock(CLOCK_THREAD_CPUTIME_ID)
        defer { seconds += clock(CLOCK_THREAD_CPUTIME_ID) - start }
        return tagger.names(in: tokens)
    }
}

// Where the time goes: thread CPU time between the ends of successive layers, on the sample.
if runs("layers") {
    let timedTagger = TimedNameTagger(EntityTagger.bundled)
    let layered = ArticleExtractor(nameTagger: timedTagger)
    var perLayer = [ExtractionLayer: Double]()
    var runs = 0
    _ = layered.extract(sample)
    timedTagger.seconds = 0
    let start = clock(CLOCK_THREAD_CPUTIME_ID)
    repeat {
        var last = clock(CLOCK_THREAD_CPUTIME_ID)
        _ = layered.extract(sample, afterLayer: { layer in
            let now = clock(CLOCK_THREAD_CPUTIME_ID)
            perLayer[layer, default: 0] += now - last
            last = now
        })
        runs += 1
    } while clock(CLOCK_THREAD_CPUTIME_ID) - start < secondsPerCase
    let total = perLayer.values.reduce(0, +)
    func line(_ name: String, _ seconds: Double) {
        let label = ("  " + name).padding(toLength: 34, withPad: " ", startingAt: 0)
        print(label + String(format: " %8.1f µs/article  %5.1f%%", seconds / Double(runs) * 1e6, seconds / total * 100))
    }
    print("layers of one sample extraction (\(runs) runs, \(String(format: "%.1f", total / Double(runs) * 1e6)) µs each):")
    for layer in ExtractionLayer.allCases {
        if layer == .entities {
            line("entities (rules, gazetteers)", perLayer[layer, default: 0] - timedTagger.seconds)
            line("entity tagger (names(in:))", timedTagger.seconds)
        } else {
            line(layer.rawValue, perLayer[layer, default: 0])
        }
    }
}

// The entity tagger alone on the sample's tokens: each call timed, the minimum and median
// reported (on a shared machine the minimum is the steadiest figure).
if runs("tagger") {
    let text = ArticleText(String(decoding: sample, as: UTF8.self))
    let tokens = Tokenizer.tokenize(text, NormalizedText(text))
    var times: [Double] = []
    let start = clock(CLOCK_THREAD_CPUTIME_ID)
    repeat {
        let t0 = clock(CLOCK_THREAD_CPUTIME_ID)
        sink &+= EntityTagger.bundled.names(in: tokens).count
        times.append(clock(CLOCK_THREAD_CPUTIME_ID) - t0)
    } while clock(CLOCK_THREAD_CPUTIME_ID) - start < secondsPerCase
    times.sort()
    print(String(format: "entity tagger on the sample (%d tokens, %d calls): minimum %.1f µs, median %.1f µs per call",
                 tokens.count, times.count, times[0] * 1e6, times[times.count / 2] * 1e6))
}

// Articles of growing size from the sample's lines (title and byline first, body repeated).
let lines = String(decoding: sample, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
for target in [1_000, 10_000, 100_000, 1_000_000] where runs("sizes") {
    var text = lines.prefix(2).joined(separator: "\n")
    var k = 2
    while text.utf8.count < target {
        text += "\n" + lines[k]
        k = k + 1 < lines.count ? k + 1 : 2
    }
    let bytes = Array(text.utf8.prefix(target))
    // Cut at a character boundary: drop a trailing partial UTF-8 sequence.
    var cut = bytes.count
    while cut > 0, bytes[cut - 1] & 0xC0 == 0x80 { cut -= 1 }
    if cut > 0, bytes[cut - 1] >= 0xC0 { cut -= 1 }
    let article = Array(bytes[0..<cut])
    let perSecond = measure {
        if case .success(let r) = extractor.extract(article) { sink &+= r.counts.words }
    }
    report("assembled \(target / 1000) KB", bytes: article.count, perSecond: perSecond)
}
if sink == 42 { print("") }
