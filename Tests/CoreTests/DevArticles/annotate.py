#!/usr/bin/env python3
"""Writes the dev articles (NAME.ar.txt) and their hand annotation (NAME.gold.json) from spec/NAME.py.

A spec gives the article as lines (title, optional byline, one paragraph per line) and its annotation
by surface and occurrence, never by offset: this script finds the offsets (Unicode code points, end
exclusive), checks that every surface is found at a word boundary (a proclitic و ف ب ل ك may precede
it, outside the span), and that slicing the text gives the surface back.

    python3 Tests/CoreTests/DevArticles/annotate.py          # all specs
"""
import importlib.util, json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PROCLITICS = set("وفبلك")


def is_word_char(c):
    return unicodedata.category(c)[0] in "LMN"


def occurrences(text, surface):
    out, i = [], text.find(surface)
    while i >= 0:
        j = i + len(surface)
        before_ok = i == 0 or not is_word_char(text[i - 1]) or not is_word_char(surface[0])
        if not before_ok:  # up to two proclitics, themselves at a word start
            k = i
            while k > 0 and text[k - 1] in PROCLITICS and i - k < 2:
                k -= 1
                if k == 0 or not is_word_char(text[k - 1]):
                    before_ok = True
                    break
        after_ok = j == len(text) or not is_word_char(text[j]) or not is_word_char(surface[-1])
        if before_ok and after_ok:
            out.append((i, j))
        i = text.find(surface, i + 1)
    return out


class Spec:
    def __init__(self, text):
        self.text = text

    def span(self, surface, n=1):
        occ = occurrences(self.text, surface)
        if len(occ) < n:
            sys.exit(f"not found: {surface!r} occurrence {n} (found {len(occ)})")
        s, e = occ[n - 1]
        assert self.text[s:e] == surface
        return {"start": s, "end": e, "text": surface}

    def all(self, surface):
        occ = occurrences(self.text, surface)
        if not occ:
            sys.exit(f"not found: {surface!r}")
        return [{"start": s, "end": e, "text": surface} for s, e in occ]


def build(name):
    path = os.path.join(HERE, "spec", name + ".py")
    module_spec = importlib.util.spec_from_file_location(name, path)
    m = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(m)
    text = "\n".join(m.LINES)
    sp = Spec(text)

    def mentions(ms):
        out = []
        for x in ms:
            if isinstance(x, tuple):
                out.append(sp.span(*x))
            elif x.startswith("*"):
                out.extend(sp.all(x[1:]))
            else:
                out.append(sp.span(x))
        return sorted(out, key=lambda d: d["start"])

    gold = {
        "about": "Hand-made annotation of a development article written for this project "
                 "(Tests/CoreTests/DevArticles/annotate.py). Offsets are Unicode code points, end exclusive; "
                 "entity spans leave out the proclitics و ف ب ل ك and keep ال. Entries marked optional "
                 "are neither required nor penalised; speaker_alternatives are accepted speaker names.",
        "source": name + ".ar.txt",
        "title": m.LINES[0],
        "authors": m.AUTHORS,
        "language": "ar",
        "genre": m.GENRE,
        # BODY_PARAGRAPHS overrides the count when a line is neither title, byline nor paragraph
        # (a writer's note such as `* كاتب فلسطيني` at the end).
        "body_paragraphs": getattr(m, "BODY_PARAGRAPHS", None)
                           or len(m.LINES) - (2 if m.AUTHORS or getattr(m, "BYLINE", False) else 1),
        "entities": [],
        "country_adjectives": [],
        "dates": [],
        "quotes": [],
        "quote_marks_that_are_not_quotes": [],
        "statements": [],
        "amounts": [],
    }
    for e in m.ENTITIES:
        d = {"type": e[0], "canonical": e[1], "mentions": mentions(e[2])}
        d.update(e[3] if len(e) > 3 else {})
        gold["entities"].append(d)
    for a in m.ADJECTIVES:
        surface, n, code = a[:3]
        d = sp.span(surface, n)
        d["country_code"] = code
        if len(a) > 3: d.update(a[3])
        gold["country_adjectives"].append(d)
    for a in m.DATES:
        surface, n, value, resolution = a[:4]
        d = sp.span(surface, n)
        d.update({"value": value, "resolution": resolution, "calendar": "gregorian"})
        if len(a) > 4: d.update(a[4])
        gold["dates"].append(d)
    for a in m.QUOTES:
        surface, n, speaker, cue = a[:4]
        d = sp.span(surface, n)
        d.update({"speaker": speaker, "cue": cue, "kind": "partial"})
        if len(a) > 4: d.update(a[4])
        gold["quotes"].append(d)
    for a in m.NOT_QUOTES:
        surface, n, what = a[:3]
        d = sp.span(surface, n)
        d["is"] = what
        gold["quote_marks_that_are_not_quotes"].append(d)
    for a in m.STATEMENTS:
        speaker, cue, n = a[:3]
        d = {"speaker": speaker, "cue": cue, "cue_start": sp.span(cue, n)["start"]}
        if len(a) > 3: d.update(a[3])
        gold["statements"].append(d)
    for a in m.AMOUNTS:
        surface, n, value, of = a[:4]
        d = sp.span(surface, n)
        d.update({"value": value, "of": of})
        if len(a) > 4: d.update(a[4])
        gold["amounts"].append(d)

    with open(os.path.join(HERE, name + ".ar.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # Every span slices back to its surface.
    for e in gold["entities"]:
        for x in e["mentions"]:
            assert text[x["start"]:x["end"]] == x["text"]
    print(f"{name}: {len(text.split())} words, {len(gold['entities'])} entities, {len(gold['dates'])} dates, "
          f"{len(gold['quotes'])} quotes, {len(gold['statements'])} statements, {len(gold['amounts'])} amounts")


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "spec")) if f.endswith(".py"))
    for n in names:
        build(n)
