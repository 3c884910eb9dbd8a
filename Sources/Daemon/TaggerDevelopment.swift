import ArticleCore

/// Evaluation over tagged sentences.
enum TaggerDevelopment {
    static func evaluate(_ tagger: EntityTagger, on sentences: [TaggerTrainingSentence]) -> ChunkEvaluation {
        var evaluation = ChunkEvaluation()
        for s in sentences {
            evaluation.add(gold: s.tags.map { EntityTagSet.tags[$0] }, guessed: tagger.tag(s.words))
        }
        return evaluation
    }
}
