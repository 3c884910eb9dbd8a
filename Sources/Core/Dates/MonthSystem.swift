/// The families of Arabic month names, each pointing at a region.
public enum MonthSystem: String, Sendable, CaseIterable {
    /// كانون الثاني، شباط، آذار ... (Syria, Lebanon, Jordan, Palestine, Iraq).
    case levantine
    /// يناير، فبراير، مارس ... (Egypt, the Gulf, standard Arabic).
    case egyptian
    /// جانفي، فيفري، أفريل ... (Algeria, Tunisia).
    case maghrebi
    /// يناير ... يوليوز، غشت، شتنبر، نونبر، دجنبر (Morocco).
    case moroccan
    /// محرم، صفر، ربيع الأول ... (the Islamic calendar).
    case hijri
    /// January, February ... (English articles).
    case english

    /// The CLDR locales whose month names make up the system.
    var locales: [String] {
        switch self {
        case .levantine: return ["ar_SY", "ar_LB", "ar_JO", "ar_IQ", "ar_PS"]
        case .egyptian: return ["ar_EG", "ar"]
        case .maghrebi: return ["ar_DZ", "ar_TN"]
        case .moroccan: return ["ar_MA"]
        case .hijri: return ["ar"]
        case .english: return ["en_US_POSIX"]
        }
    }

    public var regionHint: String {
        switch self {
        case .levantine: return "Levant"
        case .egyptian: return "Egypt, Gulf, standard Arabic"
        case .maghrebi: return "Algeria, Tunisia"
        case .moroccan: return "Morocco"
        case .hijri: return "Islamic calendar"
        case .english: return "English"
        }
    }

    /// Spellings in use that CLDR does not list (without ال, older Egyptian forms, Hijri variants).
    var extraNames: [(String, Int)] {
        switch self {
        case .levantine: return [("كانون ثاني", 1), ("تشرين أول", 10), ("تشرين ثاني", 11), ("كانون أول", 12)]
        case .egyptian: return [("يونيه", 6), ("يوليه", 7), ("أغسطس", 8), ("إبريل", 4)]
        case .maghrebi: return [("جويلة", 7)]
        case .moroccan: return []
        case .hijri: return [("ربيع الثاني", 4), ("ربيع أول", 3), ("ربيع ثاني", 4), ("جمادى الأول", 5),
                             ("جمادى الثاني", 6), ("جمادى الثانية", 6), ("جمادى الأخرى", 6), ("ذي القعدة", 11),
                             ("ذي الحجة", 12), ("ذا القعدة", 11), ("ذا الحجة", 12)]
        case .english: return [("Sept", 9)]
        }
    }
}
