/// The matching key of an article and its tokens, made together in one pass over the original
/// scalars: each scalar is classified (`Tokenizer`'s classes), folded into the key (`MatchKey`)
/// and, inside a token, fed to the token's key hash (`KeyHash`) as it is written.
///
/// `NormalizedText(text)` and `Tokenizer.tokenize(text, key)` give the same key and tokens; the
/// extraction makes both here at once instead of reading the scalars, then the key, again.
public struct TokenizedText: Sendable {
    public let key: NormalizedText
    public let tokens: [Token]

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
        let found = [Found](unsafeUninitializedCapacity: n) { found, foundCount in
            keyScalars = [Unicode.Scalar](unsafeUninitializedCapacity: room) { out, outCount in
                origin = [Int](unsafeUninitializedCapacity: room + 1) { origin, originCount in
                    keyOffset = [Int](unsafeUninitializedCapacity: n + 1) { keyOffset, keyOffsetCount in
                        text.scalars.withUnsafeBufferPointer { scalars in
                            Self.scalarTable.withUnsafeBufferPointer { table in
                                (outCount, foundCount) = Self.scan(scalars, table: table, key: out, origin: origin,
                                                                   keyOffset: keyOffset, tokens: found)
                            }
                        }
                        keyOffsetCount = n + 1
                    }
                    originCount = outCount + 1
                }
            }
        }
        key = NormalizedText(scalars: keyScalars, origin: origin, keyOffset: keyOffset, original: text.scalars)
        tokens = [Token](unsafeUninitializedCapacity: found.count) { tokens, count in
            for (t, f) in found.enumerated() {  // slices made now that the key exists
                let start = Int(f.start), end = Int(f.end)
                (tokens.baseAddress! + t).initialize(to: Token(
                    span: Span(start: start, end: end), kind: f.kind,
                    keyScalars: keyScalars[keyOffset[start]..<keyOffset[end]], keyHash: f.keyHash))
            }
            count = found.count
        }
    }

    /// The key scalar that stands for "fold this scalar through `MatchKey.fold`" in `scalarTable`
    /// (above every Unicode scalar).
    static let slowFold: UInt32 = 0xFF_FFFF

    /// For every scalar below U+0700 (ASCII, Latin, the Arabic block): its `Tokenizer` classes in
    /// the low byte and its key scalar above them (0: dropped from the key, `slowFold`: several
    /// scalars or U+0000), so that a scalar costs one load. Built from `Tokenizer.scalarClasses`
    /// and `MatchKey.fold`.
    static let scalarTable: [UInt32] = (0..<0x700).map { v -> UInt32 in
        let c = Unicode.Scalar(UInt32(v))!
        var folded: [Unicode.Scalar] = []
        MatchKey.fold(c, into: &folded)
        let key = folded.isEmpty ? 0 : folded.count == 1 && folded[0].value != 0 ? folded[0].value : slowFold
        return key << 8 | UInt32(Tokenizer.scalarClasses(c))
    }

    /// `scalarTable`'s entry for a scalar from U+0700 up.
    @inline(never)
    static func entry(ofOther c: Unicode.Scalar) -> UInt32 { slowFold << 8 | UInt32(Tokenizer.scalarClasses(c)) }

    /// The pass: writes the key, its maps and the tokens found; returns how many of each.
    /// `key` and `origin` have room for every fold (see `init`), `keyOffset` for `scalars.count + 1`,
    /// `tokens` for `scalars.count`.
    @inline(never)  // a function of its own: its locals stay in registers
    private static func scan(_ s: UnsafeBufferPointer<Unicode.Scalar>, table: UnsafeBufferPointer<UInt32>,
                             key out: UnsafeMutableBufferPointer<Unicode.Scalar>, origin: UnsafeMutableBufferPointer<Int>,
                             keyOffset: UnsafeMutableBufferPointer<Int>,
                             tokens found: UnsafeMutableBufferPointer<Found>) -> (keyCount: Int, tokenCount: Int) {
        let n = s.count
        var i = 0, tokenCount = 0
        var key = KeyWriter(scalars: out, origin: origin, keyOffset: keyOffset)
        @inline(__always) func entry(_ c: Unicode.Scalar) -> UInt32 {
            c.value < 0x700 ? table[Int(c.value)] : Self.entry(ofOther: c)
        }
        while i < n {
            let c = s[i]
            let e = entry(c)
            let first = UInt8(truncatingIfNeeded: e)
            if first & Tokenizer.ScalarClass.space != 0 { key.fold(c, entry: e, at: i); i &+= 1; continue }
            let start = i
            key.hash = KeyHash.seed
            let kind: TokenKind
            if first & Tokenizer.ScalarClass.word != 0 {
                // Letters, digits and in-word marks, and separators between digits.
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
                kind = hasLetter ? .word : .number
            } else {
                key.fold(c, entry: e, at: i); i &+= 1
                kind = first & Tokenizer.ScalarClass.punctuation != 0 ? .punctuation : .symbol
            }
            found[tokenCount] = Found(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: i),
                                      keyHash: key.hash, kind: kind)
            tokenCount &+= 1
        }
        keyOffset[n] = key.written
        origin[key.written] = n
        return (key.written, tokenCount)
    }

    /// The key as the pass writes it, and the running hash of the current token's key.
    private struct KeyWriter {
        let scalars: UnsafeMutableBufferPointer<Unicode.Scalar>
        let origin: UnsafeMutableBufferPointer<Int>
        let keyOffset: UnsafeMutableBufferPointer<Int>
        var written = 0
        var hash = KeyHash.seed

        /// Folds scalar `c` at original offset `i` (table entry `e`) into the key, hashing what it writes.
        @inline(__always)
        mutating func fold(_ c: Unicode.Scalar, entry e: UInt32, at i: Int) {
            keyOffset[i] = written
            let folded = e >> 8
            if folded &- 1 < slowFold &- 1 {
                scalars[written] = unsafeBitCast(folded, to: Unicode.Scalar.self); origin[written] = i; written &+= 1
                UTF8ScalarWriter.hash(folded, into: &hash)
            } else if folded == slowFold {
                (written, hash) = foldSlowly(c, at: i, key: scalars, origin: origin, written: written, hash: hash)
            }
        }
    }

    /// The fold of a scalar that may give several key scalars or none (`MatchKey.fold`), out of
    /// line: rare in Arabic text. Returns `written` and `h` advanced.
    @inline(never)
    fileprivate static func foldSlowly(_ c: Unicode.Scalar, at i: Int, key out: UnsafeMutableBufferPointer<Unicode.Scalar>,
                                   origin: UnsafeMutableBufferPointer<Int>, written: Int, hash: UInt64) -> (Int, UInt64) {
        var written = written, h = hash
        var expansion: [Unicode.Scalar] = []
        MatchKey.fold(c, into: &expansion)
        precondition(expansion.count <= 1 || MatchKey.isCompatibilityForm(c.value),
                     "fold of U+\(String(c.value, radix: 16)) outgrew its room")
        for e in expansion {
            out[written] = e; origin[written] = i; written += 1
            UTF8ScalarWriter.hash(e.value, into: &h)
        }
        return (written, h)
    }
}
