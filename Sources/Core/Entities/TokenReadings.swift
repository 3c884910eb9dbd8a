/// The tokens of a text with, for each word, its readings as proclitics plus stem, computed once
/// and shared by every lexicon lookup of the entity layer.
struct TokenReadings {
    let tokens: [Token]
    let text: NormalizedText
    private let readings: [[Proclitics.Split]]

    init(tokens: [Token], key: NormalizedText) {
        self.tokens = tokens
        self.text = key
        readings = tokens.map { $0.kind == .word ? Proclitics.splits(of: $0.key) : [] }
    }

    var count: Int { tokens.count }
    func key(_ i: Int) -> String { tokens[i].key }
    func splits(_ i: Int) -> [Proclitics.Split] { readings[i] }
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
    func isPunctuation(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .punctuation }

    /// The original span of tokens `range`, leaving the proclitics of the first token outside.
    func span(_ range: Range<Int>, prefixLength: Int = 0) -> Span {
        let first = tokens[range.lowerBound], last = tokens[range.upperBound - 1]
        return text.originalSpan(keyStart: first.keyRange.lowerBound + prefixLength, keyEnd: last.keyRange.upperBound)
    }

    /// Whether two adjacent tokens are separated by a line break (names never run across one).
    func lineBreak(between i: Int, and j: Int, in original: ArticleText) -> Bool {
        for o in tokens[i].span.end..<tokens[j].span.start where original.scalars[o] == "\n" || original.scalars[o] == "\r" {
            return true
        }
        return false
    }
}
