/// Duals of counted nouns beyond the unit words (صاروخين، هدفين، بهدفين، مقابل هدفين، سفينتين):
/// two of a thing in one word.
///
/// A word in ين is as often a sound masculine plural (مهندسين "engineers", لاعبين "players") or no
/// dual at all (حسين، فلسطين، بين), so a dual is read only where the plural reading is excluded:
/// - its singular is a listed counted noun whose plural is broken (هدف → أهداف، صاروخ → صواريخ:
///   هدفين can only be two goals), also with proclitics (بهدفين، وصاروخين);
/// - or, right after مقابل or right before it with ب (a score or a price: مقابل شوطين، بشوطين
///   مقابل شوط), its singular stands within four words: the text counts the thing.
/// `AmountExtractor` tests words by hash only (a listed form, or مقابل itself), so the scalars
/// are read for a handful of words.
enum CountedDuals {
    /// Singulars with a broken plural (so their ين form is a dual only), as written; feminine ones
    /// in ة take تين / تان.
    static let countedNouns: [String] = [
        "هدف", "صاروخ", "شخص", "طفل", "قتيل", "جريح", "منزل", "بيت", "مقعد", "عنصر", "جندي", "هجوم", "انفجار",
        "كتاب", "مشروع", "قرار", "اجتماع", "لقاء", "فريق", "منتخب", "طرف", "بلد", "سبب", "شرط", "خيار", "اتجاه",
        "جانب", "مركز", "موقع", "شوط",
        "سفينة", "طائرة", "دولة", "نقطة", "مباراة", "سيارة", "مسيرة", "دبابة", "غارة", "ضربة", "قذيفة", "حالة",
        "مرحلة", "جولة", "رصاصة", "عملية", "شركة", "جائزة", "ميدالية", "بطولة", "ولاية", "مدينة", "قرية",
        // Rooms, instalments and other things reports count by two (رممنا غرفتين، على دفعتين):
        // a feminine noun's تين is no masculine plural.
        "غرفة", "دفعة", "شقة", "وجبة", "حافلة", "شاحنة", "مدرسة", "جلسة", "خطوة", "صفقة", "منشأة",
    ]

    /// Proclitic letters written on a dual, as the key writes them: none, one or two (وب، فب، ول …).
    static let procliticForms: [[Unicode.Scalar]] = [[], ["و"], ["ب"], ["ف"], ["ل"], ["ك"], ["و", "ب"], ["ف", "ب"], ["و", "ل"],
                                                     ["ف", "ل"], ["و", "ك"]]

    /// Dual forms with their proclitics (key hashes) to the number of proclitic letters and the
    /// singular: one look-up of the token's own hash, no hashing at run time.
    static let duals: KeyMap<(prefix: Int, singular: String)> = {
        var pairs: [(UInt64, (prefix: Int, singular: String))] = []
        for noun in countedNouns {
            let scalars = Array(MatchKey.key(noun).unicodeScalars)
            let stem: [Unicode.Scalar] = scalars.last == "ه" ? Array(scalars.dropLast()) + ["ت"] : scalars
            for ending in ["ين", "ان"] {
                for proclitics in procliticForms {
                    pairs.append((KeyHash.of(scalars: proclitics + stem + Array(ending.unicodeScalars)), (proclitics.count, noun)))
                }
            }
        }
        return KeyMap(pairs)
    }()

    static let versus = KeyHash.of(word: "مقابل")
    @inline(__always)
    static func isProclitic(_ s: Unicode.Scalar) -> Bool { s == "و" || s == "ب" || s == "ف" || s == "ل" || s == "ك" }

    /// The keys of `duals` alone: membership without copying a value (whose string would be retained).
    static let dualForms = KeySet(hashes: duals.hashes)

    /// Whether a key ends as a dual would (…ين، …ان) and is long enough.
    @inline(__always)
    static func mayBeDual(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        guard key.count >= 4, key.last == "ن" else { return false }
        let penult = key[key.index(before: key.endIndex - 1)]
        return penult == "ي" || penult == "ا"
    }

    /// The cheap test on token hashes alone (no scalar is read): a listed dual, or a word next to
    /// مقابل (a score or a price).

    /// The number of proclitic letters and the singular, when token `i` is a dual read as above.
    static func read(_ tokens: [Token], at i: Int) -> (prefix: Int, singular: String?)? {
        let key = tokens[i].keyScalars
        guard mayBeDual(key) else { return nil }
        // The word with its proclitics (بهدفين، وبهدفين): precomputed forms.
        if let dual = duals[tokens[i].keyHash] { return (dual.prefix, dual.singular) }
        // مقابل شوطين / بشوطين مقابل شوط: the singular counted nearby. (Not بال…: a definite plural.)
        let withBa = key.first == "ب" && key.count >= 5 && key[key.startIndex + 1] != "ا"
        let afterVersus = i > 0 && tokens[i - 1].keyHash == versus
        guard withBa || afterVersus, key[key.index(before: key.endIndex - 1)] == "ي" else { return nil }
        // (بشوطين: ب may be the proclitic or the word's first letter; a feminine dual's singular is in ة.)
        let feminine = key.count >= 5 && key[key.endIndex - 3] == "ت"
        for p in withBa ? [1, 0] : [0] {
            let masculine = key.dropFirst(p).dropLast(2)
            var singulars = [KeyHash.of(scalars: masculine)]
            if feminine { singulars.append(KeyHash.of(scalars: key.dropFirst(p).dropLast(3) + ["ه"])) }
            guard masculine.count >= 3 else { continue }
            for k in max(0, i - 4)...min(tokens.count - 1, i + 4) where k != i && tokens[k].kind == .word {
                let other = tokens[k].keyScalars
                if singulars.contains(tokens[k].keyHash)
                    || (other.count > 3 && isProclitic(other.first!) && singulars.contains(KeyHash.of(scalars: other.dropFirst()))) {
                    return (p, nil)
                }
            }
        }
        return nil
    }
}
