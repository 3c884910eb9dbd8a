# An opinion column (HELD OUT, set 6): the Tigris and Euphrates, Turkey's and Iran's dams and Iraq's
# water; no byline under the title but a closing signature (a name line, then a last line
# `* كاتب وباحث عراقي …`), historical figures (حمورابي، سليمان ديميريل), rivers, dams and regions,
# countries and their capitals standing for governments (أنقرة، بغداد، القاهرة، الخرطوم), a project's
# acronym in quotation marks (غاب), one quotation after قال … عبارته الشهيرة:, two principles' names in
# quotation marks, FAO with its acronym, the World Bank and a ministry with تقدر / يتوقع / حذرت … من
# أن, first person and a rhetorical question, centuries and decades (ثمانينيات القرن الماضي، مطلع
# التسعينيات), `بحلول 2050`, `عام 1997`, number words (أربعة آلاف عام، أربعين قرناً، عشرين سداً).
GENRE = "opinion"
AUTHORS = ["علي حسين الربيعي"]
BODY_PARAGRAPHS = 7
LINES = [
    "دجلة والفرات.. حين يصبح الماء سلاحاً",
    "قبل نحو أربعة آلاف عام، خصص الملك البابلي حمورابي عدداً من مواد شريعته لتنظيم الري ومعاقبة من يهمل سد حقله فيغرق حقول جيرانه. كانت بلاد ما بين النهرين تعرف مبكراً أن الماء شأن جماعي لا يحتمل الأنانية. واليوم، بعد أربعين قرناً، يقف العراق أمام المعادلة ذاتها، لكن الجار الذي يملك مفاتيح السدود هذه المرة دولة إقليمية كبرى، لا فلاح في الحقل المجاور.",
    "منذ أطلقت تركيا مشروع جنوب شرق الأناضول، المعروف اختصاراً بـ\"غاب\"، في ثمانينيات القرن الماضي، شيدت أنقرة أكثر من عشرين سداً على منابع النهرين، أضخمها سد أتاتورك على الفرات وسد إليسو على دجلة، الذي بدأ ملؤه عام 2019. وتقدر وزارة الموارد المائية العراقية أن الإيرادات المائية للبلاد تراجعت بنحو 40 في المئة خلال العقود الثلاثة الأخيرة، فيما يتوقع البنك الدولي أن يخسر العراق ما يصل إلى 20 في المئة من مياهه العذبة بحلول 2050 إذا استمر الحال على ما هو عليه.",
    "ولم تخف أنقرة يوماً فلسفتها في هذا الملف. ففي مطلع التسعينيات، قال الرئيس التركي الراحل سليمان ديميريل عبارته الشهيرة: \"ليس من حق سوريا والعراق المطالبة بمياه أنهار تركيا، كما لا يحق لأنقرة المطالبة بنفطهما\". كانت تلك الجملة إعلاناً صريحاً بأن النهر، في نظر دولة المنبع، مورد سيادي يباع ويشترى، لا ملك مشترك تفرضه الجغرافيا.",
    "ولا يقتصر الأمر على تركيا. فإيران حولت مجاري عشرات الروافد التي كانت تصب في ديالى والزاب الصغير وشط العرب، ما رفع ملوحة المياه في البصرة إلى مستويات غير مسبوقة، ودفع آلاف العائلات في الأهوار إلى هجرة قرى عاشت فيها أجيالاً. وقد حذرت منظمة الأغذية والزراعة للأمم المتحدة (فاو) من أن نفوق الجواميس وتراجع صيد الأسماك يهددان مصدر رزق نحو 60 ألف نسمة في جنوب البلاد.",
    "والقانون الدولي لا ينقصه النص. فاتفاقية الأمم المتحدة لقانون استخدام المجاري المائية الدولية في الأغراض غير الملاحية، التي أقرتها الجمعية العامة عام 1997، تقوم على مبدأي \"الانتفاع المنصف\" و\"عدم التسبب في ضرر ذي شأن\". لكن تركيا صوتت ضدها، وبقيت حبراً على ورق في منطقتنا كما في حوض النيل، حيث تمضي إثيوبيا في ملء سد النهضة رغم اعتراضات القاهرة والخرطوم.",
    "ما العمل إذن؟ أعتقد أن بغداد أضاعت عقوداً وهي تتعامل مع الماء كملف فني يترك للمهندسين، لا كملف سيادي يوضع على طاولة التجارة والأمن. فالعراق يستورد من تركيا سلعاً تزيد قيمتها على 12 مليار دولار سنوياً، وهي ورقة ضغط لم تستخدم قط. ثم إن نصف مياه الري عندنا يهدر بأساليب الغمر التي لم تتغير منذ أيام السومريين، وقبل أن نطالب الآخرين بالإنصاف علينا أن نكف عن إهدار ما يصلنا.",
    "لقد علمنا حمورابي أن من يهمل سده يدفع ثمن ما أغرق. والسؤال اليوم: من سيدفع ثمن ما جف؟",
    "علي حسين الربيعي",
    "* كاتب وباحث عراقي في شؤون المياه",
]
ENTITIES = [
    ("PER", "علي حسين الربيعي", ["علي حسين الربيعي"], {"roles": ["author (closing signature)"]}),
    ("LOC", "دجلة", ["*دجلة"], {"english": "Tigris", "note": "the title and سد إليسو على دجلة"}),
    ("LOC", "الفرات", ["*الفرات"], {"english": "Euphrates", "note": "the title (والفرات) and سد أتاتورك على الفرات"}),
    ("PER", "حمورابي", ["*حمورابي"], {"roles": ["الملك البابلي"]}),
    ("LOC", "بلاد ما بين النهرين", ["بلاد ما بين النهرين"], {"english": "Mesopotamia"}),
    ("LOC", "العراق", ["*العراق"], {"country_code": "IQ", "note": "with فالعراق; one is inside the quotation"}),
    ("LOC", "تركيا", ["*تركيا"], {"country_code": "TR", "note": "one is inside the quotation"}),
    ("MISC", "مشروع جنوب شرق الأناضول", ["مشروع جنوب شرق الأناضول"], {"optional": True, "english": "GAP", "note": "a development project"}),
    ("LOC", "جنوب شرق الأناضول", ["جنوب شرق الأناضول"], {"optional": True, "country_code": "TR", "note": "the region, inside the project's name"}),
    ("LOC", "أنقرة", ["*أنقرة"], {"country_code": "TR", "note": "the capital standing for the government; one is لأنقرة inside the quotation"}),
    ("LOC", "سد أتاتورك", ["سد أتاتورك"], {"country_code": "TR", "note": "a dam; a span covering أتاتورك alone is as good"}),
    ("LOC", "سد إليسو", ["سد إليسو"], {"country_code": "TR", "note": "a dam; a span covering إليسو alone is as good"}),
    ("ORG", "وزارة الموارد المائية العراقية", ["وزارة الموارد المائية العراقية"], {"english": "Iraqi Ministry of Water Resources"}),
    ("ORG", "البنك الدولي", ["البنك الدولي"], {"english": "World Bank"}),
    ("PER", "سليمان ديميريل", ["سليمان ديميريل"], {"roles": ["الرئيس التركي الراحل"]}),
    ("LOC", "سوريا", ["سوريا"], {"country_code": "SY", "note": "inside the quotation"}),
    ("LOC", "إيران", ["إيران"], {"country_code": "IR", "note": "written فإيران"}),
    ("LOC", "ديالى", ["ديالى"], {"country_code": "IQ", "note": "the river"}),
    ("LOC", "الزاب الصغير", ["الزاب الصغير"], {"country_code": "IQ", "note": "the river"}),
    ("LOC", "شط العرب", ["شط العرب"], {"country_code": "IQ"}),
    ("LOC", "البصرة", ["البصرة"], {"country_code": "IQ"}),
    ("LOC", "الأهوار", ["الأهوار"], {"country_code": "IQ", "english": "the Mesopotamian Marshes"}),
    ("ORG", "منظمة الأغذية والزراعة للأمم المتحدة", ["منظمة الأغذية والزراعة للأمم المتحدة", "فاو"], {"english": "FAO"}),
    ("MISC", "اتفاقية الأمم المتحدة لقانون استخدام المجاري المائية الدولية في الأغراض غير الملاحية", ["اتفاقية الأمم المتحدة لقانون استخدام المجاري المائية الدولية في الأغراض غير الملاحية"], {"optional": True, "note": "a convention"}),
    ("ORG", "الأمم المتحدة", [("الأمم المتحدة", 1)], {"optional": True, "note": "inside the convention's name (the first الأمم is للأمم, inside FAO's name)"}),
    ("ORG", "الجمعية العامة", ["الجمعية العامة"], {"english": "UN General Assembly"}),
    ("LOC", "النيل", ["النيل"], {"english": "Nile", "note": "inside حوض النيل: a span covering حوض النيل is as good"}),
    ("LOC", "إثيوبيا", ["إثيوبيا"], {"country_code": "ET"}),
    ("LOC", "سد النهضة", ["سد النهضة"], {"country_code": "ET", "english": "Grand Ethiopian Renaissance Dam"}),
    ("LOC", "القاهرة", ["القاهرة"], {"country_code": "EG", "note": "standing for Egypt's government"}),
    ("LOC", "الخرطوم", ["الخرطوم"], {"country_code": "SD", "note": "standing for Sudan's government"}),
    ("LOC", "بغداد", ["بغداد"], {"country_code": "IQ", "note": "standing for Iraq's government"}),
]
ADJECTIVES = [
    ("البابلي", 1, "IQ", {"optional": True, "note": "Babylonian: an ancient state, no country"}),
    ("العراقية", 1, "IQ", {"optional": True, "note": "inside the ministry's name"}),
    ("التركي", 1, "TR"),
    ("عراقي", 1, "IQ", {"note": "in the writer's note"}),
]
DATES = [
    ("أربعة آلاف عام", 1, "", "year", {"optional": True}),
    ("اليوم", 1, "", "day", {"optional": True, "note": "'today' loosely"}),
    ("أربعين قرناً", 1, "", "year", {"optional": True}),
    ("ثمانينيات القرن الماضي", 1, "", "year", {"optional": True, "note": "the 1980s"}),
    ("عام 2019", 1, "2019", "year"),
    ("العقود الثلاثة الأخيرة", 1, "", "year", {"optional": True}),
    ("2050", 1, "2050", "year", {"note": "بحلول 2050"}),
    ("يوماً", 1, "", "day", {"optional": True, "note": "'ever'"}),
    ("مطلع التسعينيات", 1, "", "year", {"optional": True, "note": "the early 1990s"}),
    ("عام 1997", 1, "1997", "year"),
    ("عقوداً", 1, "", "year", {"optional": True}),
    ("سنوياً", 1, "", "year", {"optional": True}),
    ("اليوم", 2, "", "day", {"optional": True, "note": "'today' loosely"}),
]
QUOTES = [
    ("ليس من حق سوريا والعراق المطالبة بمياه أنهار تركيا، كما لا يحق لأنقرة المطالبة بنفطهما", 1, "سليمان ديميريل", "قال", {"speaker_alternatives": ["الرئيس التركي الراحل"]}),
]
NOT_QUOTES = [
    ("غاب", 1, "a project's acronym in quotation marks"),
    ("الانتفاع المنصف", 1, "a principle's name in quotation marks"),
    ("عدم التسبب في ضرر ذي شأن", 1, "a principle's name in quotation marks"),
]
STATEMENTS = [
    ("وزارة الموارد المائية العراقية", "وتقدر", 1),
    ("البنك الدولي", "يتوقع", 1),
    ("سليمان ديميريل", "قال", 1, {"speaker_alternatives": ["الرئيس التركي الراحل"]}),
    ("منظمة الأغذية والزراعة للأمم المتحدة", "حذرت", 1, {"speaker_alternatives": ["فاو"]}),
    ("علي حسين الربيعي", "أعتقد", 1, {"optional": True, "note": "the writer, in the first person"}),
]
AMOUNTS = [
    ("أربعة آلاف عام", 1, 4000, "year"),
    ("أربعين قرناً", 1, 40, "century"),
    ("عشرين سداً", 1, 20, "سد"),
    ("40 في المئة", 1, 40, "%"),
    ("الثلاثة", 1, 3, "عقد", {"optional": True, "note": "العقود الثلاثة"}),
    ("20 في المئة", 1, 20, "%"),
    ("60 ألف", 1, 60000, "نسمة"),
    ("مبدأي", 1, 2, "مبدأ", {"optional": True, "note": "a dual in construct"}),
    ("12 مليار دولار", 1, 12000000000, "USD"),
    ("نصف", 1, 0.5, "fraction", {"optional": True}),
]
