#!/usr/bin/env python3
"""Learn the words that open and continue organisation names from tagged corpora, and write them
as the Swift data file the entity layer compiles in.

Usage (from the repository root):
    python3 scripts/make-organisation-heads.py ../shared > Sources/Core/Resources/OrganisationHeadData.swift
    python3 scripts/make-organisation-heads.py ../shared --report    # every candidate with its counts

Deterministic: the same input files give the same output byte for byte.

Corpora (both in ../shared/data):
- ANERcorp, CAMeL Lab train file, first 90% of its sentences only: the last 10% is the development
  split AnercorpRecordEntityTests scores on, so it is never read here.
- WikiFANE Gold: its fine types mapped to ORG as Sources/Daemon/TaggerCorpus.swift does (Commercial,
  Non-Governmental, Government, Educational, Media, Sports, Religious_ORG, Medical-Science,
  Entertainment).

What it counts, on matching keys (no hamza on alef, ة as ه, final ى as ي, no diacritics):
- the head of an ORG span of two words or more: its first word with proclitics (و ف ب ل ك, لل as
  ل + ال) and the article ال removed. `starts[h]` is the number of such spans it opens, `seen[h]` the
  number of tokens of the whole corpus with the same head key (wherever they stand), `share = starts
  / seen`, `definite[h]` how often the corpus writes it with the article. One-word spans are names,
  not heads (سوني، رويترز), and so is a word the corpus never writes with the article (مانشستر).
- a continuation: a word inside an ORG span (not its first) that is ل + a definite noun written لل
  (للاستثمار، للتنمية) or a definite adjective (الدولي، العام): `inside[w]` against `seen[w]`, with
  only a leading و removed.

What it keeps (thresholds tuned on the dev articles and ANERcorp's development split):
- Heads: at least MIN_STARTS spans, a share of at least MIN_SHARE and at least MIN_DEFINITE
  occurrences with the article (شركة، مجلس، مدرسة، كلية، إذاعة).
- STRONG heads: besides, at least STRONG_MIN_STARTS spans and a share of at least STRONG_MIN_SHARE:
  a word that opens a name nearly every other time it is written (حزب، جامعة، منظمة، وزارة).
- Continuations: ل + definite noun (written لل) seen at least CONT_MIN_INSIDE times inside ORG spans
  with a share of at least CONT_MIN_SHARE of its occurrences (للتنمية، للاستثمار، للطيران).
- Given names: a word as written that opens person names of two words or more at least
  NAME_MIN_STARTS times and stands in a person name in at least NAME_MIN_SHARE of its occurrences
  (حمد، إبراهيم، جورج; not علي, mostly the preposition), never with the article.
Words that are function words, titles, numbers or Latin are never heads (STOP below); heads of
fewer than three letters are dropped.

The output is a list of matching keys and counts derived from ANERcorp (CC BY-SA 4.0) and WikiFANE
(CC BY-SA 3.0): see Sources/Core/Resources/NOTICE.
"""
import collections
import re
import sys

MIN_STARTS, MIN_SHARE, MIN_DEFINITE = 5, 0.2, 3
STRONG_MIN_STARTS, STRONG_MIN_SHARE = 20, 0.4
CONT_MIN_INSIDE, CONT_MIN_SHARE = 2, 0.3
NAME_MIN_STARTS, NAME_MIN_SHARE = 2, 0.65

HARAKAT = re.compile(r'[\u064B-\u065F\u0670\u0640]')
ARABIC_WORD = re.compile(r'^[\u0621-\u063A\u0641-\u064A]+$')

# Words that open tagged spans in the corpora but are no heads of a name in running text: function
# words, titles of persons, numbers and months, and generic nouns that ANERcorp tags inside a
# longer name only (the tests of the Swift side keep them honest).
STOP = {
    'في', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'و', 'رئيس', 'وزير', 'امين', 'سفير', 'مدير', 'نائب',
    'عام', 'سنه', 'يوم', 'شهر', 'بين', 'بعد', 'قبل', 'كل', 'ابو', 'ابن', 'بن', 'عبد', 'ال',
    # Countries and peoples open ORG spans as often as names (الكويت in a club's name): places are
    # the gazetteer's, not heads.
    'امم', 'دول', 'دوله', 'ولايات', 'مملكه', 'جمهوريه', 'عرب', 'عربيه', 'عربي',
    # Words that open a few works' or bands' names in WikiFANE and are ordinary words in news.
    'سهام', 'طيور', 'اطلس', 'امريكان',
    # Sports teams: a club or a national team is named by its own name (ANERcorp tags الوحدة in
    # نادي الوحدة, our gold the country in منتخب الأردن); clubs are EntityScan.findSportsClubs'.
    'نادي', 'منتخب',
}


def key(word):
    """A rough version of MatchKey: enough to compare corpus tokens."""
    word = HARAKAT.sub('', word.replace('\u200e', '').replace('\u200f', ''))
    return word.translate(str.maketrans('أإآٱىئؤة', 'ااااييوه'))


def readings(k):
    """The readings of a key as the entity layer peels it (TokenReadings.appendReadings): the word,
    without و/ف, without ب/ل/ك after it, and ل + ال written لل."""
    out = [(k, '')]
    i = 0
    if len(k) > 2 and k[0] in 'وف':
        i = 1
        out.append((k[1:], k[:1]))
    if len(k) > i + 2 and k[i] in 'بلك':
        out.append((k[i + 1:], k[:i + 1]))
        if k[i] == 'ل' and len(k) > i + 3 and k[i + 1] == 'ل':
            out.append(('ا' + k[i + 1:], k[:i + 1]))
    return out


def bare(stem):
    """The stem without the article (the head's key)."""
    return stem[2:] if stem.startswith('ال') and len(stem) >= 5 else stem


def head_key(k, vocabulary):
    """The head key of a span's first word: the reading whose bare stem the corpus knows best as a
    word of its own (وزارة, not و + زارة; بنك, not ب + نك)."""
    best, best_count = bare(k), -1
    for stem, clitics in readings(k):
        b = bare(stem)
        count = vocabulary[b] + vocabulary['ال' + b]
        # The word as written wins ties; a proclitic reading must be clearly better known.
        if clitics and count <= 2 * max(0, vocabulary[bare(k)] + vocabulary['ال' + bare(k)]):
            continue
        if count > best_count or not clitics:
            best, best_count = b, count
    return best


def anercorp_sentences(path):
    """ANERcorp's training part (first 90% of sentences) as lists of (key, coarse tag with B-/I-)."""
    with open(path, encoding='utf-8') as f:
        raw = f.read().split('\n')
    sentences, current = [], []
    for line in raw:
        parts = line.split(' ')
        if len(parts) == 2:
            current.append((key(parts[0]), parts[1]))
        elif current:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    # The same carve as AnercorpRecordEntityTests: the last count // 10 sentences are development.
    return sentences[:len(sentences) - len(sentences) // 10]


WIKIFANE_PERSON = {'Politician', 'Religious_PER', 'Artist', 'Other_PER', 'Scientist', 'Athlete',
                   'Businessperson', 'Engineer', 'Lawyer', 'Police'}
WIKIFANE_ORG = {'Commercial', 'Non-Governmental', 'Government', 'Educational', 'Media', 'Sports',
                'Religious_ORG', 'Medical-Science', 'Entertainment'}


def organisation_or_other(fine):
    """The coarse type this script counts for a WikiFANE fine type: ORG, PERS or X."""
    return 'ORG' if fine in WIKIFANE_ORG else 'PERS' if fine in WIKIFANE_PERSON else 'X'


def wikifane_sentences(path, coarse=organisation_or_other):
    """WikiFANE as lists of (key, tag), a name's tag `B-`/`I-` + `coarse(fine type)` (by default ORG
    for its organisation types, PERS for its person types and X for other names)."""
    sentences, current = [], []
    with open(path, encoding='utf-8-sig') as f:
        for line in f:
            parts = line.replace('\u200e', '').strip().split('\t')
            if len(parts) != 2:
                if current:
                    sentences.append(current)
                    current = []
                continue
            token, tag = parts
            if tag != 'O':
                prefix, fine = tag[:2], tag[2:]
                tag = prefix + coarse(fine)
            current.append((key(token), tag))
    if current:
        sentences.append(current)
    return sentences


def org_spans(sentence, kind='ORG'):
    """The spans of one type (ORG, PERS) of a sentence as lists of keys."""
    spans, current = [], None
    for k, tag in sentence:
        if tag == 'B-' + kind or (tag == 'I-' + kind and current is None):
            if current:
                spans.append(current)
            current = [k]
        elif tag == 'I-' + kind:
            current.append(k)
        else:
            if current:
                spans.append(current)
            current = None
    if current:
        spans.append(current)
    return spans


def main(shared, report):
    corpora = anercorp_sentences(f'{shared}/data/anercorp/ANERCorp_CamelLab_train.txt') + \
        wikifane_sentences(f'{shared}/data/wikifane/WikiFANE_Gold_2014_500K.txt')
    vocabulary = collections.Counter(k for s in corpora for k, _ in s)
    starts, seen, definite = collections.Counter(), collections.Counter(), collections.Counter()
    inside, word_seen = collections.Counter(), collections.Counter()
    head_of = {}
    for sentence in corpora:
        for k, _ in sentence:
            if k not in head_of:
                head_of[k] = head_key(k, vocabulary)
            seen[head_of[k]] += 1
            if any(stem.startswith('ال') and len(stem) >= 5 for stem, _ in readings(k)):
                definite[head_of[k]] += 1
            w = k[1:] if k.startswith('و') and len(k) > 4 else k
            word_seen[w] += 1
        for span in org_spans(sentence):
            if len(span) >= 2:
                starts[head_of[span[0]]] += 1
            for k in span[1:]:
                inside[k[1:] if k.startswith('و') and len(k) > 4 else k] += 1
    # Given names: the first word of person names of two words or more, as a word of its own.
    given, in_person, token_seen = collections.Counter(), collections.Counter(), collections.Counter()
    for sentence in corpora:
        for k, _ in sentence:
            token_seen[k] += 1
        for span in org_spans(sentence, 'PERS'):
            if len(span) >= 2:
                given[span[0]] += 1
            for k in span:
                in_person[k] += 1
    first_names = sorted((w, n, token_seen[w]) for w, n in given.items()
                         if n >= NAME_MIN_STARTS and in_person[w] / token_seen[w] >= NAME_MIN_SHARE and len(w) >= 3
                         and w not in STOP and ARABIC_WORD.match(w) and not w.startswith('ال'))
    strong, weak = [], []
    for h, n in starts.items():
        if n < MIN_STARTS or len(h) < 3 or h in STOP or not ARABIC_WORD.match(h) or definite[h] < MIN_DEFINITE:
            continue
        share = n / seen[h]
        if n >= STRONG_MIN_STARTS and share >= STRONG_MIN_SHARE:
            strong.append((h, n, seen[h]))
        elif share >= MIN_SHARE:
            weak.append((h, n, seen[h]))
    continuations = []
    for w, n in inside.items():
        if n < CONT_MIN_INSIDE or not w.startswith('لل') or len(w) < 6 or not ARABIC_WORD.match(w):
            continue
        if n / word_seen[w] >= CONT_MIN_SHARE:
            continuations.append((w, n, word_seen[w]))
    if report:
        for title, rows in (('strong heads', strong), ('heads', weak), ('continuations', continuations),
                            ('given names', first_names)):
            print(f'# {title}: {len(rows)}')
            for w, n, s in sorted(rows, key=lambda r: (-r[1], r[0])):
                print(f'{w}\t{n}\t{s}\t{n / s:.2f}')
        return
    out = sys.stdout
    out.write('// Generated by scripts/make-organisation-heads.py from ANERcorp (training part, CC BY-SA 4.0)\n')
    out.write('// and WikiFANE Gold (CC BY-SA 3.0); see Resources/NOTICE. Do not edit.\n\n')
    out.write('/// Words that open and continue organisation names, learnt from the ORG spans of tagged corpora\n')
    out.write('/// (ANERcorp\'s first 90% of sentences, WikiFANE\'s organisation types). Matching keys, without the\n')
    out.write('/// article; each with the number of ORG spans it opens (or lies inside) and of its occurrences.\n')
    out.write(f'/// Heads: at least {MIN_STARTS} spans, a share of {MIN_SHARE} and {MIN_DEFINITE} uses with the article; strong heads: at least\n')
    out.write(f'/// {STRONG_MIN_STARTS} spans and a share of {STRONG_MIN_SHARE}; continuations (ل + definite noun):\n')
    out.write(f'/// at least {CONT_MIN_INSIDE} inside a name and a share of {CONT_MIN_SHARE}; given names: the first word of\n')
    out.write(f'/// at least {NAME_MIN_STARTS} person names of two words or more, inside person names in {NAME_MIN_SHARE} of uses.\n')
    out.write('enum OrganisationHeadData {\n')
    for name, rows in (('strongHeads', strong), ('heads', weak), ('continuations', continuations),
                       ('givenNames', first_names)):
        out.write(f'    static let {name}: [(key: String, inName: Int, seen: Int)] = [\n')
        for w, n, s in sorted(rows, key=lambda r: r[0]):
            out.write(f'        ("{w}", {n}, {s}),\n')
        out.write('    ]\n')
    out.write('}\n')


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    main(args[0] if args else '../shared', '--report' in sys.argv)
