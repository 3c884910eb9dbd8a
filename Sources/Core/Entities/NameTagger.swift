/// A name a statistical tagger found: its span in the original text, its type in the training
/// corpus's names ("PERS", "LOC", "ORG", "MISC"), and the tokens it covers.
public struct TaggedName: Sendable, Equatable {
    public let span: Span
    public let type: String
    public let tokenRange: Range<Int>

    public init(span: Span, type: String, tokenRange: Range<Int>) {
        self.span = span
        self.type = type
        self.tokenRange = tokenRange
    }
}

/// Where the trained sequence tagger plugs into the entity layer: rules and gazetteers find the
/// names they know, a tagger finds the ones they don't.
public protocol NameTagger: Sendable {
    /// Names in the tokens of one text (as `Tokenizer.tokenize` gives them).
    func names(in tokens: [Token]) -> [TaggedName]
}
