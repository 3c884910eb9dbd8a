#!/usr/bin/env python3
"""Learn the words that stand mostly inside organisation names from tagged corpora and write them as
the Swift data file the entity layer compiles in; report, besides, the whole names the corpora know.

Usage (from the repository root):
    python3 scripts/make-organisation-names.py ../shared > Sources/Core/Resources/OrganisationNameData.swift
    python3 scripts/make-organisation-names.py ../shared --report    # the names and the words with their counts

Deterministic: the same input files give the same output byte for byte.

Corpora: the same as scripts/make-organisation-heads.py, whose readers are imported, not copied
(ANERcorp's first 90% of sentences, never its development split; WikiFANE's organisation types).

What it counts, on matching keys:
- a name word: a word as written (proclitics included), inside ORG spans `inside[w]` times among
  its `seen[w]` occurrences;
- a name: the words of an ORG span, its first word without a proclitic when the corpora know the
  bare word clearly better (لسلتيك → سلتيك). `tagged[n]` is the number of places in the corpora's
  text where exactly these words are one ORG span, `seen[n]` the number of places where they stand
  in a row (the first with or without proclitics), tagged or not: a phrase that is sometimes a name
  and more often ordinary words (الجزيرة، الراية) has a low share.

What it keeps:
- name words (written out): at least WORD_MIN uses inside ORG spans, in at least WORD_MIN_SHARE of
  all uses, three letters or more, Arabic letters only, no function word (STOP of
  make-organisation-heads.py). The club rule reads them: such a word before a city opens a club's
  name (انتر ميلان، فيردر بريمن; EntityScan.clubPrefix);
- names (--report only): at least NAME_MIN spans, in at least NAME_MIN_SHARE of the places they
  stand (one word, with no second word to confirm it, in ONE_WORD_MIN_SHARE: not الاهلي "national"),
  every word of two letters or more, at most six words. Session orgs3 measured them as a rules
  gazetteer in the known organisations' lexicon (528 names): ANERcorp's development split moved by
  +0.001 F1 overall and -0.001 on ORG (the tagger already sees these names as features, and 3 of
  the 90 organisations the merged output missed or mistyped there are in the list), so they are not
  compiled in.

The output is a list of matching keys and counts derived from ANERcorp (CC BY-SA 4.0) and WikiFANE
(CC BY-SA 3.0): see Sources/Core/Resources/NOTICE.
"""
import collections
import sys

from tagged_corpora import organisation_heads

NAME_MIN, NAME_MIN_SHARE, ONE_WORD_MIN_SHARE = 2, 0.5, 0.75
WORD_MIN, WORD_MIN_SHARE = 2, 0.5


def whole_names(heads, corpora):
    """(name, tagged, seen) of the names kept (see the module's docstring)."""
    vocabulary = collections.Counter(k for s in corpora for k, _ in s)

    def bare_first(k):
        """The first word of a name: as written, unless a proclitic reading is clearly better known."""
        best, best_count = k, vocabulary[k]
        for stem, clitics in heads.readings(k):
            if clitics and vocabulary[stem] > 2 * vocabulary[k] and vocabulary[stem] > best_count:
                best, best_count = stem, vocabulary[stem]
        return best

    named = set()
    for sentence in corpora:
        for span in heads.org_spans(sentence):
            named.add(tuple([bare_first(span[0])] + span[1:]))
    by_first = collections.defaultdict(list)
    for n in named:
        by_first[n[0]].append(n)
    seen, tagged = collections.Counter(), collections.Counter()
    for sentence in corpora:
        keys = [k for k, _ in sentence]
        tags = [t for _, t in sentence]
        for i, k in enumerate(keys):
            for n in {n for stem, _ in heads.readings(k) for n in by_first.get(stem, ())}:
                end = i + len(n)
                if end > len(keys) or tuple(keys[i + 1:end]) != n[1:]:
                    continue
                seen[n] += 1
                opens = tags[i] == 'B-ORG' or (tags[i] == 'I-ORG' and (i == 0 or not tags[i - 1].endswith('-ORG')))
                closes = end == len(tags) or tags[end] != 'I-ORG'
                if opens and closes and all(t.endswith('-ORG') for t in tags[i:end]):
                    tagged[n] += 1
    return sorted((n, tagged[n], seen[n]) for n in named
                  if tagged[n] >= NAME_MIN and tagged[n] / seen[n] >= (NAME_MIN_SHARE if len(n) > 1 else ONE_WORD_MIN_SHARE)
                  and len(n) <= 6 and all(len(w) >= 2 and heads.ARABIC_WORD.match(w) for w in n))


def main(shared, report):
    heads = organisation_heads()
    corpora = heads.anercorp_sentences(f'{shared}/data/anercorp/ANERCorp_CamelLab_train.txt') + \
        heads.wikifane_sentences(f'{shared}/data/wikifane/WikiFANE_Gold_2014_500K.txt')
    inside, word_seen = collections.Counter(), collections.Counter()
    for sentence in corpora:
        for k, tag in sentence:
            word_seen[k] += 1
            if tag.endswith('-ORG'):
                inside[k] += 1
    words = sorted((w, n, word_seen[w]) for w, n in inside.items()
                   if n >= WORD_MIN and n / word_seen[w] >= WORD_MIN_SHARE and len(w) >= 3
                   and heads.ARABIC_WORD.match(w) and w not in heads.STOP)
    if report:
        names = whole_names(heads, corpora)
        print(f'# names: {len(names)}')
        for n, t, s in sorted(names, key=lambda r: (-r[1], r[0])):
            print(f'{" ".join(n)}\t{t}\t{s}\t{t / s:.2f}')
        print(f'# name words: {len(words)}')
        for w, n, s in sorted(words, key=lambda r: (-r[1], r[0])):
            print(f'{w}\t{n}\t{s}\t{n / s:.2f}')
        return
    out = sys.stdout
    out.write('// Generated by scripts/make-organisation-names.py from ANERcorp (training part, CC BY-SA 4.0)\n')
    out.write('// and WikiFANE Gold (CC BY-SA 3.0); see Resources/NOTICE. Do not edit.\n\n')
    out.write('/// Words that stand mostly inside organisation names (انتر، يونايتد، فيردر), learnt from the ORG\n')
    out.write('/// spans of tagged corpora (ANERcorp\'s first 90% of sentences, WikiFANE\'s organisation types).\n')
    out.write(f'/// Matching keys as written; at least {WORD_MIN} uses inside ORG spans and a share of {WORD_MIN_SHARE} of all uses.\n')
    out.write('enum OrganisationNameData {\n')
    out.write('    static let nameWords: [(key: String, inName: Int, seen: Int)] = [\n')
    for w, n, s in words:
        out.write(f'        ("{w}", {n}, {s}),\n')
    out.write('    ]\n')
    out.write('}\n')


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    main(args[0] if args else '../shared', '--report' in sys.argv)
