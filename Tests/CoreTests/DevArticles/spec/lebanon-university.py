# A Lebanese education and health story (HELD OUT, set 7): the Lebanese University delays its year;
# a dateline with an em dash and a paper in « » (`بيروت — «نداء الوطن»:`), the university's council
# and president after البروفسور, a league and a committee of professors (the committee named again
# in a shorter form), the cabinet, a coordinator quoted in « » to the paper and with وأضافت:, the
# minister unnamed (وزيرة …) with partial quotations after أكدت أن / مشيرة إلى أن, a campus, a student
# named by her first name (تقول سارة … "…"), branches in towns, a university hospital and its
# director after الدكتور, the nurses' union after بحسب, UNICEF with its Arabic acronym in parentheses,
# the World Bank, an unnamed group's quotation after ترى أن (أوساطاً, accusative), private
# universities, الثالث من تشرين الثاني المقبل, آب alone, منذ 2019, a year span (2025-2026), بالمئة,
# ثمانية عشر شهراً, dollars; nothing resolves.
GENRE = "news"
AUTHORS = []
LINES = [
    "الجامعة اللبنانية تؤجل عامها الدراسي.. والمتعاقدون: «لن نعود بلا عقود»",
    "بيروت — «نداء الوطن»: أرجأ مجلس الجامعة اللبنانية، في جلسة عقدها أمس برئاسة رئيس الجامعة البروفسور سامي الحلبي، بدء الدروس في كلياتها الـ19 للعام الجامعي 2025-2026 إلى الثالث من تشرين الثاني المقبل، بعد أن أعلنت رابطة الأساتذة المتفرغين ولجنة الأساتذة المتعاقدين الإضراب المفتوح احتجاجاً على عدم إقرار ملف التفرغ في مجلس الوزراء.",
    "وقالت منسقة لجنة المتعاقدين، الدكتورة رنا عيتاني، لـ«نداء الوطن» إن نحو 1400 أستاذ متعاقد «يدرّسون أكثر من نصف المقررات، ويتقاضون أجورهم مرة واحدة في السنة، بعد تأخير يصل أحياناً إلى ثمانية عشر شهراً». وأضافت: «لن نعود إلى القاعات قبل أن يصدر مرسوم التفرغ، فالوعود لم تعد تطعم أحداً».",
    "في المقابل، أكدت وزيرة التربية والتعليم العالي، في بيان صدر عن مكتبها الإعلامي، أن ملف التفرغ \"سيطرح على أول جلسة لمجلس الوزراء بعد إنجاز دراسة الكلفة\"، مشيرة إلى أن الوزارة \"لا تملك ترف الانتظار\" في ظل وجود أكثر من 80 ألف طالب في الجامعة الرسمية الوحيدة في لبنان.",
    "وفي مجمع الحدث الجامعي، حيث تتركز معظم الكليات، بدا القلق واضحاً على وجوه الطلاب. تقول سارة، وهي طالبة في السنة الثالثة في كلية الصحة العامة، إنها تدفع 60 دولاراً أسبوعياً بدل نقل من عاليه، \"ولا أعرف إن كنت سأتخرج في موعدي\". أما طلاب الفروع في زحلة وطرابلس والنبطية، فيخشون تكرار سيناريو العام الماضي، حين لم تنطلق الامتحانات إلا في آب.",
    "ولا تقتصر الأزمة على القاعات. فطلاب كلية الطب يتدربون في مستشفى رفيق الحريري الجامعي، الذي يعاني بدوره نقصاً في الممرضين بعد هجرة نحو 40 بالمئة من طاقمه منذ 2019، بحسب نقابة الممرضات والممرضين في لبنان. وأوضح مدير المستشفى، الدكتور كريم شعيا، أن المستشفى استقبل هذا العام أكثر من 200 متدرب، \"ولولا منحة منظمة الصحة العالمية لما استطعنا تأمين بدلاتهم\".",
    "وكانت منظمة الأمم المتحدة للطفولة (يونيسف) قد أعلنت الشهر الماضي تخصيص 12 مليون دولار، بتمويل ألماني، لدعم رواتب أساتذة التعليم الرسمي ما قبل الجامعي، فيما ينتظر لبنان قرضاً من البنك الدولي بقيمة 250 مليون دولار لإعادة تأهيل المدارس المتضررة في الجنوب والضاحية الجنوبية. غير أن أوساطاً جامعية ترى أن \"الجامعة اللبنانية تركت وحدها\"، في حين تتقاضى الجامعات الخاصة، كالجامعة الأميركية في بيروت وجامعة القديس يوسف، أقساطها بالدولار النقدي.",
]
ENTITIES = [
    ("ORG", "الجامعة اللبنانية", ["*الجامعة اللبنانية"], {"english": "Lebanese University", "note": "the title, inside مجلس الجامعة اللبنانية, and inside the last quotation"}),
    ("LOC", "بيروت", [("بيروت", 1)], {"country_code": "LB", "note": "the dateline; the second is inside the American University's name"}),
    ("ORG", "نداء الوطن", ["*نداء الوطن"], {"note": "a newspaper: the dateline and لـ«نداء الوطن»"}),
    ("PER", "سامي الحلبي", ["سامي الحلبي"], {"roles": ["رئيس الجامعة", "البروفسور"]}),
    ("ORG", "رابطة الأساتذة المتفرغين", ["رابطة الأساتذة المتفرغين"], {"english": "League of Full-time Professors"}),
    ("ORG", "لجنة الأساتذة المتعاقدين", ["لجنة الأساتذة المتعاقدين", "لجنة المتعاقدين"], {"note": "named again as لجنة المتعاقدين"}),
    ("ORG", "مجلس الوزراء", ["*مجلس الوزراء"], {"english": "Council of Ministers", "note": "في مجلس الوزراء and لمجلس الوزراء inside a quotation"}),
    ("PER", "رنا عيتاني", ["رنا عيتاني"], {"roles": ["منسقة لجنة المتعاقدين", "الدكتورة"]}),
    ("LOC", "لبنان", [("لبنان", 1), ("لبنان", 3)], {"country_code": "LB", "note": "the second is inside the nurses' union's name"}),
    ("LOC", "مجمع الحدث الجامعي", ["مجمع الحدث الجامعي"], {"country_code": "LB", "note": "a campus; a span covering الحدث alone is accepted"}),
    ("ORG", "كلية الصحة العامة", ["كلية الصحة العامة"], {"optional": True, "note": "a faculty"}),
    ("PER", "سارة", ["سارة"], {"roles": ["طالبة"], "note": "a student named by her first name"}),
    ("LOC", "عاليه", ["عاليه"], {"country_code": "LB"}),
    ("LOC", "زحلة", ["زحلة"], {"country_code": "LB"}),
    ("LOC", "طرابلس", ["طرابلس"], {"country_code": "LB", "note": "written وطرابلس"}),
    ("LOC", "النبطية", ["النبطية"], {"country_code": "LB", "note": "written والنبطية"}),
    ("ORG", "كلية الطب", ["كلية الطب"], {"optional": True, "note": "a faculty"}),
    ("ORG", "مستشفى رفيق الحريري الجامعي", ["مستشفى رفيق الحريري الجامعي"], {"english": "Rafik Hariri University Hospital", "note": "a hospital as an institution; the person inside is not counted apart"}),
    ("ORG", "نقابة الممرضات والممرضين في لبنان", ["نقابة الممرضات والممرضين في لبنان"], {"english": "Order of Nurses in Lebanon", "note": "a span covering نقابة الممرضات والممرضين alone is accepted"}),
    ("PER", "كريم شعيا", ["كريم شعيا"], {"roles": ["مدير المستشفى", "الدكتور"]}),
    ("ORG", "منظمة الصحة العالمية", ["منظمة الصحة العالمية"], {"english": "World Health Organization"}),
    ("ORG", "منظمة الأمم المتحدة للطفولة", ["منظمة الأمم المتحدة للطفولة", "يونيسف"], {"english": "UNICEF"}),
    ("ORG", "البنك الدولي", ["البنك الدولي"], {"english": "World Bank"}),
    ("LOC", "الجنوب", ["الجنوب"], {"optional": True, "country_code": "LB", "note": "South Lebanon, a region named by a direction"}),
    ("LOC", "الضاحية الجنوبية", ["الضاحية الجنوبية"], {"country_code": "LB", "note": "Beirut's southern suburbs"}),
    ("ORG", "الجامعة الأميركية في بيروت", ["الجامعة الأميركية في بيروت"], {"english": "American University of Beirut", "note": "a span covering الجامعة الأميركية alone is accepted"}),
    ("ORG", "جامعة القديس يوسف", ["جامعة القديس يوسف"], {"english": "Saint Joseph University"}),
]
ADJECTIVES = [
    ("اللبنانية", 1, "LB", {"optional": True, "note": "inside the university's name"}),
    ("اللبنانية", 2, "LB", {"optional": True, "note": "inside the university's name"}),
    ("ألماني", 1, "DE"),
    ("اللبنانية", 3, "LB", {"optional": True, "note": "inside the university's name"}),
    ("الأميركية", 1, "US", {"optional": True, "note": "inside the university's name"}),
]
DATES = [
    ("أمس", 1, "", "day", {"optional": True}),
    ("2025-2026", 1, "", "year", {"optional": True, "note": "an academic year"}),
    ("الثالث من تشرين الثاني المقبل", 1, "--11-03", "month_day", {"note": "no reference date"}),
    ("السنة", 1, "", "year", {"optional": True, "note": "مرة واحدة في السنة"}),
    ("ثمانية عشر شهراً", 1, "", "month", {"optional": True}),
    ("أسبوعياً", 1, "", "week", {"optional": True}),
    ("العام الماضي", 1, "", "year", {"optional": True}),
    ("آب", 1, "--08", "month", {"note": "آب alone after إلا في"}),
    ("2019", 1, "2019", "year", {"note": "منذ 2019"}),
    ("هذا العام", 1, "", "year", {"optional": True}),
    ("الشهر الماضي", 1, "", "month", {"optional": True}),
]
QUOTES = [
    ("لن نعود بلا عقود", 1, "لجنة الأساتذة المتعاقدين", "", {"optional": True, "speaker_alternatives": ["المتعاقدون"], "note": "the title's quotation after المتعاقدون:"}),
    ("يدرّسون أكثر من نصف المقررات، ويتقاضون أجورهم مرة واحدة في السنة، بعد تأخير يصل أحياناً إلى ثمانية عشر شهراً", 1, "رنا عيتاني", "وقالت", {"speaker_alternatives": ["منسقة لجنة المتعاقدين"]}),
    ("لن نعود إلى القاعات قبل أن يصدر مرسوم التفرغ، فالوعود لم تعد تطعم أحداً", 1, "رنا عيتاني", "وأضافت", {"speaker_alternatives": ["منسقة لجنة المتعاقدين"]}),
    ("سيطرح على أول جلسة لمجلس الوزراء بعد إنجاز دراسة الكلفة", 1, "وزيرة التربية والتعليم العالي", "أكدت", {"speaker_alternatives": ["وزيرة التربية"]}),
    ("لا تملك ترف الانتظار", 1, "وزيرة التربية والتعليم العالي", "مشيرة", {"speaker_alternatives": ["وزيرة التربية"]}),
    ("ولا أعرف إن كنت سأتخرج في موعدي", 1, "سارة", "تقول", {"speaker_alternatives": ["طالبة في السنة الثالثة في كلية الصحة العامة"]}),
    ("ولولا منحة منظمة الصحة العالمية لما استطعنا تأمين بدلاتهم", 1, "كريم شعيا", "وأوضح", {"speaker_alternatives": ["مدير المستشفى"]}),
    ("الجامعة اللبنانية تركت وحدها", 1, "أوساطاً جامعية", "ترى", {"speaker_alternatives": ["أوساط جامعية"]}),
]
NOT_QUOTES = [
    ("نداء الوطن", 1, "a newspaper's name in quotation marks (dateline)"),
    ("نداء الوطن", 2, "a newspaper's name in quotation marks"),
]
STATEMENTS = [
    ("الجامعة اللبنانية", "أرجأ", 1, {"optional": True, "speaker_alternatives": ["مجلس الجامعة اللبنانية"], "note": "a decision"}),
    ("رابطة الأساتذة المتفرغين", "أعلنت", 1, {"optional": True, "note": "أعلنت الإضراب: a noun, no reported content"}),
    ("رنا عيتاني", "وقالت", 1, {"speaker_alternatives": ["منسقة لجنة المتعاقدين"]}),
    ("رنا عيتاني", "وأضافت", 1, {"speaker_alternatives": ["منسقة لجنة المتعاقدين"], "note": "carried over"}),
    ("وزيرة التربية والتعليم العالي", "أكدت", 1, {"speaker_alternatives": ["وزيرة التربية"]}),
    ("وزيرة التربية والتعليم العالي", "مشيرة", 1, {"optional": True}),
    ("سارة", "تقول", 1, {"speaker_alternatives": ["طالبة في السنة الثالثة في كلية الصحة العامة"]}),
    ("نقابة الممرضات والممرضين في لبنان", "بحسب", 1, {"speaker_alternatives": ["نقابة الممرضات والممرضين"]}),
    ("كريم شعيا", "وأوضح", 1, {"speaker_alternatives": ["مدير المستشفى"]}),
    ("منظمة الأمم المتحدة للطفولة", "أعلنت", 2, {"optional": True, "speaker_alternatives": ["يونيسف"], "note": "أعلنت تخصيص: a verbal noun"}),
    ("أوساطاً جامعية", "ترى", 1, {"speaker_alternatives": ["أوساط جامعية"]}),
]
AMOUNTS = [
    ("1400", 1, 1400, "أستاذ"),
    ("نصف", 1, 0.5, "fraction", {"optional": True}),
    ("مرة واحدة", 1, 1, "مرة", {"optional": True}),
    ("ثمانية عشر شهراً", 1, 18, "month"),
    ("80 ألف", 1, 80000, "طالب"),
    ("60 دولاراً", 1, 60, "USD"),
    ("40 بالمئة", 1, 40, "%"),
    ("200", 1, 200, "متدرب"),
    ("12 مليون دولار", 1, 12000000, "USD"),
    ("250 مليون دولار", 1, 250000000, "USD"),
]
