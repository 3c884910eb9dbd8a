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

    /// Per scalar of the Arabic block: 0 not a letter, 1 a letter, 2 a Persian letter, 3 an Urdu
    /// letter, 4 a letter only Arabic uses.
    static let arabicBlockClass: [UInt8] = (0x0600...0x06FF).map { v -> UInt8 in
        let v = UInt32(v)
        switch v {
        case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC: return 2
        case 0x0679, 0x0688, 0x0691, 0x06BA, 0x06D2, 0x06C1, 0x06BE: return 3
        case 0x0629, 0x0649, 0x064A, 0x0643: return 4
        default: return Tokenizer.isArabicLetter(v) ? 1 : 0
        }
    }

    public static func identify(_ text: ArticleText, tokens: [Token]) -> LanguageGuess {
        var arabicScript = 0, latin = 0, otherLetters = 0
        // Letters of the Arabic block counted by class (index = `arabicBlockClass`), without a branch.
        var byClass = [Int](repeating: 0, count: 5)
        Self.arabicBlockClass.withUnsafeBufferPointer { arabicClass in
            byClass.withUnsafeMutableBufferPointer { counts in
                for s in text.scalars {
                    let v = s.value
                    if v &- 0x0600 < 0x100 {
                        counts[Int(arabicClass[Int(v &- 0x0600)])] += 1
                    } else if v < 0x80 {
                        if v | 0x20 >= 0x61 && v | 0x20 <= 0x7A { latin += 1 }
                    } else if (v >= 0x0750 && v <= 0x077F) || (v >= 0x08A0 && v <= 0x08FF)
                                || (v >= 0xFB50 && v <= 0xFDFF) || (v >= 0xFE70 && v <= 0xFEFC) {
                        if s.properties.isAlphabetic { arabicScript += 1 }
                    } else if v < 0x250, s.properties.isAlphabetic {
                        latin += 1
                    } else if s.properties.isAlphabetic {
                        otherLetters += 1
                    }
                }
            }
        }
        let persianLetters = byClass[2], urduLetters = byClass[3], arabicOnlyLetters = byClass[4]
        arabicScript += byClass[1] + persianLetters + urduLetters + arabicOnlyLetters
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
