/// Persons named without a title that the tagger missed: a given name the corpora know as one
/// (`LearntOrganisationWords.givenNames`: إبراهيم، وائل، فاطمة …) followed by at least one more
/// name word, read as the title rule reads names (`nameEnd`: up to four words, a definite or nisba
/// surname last, nasab chains): إبراهيم أيت الحاج، وائل الخطيب.
///
/// Run after the tagger's names are merged, on free words only: the tagger's reading wins
/// wherever it has one (on ANERcorp it is right far more often than a list of names).
extension EntityScan {
    mutating func findPersonsByGivenName() {
        var i = 0
        while i + 1 < words.count {
            // One load tells whether the word is a given name (`WordClass.givenName`).
            guard words.classes(i).contains(.givenName), !taken[i], placeAt[i] == nil, !isAfterNameHead(i) else { i += 1; continue }
            var end = nameEnd(from: i)
            guard end >= i + 2 else { i += 1; continue }
            // غادة عادل وياسمين: a word with و opens the next name (not a given name of its own,
            // وائل, nor a nasab word, ولد).
            if let next = ((i + 1)..<end).first(where: { k in
                !words.classes(k).contains(.givenName) && !words.classes(k).contains(.namePrefix) && words.splits(k).contains { $0.isOnly("و") }
            }) {
                end = next
            }
            // مالك العقار "the property's owner": a given name that is also a noun, before a definite
            // common noun; a definite surname must be a nisba (حازم الحديدي).
            guard end >= i + 2, isFree(i..<end), !(isDefiniteWord(end - 1, allowingConjunction: false) && !isNisba(end - 1))
            else { i += 1; continue }
            let range = i..<end
            let keys = nameKeys(range, firstStem: words.hash(i))
            add(FoundMention(tokens: range, span: words.span(range), kind: .person, group: Self.group(.person, keys), source: .cue,
                             nameKeys: keys))
            i = end
        }
    }

    /// A word right after a head noun or a place noun is that body's or place's name (شارع محمد
    /// الخامس، مسجد عمر بن الخطاب), not a person in the sentence.
    private func isAfterNameHead(_ i: Int) -> Bool {
        guard i > 0, words.isWord(i - 1), let reading = words.splits(i - 1).first, !reading.definite else { return false }
        return words.anyClasses(i - 1).contains(.organisationHead) || Self.namedPlaceNouns.contains(hash: reading.stem)
            || reading.classes.contains(.administrativeUnit)
    }

    /// Nouns of places named after persons: شارع، مسجد، مطار، ميدان، مستشفى …
    static let namedPlaceNouns = KeySet(["شارع", "مسجد", "جامع", "مطار", "ميدان", "ساحة", "مستشفى", "مدرسة", "جسر", "حي",
                                         "قاعة", "ملعب", "استاد", "مركز", "قصر", "سد", "قاعدة", "ميناء", "كورنيش", "طريق"])
}

extension EntityScan {
    /// A place read through the proclitic ك "like" after a nationality or a title and before a
    /// word that looks like a surname is a given name (الألماني كلاوس برغمان, not ك + لاوس "like
    /// Laos"): there a person's name is expected, and "like" + a country is not.
    func isGivenNameReadAsPlace(_ i: Int, count: Int) -> Bool {
        count == 1 && i > 0 && (adjectiveAt[i - 1] != nil || words.anyClasses(i - 1).contains(.personTitle))
            && looksLikeProperName(i + 1) && !words.lineBreak(between: i, and: i + 1, in: text)
    }
}
