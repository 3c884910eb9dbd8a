/// What a cue word is (a word may be several: الحركة is a head and a verbal noun).
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt16
    static let organisationHead = WordClass(rawValue: 1)
    static let verbalNounHead = WordClass(rawValue: 2)
    static let personTitle = WordClass(rawValue: 4)
    static let roleContinuation = WordClass(rawValue: 8)
    static let namePrefix = WordClass(rawValue: 16)
    static let stopWord = WordClass(rawValue: 32)
    /// The first word of a place, a known organisation or a country adjective: only words with
    /// this class are looked up in those lexicons.
    static let lexiconStart = WordClass(rawValue: 64)
    /// A club's name that is also a common word (الهلال، النصر): see `EntityScan.findSportsClubs`.
    static let clubName = WordClass(rawValue: 128)
    /// A unit before a place's own name (محافظة، ولاية): see `EntityScan.findAdministrativePlaces`.
    static let administrativeUnit = WordClass(rawValue: 256)
    /// A district noun (حي، أحياء، مديريتي): see `EntityScan.findDistricts`.
    static let districtNoun = WordClass(rawValue: 512)
    /// A given name of the corpora (`LearntOrganisationWords.givenNames`): see
    /// `EntityScan.findPersonsByGivenName` and `headNamedAfterPerson`.
    static let givenName = WordClass(rawValue: 1024)
    /// العاصمة، عاصمة …: see `EntityScan.capitalByNationality` (read in the administrative units' pass).
    static let capitalNoun = WordClass(rawValue: 2048)
    /// A word that may say a club is near: a sports word, a result verb, a host, a word of clubs'
    /// names (see `EntityScan.clubCueKeys`): the club readers test this bit before anything else.
    static let clubCue = WordClass(rawValue: 4096)
    /// A team noun before a club in construct (فريق، لاعب …): see `EntityScan.findClubsAfterTeamNouns`.
    static let teamNoun = WordClass(rawValue: 8192)
}

/// The words around names that tell what they are: organisation heads (وزارة، منظمة ...), person
/// titles and roles (الرئيس، الملياردير ...), and the function words a name never runs into.
/// All sets hold matching keys (`MatchKey.key`).
enum NameCues {
    /// Singular head nouns of organisation names. A bare head in construct takes the following
    /// definite genitive and adjectives: وزارة الخارجية الروسية.
    static let organisationHeads: [UInt64] = keys(
        "منظمة", "وزارة", "وكالة", "مجلس", "لجنة", "حزب", "حركة", "تنظيم", "شركة", "جامعة", "جهاز", "دائرة",
        "هيئة", "محكمة", "إدارة", "مؤسسة", "اتحاد", "جمعية", "مصرف", "بنك", "صندوق", "مكتب", "معهد", "أكاديمية",
        "جبهة", "نقابة", "رابطة", "ائتلاف", "مفوضية", "سفارة", "قناة", "صحيفة", "مجلة", "برلمان", "مركز",
        "مديرية", "كتلة", "منتدى", "تكتل", "تحالف", "بعثة", "ديوان", "مندوبية", "فيدرالية", "كونفدرالية", "اللجنة", "المنظمة", "الوزارة", "الوكالة", "المجلس", "الحزب", "الحركة",
        "الشركة", "الجامعة", "الجهاز", "الهيئة", "المحكمة", "المؤسسة", "الاتحاد", "الجمعية", "البنك", "المصرف",
        "الصندوق", "المعهد", "الجبهة", "النقابة", "الرابطة", "الائتلاف", "المفوضية", "السفارة", "البرلمان",
        "المركز", "الكتلة", "المنتدى", "المديرية", "الأكاديمية", "التكتل", "التحالف", "البعثة", "الديوان",
        // Maghrebi administrations and federations: المندوبية السامية للتخطيط، الفيدرالية الوطنية …
        "المندوبية", "الفيدرالية", "الكونفدرالية",
        // Commands, cells, prosecution, police (قيادة العمليات المشتركة، خلية الإعلام الأمني،
        // النيابة العامة، الشرطة الاتحادية): as definite heads they need a nationality or an
        // institutional adjective.
        "قيادة", "خلية", "النيابة", "الشرطة",
        // A programme of a known body (برنامج الأمم المتحدة للمستوطنات البشرية), see verbalNounHeads.
        "برنامج",
        // An army with its nationality or country (الجيش السوداني، الجيش اللبناني) and forces with a
        // name of two words or a nationality (قوات الدعم السريع، القوات المسلحة السودانية): see
        // `EntityScan.forceHeads`. A stock exchange: see `marketHeads`.
        "الجيش", "قوات", "القوات", "سوق", "السوق", "بورصة", "البورصة",
        // Institutions named by a definite noun and a nationality or a proper genitive (السلطة
        // الفلسطينية، القيادة المركزية الأمريكية، الأمانة العامة لمجلس الوزراء): see
        // `EntityScan.institutionHeads`.
        "السلطة", "القيادة", "البحرية", "الرئاسة", "الأمانة", "الغرفة", "المصلحة", "الإدارة", "الدائرة",
        // Parties and movements (تجمع الأحزاب الليبية، التيار الوطني الحر، جماعة الحوثي): see
        // `EntityScan.partyName`.
        "تجمع", "التجمع", "تيار", "التيار", "جماعة",
        // A company group before its name and nationality (مجموعة ميرسك الدنماركية): see
        // `EntityScan.namedAfterFeminineHead`.
        "مجموعة",
        // Heads the corpora are too small to learn (LearntOrganisationWords has the rest): a
        // chamber (غرفة تجارة حمص), a mechanism of a known body (آلية الأمم المتحدة للتحقق), a
        // Maghrebi coordination (التنسيقية الوطنية للأساتذة). غرفة and آلية need a naming element.
        "غرفة", "آلية", "تنسيقية", "التنسيقية")

    /// Heads that are also verbal nouns (تنظيم "organising", إدارة "managing", حركة "movement"):
    /// they name an organisation only with a nationality, a place or a quoted name beside them.
    static let verbalNounHeads: [UInt64] = keys("تنظيم", "إدارة", "حركة", "الحركة", "مركز", "المركز", "اتحاد", "الاتحاد", "صندوق", "الصندوق", "مكتب",
                                                 "تحالف", "التحالف", "برنامج",
                                                 // "leading", "managing", "presiding"; "gathering", "current", "group"
                                                 "القيادة", "الإدارة", "الرئاسة", "تجمع", "التجمع", "تيار", "التيار", "جماعة", "مجموعة",
                                                 // "room", "mechanism"
                                                 "غرفة", "آلية")

    /// Titles and roles that stand before a person's name.
    static let personTitles: [UInt64] = keys(
        "الرئيس", "رئيس", "الرئيسة", "رئيسة", "وزير", "الوزير", "وزيرة", "الوزيرة", "الملياردير", "المليونير",
        "السيد", "السيدة", "الشيخ", "الأمير", "الأميرة", "الملك", "الملكة", "الجنرال", "العقيد", "اللواء", "العميد",
        "المشير", "الدكتور", "الدكتورة", "البروفيسور", "الأستاذ", "النائب", "النائبة", "السفير", "السفيرة",
        "المتحدث", "المتحدثة", "الناطق", "المستشار", "المستشارة", "الزعيم", "زعيم", "القائد", "قائد", "الكاتب",
        "الكاتبة", "الصحفي", "الصحفية", "الصحافي", "الصحافية", "الناشط", "الناشطة", "المعارض",
        "المحلل", "الباحث", "الباحثة", "المدير", "مدير", "مديرة", "السناتور", "البابا", "الإمام", "المرشح",
        "المرشحة", "حاكم", "الحاكم", "نائب", "المبعوث", "مبعوث", "المفوض", "الأمين", "أمين", "رجل", "المدرب",
        "اللاعب", "الفنان", "الفنانة", "الممثل", "الممثلة", "المخرج", "الشاعر", "الروائي", "المؤرخ", "الخبير",
        "البطريرك", "السلطان", "القاضي", "المدعي", "المحامي", "المحامية", "الملا", "نظيره", "نظيرها", "نظيرته",
        "العاهل", "عاهل", "شيخ", "محافظ", "المحافظ", "مساعد", "المساعد", "القيادي", "القيادية", "سفير", "مدرب",
        // عضو مجلس محافظة ديالى رعد التميمي
        "عضو", "عضوة")

    /// Words that continue a role before the name: السابق، الأسبق، العام ...  (most role words are
    /// definite and taken by the definite rule; these are the indefinite ones).
    static let roleContinuations: [UInt64] = keys(
        "الوزراء", "وزراء", "العام", "عام", "الأعمال", "أعمال", "باسم", "العهد", "ولي", "السابق", "الأسبق",
        "الحالي", "الجديد", "السابقة", "الحالية", "الجديدة", "سابق", "سابقة")

    /// Regnal ordinals that end a monarch's or a pope's name: عبد الله الثاني، محمد السادس.
    static let regnalOrdinals = KeySet(hashes: ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع"].map(KeyHash.of(word:)))

    /// Words that open a compound name and let a definite word follow inside it: عبد الله، أبو بكر.
    static let namePrefixes: [UInt64] = keys("عبد", "أبو", "ابو", "بن", "ابن", "بنت", "آل", "أبي", "ابي", "ولد")

    /// Function words, reporting verbs and time words a name never runs into.
    static let stopWords: [UInt64] = keys(
        "في", "من", "إلى", "الى", "على", "عن", "مع", "أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "أنّ",
        "ما", "لا", "لم", "لن", "قد", "كان", "كانت", "يكون", "تكون", "هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك",
        "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "الآن", "اليوم", "أمس", "غدا", "غداً", "يوم", "بعد", "قبل",
        "خلال", "منذ", "حول", "حتى", "عند", "لدى", "بين", "تحت", "فوق", "أمام", "وراء", "ضد", "نحو", "دون", "غير",
        "كل", "بعض", "أي", "أو", "أم", "ثم", "بل", "لكن", "لكنه", "إذا", "إذ", "لأن", "كما", "أيضا", "أيضاً", "فقط",
        "قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "أعلن", "أعلنت", "أشار", "أشارت", "أضاف", "أضافت",
        "شدد", "شددت", "تابع", "وصف", "اعترف", "نفى", "حذر", "ذكر", "أوضح", "اعتبر", "رأى", "صرح", "كشف",
        "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "عام", "شهر", "سنة",
        "الماضي", "الجاري", "المقبل", "هناك", "هنا", "حيث", "عليه", "عليها",
        "له", "لها", "لهم", "به", "بها", "منه", "منها", "فيه", "فيها", "إنّه", "أنّه", "وهو", "وهي", "الذي", "بأن",
        "بأنه", "عبر", "وفق", "وفقا", "حسب", "بحسب", "يجب", "سوف", "ليس", "ليست", "جدا", "أكثر", "أقل", "مثل",
        "ذات", "سموه", "سيادته", "فخامته", "معاليه", "حضرته", "نفسه", "بنفسه", "أحد", "رقم", "آخر", "أعضاء",
        // نقلت الوكالة عن الرئيس قوله …: the relayed saying, not a name.
        "قوله", "قولها", "قولهم", "قولهما", "تأكيده", "تأكيدها", "تصريحه", "تصريحها",
        // قال لي، قالت لنا: a preposition with a pronoun; بسبب، جراء: "because of".
        "لي", "لنا", "لك", "لكم", "بسبب", "جراء", "إثر", "رغم", "بفعل",
        // Adverbial "starting from, as of" (تحتضن العاصمة الفرنسية ابتداء من الأربعاء).
        "ابتداء", "ابتداءً", "اعتبارا", "اعتباراً", "انطلاقا", "انطلاقاً", "بدءا", "بدءاً")

    /// Organisations and platforms that news names without a head noun, with their English names.
    static let knownOrganisations: [(arabic: [String], english: String)] = [
        (["داعش"], "ISIS"),
        (["تنظيم الدولة الإسلامية"], "ISIS"),
        (["حماس", "حركة حماس"], "Hamas"),
        (["حركة فتح"], "Fatah"),
        (["الجهاد الإسلامي", "حركة الجهاد الإسلامي"], "Palestinian Islamic Jihad"),
        (["الإخوان المسلمين", "الإخوان المسلمون", "جماعة الإخوان المسلمين"], "Muslim Brotherhood"),
        (["الحرس الثوري", "الحرس الثوري الإيراني"], "Islamic Revolutionary Guard Corps"),
        (["حزب الله"], "Hezbollah"),
        (["الحشد الشعبي", "هيئة الحشد الشعبي"], "Popular Mobilization Forces"),
        (["طالبان"], "Taliban"),
        (["الناتو", "حلف الناتو", "حلف شمال الأطلسي", "حلف الأطلسي"], "NATO"),
        (["الأمم المتحدة", "هيئة الأمم المتحدة"], "United Nations"),
        // A union of states acts as an organisation (CoNLL and ANERcorp tag it ORG).
        (["الاتحاد الأوروبي", "الاتحاد الاوروبي"], "European Union"),
        (["الاتحاد الأفريقي", "الاتحاد الإفريقي"], "African Union"),
        (["جامعة الدول العربية", "الجامعة العربية"], "Arab League"),
        (["فيسبوك", "فيس بوك", "فيسبوك"], "Facebook"),
        (["تويتر"], "Twitter"),
        (["يوتيوب"], "YouTube"),
        (["إنستغرام", "انستغرام", "إنستجرام"], "Instagram"),
        (["تلغرام", "تيليغرام"], "Telegram"),
        (["واتساب"], "WhatsApp"),
        (["غوغل", "جوجل"], "Google"),
        (["البنتاغون"], "Pentagon"),
        (["الكرملين"], "Kremlin"),
        (["رويترز"], "Reuters"),
        // News agencies by acronym: `NewsAgencies` (those that are no ordinary word are appended below).
        (["فرانس برس", "فرانس بريس"], "Agence France-Presse"),
        (["أسوشيتد برس", "أسوشيتدبرس"], "Associated Press"), (["شينخوا"], "Xinhua"),
        (["أوبك", "منظمة أوبك"], "OPEC"),
        (["بي بي سي"], "BBC"),
        (["سي آي إيه"], "CIA"),
        (["منظمة معاهدة الأمن الجماعي"], "Collective Security Treaty Organization"),
        (["صندوق النقد الدولي"], "International Monetary Fund"),
        (["البنك الدولي"], "World Bank"),
        (["منظمة الصحة العالمية"], "World Health Organization"),
        (["منظمة التعاون الإسلامي"], "Organisation of Islamic Cooperation"),
        (["مجلس الأمن", "مجلس الأمن الدولي"], "UN Security Council"),
    ] + internationalBodies + NewsAgencies.knownEverywhere + partyNicknames

    /// Parties the press names by a nickname or an acronym written as a word (Algeria's الأفلان for
    /// the FLN, الأرندي, حمس): a name followed by one of them in parentheses or quotation marks is
    /// the same party (see `EntityScan.findAcronymsInParentheses`). Only names that are no
    /// ordinary word; a nickname the text introduces itself (حزب … (الوفاق)) is read there without
    /// this list when it has no article.
    static let partyNicknames: [(arabic: [String], english: String)] = [
        (["الأفلان", "الافلان"], "National Liberation Front (Algeria)"),
        (["الأرندي", "الارندي"], "National Rally for Democracy (Algeria)"),
        (["حمس"], "Movement of Society for Peace (Algeria)"),
        (["الأفافاس", "الافافاس"], "Socialist Forces Front (Algeria)"),
        (["الأرسيدي", "الارسيدي"], "Rally for Culture and Democracy (Algeria)"),
    ]

    /// United Nations bodies, relief agencies and other international organisations the news names
    /// by a name whose words do not say it is one (برنامج الأغذية العالمي، أطباء بلا حدود) or by an
    /// acronym written in Arabic letters (أوتشا، يونيسف، الأونروا). Names built on a head noun and a
    /// known body (مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، منظمة أطباء بلا حدود) are read by
    /// the organisation rule around these. One place for all such data: add new bodies here.
    static let internationalBodies: [(arabic: [String], english: String)] = [
        (["برنامج الأغذية العالمي"], "World Food Programme"),
        (["أوتشا", "اوتشا"], "OCHA"),
        (["يونيسف", "اليونيسف", "يونيسيف", "اليونيسيف"], "UNICEF"),
        (["الأونروا", "أونروا"], "UNRWA"),
        (["اليونسكو", "يونسكو"], "UNESCO"),
        (["الفاو", "فاو", "منظمة الأغذية والزراعة"], "FAO"),
        (["مفوضية اللاجئين", "المفوضية السامية لشؤون اللاجئين", "مفوضية الأمم المتحدة لشؤون اللاجئين",
          "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"], "UNHCR"),
        (["برنامج الأمم المتحدة الإنمائي"], "UNDP"),
        (["الإسكوا", "إسكوا"], "ESCWA"),
        (["منظمة العمل الدولية"], "International Labour Organization"),
        (["منظمة التجارة العالمية"], "World Trade Organization"),
        (["الوكالة الدولية للطاقة الذرية"], "International Atomic Energy Agency"),
        (["محكمة العدل الدولية"], "International Court of Justice"),
        (["المحكمة الجنائية الدولية"], "International Criminal Court"),
        (["أطباء بلا حدود"], "Médecins Sans Frontières"),
        (["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر", "الصليب الأحمر الدولي"], "International Committee of the Red Cross"),
        (["الهلال الأحمر"], "Red Crescent"),
        (["منظمة العفو الدولية", "العفو الدولية"], "Amnesty International"),
        (["هيومن رايتس ووتش"], "Human Rights Watch"),
        (["أنقذوا الأطفال"], "Save the Children"),
        (["أوكسفام"], "Oxfam"),
        (["مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية"], "Gulf Cooperation Council"),
        (["الفيفا", "فيفا", "الاتحاد الدولي لكرة القدم"], "FIFA"),
        (["اللجنة الأولمبية الدولية"], "International Olympic Committee"),
        (["الاتحاد الآسيوي لكرة القدم"], "Asian Football Confederation"),
    ]

    /// One-word known names spelled with a bare alef (وام، واس): the same letters with a hamza on
    /// it are another word (وأم "and a mother"), which the matching key cannot tell apart.
    static let bareAlefNames: KeySet = {
        let hamza = { (name: String) in name.unicodeScalars.contains { "أإآ".unicodeScalars.contains($0) } }
        let names = knownOrganisations.flatMap(\.arabic).filter { !$0.contains(" ") }
        let withHamza = Set(names.filter(hamza).map(KeyHash.of(word:)))
        return KeySet(hashes: Set(names.filter { $0.contains("ا") && !hamza($0) }.map(KeyHash.of(word:))).subtracting(withHamza))
    }()

    static let knownOrganisationLexicon: PhraseLexicon<String> = {
        var lexicon = PhraseLexicon<String>()
        for org in knownOrganisations { for name in org.arabic { lexicon.add(name, org.english) } }
        return lexicon
    }()

    static func keys(_ words: String...) -> [UInt64] { words.map(KeyHash.of(word:)) }

    /// The classes of every cue word by key hash: one lookup per reading tells them all
    /// (`Reading.classes`).
    static let classes: GrowingKeyMap<WordClass> = {
        var table = GrowingKeyMap<WordClass>(capacity: 1024)
        // Learnt heads (LearntOrganisationWords) join the listed ones; those the list lacks and the
        // data finds weak need a naming element, as verbal-noun heads do.
        let listed = Set(organisationHeads)
        let learntWeak = LearntOrganisationWords.weakHeads.filter { !listed.contains($0) }
        let sets: [([UInt64], WordClass)] = [
            (organisationHeads, .organisationHead), (LearntOrganisationWords.heads, .organisationHead),
            (learntWeak, .verbalNounHead), (verbalNounHeads, .verbalNounHead), (personTitles, .personTitle),
            (roleContinuations, .roleContinuation), (namePrefixes, .namePrefix), (stopWords, .stopWord),
            (EntityScan.clubNames, .clubName), (EntityScan.administrativeUnits, .administrativeUnit),
            (EntityScan.districtNounKeys, .districtNoun), (LearntOrganisationWords.givenNameKeys, .givenName),
            (EntityScan.capitalNounKeys, .capitalNoun), (EntityScan.clubCueKeys, .clubCue), (EntityScan.teamNounKeys, .teamNoun),
        ]
        for (set, cls) in sets { for h in set { table[h] = (table[h] ?? []).union(cls) } }
        let starts = PlaceLexicon.shared.startTokens + knownOrganisationLexicon.startTokens + CountryAdjectiveLexicon.shared.allKeys
            + EntityScan.landmarkNouns  // (found by `EntityScan.findLandmarksAndCueCandidates`)
        for h in starts { table[h] = (table[h] ?? []).union(.lexiconStart) }
        return table
    }()
}
