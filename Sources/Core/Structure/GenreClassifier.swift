/// Guesses whether an article is opinion, news or an interview, and says why.
///
/// Cues, each counted once per occurrence:
/// - interview: a question/answer layout (lines starting س: / ج: or Q: / A:, or many paragraphs
///   that are questions), an interviewer byline (حوار، أجرى الحوار).
/// - news: a dateline with a place or an agency, third-person reporting verbs (قال، أعلن ...).
/// - opinion: a byline without a dateline, first-person (علينا، نحن، نرى، أعتقد، رأيناه ...),
///   evaluative and stance phrases (من المؤكد، لا شك، ينبغي، للأسف ...), rhetorical questions and
///   exclamations in the body.
public enum GenreClassifier {
    static let firstPerson: [String] = [
        "علينا", "لدينا", "نحن", "إننا", "أننا", "لنا", "نرى", "نعتقد", "أعتقد", "أرى", "برأيي", "رأيي", "أظن",
        "نتفاجأ", "رأيناه", "رأينا", "شهدنا", "نشهد", "نعيش", "نستطيع", "يجعلنا", "بلادنا", "عالمنا", "مجتمعنا",
        "we", "our", "us", "i", "my", "i'm", "we're",
    ]

    static let evaluative: [String] = [
        "المؤكد", "شك", "ينبغي", "للأسف", "مذهلة", "مذهل", "الجدير", "المستغرب", "المؤسف", "الواضح", "بالطبع",
        "طبعا", "حتما", "بلا", "خطير", "خطيرة", "فاضح", "فاضحة", "مؤسف", "مخز", "كارثي", "كارثية", "الحقيقة",
        "unfortunately", "clearly", "surely", "should", "must", "outrageous",
    ]

    static let reportingVerbs: [String] = [
        "قال", "قالت", "أعلن", "أعلنت", "أفاد", "أفادت", "ذكر", "ذكرت", "أوضح", "أوضحت", "صرح", "صرحت",
        "أضاف", "أضافت", "وقال", "وقالت", "وأضاف", "وأضافت", "وأعلن", "وأعلنت", "وذكر", "وذكرت", "وأوضح",
        "said", "announced", "told", "reported",
    ]
    static let qaMarkers = KeySet(["س", "ج", "q", "a", "سؤال", "جواب"])

    /// Which of the word lists above a body word is in.
    enum WordCue { case firstPerson, evaluative, reporting }

    /// The three word lists in one table, so a body word costs one look-up, not three. A word in
    /// several lists counts as first person before evaluative before reporting (later pairs win).
    static let wordCues = KeyMap<WordCue>(
        words: reportingVerbs.map { ($0, .reporting) } + evaluative.map { ($0, .evaluative) }
            + firstPerson.map { ($0, .firstPerson) })

    public static func classify(structure: DocumentStructure, text: ArticleText, tokens: [Token]) -> GenreHint? {
        guard !structure.paragraphs.isEmpty else { return nil }
        var opinion = 0, news = 0, interview = 0
        var evidence: [String: [String]] = ["opinion": [], "news": [], "interview": []]
        func note(_ genre: String, _ weight: Int, _ what: String) {
            switch genre {
            case "opinion": opinion += weight
            case "news": news += weight
            default: interview += weight
            }
            evidence[genre]!.append(what)
        }

        if let byline = structure.byline {
            if byline.authors.contains(where: { $0.role == "interviewer" }) { note("interview", 3, "interviewer byline") }
            if structure.dateline == nil { note("opinion", 1, "byline without dateline") }
            // بقلم signs columns; reports say كتب.
            if byline.authors.contains(where: { $0.cue.map { MatchKey.key($0) == MatchKey.key("بقلم") } ?? false }) {
                note("opinion", 2, "byline بقلم")
            }
        }
        if let dateline = structure.dateline { note("news", 3, "dateline: \(text.slice(dateline))") }

        // Q/A layout, or turns led by a speaker's label (العمري: …، «الغد»: …) that come back.
        var questionParagraphs = 0, qaMarkers = 0
        var turnLabels: [UInt64: Int] = [:]  // by the joined hashes of the label's words
        for p in structure.paragraphs {
            let first = tokens.firstIndex(startingAtOrAfter: p.start)
            if first + 1 < tokens.count, tokens[first + 1].kind == .punctuation,
               text.scalars[tokens[first + 1].span.start] == ":",
               Self.qaMarkers.contains(tokens[first]) { qaMarkers += 1 }
            var k = first
            while k < tokens.count, k - first < 5, tokens[k].span.start < p.end, text.scalars[tokens[k].span.start] != ":" { k += 1 }
            if k > first, k < tokens.count, tokens[k].span.start < p.end, text.scalars[tokens[k].span.start] == ":",
               tokens[first..<k].filter({ $0.kind == .word }).count <= 3 {
                var label: [UInt64] = []
                for t in first..<k where tokens[t].kind == .word { label.append(tokens[t].keyHash) }
                turnLabels[KeyHash.join(label), default: 0] += 1
            }
            let last = text.scalars[p.end - 1].value
            if last == 0x061F || last == 0x3F { questionParagraphs += 1 }
        }
        if qaMarkers >= 2 { note("interview", 2 * qaMarkers, "question/answer markers: \(qaMarkers)") }
        let turns = turnLabels.values.filter { $0 >= 2 }.reduce(0, +)
        if qaMarkers < 2, turnLabels.values.filter({ $0 >= 2 }).count >= 2, turns >= 4 {
            note("interview", 2 * turns, "speaker turns: \(turns)")
        }
        if questionParagraphs >= 3, questionParagraphs * 4 >= structure.paragraphs.count {
            note("interview", questionParagraphs, "paragraphs that are questions: \(questionParagraphs)")
        }

        // Word cues in the body.
        var firstPersonWords: [String] = [], evaluativeWords: [String] = [], reporting = 0
        var questions = 0, exclamations = 0
        var quoteDepth = 0  // words inside quotation marks are someone else's voice
        let bodyStart = structure.paragraphs.first!.start
        let wordCues = Self.wordCues  // one static access, not one per token
        var i = tokens.firstIndex(startingAtOrAfter: bodyStart)
        while i < tokens.count {
            switch tokens[i].kind {
            case .word:
                if quoteDepth > 0 { break }
                switch wordCues[tokens[i].keyHash] {
                case .firstPerson: firstPersonWords.append(text.slice(tokens[i].span))
                case .evaluative: evaluativeWords.append(text.slice(tokens[i].span))
                case .reporting: reporting += 1
                case nil: break
                }
            case .punctuation:
                let v = text.scalars[tokens[i].span.start].value
                if v == 0x201C || v == 0x00AB { quoteDepth += 1 }
                if v == 0x201D || v == 0x00BB { quoteDepth = max(0, quoteDepth - 1) }
                if v == 0x22 { quoteDepth = quoteDepth > 0 ? 0 : 1 }
                if v == 0x061F || v == 0x3F { questions += 1 }
                if v == 0x21 { exclamations += 1 }
            default: break
            }
            i += 1
        }
        // (`Array(prefix)`: an array's `joined` sizes the result once; a slice's goes through a generic path.)
        if !firstPersonWords.isEmpty {
            note("opinion", 2 * firstPersonWords.count, "first person: " + Array(firstPersonWords.prefix(5)).joined(separator: "، "))
        }
        if !evaluativeWords.isEmpty {
            note("opinion", evaluativeWords.count, "evaluative words: " + Array(evaluativeWords.prefix(5)).joined(separator: "، "))
        }
        if questions > 0, questionParagraphs < 3 { note("opinion", questions, "rhetorical questions: \(questions)") }
        if exclamations > 0 { note("opinion", exclamations, "exclamations: \(exclamations)") }
        if reporting > 0 { note("news", reporting, "reporting verbs: \(reporting)") }

        // On a tie news wins: it is what most articles are.
        let ranked = [("news", news), ("interview", interview), ("opinion", opinion)].sorted { $0.1 > $1.1 }
        guard ranked[0].1 > 0 else { return nil }
        return GenreHint(value: ranked[0].0, evidence: evidence[ranked[0].0]!)
    }
}
