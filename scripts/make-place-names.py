#!/usr/bin/env python3
"""Write the place names of two words or more that tagged corpora name as places most of the times
they write them, as the Swift data file the place lexicon adds after the countries and cities.

Usage (from the repository root):
    python3 scripts/make-place-names.py ../shared > Sources/Core/Resources/PlaceNameData.swift
    python3 scripts/make-place-names.py ../shared --report    # every name kept, with its counts

Deterministic: the same input files give the same output byte for byte.

Corpora (both in ../shared/data), read on matching keys as scripts/make-organisation-heads.py reads
them (its `key`, `readings`, ANERcorp carve and WikiFANE reader are imported): ANERcorp's first 90%
of sentences (never the development split AnercorpRecordEntityTests scores on), its LOC spans, and
WikiFANE Gold's place types (GPE, LOC and FAC: countries, towns, regions, water bodies, buildings,
airports, roads ...).

What it counts: every place span of two to five words, its first word without the proclitics the
corpora attach to it (وبالدار البيضاء is الدار البيضاء: the reading whose stem the corpora open more
place spans with), as `places[name]`, and every place, organisation, person or other span of the same
words (`other[name]`); `seen[name]` is the number of times the words stand in the corpora at all (the
first with or without proclitics), `as_place[name]` the number of those that are one place span.

What it keeps (MIN_PLACES, MIN_SHARE): a name the corpora tag as a place at least twice, in at least
half of the times they write it, more often than as anything else; of words of two letters or more
(WikiFANE splits some words: كوم حماد ه); not a list (a later word opening with و: ANERcorp tags
فلسطين ولبنان as one place); not opening with an administrative unit (محافظة الشرقية: the unit rules keep
the name alone), a hospital (the organisation rules' choice), or a given name (مصطفى كامل, a street
named after a person, is a person in most texts); not ending on a function word. One-word names are
left out: they are the gazetteer's and the tagger's, and a word alone is too often an ordinary one.

The output holds matching keys of names, no sentences: derived from ANERcorp (CC BY-SA 4.0) and
WikiFANE (CC BY-SA 3.0), see Sources/Core/Resources/NOTICE.
"""
import collections
import sys

from tagged_corpora import organisation_heads

MIN_PLACES, MIN_SHARE, MAX_WORDS = 2, 0.5, 5
WIKIFANE_PLACES = {'Population-Center', 'Nation', 'Water-Body', 'Building-Grounds', 'State-or-Province',
                   'Land-Region-Natural', 'Path', 'Continent', 'GPE-Cluster', 'County-or-District', 'Airport',
                   'Subarea-Facility'}
# First words that make the span another kind of name in the entity layer's convention.
NOT_FIRST = {'محافظه', 'ولايه', 'مقاطعه', 'اقليم', 'قضاء', 'ناحيه', 'قريه', 'بلده', 'مدينه', 'حي', 'حاره',
             'مخيم', 'بلديه', 'لواء', 'شعبيه', 'مستشفي', 'معرض', 'مجمع'}
FUNCTION_WORDS = {'من', 'في', 'الي', 'علي', 'عن', 'مع', 'و', 'او', 'ثم'}


def coarse(fine):
    return 'LOC' if fine in WIKIFANE_PLACES else fine


def spans(sentence):
    """(start, end, type) of the names of a sentence (B-/I- runs of one type)."""
    out, current = [], None
    for i, (_, tag) in enumerate(sentence):
        if tag.startswith('B-') or (tag.startswith('I-') and (current is None or current[2] != tag[2:])):
            if current:
                out.append(current)
            current = [i, i + 1, tag[2:]]
        elif tag.startswith('I-'):
            current[1] = i + 1
        else:
            if current:
                out.append(current)
            current = None
    if current:
        out.append(current)
    return out


def main(shared, report):
    org = organisation_heads()
    corpora = org.anercorp_sentences(f'{shared}/data/anercorp/ANERCorp_CamelLab_train.txt') + \
        org.wikifane_sentences(f'{shared}/data/wikifane/WikiFANE_Gold_2014_500K.txt', coarse)
    first_of_place = collections.Counter()
    person_word, place_word = collections.Counter(), collections.Counter()
    for s in corpora:
        for a, b, t in spans(s):
            if t == 'LOC':
                first_of_place[s[a][0]] += 1
            for k, _ in s[a:b]:
                if t.endswith('PERS') or t in org.WIKIFANE_PERSON:
                    person_word[k] += 1
                elif t == 'LOC':
                    place_word[k] += 1

    def first_stem(k):
        best = k
        for stem, clitics in org.readings(k):
            if clitics and first_of_place[stem] > 2 * first_of_place[best] and first_of_place[stem] > 0:
                best = stem
        return best

    places, other = collections.Counter(), collections.Counter()
    for s in corpora:
        for a, b, t in spans(s):
            if not 2 <= b - a <= MAX_WORDS:
                continue
            name = (first_stem(s[a][0]),) + tuple(k for k, _ in s[a + 1:b])
            if t == 'LOC':
                places[name] += 1
            else:
                other[name] += 1
    candidates = collections.defaultdict(list)
    for name, n in places.items():
        if n >= MIN_PLACES:
            candidates[name[0]].append(name)
    seen, as_place = collections.Counter(), collections.Counter()
    for s in corpora:
        place_at = {a: b for a, b, t in spans(s) if t == 'LOC'}
        for i, (k, _) in enumerate(s):
            for stem, _ in org.readings(k):
                for name in candidates.get(stem, ()):
                    if tuple(x for x, _ in s[i + 1:i + len(name)]) == name[1:]:
                        seen[name] += 1
                        if place_at.get(i) == i + len(name):
                            as_place[name] += 1
    rows = []
    for name, n in places.items():
        if n < MIN_PLACES or seen[name] == 0 or as_place[name] < MIN_SHARE * seen[name] or n <= other[name]:
            continue
        if any(len(w) < 2 for w in name) or any(w.startswith('و') and not w.startswith('وادي') for w in name[1:]):
            continue
        if name[0] in NOT_FIRST or name[-1] in FUNCTION_WORDS or not all(org.ARABIC_WORD.match(w) for w in name):
            continue
        if person_word[name[0]] > place_word[name[0]]:
            continue
        rows.append((' '.join(name), n, seen[name]))
    rows.sort()
    if report:
        for name, n, s in rows:
            print(f'{name}\t{n}\t{s}')
        return
    out = sys.stdout
    out.write('// Generated by scripts/make-place-names.py from ANERcorp (training part, CC BY-SA 4.0)\n')
    out.write('// and WikiFANE Gold (CC BY-SA 3.0); see Resources/NOTICE. Do not edit.\n\n')
    out.write('/// Place names of two words or more that tagged corpora (ANERcorp\'s first 90% of sentences,\n')
    out.write(f'/// WikiFANE\'s place types) tag as a place at least {MIN_PLACES} times and in at least {MIN_SHARE} of the times they\n')
    out.write('/// write them, as matching keys, one per line: the place lexicon adds those it lacks.\n')
    out.write('enum PlaceNameData {\n    static let names = #"""\n')
    for name, _, _ in rows:
        out.write(name + '\n')
    out.write('"""#\n}\n')


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    main(args[0] if args else '../shared', '--report' in sys.argv)
