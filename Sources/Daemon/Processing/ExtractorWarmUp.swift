import ArticleCore

/// One extraction of a short text of our own before the daemon says READY, so that the one-time
/// costs (the entity tagger's model, about 4 MB, decoded; the lexicons' first use) are paid at
/// start-up and not by the first file: about 0.1 s of CPU, which otherwise came on top of the
/// first file's latency and into every throughput run's CPU per file.
enum ExtractorWarmUp {
    /// A few sentences that reach every layer: a title, a date line, a person, a place, a quote.
    static let text = """
        الحكومة تعلن خطة جديدة للنقل
        القاهرة، الثلاثاء 14 أكتوبر 2025
        قال وزير النقل أحمد سالم في مؤتمر صحفي بالقاهرة أمس إن "الخطة تبدأ الشهر المقبل".
        وأضاف أن الحكومة خصصت 200 مليون جنيه للمشروع.

        """

    /// Runs the extraction once; returns its wall time in milliseconds (for the start-up log).
    @discardableResult
    static func run() -> Int64 {
        let start = ContinuousClock.now
        _ = ArticleExtractor().extract(Array(text.utf8), options: ExtractionOptions(sourceName: "warm-up.txt"))
        return (ContinuousClock.now - start).milliseconds
    }
}
