/// The place of a dateline the gazetteer lacks: one word opening a line before a dash and a
/// quoted outlet closed by a colon (مسقط - «الرؤية»:، حمص – "الوطن":). The shape is the press's
/// own way of saying where and who: the word is the place (a city the gazetteer left out because it
/// is also an ordinary word, مسقط "birthplace"), the quoted words the outlet.
extension EntityScan {
    /// The token of such a place before the quoted `stretch`, or nil.
    func unknownDatelinePlace(before stretch: QuotedStretches.Stretch) -> Int? {
        let dash = stretch.open - 1, place = stretch.open - 2, colon = stretch.close + 1
        guard stretch.content.count <= 3, place >= 0, words.isPunctuation(dash),
              "-–—".unicodeScalars.contains(text.scalars[words.tokens[dash].span.start]),
              colon < words.count, words.isPunctuation(colon), text.scalars[words.tokens[colon].span.start] == ":",
              place == 0 || words.lineBreak(between: place - 1, and: place, in: text),
              !stretch.content.contains(where: { words.classes($0).contains(.stopWord) }),
              words.isWord(place), !taken[place], placeAt[place] == nil, looksLikeProperName(place) else { return nil }
        return place
    }
}
