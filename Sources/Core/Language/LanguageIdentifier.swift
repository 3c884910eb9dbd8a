/// Identifies the language of an article: Arabic, Persian, Urdu, English, or undetermined.
///
/// Script first (the share of letters in the Arabic script), then, within the Arabic script,
/// letters only Persian and Urdu use (پ چ ژ گ ک ی; Urdu also ٹ ڈ ڑ ں ے ہ ھ) against letters only
/// Arabic uses (ة ى and the Arabic ي ك), and frequent function words of each language. Latin-script
/// text is English when English function words are frequent.
public enum LanguageIdentifier {
    static let persianWords = KeySet(surfaces: ["است", "این", "را", "که", "می", "برای", "های", "شده", "کرد", "باید", "شود", "یک", "بود", "بر"])
    static let urduWords = KeySet(surfaces: ["کے", "کی", "ہے", "میں", "اور", "کو", "سے", "نے", "یہ", "پر", "ہیں", "کہ", "تھا", "گیا", "ایک"])
    static let arabicWords = KeySet(["في", "من", "على", "إلى", "أن", "التي", "الذي", "عن", "مع", "هذا", "هذه", "كان", "قد", "بين", "ذلك", "إن"])
    static let englishWords = KeySet(["the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "it", "from", "at", "said"])

    /// What a scalar counts as (`letterClass`), by index into the counts of `identify`.
    enum LetterClass {
        static let none: UInt8 = 0, arabic: UInt8 = 1, persian: UInt8 = 2, urdu: UInt8 = 3, arabicOnly: UInt8 = 4
        static let latin: UInt8 = 5, other: UInt8 = 6
    }

    /// The `LetterClass` of a scalar. Letters of the Arabic block are Persian (پ چ ژ گ ک ی), Urdu
    /// (ٹ ڈ ڑ ں ے ہ ھ), only Arabic (ة ى ي ك) or shared, and so are the letters of the Arabic
    /// supplements and presentation forms; Latin letters are ASCII letters and alphabetic scalars
    /// below U+0250; other alphabetic scalars are other letters. Counted for every scalar by the
    /// pass that tokenizes the text (`TokenizedText.letterCounts`).
    static func letterClass(_ s: Unicode.Scalar) -> UInt8 {
        let v = s.value
        switch v {
        case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC: return LetterClass.persian
        case 0x0679, 0x0688, 0x0691, 0x06BA, 0x06D2, 0x06C1, 0x06BE: return LetterClass.urdu
        case 0x0629, 0x0649, 0x064A, 0x0643: return LetterClass.arabicOnly
        case 0x0600...0x06FF: return Tokenizer.isArabicLetter(v) ? LetterClass.arabic : LetterClass.none
        case 0..<0x80: return v | 0x20 >= 0x61 && v | 0x20 <= 0x7A ? LetterClass.latin : LetterClass.none
        case 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            return s.properties.isAlphabetic ? LetterClass.arabic : LetterClass.none
        default:
            guard s.properties.isAlphabetic else { return LetterClass.none }
            return v < 0x250 ? LetterClass.latin : LetterClass.other
        }
    }

    /// `letterCounts`: how many scalars of the text are of each `LetterClass` (indexed by it).
    public static func identify(_ text: ArticleText, tokens: [Token], letterCounts byClass: [Int]) -> LanguageGuess {
        let latin = byClass[Int(LetterClass.latin)], otherLetters = byClass[Int(LetterClass.other)]
        let persianLetters = byClass[Int(LetterClass.persian)], urduLetters = byClass[Int(LetterClass.urdu)]
        let arabicOnlyLetters = byClass[Int(LetterClass.arabicOnly)]
        let arabicScript = byClass[Int(LetterClass.arabic)] + persianLetters + urduLetters + arabicOnlyLetters
        let letters = arabicScript + latin + otherLetters
        guard letters > 0 else { return LanguageGuess(code: "und", confidence: 0, arabicScriptShare: 0) }
        let share = Double(arabicScript) / Double(letters)

        if arabicScript >= latin + otherLetters {
            // Function words, by their surface: the folding key would merge ی with ي and ک with ك.
            // Without a single Persian or Urdu letter, their function words cannot occur.
            let otherScripts = persianLetters + urduLetters > 0
            var ar = 0, fa = 0, ur = 0
            for i in tokens.indices where tokens[i].kind == .word && tokens[i].span.length <= 5 {
                if arabicWords.contains(hash: tokens[i].keyHash) { ar += 1 }
                guard otherScripts else { continue }
                let span = tokens[i].span
                let surface = KeyHash.of(scalars: text.scalars[span.start..<span.end])
                if persianWords.contains(hash: surface) { fa += 1 }
                if urduWords.contains(hash: surface) { ur += 1 }
            }
            let arScore = Double(arabicOnlyLetters) + 3 * Double(ar)
            let faScore = Double(persianLetters) + 3 * Double(fa)
            let urScore = Double(urduLetters) * 2 + 3 * Double(ur)
            let total = max(1, arScore + faScore + urScore)
            var best = ("ar", arScore)
            if faScore > best.1 { best = ("fa", faScore) }
            if urScore > best.1 { best = ("ur", urScore) }
            if best.1 == 0 { return LanguageGuess(code: "ar", confidence: rounded(0.5 * share), arabicScriptShare: rounded(share)) }
            return LanguageGuess(code: best.0, confidence: rounded(share * best.1 / total), arabicScriptShare: rounded(share))
        }
        if latin >= otherLetters {
            var english = 0, words = 0
            for i in tokens.indices where tokens[i].kind == .word {
                words += 1
                if englishWords.contains(hash: tokens[i].keyHash) { english += 1 }
            }
            let ratio = Double(english) / Double(max(1, words))
            // Function words make up a fifth or more of running English text.
            if ratio >= 0.08 {
                let latinShare = Double(latin) / Double(letters)
                return LanguageGuess(code: "en", confidence: rounded(latinShare * min(1, ratio / 0.2)), arabicScriptShare: rounded(share))
            }
        }
        return LanguageGuess(code: "und", confidence: 0, arabicScriptShare: rounded(share))
    }

    /// Three decimals, so records stay short and stable.
    static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
