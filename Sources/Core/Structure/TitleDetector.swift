/// Decides whether the first line of an article is its title.
///
/// A title is short (at most 25 words and 250 characters), is followed by more text, does not end
/// with a colon (that introduces what follows) and is not itself a byline.
public enum TitleDetector {
    public static let maxWords = 25
    public static let maxCharacters = 250

    static func isTitle(line: Span, nonEmptyLineCount: Int, text: ArticleText, tokens: [Token]) -> Bool {
        guard nonEmptyLineCount >= 2, line.length <= maxCharacters else { return false }
        let range = tokens.indices(within: line)
        let words = range.reduce(0) { $0 + (tokens[$1].kind == .word || tokens[$1].kind == .number ? 1 : 0) }
        guard words >= 1, words <= maxWords else { return false }
        let last = text.scalars[line.end - 1].value
        if last == 0x3A { return false }
        return true
    }
}
