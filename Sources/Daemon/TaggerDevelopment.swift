import ArticleCore

/// Evaluation over tagged sentences (in order, as one text).
enum TaggerDevelopment {
    static func evaluate(_ tagger: EntityTagger, on sentences: [TaggerTrainingSentence]) -> ChunkEvaluation {
        var evaluation = ChunkEvaluation()
        // One text: the second pass looks across neighbouring sentences.
        for (s, guessed) in zip(sentences, tagger.tag(document: sentences.map(\.words))) {
            evaluation.add(gold: s.tags.map { EntityTagSet.tags[$0] }, guessed: guessed)
        }
        return evaluation
    }
}
