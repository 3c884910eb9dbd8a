/// Stretches of tokens between quotation marks, as the entity layer needs them: to take a quoted
/// name whole (“الوكالة الأمريكية للتنمية الدولية”) and to type one by the head before it
/// (تنظيم “داعش”).
///
/// Marks pair up within a line: any of “ « ” " opens when nothing is open, any of ” » " “ closes,
/// so a closing mark used as the opening one (”منظمة …”) still pairs.
enum QuotedStretches {
    struct Stretch: Equatable {
        /// Token index of the opening and closing marks.
        let open: Int
        let close: Int
        var content: Range<Int> { (open + 1)..<close }
    }

    static func isOpener(_ s: Unicode.Scalar) -> Bool { s == "“" || s == "«" || s == "”" || s == "\"" }
    static func isCloser(_ s: Unicode.Scalar) -> Bool { s == "”" || s == "»" || s == "\"" || s == "“" }

    static func find(in words: TokenReadings, text: ArticleText) -> [Stretch] {
        var result: [Stretch] = []
        var open: Int?
        for i in 0..<words.count where words.isPunctuation(i) {
            if let o = open, words.lineBreak(between: o, and: i, in: text) { open = nil }
            let mark = text.scalars[words.tokens[i].span.start]
            if let o = open {
                if isCloser(mark) { result.append(Stretch(open: o, close: i)); open = nil }
            } else if isOpener(mark) {
                open = i
            }
        }
        return result
    }
}
