# A Saudi aviation and tourism story (HELD OUT, set 7): a new national airline's first flight; a
# byline line `الرياض – NAME` (en dash), airline and company names in « » (طيران الرياض، بوينغ،
# إيرباص، الخطوط السعودية …) and a channel in " ", airports named after kings (مطار الملك خالد الدولي،
# مطار الملك سلمان الدولي) and Heathrow, the sovereign fund after ل, the minister quoted in “ ” after المهندس with
# عبدالعزيز written as one word, المملكة for the country, a British chief executive after أوضح and
# وأضاف: «…», the civil aviation authority and its head with a بن name to a channel (لـ"العربية"),
# analysts after ويرى, a consultancy in « » with a nationality after بحسب تقرير, Arabic-Indic digits
# (٦، ٧٢), an aircraft model (787-9, A321neo), أمس الأول, سبتمبر الماضي, بحلول 2030 three times,
# riyals, dollars, km², duals (عامين، ناقلتين، عقدين), the tourism ministry after وفقاً لبيانات;
# nothing resolves.
GENRE = "news"
AUTHORS = ["نورة الشهري"]
LINES = [
    "«طيران الرياض» تبدأ رحلاتها التجارية وتستهدف 100 وجهة بحلول 2030",
    "الرياض – نورة الشهري",
    "أقلعت أمس الأول أول رحلة تجارية لشركة «طيران الرياض» من مطار الملك خالد الدولي في العاصمة السعودية إلى مطار هيثرو في لندن، على متن طائرة من طراز «بوينغ 787-9»، لتبدأ الناقلة الوطنية الجديدة المملوكة بالكامل لصندوق الاستثمارات العامة تشغيلها الفعلي بعد أكثر من عامين على إطلاقها.",
    "وقال وزير النقل والخدمات اللوجستية، المهندس عبدالعزيز الدوسري، في كلمة خلال حفل أقيم بالمناسبة، إن المملكة “تسعى إلى أن تصبح مركزاً لوجستياً عالمياً يربط القارات الثلاث”، مشيراً إلى أن الاستراتيجية الوطنية للطيران تستهدف رفع عدد المسافرين إلى 330 مليون مسافر سنوياً، وربط المملكة بأكثر من 250 وجهة دولية بحلول عام 2030.",
    "من جهته، أوضح الرئيس التنفيذي للشركة، البريطاني مارك هيوز، أن «طيران الرياض» تسلمت حتى الآن ٦ طائرات من أصل ٧٢ طائرة طلبتها من «بوينغ»، إضافة إلى 60 طائرة من طراز A321neo تعاقدت عليها مع «إيرباص» الأوروبية العام الماضي بقيمة تتجاوز 11 مليار دولار. وأضاف: «سنطلق رحلات إلى دبي والقاهرة وباريس قبل نهاية الربع الأول من العام المقبل، ونطمح إلى خدمة 100 وجهة في 2030».",
    "وكانت الهيئة العامة للطيران المدني قد منحت الشركة شهادة المشغل الجوي في سبتمبر الماضي، بعد سلسلة رحلات تجريبية بين الرياض وجدة والدمام. وقال رئيس الهيئة، سلطان بن فهد العقيل، في تصريح لـ\"العربية\" إن السوق السعودية \"تستوعب ناقلتين وطنيتين كبيرتين إلى جانب شركات الطيران الاقتصادي\"، في إشارة إلى «الخطوط السعودية» و«طيران ناس» و«طيران أديل».",
    "ويتزامن إطلاق الرحلات مع بدء أعمال البناء في مطار الملك سلمان الدولي شمال غربي الرياض، الذي يتوقع أن يستوعب 100 مليون مسافر بحلول 2030 على مساحة 57 كيلومتراً مربعاً، بكلفة تقديرية تتجاوز 110 مليارات ريال. ويرى محللون أن نجاح الناقلة الجديدة مرهون بقدرتها على اقتناص حصة من سوق الترانزيت التي تهيمن عليها «طيران الإمارات» و«الخطوط الجوية القطرية» منذ عقدين، بحسب تقرير لمؤسسة «كابا» الأسترالية لاستشارات الطيران.",
    "وتراهن الحكومة على الناقلة الجديدة لدعم قطاع السياحة، إذ تستهدف وزارة السياحة استقبال 150 مليون زيارة سنوياً بحلول نهاية العقد، مقارنة بنحو 116 مليون زيارة العام الماضي، وفقاً لبيانات الوزارة.",
]
ENTITIES = [
    ("PER", "نورة الشهري", ["نورة الشهري"], {"roles": ["author (byline)"]}),
    ("ORG", "طيران الرياض", ["*طيران الرياض"], {"english": "Riyadh Air", "note": "in « » in the title and twice in the body; the city inside is not counted apart"}),
    ("LOC", "الرياض", [("الرياض", 2), ("الرياض", 5), ("الرياض", 6)], {"country_code": "SA", "note": "the byline line, بين الرياض, شمال غربي الرياض; the others are inside the airline's name"}),
    ("LOC", "مطار الملك خالد الدولي", ["مطار الملك خالد الدولي"], {"country_code": "SA", "english": "King Khalid International Airport"}),
    ("LOC", "مطار هيثرو", ["مطار هيثرو"], {"country_code": "GB", "note": "a span covering هيثرو alone is accepted"}),
    ("LOC", "لندن", ["لندن"], {"country_code": "GB"}),
    ("ORG", "بوينغ", ["*بوينغ"], {"english": "Boeing", "note": "inside «بوينغ 787-9» (an aircraft model) and «بوينغ»"}),
    ("ORG", "صندوق الاستثمارات العامة", ["صندوق الاستثمارات العامة"], {"english": "Public Investment Fund", "note": "written لصندوق"}),
    ("PER", "عبدالعزيز الدوسري", ["عبدالعزيز الدوسري"], {"roles": ["وزير النقل والخدمات اللوجستية", "المهندس"]}),
    ("LOC", "المملكة", ["*المملكة"], {"optional": True, "country_code": "SA", "note": "'the Kingdom' for Saudi Arabia"}),
    ("MISC", "الاستراتيجية الوطنية للطيران", ["الاستراتيجية الوطنية للطيران"], {"optional": True}),
    ("PER", "مارك هيوز", ["مارك هيوز"], {"roles": ["الرئيس التنفيذي للشركة"]}),
    ("ORG", "إيرباص", ["إيرباص"], {"english": "Airbus"}),
    ("LOC", "دبي", ["دبي"], {"country_code": "AE", "note": "inside the quotation"}),
    ("LOC", "القاهرة", ["القاهرة"], {"country_code": "EG", "note": "inside the quotation"}),
    ("LOC", "باريس", ["باريس"], {"country_code": "FR", "note": "inside the quotation"}),
    ("ORG", "الهيئة العامة للطيران المدني", ["الهيئة العامة للطيران المدني"], {"english": "General Authority of Civil Aviation"}),
    ("LOC", "جدة", ["جدة"], {"country_code": "SA"}),
    ("LOC", "الدمام", ["الدمام"], {"country_code": "SA"}),
    ("PER", "سلطان بن فهد العقيل", ["سلطان بن فهد العقيل"], {"roles": ["رئيس الهيئة"]}),
    ("ORG", "العربية", ["العربية"], {"english": "Al Arabiya", "note": "a TV channel in quotation marks, the addressee لـ\"العربية\""}),
    ("ORG", "الخطوط السعودية", ["الخطوط السعودية"], {"english": "Saudia"}),
    ("ORG", "طيران ناس", ["طيران ناس"], {"english": "flynas"}),
    ("ORG", "طيران أديل", ["طيران أديل"], {"english": "flyadeal"}),
    ("LOC", "مطار الملك سلمان الدولي", ["مطار الملك سلمان الدولي"], {"country_code": "SA", "english": "King Salman International Airport"}),
    ("ORG", "طيران الإمارات", ["طيران الإمارات"], {"english": "Emirates", "note": "the country inside is not counted apart"}),
    ("ORG", "الخطوط الجوية القطرية", ["الخطوط الجوية القطرية"], {"english": "Qatar Airways"}),
    ("ORG", "وزارة السياحة", ["وزارة السياحة"], {"english": "Ministry of Tourism"}),
    ("ORG", "كابا", ["كابا"], {"english": "CAPA", "note": "a consultancy in « » after لمؤسسة; a span covering مؤسسة «كابا» is as good"}),
]
ADJECTIVES = [
    ("السعودية", 1, "SA", {"note": "العاصمة السعودية"}),
    ("البريطاني", 1, "GB"),
    ("الأوروبية", 1, "EU", {"optional": True, "note": "Europe is no country"}),
    ("السعودية", 2, "SA", {"note": "السوق السعودية"}),
    ("السعودية", 3, "SA", {"optional": True, "note": "inside the airline's name"}),
    ("القطرية", 1, "QA", {"optional": True, "note": "inside the airline's name"}),
    ("الأسترالية", 1, "AU"),
]
DATES = [
    ("2030", 1, "2030", "year", {"note": "بحلول 2030 in the title"}),
    ("أمس الأول", 1, "", "day", {"optional": True, "note": "the day before yesterday; no full date"}),
    ("عامين", 1, "", "year", {"optional": True}),
    ("سنوياً", 1, "", "year", {"optional": True}),
    ("عام 2030", 1, "2030", "year"),
    ("العام الماضي", 1, "", "year", {"optional": True}),
    ("الربع الأول من العام المقبل", 1, "", "month", {"optional": True}),
    ("2030", 3, "2030", "year", {"note": "في 2030 inside the quotation"}),
    ("سبتمبر الماضي", 1, "--09", "month", {"note": "no reference date"}),
    ("2030", 4, "2030", "year", {"note": "بحلول 2030"}),
    ("عقدين", 1, "", "year", {"optional": True}),
    ("سنوياً", 2, "", "year", {"optional": True}),
    ("نهاية العقد", 1, "", "year", {"optional": True}),
    ("العام الماضي", 2, "", "year", {"optional": True}),
]
QUOTES = [
    ("تسعى إلى أن تصبح مركزاً لوجستياً عالمياً يربط القارات الثلاث", 1, "عبدالعزيز الدوسري", "وقال", {"speaker_alternatives": ["وزير النقل والخدمات اللوجستية"]}),
    ("سنطلق رحلات إلى دبي والقاهرة وباريس قبل نهاية الربع الأول من العام المقبل، ونطمح إلى خدمة 100 وجهة في 2030", 1, "مارك هيوز", "وأضاف", {"speaker_alternatives": ["الرئيس التنفيذي للشركة"]}),
    ("تستوعب ناقلتين وطنيتين كبيرتين إلى جانب شركات الطيران الاقتصادي", 1, "سلطان بن فهد العقيل", "وقال", {"speaker_alternatives": ["رئيس الهيئة"]}),
]
NOT_QUOTES = [
    ("طيران الرياض", 1, "an airline's name in quotation marks (title)"),
    ("طيران الرياض", 2, "an airline's name in quotation marks"),
    ("بوينغ 787-9", 1, "an aircraft model in quotation marks"),
    ("طيران الرياض", 3, "an airline's name in quotation marks"),
    ("بوينغ", 2, "a company's name in quotation marks"),
    ("إيرباص", 1, "a company's name in quotation marks"),
    ("العربية", 1, "a TV channel's name in quotation marks"),
    ("الخطوط السعودية", 1, "an airline's name in quotation marks"),
    ("طيران ناس", 1, "an airline's name in quotation marks"),
    ("طيران أديل", 1, "an airline's name in quotation marks"),
    ("طيران الإمارات", 1, "an airline's name in quotation marks"),
    ("الخطوط الجوية القطرية", 1, "an airline's name in quotation marks"),
    ("كابا", 1, "a consultancy's name in quotation marks"),
]
STATEMENTS = [
    ("عبدالعزيز الدوسري", "وقال", 1, {"speaker_alternatives": ["وزير النقل والخدمات اللوجستية"]}),
    ("عبدالعزيز الدوسري", "مشيراً", 1, {"optional": True}),
    ("مارك هيوز", "أوضح", 1, {"speaker_alternatives": ["الرئيس التنفيذي للشركة"]}),
    ("مارك هيوز", "وأضاف", 1, {"speaker_alternatives": ["الرئيس التنفيذي للشركة"], "note": "carried over"}),
    ("سلطان بن فهد العقيل", "وقال", 2, {"speaker_alternatives": ["رئيس الهيئة"]}),
    ("محللون", "ويرى", 1),
    ("كابا", "بحسب", 1, {"speaker_alternatives": ["مؤسسة كابا", "تقرير لمؤسسة كابا"]}),
    ("وزارة السياحة", "وفقاً", 1, {"speaker_alternatives": ["الوزارة", "بيانات الوزارة"]}),
]
AMOUNTS = [
    ("100", 1, 100, "وجهة"),
    ("عامين", 1, 2, "year"),
    ("الثلاث", 1, 3, "قارة", {"optional": True}),
    ("330 مليون", 1, 330000000, "مسافر"),
    ("250", 1, 250, "وجهة"),
    ("٦", 1, 6, "طائرة"),
    ("٧٢", 1, 72, "طائرة"),
    ("60", 1, 60, "طائرة"),
    ("11 مليار دولار", 1, 11000000000, "USD"),
    ("100", 2, 100, "وجهة", {"note": "inside the quotation"}),
    ("ناقلتين", 1, 2, "ناقلة", {"optional": True}),
    ("100 مليون", 1, 100000000, "مسافر"),
    ("57 كيلومتراً مربعاً", 1, 57, "km²"),
    ("110 مليارات ريال", 1, 110000000000, "SAR"),
    ("عقدين", 1, 2, "decade", {"optional": True}),
    ("150 مليون", 1, 150000000, "زيارة"),
    ("116 مليون", 1, 116000000, "زيارة"),
]
