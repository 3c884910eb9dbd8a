/// A reading of a word as proclitics plus stem, with the stem's hash (`KeyHash` of the stem's key scalars).
///
/// The same readings as `Proclitics.splits`, computed on the key's scalars without building strings.
struct Reading: Sendable {
    let stem: UInt64
    /// Scalars in the stem.
    private let length: UInt16
    /// Number of key scalars taken by proclitics (0 to 2).
    private let prefix: UInt8
    /// ل + ال written لل, the article's alef restored in the stem.
    let restoredArticle: Bool
    /// The stem starts with the article ال and has at least two letters after it.
    let definite: Bool
    /// The proclitics' scalar values (0 when absent); Arabic letters fit in 16 bits.
    private let clitic1: UInt16, clitic2: UInt16
    /// What the stem is as a cue word (`NameCues`), if anything.
    let classes: WordClass

    init(prefixLength: Int, restoredArticle: Bool, stem: UInt64, stemLength: Int, definite: Bool,
         firstClitic: Unicode.Scalar?, secondClitic: Unicode.Scalar?, classes: WordClass) {
        self.stem = stem
        length = UInt16(clamping: stemLength)
        prefix = UInt8(prefixLength)
        self.restoredArticle = restoredArticle
        self.definite = definite
        clitic1 = UInt16(truncatingIfNeeded: firstClitic?.value ?? 0)
        clitic2 = UInt16(truncatingIfNeeded: secondClitic?.value ?? 0)
        self.classes = classes
    }

    var prefixLength: Int { Int(prefix) }
    var stemLength: Int { Int(length) }
    /// The first proclitic is `s`.
    func startsWith(_ s: Unicode.Scalar) -> Bool { UInt32(clitic1) == s.value }
    func hasClitic(_ s: Unicode.Scalar) -> Bool { UInt32(clitic1) == s.value || UInt32(clitic2) == s.value }
    /// The only proclitic is `s` (وال… "and the …").
    func isOnly(_ s: Unicode.Scalar) -> Bool { prefix == 1 && UInt32(clitic1) == s.value }
}

/// The tokens of a text with, for each word, its readings (word itself first, then with one or
/// two proclitics peeled), computed once and shared by every lookup of the entity layer.
struct TokenReadings {
    let tokens: [Token]
    let text: NormalizedText
    /// The readings of all tokens, flat; those of token i are `readings[first[i]..<first[i + 1]]`.
    private let readings: [Reading]
    private let first: [Int]
    /// The union of the cue classes of all readings of each token: one load tells whether any
    /// reading is, say, a title, before the readings are looked at.
    private let anyClasses: [WordClass]

    init(tokens: [Token], key: NormalizedText) {
        self.tokens = tokens
        self.text = key
        var readings: [Reading] = []
        readings.reserveCapacity(tokens.count * 2)
        var first = [Int](repeating: 0, count: tokens.count + 1)
        var anyClasses = [WordClass](repeating: [], count: tokens.count)
        let classes = WordClassTable.shared  // one copy of the static table, not one per reading
        // Keys read in place (no slice retained per word), offsets and unions written in place.
        key.scalars.withUnsafeBufferPointer { scalars in
            first.withUnsafeMutableBufferPointer { first in
                anyClasses.withUnsafeMutableBufferPointer { anyClasses in
                    for t in tokens.indices {  // by index: a Token copy retains its key scalars' storage
                        first[t] = readings.count
                        guard tokens[t].kind == .word else { continue }
                        anyClasses[t] = Self.appendReadings(
                            UnsafeBufferPointer(rebasing: scalars[tokens[t].keyRange]), wholeKey: tokens[t].keyHash,
                            classes: classes, to: &readings)
                    }
                    first[tokens.count] = readings.count
                }
            }
        }
        self.readings = readings
        self.first = first
        self.anyClasses = anyClasses
    }

    static let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}", ba: Unicode.Scalar = "\u{0628}"
    static let lam: Unicode.Scalar = "\u{0644}", kaf: Unicode.Scalar = "\u{0643}", alef: Unicode.Scalar = "\u{0627}"

    /// `wholeKey` is the token's `keyHash`: the reading without proclitics needs no hashing.
    /// Returns the union of the cue classes of the readings appended.
    static func appendReadings(_ s: UnsafeBufferPointer<Unicode.Scalar>, wholeKey: UInt64, classes: WordClassTable,
                               to out: inout [Reading]) -> WordClass {
        let base = 0, n = s.count
        func reading(_ prefix: Int, restored: Bool = false) -> Reading {
            var h = KeyHash.seed
            if prefix == 0 && !restored {
                h = wholeKey
            } else {
                if restored { h = KeyHash.adding(alef, to: h) }
                for k in (base + prefix)..<(base + n) { h = KeyHash.adding(s[k], to: h) }
            }
            let length = n - prefix + (restored ? 1 : 0)
            let definite = length >= 4 && (restored || (s[base + prefix] == alef && s[base + prefix + 1] == lam))
            return Reading(
                prefixLength: prefix, restoredArticle: restored, stem: h, stemLength: length, definite: definite,
                firstClitic: prefix > 0 ? s[base] : nil, secondClitic: prefix > 1 ? s[base + 1] : nil,
                classes: classes[h])
        }
        var union: WordClass = []
        func append(_ r: Reading) { union.formUnion(r.classes); out.append(r) }
        append(reading(0))
        var i = 0
        if n > 2, s[base] == waw || s[base] == fa { i = 1; if n - 1 >= 2 { append(reading(1)) } }
        if n > i + 2, s[base + i] == ba || s[base + i] == lam || s[base + i] == kaf {
            if n - i - 1 >= 2 { append(reading(i + 1)) }
            if s[base + i] == lam, n > i + 3, s[base + i + 1] == lam { append(reading(i + 1, restored: true)) }
        }
        return union
    }

    var count: Int { tokens.count }
    /// The readings of token `i` (none for punctuation, numbers and symbols).
    func splits(_ i: Int) -> ArraySlice<Reading> { readings[first[i]..<first[i + 1]] }
    /// The hash of token `i` as written (0 for a token that is not a word).
    func hash(_ i: Int) -> UInt64 { first[i] < first[i + 1] ? readings[first[i]].stem : 0 }
    /// The set of the text's words as written (their whole keys' hashes, `hash(i)` of every word),
    /// gathered in one pass.
    func writtenWords() -> KeySet {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(tokens.count)
        for t in tokens.indices where tokens[t].kind == .word { hashes.append(tokens[t].keyHash) }  // by index: no Token copies
        return KeySet(hashes: hashes)
    }
    /// The cue classes of any reading of token `i` (with or without proclitics).
    func anyClasses(_ i: Int) -> WordClass { anyClasses[i] }
    /// The cue classes of token `i` as written.
    func classes(_ i: Int) -> WordClass { first[i] < first[i + 1] ? readings[first[i]].classes : [] }
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

/// The cue classes of words by key hash (`NameCues.classes`), with a `HashBitmap` of its keys in
/// front: most readings of a text are no cue word and start no lexicon entry, and the table
/// (thousands of keys with the places' first words) is read only for the rest. Its cache misses
/// were a third to a half of the time of making the readings (perf).
struct WordClassTable: Sendable {
    private let bitmap: HashBitmap
    private let table: GrowingKeyMap<WordClass>

    static let shared = WordClassTable(NameCues.classes)

    init(_ table: GrowingKeyMap<WordClass>) {
        bitmap = HashBitmap(table.allKeys)
        self.table = table
    }

    subscript(hash: UInt64) -> WordClass {
        @inline(__always) get { bitmap.mayContain(hash) ? table[hash] ?? [] : [] }
    }
}
