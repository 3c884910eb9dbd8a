import Foundation

/// A place the entity layer knows by name: a country, a city or a region.
struct KnownPlace: Sendable, Equatable {
    enum Kind: String, Sendable { case country, city, region }
    /// Stable identity for grouping: "country:KZ", "geonames:1526384", "region:central-asia".
    let id: String
    let kind: Kind
    let english: String?
    let countryCode: String?
    /// `KeyHash` of the id: the group of the place's mentions.
    let group: UInt64

    init(id: String, kind: Kind, english: String?, countryCode: String?) {
        self.id = id
        self.kind = kind
        self.english = english
        self.countryCode = countryCode
        group = KeyHash.of(key: id)
    }
}

/// Country, city and region names in Arabic, each with its English name and country code.
///
/// Countries come from Foundation's CLDR data (every ISO 3166 region, Arabic and English names)
/// plus the spellings CLDR lacks; cities from the GeoNames extract compiled in
/// (`CityGazetteerData`, see scripts/make-gazetteer.py); regions from a short list below; last,
/// the place names of two words or more that tagged corpora name as places (`PlaceNameData`, see
/// scripts/make-place-names.py).
enum PlaceLexicon {
    private static let built = build()
    /// Names to indices into `places`.
    static let shared: PhraseLexicon<Int32> = built.lexicon
    static let places: [KnownPlace] = built.places

    /// Codes in CLDR's region list that are not ISO 3166-1 countries (or not places).
    private static let notCountries: Set<String> = ["AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN"]

    /// CLDR names that are ordinary words far more often than places (مالي "financial").
    private static let ambiguousCountryNames: Set<String> = ["ML"]

    /// Spellings common in Arabic news that CLDR does not give (it has سوريا, بيلاروس, المملكة المتحدة ...).
    static let extraCountrySpellings: [(String, String)] = [
        ("سورية", "SY"), ("بيلاروسيا", "BY"), ("روسيا البيضاء", "BY"), ("أمريكا", "US"), ("أميركا", "US"),
        ("الولايات المتحدة الأمريكية", "US"), ("الولايات المتحدة الأميركية", "US"), ("بريطانيا", "GB"),
        ("بريطانيا العظمى", "GB"), ("إنجلترا", "GB"), ("إنكلترا", "GB"), ("السعودية", "SA"), ("الإمارات", "AE"),
        ("فلسطين", "PS"), ("المجر", "HU"), ("جمهورية التشيك", "CZ"), ("بورما", "MM"), ("ميانمار", "MM"),
        ("هونغ كونغ", "HK"), ("قرغيزستان", "KG"), ("قيرغيزيا", "KG"), ("سلطنة عمان", "OM"), ("الكونغو", "CG"),
        ("الكونغو الديمقراطية", "CD"), ("كوسوفو", "XK"), ("البوسنة", "BA"), ("موريتانيا", "MR"), ("أذربيجان", "AZ"),
        ("كازاخستان", "KZ"), ("اوكرانيا", "UA"), ("إيران", "IR"), ("تركيا", "TR"), ("الصين", "CN"),
        ("تايلند", "TH"), ("كوت ديفوار", "CI"), ("ساحل العاج", "CI"),
        ("الدنمارك", "DK"), ("الدانمارك", "DK"),
    ]

    /// Regions, blocs and historical states: no country code.
    static let regions: [(arabic: [String], english: String, id: String)] = [
        (["آسيا الوسطى"], "Central Asia", "central-asia"),
        (["الشرق الأوسط"], "Middle East", "middle-east"),
        (["الشرق الأقصى"], "Far East", "far-east"),
        (["أوروبا", "اوروبا"], "Europe", "europe"),
        (["أوروبا الشرقية"], "Eastern Europe", "eastern-europe"),
        (["أوروبا الغربية"], "Western Europe", "western-europe"),
        (["آسيا"], "Asia", "asia"),
        (["أفريقيا", "إفريقيا"], "Africa", "africa"),
        (["شمال أفريقيا", "شمال إفريقيا"], "North Africa", "north-africa"),
        (["أمريكا اللاتينية", "أميركا اللاتينية"], "Latin America", "latin-america"),
        (["أمريكا الجنوبية", "أميركا الجنوبية"], "South America", "south-america"),
        (["أمريكا الشمالية", "أميركا الشمالية"], "North America", "north-america"),
        (["القوقاز"], "Caucasus", "caucasus"),
        (["البلقان"], "Balkans", "balkans"),
        (["الخليج العربي"], "Persian Gulf", "gulf"),
        (["المغرب العربي"], "Maghreb", "maghreb"),
        (["بلاد الشام"], "Levant", "levant"),
        (["جنوب شرق آسيا"], "Southeast Asia", "southeast-asia"),
        (["الاتحاد السوفييتي", "الاتحاد السوفيتي", "الاتحاد السوفياتي"], "Soviet Union", "soviet-union"),
        (["البحر الأسود"], "Black Sea", "black-sea"),
        (["البحر المتوسط", "البحر الأبيض المتوسط"], "Mediterranean Sea", "mediterranean"),
        (["البحر الأحمر"], "Red Sea", "red-sea"),
        (["بحر قزوين"], "Caspian Sea", "caspian-sea"),
        (["أمريكا الوسطى", "أميركا الوسطى"], "Central America", "central-america"),
        (["شبه الجزيرة العربية"], "Arabian Peninsula", "arabian-peninsula"),
        (["كردستان"], "Kurdistan", "kurdistan"),
        (["كشمير"], "Kashmir", "kashmir"),
    ]

    /// Regions inside one country: they carry its code.
    static let regionsWithin: [(arabic: [String], english: String, id: String, code: String)] = [
        (["دارفور"], "Darfur", "darfur", "SD"),
        (["الضفة الغربية"], "West Bank", "west-bank", "PS"),
        (["قطاع غزة"], "Gaza Strip", "gaza-strip", "PS"),
        (["سيناء", "شبه جزيرة سيناء"], "Sinai", "sinai", "EG"),
        (["الجولان", "مرتفعات الجولان", "هضبة الجولان"], "Golan Heights", "golan", "SY"),
        (["الشيشان"], "Chechnya", "chechnya", "RU"),
        (["القرم", "شبه جزيرة القرم"], "Crimea", "crimea", "UA"),
        (["دونباس"], "Donbas", "donbas", "UA"),
    ]

    /// Seas, straits, canals, capes and rivers the news names by words that are also common nouns
    /// (رأس "head", باب "door", قناة "channel"): listed, since the noun alone says nothing. Names on
    /// an unambiguous landmark noun (مضيق هرمز، نهر الليطاني) are read by `EntityScan.findLandmarks`.
    /// Country code where the landmark lies in one country.
    static let landmarks: [(arabic: [String], english: String, id: String, code: String?)] = [
        (["باب المندب", "مضيق باب المندب"], "Bab-el-Mandeb", "bab-el-mandeb", nil),
        (["مضيق هرمز"], "Strait of Hormuz", "hormuz", nil),
        (["قناة السويس"], "Suez Canal", "suez-canal", "EG"),
        (["قناة بنما"], "Panama Canal", "panama-canal", "PA"),
        (["رأس الرجاء الصالح"], "Cape of Good Hope", "cape-of-good-hope", "ZA"),
        (["خليج عدن"], "Gulf of Aden", "gulf-of-aden", nil),
        (["خليج عمان"], "Gulf of Oman", "gulf-of-oman", nil),
        (["خليج العقبة"], "Gulf of Aqaba", "gulf-of-aqaba", nil),
        (["خليج السويس"], "Gulf of Suez", "gulf-of-suez", "EG"),
        (["بحر العرب"], "Arabian Sea", "arabian-sea", nil),
        (["مضيق جبل طارق"], "Strait of Gibraltar", "strait-of-gibraltar", nil),
        (["البوسفور", "مضيق البوسفور"], "Bosphorus", "bosphorus", "TR"),
        (["الدردنيل", "مضيق الدردنيل"], "Dardanelles", "dardanelles", "TR"),
        (["مضيق تايوان"], "Taiwan Strait", "taiwan-strait", nil),
        (["مضيق ملقا"], "Strait of Malacca", "strait-of-malacca", nil),
        (["بحر الصين الجنوبي"], "South China Sea", "south-china-sea", nil),
        (["بحر الصين الشرقي"], "East China Sea", "east-china-sea", nil),
        (["بحر البلطيق"], "Baltic Sea", "baltic-sea", nil),
        (["بحر الشمال"], "North Sea", "north-sea", nil),
        (["بحر إيجة"], "Aegean Sea", "aegean-sea", nil),
        (["بحر المانش", "قناة المانش"], "English Channel", "english-channel", nil),
        (["المحيط الهندي"], "Indian Ocean", "indian-ocean", nil),
        (["المحيط الأطلسي"], "Atlantic Ocean", "atlantic-ocean", nil),
        (["المحيط الهادئ", "المحيط الهادي"], "Pacific Ocean", "pacific-ocean", nil),
        (["البحر الكاريبي"], "Caribbean Sea", "caribbean-sea", nil),
        (["البحر الميت"], "Dead Sea", "dead-sea", nil),
        (["نهر النيل"], "Nile", "nile", nil),
        (["شط العرب"], "Shatt al-Arab", "shatt-al-arab", "IQ"),
    ]

    /// Arabic and English CLDR names of every ISO 3166 country, sorted by code for determinism.
    static var cldrCountries: [(code: String, arabic: String, english: String)] {
        let ar = Locale(identifier: "ar"), en = Locale(identifier: "en")
        var out: [(String, String, String)] = []
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, !notCountries.contains(code),
                  let arabic = ar.localizedString(forRegionCode: code),
                  let english = en.localizedString(forRegionCode: code) else { continue }
            // "ميانمار (بورما)": keep the name before the parenthesis.
            let name = arabic.split(separator: "(")[0].trimmingCharacters(in: .whitespaces)
            guard name.unicodeScalars.allSatisfy({ $0.value >= 0x0600 || $0 == " " || $0 == "-" }) else { continue }
            out.append((code, name, english))
        }
        return out.sorted { $0.0 < $1.0 }
    }

    private static func build() -> (lexicon: PhraseLexicon<Int32>, places: [KnownPlace]) {
        var lexicon = PhraseLexicon<Int32>()
        var places: [KnownPlace] = []
        var indexOfID: [String: Int32] = [:]
        func add(_ name: String, _ place: KnownPlace) {
            let index = indexOfID[place.id] ?? {
                places.append(place)
                indexOfID[place.id] = Int32(places.count - 1)
                return Int32(places.count - 1)
            }()
            lexicon.add(name, index)
        }
        var englishByCode: [String: String] = [:]
        for (code, arabic, english) in cldrCountries where !ambiguousCountryNames.contains(code) {
            englishByCode[code] = english
            add(arabic, KnownPlace(id: "country:\(code)", kind: .country, english: english, countryCode: code))
        }
        for (arabic, code) in extraCountrySpellings {
            add(arabic, KnownPlace(id: "country:\(code)", kind: .country, english: englishByCode[code], countryCode: code))
        }
        for region in regions {
            for name in region.arabic {
                add(name, KnownPlace(id: "region:\(region.id)", kind: .region, english: region.english, countryCode: nil))
            }
        }
        for region in regionsWithin {
            for name in region.arabic {
                add(name, KnownPlace(id: "region:\(region.id)", kind: .region, english: region.english, countryCode: region.code))
            }
        }
        for landmark in landmarks {
            for name in landmark.arabic {
                add(name, KnownPlace(id: "landmark:\(landmark.id)", kind: .region, english: landmark.english, countryCode: landmark.code))
            }
        }
        // Cities last: a country or region of the same name wins (الجزائر, تونس, الكويت are countries).
        for line in CityGazetteerData.tsv.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 4 else { continue }
            add(String(f[0]), KnownPlace(id: "geonames:\(f[1])", kind: .city, english: String(f[3]), countryCode: String(f[2])))
        }
        // Place names of two words or more the corpora name as places (`PlaceNameData`), after
        // everything else: only those no list above has.
        for name in PlaceNameData.names.split(separator: "\n") {
            add(String(name), KnownPlace(id: "corpus:\(name)", kind: .region, english: nil, countryCode: nil))
        }
        return (lexicon, places)
    }
}
