/// The words that mark reported speech in Arabic, as matching keys (see `MatchKey`), built once.
///
/// Verbs of saying are listed in the inflections news prose uses (past and present, third person
/// singular, dual and plural); the proclitics و and ف are stripped before lookup, so وأشار and
/// فقال need no entries of their own. Everything here is a read-only static table.
enum ReportingLexicon {
    /// What a word can be as a reporting cue; one lookup answers it for every token.
    enum CueWord: Sendable { case verb, relayVerb, participle, attribution, englishVerb }

    /// Verbs of saying, relaying verbs and attributions in one table, as written.
    static let cueWords: KeyMap<CueWord> = KeyMap(words: cueWordEntries)

    /// The cue words with their kinds, in `cueWords`' order (a later entry of a word replaces an earlier one).
    private static let cueWordEntries: [(String, CueWord)] = {
        var entries: [(String, CueWord)] = verbForms.map { ($0, .verb) }
        entries += relayVerbForms.map { ($0, .relayVerb) }
        entries += participleForms.map { ($0, .participle) }
        // وختم الوزير حديثه بالقول: «…»: "by saying", like a participle, says what its sentence's subject says.
        entries += [("بالقول", .participle)]
        entries += attributionForms.map { ($0, .attribution) }
        entries += EnglishReporting.verbForms.map { ($0, .englishVerb) }
        return entries
    }()

    /// A token's cue word found by its whole key: the word, and whether the key holds it only after
    /// a conjunction و/ف (وأشار، فقال; see `withoutConjunction`).
    struct TokenCue: Sendable {
        let word: CueWord
        let afterConjunction: Bool
    }

    /// The cue words as written and after و and ف, by the token's key hash: the per-token lookup.
    /// One look-up answers what the word as written, then without its conjunction, would (a word
    /// that is a cue as written is that cue), without hashing the key again.
    static let tokenCues: KeyMap<TokenCue> = {
        let whole = cueWordEntries.map { (KeyHash.of(word: $0.0), TokenCue(word: $0.1, afterConjunction: false)) }
        return KeyMap(withConjunctions(cueWordEntries).map { ($0.0, TokenCue(word: $0.1, afterConjunction: true)) } + whole)
    }()

    /// The hashes of `entries`' keys with و and with ف before them (keys of two scalars or more,
    /// as `withoutConjunction` leaves them), each with the entry's value.
    private static func withConjunctions<Value>(_ entries: [(String, Value)]) -> [(UInt64, Value)] {
        entries.flatMap { word, value -> [(UInt64, Value)] in
            let key = MatchKey.key(word)
            guard key.unicodeScalars.count >= 2 else { return [] }
            return [(KeyHash.of(key: "\u{0648}" + key), value), (KeyHash.of(key: "\u{0641}" + key), value)]
        }
    }

    /// The token cues' hashes as a bitmap: most words of a text are none, and the bitmap says so
    /// without reaching into the table (whose cache misses were half of the statements' scan).
    static let tokenCueBitmap = HashBitmap(tokenCues.hashes)

    /// Participles of saying that continue a sentence's speaker (…، مشيراً إلى أن…، معتبرين أن…).
    static let participleForms: [String] = {
        let stems = ["مشير", "مؤكد", "معتبر", "مضيف", "موضح", "لافت", "محذر", "منوه", "مشدد", "معرب", "نافي", "كاشف", "متابع",
                     // قائلاً after a verb that is not one of saying (ونعاه الوزير، قائلاً إن …);
                     // after one (وأضاف قائلاً) it is the verb's adverb, see StatementFinder.
                     "قائل"]
        return stems.flatMap { [$0 + "ا", $0 + "اً", $0 + "ة", $0 + "ين", $0 + "ون", $0 + "تين"] }
    }()

    /// The forms of قائلاً ("saying"), a cue of its own only after a verb not of saying.
    static let qailForms = KeySet(["قائلا", "قائلاً", "قائلة", "قائلين", "قائلتين"])

    /// Verbs of saying: قال، أكد، أعلن، وصف ... in their third-person inflections.
    static let verbs = KeySet(verbForms)

    /// `verbs` as written and after و and ف, by the token's key hash (see `tokenCues`).
    static let tokenVerbs = KeySet(hashes: verbForms.map { KeyHash.of(word: $0) } + withConjunctions(verbForms.map { ($0, ()) }).map(\.0))

    static let verbForms: [String] = {
        // Past stems that inflect regularly: stem, stem+ت, stem+وا, stem+ا, stem+تا.
        let regularPast = [
            "أكد", "أكّد", "أعلن", "وصف", "أشار", "شدد", "شدّد", "أضاف", "تابع", "اعترف", "حذر", "حذّر",
            "صرح", "صرّح", "أوضح", "ذكر", "لفت", "اعتبر", "كشف", "زعم", "أقر", "أقرّ", "نوه", "نوّه",
            "أفاد", "استطرد", "أردف", "علق", "علّق", "أوضح", "أبلغ", "توقع", "رجح", "رجّح",
            "اتهم", "غرد", "غرّد", "أعرب", "قال", "كتب", "نبه", "نبّه", "استدرك",
            // A report or a survey "showed": وأظهر التقرير أن …; estimated: قدّرت الشركة أن …
            // (a statement needs its أن: تُقدّر بنحو … and قدر كبير من … make none).
            "أظهر", "قدر", "قدّر",
            // وتساءل النائب: "من يحاسب من؟"
            "تساءل",
        ]
        // Defective and hollow verbs, listed whole.
        let irregularPast = [
            "قالت", "قالوا", "قالا", "قالتا", "نفى", "نفت", "نفوا", "نفيا", "قضى", "قضت", "قضوا",
            "رأى", "رأت", "رأوا", "ادعى", "ادعت", "ادعوا", "روى", "روت", "أوصى", "أوصت",
            // رد الوزير بأن …: replied (a statement needs its complementiser; not ردا، "in reply").
            "رد", "ردّ", "ردت", "ردّت", "ردوا", "ردّوا",
            // دعت الوزارة إلى …: called for (its content follows إلى, see `callVerbs`).
            "دعا", "دعت", "دعوا", "دعتا",
        ]
        // Present stems after the person prefix ي/ت: stem, stem+ون, stem+ان.
        let present = [
            "قول", "ؤكد", "علن", "صف", "شير", "شدد", "ضيف", "تابع", "عترف", "حذر", "صرح", "وضح", "ذكر",
            "لفت", "عتبر", "كشف", "زعم", "قر", "نوه", "فيد", "ستطرد", "ردف", "علق", "توقع", "رجح",
            "نفي", "نفى", "قضي", "قضى", "رى", "دعي", "دعى", "روي", "عرب", "كتب", "نبه", "ستدرك", "قدر", "تساءل",
        ]
        var forms: [String] = []
        for stem in regularPast {
            forms += [stem, stem + "ت", stem + "وا", stem + "ا", stem + "تا"]
        }
        forms += irregularPast
        for stem in present {
            for person in ["ي", "ت"] { forms += [person + stem, person + stem + "ون", person + stem + "ان"] }
        }
        return forms
    }()

    /// Verbs that relay what someone else said: نقلت وكالة … عن مسؤول قوله إن … (the speaker is
    /// after عن). Without عن they are no cue (نقل also means "to move").
    static let relayVerbForms = ["نقل", "نقلت", "نقلوا", "ينقل", "تنقل"]

    /// Verbs whose content may be a verbal noun right after the subject (أعلنت الوزارة رفع
    /// الحظر، يتوقع المحللون ارتفاع الأسعار); other verbs need a complementiser.
    static let nounObjectVerbs: KeySet = KeySet([
        "أعلن", "أعلنت", "أعلنوا", "أعلنا", "يعلن", "تعلن", "يعلنون", "توقع", "توقعت", "توقعوا", "يتوقع", "تتوقع", "يتوقعون",
    ])

    /// Verbs of calling for something, whose content follows إلى (دعت الولايات المتحدة إلى …).
    static let callVerbs: KeySet = KeySet(["دعا", "دعت", "دعوا", "دعتا"])

    /// Verbs whose direct object follows the subject (وصف فلان الوضع بـ…، اتهم فلان الحكومة بأنها …):
    /// no addressee is crossed before their subject.
    static let objectTakingVerbs: KeySet = KeySet([
        "وصف", "وصفت", "وصفوا", "يصف", "تصف", "اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "أبلغ", "أبلغت", "يبلغ", "تبلغ",
    ])

    /// Prepositions with a pronoun standing between a verb and its subject (بيان أكد فيه الجانبان).
    static let resumptivePrepositions: KeySet = KeySet(["فيه", "فيها", "فيهما", "خلاله", "خلالها", "عبره", "عبرها"])

    /// Verbs that introduce their content with عن rather than أن (أعلن عن، كشف عن، أعرب عن), as
    /// listed and with a past tense's agreement suffix (أعلنت عن، كشفوا عن).
    static let verbsTakingAn: KeySet = KeySet(["أعلن", "كشف", "أعرب"].flatMap { verb in ["", "وا", "تا", "ت", "ا"].map { verb + $0 } })

    /// Prepositional attributions: وفقاً لـ، بحسب، حسب، طبقاً لـ، نقلاً عن. The speaker follows them.
    static let attributionForms = ["وفقا", "وفق", "بحسب", "حسب", "حسبما", "طبقا", "نقلا", "استنادا", "according"]

    /// Attributions that govern the preposition ل, written on the next word (وفقاً لوسائل إعلام).
    static let lamCues: KeySet = KeySet(["وفقا", "طبقا"])

    /// Complementisers that open reported content: إن، أن and their forms with pronouns and ب.
    static let complementisers: KeySet = {
        let pronouns = ["", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "كم"]
        var forms: [String] = []
        for base in ["إن", "أن", "بأن", "وأن", "وإن", "فإن"] {
            for p in pronouns { forms.append(base + p) }
        }
        forms += ["إنّ", "أنّ", "بأنّ", "فإنّ"]
        return KeySet(forms)
    }()

    /// Prepositions that stand between a verb and its complementiser (أشار إلى أن، شدد على أن).
    static let complementiserPrepositions: KeySet = KeySet(["إلى", "على", "عن", "من"])

    /// Separate prepositions and particles: an unnamed speaker's noun phrase stops at them.
    static let phraseBreakers: KeySet = KeySet([
        "في", "على", "إلى", "من", "عن", "خلال", "مع", "عبر", "لدى", "أمام", "بعد", "قبل", "حول", "خلف",
        "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللائي", "ما", "كما", "أيضا", "أيضاً",
        "إن", "أن", "لا", "لم", "لن", "قد", "هو", "هي", "هم", "و", "أو", "ثم", "بل", "عندما", "حين", "إذ", "حتى",
        "قوله", "قولها", "قولهم", "قولهما", "تأكيده", "تأكيدها",
        // وهي تبكي، وهو يغادر: a circumstantial clause, not the speaker.
        "وهو", "وهي", "وهم", "وهما", "وهن",
    ])

    /// Pronouns with ل after a verb of saying: whom it was said to (قال لي، قالت لنا), not who said it.
    static let addresseePronouns: KeySet = KeySet(["لي", "لنا", "له", "لها", "لهم", "لهما", "لهن", "لك", "لكم"])

    /// Titles written right before a person's name (النائب خالد، العميد يحيى).
    static let personTitles: KeySet = KeySet([
        "النائب", "الدكتور", "المهندس", "الشيخ", "اللواء", "العميد", "العقيد", "الفريق", "السفير", "المحامي",
        "الأستاذ", "السيد", "السيدة", "المستشار", "الأمير", "الكابتن", "الحاج", "القاضي",
    ])

    /// Prepositions an unnamed speaker's participle takes (مطلع على، مقرب من، مسؤول عن).
    static let participlePrepositions: KeySet = KeySet(["على", "من", "عن"])

    /// "Side" words of من جهته، من جانبه: a turn of the text, not a complement.
    static let sideWords: KeySet = KeySet(["جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها"])

    /// Words that open a clause whose subject may stand before its verb (لكن مصادر قالت …).
    static let clauseOpeners: KeySet = KeySet(["لكن", "لكنّ", "ولكن", "بينما", "فيما", "وفيما", "حين", "حيث", "إذ", "أن", "أما", "بل"])

    /// Openers of a contrasting clause, with a subject of its own (لكن مصدراً قال، بل رأى).
    static let contrastOpeners: KeySet = KeySet(["لكن", "لكنّ", "ولكن", "بل", "بينما", "فيما", "وفيما", "أما", "غير"])

    /// Heads of an unnamed source's description (مصادر مقربة، مسؤول أمني، شهود عيان).
    static let sourceNouns: KeySet = KeySet([
        "مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "شهود", "شاهد", "سكان", "خبراء", "خبير", "محللون", "محلل",
        "مراقبون", "ناشطون", "ناشط", "دبلوماسي", "دبلوماسيون", "أوساط", "جهات", "مقربون", "متحدث", "ناطق",
    ])

    /// Verbs by which an unnamed source asks to stay unnamed (مصدر طلب عدم ذكر اسمه، فضّل عدم
    /// الكشف عن هويته): past singulars the inflection test cannot see.
    static let anonymityVerbs: KeySet = KeySet([
        "طلب", "طلبت", "رفض", "رفضت", "فضل", "فضلت", "فضّل", "فضّلت", "اشترط", "اشترطت", "آثر", "آثرت",
    ])

    /// Words that make the verbal noun after them a negated noun (عدم ذكر اسمه، دون ذكر).
    static let negatingNouns: KeySet = KeySet(["عدم", "بعدم", "دون", "بدون"])

    /// The words of a kunya, a parent named after a child (أم محمد، أبو أحمد).
    static let kunyaWords: KeySet = KeySet(["أم", "أبو", "ام", "ابو"])

    /// Words after ذات that make it "once" (ذات مرة، ذات يوم).
    static let occasionWords: KeySet = KeySet(["مرة", "يوم", "ليلة", "صباح", "مساء"])

    /// Whether a word reads as a verb by its inflection: a past plural (تحدثوا، قالوا) or a present
    /// plural (يعملون، تطالبون; not the nisba plural يون of يمنيون).
    static func looksVerbal(_ key: KeyScalars) -> Bool {
        if key.count >= 4, key.hasSuffix("وا") { return true }
        if key.count >= 5, let f = key.first, f == "\u{064A}" || f == "\u{062A}", key.hasSuffix("ون"), !key.hasSuffix("يون") { return true }
        return false
    }

    /// Prepositions and time words that open a circumstance (خلال لقائه، عقب استقباله نظيره).
    static let circumstanceHeads: KeySet = KeySet([
        "عقب", "إثر", "أثناء", "عند", "خلال", "بعد", "قبل", "لدى", "فور", "بعيد", "حول", "تجاه", "ضمن", "بين", "دون",
    ])

    /// Prepositions that attach a complement to a speaker phrase (مسؤول في الحلف، مصدر من الوزارة).
    static let complementPrepositions = KeySet(["في", "من", "ب", "لدى"])

    /// Auxiliaries between a fronted subject and its verb (وكان الكرملين قد أعلن).
    static let auxiliaries = KeySet(["قد", "كان", "كانت", "وكان", "وكانت", "لقد", "فقد"])

    /// Present-tense verbs without a subject of their own are impersonal (يُذكر أن، يُقال إن).
    static func isImpersonal(_ word: KeyScalars) -> Bool { word.first == "\u{064A}" }

    /// Words that link a clause to the next one; a content cut before the next cue drops them.
    static let clauseLinkers = KeySet(["فيما", "بينما", "حيث", "و", "ثم", "كما", "في حين", "إذ"])

    /// "In his words" after a quotation: على حد تعبيره / قوله / وصفه.
    static let ownWords = KeySet(["تعبيره", "تعبيرها", "تعبيرهم", "قوله", "قولها", "قولهم", "وصفه", "وصفها", "وصفهم"])

    /// Relative pronouns: a subject with a relative clause is too long to trust as a speaker phrase.
    static let relativePronouns: KeySet = KeySet(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللائي"])

    /// Words that may stand between a verb and its subject without being the subject.
    static let adverbs: KeySet = KeySet([
        "أمس", "اليوم", "غدا", "مؤخرا", "مؤخراً", "سابقا", "سابقاً", "لاحقا", "أيضا", "أيضاً", "كذلك",
        "مجددا", "مجدداً", "بدوره", "بدورها", "بدورهم", "فيما", "حينها", "آنذاك", "الأحد", "الاثنين",
        "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "صباح", "مساء", "ليل", "يوم",
        "قائلا", "قائلاً", "قائلة", "قائلين", "قائلتين",
    ])

    /// Heads of phrases after وفقاً لـ / بحسب that name a rule or a document, not a speaker
    /// (وفقاً للمادة 4، بحسب القانون), so they are no attribution.
    static let nonSpeakerSources: KeySet = KeySet([
        "مادة", "قانون", "دستور", "بند", "فقرة", "اتفاق", "اتفاقية", "معاهدة", "قرار", "نظام", "خطة",
        "جدول", "برنامج", "مبدأ", "قاعدة", "شروط", "شرط", "أحكام", "حكم", "لائحة", "قواعد", "مرسوم",
        "تعليمات", "أصول", "معايير", "طلب", "رغبة", "توقيت", "موعد",
        // حسب ثمن المسكن، حسب الحاجة: "depending on", not "according to".
        "ثمن", "سعر", "أسعار", "نوع", "حجم", "طبيعة", "حاجة", "ظروف", "مدة", "درجة", "مستوى", "حالة", "مساحة",
    ])

    /// Words after which a short quote is a product's or a brand's name (مؤشر "تاسي"، علامة «…»).
    static let productWords: KeySet = KeySet(["مؤشر", "علامة", "ماركة", "منتج", "خدمة", "منصة", "تطبيق", "نظام", "بوابة", "باقة"])

    /// Words opening an organisation's or a work's name: a quote that starts with one, or follows
    /// one, is a name (منظمة “…”، “الوكالة الأمريكية …”، تنظيم “داعش”).
    static let organisationCues: KeySet = KeySet([
        "منظمة", "وكالة", "معاهدة", "اتفاقية", "حزب", "حركة", "تنظيم", "جمعية", "مؤسسة", "شركة",
        "جامعة", "مجلس", "لجنة", "اتحاد", "جبهة", "جماعة", "هيئة", "مركز", "صحيفة", "مجلة", "قناة",
        "وزارة", "عملية", "مشروع", "تحالف", "ائتلاف", "كتلة", "تيار", "ميليشيا", "ميليشيات", "مجموعة",
        "موقع", "منصة", "برنامج", "كتاب", "رواية", "فيلم", "مسلسل", "مبادرة", "مؤتمر", "منتدى", "قمة",
        "فرقة", "لواء", "كتيبة", "جيش", "قوات", "بنك", "مصرف", "صندوق", "معهد", "أكاديمية", "نادي",
        "قانون", "خطة", "صفقة", "حملة", "جائزة", "مهرجان", "وثيقة", "مسرحية", "أغنية", "ألبوم", "تطبيق", "شبكة",
        "تكتل", "بعثة", "ديوان",
    ])

    /// Whether a word (with or without proclitics and article) is an organisation word.
    /// Documents an attribution names before their author (بحسب تقرير ديوان المحاسبة، وفقاً
    /// لبيانات الاتحاد): the organisation named after them is the source.
    static let documentWords: KeySet = KeySet([
        "تقرير", "تقارير", "دراسة", "بيان", "بيانات", "وثائق", "وثيقة", "معطيات", "أرقام", "إحصاءات", "إحصائيات",
        "تقديرات", "أعدته", "أعدتها", "أصدرته", "أصدرتها", "نشرته", "نشرتها",
    ])

    /// Reflexive and emphatic words that close a speaker phrase (المصادر نفسها، الوزير ذاته).
    static let reflexives: KeySet = KeySet(["نفسه", "نفسها", "نفسهم", "أنفسهم", "ذاته", "ذاتها", "ذاتهم"])

    /// The year or month a document is of (تقرير الديوان لعام 2023): no part of a speaker phrase.
    static let periodComplements: KeySet = KeySet(["لعام", "لسنة", "لشهر", "لعامي"])

    /// Pronoun-bearing prepositions after the verb of a relative attribution (بحسب ما أفاد به …).
    static let resumptives: KeySet = KeySet(["به", "بها", "بهم", "عنه", "عنها", "لها", "له", "عليه", "عليها"])

    /// Whether a word is a document word, as written or without its proclitics and article
    /// (بيانات starts with a root ب that `stem` would take for a proclitic).
    static func isDocumentWord(_ key: KeyScalars) -> Bool {
        documentWords.contains(key) || documentWords.contains(withoutConjunction(key)) || documentWords.contains(stem(key))
    }

    static func isOrganisationWord(_ key: KeyScalars) -> Bool {
        organisationCues.contains(key) || organisationCues.contains(stem(key))
    }

    /// Words that say the quote is a label, not a quotation: ما يسمى بـ“…”، المعروف بـ“…”، باسم “…”.
    static let labelCues: KeySet = KeySet([
        "يسمى", "تسمى", "يسمون", "المسمى", "المسماة", "سمي", "سميت", "يدعى", "تدعى", "المدعو",
        "المعروف", "المعروفة", "المعروفين", "يعرف", "تعرف", "باسم", "اسم", "تسمية", "شعار", "عنوان", "بعنوان",
        "لقب", "الملقب", "الملقبة", "مصطلح",
        // صاحب “عمارة الفقراء”، مؤلف «…»: the author of a work named in quotation marks.
        "صاحب", "صاحبة", "مؤلف", "مؤلفة",
    ])

    /// Adjectives that follow a title without being relational (الرئيس السابق، الوزير الحالي).
    static let plainAdjectives: KeySet = KeySet([
        "السابق", "السابقة", "الأسبق", "الحالي", "الحالية", "الجديد", "الجديدة", "العام", "العامة", "الأعلى",
        "الأول", "الأولى", "الثاني", "الأكبر", "المقبل", "المنتخب", "المؤقت", "الرسمي", "الرسمية",
        "المكلف", "المكلفة", "المستقيل", "المستقيلة", "المنتهية", "الجدد", "الكبار", "البارز", "البارزة",
    ])

    /// Whether a definite word reads as an adjective: a relational (nisba) ending or a plain
    /// adjective of rank or time. (Participles are not guessed: المعارضة is as often a noun.)
    static func looksAdjectival(_ key: KeyScalars) -> Bool {
        if plainAdjectives.contains(key) { return true }
        if key.hasSuffix("ي") { return true }
        // (Not بيان، عيان، عيون: a nisba ending needs a stem of two letters or more before it.)
        for ending in nisbaEndings where key.count >= ending.count && key.suffix(ending.count).elementsEqual(ending)
            && stem(key).count >= ending.count + 2 { return true }
        return false
    }

    /// The relational endings `looksAdjectival` tries after ي alone, as key scalars.
    private static let nisbaEndings: [[Unicode.Scalar]] = ["يه", "يون", "يين", "يان", "يتان", "يات"].map { Array($0.unicodeScalars) }

    /// The key without one leading و/ف proclitic, when the rest is still a word.
    @inline(__always)
    static func withoutConjunction(_ key: KeyScalars) -> KeyScalars {
        if key.count > 2, let first = key.first, first == "\u{0648}" || first == "\u{0641}" { return key.dropFirst() }
        return key
    }

    /// The key with proclitics (و ف ب ل ك) and the article ال removed: "والوكالة" → "وكاله".
    static func stem(_ key: KeyScalars) -> KeyScalars {
        var s = key
        if s.count > 3, s.first == "\u{0648}" || s.first == "\u{0641}" { s = s.dropFirst() }
        if s.count > 3, s.first == "\u{0628}" || s.first == "\u{0643}" { s = s.dropFirst() }
        if s.count > 3, s.first == "\u{0644}", s.dropFirst().first == "\u{0644}" { s = s.dropFirst(2) }  // لل = ل + ال
        else if s.count > 3, s.first == "\u{0644}" { s = s.dropFirst() }
        if s.count > 3, s.first == "\u{0627}", s.dropFirst().first == "\u{0644}" { s = s.dropFirst(2) }
        return s
    }

    /// Whether a key begins with the article ال (after an optional proclitic).
    static func hasArticle(_ key: KeyScalars) -> Bool {
        var s = key
        if s.count > 3, let f = s.first, f == "\u{0648}" || f == "\u{0641}" || f == "\u{0628}" || f == "\u{0643}" { s = s.dropFirst() }
        if s.count > 2, s.first == "\u{0644}", s.dropFirst().first == "\u{0644}" { return true }
        return s.count > 2 && s.first == "\u{0627}" && s.dropFirst().first == "\u{0644}"
    }
}
