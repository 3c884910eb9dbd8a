#!/usr/bin/env python3
"""Learn the head nouns of place names (rivers, seas, mountains, airports, ports, streets, mosques,
dams ...) from tagged corpora, with each head's kind, and write them as the Swift data file the
entity layer compiles in.

Usage (from the repository root):
    python3 scripts/make-place-heads.py ../shared > Sources/Core/Resources/PlaceHeadData.swift
    python3 scripts/make-place-heads.py ../shared --report    # every candidate with its counts

Deterministic: the same input files give the same output byte for byte.

Corpora (both in ../shared/data), read on matching keys as scripts/make-organisation-heads.py reads
them (its `key`, `readings`, `head_key`, ANERcorp carve and WikiFANE reader are imported, not copied):
- ANERcorp, CAMeL Lab train file, first 90% of its sentences only (the last 10% is the development
  split AnercorpRecordEntityTests scores on, never read here): its LOC spans, which carry no kind.
- WikiFANE Gold: its location types with their fine type, which gives the head's kind:
  natural features (Water-Body, Land-Region-Natural), facilities (Building-Grounds, Airport, Path,
  Subarea-Facility) and subdivisions (Population-Center, State-or-Province, County-or-District);
  the country-like types (Nation, GPE-Cluster, Continent) count as places of no kind. Its
  organisation types (as make-organisation-heads.py maps them) count as organisation spans.

What it counts: the head of a place span of two words or more, its first word with proclitics and
the article removed. `starts[h]` is the number of place spans it opens, `seen[h]` the number of
tokens of both corpora with the same head key wherever they stand, `share = starts / seen`,
`org[h]` the number of organisation spans it opens, `definite[h]` how often it is written with the
article, and the kinds of the WikiFANE spans it opens.

What it keeps:
- at least MIN_STARTS place spans and a share of at least MIN_SHARE: the word opens a place name
  often enough, and in a fair part of its uses (مدينة opens 98 spans but stands in 1,378 places:
  0.07, most of them "the city"; it is the administrative units' hand list, where the gold keeps
  the name alone);
- at least MIN_DEFINITE uses with the article: a common noun, not a name's first word (هونج، سان،
  لوس، غويانا open many spans and are never written with ال);
- more place spans than ORG_FACTOR times its organisation spans (a facility the annotation calls an
  organisation stays one);
- a kind: the most frequent of natural / facility / subdivision among its WikiFANE spans, which must
  be at least half of its WikiFANE place spans (ولايات، مملكة، جمهورية open country names:
  no kind, not kept; they are the gazetteer's);
- STRONG heads: a share of at least STRONG_MIN_SHARE and STRONG_MIN_STARTS spans (enough spans to
  trust the share): the word opens a place name nearly every other time it is written, so a definite
  genitive after it is the name (نهر الليطاني، جبل الشيخ، شارع الحمراء), and so is a word that looks
  like a proper name; after the others an unknown word is as often an adjective, a participle or a
  verbal noun (مطعم حلال، مكتبة متخصصة، محطة تكرير): there the tagger or the gazetteer must mark it.
Words in STOP are never heads (see there why).

DEFINITE heads, counted apart: a head written with the article followed by a word with the article
(البحر الأحمر، الجامع الأزهر، الجبل الأخضر) can be no construct: the second word is the name's
adjective. `def_starts[h]` is the number of place spans of two words or more that ال+h opens before
a definite word, `def_seen[h]` the number of times ال+h stands before a definite word at all. Kept:
at least DEFINITE_MIN_STARTS spans and a share of DEFINITE_MIN_SHARE (most of the time the pair is a
name: not المسجد, 0.25, mostly المسجد الكبير "the big mosque", nor الجزيرة, 0.27, a TV channel too),
a natural or facility kind for half of its WikiFANE spans (not الولايات، المملكة: country names are
the gazetteer's), and not in DEFINITE_STOP.

The output holds matching keys and counts derived from ANERcorp (CC BY-SA 4.0) and WikiFANE
(CC BY-SA 3.0), no sentences: see Sources/Core/Resources/NOTICE.
"""
import collections
import sys

from tagged_corpora import organisation_heads

MIN_STARTS, MIN_SHARE, MIN_DEFINITE, ORG_FACTOR = 5, 0.15, 3, 2
STRONG_MIN_STARTS, STRONG_MIN_SHARE = 20, 0.4
DEFINITE_MIN_STARTS, DEFINITE_MIN_SHARE = 10, 0.4

NATURAL = {'Water-Body', 'Land-Region-Natural'}
FACILITY = {'Building-Grounds', 'Airport', 'Path', 'Subarea-Facility'}
SUBDIVISION = {'Population-Center', 'State-or-Province', 'County-or-District'}
COUNTRY_LIKE = {'Nation', 'GPE-Cluster', 'Continent'}
KIND_NAMES = {'N': 'natural', 'F': 'facility', 'S': 'subdivision'}

# Words that open place spans in the corpora but do not work as heads in running news text:
STOP = {
    # compass words open regions (شرق آسيا) and are read by the compass rules of EntityScan;
    'شرق', 'غرب', 'شمال', 'جنوب', 'وسط',
    # common words first: بحر "in the course of" (في بحر الأسبوع), باب "door, chapter" (باب
    # الحوار), قناة "TV channel" (an organisation in news: قناة الجزيرة), بيت/دار "house,
    # publisher", عين "eye", راس "head, capital" (رأس المال), قدس is القدس the city, بلاد "lands"
    # (بلاد الشام is a region of PlaceLexicon); seas, channels and capes are PlaceLexicon.landmarks;
    'بحر', 'باب', 'قناه', 'بيت', 'دار', 'عين', 'راس', 'قدس', 'بلاد', 'ساحل', 'ضفه', 'شبه',
    # قطاع "sector" (قطاع خاص، قطاع واسع) far more often than a strip: قطاع غزة is a region of
    # PlaceLexicon;
    'قطاع',
    # hospitals: the gold files call them organisations as often as places (a hospital is a body
    # that speaks and treats: مستشفى … العام is an ORG in one dev article, a LOC in another);
    'مستشفي',
    # first words of names written with the article a few times (ريو دي جانيرو، البوسنة،
    # كفر الشيخ is a name of its own), and طبقة "layer", which opens a few archaeological sites;
    'ريو', 'بوسنه', 'معصر', 'كنب', 'رمان', 'كفر', 'طبقه', 'ديار',
    # دير opens names of its own (دير الزور، دير البلح: the gazetteer's) and is "monastery" before
    # common nouns (دير العبادة); سهل is "easy" and "made easy" (سهل موقع الجزيرة) as often as "plain";
    'دير', 'سهل',
}
# المحيط is "the surroundings" too (المحيط الإقليمي، المحيط العربي): the oceans are PlaceLexicon's.
DEFINITE_STOP = {'محيط'}


def place_kind(fine, org_types):
    """The tag this script counts for a WikiFANE fine type: PLACE:N/F/S for natural features,
    facilities and subdivisions, PLACE:G for country-like places, ORG for organisations, X else."""
    if fine in NATURAL:
        return 'PLACE:N'
    if fine in FACILITY:
        return 'PLACE:F'
    if fine in SUBDIVISION:
        return 'PLACE:S'
    if fine in COUNTRY_LIKE:
        return 'PLACE:G'
    return 'ORG' if fine in org_types else 'X'


def spans(sentence):
    """(type, kind, keys) of the names of a sentence; type PLACE or ORG, kind a letter or ''."""
    out, current = [], None
    for k, tag in sentence + [('', 'O')]:
        kind_type = tag[2:] if tag != 'O' else ''
        typ, _, kind = kind_type.partition(':')
        if tag.startswith('B-') or (tag.startswith('I-') and (current is None or current[0] != typ)):
            if current:
                out.append(current)
            current = (typ, kind, [k])
        elif tag.startswith('I-'):
            current[2].append(k)
        else:
            if current:
                out.append(current)
            current = None
    return [s for s in out if s[0] in ('PLACE', 'ORG')]


def definite_head(k, following, org):
    """The head (without the article) of a word written with the article (its own reading, not a
    proclitic's: البحر, not بالبحر) before a word with the article; None otherwise."""
    if not (k.startswith('ال') and len(k) >= 5 and following.startswith('ال') and len(following) >= 5):
        return None
    return k[2:]


def main(shared, report):
    org = organisation_heads()
    anercorp = org.anercorp_sentences(f'{shared}/data/anercorp/ANERCorp_CamelLab_train.txt')
    anercorp = [[(k, t.replace('LOC', 'PLACE:')) for k, t in s] for s in anercorp]
    corpora = anercorp + org.wikifane_sentences(f'{shared}/data/wikifane/WikiFANE_Gold_2014_500K.txt',
                                                lambda fine: place_kind(fine, org.WIKIFANE_ORG))
    vocabulary = collections.Counter(k for s in corpora for k, _ in s)
    head_of = {}
    starts, seen, definite, org_starts = (collections.Counter() for _ in range(4))
    kinds = collections.defaultdict(collections.Counter)
    def_starts, def_seen = collections.Counter(), collections.Counter()
    def_kinds = collections.defaultdict(collections.Counter)
    for sentence in corpora:
        for k, _ in sentence:
            if k not in head_of:
                head_of[k] = org.head_key(k, vocabulary)
            seen[head_of[k]] += 1
            if any(stem.startswith('ال') and len(stem) >= 5 for stem, _ in org.readings(k)):
                definite[head_of[k]] += 1
        for i in range(len(sentence) - 1):
            h = definite_head(sentence[i][0], sentence[i + 1][0], org)
            if h:
                def_seen[h] += 1
        for typ, kind, keys in spans(sentence):
            if len(keys) < 2:
                continue
            h = definite_head(keys[0], keys[1], org)
            if h and typ == 'PLACE':
                def_starts[h] += 1
                def_kinds[h][kind] += 1
            h = head_of[keys[0]]
            if typ == 'ORG':
                org_starts[h] += 1
            else:
                starts[h] += 1
                kinds[h][kind] += 1
    rows = []
    for h, n in starts.items():
        if n < MIN_STARTS or len(h) < 2 or h in STOP or h in org.STOP:
            continue
        if not org.ARABIC_WORD.match(h) or definite[h] < MIN_DEFINITE or n <= ORG_FACTOR * org_starts[h]:
            continue
        share = n / seen[h]
        if share < MIN_SHARE:
            continue
        kinded = {k: c for k, c in kinds[h].items() if k in KIND_NAMES}
        placed = sum(c for k, c in kinds[h].items() if k in 'NFSG')
        if not kinded:
            continue
        kind, count = sorted(kinded.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if 2 * count < placed:
            continue
        strong = n >= STRONG_MIN_STARTS and share >= STRONG_MIN_SHARE
        rows.append((h, KIND_NAMES[kind], strong, n, seen[h], org_starts[h]))
    rows.sort()
    definite_rows = []
    for h, n in def_starts.items():
        share = n / def_seen[h]
        if n < DEFINITE_MIN_STARTS or share < DEFINITE_MIN_SHARE or h in DEFINITE_STOP:
            continue
        kinded = sum(c for k, c in def_kinds[h].items() if k in 'NF')
        if 2 * kinded < sum(c for k, c in def_kinds[h].items() if k in 'NFSG'):
            continue
        kind = 'natural' if def_kinds[h]['N'] >= def_kinds[h]['F'] else 'facility'
        definite_rows.append((h, kind, n, def_seen[h]))
    definite_rows.sort()
    if report:
        for h, kind, n, s in definite_rows:
            print(f'ال{h}\t{kind}\tdefinite\t{n}\t{s}\t{n / s:.2f}\t{dict(def_kinds[h])}')
        for h, kind, strong, n, s, o in sorted(rows, key=lambda r: (r[1], -r[3], r[0])):
            print(f'{h}\t{kind}\t{"strong" if strong else "weak"}\t{n}\t{s}\t{n / s:.2f}\torg {o}\t{dict(kinds[h])}')
        return
    out = sys.stdout
    out.write('// Generated by scripts/make-place-heads.py from ANERcorp (training part, CC BY-SA 4.0)\n')
    out.write('// and WikiFANE Gold (CC BY-SA 3.0); see Resources/NOTICE. Do not edit.\n\n')
    out.write('/// The head nouns of place names learnt from the place spans of tagged corpora (ANERcorp\'s first\n')
    out.write('/// 90% of sentences, WikiFANE\'s location types), as matching keys without the article, each with\n')
    out.write('/// its kind (from WikiFANE\'s fine types), whether it is strong, the number of place spans of two\n')
    out.write('/// words or more it opens, its occurrences, and the organisation spans it opens.\n')
    out.write(f'/// Kept: at least {MIN_STARTS} spans, a share of {MIN_SHARE}, {MIN_DEFINITE} uses with the article, more than {ORG_FACTOR} times\n')
    out.write(f'/// as many place spans as organisation spans, a kind for half its spans; strong: at least\n')
    out.write(f'/// {STRONG_MIN_STARTS} spans and a share of {STRONG_MIN_SHARE}.\n')
    out.write('enum PlaceHeadData {\n')
    out.write('    enum Kind: Sendable { case natural, facility, subdivision }\n')
    out.write('    static let heads: [(key: String, kind: Kind, strong: Bool, inName: Int, seen: Int, inOrganisation: Int)] = [\n')
    for h, kind, strong, n, s, o in rows:
        out.write(f'        ("{h}", .{kind}, {"true" if strong else "false"}, {n}, {s}, {o}),\n')
    out.write('    ]\n')
    out.write(f'    /// Heads whose definite form opens a place name before a definite word (البحر الأحمر), without\n')
    out.write(f'    /// the article: at least {DEFINITE_MIN_STARTS} such spans and a share of {DEFINITE_MIN_SHARE} of the times\n')
    out.write(f'    /// ال+head stands before a definite word; the kind, spans and occurrences.\n')
    out.write('    static let definiteHeads: [(key: String, kind: Kind, inName: Int, seen: Int)] = [\n')
    for h, kind, n, s in definite_rows:
        out.write(f'        ("{h}", .{kind}, {n}, {s}),\n')
    out.write('    ]\n')
    out.write('}\n')


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    main(args[0] if args else '../shared', '--report' in sys.argv)
