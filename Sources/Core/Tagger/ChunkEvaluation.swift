/// Chunk precision, recall and F1 counted exactly as conlleval (CoNLL-2000's Perl script) counts
/// them, for BIO tags such as B-PERS / I-PERS / O.
///
/// Like conlleval, a chunk starts at a B-, at an I- after O, and at any tag whose type differs from
/// the previous tag's (so an I- that follows no B- of its type opens a chunk); a guessed chunk is
/// correct when it starts and ends where a gold chunk does, with the same type.
public struct ChunkEvaluation: Sendable, Equatable {
    /// Counts for one type (or all types).
    public struct Counts: Sendable, Equatable {
        public var correct = 0
        public var guessed = 0
        public var gold = 0

        public var precision: Double { guessed == 0 ? 0 : 100 * Double(correct) / Double(guessed) }
        public var recall: Double { gold == 0 ? 0 : 100 * Double(correct) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public private(set) var overall = Counts()
    public private(set) var byType: [String: Counts] = [:]
    public private(set) var tokens = 0
    public private(set) var correctTags = 0

    public init() {}

    /// Adds one sentence: gold and guessed tags, one per token.
    public mutating func add(gold: [String], guessed: [String]) {
        precondition(gold.count == guessed.count, "gold and guessed tag counts differ")
        var lastGold = ("O", ""), lastGuess = ("O", "")
        var inCorrect = false
        // A trailing boundary (O) closes the last chunks, as conlleval's blank line does.
        for i in 0...gold.count {
            let g = i < gold.count ? Self.split(gold[i]) : ("O", "")
            let p = i < gold.count ? Self.split(guessed[i]) : ("O", "")
            let goldEnds = Self.endsChunk(lastGold, g), guessEnds = Self.endsChunk(lastGuess, p)
            let goldStarts = Self.startsChunk(lastGold, g), guessStarts = Self.startsChunk(lastGuess, p)
            if inCorrect {
                if goldEnds && guessEnds && lastGuess.1 == lastGold.1 {
                    inCorrect = false
                    overall.correct += 1
                    byType[lastGold.1, default: Counts()].correct += 1
                } else if goldEnds != guessEnds || p.1 != g.1 {
                    inCorrect = false
                }
            }
            if goldStarts && guessStarts && p.1 == g.1 { inCorrect = true }
            if goldStarts { overall.gold += 1; byType[g.1, default: Counts()].gold += 1 }
            if guessStarts { overall.guessed += 1; byType[p.1, default: Counts()].guessed += 1 }
            if i < gold.count {
                tokens += 1
                if g == p { correctTags += 1 }
            }
            lastGold = g
            lastGuess = p
        }
    }

    /// Token accuracy, as conlleval reports it.
    public var accuracy: Double { tokens == 0 ? 0 : 100 * Double(correctTags) / Double(tokens) }

    /// conlleval's report: the overall line, then one line per type in sorted order.
    public var report: String {
        func fmt(_ v: Double) -> String {
            // conlleval's %6.2f
            let hundredths = Int((v * 100).rounded())
            let frac = hundredths % 100
            let text = "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac)"
            return String(repeating: " ", count: max(0, 6 - text.count)) + text
        }
        var lines = ["processed \(tokens) tokens with \(overall.gold) phrases; found: \(overall.guessed) phrases; correct: \(overall.correct).",
                     "accuracy: \(fmt(accuracy))%; precision: \(fmt(overall.precision))%; recall: \(fmt(overall.recall))%; FB1: \(fmt(overall.f1))"]
        for type in byType.keys.sorted() {
            let c = byType[type]!
            lines.append("\(String(repeating: " ", count: max(0, 17 - type.count)))\(type): precision: \(fmt(c.precision))%; recall: \(fmt(c.recall))%; FB1: \(fmt(c.f1))  \(c.guessed)")
        }
        return lines.joined(separator: "\n")
    }

    /// ("B", "PERS") from "B-PERS"; ("O", "") from "O" (conlleval splits at the first hyphen).
    static func split(_ tag: String) -> (String, String) {
        guard let dash = tag.firstIndex(of: "-") else { return (tag, "") }
        return (String(tag[..<dash]), String(tag[tag.index(after: dash)...]))
    }

    /// conlleval's endOfChunk, rule for rule.
    static func endsChunk(_ previous: (String, String), _ current: (String, String)) -> Bool {
        let (p, pt) = previous, (c, ct) = current
        if (p == "B" || p == "I") && (c == "B" || c == "O") { return true }
        if p == "E" && (c == "E" || c == "I" || c == "O") { return true }
        if p != "O" && p != "." && pt != ct { return true }
        if p == "]" || p == "[" { return true }
        return false
    }

    /// conlleval's startOfChunk, rule for rule.
    static func startsChunk(_ previous: (String, String), _ current: (String, String)) -> Bool {
        let (p, pt) = previous, (c, ct) = current
        if (p == "B" || p == "I" || p == "O") && c == "B" { return true }
        if p == "O" && (c == "I" || c == "E") { return true }
        if p == "E" && (c == "E" || c == "I") { return true }
        if c != "O" && c != "." && pt != ct { return true }
        if c == "[" || c == "]" { return true }
        return false
    }
}
