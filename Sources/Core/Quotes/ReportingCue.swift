/// A place where reported speech is marked: a verb of saying or an attribution, with the speaker
/// it was resolved to (named there or carried over from the previous speaker).
struct ReportingCue {
    enum Kind { case verb, attribution }
    let token: Int
    let kind: Kind
    let speaker: Speaker?
    /// The first token after the cue and its subject (where what was said may begin).
    var subjectEnd: Int
    /// The statement this cue opens, if its content could be delimited.
    var statement: Int?
}
