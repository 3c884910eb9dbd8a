/// Finds the date relative expressions refer to when the caller gives none: a full date
/// (day, month and year) on a short line among the first three lines or on the last line
/// ("الأحد 9 كانون الثاني 2022"), or within the first twelve tokens of the first paragraph (a
/// news dateline: "دمشق في 9 كانون الثاني 2022 - سانا"), unless اليوم/أمس/غداً ties it to
/// today (see `BodyReferenceDateFinder`). Never the file's time or the clock.
enum ReferenceDateFinder {
    static func find(_ candidates: [DateCandidate], structure: DocumentStructure, tokens: [Token], text: ArticleText) -> CivilDate? {
        let lines = structure.lines.filter { !$0.isEmpty }
        var places: [Span] = Array(lines.prefix(3))
        if let last = lines.last { places.append(last) }
        for c in candidates where c.relative == nil && c.calendar == "gregorian" {
            guard let y = c.year, let m = c.month, let d = c.day, let date = CivilDate(year: y, month: m, day: d) else { continue }
            // "أمس الثلاثاء 14 أكتوبر 2025" is yesterday's date, not a date line: the body finder reads it.
            let before = BodyReferenceDateFinder.wordsBefore(c.span.start, tokens: tokens, text: text)
            if before.anchor != nil { continue }
            // "الأحد 9 يناير 2022" with a weekday the date does not fall on: a slip, not a date to trust.
            if let w = before.weekday, date.weekday != w { continue }
            if let line = places.first(where: { $0.contains(c.span) }) {
                let range = tokens.indices(within: line)
                if range.count <= 14 { return date }
            }
            if let first = structure.paragraphs.first, first.contains(c.span) {
                let before = tokens.firstIndex(startingAtOrAfter: c.span.start) - tokens.firstIndex(startingAtOrAfter: first.start)
                if before <= 12 { return date }
            }
        }
        return nil
    }
}
