/// The words that mark reported speech in Arabic, as matching keys (see `MatchKey`), built once.
///
/// Verbs of saying are listed in the inflections news prose uses (past and present, third person
/// singular, dual and plural); the proclitics و and ف are stripped before lookup, so وأشار and
/// فقال need no entries of their own. Everything here is a read-only static table.
enum ReportingLexicon {
    /// Verbs of saying: قال، أكد، أعلن، وصف ... in their third-person inflections.
    static let verbs: Set<String> = {
        // Past stems that inflect regularly: stem, stem+ت, stem+وا, stem+ا, stem+تا.
        let regularPast = [
            "أكد", "أكّد", "أعلن", "وصف", "أشار", "شدد", "شدّد", "أضاف", "تابع", "اعترف", "حذر", "حذّر",
            "صرح", "صرّح", "أوضح", "ذكر", "لفت", "اعتبر", "كشف", "زعم", "أقر", "أقرّ", "نوه", "نوّه",
            "أفاد", "استطرد", "أردف", "علق", "علّق", "أوضح", "أبلغ", "توقع", "رجح", "رجّح",
            "اتهم", "غرد", "غرّد", "أعرب", "قال",
        ]
        // Defective and hollow verbs, listed whole.
        let irregularPast = [
            "قالت", "قالوا", "قالا", "قالتا", "نفى", "نفت", "نفوا", "نفيا", "قضى", "قضت", "قضوا",
            "رأى", "رأت", "رأوا", "ادعى", "ادعت", "ادعوا", "روى", "روت", "أوصى", "أوصت",
        ]
        // Present stems after the person prefix ي/ت: stem, stem+ون, stem+ان.
        let present = [
            "قول", "ؤكد", "علن", "صف", "شير", "شدد", "ضيف", "تابع", "عترف", "حذر", "صرح", "وضح", "ذكر",
            "لفت", "عتبر", "كشف", "زعم", "قر", "نوه", "فيد", "ستطرد", "ردف", "علق", "توقع", "رجح",
            "نفي", "نفى", "قضي", "قضى", "رى", "دعي", "دعى", "روي", "عرب",
        ]
        var forms: [String] = []
        for stem in regularPast {
            forms += [stem, stem + "ت", stem + "وا", stem + "ا", stem + "تا"]
        }
        forms += irregularPast
        for stem in present {
            for person in ["ي", "ت"] { forms += [person + stem, person + stem + "ون", person + stem + "ان"] }
        }
        return Set(forms.map(MatchKey.key))
    }()

    /// Verbs that relay what someone else said: نقلت وكالة … عن مسؤول قوله إن … (the speaker is
    /// after عن). Without عن they are no cue (نقل also means "to move").
    static let relayVerbs: Set<String> = Set(["نقل", "نقلت", "نقلوا", "ينقل", "تنقل"].map(MatchKey.key))

    /// Verbs that introduce their content with عن rather than أن (أعلن عن، كشف عن، أعرب عن).
    static let verbsTakingAn: Set<String> = Set(["اعلن", "كشف", "اعرب"])

    /// Prepositional attributions: وفقاً لـ، بحسب، حسب، طبقاً لـ، نقلاً عن. The speaker follows them.
    static let sourceCues: Set<String> = Set(["وفقا", "بحسب", "حسب", "حسبما", "طبقا", "نقلا", "استنادا"].map(MatchKey.key))

    /// Attributions that govern the preposition ل, written on the next word (وفقاً لوسائل إعلام).
    static let lamCues: Set<String> = Set(["وفقا", "طبقا"].map(MatchKey.key))

    /// Complementisers that open reported content: إن، أن and their forms with pronouns and ب.
    static let complementisers: Set<String> = {
        let pronouns = ["", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "كم"]
        var forms: [String] = []
        for base in ["إن", "أن", "بأن", "وأن", "وإن", "فإن"] {
            for p in pronouns { forms.append(base + p) }
        }
        forms += ["إنّ", "أنّ", "بأنّ", "فإنّ"]
        return Set(forms.map(MatchKey.key))
    }()

    /// Prepositions that stand between a verb and its complementiser (أشار إلى أن، شدد على أن).
    static let complementiserPrepositions: Set<String> = Set(["إلى", "على", "عن", "من"].map(MatchKey.key))

    /// Separate prepositions and particles: an unnamed speaker's noun phrase stops at them.
    static let phraseBreakers: Set<String> = Set([
        "في", "على", "إلى", "من", "عن", "خلال", "مع", "عبر", "لدى", "أمام", "بعد", "قبل", "حول", "خلف",
        "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللائي", "ما", "كما", "أيضا", "أيضاً",
        "إن", "أن", "لا", "لم", "لن", "قد", "هو", "هي", "هم", "و", "أو", "ثم", "بل", "عندما", "حين", "إذ",
        "قوله", "قولها", "قولهم", "قولهما", "تأكيده", "تأكيدها",
    ].map(MatchKey.key))

    /// Relative pronouns: a subject with a relative clause is too long to trust as a speaker phrase.
    static let relativePronouns: Set<String> = Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللائي"].map(MatchKey.key))

    /// Words that may stand between a verb and its subject without being the subject.
    static let adverbs: Set<String> = Set([
        "أمس", "اليوم", "غدا", "مؤخرا", "مؤخراً", "سابقا", "سابقاً", "لاحقا", "أيضا", "أيضاً", "كذلك",
        "مجددا", "مجدداً", "بدوره", "بدورها", "بدورهم", "فيما", "حينها", "آنذاك", "الأحد", "الاثنين",
        "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "صباح", "مساء", "ليل", "يوم",
        "قائلا", "قائلاً", "قائلة", "قائلين", "قائلتين", "مضيفا", "مضيفاً", "مضيفة", "مؤكدا", "مؤكداً", "مؤكدة",
    ].map(MatchKey.key))

    /// Heads of phrases after وفقاً لـ / بحسب that name a rule or a document, not a speaker
    /// (وفقاً للمادة 4، بحسب القانون), so they are no attribution.
    static let nonSpeakerSources: Set<String> = Set([
        "مادة", "قانون", "دستور", "بند", "فقرة", "اتفاق", "اتفاقية", "معاهدة", "قرار", "نظام", "خطة",
        "جدول", "برنامج", "مبدأ", "قاعدة", "شروط", "شرط", "أحكام", "حكم", "لائحة", "قواعد", "مرسوم",
        "تعليمات", "أصول", "معايير", "طلب", "رغبة", "توقيت", "موعد",
    ].map(MatchKey.key))

    /// Words opening an organisation's or a work's name: a quote that starts with one, or follows
    /// one, is a name (منظمة “…”، “الوكالة الأمريكية …”، تنظيم “داعش”).
    static let organisationCues: Set<String> = Set([
        "منظمة", "وكالة", "معاهدة", "اتفاقية", "حزب", "حركة", "تنظيم", "جمعية", "مؤسسة", "شركة",
        "جامعة", "مجلس", "لجنة", "اتحاد", "جبهة", "جماعة", "هيئة", "مركز", "صحيفة", "مجلة", "قناة",
        "وزارة", "عملية", "مشروع", "تحالف", "ائتلاف", "كتلة", "تيار", "ميليشيا", "ميليشيات", "مجموعة",
        "موقع", "منصة", "برنامج", "كتاب", "رواية", "فيلم", "مسلسل", "مبادرة", "مؤتمر", "منتدى", "قمة",
        "فرقة", "لواء", "كتيبة", "جيش", "قوات", "بنك", "مصرف", "صندوق", "معهد", "أكاديمية", "نادي",
    ].map(MatchKey.key))

    /// Words that say the quote is a label, not a quotation: ما يسمى بـ“…”، المعروف بـ“…”، باسم “…”.
    static let labelCues: Set<String> = Set([
        "يسمى", "تسمى", "يسمون", "المسمى", "المسماة", "سمي", "سميت", "يدعى", "تدعى", "المدعو",
        "المعروف", "المعروفة", "المعروفين", "يعرف", "تعرف", "باسم", "اسم", "تسمية", "شعار", "عنوان", "بعنوان",
        "لقب", "الملقب", "الملقبة", "مصطلح",
    ].map(MatchKey.key))

    /// Adjectives that follow a title without being relational (الرئيس السابق، الوزير الحالي).
    static let plainAdjectives: Set<String> = Set([
        "السابق", "السابقة", "الأسبق", "الحالي", "الحالية", "الجديد", "الجديدة", "العام", "العامة", "الأعلى",
        "الأول", "الأولى", "الثاني", "الأكبر", "المقبل", "المنتخب", "المؤقت", "الرسمي", "الرسمية",
        "المكلف", "المكلفة", "المستقيل", "المستقيلة", "المنتهية", "الجدد", "الكبار", "البارز", "البارزة",
    ].map(MatchKey.key))

    /// Whether a definite word reads as an adjective: a relational (nisba) ending or a plain
    /// adjective of rank or time. (Participles are not guessed: المعارضة is as often a noun.)
    static func looksAdjectival(_ key: String) -> Bool {
        if plainAdjectives.contains(key) { return true }
        for ending in ["ي", "يه", "يون", "يين", "يان", "يتان", "يات"] where key.hasSuffix(ending) { return true }
        return false
    }

    /// The key without one leading و/ف proclitic, when the rest is still a word.
    @inline(__always)
    static func withoutConjunction(_ key: String) -> Substring {
        let s = key.unicodeScalars
        if s.count > 2, let first = s.first, first == "\u{0648}" || first == "\u{0641}" {
            return Substring(key.unicodeScalars.dropFirst())
        }
        return Substring(key)
    }

    /// The key with proclitics (و ف ب ل ك) and the article ال removed: "والوكالة" → "وكاله".
    static func stem(_ key: String) -> String {
        var s = Array(key.unicodeScalars)
        if s.count > 3, s[0] == "\u{0648}" || s[0] == "\u{0641}" { s.removeFirst() }
        if s.count > 3, s[0] == "\u{0628}" || s[0] == "\u{0643}" { s.removeFirst() }
        if s.count > 3, s[0] == "\u{0644}", s[1] == "\u{0644}" { s.removeFirst(2) }  // لل = ل + ال
        else if s.count > 3, s[0] == "\u{0644}" { s.removeFirst() }
        if s.count > 3, s[0] == "\u{0627}", s[1] == "\u{0644}" { s.removeFirst(2) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return String(view)
    }

    /// Whether a key begins with the article ال (after an optional proclitic).
    static func hasArticle(_ key: String) -> Bool {
        var s = Substring(key).unicodeScalars[...]
        if s.count > 3, let f = s.first, ["\u{0648}", "\u{0641}", "\u{0628}", "\u{0643}"].contains(f) { s = s.dropFirst() }
        if s.count > 2, s.first == "\u{0644}", s.dropFirst().first == "\u{0644}" { return true }
        return s.count > 2 && s.first == "\u{0627}" && s.dropFirst().first == "\u{0644}"
    }
}
