#!/usr/bin/env python3
"""A neural probe for issue 5: would a BiLSTM-CRF reach the tagger's F1 target (78) on our split?

An experiment, not part of articled (no Python runs at run time). It trains a Lample et al. (2016)
style tagger in JAX on ANERcorp's training part and scores it on EXACTLY the development split that
`articled tagger evaluate --dev-split` uses (the last `n // 10` sentences of
ANERCorp_CamelLab_train.txt, never trained on), counting chunks as conlleval does.

The model: a word embedding (random init, or skip-gram vectors pretrained with gensim on the
training part's and WikiFANE's untagged text, never the dev sentences) concatenated with a
character CNN (width 3, max-pooled) per word, dropout 0.5, one BiLSTM layer, dropout, a linear
layer to the 9 BIO tags, a linear-chain CRF (trained unconstrained, since a few gold I- tags
follow no B-), Viterbi decoding that forbids O->I-X, B-X/I-X->I-Y and start->I-X. Adam, gradient
clipping 5, singletons replaced by UNK with probability 0.5. Epochs are chosen on a tune slice (the
last 10% of the training part's sentences, held out from training), never on dev; dev is scored
once per configuration, with the parameters of the best tune epoch.

Setup: pip install "jax[cpu]" optax gensim numpy
Run (one core, low priority; seed 1 by default, --seed to change it):
    export XLA_FLAGS=--xla_cpu_multi_thread_eigen=false
    P="nice -n 10 taskset -c 1 python3 scripts/experiments/neural_tagger_probe.py"
    $P score PRED.tsv                # conlleval scores of token<TAB>tag predictions on dev
    $P devtokens dev.tokens          # the dev tokens, one per line, for `articled tagger tag`
    $P pretrain vectors.txt --dim 64 # skip-gram vectors (train part + WikiFANE text)
    $P train --name a                # (a) random word embeddings
    $P train --name b --vectors vectors.txt   # (b) pretrained word embeddings
    $P train --name c --vectors vectors.txt --wikifane  # (b) + WikiFANE's tagged sentences
    $P train ... --save-dev-pred dev.a.tsv    # also write the dev predictions (token<TAB>tag)
    $P train --name d-full --vectors vectors.txt --hidden 128 --char-filters 64 --full --epochs 15
                                              # the tune slice trained on too, epochs fixed from (d)
    $P ensemble dev.perceptron.tsv dev.a.tsv ...  # votes / unions of prediction files
Data: --data (default ../shared/data).
"""

import argparse
import collections
import math
import os
import random
import sys
import time

import numpy as np

TAGS = ["O", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-PERS", "I-PERS", "B-MISC", "I-MISC"]
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}
ANERCORP = "anercorp/ANERCorp_CamelLab_train.txt"
WIKIFANE = "wikifane/WikiFANE_Gold_2014_500K.txt"


# ---------------------------------------------------------------- data

def read_conll(path):
    """Sentences of (token, tag) as Sources/Daemon/CoNLLFile.swift reads them: columns split on
    space or tab, first column the token, last the tag, blank lines between sentences."""
    text = open(path, encoding="utf-8").read()
    sentences, current = [], []
    for line in text.splitlines():
        if line.startswith("\ufeff"):
            line = line[1:]
        cols = [c for c in line.replace("\t", " ").split(" ") if c]
        if not cols:
            if current:
                sentences.append(current)
                current = []
            continue
        current.append((cols[0], cols[-1] if len(cols) > 1 else None))
    if current:
        sentences.append(current)
    return sentences


def anercorp_split(data):
    """(train part, dev split): dev is the last n // 10 sentences, like TaggerCorpus.anercorpSplit."""
    sentences = read_conll(os.path.join(data, ANERCORP))
    dev_count = len(sentences) // 10
    return sentences[: len(sentences) - dev_count], sentences[len(sentences) - dev_count:]


def tune_split(train):
    """The training part minus its last 10% of sentences (the tune slice used to pick epochs)."""
    k = len(train) // 10
    return train[: len(train) - k], train[len(train) - k:]


_DIACRITICS = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0640", "\u200e", "\u200f", "\ufeff"}
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def normalise(token):
    """The word-embedding key: diacritics, tatweel and direction marks dropped, alef/ya/ta marbuta
    folded, digits mapped to 0 (the character CNN still sees the raw token)."""
    t = "".join(ch for ch in token if ch not in _DIACRITICS).translate(_FOLD)
    return "".join("0" if ch.isdigit() else ch for ch in t) or token


def raw_chars(token):
    return "".join(ch for ch in token if ch not in ("\u200e", "\u200f", "\ufeff")) or token


# ---------------------------------------------------------------- conlleval

def _split_tag(tag):
    if tag is None or tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O", ""
    return tag[0], tag[2:]


def chunks(tags):
    """Chunks (start, end exclusive, type) as conlleval finds them (B/I/O only): a chunk starts at
    any B-, and at an I- whose previous tag is O or of another type."""
    out, start, ctype = [], None, None
    prev_tag, prev_type = "O", ""
    for i, t in enumerate(list(tags) + ["O"]):
        tag, typ = _split_tag(t)
        end = prev_tag != "O" and (tag in ("B", "O") or prev_type != typ)
        begin = tag == "B" or (tag == "I" and (prev_tag == "O" or prev_type != typ))
        if end and start is not None:
            out.append((start, i, ctype))
            start = None
        if begin:
            start, ctype = i, typ
        prev_tag, prev_type = tag, typ
    return out


def conlleval(gold_sentences, pred_sentences):
    """{type or 'overall': (precision, recall, f1, found)} in percent, as conlleval prints them."""
    found, correct, gold = collections.Counter(), collections.Counter(), collections.Counter()
    for g, p in zip(gold_sentences, pred_sentences, strict=True):
        assert len(g) == len(p)
        gc, pc = set(chunks(g)), set(chunks(p))
        for c in gc:
            gold[c[2]] += 1
        for c in pc:
            found[c[2]] += 1
        for c in gc & pc:
            correct[c[2]] += 1
    result = {}
    for key in sorted(set(gold) | set(found)) + ["overall"]:
        f_, c_, g_ = ((sum(found.values()), sum(correct.values()), sum(gold.values())) if key == "overall"
                      else (found[key], correct[key], gold[key]))
        p = 100.0 * c_ / f_ if f_ else 0.0
        r = 100.0 * c_ / g_ if g_ else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        result[key] = (p, r, f1, f_)
    return result


def format_scores(result):
    lines = []
    p, r, f, n = result["overall"]
    lines.append(f"overall: precision {p:6.2f}  recall {r:6.2f}  F1 {f:6.2f}  found {n}")
    for key in ("LOC", "ORG", "PERS", "MISC"):
        if key in result:
            p, r, f, n = result[key]
            lines.append(f"{key:>7}: precision {p:6.2f}  recall {r:6.2f}  F1 {f:6.2f}  found {n}")
    return "\n".join(lines)


def read_predictions(path):
    """token<TAB>tag per line, blank line after each sentence (the output of `articled tagger tag`)."""
    return [[tag for _, tag in s] for s in read_conll(path)]


def write_predictions(path, sentences, tags):
    with open(path, "w", encoding="utf-8") as f:
        for s, ts in zip(sentences, tags):
            for (tok, _), t in zip(s, ts):
                f.write(f"{tok}\t{t}\n")
            f.write("\n")


# ---------------------------------------------------------------- pretraining

def wikifane_text(data):
    return [[raw_chars(t) for t, _ in s] for s in read_conll(os.path.join(data, WIKIFANE))]


# WikiFANE's fine types mapped to ANERcorp's, as Sources/Daemon/TaggerCorpus.swift (WikiFANETypes) does.
_WF_PERS = {"Politician", "Religious_PER", "Artist", "Other_PER", "Scientist", "Athlete", "Businessperson",
            "Engineer", "Lawyer", "Police"}
_WF_ORG = {"Commercial", "Non-Governmental", "Government", "Educational", "Media", "Sports", "Religious_ORG",
           "Medical-Science", "Entertainment"}
_WF_LOC = {"Population-Center", "Nation", "State-or-Province", "County-or-District", "GPE-Cluster", "Continent",
           "Water-Body", "Land-Region-Natural", "Building-Grounds", "Airport", "Path", "Subarea-Facility"}


def wikifane_tagged(data):
    """WikiFANE's sentences with coarse tags (Group and Celestial become O, the rest MISC)."""
    out = []
    for s in read_conll(os.path.join(data, WIKIFANE)):
        sent = []
        for tok, tag in s:
            coarse = "O"
            if tag and len(tag) > 2 and tag[:2] in ("B-", "I-"):
                fine = tag[2:]
                typ = (None if fine in ("Group", "Celestial") else "PERS" if fine in _WF_PERS
                       else "ORG" if fine in _WF_ORG else "LOC" if fine in _WF_LOC else "MISC")
                coarse = tag[:2] + typ if typ else "O"
            sent.append((tok, coarse))
        out.append(sent)
    return out


def cmd_pretrain(args):
    from gensim.models import Word2Vec
    train, _ = anercorp_split(args.data)  # the dev sentences' text is never used
    corpus = [[normalise(t) for t, _ in s] for s in train]
    corpus += [[normalise(t) for t in s] for s in wikifane_text(args.data)]
    print(f"pretraining on {len(corpus)} sentences, {sum(map(len, corpus))} tokens", flush=True)
    t0 = time.time()
    model = Word2Vec(corpus, vector_size=args.dim, window=5, min_count=1, sg=1, negative=10,
                     epochs=args.epochs, workers=1, seed=args.seed)
    model.wv.save_word2vec_format(args.out)
    print(f"wrote {len(model.wv)} vectors to {args.out} in {time.time() - t0:.0f} s")


def read_vectors(path):
    vectors = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split(" ")
            vectors[parts[0]] = np.array(parts[1:], dtype=np.float32)
    return vectors


# ---------------------------------------------------------------- model (JAX)

def init_params(rng, n_words, n_chars, cfg, pretrained=None):
    import jax.numpy as jnp
    r = np.random.default_rng(rng)
    wd, cd, cf, h = cfg.word_dim, cfg.char_dim, cfg.char_filters, cfg.hidden
    d_in = wd + cf

    def u(shape, fan_in, fan_out):
        lim = math.sqrt(6.0 / (fan_in + fan_out))
        return r.uniform(-lim, lim, shape).astype(np.float32)

    words = r.uniform(-math.sqrt(3.0 / wd), math.sqrt(3.0 / wd), (n_words, wd)).astype(np.float32)
    if pretrained is not None:
        rows, matrix = pretrained
        scale = np.sqrt(3.0 / wd) / (np.abs(matrix).mean() * 2 + 1e-9)
        words[rows] = matrix * scale  # same magnitude as the random rows
    params = {
        "words": words,
        "chars": r.uniform(-math.sqrt(3.0 / cd), math.sqrt(3.0 / cd), (n_chars, cd)).astype(np.float32),
        "conv_w": u((3, cd, cf), 3 * cd, cf), "conv_b": np.zeros(cf, np.float32),
        "out_w": u((2 * h, len(TAGS)), 2 * h, len(TAGS)), "out_b": np.zeros(len(TAGS), np.float32),
        "trans": np.zeros((len(TAGS), len(TAGS)), np.float32),
        "start": np.zeros(len(TAGS), np.float32), "end": np.zeros(len(TAGS), np.float32),
    }
    for d in ("fw", "bw"):
        params[f"{d}_w"] = u((d_in + h, 4 * h), d_in + h, 4 * h)
        b = np.zeros(4 * h, np.float32)
        b[h:2 * h] = 1.0  # forget gate bias
        params[f"{d}_b"] = b
    return {k: jnp.asarray(v) for k, v in params.items()}


def build_functions(cfg):
    import jax
    import jax.numpy as jnp
    import optax

    def lstm(w, b, x):  # x [L, B, D] -> [L, B, H]
        h0 = jnp.zeros((x.shape[1], cfg.hidden), x.dtype)

        def step(carry, xt):
            hp, cp = carry
            z = jnp.concatenate([xt, hp], axis=-1) @ w + b
            i, f, g, o = jnp.split(z, 4, axis=-1)
            c = jax.nn.sigmoid(f) * cp + jax.nn.sigmoid(i) * jnp.tanh(g)
            hn = jax.nn.sigmoid(o) * jnp.tanh(c)
            return (hn, c), hn

        _, hs = jax.lax.scan(step, (h0, h0), x)
        return hs

    def dropout(key, x, train):
        if not train:
            return x
        keep = jax.random.bernoulli(key, 1.0 - cfg.dropout, x.shape)
        return jnp.where(keep, x / (1.0 - cfg.dropout), 0.0)

    def emissions(params, words, chars, mask, lengths, key, train):
        # words [B, L], chars [B, L, C] (0 = padding), mask [B, L]
        k1, k2 = jax.random.split(key)
        ce = params["chars"][chars]  # [B, L, C, cd]
        cpad = jnp.pad(ce, ((0, 0), (0, 0), (1, 1), (0, 0)))
        conv = (cpad[:, :, :-2] @ params["conv_w"][0] + cpad[:, :, 1:-1] @ params["conv_w"][1]
                + cpad[:, :, 2:] @ params["conv_w"][2] + params["conv_b"])
        conv = jnp.where((chars > 0)[..., None], conv, -1e9)
        cvec = jnp.max(conv, axis=2)
        cvec = jnp.where(mask[..., None] > 0, cvec, 0.0)
        x = jnp.concatenate([params["words"][words], cvec], axis=-1)
        x = dropout(k1, x, train)
        L = words.shape[1]
        t = jnp.arange(L)[None, :]
        rev = jnp.where(t < lengths[:, None], lengths[:, None] - 1 - t, t)  # reverse within length
        xt = jnp.swapaxes(x, 0, 1)
        fw = lstm(params["fw_w"], params["fw_b"], xt)
        xr = jnp.take_along_axis(x, rev[..., None], axis=1)
        bw = lstm(params["bw_w"], params["bw_b"], jnp.swapaxes(xr, 0, 1))
        bw = jnp.take_along_axis(jnp.swapaxes(bw, 0, 1), rev[..., None], axis=1)
        hcat = jnp.concatenate([jnp.swapaxes(fw, 0, 1), bw], axis=-1)
        hcat = dropout(k2, hcat, train)
        return hcat @ params["out_w"] + params["out_b"]  # [B, L, T]

    def crf_nll(params, em, tags, mask, lengths):
        trans, start, end = params["trans"], params["start"], params["end"]
        B, L, T = em.shape
        # gold path score
        first = start[tags[:, 0]] + jnp.take_along_axis(em[:, 0], tags[:, :1], axis=1)[:, 0]
        em_gold = jnp.take_along_axis(em, tags[..., None], axis=2)[..., 0]
        tr_gold = trans[tags[:, :-1], tags[:, 1:]]
        gold = first + jnp.sum((em_gold[:, 1:] + tr_gold) * mask[:, 1:], axis=1)
        last_tag = jnp.take_along_axis(tags, (lengths - 1)[:, None], axis=1)[:, 0]
        gold = gold + end[last_tag]
        # partition function
        alpha0 = start[None, :] + em[:, 0]

        def step(alpha, inp):
            e, m = inp
            nxt = jax.nn.logsumexp(alpha[:, :, None] + trans[None], axis=1) + e
            return jnp.where(m[:, None] > 0, nxt, alpha), None

        alpha, _ = jax.lax.scan(step, alpha0, (jnp.swapaxes(em[:, 1:], 0, 1), jnp.swapaxes(mask[:, 1:], 0, 1)))
        logz = jax.nn.logsumexp(alpha + end[None], axis=1)
        return logz - gold

    def loss_fn(params, batch, key):
        words, chars, tags, mask, lengths, weight = batch
        em = emissions(params, words, chars, mask, lengths, key, True)
        nll = crf_nll(params, em, tags, mask, lengths)
        return jnp.sum(nll * weight) / jnp.sum(weight)

    optimizer = optax.chain(optax.clip_by_global_norm(5.0), optax.adam(cfg.lr))

    @jax.jit
    def train_step(params, opt_state, batch, key):
        loss, grads = jax.value_and_grad(loss_fn)(params, batch, key)
        updates, opt_state = optimizer.update(grads, opt_state, params)
        return optax.apply_updates(params, updates), opt_state, loss

    @jax.jit
    def predict_emissions(params, words, chars, mask, lengths):
        return emissions(params, words, chars, mask, lengths, jax.random.PRNGKey(0), False)

    return optimizer, train_step, predict_emissions


def allowed_transitions():
    """BIO constraints: I-X only after B-X or I-X, never at a sentence's start."""
    allowed = np.ones((len(TAGS), len(TAGS)), bool)
    start = np.ones(len(TAGS), bool)
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            start[j] = False
            for i, p in enumerate(TAGS):
                allowed[i, j] = p[2:] == t[2:]
    return allowed, start


def viterbi(em, trans, start, end, allowed, start_ok):
    neg = -1e9
    tr = np.where(allowed, trans, neg)
    score = np.where(start_ok, start, neg) + em[0]
    back = []
    for t in range(1, len(em)):
        cand = score[:, None] + tr
        back.append(cand.argmax(axis=0))
        score = cand.max(axis=0) + em[t]
    score = score + end
    best = [int(score.argmax())]
    for bp in reversed(back):
        best.append(int(bp[best[-1]]))
    return best[::-1]


# ---------------------------------------------------------------- batching

BUCKETS = [8, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 544]


def bucket(n):
    return next(b for b in BUCKETS if b >= n)


class Encoder:
    def __init__(self, train, cfg, vectors=None):
        counts = collections.Counter(normalise(t) for s in train for t, _ in s)
        self.singletons = {w for w, c in counts.items() if c == 1}
        words = sorted(counts)
        if vectors is not None:
            words = sorted(set(words) | set(vectors))
        self.word_index = {w: i + 2 for i, w in enumerate(words)}  # 0 pad, 1 unk
        chars = sorted({ch for s in train for t, _ in s for ch in raw_chars(t)})
        self.char_index = {c: i + 2 for i, c in enumerate(chars)}  # 0 pad, 1 unk
        self.max_chars = cfg.max_chars
        self.pretrained = None
        if vectors is not None:
            rows = np.array([self.word_index[w] for w in vectors], np.int64)
            self.pretrained = (rows, np.stack([vectors[w] for w in vectors]))

    def batch(self, sentences, rng=None, unk_p=0.0, size=None):
        size = size or len(sentences)
        L = bucket(max(len(s) for s in sentences))
        B = size
        words = np.zeros((B, L), np.int32)
        chars = np.zeros((B, L, self.max_chars), np.int32)
        tags = np.zeros((B, L), np.int32)
        mask = np.zeros((B, L), np.float32)
        lengths = np.ones(B, np.int32)
        weight = np.zeros(B, np.float32)
        padded = list(sentences) + [sentences[0]] * (B - len(sentences))
        for b, s in enumerate(padded):
            weight[b] = 1.0 if b < len(sentences) else 0.0
            lengths[b] = len(s)
            for i, (tok, tag) in enumerate(s):
                w = normalise(tok)
                idx = self.word_index.get(w, 1)
                if rng is not None and w in self.singletons and rng.random() < unk_p:
                    idx = 1
                words[b, i] = idx
                cs = raw_chars(tok)[: self.max_chars]
                chars[b, i, : len(cs)] = [self.char_index.get(c, 1) for c in cs]
                tags[b, i] = TAG_INDEX.get(tag, 0) if tag else 0
                mask[b, i] = 1.0
        return words, chars, tags, mask, lengths, weight


def predict(params, enc, predict_emissions, sentences, batch_size=32):
    allowed, start_ok = allowed_transitions()
    trans, start, end = (np.asarray(params[k]) for k in ("trans", "start", "end"))
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    out = [None] * len(sentences)
    for k in range(0, len(order), batch_size):
        idx = order[k: k + batch_size]
        w, c, _, m, ln, _ = enc.batch([sentences[i] for i in idx], size=batch_size)
        em = np.asarray(predict_emissions(params, w, c, m, ln))
        for b, i in enumerate(idx):
            path = viterbi(em[b, : len(sentences[i])], trans, start, end, allowed, start_ok)
            out[i] = [TAGS[p] for p in path]
    return out


def macs_per_token(cfg, avg_chars):
    """Multiply-adds per token at run time (inference): char CNN, two LSTM directions, output layer,
    Viterbi (T*T per token). Embedding look-ups and nonlinearities are not counted."""
    cnn = avg_chars * 3 * cfg.char_dim * cfg.char_filters
    d_in = cfg.word_dim + cfg.char_filters
    lstm = 2 * (d_in + cfg.hidden) * 4 * cfg.hidden
    out = 2 * cfg.hidden * len(TAGS)
    return int(cnn + lstm + out + len(TAGS) ** 2)


def cmd_train(args):
    import jax
    random.seed(args.seed)
    train_all, dev = anercorp_split(args.data)
    fit, tune = tune_split(train_all)
    if args.full:  # the whole training part, for a number of epochs chosen before on the tune slice
        fit = train_all
    vectors = read_vectors(args.vectors) if args.vectors else None
    if vectors is not None:
        args.word_dim = len(next(iter(vectors.values())))
    if args.wikifane:
        fit = fit + wikifane_tagged(args.data)
    enc = Encoder(fit, args, vectors)
    params = init_params(args.seed, len(enc.word_index) + 2, len(enc.char_index) + 2, args, enc.pretrained)
    optimizer, train_step, predict_emissions = build_functions(args)
    opt_state = optimizer.init(params)
    rng = random.Random(args.seed)
    key = jax.random.PRNGKey(args.seed)
    tune_gold = [[t for _, t in s] for s in tune]
    best = (-1.0, 0, None)
    t0 = time.time()
    print(f"[{args.name}] fit {len(fit)} sentences, tune {len(tune)}, dev {len(dev)}; "
          f"{len(enc.word_index)} words, {len(enc.char_index)} chars; cfg word {args.word_dim} "
          f"char {args.char_dim}/{args.char_filters} hidden {args.hidden} lr {args.lr}", flush=True)
    epochs_run = 0
    for epoch in range(1, args.epochs + 1):
        te = time.time()
        order = sorted(fit, key=lambda s: len(s) + rng.random() * 4)
        batches = [order[k: k + args.batch] for k in range(0, len(order), args.batch)]
        rng.shuffle(batches)
        total = 0.0
        for bt in batches:
            key, sub = jax.random.split(key)
            batch = enc.batch(bt, rng=rng, unk_p=0.5, size=args.batch)
            params, opt_state, loss = train_step(params, opt_state, batch, sub)
            total += float(loss) * len(bt)
        if args.full:  # no tune slice: keep the last epoch's parameters
            f1 = float(epoch)
        else:
            pred = predict(params, enc, predict_emissions, tune)
            f1 = conlleval(tune_gold, pred)["overall"][2]
        epochs_run = epoch
        if f1 > best[0]:
            best = (f1, epoch, jax.tree_util.tree_map(lambda x: x, params))
        tune_note = "no tune slice" if args.full else f"tune F1 {f1:.2f} (best {best[0]:.2f} @ {best[1]})"
        print(f"[{args.name}] epoch {epoch}: loss {total / len(fit):.3f}, {tune_note}, "
              f"{time.time() - te:.0f} s", flush=True)
        if epoch - best[1] >= args.patience or (time.time() - t0) / 60 > args.max_minutes:
            break
    minutes = (time.time() - t0) / 60
    params = best[2]
    dev_pred = predict(params, enc, predict_emissions, dev)
    result = conlleval([[t for _, t in s] for s in dev], dev_pred)
    avg_chars = np.mean([min(len(raw_chars(t)), args.max_chars) for s in fit for t, _ in s])
    print(f"[{args.name}] DEV (best tune epoch {best[1]} of {epochs_run}, tune F1 {best[0]:.2f}, "
          f"{minutes:.1f} min training, {macs_per_token(args, avg_chars):,} multiply-adds/token)")
    print(format_scores(result), flush=True)
    if args.save_dev_pred:
        write_predictions(args.save_dev_pred, dev, dev_pred)
    # Inference speed of this JAX CPU graph (one core, batch 32 over dev), for the record only.
    ts = time.time()
    predict(params, enc, predict_emissions, dev)
    print(f"[{args.name}] dev re-tagged by the JAX model in {time.time() - ts:.2f} s "
          f"({sum(map(len, dev)) / (time.time() - ts):,.0f} tokens/s, python Viterbi included)")


# ---------------------------------------------------------------- scoring and ensembles

def cmd_score(args):
    _, dev = anercorp_split(args.data)
    pred = read_predictions(args.pred)
    print(format_scores(conlleval([[t for _, t in s] for s in dev], pred)))


def cmd_devtokens(args):
    _, dev = anercorp_split(args.data)
    with open(args.out, "w", encoding="utf-8") as f:
        for s in dev:
            for tok, _ in s:
                f.write(tok + "\n")
            f.write("\n")


def cmd_ensemble(args):
    """Chunk-level combinations of prediction files on dev: the union (the first file wins on
    overlaps) and, with three files or more, the majority vote of chunks."""
    _, dev = anercorp_split(args.data)
    gold = [[t for _, t in s] for s in dev]
    preds = [read_predictions(p) for p in args.preds]

    def render(n, chosen):
        tags = ["O"] * n
        for s, e, typ in chosen:
            for i in range(s, e):
                tags[i] = ("B-" if i == s else "I-") + typ
        return tags

    union, vote = [], []
    for k, g in enumerate(gold):
        sets = [chunks(p[k]) for p in preds]
        taken, used = [], set()
        for cs in sets:
            for c in cs:
                if not used & set(range(c[0], c[1])):
                    taken.append(c)
                    used |= set(range(c[0], c[1]))
        union.append(render(len(g), taken))
        counts = collections.Counter(c for cs in sets for c in cs)
        need = len(preds) // 2 + 1
        vote.append(render(len(g), [c for c, n in counts.items() if n >= need]))
    print("union (first file wins overlaps):")
    print(format_scores(conlleval(gold, union)))
    if len(preds) >= 3:
        print("majority vote of chunks:")
        print(format_scores(conlleval(gold, vote)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("score"); s.add_argument("pred"); s.set_defaults(fn=cmd_score)
    s = sub.add_parser("devtokens"); s.add_argument("out"); s.set_defaults(fn=cmd_devtokens)
    s = sub.add_parser("ensemble"); s.add_argument("preds", nargs="+"); s.set_defaults(fn=cmd_ensemble)
    s = sub.add_parser("pretrain"); s.add_argument("out")
    s.add_argument("--dim", type=int, default=64); s.add_argument("--epochs", type=int, default=10)
    s.add_argument("--seed", type=int, default=1); s.set_defaults(fn=cmd_pretrain)
    s = sub.add_parser("train")
    s.add_argument("--name", default="a"); s.add_argument("--vectors")
    s.add_argument("--word-dim", type=int, default=64); s.add_argument("--char-dim", type=int, default=32)
    s.add_argument("--char-filters", type=int, default=32); s.add_argument("--hidden", type=int, default=64)
    s.add_argument("--max-chars", type=int, default=16); s.add_argument("--dropout", type=float, default=0.5)
    s.add_argument("--lr", type=float, default=1e-3); s.add_argument("--batch", type=int, default=16)
    s.add_argument("--epochs", type=int, default=40); s.add_argument("--patience", type=int, default=5)
    s.add_argument("--max-minutes", type=float, default=20.0); s.add_argument("--seed", type=int, default=1)
    s.add_argument("--save-dev-pred")
    s.add_argument("--wikifane", action="store_true", help="also train on WikiFANE's tagged sentences")
    s.add_argument("--full", action="store_true",
                   help="train on the whole training part (tune slice included) for exactly --epochs epochs")
    s.set_defaults(fn=cmd_train)
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
