/// The dates of an article and the reference date they were resolved against.
public struct DateLayer: Sendable {
    public let mentions: [DateMention]
    public let reference: ReferenceDate?

    /// How many days after a lede's event date the arrival day may fall and still be taken for the
    /// day of writing: a live feed delivers a report within days of its event; an archive dropped
    /// in later does not, and then the event date is the better reference.
    static let arrivalDaysAfterEvent = 7

    /// Extracts every date expression, chooses the reference date (the option first, else a date
    /// line in the text, else a date the body ties to today or to its lede's event, else the
    /// arrival date) and resolves relative expressions against it. A lede's event date
    /// ("body_event") resolves month- and year-level expressions only: the article may have been
    /// written days after the event. An arrival day from the event's day to a week after it is
    /// taken instead (a live feed), so that أمس and اليوم resolve too.
    public static func extract(_ text: ArticleText, tokens: [Token], structure: DocumentStructure,
                               referenceOption: String?, arrivalDate: String? = nil) -> DateLayer {
        let candidates = DateExtractor.candidates(text, tokens: tokens)
        let arrival = arrivalDate.flatMap { CivilDate(iso: $0) }
        var reference: ReferenceDate?
        var date: CivilDate?
        var dayExact = true
        if let option = referenceOption, let d = CivilDate(iso: option) {
            date = d; reference = ReferenceDate(value: d.iso, source: "option")
        } else if let d = ReferenceDateFinder.find(candidates, structure: structure, tokens: tokens, text: text) {
            date = d; reference = ReferenceDate(value: d.iso, source: "text")
        } else if let body = BodyReferenceDateFinder.find(candidates, structure: structure, tokens: tokens, text: text) {
            let daysAfterEvent = arrival.map { $0.dayNumber - body.date.dayNumber }
            if body.strength == .event, let arrival, let daysAfterEvent, (0...arrivalDaysAfterEvent).contains(daysAfterEvent) {
                date = arrival; reference = ReferenceDate(value: arrival.iso, source: "arrival")
            } else {
                date = body.date; reference = ReferenceDate(value: body.date.iso, source: body.strength == .today ? "body" : "body_event")
                dayExact = body.strength == .today
            }
        } else if let arrival {
            date = arrival; reference = ReferenceDate(value: arrival.iso, source: "arrival")
        }
        return DateLayer(mentions: DateResolver.mentions(candidates, reference: date, dayExact: dayExact, text: text), reference: reference)
    }

    /// Spans amounts must not claim: every date except "منذ ثلاث سنوات"-style durations.
    public var spansTakenFromAmounts: [Span] {
        mentions.filter { $0.relative != "ago" && $0.relative != "after" }.map { Span(start: $0.start, end: $0.end) }
    }
}
