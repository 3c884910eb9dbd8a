/// A reading of a word as proclitics plus stem, with the stem's hash (see `KeyHash`).
///
/// The same readings as `Proclitics.splits`, computed on the key's scalars without building strings.
struct Reading: Sendable {
    /// Number of key scalars taken by proclitics.
    let prefixLength: Int
    /// ل + ال written لل, the article's alef restored in the stem.
    let restoredArticle: Bool
    let stem: UInt64
    /// Scalars in the stem.
    let stemLength: Int
    /// The stem starts with the article ال and has at least two letters after it.
    let definite: Bool
    /// The proclitics, when there are any.
    let firstClitic: Unicode.Scalar?
    let secondClitic: Unicode.Scalar?

    func hasClitic(_ s: Unicode.Scalar) -> Bool { firstClitic == s || secondClitic == s }
    /// The only proclitic is `s` (وال… "and the …").
    func isOnly(_ s: Unicode.Scalar) -> Bool { prefixLength == 1 && firstClitic == s }
}

/// The tokens of a text with, for each word, its readings (word itself first, then with one or
/// two proclitics peeled), computed once and shared by every lookup of the entity layer.
struct TokenReadings {
    let tokens: [Token]
    let text: NormalizedText
    private let readings: [[Reading]]

    init(tokens: [Token], key: NormalizedText) {
        self.tokens = tokens
        self.text = key
        readings = tokens.map { $0.kind == .word ? Self.readings(key.scalars[$0.keyRange]) : [] }
    }

    static let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}", ba: Unicode.Scalar = "\u{0628}"
    static let lam: Unicode.Scalar = "\u{0644}", kaf: Unicode.Scalar = "\u{0643}", alef: Unicode.Scalar = "\u{0627}"

    static func readings(_ s: ArraySlice<Unicode.Scalar>) -> [Reading] {
        let base = s.startIndex, n = s.count
        func reading(_ prefix: Int, restored: Bool = false) -> Reading {
            var h = KeyHash.seed
            if restored { h = KeyHash.add(h, alef) }
            for k in (base + prefix)..<(base + n) { h = KeyHash.add(h, s[k]) }
            let length = n - prefix + (restored ? 1 : 0)
            let definite = length >= 4 && (restored || (s[base + prefix] == alef && s[base + prefix + 1] == lam))
            return Reading(
                prefixLength: prefix, restoredArticle: restored, stem: h, stemLength: length, definite: definite,
                firstClitic: prefix > 0 ? s[base] : nil, secondClitic: prefix > 1 ? s[base + 1] : nil)
        }
        var out = [reading(0)]
        var i = 0
        if n > 2, s[base] == waw || s[base] == fa { i = 1; if n - 1 >= 2 { out.append(reading(1)) } }
        if n > i + 2, s[base + i] == ba || s[base + i] == lam || s[base + i] == kaf {
            if n - i - 1 >= 2 { out.append(reading(i + 1)) }
            if s[base + i] == lam, n > i + 3, s[base + i + 1] == lam { out.append(reading(i + 1, restored: true)) }
        }
        return out
    }

    var count: Int { tokens.count }
    /// The readings of token `i` (none for punctuation, numbers and symbols).
    func splits(_ i: Int) -> [Reading] { readings[i] }
    /// The hash of token `i` as written.
    func hash(_ i: Int) -> UInt64 { readings[i].first?.stem ?? 0 }
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
    func isPunctuation(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .punctuation }
    /// Whether token `i` is a comma (Arabic or Latin).
    func isComma(_ i: Int) -> Bool {
        isPunctuation(i) && (text.scalars[tokens[i].keyRange.lowerBound] == "،" || text.scalars[tokens[i].keyRange.lowerBound] == ",")
    }

    /// The original span of tokens `range`, leaving the proclitics of the first token outside.
    func span(_ range: Range<Int>, prefixLength: Int = 0) -> Span {
        let first = tokens[range.lowerBound], last = tokens[range.upperBound - 1]
        return text.originalSpan(keyStart: first.keyRange.lowerBound + prefixLength, keyEnd: last.keyRange.upperBound)
    }

    /// Whether two tokens are separated by a line break (names never run across one).
    func lineBreak(between i: Int, and j: Int, in original: ArticleText) -> Bool {
        for o in tokens[i].span.end..<tokens[j].span.start where original.scalars[o] == "\n" || original.scalars[o] == "\r" {
            return true
        }
        return false
    }
}
