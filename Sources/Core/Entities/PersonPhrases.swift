/// Persons named after a title or role: الرئيس الكازاخستاني قاسم جومارت توكاييف، وزير الطاقة
/// والتجارة الكازاخي السابق، الملياردير مختار أبليازوف. The role phrases become the person's roles.
extension EntityScan {
    /// The end of the role phrase that starts with a title at token `i` (exclusive).
    /// With `construct`, indefinite nouns in a genitive chain ending on a definite word or a place
    /// belong to the role too: وزير خارجية فرنسا، رئيس أركان الجيش، وزير الدولة لشؤون نزع السلاح.
    func roleEnd(from i: Int, construct: Bool) -> Int {
        var j = i + 1
        scan: while j < words.count, j - i <= 8, words.isWord(j) {
            // A place inside a role stays a mention of its own: الرئيس السابق لجورجيا.
            if let place = placeAt[j] { j += place.count; continue }
            if taken[j] { break }
            let k = words.key(j)
            if NameCues.stopWords.contains(k) { break }
            if NameCues.roleContinuations.contains(k) { j += 1; continue }
            if adjectiveAt[j] != nil { j += 1; continue }
            if isDefiniteWord(j, allowingConjunction: true) { j += 1; continue }
            if construct {
                var k = j
                while k < j + 2, k < words.count, words.isWord(k), !taken[k], !isDefiniteWord(k, allowingConjunction: false),
                      placeAt[k] == nil, !NameCues.stopWords.contains(words.key(k)) { k += 1 }
                if k > j, k < words.count, isDefiniteWord(k, allowingConjunction: false) || placeAt[k] != nil { j = k; continue }
            }
            break
        }
        return j
    }

    /// A definite word (الطاقة), also after و (والتجارة) or as لل (للتنمية).
    func isDefiniteWord(_ j: Int, allowingConjunction: Bool) -> Bool {
        guard words.isWord(j) else { return false }
        for s in words.splits(j) where NameCues.isDefinite(s.stem) {
            let p = words.key(j).unicodeScalars.prefix(s.prefixLength)
            if s.prefixLength == 0 || s.restoredArticle || (allowingConjunction && p.elementsEqual(["و"])) { return true }
        }
        return false
    }

    /// Whether a word cannot open a name: it carries و or ف ("and …"), a preposition before a
    /// definite word (بالوحدة), or the tanween of an indefinite noun (اجتماعاً).
    func cannotOpenName(_ i: Int) -> Bool {
        for s in words.splits(i).dropFirst() {
            let first = words.key(i).unicodeScalars.first!
            if first == "و" || first == "ف" || NameCues.isDefinite(s.stem) { return true }
        }
        let span = words.tokens[i].span
        return (span.start..<span.end).contains { (0x064B...0x064D).contains(text.scalars[$0].value) }
    }

    func title(at i: Int) -> Proclitics.Split? {
        guard words.isWord(i), !taken[i] else { return nil }
        return words.splits(i).first { NameCues.personTitles.contains($0.stem) }
    }

    func isNameStop(_ i: Int) -> Bool {
        if taken[i] || placeAt[i] != nil || adjectiveAt[i] != nil { return true }
        return words.splits(i).contains {
            NameCues.stopWords.contains($0.stem) || NameCues.personTitles.contains($0.stem)
                || NameCues.organisationHeads.contains($0.stem)
        }
    }

    /// Name tokens starting at `start`: up to four, the first indefinite; a definite one only
    /// after عبد/أبو/بن … or as the last word before punctuation (بشار الأسد،).
    func nameEnd(from start: Int) -> Int {
        var n = start
        guard start < words.count, words.isWord(start), !cannotOpenName(start) else { return start }
        while n < words.count, n - start < 4, words.isWord(n), !isNameStop(n) {
            if n > start, words.lineBreak(between: n - 1, and: n, in: text) { break }
            let k = words.key(n)
            if k.hasPrefix("ال") {
                if n == start { break }
                let afterPrefix = NameCues.namePrefixes.contains(words.key(n - 1))
                let last = !words.isWord(n + 1)
                if !afterPrefix && !last { break }
                n += 1
                if last { break }
                continue
            }
            if k.unicodeScalars.count < 2 { break }
            // A possessive ending (دعمه، موقفها) marks a noun after the name, not a surname.
            if n > start, hasPronounSuffix(n) { break }
            n += 1
        }
        // A name does not end on عبد/أبو.
        while n > start, NameCues.namePrefixes.contains(words.key(n - 1)) { n -= 1 }
        return n
    }

    /// The role phrases from a title at token `i`, with apposed ones (وزير الطاقة …، الملياردير),
    /// and the token after them.
    func rolePhrases(from i: Int, _ split: Proclitics.Split, construct: Bool) -> (roles: [String], end: Int) {
        var roles: [String] = []
        var start = i, titleSplit = split
        while true {
            let j = roleEnd(from: start, construct: construct)
            roles.append(text.slice(words.span(start..<j, prefixLength: titleSplit.prefixLength)))
            if words.isPunctuation(j), words.key(j) == "،" || words.key(j) == ",", let next = title(at: j + 1) {
                start = j + 1; titleSplit = next
                continue
            }
            return (roles, j)
        }
    }

    func hasPronounSuffix(_ i: Int) -> Bool {
        let span = words.tokens[i].span
        let tail = text.scalars[max(span.start, span.end - 2)..<span.end].map(\.value)
        return tail.last == 0x0647 || tail == [0x0647, 0x0627] || tail == [0x0647, 0x0645]
    }

    mutating func findPersons() {
        var i = 0
        while i < words.count {
            guard let split = title(at: i) else { i += 1; continue }
            // Read the role as a genitive chain first (وزير خارجية فرنسا …); if no name follows, the
            // indefinite words after the title are the name (الرئيس بشار الأسد).
            var (roles, j) = rolePhrases(from: i, split, construct: true)
            if nameEnd(from: j) == j { (roles, j) = rolePhrases(from: i, split, construct: false) }
            let end = nameEnd(from: j)
            if end > j {
                let range = j..<end
                let stem = words.splits(j)[0].stem
                let keys = nameKeys(range, firstStem: stem)
                add(FoundMention(
                    tokens: range, span: words.span(range), kind: .person, group: "person:" + keys.joined(separator: " "),
                    source: "cue", roles: roles, nameKeys: keys))
                i = end
            } else {
                if words.isPunctuation(j), words.key(j) == "،" || words.key(j) == "," { danglingRoles[j + 1] = roles.last }
                i = max(j, i + 1)
            }
        }
    }

    /// Byline authors are persons (found by the structure layer).
    mutating func addBylineAuthors(_ spans: [Span]) {
        for span in spans {
            let range = tokenRange(covering: span)
            guard !range.isEmpty else { continue }
            for k in range where taken[k] { mentions.removeAll { $0.tokens.contains(k) } }
            let keys = range.map { words.key($0) }
            add(FoundMention(
                tokens: range, span: span, kind: .person, group: "person:" + keys.joined(separator: " "),
                source: "byline", roles: ["author"], nameKeys: keys))
        }
    }

    /// The tokens inside a span of the original text.
    func tokenRange(covering span: Span) -> Range<Int> {
        var lo = 0, hi = words.count
        while lo < hi { let mid = (lo + hi) / 2; if words.tokens[mid].span.start < span.start { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < words.count, words.tokens[end].span.end <= span.end { end += 1 }
        return lo..<end
    }
}
