/// The matching key of an article and its tokens, made together in one pass over the original
/// scalars: each scalar is classified (`Tokenizer`'s classes), folded into the key (`MatchKey`)
/// and, inside a token, encoded as UTF-8 into the token's key hash (`KeyHash`) and into the
/// words' text as it is written.
///
/// `NormalizedText(text)` and `Tokenizer.tokenize(text, key)` give the same key and tokens; the
/// extraction makes both here at once instead of reading the scalars, then the key, again.
public struct TokenizedText: Sendable {
    public let key: NormalizedText
    public let tokens: [Token]
    /// The keys of the word and number tokens joined by single spaces, as UTF-8: the normalised
    /// text whose SHA-256 is the record's `sha256_normalized` (see `Fingerprinter`).
    public let wordKeysUTF8: [UInt8]
    /// How many scalars of the text are of each `LanguageIdentifier.LetterClass` (indexed by it).
    public let letterCounts: [Int]

    /// A token as the pass finds it, before the key it slices exists.
    fileprivate struct Found {
        let start: Int32, end: Int32
        let keyHash: UInt64
        let kind: TokenKind
    }

    public init(_ text: ArticleText) {
        let n = text.count
        // Folding gives at most one key scalar per original scalar, except for the presentation
        // and full-width forms, whose compatibility decomposition can give several (at most
        // `MatchKey.maximumExpansion`). Room for those is counted first, so that the key and its
        // offset maps are written in place rather than appended scalar by scalar; counted as
        // scalars from U+FB50 up (a superset of those forms) in a branch-free loop the compiler
        // vectorises.
        var high = 0
        text.scalars.withUnsafeBufferPointer { scalars in
            for s in scalars { high &+= s.value >= 0xFB50 ? 1 : 0 }
        }
        let room = n + high * MatchKey.maximumExpansion
        var origin: [Int] = [], keyOffset: [Int] = []
        // At most one token per scalar; the pass writes them in place.
        // (Offsets as 32-bit integers: a token is 24 bytes, not 32.)
        precondition(n < Int(Int32.max), "text of \(n) scalars")
        var keyScalars: [Unicode.Scalar] = []
        var found: [Found] = []
        var letterCounts = [Int](repeating: 0, count: 8)
        // Room for four bytes a key scalar and a space per token: the pass writes the bytes of
        // every key scalar and keeps those of word and number tokens (see `KeyWriter`).
        wordKeysUTF8 = [UInt8](unsafeUninitializedCapacity: 4 * room + n) { utf8, utf8Count in
            found = [Found](unsafeUninitializedCapacity: n) { found, foundCount in
                keyScalars = [Unicode.Scalar](unsafeUninitializedCapacity: room) { out, outCount in
                    origin = [Int](unsafeUninitializedCapacity: room + 1) { origin, originCount in
                        keyOffset = [Int](unsafeUninitializedCapacity: n + 1) { keyOffset, keyOffsetCount in
                            text.scalars.withUnsafeBufferPointer { scalars in
                                Self.scalarTable.withUnsafeBufferPointer { table in
                                    letterCounts.withUnsafeMutableBufferPointer { letterCounts in
                                        (outCount, foundCount, utf8Count) = Self.scan(
                                            scalars, table: table,
                                            into: KeyWriter(scalars: out, origin: origin, keyOffset: keyOffset, utf8: utf8,
                                                            letterCounts: letterCounts),
                                            tokens: found)
                                    }
                                }
                            }
                            keyOffsetCount = n + 1
                        }
                        originCount = outCount + 1
                    }
                }
            }
        }
        self.letterCounts = letterCounts
        key = NormalizedText(scalars: keyScalars, origin: origin, keyOffset: keyOffset, original: text.scalars)
        // Slices made now that the key exists, reading the pass's buffers without copies.
        tokens = [Token](unsafeUninitializedCapacity: found.count) { tokens, count in
            found.withUnsafeBufferPointer { found in
                keyOffset.withUnsafeBufferPointer { keyOffset in
                    for t in 0..<found.count {
                        let f = found[t], start = Int(f.start), end = Int(f.end)
                        let keyRange = keyOffset[start]..<keyOffset[end]
                        (tokens.baseAddress! + t).initialize(to: Token(
                            span: Span(start: start, end: end), kind: f.kind,
                            keyScalars: keyScalars[keyRange], keyHash: f.keyHash))
                    }
                }
            }
            count = found.count
        }
    }

    /// The key scalar that stands for "several key scalars: decompose through `MatchKey.fold`"
    /// in `scalarTable` (above every Unicode scalar, within 21 bits).
    static let slowFold: UInt32 = 0x1F_FFFF

    /// `scalarTable`'s entry of a scalar: its `Tokenizer` classes in bits 0-7, its key scalar in
    /// bits 8-28 (0: dropped from the key, `slowFold`: several scalars), its
    /// `LanguageIdentifier.letterClass` in bits 29-31.
    static func entry(of c: Unicode.Scalar) -> UInt32 {
        let folded = MatchKey.foldedScalar(c.value).map { $0 == MatchKey.dropped ? 0 : $0 == 0 ? slowFold : $0 } ?? slowFold
        return UInt32(LanguageIdentifier.letterClass(c)) << 29 | folded << 8 | UInt32(Tokenizer.scalarClasses(c))
    }

    /// `entry(of:)` of every scalar below U+0700 (ASCII, Latin, the Arabic block) at its value,
    /// and of the General Punctuation block (U+2000-206F: curly quotes, dashes, direction and
    /// zero-width marks, common in Arabic news) from index 0x700 on, so that one of those costs
    /// one load. (U+0000, whose key scalar would read as "dropped", decomposes to itself
    /// through `slowFold`.)
    static let scalarTable: [UInt32] = (0..<0x700).map { entry(of: Unicode.Scalar(UInt32($0))!) }
        + (0..<generalPunctuationCount).map { entry(of: Unicode.Scalar(generalPunctuationStart + $0)!) }

    /// The General Punctuation block, whose entries follow the first 0x700 in `scalarTable`.
    static let generalPunctuationStart: UInt32 = 0x2000, generalPunctuationCount: UInt32 = 0x70

    /// `entry(of:)` of any scalar: from `table` (`scalarTable`) where it is there, else out of line.
    @inline(__always)
    static func entry(_ c: Unicode.Scalar, in table: UnsafeBufferPointer<UInt32>) -> UInt32 {
        let v = c.value
        if v < 0x700 { return table[Int(v)] }
        let punctuation = v &- generalPunctuationStart
        if punctuation < generalPunctuationCount { return table[0x700 &+ Int(punctuation)] }
        return entry(ofOther: c)
    }

    /// `entry(of:)` of the scalars `scalarTable` does not hold, out of line.
    @inline(never)
    static func entry(ofOther c: Unicode.Scalar) -> UInt32 { entry(of: c) }

    /// The pass: writes the key, its maps, the words' UTF-8 and the tokens found; returns how
    /// many of each. The writer's buffers have room for every fold (see `init`), `tokens` for
    /// `scalars.count`.
    @inline(never)  // a function of its own: its locals stay in registers
    private static func scan(_ s: UnsafeBufferPointer<Unicode.Scalar>, table: UnsafeBufferPointer<UInt32>,
                             into key: KeyWriter, tokens found: UnsafeMutableBufferPointer<Found>)
        -> (keyCount: Int, tokenCount: Int, utf8Count: Int) {
        let n = s.count
        var i = 0, tokenCount = 0
        var key = key
        @inline(__always) func entry(_ c: Unicode.Scalar) -> UInt32 { Self.entry(c, in: table) }
        while i < n {
            let c = s[i]
            let e = entry(c)
            let first = UInt8(truncatingIfNeeded: e)
            if first & Tokenizer.ScalarClass.space != 0 { key.fold(c, entry: e, at: i); i &+= 1; continue }
            let start = i
            let kind: TokenKind
            if first & Tokenizer.ScalarClass.word != 0 {
                // Letters, digits and in-word marks, and separators between digits.
                key.startWord()
                var hasLetter = first & Tokenizer.ScalarClass.letter != 0
                key.fold(c, entry: e, at: i); i &+= 1
                while i < n {
                    let c = s[i]
                    let e = entry(c)
                    let next = UInt8(truncatingIfNeeded: e)
                    guard next & Tokenizer.ScalarClass.word != 0
                            || (next & Tokenizer.ScalarClass.numberSeparator != 0 && Tokenizer.isInnerNumberSeparator(s, i))
                    else { break }
                    if next & Tokenizer.ScalarClass.letter != 0 { hasLetter = true }
                    key.fold(c, entry: e, at: i); i &+= 1
                }
                key.endWord()
                kind = hasLetter ? .word : .number
            } else {
                key.hash = KeyHash.seed
                key.fold(c, entry: e, at: i); i &+= 1
                kind = first & Tokenizer.ScalarClass.punctuation != 0 ? .punctuation : .symbol
            }
            found[tokenCount] = Found(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: i),
                                      keyHash: key.hash, kind: kind)
            tokenCount &+= 1
        }
        key.keyOffset[n] = key.written
        key.origin[key.written] = n
        return (key.written, tokenCount, key.wordsEnd)
    }

    /// The key as the pass writes it: its scalars and maps, and the UTF-8 of each key scalar,
    /// which goes both into the running hash of the current token's key and into the words'
    /// text. Every key scalar's bytes are written (no test per scalar); those after the last
    /// word are overwritten by the next word (`startWord`), so only the words' bytes remain
    /// below `wordsEnd`.
    private struct KeyWriter {
        let scalars: UnsafeMutableBufferPointer<Unicode.Scalar>
        let origin: UnsafeMutableBufferPointer<Int>
        let keyOffset: UnsafeMutableBufferPointer<Int>
        let utf8: UnsafeMutableBufferPointer<UInt8>
        /// Scalars counted by `LanguageIdentifier.LetterClass` as they are folded.
        let letterCounts: UnsafeMutableBufferPointer<Int>
        var written = 0
        var hash = KeyHash.seed
        var utf8Count = 0
        /// The end of the last word's bytes in `utf8`.
        var wordsEnd = 0

        init(scalars: UnsafeMutableBufferPointer<Unicode.Scalar>, origin: UnsafeMutableBufferPointer<Int>,
             keyOffset: UnsafeMutableBufferPointer<Int>, utf8: UnsafeMutableBufferPointer<UInt8>,
             letterCounts: UnsafeMutableBufferPointer<Int>) {
            self.letterCounts = letterCounts
            self.scalars = scalars
            self.origin = origin
            self.keyOffset = keyOffset
            self.utf8 = utf8
        }

        /// A word or number token starts: a new hash, and its bytes go after the last word's and a space.
        @inline(__always)
        mutating func startWord() {
            hash = KeyHash.seed
            utf8Count = wordsEnd
            if utf8Count > 0 { utf8[utf8Count] = 0x20; utf8Count &+= 1 }
        }

        @inline(__always)
        mutating func endWord() { wordsEnd = utf8Count }

        /// Folds scalar `c` at original offset `i` (table entry `e`) into the key, and counts its letter class.
        @inline(__always)
        mutating func fold(_ c: Unicode.Scalar, entry e: UInt32, at i: Int) {
            letterCounts[Int(e >> 29)] &+= 1
            keyOffset[i] = written
            let folded = (e >> 8) & slowFold
            if folded &- 1 < slowFold &- 1 {
                append(folded, from: i)
            } else if folded == slowFold {
                for s in TokenizedText.decomposed(c) { append(s.value, from: i) }
            }
        }

        /// Appends one key scalar that comes from original offset `i`.
        @inline(__always)
        mutating func append(_ v: UInt32, from i: Int) {
            scalars[written] = unsafeBitCast(v, to: Unicode.Scalar.self); origin[written] = i; written &+= 1
            if v < 0x80 {
                byte(v)
            } else if v < 0x800 {
                byte(0xC0 | (v >> 6)); byte(0x80 | (v & 0x3F))
            } else if v < 0x10000 {
                byte(0xE0 | (v >> 12)); byte(0x80 | ((v >> 6) & 0x3F)); byte(0x80 | (v & 0x3F))
            } else {
                byte(0xF0 | (v >> 18)); byte(0x80 | ((v >> 12) & 0x3F)); byte(0x80 | ((v >> 6) & 0x3F)); byte(0x80 | (v & 0x3F))
            }
        }

        /// One UTF-8 byte of the key, to the hash (FNV-1a, as `KeyHash.of(key:)`) and to the words' text.
        @inline(__always)
        private mutating func byte(_ b: UInt32) {
            hash = (hash ^ UInt64(b)) &* KeyHash.prime
            utf8[utf8Count] = UInt8(truncatingIfNeeded: b); utf8Count &+= 1
        }
    }

    /// The fold of a scalar that gives several key scalars (`MatchKey.fold`), out of line: rare
    /// in Arabic text.
    @inline(never)
    fileprivate static func decomposed(_ c: Unicode.Scalar) -> [Unicode.Scalar] {
        var expansion: [Unicode.Scalar] = []
        MatchKey.fold(c, into: &expansion)
        precondition(expansion.count <= 1 || MatchKey.isCompatibilityForm(c.value),
                     "fold of U+\(String(c.value, radix: 16)) outgrew its room")
        return expansion
    }
}
