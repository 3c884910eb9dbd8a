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

    static let openers: Set<String> = ["“", "«", "”", "\""]
    static let closers: Set<String> = ["”", "»", "\"", "“"]

    static func find(in words: TokenReadings, text: ArticleText) -> [Stretch] {
        var result: [Stretch] = []
        var open: Int?
        for i in 0..<words.count where words.isPunctuation(i) {
            if let o = open, words.lineBreak(between: o, and: i, in: text) { open = nil }
            let k = words.key(i)
            if let o = open {
                if closers.contains(k) { result.append(Stretch(open: o, close: i)); open = nil }
            } else if openers.contains(k) {
                open = i
            }
        }
        return result
    }
}
