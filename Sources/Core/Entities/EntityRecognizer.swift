/// Finds the persons, organisations and locations an Arabic article names, every mention with
/// its exact span, grouped into one entity per real-world thing, and the nationality adjectives
/// linked to their country.
///
/// Layers, in order of confidence: place names (CLDR countries, GeoNames cities, regions) and
/// known organisations; places the gazetteer lacks after an administrative unit (محافظة ديالى); organisation names built on a head noun (وزارة الخارجية الروسية) or
/// given in quotation marks; clubs named by common words in sports sentences (الهلال); persons after a title or role (الرئيس الكازاخستاني قاسم جومارت توكاييف);
/// byline authors; names in Latin script inside Arabic text (organisations); then the names an optional trained `NameTagger` finds where the rules found
/// nothing. Finally every further occurrence of a name found once (a person's surname alone,
/// a quoted organisation unquoted) becomes a mention of the same entity.
///
/// Proclitics و ف ب ل ك stay outside spans, the article ال inside. Pure: lexicons are read-only
/// static tables built once.
public struct EntityRecognizer: Sendable {
    public let nameTagger: (any NameTagger)?

    public init(nameTagger: (any NameTagger)? = nil) {
        self.nameTagger = nameTagger
    }

    public func recognize(
        _ text: ArticleText, key: NormalizedText, tokens: [Token], bylineAuthors: [Span]
    ) -> (entities: [Entity], countryAdjectives: [CountryAdjective]) {
        var scan = EntityScan(text: text, words: TokenReadings(tokens: tokens, key: key))
        scan.findPlacesKnownOrganisationsAndAdjectives()
        let candidates = scan.findLandmarksAndCueCandidates()
        scan.findQuotedOrganisations()
        scan.findOrganisations()
        scan.commitPlaces(outside: bylineAuthors)
        scan.findSportsClubs()
        scan.findCityClubs()
        scan.findAdministrativePlaces()
        scan.findDistricts()
        scan.findPersons()
        scan.findPersonsBeforeApposition(commas: candidates.appositionCommas)
        scan.addBylineAuthors(bylineAuthors)
        scan.findLatinNames()
        if let nameTagger { scan.merge(nameTagger.names(in: tokens)) }
        scan.extendPlacesByHead()
        scan.findPersonsByGivenName()
        scan.findNewsAgencies(at: candidates.agencyWords)
        scan.findAcronymsInParentheses()
        scan.findFurtherMentions()
        scan.findClubsTaggedAsPlaces()
        return scan.assemble()
    }
}

