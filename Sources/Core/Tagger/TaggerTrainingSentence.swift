/// One sentence of training or evaluation data: words as they stand and their tag indices
/// (`EntityTagSet`).
public struct TaggerTrainingSentence: Sendable, Equatable {
    public let words: [String]
    public let tags: [Int]

    public init(words: [String], tags: [Int]) {
        precondition(words.count == tags.count)
        self.words = words
        self.tags = tags
    }
}
