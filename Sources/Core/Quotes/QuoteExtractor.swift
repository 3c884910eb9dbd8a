/// The quote layer: quoted spans, classified, and reported statements with their speakers.
///
/// Pure: it reads the text, its tokens, the sentences of the structure layer and the entities of
/// the entity layer, and returns record values. When no sentences are given it splits plainly at
/// . ! ? ؟ and line ends, so it works before (and without) the structure layer. Linear in the
/// text's length: quotation marks pair through a bounded stack, lexicons are sets built once.
public enum QuoteExtractor {
    public static func extract(
        _ text: ArticleText, key: NormalizedText, tokens: [Token], sentences: [Span], entities: [Entity]
    ) -> (quotes: [Quote], statements: [Statement]) {
        let context = ReportingContext(text: text, key: key, tokens: tokens, sentences: sentences, entities: entities)
        let pairs = QuoteMarkPairing.pairs(in: text.scalars)  // one scan for the statements and the quotes
        let (cues, statements) = StatementFinder(context: context).find(quotePairs: pairs)
        let classifier = QuoteClassifier(context: context, cues: cues, statements: statements)
        // A quote inside another quote is what the speaker quoted, not a quotation of its own.
        var quotes: [Quote] = []
        var enclosing: [Int] = []  // closing offsets of the quotes around the current one
        for pair in pairs {
            while let close = enclosing.last, close < pair.open { enclosing.removeLast() }
            if let quote = classifier.classify(pair, nested: !enclosing.isEmpty) { quotes.append(quote) }
            enclosing.append(pair.close)
        }
        return (quotes, statements)
    }
}
