/// A dictionary of names of one to a few tokens, keyed by the tokens' matching keys joined with a
/// space, and looked up at a token of a text with its proclitics peeled off.
///
/// Entries are keyed the way the text is: each name is run through `MatchKey` and the `Tokenizer`,
/// so "الكونغو - كينشاسا" is three tokens here as in an article. Only the first token of a match may
/// carry proclitics (وبالولايات المتحدة); the longest entry wins, and the whole word before a
/// stripped reading (بيروت is a city, not ب + يروت).
struct PhraseLexicon<Value: Sendable>: Sendable {
    private(set) var entries: [String: Value] = [:]
    /// Keys of the first token of entries longer than one token: a window is only built after one.
    private var firstTokens: Set<String> = []
    private(set) var maxTokens = 1

    /// Adds `name` unless an entry with the same key exists (earlier additions take precedence).
    mutating func add(_ name: String, _ value: Value) {
        let keys = Self.tokenKeys(name)
        guard !keys.isEmpty, keys.count <= 6 else { return }
        let key = keys.joined(separator: " ")
        guard entries[key] == nil else { return }
        entries[key] = value
        if keys.count > 1 { firstTokens.insert(keys[0]); maxTokens = max(maxTokens, keys.count) }
    }

    func value(forKey key: String) -> Value? { entries[key] }
    func contains(_ name: String) -> Bool { entries[Self.tokenKeys(name).joined(separator: " ")] != nil }

    /// The matching keys of the tokens of a name, as the tokenizer would give them in a text.
    static func tokenKeys(_ name: String) -> [String] {
        let text = ArticleText(name)
        return Tokenizer.tokenize(text, NormalizedText(text)).map(\.key).filter { !$0.isEmpty }
    }

    /// The longest entry starting at token `index`: its value, the reading of the first token,
    /// and the number of tokens it covers.
    func match(at index: Int, in words: TokenReadings) -> (value: Value, split: Proclitics.Split, tokens: Int)? {
        for split in words.splits(index) {
            if firstTokens.contains(split.stem), maxTokens > 1 {
                var key = split.stem
                var best: (Value, Int)?
                var n = 1
                while n < maxTokens, index + n < words.count {
                    key += " " + words.key(index + n)
                    n += 1
                    if let v = entries[key] { best = (v, n) }
                }
                if let best { return (best.0, split, best.1) }
            }
            if let v = entries[split.stem] { return (v, split, 1) }
        }
        return nil
    }
}
