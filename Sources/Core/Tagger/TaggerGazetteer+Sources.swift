import Foundation

extension TaggerGazetteer {
    /// The gazetteer the train command stores in the model: Arabic country and region names from
    /// CLDR (Foundation's locale data), the given city names (GeoNames), and the cue words, with
    /// and without the article.
    public static func standard(cityNames: [String]) -> TaggerGazetteer {
        var names: [(words: [String], class: Class)] = []
        let arabic = Locale(identifier: "ar")
        for region in Locale.Region.isoRegions where region.identifier != "001" {
            if let name = arabic.localizedString(forRegionCode: region.identifier) {
                names.append((wordKeys(name), .country))
            }
        }
        for city in cityNames { names.append((wordKeys(city), .city)) }
        func addCues(_ cues: [String], _ cls: Class) {
            for cue in cues {
                let words = wordKeys(cue)
                guard let first = words.first else { continue }
                names.append((words, cls))
                // The other article form of the first word: رئيس / الرئيس.
                let other = first.hasPrefix("ال") ? String(first.dropFirst(2)) : "ال" + first
                if other.unicodeScalars.count >= 2 { names.append(([other] + words.dropFirst(), cls)) }
            }
        }
        addCues(TaggerCueWords.organisation, .organisationCue)
        addCues(TaggerCueWords.person, .personCue)
        addCues(TaggerCueWords.place, .placeCue)
        addCues(TaggerCueWords.speech, .speechCue)
        return TaggerGazetteer(names: names.filter { !$0.words.isEmpty })
    }

    /// The word keys of a name: parenthesised parts dropped, split at anything that is not a
    /// letter, digit or in-word mark.
    static func wordKeys(_ name: String) -> [String] {
        var text = name
        while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            text.removeSubrange(open...close)
        }
        return text.unicodeScalars.split { !Tokenizer.isWordScalar($0) }.map { MatchKey.key(String(String.UnicodeScalarView($0))) }
            .filter { !$0.isEmpty }
    }
}
