/// Reading time at a stated rate per language: silent reading rates measured by
/// Trauzettel-Klosinski & Dietz (2012, IReST): Arabic 138, English 228 words per minute; other
/// languages use the study's mean of 184.
public enum ReadingTimeEstimator {
    public static func estimate(words: Int, language: String) -> ReadingTime {
        let rate: Int
        switch language {
        case "ar", "fa", "ur": rate = 138
        case "en": rate = 228
        default: rate = 184
        }
        let minutes = (Double(words) / Double(rate) * 10).rounded() / 10
        return ReadingTime(minutes: minutes, wordsPerMinute: rate)
    }
}
