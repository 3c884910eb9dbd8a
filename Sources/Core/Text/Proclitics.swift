/// The one-letter proclitics و ف ب ل ك that attach to Arabic words, and their combinations.
///
/// Entity spans leave proclitics outside and keep the article ال inside, so "وبكازاخستان"
/// is a mention "كازاخستان" starting two letters in. `splits` lists the readings a lexicon
/// lookup should try, longest stem first.
public enum Proclitics {
    static let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}"
    static let ba: Unicode.Scalar = "\u{0628}", lam: Unicode.Scalar = "\u{0644}", kaf: Unicode.Scalar = "\u{0643}"
    static let alef: Unicode.Scalar = "\u{0627}"

    /// A reading of a word key as proclitics plus stem.
    public struct Split: Hashable, Sendable {
        /// Number of key scalars taken by proclitics.
        public let prefixLength: Int
        /// The stem's key. For "لل" + word the article's alef is restored: "للحكومة" → "الحكومة".
        public let stem: String
        /// Whether the stem had its alef restored (then the stem's span starts at the second lam).
        public let restoredArticle: Bool
    }

    /// All readings of `key`: the word itself, then up to two proclitics (و/ف then ب/ل/ك) stripped.
    /// Stems shorter than two letters are not offered.
    public static func splits(of key: String) -> [Split] {
        let s = Array(key.unicodeScalars)
        var result = [Split(prefixLength: 0, stem: key, restoredArticle: false)]
        var i = 0
        if s.count > 2, s[0] == waw || s[0] == fa { i = 1; append(s, 1, &result) }
        if s.count > i + 2, s[i] == ba || s[i] == lam || s[i] == kaf {
            append(s, i + 1, &result)
            // ل + ال is written لل: the article's alef is dropped.
            if s[i] == lam, s.count > i + 3, s[i + 1] == lam {
                var stem = String.UnicodeScalarView()
                stem.append(alef)
                stem.append(contentsOf: s[(i + 1)...])
                result.append(Split(prefixLength: i + 1, stem: String(stem), restoredArticle: true))
            }
        }
        return result
    }

    private static func append(_ s: [Unicode.Scalar], _ prefix: Int, _ result: inout [Split]) {
        guard s.count - prefix >= 2 else { return }
        var stem = String.UnicodeScalarView()
        stem.append(contentsOf: s[prefix...])
        result.append(Split(prefixLength: prefix, stem: String(stem), restoredArticle: false))
    }
}
