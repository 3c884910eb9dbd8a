/// Persons named after a title or role: الرئيس الكازاخستاني قاسم جومارت توكاييف، وزير الطاقة
/// والتجارة الكازاخي السابق، الملياردير مختار أبليازوف. The role phrases become the person's roles.
extension EntityScan {
    /// The end of the role phrase that starts with a title at token `i` (exclusive).
    /// With `construct`, indefinite nouns in a genitive chain ending on a definite word or a place
    /// belong to the role too: وزير خارجية فرنسا، رئيس أركان الجيش، وزير الدولة لشؤون نزع السلاح.
    func roleEnd(from i: Int, construct: Bool) -> Int {
        var j = i + 1, afterPlace = false
        scan: while j < words.count, j - i <= 8, words.isWord(j) {
            // A place inside a role stays a mention of its own: الرئيس السابق لجورجيا. It closes a
            // genitive chain: what follows in construct is the name (عضو مجلس محافظة ديالى رعد …).
            if let place = placeAt[j] { j += place.count; afterPlace = true; continue }
            if let end = locationEnd(startingAt: j) { j = end; afterPlace = true; continue }
            if taken[j] {
                // So does an organisation: رئيس اللجنة التنفيذية لمجلس الإصلاح الوطني الأوكراني.
                guard let end = organisationEnd(startingAt: j) else { break }
                j = end
                continue
            }
            let k = words.classes(j)
            if k.contains(.stopWord) { break }
            if k.contains(.roleContinuation) { j += 1; continue }
            if adjectiveAt[j] != nil { j += 1; continue }
            if isDefiniteWord(j, allowingConjunction: true) { j += 1; continue }
            // A role closed by السابق/الأسبق/الحالي is followed by the name (وزير الفلاحة الأسبق
            // محمد الحبيب الغربي), and a chain that opens on or runs into عبد/بن/آل is a name
            // (الشاعر عبد الله بن سالم، رئيس الاتحاد نور الدين بن عياد).
            if construct, !afterPlace, !(j > i + 1 && Self.roleClosers.contains(words.hash(j - 1))),
               !words.classes(j).contains(.namePrefix) {
                var k = j
                while k < j + 2, k < words.count, words.isWord(k), !taken[k], !isDefiniteWord(k, allowingConjunction: false),
                      placeAt[k] == nil, !words.classes(k).contains(.stopWord), !words.classes(k).contains(.personTitle) { k += 1 }
                if k > j, k < words.count, isDefiniteWord(k, allowingConjunction: false) || placeAt[k] != nil || locationEnd(startingAt: k) != nil,
                   !(k + 1 < words.count && words.isWord(k + 1) && words.classes(k + 1).contains(.namePrefix)) { j = k; continue }
            }
            break
        }
        return j
    }

    /// The end of a location mention (found by a cue, not in the gazetteer) starting at token `j`.
    func locationEnd(startingAt j: Int) -> Int? {
        guard taken[j] else { return nil }
        return locationEndAt[j]
    }

    /// Role adjectives that close a role: what follows is the name, not more of the role.
    static let roleClosers = KeySet(hashes: ["السابق", "الأسبق", "الحالي", "السابقة", "الحالية", "الأسبقة"].map(KeyHash.of(word:)))

    /// The end of the first organisation mention starting at token `j`, found by index (a mention
    /// whose kind changed since is looked for the slow way).
    func organisationEnd(startingAt j: Int) -> Int? {
        guard let m = organisationAt[j] else { return nil }
        if mentions[m].kind == .organisation, mentions[m].tokens.lowerBound == j { return mentions[m].tokens.upperBound }
        return mentions.first(where: { $0.kind == .organisation && $0.tokens.lowerBound == j })?.tokens.upperBound
    }

    /// A definite word (الطاقة), also after و (والتجارة) or as لل (للتنمية).
    func isDefiniteWord(_ j: Int, allowingConjunction: Bool) -> Bool {
        guard words.isWord(j) else { return false }
        for s in words.splits(j) where s.definite {
            if s.prefixLength == 0 || s.restoredArticle || (allowingConjunction && s.isOnly("و")) { return true }
        }
        return false
    }

    /// Whether a word cannot open a name: it carries و or ف ("and …"), a preposition before a
    /// definite word (بالوحدة), or the tanween of an indefinite noun (اجتماعاً).
    func cannotOpenName(_ i: Int) -> Bool {
        for s in words.splits(i).dropFirst() where s.startsWith("و") || s.startsWith("ف") || s.definite {
            return true
        }
        let span = words.tokens[i].span
        return (span.start..<span.end).contains { (0x064B...0x064D).contains(text.scalars[$0].value) }
    }

    func title(at i: Int) -> Reading? {
        guard words.isWord(i), !taken[i] else { return nil }
        guard words.anyClasses(i).contains(.personTitle) else {
            // مديرها العام نادر البستاني، وزيرها فلان: a title with a possessive pronoun.
            return hasPossessiveTitle(i) ? words.splits(i).first : nil
        }
        // المؤتمر الصحفي عقب اللقاء: a nisba title right after a definite noun is its adjective.
        if i > 0, words.isWord(i - 1), isDefiniteWord(i - 1, allowingConjunction: false), adjectiveAt[i - 1] == nil,
           words.anyClasses(i - 1).isDisjoint(with: [.personTitle]), Self.nisbaTitles.contains(words.hash(i)) {
            return nil
        }
        return words.splits(i).first { $0.classes.contains(.personTitle) }
    }

    /// Whether token `i` is a singular title with a possessive pronoun (مديرها، وزيرها، رئيسه،
    /// مستشاره): the title's key followed by ه، ها or هم, written without proclitics. Inlined:
    /// `findPersons` asks it of every word, and a call from its mutating loop copies the scan.
    @inline(__always)
    func hasPossessiveTitle(_ i: Int) -> Bool {
        let range = words.tokens[i].keyRange, key = words.text.scalars
        // Most words end otherwise: answer them before hashing anything. The stem keeps at least three letters.
        guard range.count >= 4 else { return false }
        let last = key[range.upperBound - 1], suffixLength: Int
        if last == "ه" {
            suffixLength = 1
        } else if last == "ا" || last == "م", range.count >= 5, key[range.upperBound - 2] == "ه" {
            suffixLength = 2
        } else {
            return false
        }
        var stem = KeyHash.seed
        for k in range.lowerBound..<(range.upperBound - suffixLength) { stem = KeyHash.adding(key[k], to: stem) }
        return NameCues.classes[stem]?.contains(.personTitle) == true && Self.possessableTitles.contains(stem)
    }

    /// Titles that take a possessive pronoun before a name (not الرئيس, not nationality words).
    static let possessableTitles = KeySet(hashes: ["مدير", "رئيس", "وزير", "نائب", "مستشار", "مساعد", "سفير", "مبعوث",
                                                     "محامي", "أمين", "قائد", "زعيم", "حاكم", "محافظ"].map(KeyHash.of(word:)))

    /// Nouns that open a minister's portfolio, never a name: وزيرة شؤون الأسرة، وزير شئون المرأة.
    static let portfolioNouns = KeySet(hashes: ["شؤون", "شئون"].map(KeyHash.of(word:)))

    /// Titles that are also adjectives of a thing (المؤتمر الصحفي، المكتب الإعلامي).
    static let nisbaTitles = KeySet(hashes: ["الصحفي", "الصحافي", "الصحفية", "الصحافية", "الفني", "القانوني", "الإعلامي"].map(KeyHash.of(word:)))

    func isNameStop(_ i: Int) -> Bool {
        taken[i] || placeAt[i] != nil || adjectiveAt[i] != nil || isCueWord(i)
    }

    /// A function word, title or organisation head in any reading of token `i`.
    func isCueWord(_ i: Int) -> Bool {
        !words.anyClasses(i).isDisjoint(with: [.stopWord, .personTitle, .organisationHead])
    }

    /// Name tokens starting at `start`: up to four, the first indefinite; a definite one (also a
    /// nisba like السوداني) only after عبد/أبو/بن … or as the last word of the name, before
    /// punctuation, a function word or a word opening a new clause with و/ف (بشار الأسد وفدا).
    func nameEnd(from start: Int) -> Int {
        var n = start, prefixes = 0
        guard start < words.count, words.isWord(start), !cannotOpenName(start),
              !Self.portfolioNouns.contains(words.hash(start)) else { return start }
        // Four name words; the nasab and kunya particles (بن، بنت، آل، أبو، عبد) do not count, so
        // chains such as بدر بن عبد الله بن فرحان stay whole.
        while n < words.count, n - start - prefixes < 4, n - start < 8, words.isWord(n) {
            if n > start, words.lineBreak(between: n - 1, and: n, in: text) { break }
            if n > start, words.classes(n - 1).contains(.namePrefix), !words.classes(n).contains(.namePrefix),
               words.splits(n).first!.stemLength >= 2, !taken[n], placeAt[n] == nil {
                // After بن/أبو the next word is a name even when it spells a function word or a
                // title (بن علي، بن الشيخ).
                n += 1
                continue
            }
            // After a compound's definite part (عبد الرازق، نور الدين) a word that can carry a
            // proclitic (بتحويل) is not a name.
            if n > start + 1, words.classes(n - 2).contains(.namePrefix) || isDefiniteWord(n - 1, allowingConjunction: false),
               words.splits(n - 1).first!.definite, !words.classes(n).contains(.namePrefix),
               words.splits(n).contains(where: { $0.prefixLength > 0 }) {
                break
            }
            if words.classes(n).contains(.namePrefix), !words.classes(n).contains(.stopWord) {
                if n + 1 < words.count, words.isWord(n + 1), !words.lineBreak(between: n, and: n + 1, in: text) {
                    prefixes += 1
                    n += 1
                    continue
                }
                break
            }
            let reading = words.splits(n).first!
            // مدينة الملك عبدالله الرياضية: a feminine nisba agrees with a noun before; no surname ends so.
            if reading.definite, n > start, endsInFeminineNisba(n) { break }
            // الإيطالي ماركو روسي: a nationality word right after a given name, without article or
            // proclitic, is the surname (an adjective would agree with a noun, not follow a name).
            if n == start + 1, !reading.definite, reading.prefixLength == 0, let adjective = adjectiveAt[n],
               adjective.split.prefixLength == 0, !adjective.split.definite, !hasTanween(n), !taken[n],
               !(words.splits(start).first?.definite ?? true) {
                n += 1
                break
            }
            if reading.definite, n > start, !taken[n], placeAt[n] == nil, !isCueWord(n) {
                let afterPrefix = words.classes(n - 1).contains(.namePrefix)
                let next = n + 1
                // (لـ«الأخبار»: a proclitic written alone with a tatweel is a word boundary too.)
                // (لوكالة، للصحفيين: a preposition before a definite word or a head noun is a boundary too.)
                let last = !words.isWord(next) || words.classes(next).contains(.stopWord)
                    || words.splits(next).contains { $0.startsWith("و") || $0.startsWith("ف") }
                    || words.tokens[next].keyRange.count <= 1
                    || words.splits(next).contains { $0.prefixLength > 0 && ($0.definite || $0.classes.contains(.organisationHead)) }
                // نور الدين بن عياد: a definite word before بن/آل is inside the name.
                let beforePrefix = words.isWord(next) && words.classes(next).contains(.namePrefix)
                    && !words.classes(next).contains(.stopWord)
                if !afterPrefix && !last && !beforePrefix {
                    // محمد الحبيب الغربي ذات مرة: two definite words closing a name before
                    // punctuation or a function word (not before a word with و: إعداد التراب
                    // الوطني والتعمير is a ministry's field).
                    // (Not after a nisba surname: يوسف الإدريسي الفارق في … is a name and an object.)
                    if n == start + 1, isNisba(n), !isNisba(next) {
                        n += 1  // the nisba is the surname, the definite word after it the object
                        break
                    }
                    if n == start + 1, n - start - prefixes < 3, !words.isWord(next + 1) || words.classes(next + 1).contains(.stopWord),
                       words.isWord(next),
                       words.splits(next).first!.definite, words.splits(next).first!.prefixLength == 0,
                       !taken[next], placeAt[next] == nil, !isCueWord(next) {
                        n += 2
                    }
                    break
                }
                n += 1
                if last { break }
                continue
            }
            if reading.definite || isNameStop(n) { break }
            // بالخطوة، والحكومة: a preposition or conjunction before a definite word ends the name.
            if n > start, words.splits(n).contains(where: { $0.prefixLength > 0 && $0.definite }) { break }
            if reading.stemLength < 2 { break }
            // A possessive ending (دعمه، موقفها) marks a noun after the name, not a surname.
            if n > start, hasPronounSuffix(n) { break }
            // Tanween marks an indefinite noun (اجتماعاً), never a name.
            if hasTanween(n) { break }
            n += 1
        }
        // A name does not end on عبد/أبو.
        while n > start, words.classes(n - 1).contains(.namePrefix) { n -= 1 }
        // A regnal ordinal closes it: الملك عبد الله الثاني.
        if n > start, n < words.count, words.isWord(n), NameCues.regnalOrdinals.contains(words.hash(n)),
           !words.lineBreak(between: n - 1, and: n, in: text) { n += 1 }
        return n
    }

    /// The role phrases from a title at token `i`, with apposed ones (وزير الطاقة …، الملياردير),
    /// and the token after them.
    func rolePhrases(from i: Int, _ split: Reading, construct: Bool) -> (roles: [String], end: Int) {
        var roles: [String] = []
        var start = i, titleSplit = split
        while true {
            let j = roleEnd(from: start, construct: construct)
            roles.append(text.slice(words.span(start..<j, prefixLength: titleSplit.prefixLength)))
            if words.isComma(j), let next = title(at: j + 1) {
                start = j + 1; titleSplit = next
                continue
            }
            return (roles, j)
        }
    }

    /// A word ending in the feminine nisba ية (in the key: يه).
    func endsInFeminineNisba(_ i: Int) -> Bool {
        let keys = words.text.scalars[words.tokens[i].keyRange]
        return keys.count >= 4 && keys.suffix(2).elementsEqual(["ي", "ه"])
    }

    func hasTanween(_ i: Int) -> Bool {
        let span = words.tokens[i].span
        return (span.start..<span.end).contains { (0x064B...0x064D).contains(text.scalars[$0].value) }
    }

    func hasPronounSuffix(_ i: Int) -> Bool {
        let span = words.tokens[i].span
        let tail = text.scalars[max(span.start, span.end - 2)..<span.end].map(\.value)
        return tail.last == 0x0647 || tail == [0x0647, 0x0627] || tail == [0x0647, 0x0645]
    }

    /// وهو، وهي: "who is", before a role in apposition.
    static let apposition = KeySet(hashes: [KeyHash.of(word: "وهو"), KeyHash.of(word: "وهي")])

    /// A definite nationality standing as a noun before a name (وتوج الإسباني رافاييل نادال، على
    /// النرويجي كاسبر رود): not after a definite noun it would qualify (الجيش السوداني …).
    /// Returns the name's range: two or three words that end at a clear boundary (punctuation, a
    /// function word, a word opening a clause with و/ف), as a name after a bare nationality is
    /// less certain than after a title.
    func nameAfterNationality(at i: Int) -> Range<Int>? {
        guard i + 2 < words.count, let adjective = adjectiveAt[i], adjective.split.definite, adjective.split.prefixLength == 0 || adjective.split.isOnly("و"),
              !taken[i], !(i > 0 && words.isWord(i - 1) && (isDefiniteWord(i - 1, allowingConjunction: true)
                  || !words.anyClasses(i - 1).isDisjoint(with: [.personTitle, .organisationHead]) || adjectiveAt[i - 1] != nil)
                  // (A club before it is its team: مدرب الاتحاد الفرنسي جان بيير مارتان.)
                  && !isSportsClub(i - 1)),
              !words.lineBreak(between: i, and: i + 1, in: text),
              // (Nor after an organisation's name it qualifies: شركة تسلا الأمريكية ستبني مصنعا.)
              !(i > 0 && taken[i - 1] && mentions.contains { $0.kind == .organisation && $0.tokens.upperBound == i })
        else { return nil }
        var end = min(nameEnd(from: i + 1), i + 4)
        // A first word ending in ة or a pronoun before a definite word reads as a noun phrase
        // (بطل الموسم، انطلاقتها القوية), not a given name and surname.
        let first = words.tokens[i + 1].span
        if end > i + 2, hasPronounSuffix(i + 1) || (text.scalars[first.end - 1] == "\u{0629}" && isDefiniteWord(i + 2, allowingConjunction: false))
            || (isDefiniteWord(i + 2, allowingConjunction: false) && words.splits(i + 1).contains(where: { $0.prefixLength > 0 })) {
            return nil
        }
        while end - (i + 1) >= 2 {
            // (A definite word after the indefinite name words is the verb's object: يعادل البرازيلي
            // جوكا دوس سانتوس النتيجة. A name closed by a nationality word or a nisba, الإسباني خوان
            // روسي، المغربي حمزة العلوي الفارق, ends there.)
            if end - (i + 1) == 2, adjectiveAt[end - 1].map({ !$0.split.definite }) == true || isNisba(end - 1) { return (i + 1)..<end }
            if !words.isWord(end) || words.classes(end).contains(.stopWord)
                || words.splits(end).contains(where: { $0.startsWith("و") || $0.startsWith("ف") })
                || (end - (i + 1) == 3 && words.splits(end).first.map { $0.definite && $0.prefixLength == 0 } == true
                    && !isDefiniteWord(end - 1, allowingConjunction: false)) {
                return (i + 1)..<end
            }
            end -= 1
        }
        return nil
    }

    mutating func findPersons() {
        var i = 0
        while i < words.count {
            // A name follows a nationality or a title: tested here first, since calling the readers
            // below from this mutating loop copies the whole scan once per word.
            guard adjectiveAt[i] != nil || words.anyClasses(i).contains(.personTitle) || hasPossessiveTitle(i) else { i += 1; continue }
            if let range = nameAfterNationality(at: i) {
                let split = adjectiveAt[i]!.split
                let role = text.slice(words.span(i..<(i + 1), prefixLength: split.prefixLength))
                let keys = nameKeys(range, firstStem: words.hash(range.lowerBound))
                add(FoundMention(
                    tokens: range, span: words.span(range), kind: .person, group: Self.group(.person, keys),
                    source: .cue, roles: [role], nameKeys: keys))
                i = range.upperBound
                continue
            }
            guard let split = title(at: i) else { i += 1; continue }
            // Read the role as a genitive chain first (وزير خارجية فرنسا …); if no name follows, the
            // indefinite words after the title are the name (الرئيس بشار الأسد).
            var (roles, j) = rolePhrases(from: i, split, construct: true)
            // A title ending a line (… كأس الملك ⏎ متابعة: …) has no name after it.
            if j > i, j < words.count, words.lineBreak(between: j - 1, and: j, in: text) { i = j; continue }
            var end = nameEnd(from: j)
            // رئيس الوزراء حيدر الكعبي عقد …: when the chain took indefinite words and leaves a
            // one-word "name" before a content word, the chain took the name; read it again without.
            if end == j + 1, words.isWord(end), !words.classes(end).contains(.stopWord),
               rolePhrases(from: i, split, construct: false).end < j {
                end = j
            }
            if end == j {
                let chainEnd = j
                (roles, j) = rolePhrases(from: i, split, construct: false)
                end = nameEnd(from: j)
                // A word with ل that the genitive chain took is "for …" (وزير الدولة لشؤون نزع السلاح).
                if chainEnd > j, words.splits(j).contains(where: { $0.startsWith("ل") }) { end = j }
                // One indefinite word before a content word is a noun of the role (وزير خارجية فرنسا،
                // رئيس بعثة ...), not a name; a name stands before punctuation or a function word.
                if end == j + 1, words.isWord(end),
                   placeAt[end] != nil || adjectiveAt[end] != nil || !words.classes(end).contains(.stopWord) {
                    end = j
                }
            }
            if end > j {
                let range = j..<end
                // A role in apposition after the name: ميخائيل ساكاشفيلي، وهو رئيس اللجنة التنفيذية …
                if words.isComma(end), words.isWord(end + 1), Self.apposition.contains(words.hash(end + 1)),
                   let next = title(at: end + 2) {
                    roles += rolePhrases(from: end + 2, next, construct: true).roles
                }
                let stem = words.hash(j)
                let keys = nameKeys(range, firstStem: stem)
                add(FoundMention(
                    tokens: range, span: words.span(range), kind: .person, group: Self.group(.person, keys),
                    source: .cue, roles: roles, nameKeys: keys))
                i = end
            } else {
                if words.isComma(j), j + 1 < words.count { danglingRoles[j + 1] = roles.last }
                i = max(j, i + 1)
            }
        }
    }

    /// Byline authors are persons (found by the structure layer).
    mutating func addBylineAuthors(_ spans: [Span]) {
        for span in spans where span.end <= text.count {
            var range = tokenRange(covering: span)
            // From the first to the last word: "د. سمر سامي" keeps its dot inside, not at an end.
            while !range.isEmpty, !words.isWord(range.lowerBound) { range = (range.lowerBound + 1)..<range.upperBound }
            while !range.isEmpty, !words.isWord(range.upperBound - 1) { range = range.lowerBound..<(range.upperBound - 1) }
            guard !range.isEmpty else { continue }
            if range.contains(where: { taken[$0] }) {
                for k in range where taken[k] { mentions.removeAll { $0.tokens.contains(k) } }
                indexOrganisations()
            }
            let keys = range.map { words.hash($0) }
            add(FoundMention(
                tokens: range, span: span, kind: .person, group: Self.group(.person, keys),
                source: .byline, roles: ["author"], nameKeys: keys))
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
