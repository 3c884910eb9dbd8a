/// A dictionary of names of one to a few tokens, keyed by their tokens' key hashes (`KeyHash`),
/// looked up at a token of a text with its proclitics peeled off.
///
/// Entries are keyed the way the text is: each name is run through `MatchKey` and the `Tokenizer`,
/// so "الكونغو - كينشاسا" is three tokens here as in an article. Only the first token of a match may
/// carry proclitics (وبالولايات المتحدة); the longest entry wins, and the whole word before a
/// stripped reading (بيروت is a city, not ب + يروت).
struct PhraseLexicon<Value: Sendable>: Sendable {
    private var entries = GrowingKeyMap<Value>()
    /// The first n tokens (joined hashes) of entries longer than n tokens: a window grows only
    /// while it is the beginning of a longer entry.
    private var prefixes = GrowingKeyMap<Bool>()
    private(set) var maxTokens = 1
    /// The first tokens of all entries, for `WordClass.lexiconStart`.
    private(set) var startTokens: [UInt64] = []

    var isEmpty: Bool { entries.isEmpty }

    /// Adds `name` unless an entry with the same key exists (earlier additions take precedence).
    mutating func add(_ name: String, _ value: Value) {
        add(hashes: KeyHash.tokenHashes(of: name), value)
    }

    /// Adds a name given as its tokens' hashes.
    mutating func add(hashes: [UInt64], _ value: Value) {
        guard !hashes.isEmpty, hashes.count <= 6 else { return }
        let key = KeyHash.join(hashes)
        guard entries[key] == nil else { return }
        entries[key] = value
        startTokens.append(hashes[0])
        var prefix = hashes[0]
        for n in 1..<hashes.count {
            prefixes[prefix] = true
            prefix = KeyHash.join(prefix, hashes[n])
        }
        maxTokens = max(maxTokens, hashes.count)
    }

    /// The longest entry starting at token `index`: its value, the reading of the first token,
    /// and the number of tokens it covers.
    func match(at index: Int, in words: TokenReadings) -> (value: Value, split: Reading, tokens: Int)? {
        for split in words.splits(index) {
            var h = split.stem
            var best: (Value, Int)?
            var n = 1
            while n < maxTokens, index + n < words.count, prefixes[h] != nil {
                h = KeyHash.join(h, words.hash(index + n))
                n += 1
                if let v = entries[h] { best = (v, n) }
            }
            if let best { return (best.0, split, best.1) }
            if let v = entries[split.stem] { return (v, split, 1) }
        }
        return nil
    }
}
