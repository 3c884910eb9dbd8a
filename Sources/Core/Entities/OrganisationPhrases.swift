/// Organisation names: on a head noun in construct (وزارة الخارجية الروسية، مجلس الإصلاح الوطني
/// الأوكراني) or in quotation marks (“الوكالة الأمريكية للتنمية الدولية”، تنظيم “داعش”).
extension EntityScan {
    /// Verbal nouns that after ل or ب mean "in order to …" or "under …": لتنظيم، بإدارة.
    static let purposeNouns = KeySet(hashes: ["تنظيم", "إدارة", "اتحاد"].map { KeyHash.of(word: $0) })

    /// بقيادة "led by" (القوات بقيادة الناتو: the body is what follows); after ل it is a genitive
    /// (تقديرات لقيادة العمليات المشتركة) and names the command.
    static let ledBy = KeyHash.of(word: "قيادة")

    /// حركة is a movement's head, and also "traffic" or "flow" before these (حركة الطيران المروحي،
    /// حركة الملاحة في القناة، حركة النزوح).
    static let movementHeads = KeySet(hashes: ["حركة", "الحركة"].map(KeyHash.of(word:)))
    static let trafficWords = KeySet(hashes: ["الطيران", "المرور", "السير", "الملاحة", "النقل", "السفن", "الشحن",
                                                "التجارة", "البيع", "الشراء", "التداول", "الأسواق", "النزوح", "السفر",
                                                "المسافرين", "الركاب", "البضائع", "الأموال", "العبور"].map(KeyHash.of(word:)))

    /// The staff of a team or a hospital (الجهاز الفني "the coaching staff", الجهاز الطبي): جهاز
    /// with these adjectives is a group of people, not a body's name (جهاز قطر للاستثمار is).
    static let staffHeads = KeySet(hashes: ["جهاز", "الجهاز"].map(KeyHash.of(word:)))
    static let staffAdjectives = KeySet(hashes: ["الفني", "الإداري", "الطبي", "التدريبي", "المعاون"].map(KeyHash.of(word:)))

    /// Nouns that after ل continue an organisation's name with their genitive (المفوضية السامية
    /// لحقوق الإنسان، بعثة الأمم المتحدة لمساعدة العراق); other ل + noun is a purpose clause.
    static let namedPurposes = KeySet(hashes: ["حقوق", "شؤون", "مساعدة", "إغاثة", "مكافحة",
                                                 // Sports federations: الاتحاد المصري لكرة القدم، لألعاب القوى.
                                                 "كرة", "ألعاب", "رياضة", "رياضات"].map { KeyHash.of(word: $0) })

    /// Adjectives that make a definite head with one more adjective a proper name (المحكمة
    /// الاتحادية العليا، المجلس الأعلى، البنك المركزي).
    static let institutionalAdjectives = KeySet(hashes: 
        ["العليا", "الأعلى", "الاتحادية", "الاتحادي", "الدستورية", "المركزي", "المركزية", "العامة", "العام"].map { KeyHash.of(word: $0) })

    /// Bodies of members (unions, associations, syndicates, leagues): after a nationality they
    /// name whom they gather with ل + a noun in construct (الاتحاد العربي لشركات التأمين).
    static let memberBodyHeads = KeySet(hashes: ["اتحاد", "الاتحاد", "جمعية", "الجمعية", "رابطة", "الرابطة", "نقابة", "النقابة",
                                                  "هيئة", "الهيئة", "منظمة", "المنظمة"].map(KeyHash.of(word:)))

    /// International adjectives: before a لل genitive they name a body as a nationality does
    /// (الاتحاد الدولي للصحفيين، المركز العالمي للدراسات); alone they describe (الدعم الدولي).
    static let internationalAdjectives = KeySet(hashes: ["الدولي", "الدولية", "العالمي", "العالمية"].map(KeyHash.of(word:)))

    /// Heads that are verbal nouns in the full sense (تنظيم "organising"): unlike the other heads
    /// `NameCues.verbalNounHeads` lists, which are things as well (صندوق "box"، مكتب "desk"), they
    /// do not name a body with a genitive and an institutional adjective (تنظيم الحياة العامة).
    static let actionNouns = KeySet(hashes: ["تنظيم", "إدارة", "حركة", "الحركة", "اتحاد", "الاتحاد", "تحالف", "التحالف",
                                               "القيادة", "الإدارة", "الرئاسة", "تجمع", "التجمع", "تيار", "التيار", "جماعة",
                                               "مجموعة"].map(KeyHash.of(word:)))

    /// Forces: a name of their own only with two words after the head, or with a nationality or
    /// place after an indefinite head (قوات الدعم السريع، القوات المسلحة السودانية، قوات الأمن
    /// العراقية), not قوات الأمن "the security forces" nor القوات الألمانية "the German forces".
    static let forceHeads = KeySet(hashes: ["قوات", "القوات"].map(KeyHash.of(word:)))

    /// Markets: a stock exchange with a place or nationality and a word saying it trades securities
    /// (السوق المالية السعودية، سوق دبي المالي), not سوق العمل السعودية "the labour market"; an
    /// exchange (بورصة) with a place or nationality (البورصة المصرية، بورصة عمان).
    static let marketHeads = KeySet(hashes: ["سوق", "السوق"].map(KeyHash.of(word:)))
    static let exchangeHeads = KeySet(hashes: ["بورصة", "البورصة"].map(KeyHash.of(word:)))
    static let financialWords = KeySet(hashes: ["المالية", "المالي", "للأوراق", "الأوراق"].map(KeyHash.of(word:)))

    /// The extent of an organisation name starting at a head noun at token `i`, if it names one.
    func organisationExtent(at i: Int) -> (range: Range<Int>, split: Reading)? {
        guard words.anyClasses(i).contains(.organisationHead),
              let split = words.splits(i).first(where: { $0.classes.contains(.organisationHead) && !$0.restoredArticle })
        else { return nil }
        let verbal = split.classes.contains(.verbalNounHead)
        // مجموعة دول شرق آسيا "a set of": مجموعة names a company only before a proper name (see
        // `namedAfterFeminineHead`).
        if split.stem == Self.groupWord { return nil }
        // التجارة البحرية البريطانية: an adjective of the word before, not the navy.
        if split.definite, headReadsAsAdjective(i, stem: split.stem) || headIsGovernment(i, stem: split.stem) { return nil }
        // برنامج names an organisation only as a known body's programme (برنامج الأمم المتحدة …),
        // not برنامج المساعدات الأمريكية.
        if split.stem == Self.programme, !(taken[i + 1] && organisationAt[i + 1].map { mentions[$0].source == .gazetteer } == true) {
            return nil
        }
        // مجلس إدارة الاتحاد …: a board's إدارة opens no name; the body it runs does.
        if split.stem == Self.managementWord, i > 0, words.isWord(i - 1), Self.boardHeads.contains(words.hash(i - 1)) { return nil }
        // لتنظيم، بإدارة: "in order to organise", "under the management of".
        if split.hasClitic("ل") || split.hasClitic("ب"), Self.purposeNouns.contains(split.stem) { return nil }
        if split.hasClitic("ب"), split.stem == Self.ledBy { return nil }
        // حركة الطيران، حركة المرور: "air traffic", "road traffic", not a movement's name.
        if Self.movementHeads.contains(split.stem), i + 1 < words.count, words.isWord(i + 1),
           Self.trafficWords.contains(words.hash(i + 1)) { return nil }
        if Self.staffHeads.contains(split.stem), i + 1 < words.count, words.isWord(i + 1),
           Self.staffAdjectives.contains(words.hash(i + 1)) { return nil }
        let definiteHead = split.definite
        var j = i + 1, modifiers = 0, strong = false, closed = false, afterGenitive = false, genitive = false
        var institutional = 0, afterKnownBody = false, financial = false
        // What kind of head it is, looked up once (not in the loop: each lookup hashes).
        let force = Self.forceHeads.contains(split.stem), market = Self.marketHeads.contains(split.stem)
        let exchange = market || Self.exchangeHeads.contains(split.stem)
        let memberBody = Self.memberBodyHeads.contains(split.stem)
        scan: while j < words.count, j - i <= 10, words.isWord(j) {
            if taken[j] {
                // A known organisation inside a longer name: بعثة الأمم المتحدة لمساعدة العراق.
                // (Not after و: الجيش والحشد الشعبي are two; nor forces of a known body: قوات الاتحاد
                // الأفريقي are the African Union's.)
                guard let m = organisationAt[j], mentions[m].source == .gazetteer, mentions[m].tokens.lowerBound == j,
                      mentions[m].span.start == words.tokens[j].span.start || text.scalars[words.tokens[j].span.start] == "\u{0644}",
                      !force else { break }
                j = mentions[m].tokens.upperBound; modifiers += 1; strong = true; afterKnownBody = true
                continue
            }
            // A known body's mission or office for a purpose in a country: بعثة الأمم المتحدة للدعم
            // في ليبيا.
            if afterKnownBody, genitive, words.hash(j) == Self.inWord, j + 1 < words.count, let place = placeAt[j + 1],
               place.split.prefixLength == 0 {
                j += 1 + place.count
                continue
            }
            if words.classes(j).contains(.stopWord) { break }
            if market, Self.financialWords.contains(words.hash(j)) { financial = true }
            // After a nationality only a genitive with لل goes on (الاتحاد العام التونسي للشغل), and
            // after such a genitive only nisba adjectives and و + definite words (الوكالة الأمريكية
            // للتنمية الدولية، منظمة الأمم المتحدة للتربية والعلوم والثقافة).
            // الهيئة المصرية العامة للكتاب: an institutional adjective after the nationality keeps it closed.
            if closed, Self.institutionalAdjectives.contains(words.hash(j)) {
                j += 1; modifiers += 1; institutional += 1
                continue
            }
            // الاتحاد الصيني لشركات صناعة السيارات: after its nationality a body of members names
            // what it gathers with ل + a noun in construct.
            // (Not a لل genitive read as ل + a word in ل: للشغل القرار.)
            let memberPurpose = closed && memberBody && j + 1 < words.count && !taken[j + 1]
                && !words.splits(j).contains(where: { $0.restoredArticle })
                && words.splits(j + 1).contains(where: { $0.prefixLength == 0 && $0.definite })
            if closed, !words.splits(j).contains(where: { $0.restoredArticle || ($0.isOnly("ل") && !$0.definite
                    && (memberPurpose || Self.namedPurposes.contains($0.stem))) }) { break }
            // (Not a plural of persons after it: السوق المالية السعودية للمستثمرين is "for investors".)
            if closed, isParticiplePlural(j) { break }
            // قوات الدعم السريع الاتهامات: forces take two words and adjectives, then the sentence goes on.
            if force, modifiers >= 2, !isNisba(j), placeAt[j] == nil, adjectiveAt[j] == nil { break }
            if afterGenitive, !isNisba(j), !words.splits(j).contains(where: { $0.isOnly("و") && $0.definite }),
               !agreesInFeminine(j) { break }
            closed = false
            // بورصة عمان الأسبوع الماضي: after its place an exchange takes only adjectives and genitives.
            if exchange, strong, !isNisba(j),
               !Self.financialWords.contains(words.hash(j)), !isPurposeGenitive(j) { break }
            if let place = placeAt[j] {
                // بواشنطن، لكازاخستان: a place after a preposition is where, not part of the name.
                guard place.split.prefixLength == 0 else { break }
                // السعودية after a definite word is the nationality: it closes the name as one does.
                if placeReadsAsAdjective(j, insideName: true) != nil { closed = true }
                j += place.count; modifiers += 1; strong = true
                continue
            }
            if Self.internationalAdjectives.contains(words.hash(j)), isPurposeGenitive(j + 1) {
                j += 1; modifiers += 1; strong = true
                continue
            }
            // المفوضية الأوروبية: a region's adjective names a body as a nationality does.
            if Self.regionalAdjectives.contains(hash: words.hash(j)) {
                j += 1; modifiers += 1; strong = true; closed = true
                continue
            }
            if let adjective = adjectiveAt[j] {
                // Only a definite adjective agrees with a definite name: محكمة بريطانية is no name.
                guard adjective.split.prefixLength == 0, adjective.split.definite else { break }
                j += 1; modifiers += 1; strong = true
                closed = true  // a nationality closes the name, but for a لل genitive
                continue
            }
            // An indefinite head in construct with up to two nouns before a place: هيئة تطوير منطقة
            // مكة المكرمة، اتحاد بنوك مصر. (Before a definite word they are as often a clause:
            // وكالة أنباء فارس الخبر.)
            if j == i + 1, !definiteHead, let end = constructChainEnd(from: j) {
                j = end; modifiers += 1; strong = true
                continue
            }
            // لحقوق الإنسان، لمساعدة العراق: a named purpose and its genitive; after a known body any
            // purpose (مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية).
            if modifiers > 0, j + 1 < words.count, !taken[j + 1],
               words.splits(j).contains(where: { $0.isOnly("ل") && !$0.definite
                   && (afterKnownBody || memberPurpose || Self.namedPurposes.contains($0.stem)) }) {
                if let place = placeAt[j + 1], place.split.prefixLength == 0 {
                    j += 1 + place.count; modifiers += 1; genitive = true; afterGenitive = true
                    continue
                }
                if words.splits(j + 1).contains(where: { $0.prefixLength == 0 && $0.definite }) {
                    j += 2; modifiers += 1; genitive = true; afterGenitive = true
                    continue
                }
                // لإغاثة وتشغيل اللاجئين: two purposes joined by و before their genitive.
                if let end = coordinatedPurposeEnd(after: j) {
                    j = end; modifiers += 1; genitive = true; afterGenitive = true
                    continue
                }
            }
            if j > i + 1, pluralAfterFeminine(j) { break }
            for s in words.splits(j) {
                if s.prefixLength == 0, s.definite, !s.classes.contains(.personTitle) {
                    if Self.institutionalAdjectives.contains(words.hash(j)) { institutional += 1 }
                    j += 1; modifiers += 1; continue scan
                }
                // (Not و + a relative pronoun: منظمة الفرانكفونية والتي تضم … opens a clause.)
                // (Nor و + a head: لمركز المعلومات والمركز القومي للدراسات are two bodies.)
                if s.isOnly("و"), s.definite, modifiers > 0, !s.classes.contains(.stopWord), !s.classes.contains(.organisationHead) {
                    j += 1; continue scan
                }
                if s.restoredArticle, modifiers > 0 {
                    // للتنمية، للطيران: a genitive the corpora find inside names names the body.
                    if LearntOrganisationWords.continuations.contains(hash: words.hash(j)) { strong = true }
                    j += 1; modifiers += 1; genitive = true; afterGenitive = true
                    continue scan
                }
                if s.isOnly("ل"), s.classes.contains(.organisationHead), !s.definite {
                    j += 1; strong = true; continue scan
                }
            }
            break
        }
        // A definite head names an organisation with a nationality, a place or a nested head, or
        // with an adjective and a لل genitive (الهيئة العليا المستقلة للانتخابات); a verbal noun
        // only with the former.
        // So does one with two adjectives of which one says what kind of institution it is
        // (المحكمة الاتحادية العليا).
        // A definite head with such an adjective right after it is a name too (النيابة العامة،
        // الشرطة الاتحادية، البنك المركزي).
        let institutionalNext = i + 1 < words.count && words.isWord(i + 1) && Self.institutionalAdjectives.contains(words.hash(i + 1))
        // صندوق الاستثمارات العامة: a head that is a thing as well as a verbal noun names a body with
        // a genitive and an institutional adjective.
        let thing = verbal && !Self.actionNouns.contains(split.stem)
        guard modifiers > 0, strong || !(definiteHead || verbal) || (!verbal && modifiers >= 2 && (genitive || institutional > 0))
                || (!verbal && definiteHead && institutionalNext) || (thing && !definiteHead && modifiers >= 2 && institutional > 0)
        else { return nil }
        if force, modifiers < 2, !strong || definiteHead { return nil }
        // الهيئة العامة، الإدارة العامة: a general body of something named before (but النيابة العامة).
        if j == i + 2, definiteHead, split.stem != Self.prosecution, Self.generalAdjectives.contains(hash: words.hash(i + 1)) { return nil }
        if market, !(strong && financial) { return nil }
        if exchange, !strong { return nil }
        // الشركة القطرية، المؤسسة الألمانية: "the Qatari company" refers back to a company named
        // before; a definite company head with a nationality alone is no name.
        if j == i + 2, definiteHead, Self.definiteCompanyHeads.contains(split.stem), adjectiveAt[i + 1] != nil { return nil }
        // مجلس الإدارة، مجلس إدارة: a company's board is no name of its own.
        if j == i + 2, Self.boardHeads.contains(split.stem), Self.boardWords.contains(words.hash(i + 1)) { return nil }
        // A trailing nested head without its own genitive is not part of the name.
        while j > i + 1, words.isWord(j - 1), !(words.splits(j - 1).last?.definite ?? false),
              adjectiveAt[j - 1] == nil, placeAt[j - 1] == nil,
              words.anyClasses(j - 1).contains(.organisationHead) {
            j -= 1
        }
        return (i..<j, split)
    }

    /// The end of one or two indefinite nouns at `j` (no tanween, no conjunction, no function or
    /// cue word) closed by a place, or nil.
    func constructChainEnd(from j: Int) -> Int? {
        var k = j
        // (A nested head may stand in the chain: دائرة محاكم دبي.)
        while k < words.count, k < j + 2, words.isWord(k), !taken[k], placeAt[k] == nil, adjectiveAt[k] == nil,
              words.anyClasses(k).isDisjoint(with: [.stopWord, .personTitle]),
              let reading = words.splits(k).first, reading.prefixLength == 0, !reading.definite, !hasTanween(k),
              !words.splits(k).contains(where: { $0.startsWith("و") || $0.startsWith("ف") }), !isFutureVerb(k) { k += 1 }
        guard k > j, k < words.count, let place = placeAt[k], place.split.prefixLength == 0 else { return nil }
        return k + place.count
    }

    /// A verb in the future: س + the imperfect's ي، ت or ن + a consonant, five letters or more
    /// (بعثة أوروبية ستزور تونس "will visit"). Nouns opening so (سياحة، سيارات، سنوات) have a
    /// long vowel third.
    func isFutureVerb(_ k: Int) -> Bool {
        let key = words.text.scalars[words.tokens[k].keyRange]
        guard key.count >= 5, key.first == "س" else { return false }
        let second = key[key.index(after: key.startIndex)], third = key[key.index(key.startIndex, offsetBy: 2)]
        return (second == "ي" || second == "ت" || second == "ن") && third != "ا" && third != "و" && third != "ي"
    }

    /// A definite word ending in ة right after a definite word ending in ة: an adjective agreeing
    /// with a feminine genitive (للتعبئة العامة والإحصاء، للسياسة النقدية).
    func agreesInFeminine(_ j: Int) -> Bool {
        guard words.isWord(j), words.isWord(j - 1), let reading = words.splits(j).first, reading.definite, reading.prefixLength == 0
        else { return false }
        let endsInTaMarbuta = { (k: Int) in self.text.scalars[self.words.tokens[k].span.end - 1] == "\u{0629}" }
        return endsInTaMarbuta(j) && endsInTaMarbuta(j - 1)
    }

    /// لل + a participle's masculine plural (للمستثمرين، للمواطنين): persons the name serves, not
    /// its field (للتأمين، للتعاون).
    func isParticiplePlural(_ j: Int) -> Bool {
        guard words.isWord(j) else { return false }
        let keys = words.text.scalars[words.tokens[j].keyRange]
        return keys.count >= 8 && keys.prefix(3).elementsEqual(["ل", "ل", "م"]) && keys.suffix(2).elementsEqual(["ي", "ن"])
    }

    /// A definite word ending in the nisba ي or ية (in the key: ي، يه), or its plurals يين، يون،
    /// يات (للمنعشين العقاريين).
    func isNisba(_ j: Int) -> Bool {
        guard words.isWord(j), let reading = words.splits(j).first, reading.definite else { return false }
        let keys = words.text.scalars[words.tokens[j].keyRange]
        if keys.last == "ي" || (keys.count >= 2 && keys.suffix(2).elementsEqual(["ي", "ه"])) { return true }
        return keys.count >= 5 && [["ي", "ي", "ن"], ["ي", "و", "ن"], ["ي", "ا", "ت"]].contains { keys.suffix(3).elementsEqual($0) }
    }

    /// A feminine head noun followed by one or two words that look like a proper name rather than a
    /// noun or an adjective (no article, no feminine, nisba or plural ending, no tanween), standing
    /// before punctuation, a function word, a place or a definite word (a nationality adjective
    /// joins the name): صحيفة هسبريس، شركة تسلا الأمريكية، وكالة أنباء فارس الخبر. Not لجنة تحقيق
    /// دولية or شركة نفط كبرى.
    func namedAfterFeminineHead(at i: Int) -> (range: Range<Int>, split: Reading)? {
        guard words.anyClasses(i).contains(.organisationHead),
              let split = words.splits(i).first(where: { $0.classes.contains(.organisationHead) && !$0.definite }),
              text.scalars[words.tokens[i].span.end - 1] == "\u{0629}",
              split.stem != Self.groupHead else { return nil }  // جماعة: see `partyName`
        // ثاني أكبر شركة لنقل الحاويات: a superlative or an ordinal makes the head a common noun.
        if i > 0, words.isWord(i - 1), Self.superlatives.contains(hash: words.hash(i - 1)) { return nil }
        // حركة نزوح السكان: a flow, not a movement.
        if words.isWord(i + 1), Self.flowNouns.contains(hash: words.hash(i + 1)), Self.movementHeads.contains(split.stem) { return nil }
        var j = i + 1
        while j < words.count, j - i <= 2, looksLikeProperName(j) { j += 1 }
        // شركة مبادلة للاستثمار: one word in ة (not an adjective) before a لل genitive.
        if j == i + 1, Self.companyHeads.contains(split.stem), words.isWord(i + 2), isPurposeGenitive(i + 2),
           words.isWord(i + 1), !taken[i + 1], placeAt[i + 1] == nil, adjectiveAt[i + 1] == nil, !isCueWord(i + 1),
           let reading = words.splits(i + 1).first, !reading.definite, reading.prefixLength == 0, reading.stemLength >= 4,
           !hasTanween(i + 1), !endsInFeminineNisba(i + 1), !Self.companyAdjectives.contains(words.hash(i + 1)),
           text.scalars[words.tokens[i + 1].span.end - 1] == "\u{0629}" {
            j = i + 2
        }
        guard j > i + 1 else { return nil }
        // A name in Latin script is read alone (شركة Inwi للاتصالات: Inwi), see `findLatinNames`.
        if ((i + 1)..<j).contains(where: { text.scalars[words.tokens[$0].span.start].isASCII }) { return nil }
        // شركة أدنوك للتوزيع، شركة مبادلة للاستثمار: a لل genitive of what the company does, and its
        // nisba adjectives, belong to the name.
        if isPurposeGenitive(j) {
            j += 1
            while j < words.count, isNisba(j), adjectiveAt[j] == nil { j += 1 }
            return (i..<j, split)
        }
        // مجموعة ميرسك الدنماركية: مجموعة ("a set of") names a company only before its nationality.
        if split.stem == Self.groupWord, !(adjectiveAt[j].map { $0.split.prefixLength == 0 && $0.split.definite } ?? false) { return nil }
        if words.isWord(j), !words.classes(j).contains(.stopWord) {
            if let adjective = adjectiveAt[j], adjective.split.prefixLength == 0, adjective.split.definite {
                // شركة هاباغ لويد الألمانية: the nationality describes the company, the name ends before it.
            } else if let place = placeAt[j], place.split.prefixLength == 0 {
                // A place in construct ends the name: مؤسسة كهرباء لبنان، شركة نفط الكويت.
                j += place.count
            } else if placeAt[j] == nil, !(words.splits(j).first?.definite ?? false) {
                // Before an indefinite word the words were a noun phrase, not a name.
                return nil
            }
        }
        return (i..<j, split)
    }

    /// Heads of company names that take a proper name and a لل genitive (شركة مبادلة للاستثمار).
    static let companyHeads = KeySet(hashes: ["شركة", "مؤسسة", "مجموعة"].map(KeyHash.of(word:)))

    static let definiteCompanyHeads = KeySet(hashes: ["الشركة", "المؤسسة", "المجموعة"].map(KeyHash.of(word:)))

    /// Adjectives and participles that describe a company rather than name it (شركة تابعة للدولة،
    /// شركة قابضة للاستثمار).
    static let companyAdjectives = KeySet(hashes: ["تابعة", "جديدة", "كبيرة", "صغيرة", "خاصة", "عامة", "ناشئة", "رائدة",
                                                     "عملاقة", "واحدة", "مملوكة", "مدرجة", "متخصصة", "مسجلة", "مساهمة",
                                                     "قابضة", "مختلطة", "كبرى", "محلية"].map(KeyHash.of(word:)))

    /// A لل genitive: ل with the article (للاستثمار، للتوزيع).
    func isPurposeGenitive(_ j: Int) -> Bool {
        words.isWord(j) && words.splits(j).contains { $0.restoredArticle && $0.stemLength >= 5 }
    }

    func looksLikeProperName(_ j: Int) -> Bool {
        // (Nor a sports word: بعثة فريق الوداد is the team's delegation, the club is the name.)
        guard words.isWord(j), !taken[j], placeAt[j] == nil, adjectiveAt[j] == nil, !isCueWord(j),
              !Self.sportsWords.contains(words.hash(j)),
              let reading = words.splits(j).first, !reading.definite, reading.stemLength >= 3,
              !words.splits(j).contains(where: { $0.prefixLength > 0 && $0.definite }) else { return false }
        let span = words.tokens[j].span
        if (span.start..<span.end).contains(where: { (0x064B...0x064D).contains(text.scalars[$0].value) }) { return false }
        let keys = words.text.scalars[words.tokens[j].keyRange]
        let last = keys.last!, lastTwo = Array(keys.suffix(2))
        return last != "ه" && last != "ي" && lastTwo != ["ا", "ت"] && lastTwo != ["ي", "ن"] && lastTwo != ["و", "ن"]
    }

    mutating func findOrganisations() {
        var i = 0
        while i < words.count {
            // Both readings need a head noun: tested here first, since calling them from this
            // mutating loop copies the whole scan once per word.
            guard words.isWord(i), !taken[i], placeAt[i] == nil, words.anyClasses(i).contains(.organisationHead),
                  let (range, split) = organisationExtent(at: i) ?? partyName(at: i) ?? headNamedAfterPerson(at: i)
                    ?? namedAfterFeminineHead(at: i) ?? constructNameWithNationality(at: i) ?? strongHeadConstruct(at: i)
            else { i += 1; continue }
            // A known organisation it contains is part of it now.
            if mentions.contains(where: { range.contains($0.tokens.lowerBound) }) {
                mentions.removeAll { range.contains($0.tokens.lowerBound) }
                indexOrganisations()
            }
            add(organisation(range, split: split, source: .cue))
            i = range.upperBound
        }
    }

    /// An acronym or short name in parentheses or quotation marks right after an organisation's name
    /// (بعثة … (يونامي)، الوكالة الألمانية للتعاون الدولي (GIZ)، مكتب … «أوتشا») is another mention of
    /// it; a known acronym there (منظمة الأمم المتحدة للطفولة (يونيسف)) joins the name's entity.
    mutating func findAcronymsInParentheses() {
        func mark(_ t: Int) -> Unicode.Scalar? {
            words.isPunctuation(t) && words.tokens[t].span.length == 1 ? text.scalars[words.tokens[t].span.start] : nil
        }
        // (أوتشا)، «أوتشا»، "أوتشا"
        func closing(_ opening: Unicode.Scalar) -> Unicode.Scalar? {
            switch opening {
            case "(": return ")"
            case "«": return "»"
            case "\"": return "\""
            case "“": return "”"
            default: return nil
            }
        }
        for m in mentions.indices where mentions[m].kind == .organisation {
            let open = mentions[m].tokens.upperBound, name = open + 1
            guard name + 1 < words.count, let opening = mark(open), let closing = closing(opening), mark(name + 1) == closing,
                  words.isWord(name) else { continue }
            if taken[name] {
                // A known acronym (يونيسف) after the full name: one organisation.
                if let a = organisationAt[name], mentions[a].tokens == name..<(name + 1), mentions[a].source == .gazetteer {
                    // (Every mention of the name joins: حركة مجتمع السلم "حمس" … قيادي في حركة مجتمع السلم.)
                    let old = mentions[m].group, english = mentions[a].english
                    for k in mentions.indices where mentions[k].group == old {
                        mentions[k].group = mentions[a].group
                        if mentions[k].english == nil { mentions[k].english = english }
                    }
                } else if let a = mentions.firstIndex(where: { $0.tokens == name..<(name + 1) && $0.source == .tagger && $0.kind != .location }) {
                    // The tagger's reading of an unknown acronym as a person or a work: it is the
                    // name's. (Not a place: جامعة … (كاليفورنيا) says where.)
                    mentions[a].kind = .organisation
                    mentions[a].group = mentions[m].group
                }
                continue
            }
            guard !isCueWord(name), !words.splits(name).contains(where: { $0.definite || $0.prefixLength > 0 }),
                  !Self.mediaLabels.contains(hash: words.hash(name)) else { continue }
            let org = mentions[m]
            add(FoundMention(tokens: name..<(name + 1), span: words.tokens[name].span, kind: .organisation, group: org.group,
                             source: org.source == .gazetteer ? .cue : org.source, english: org.english, nameKeys: [words.hash(name)]))
        }
        findAcronymsAfterUnreadNames()
    }

    /// Labels a web article puts in parentheses after a headline (فيديو، صور), and adverbs put there
    /// after a name (وزارة الإعلام (سابقا)): no acronyms.
    static let mediaLabels = KeySet(["فيديو", "صور", "شاهد", "تفاصيل", "إنفوجراف", "انفوجراف", "تقرير", "حصري", "محدث",
                                     "مباشر", "بالفيديو", "بالصور", "سابقا", "حاليا", "لاحقا", "مؤقتا", "تقريبا", "أيضا",
                                     "مثلا", "يوميا", "شهريا", "سنويا"])

    /// An acronym in parentheses after an organisation's name the rules did not read whole (قوات
    /// المساعدة على إرساء الأمن (إيساف)): one word that looks like a name (no article, proclitic,
    /// plural or nisba ending; no place, given name or cue word), right after a word of a phrase
    /// that opens on an organisation head within eight words, with no punctuation between. The
    /// acronym is an organisation of its own (its further mentions follow); the long name is left.
    /// Not after a programme or a work noun (برنامج …), whose parentheses hold a title.
    mutating func findAcronymsAfterUnreadNames() {
        var i = 2
        while i + 1 < words.count {
            defer { i += 1 }
            guard words.isPunctuation(i - 1), text.scalars[words.tokens[i - 1].span.start] == "(",
                  words.isPunctuation(i + 1), text.scalars[words.tokens[i + 1].span.start] == ")",
                  words.isWord(i - 2), looksLikeProperName(i), !words.anyClasses(i).contains(.givenName),
                  !Self.mediaLabels.contains(hash: words.hash(i)) else { continue }
            var k = i - 2, head = false
            while k >= 0, k >= i - 10, words.isWord(k), !words.lineBreak(between: k, and: k + 1, in: text) {
                // (Not a programme's or a work's: برنامج … (شصرصد) is a show's title.)
                if words.anyClasses(k).contains(.organisationHead) {
                    head = !words.splits(k).contains { Self.workNouns.contains($0.stem) }
                    break
                }
                k -= 1
            }
            guard head else { continue }
            let keys = [words.hash(i)]
            add(FoundMention(tokens: i..<(i + 1), span: words.tokens[i].span, kind: .organisation,
                             group: Self.group(.organisation, keys), source: .cue, nameKeys: keys))
        }
    }

    static let programme = KeyHash.of(word: "برنامج")
    static let inWord = KeyHash.of(word: "في")
    static let boardHeads = KeySet(hashes: ["مجلس"].map(KeyHash.of(word:)))
    static let boardWords = KeySet(hashes: ["الإدارة", "الادارة"].map(KeyHash.of(word:)))
    static let managementWord = KeyHash.of(word: "إدارة")

    /// مجموعة ("group"): a head before a name in Latin script only (as an Arabic head it is as
    /// often "a set of").
    static let groupWord = KeyHash.of(word: "مجموعة")

    /// Names written in Latin script inside Arabic text (وكانت Microsoft قد استثمرت، شركة OpenAI،
    /// مجموعة G42): Arabic news keeps company, bank and institution names in their own script, and
    /// rarely a person's. A run of up to three Latin words, each opening on a capital letter, with
    /// an Arabic word right before or after it, is an organisation. Not after a number (5 MW), not
    /// a model number with one letter (A4).
    mutating func findLatinNames() {
        func isLatinName(_ t: Int) -> Bool {
            guard words.isWord(t), !taken[t] else { return false }
            let span = words.tokens[t].span
            let first = text.scalars[span.start]
            guard ("A"..."Z").contains(first) else { return false }
            guard (span.start..<span.end).allSatisfy({ k in
                let c = text.scalars[k]
                return ("A"..."Z").contains(c) || ("a"..."z").contains(c) || ("0"..."9").contains(c)
            }) else { return false }
            // One letter and digits (A4، F16) is a model's number, unless a head names it (مجموعة G42).
            let letters = (span.start..<span.end).filter { ("A"..."Z").contains(text.scalars[$0]) || ("a"..."z").contains(text.scalars[$0]) }.count
            return letters >= 2 || (t > 0 && words.isWord(t - 1)
                && (words.anyClasses(t - 1).contains(.organisationHead) || words.hash(t - 1) == Self.groupWord))
        }
        func isArabicWord(_ t: Int) -> Bool {
            guard words.isWord(t) else { return false }
            let first = text.scalars[words.tokens[t].span.start].value
            return (0x0600...0x06FF).contains(first)
        }
        var i = 0
        while i < words.count {
            // The first letter is tested here, before the nested readers: calling them from this
            // mutating loop copies the scan, and almost no word is Latin.
            guard ("A"..."Z").contains(text.scalars[words.tokens[i].span.start]), isLatinName(i) else { i += 1; continue }
            var j = i + 1
            while j < words.count, j - i < 3, isLatinName(j), !words.lineBreak(between: j - 1, and: j, in: text) { j += 1 }
            let afterNumber = i > 0 && words.tokens[i - 1].kind == .number
            if !afterNumber, isArabicWord(i - 1) || isArabicWord(j), !(words.isWord(j) && !isArabicWord(j)) {
                // شركة الاستشارات PwC: a head and one word of what it does describe the name after it.
                if i >= 2, let m = organisationAt[i - 2], mentions[m].tokens == (i - 2)..<i, mentions[m].kind == .organisation,
                   mentions[m].source == .cue, words.anyClasses(i - 2).contains(.organisationHead) {
                    for k in mentions[m].tokens { taken[k] = false }
                    mentions.remove(at: m)
                    indexOrganisations()
                }
                let range = i..<j
                let keys = range.map { words.hash($0) }
                add(FoundMention(tokens: range, span: words.span(range), kind: .organisation, group: Self.group(.organisation, keys),
                                 source: .cue, nameKeys: keys))
            }
            i = j
        }
    }

    func organisation(_ range: Range<Int>, split: Reading, source: FoundMention.Source) -> FoundMention {
        let keys = nameKeys(range, firstStem: split.stem)
        return FoundMention(
            tokens: range, span: words.span(range, prefixLength: split.prefixLength), kind: .organisation,
            group: Self.group(.organisation, keys), source: source, nameKeys: keys)
    }

    /// Quoted names that are organisations: they start with a head noun (“الوكالة الأمريكية …”) or
    /// follow one (تنظيم “داعش”، منظمة “معاهدة الأمن الجماعي”). The span is the quoted name.
    mutating func findQuotedOrganisations() {
        for stretch in QuotedStretches.find(in: words, text: text) {
            let content = stretch.content
            guard !content.isEmpty, content.count <= 8, isFree(content),
                  content.allSatisfy({ words.isWord($0) }) else { continue }
            let first = words.splits(content.lowerBound)
            if isWorkTitlePosition(stretch) {
                var title = organisation(content, split: first.first!, source: .quotes)
                title.kind = .misc
                title.group = Self.group(.misc, title.nameKeys)
                add(title)
                continue
            }
            let startsWithHead = content.count >= 2 && first.contains { $0.prefixLength == 0 && $0.classes.contains(.organisationHead) }
            let before = stretch.open - 1
            // An indefinite head names what follows (تنظيم “داعش”); after a definite one the quoted
            // words are what it does or says (إن البنك "يراقب عن كثب").
            let afterHead = words.isWord(before) && words.splits(before).contains { $0.classes.contains(.organisationHead) && !$0.definite }
            if startsWithHead || afterHead {
                add(organisation(content, split: first.first!, source: .quotes))
            } else if isNewsOutletPosition(stretch) {
                // (Found by where it stands, not by its marks: the quote layer takes it for a name.)
                add(organisation(content, split: first.first!, source: .cue))
            } else if let place = unknownDatelinePlace(before: stretch) {
                add(organisation(content, split: first.first!, source: .cue))
                let keys = [words.hash(place)]
                add(FoundMention(tokens: place..<(place + 1), span: words.span(place..<(place + 1)), kind: .location,
                                 group: Self.group(.location, keys), source: .cue, nameKeys: keys))
            }
        }
    }

    /// Words that announce the title of a work or a programme: برنامج بعنوان «حكايات»، كتاب
    /// عنوانه «…».
    static let titleCues = KeySet(hashes: ["بعنوان", "عنوان", "عنوانه", "عنوانها", "المعنون", "المعنونة"].map(KeyHash.of(word:)))

    /// Nouns for a work, a show or a programme whose title follows in quotation marks (برنامج
    /// «حكايات»، ديوان «أغاني الجبل»، فيلم «…»).
    static let workNouns = KeySet(hashes: ["برنامج", "البرنامج", "برنامجا", "كتاب", "الكتاب", "فيلم", "الفيلم", "مسلسل",
                                             "المسلسل", "رواية", "الرواية", "ديوان", "الديوان", "مسرحية", "المسرحية",
                                             "أغنية", "الأغنية", "ألبوم", "الألبوم", "قصيدة", "القصيدة"].map(KeyHash.of(word:)))

    /// Adjectives that may stand between a work noun and its title (برنامج جديد «…»).
    static let newAdjectives = KeySet(hashes: ["جديد", "جديدا", "الجديد", "جديدة", "الجديدة"].map(KeyHash.of(word:)))

    /// A quoted title right after a word that announces it (بعنوان) or a work noun: a work
    /// (MISC), whatever its words are.
    func isWorkTitlePosition(_ stretch: QuotedStretches.Stretch) -> Bool {
        var before = stretch.open - 1
        guard words.isWord(before) else { return false }
        if Self.titleCues.contains(words.hash(before)) { return true }
        if Self.newAdjectives.contains(words.hash(before)), words.isWord(before - 1) { before -= 1 }
        return words.splits(before).contains { Self.workNouns.contains($0.stem) }
    }

    /// Where the press names a newspaper or an agency in quotation marks: after a detached ل
    /// (قال لـ«الأخبار»), as an interviewer's turn label at a line start («الغد»: ما …), or in a
    /// dateline after a place and a dash (بيروت – «الأخبار»:). Up to three words, no function word.
    func isNewsOutletPosition(_ stretch: QuotedStretches.Stretch) -> Bool {
        let content = stretch.content, before = stretch.open - 1
        guard content.count <= 3, !content.contains(where: { words.classes($0).contains(.stopWord) }) else { return false }
        if words.isWord(before), words.tokens[before].keyRange.count == 1, text.scalars[words.tokens[before].span.start] == "\u{0644}" {
            return true
        }
        let atLineStart = before < 0 || words.lineBreak(between: before, and: stretch.open, in: text)
        let after = stretch.close + 1
        if atLineStart, after < words.count, words.isPunctuation(after), text.scalars[words.tokens[after].span.start] == ":" { return true }
        // بيروت – «الأخبار»، الرياض: «الشرق الأوسط» (a newspaper named like a place is the paper there).
        if before >= 1, words.isPunctuation(before) || isTatweel(before),
           "-–—:ـ".unicodeScalars.contains(text.scalars[words.tokens[before].span.start]) {
            return datelinePlacesOpenLine(endingAt: before)
        }
        return false
    }

    /// A token of tatweels only (ـ), which some texts write as a dash.
    func isTatweel(_ t: Int) -> Bool {
        let span = words.tokens[t].span
        return span.length > 0 && (span.start..<span.end).allSatisfy { text.scalars[$0] == "\u{0640}" }
    }
}
