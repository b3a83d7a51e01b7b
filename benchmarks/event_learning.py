"""Experiment: can a model LEARNED from the annotated articles find, type or fill the roles of
events better than hodo's hand rules, on articles it was not trained on?

    .venv/bin/python benchmarks/event_learning.py [--cache /tmp/hodo_event_learning] [--refresh]
        [--only triggers|roles] [--neg-rate 0.1] [--iters 150] [--procs 2]

Data: every annotated article -- the held-out sets ho1-ho53 and the dev gold (593 articles,
3,792 gold events) -- analysed once by hodo and cached with its GiNZA tokens and the Doc as it
stood before the events stage (so that the events stage can be run again on it). Evaluation is
out-of-fold over five groups of sets in the order they were annotated -- dev | ho1-ho13 |
ho14-ho27 | ho28-ho41 | ho42-ho53 -- so every article is predicted by a model that never saw
its group; every figure is ``hodo.evaluate.score`` on the rewritten predictions, beside the
rules alone on the same files, for all 593, the latest group (ho42-ho53) and dev.

Two learners, both numpy logistic models with no article ids and no entity keys as features:

1. Trigger detection and typing (recall): a 17-way softmax (16 PLOVER types + none) over every
   noun, verb and adjective outside an entity mention, with sparse features (lemma, part of
   speech, dependency label, head lemma, the tokens around it, negation after it, in a quote
   or claim, block kind, hodo's own event on that token and in that sentence, entity types
   and particles in the sentence) and the lemma's 300-d GiNZA word vector (so that a trigger
   never seen in training can still be typed by its neighbours: 告訴 ~ 提訴). It trains on
   every event row and a fixed random share (``--neg-rate``) of the "none" rows, weighted up.
   Predicted events are ADDED where hodo coded none, at a probability threshold, in two ways:
   bare (a trigger and a type, no roles), or as triggers handed to hodo's own events stage
   (``rule_roles``: each goes through the path of a trigger-table hit -- ``_code``'s filters,
   ``_roles`` and the later role passes -- and is dropped where the rules drop an event with
   no actor).
2. Role choice: for each event hodo codes, a binary model per role (source, target) over the
   entities mentioned in the sentence (and hodo's own choice): entity type x event type, side
   of the trigger and distance, the particle after the mention (past a title), commas between,
   the mention's dependency path to the trigger, in/out of a quote, the quote's speaker, hodo's
   own choice. Decoded either by filling only the roles hodo left empty, or by replacing them.

This is a measurement script; it changes nothing in the pipeline. See docs/events.md
("What a learned model adds").
"""
from __future__ import annotations

import argparse
import bisect
import json
import pickle
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import heldout  # noqa: E402

from hodo.evaluate import _mapk, key_map, load_gold, match_events, score  # noqa: E402

#: out-of-fold groups of sets, in the order they were annotated (the last is the latest)
FOLDS = ({"dev"}, {f"ho{i}" for i in range(1, 14)}, {f"ho{i}" for i in range(14, 28)},
         {f"ho{i}" for i in range(28, 42)}, {f"ho{i}" for i in range(42, 54)})
TYPES = ("NONE", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
TI = {t: i for i, t in enumerate(TYPES)}
CODED = ("title", "heading", "paragraph", "caption", "source")
CONTENT_POS = ("NOUN", "VERB", "PROPN", "ADJ")
ROLE_TYPES = {"PERSON", "ORG", "GPE", "FAC", "LOC"}
NEG_RE = re.compile(r"^(?:し|せ|さ|でき)?(?:ない|なかった|ず|ません|ぬ)")
METRICS = ("event.type", "event.source", "event.full")


# ---------------------------------------------------------------------------------------
# data: gold, hodo's analysis and its tokens, cached


class Tok:
    __slots__ = ("i", "start", "end", "text", "lemma", "pos", "dep", "head", "sent")

    def __init__(self, t):
        self.i, self.start, self.end, self.text, self.lemma, self.pos, self.dep, self.head, self.sent = t


def _analyse(job: tuple) -> None:
    """Analyse one article; cache the Doc as it stands before the events stage (so that the
    events stage can be run again on it with learned triggers), hodo's final analysis and its
    tokens."""
    g, cp = job
    from hodo.model import Article
    from hodo.nlp import load as load_nlp
    from hodo.pipeline import _build, _settings, prepare, run_stages

    chosen, need_ner = _settings(None)
    nlp = load_nlp(ner=need_ner)
    art, spans = prepare(Article(text=g["text"], id=g["id"], title=g.get("title"), published=g.get("published")))
    doc = _build(art, spans, list(nlp.pipe([art.text[a:b] for a, b, _ in spans])))
    run_stages(doc, [st for st in chosen if st.name != "events"])
    pre = pickle.dumps(doc)
    run_stages(doc, [st for st in chosen if st.name == "events"])
    a = doc.article
    rec = {
        "pred": a.to_dict(),
        "toks": [(t.i, t.start, t.end, t.text, t.lemma, t.pos, t.dep, t.head, t.sent) for t in doc.tokens],
        "kinds": [doc.block_kind(i) for i in range(len(a.sentences))],
        "sents": [(s.start, s.end) for s in a.sentences],
        "doc": pre,
    }
    cp.write_bytes(pickle.dumps(rec))


def load(cache: Path, refresh: bool, procs: int = 1) -> list[dict]:
    cache.mkdir(parents=True, exist_ok=True)
    paths = heldout.gold_paths(set().union(*FOLDS) - {"dev"}, cache / "gold")
    out, todo = [], []
    for name, ps in paths.items():
        for p in ps:
            g = load_gold(p)
            cp = cache / f"{heldout.cache_stem(g)}.pkl"
            out.append((name, g, cp))
            if refresh or not cp.exists():
                todo.append((g, cp))
    if todo:
        print(f"analysing {len(todo)} articles (cached in {cache})", file=sys.stderr)
        if procs > 1:
            import multiprocessing as mp

            with mp.get_context("fork").Pool(procs) as pool:
                for k, _ in enumerate(pool.imap_unordered(_analyse, todo, chunksize=4)):
                    if k % 50 == 0:
                        print(f"  {k}/{len(todo)}", file=sys.stderr)
        else:
            for job in todo:
                _analyse(job)
    data = []
    for name, g, cp in out:
        rec = pickle.loads(cp.read_bytes())
        rec.update(set=name, gold=g, toks=[Tok(t) for t in rec["toks"]])
        data.append(rec)
    return data


def fold_of(name: str) -> int:
    return next(i for i, f in enumerate(FOLDS) if name in f)


# ---------------------------------------------------------------------------------------
# shared: sparse logistic models (Adam on the mean log-loss + L2)


def _index(rows: list[list[str]]):
    fi: dict[str, int] = {}
    for f in rows:
        for x in f:
            fi.setdefault(x, len(fi))
    lens = np.array([len(f) for f in rows])
    ind = np.array([fi[x] for f in rows for x in f], dtype=np.int64)
    return fi, ind, np.concatenate([[0], np.cumsum(lens)]), np.repeat(np.arange(len(rows)), lens)


def _adam(params, grads, state, it, lr):
    for k, g in grads.items():
        m, v = state.get(k, (np.zeros_like(g), np.zeros_like(g)))
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        state[k] = (m, v)
        params[k] -= lr * (m / (1 - 0.9 ** it)) / (np.sqrt(v / (1 - 0.999 ** it)) + 1e-8)


def fit_softmax(rows, dense, y, lam=1.0, iters=150, lr=0.1, weight=None):
    """``weight``: per-row weights (a sample of the "none" rows stands for all of them)."""
    fi, ind, ptr, rowof = _index(rows)
    n, K = len(rows), len(TYPES)
    Y = np.zeros((n, K))
    Y[np.arange(n), y] = 1
    wr = np.ones(n) if weight is None else np.asarray(weight, dtype=float)
    wr = wr * n / wr.sum()  # mean weight 1: the loss keeps its scale
    P = {"W": np.zeros((len(fi), K)), "U": np.zeros((dense.shape[1], K))}
    st: dict = {}
    for it in range(1, iters + 1):
        Z = np.add.reduceat(P["W"][ind], ptr[:-1], axis=0) + dense @ P["U"]
        Z -= Z.max(1, keepdims=True)
        E = np.exp(Z)
        G = (E / E.sum(1, keepdims=True) - Y) * wr[:, None]
        GR = G[rowof]
        gW = np.stack([np.bincount(ind, weights=GR[:, k], minlength=len(fi)) for k in range(K)], 1) / n
        _adam(P, {"W": gW + lam * P["W"] / n, "U": dense.T @ G / n + lam * P["U"] / n}, st, it, lr)
    return fi, P["W"], P["U"]


def prob_softmax(model, rows, dense):
    fi, W, U = model
    Z = dense @ U
    out = []
    for r, f in enumerate(rows):
        ix = [fi[x] for x in f if x in fi]
        z = Z[r] + (W[ix].sum(0) if ix else 0.0)
        e = np.exp(z - z.max())
        out.append(e / e.sum())
    return out


def fit_binary(rows, y, lam=1.0, iters=300, lr=0.1):
    fi, ind, ptr, rowof = _index(rows)
    n = len(rows)
    yv = np.asarray(y, dtype=float)
    P = {"w": np.zeros(len(fi))}
    st: dict = {}
    for it in range(1, iters + 1):
        p = 1 / (1 + np.exp(-np.add.reduceat(P["w"][ind], ptr[:-1])))
        g = np.bincount(ind, weights=(p - yv)[rowof], minlength=len(fi)) / n + lam * P["w"] / n
        _adam(P, {"w": g}, st, it, lr)
    return {x: float(P["w"][i]) for x, i in fi.items()}


def prob_binary(w, f) -> float:
    return 1 / (1 + np.exp(-sum(w.get(x, 0.0) for x in f)))


def scored(pairs) -> dict[str, float]:
    v = score(pairs).values()
    return {m: v[m] for m in METRICS}


# ---------------------------------------------------------------------------------------
# 1. trigger detection and typing


def _vectors():
    import spacy

    nlp = spacy.load("ja_ginza", exclude=["tok2vec", "parser", "ner", "morphologizer",
                                          "compound_splitter", "bunsetu_recognizer"])
    cache: dict[str, np.ndarray] = {}

    def vec(w: str) -> np.ndarray:
        if w not in cache:
            x = nlp.vocab.get_vector(w).astype(np.float64) if nlp.vocab.has_vector(w) else np.zeros(300)
            n = np.linalg.norm(x)
            cache[w] = x / n if n else x
        return cache[w]

    return vec


def trigger_candidates(d: dict) -> list[tuple[int, Tok, list[str]]]:
    """(sentence, token, features) for every content token outside an entity mention."""
    toks, text, p = d["toks"], d["gold"]["text"], d["pred"]
    ments = sorted((a, b, e["type"]) for e in p.get("entities") or [] for a, b in e["mentions"])
    quotes = [(q["start"], q["end"]) for q in p.get("quotes") or []]
    claims = [(c["start"], c["end"]) for c in p.get("claims") or []]
    rule_tok: dict[int, str] = {}
    for ev in p.get("events") or []:
        s, e = ev["trigger"]
        for t in toks:
            if t.start < e and s < t.end:
                rule_tok[t.i] = ev["type"]
    by_sent = defaultdict(list)
    for t in toks:
        by_sent[t.sent].append(t)
    out = []
    for si, st in by_sent.items():
        kind = d["kinds"][si]
        if kind not in CODED:
            continue
        ss, se = d["sents"][si]
        sm = [m for m in ments if ss <= m[0] and m[1] <= se]
        rule_types = {rule_tok[t.i] for t in st if t.i in rule_tok}
        for k, t in enumerate(st):
            if t.pos not in CONTENT_POS or any(a <= t.start and t.end <= b for a, b, _ in sm):
                continue
            nxt = st[k + 1].text if k + 1 < len(st) else "</s>"
            nxt2 = st[k + 2].text if k + 2 < len(st) else "</s>"
            head = toks[t.head] if 0 <= t.head < len(toks) else t
            f = ["b", "L=" + t.lemma, "P=" + t.pos, "D=" + t.dep, "K=" + kind, "N=" + nxt, "LN=" + t.lemma + "|" + nxt,
                 "NN=" + nxt + "|" + nxt2, "PV=" + (st[k - 1].text if k else "<s>"), "H=" + head.lemma, "HP=" + head.pos,
                 "R=" + rule_tok.get(t.i, "none"), "NM=%d" % min(len(sm), 4), "SP=%d" % min(k // 5, 5)]
            if NEG_RE.match(text, t.end):
                f.append("neg")
            if any(a <= t.start and t.end <= b for a, b in quotes):
                f.append("inq")
            if any(a <= t.start and t.end <= b for a, b in claims):
                f.append("inc")
            f += ["RS=" + x for x in rule_types] + ["ET=" + x for x in {m[2] for m in sm}]
            for a, b, _ in sm:
                if b <= t.start and text[b:b + 1] in "はがをにとのも":
                    f.append("EP=" + text[b])
            if si == 0:
                f.append("first")
            out.append((si, t, f))
    return out


def trigger_labels(d: dict, cands) -> list[int]:
    ge = d["gold"].get("events") or []
    return [next((TI[e["type"]] for e in ge if t.start < e["trigger"][1] and e["trigger"][0] < t.end), 0)
            for _, t, _ in cands]


def add_events(d: dict, cands, probs, thr: float) -> dict:
    """hodo's analysis plus one event per run of tokens the model types with p >= thr, where
    hodo coded none (no roles: the model finds and types triggers only)."""
    p = json.loads(json.dumps(d["pred"]))
    taken = {t.i for _, t, _ in cands for ev in p.get("events") or []
             if t.start < ev["trigger"][1] and ev["trigger"][0] < t.end}
    last = None
    for (si, t, _), pr in zip(cands, probs):
        k = int(np.argmax(pr[1:])) + 1
        if t.i in taken or pr[k] < thr:
            continue
        if last and last[:2] == (si, k) and last[2] == t.i - 1:
            last = (si, k, t.i)
            continue
        last = (si, k, t.i)
        p.setdefault("events", []).append({"type": TYPES[k], "trigger": [t.start, t.end], "source": [],
                                           "target": [], "date": None, "negated": False})
    return p


# the rules' own role finding for a learned trigger: the events stage is run again on the
# cached Doc (as it stood before that stage) with the learned triggers added to the trigger-table
# hits of their sentence, so each goes through the same path as a table hit (_code: the filters,
# _roles, the zero-subject and topic carrying, the actor check that drops an event with neither
# source nor target). Tokens the table already matched (coded or dropped by the rules) are left
# to the rules.
_LEARNED: dict[int, str] = {}


def _find_with_learned(doc, toks, lo, hi):
    from hodo.stages import events as ev_stage

    found = _ORIG_FIND(doc, toks, lo, hi)
    if not _LEARNED:
        return found
    taken = {i for t0, t1, _ in found for i in range(t0, t1)}
    plover = ev_stage.plover_table()
    extra: list = []
    for t in toks:
        typ = _LEARNED.get(t.i)
        if typ is None or t.i in taken or t.start < lo or t.end > hi:
            continue
        if extra and extra[-1][1] == t.i and extra[-1][2].type == typ:  # one run of tokens, one trigger
            t0 = extra[-1][0]
            extra[-1] = (t0, t.i + 1, ev_stage.Trigger(doc.text[doc.tokens[t0].start:t.end], typ,
                                                       plover[typ]["cameo"], None, frozenset({"learned"}), broad=True))
        else:
            extra.append((t.i, t.i + 1, ev_stage.Trigger(t.text, typ, plover[typ]["cameo"], None,
                                                         frozenset({"learned"}), broad=True)))
    return sorted(found + extra, key=lambda f: f[0])


_ORIG_FIND = None


def rule_roles(d: dict, cands, probs, thr: float) -> tuple[dict, int, int]:
    """hodo's events stage run again with the tokens the model types at p >= thr as triggers;
    returns the analysis, the number of events whose trigger is new and the number of hodo's
    events gone (or changed in type or roles)."""
    global _ORIG_FIND
    from hodo.pipeline import run_stages
    from hodo.stages import events as ev_stage, ordered

    if _ORIG_FIND is None:
        _ORIG_FIND = ev_stage._find_triggers
        ev_stage._find_triggers = _find_with_learned
    _LEARNED.clear()
    for (_, t, _), pr in zip(cands, probs):
        k = int(np.argmax(pr[1:])) + 1
        if pr[k] >= thr:
            _LEARNED[t.i] = TYPES[k]
    if not _LEARNED and thr <= 1.0:
        return d["pred"], 0, 0  # nothing learned in this article: the rules' analysis as it is
    doc = pickle.loads(d["doc"])
    run_stages(doc, [st for st in ordered(None) if st.name == "events"])
    _LEARNED.clear()
    p = json.loads(json.dumps(d["pred"]))
    p["events"] = doc.article.to_dict()["events"]
    sig = lambda e: (tuple(e["trigger"]), e["type"], tuple(e["source"]), tuple(e["target"]))  # noqa: E731
    old_trig = {tuple(e["trigger"]) for e in d["pred"].get("events") or []}
    new_sig = {sig(e) for e in p["events"]}
    return (p, sum(tuple(e["trigger"]) not in old_trig for e in p["events"]),
            sum(sig(e) not in new_sig for e in d["pred"].get("events") or []))


def trigger_experiment(data: list[dict], thresholds, neg_rate: float = 1.0, iters: int = 150, seed: int = 0) -> dict:
    vec = _vectors()
    pre = []
    for d in data:
        cs = trigger_candidates(d)
        dense = np.array([vec(t.lemma) for _, t, _ in cs]) if cs else np.zeros((0, 300))
        pre.append((d, cs, trigger_labels(d, cs), dense))
    oof = {}
    for fi_, fold in enumerate(FOLDS):
        train = [x for x in pre if x[0]["set"] not in fold]
        rows = [f for _, cs, _, _ in train for _, _, f in cs]
        dense = np.vstack([D for *_, D in train])
        y = np.array([y for _, _, ys, _ in train for y in ys])
        # every event row, and a fixed random share of the "none" rows weighted up to stand for
        # all of them (the full softmax over ~150,000 rows is too slow for a shared machine)
        keep = (y > 0) | (np.random.default_rng(seed * 100 + fi_).random(len(y)) < neg_rate)
        ix = np.flatnonzero(keep)
        model = fit_softmax([rows[i] for i in ix], dense[ix], y[ix], iters=iters,
                            weight=np.where(y[ix] > 0, 1.0, 1.0 / neg_rate))
        for d, cs, _, D in pre:
            if d["set"] in fold:
                oof[id(d)] = (cs, prob_softmax(model, [f for _, _, f in cs], D))
        print(f"  trigger fold {fi_ + 1}/{len(FOLDS)} done", file=sys.stderr)
    # coverage: gold events hodo misses, and whether any candidate token covers them
    cov = Counter()
    for d in data:
        g, p = d["gold"], d["pred"]
        gk = {e["key"] for e in g["entities"]}
        km = key_map(g, p)
        matched = {gi for gi, _ in match_events(g, p, lambda k: _mapk(km, gk, k)).pairs}
        cs, probs = oof[id(d)]
        for gi, e in enumerate(g.get("events") or []):
            if gi in matched:
                continue
            cov["missed by hodo"] += 1
            hit = [pr for (_, t, _), pr in zip(cs, probs) if t.start < e["trigger"][1] and e["trigger"][0] < t.end]
            if not hit:
                cov["no content token"] += 1
            elif int(np.argmax(hit[0])) == TI[e["type"]]:
                cov["model: right type"] += 1
            elif int(np.argmax(hit[0])) == 0:
                cov["model: no event"] += 1
            else:
                cov["model: other type"] += 1
    # check: the events stage run again with no learned trigger gives hodo's events
    same = sum(rule_roles(d, [], [], 1.01)[0]["events"] == (d["pred"].get("events") or []) for d in data[::25])
    print(f"  events stage rerun with no learned trigger: {same}/{len(data[::25])} articles identical", file=sys.stderr)
    plain = {thr: {id(d): add_events(d, *oof[id(d)], thr) for d in data} for thr in thresholds}
    roled, added = {}, Counter()
    for thr in thresholds:
        roled[thr] = {}
        for d in data:
            roled[thr][id(d)], n, lost = rule_roles(d, *oof[id(d)], thr)
            added[thr, "roles"] += n
            added[thr, "changed"] += lost
        added[thr, "plain"] = sum(len(plain[thr][id(d)].get("events") or []) - len(d["pred"].get("events") or [])
                                  for d in data)
        print(f"  p>={thr}: {added[thr, 'plain']} events added without roles, {added[thr, 'roles']} "
              f"with the rules' roles ({added[thr, 'changed']} of hodo's events "
              "changed or gone)", file=sys.stderr)
    res = {}
    for name, sel in GROUPS:
        rows = {"rules": scored([(d["gold"], d["pred"]) for d in data if sel(d)])}
        for thr in thresholds:
            rows[f"+ learned p>={thr}, no roles"] = scored([(d["gold"], plain[thr][id(d)]) for d in data if sel(d)])
            rows[f"+ learned p>={thr}, rules' roles"] = scored([(d["gold"], roled[thr][id(d)]) for d in data if sel(d)])
        res[name] = rows
    return {"figures": res, "coverage": dict(cov), "added": {f"p>={t} {k}": v for (t, k), v in added.items()}}


# ---------------------------------------------------------------------------------------
# 2. role choice

PARTICLES = ("に対して", "に対する", "に対し", "によって", "により", "による", "によると", "からの", "との", "への",
             "では", "には", "とは", "とも", "から", "まで", "より", "は", "が", "も", "を", "に", "と", "の", "で", "へ", "や", "、")
TITLED_RE = re.compile(r"^[\u4e00-\u9fff\u30a0-\u30ffー・]{0,8}?(?=" + "|".join(PARTICLES) + ")")


def _bucket(x: int, edges=(0, 2, 5, 10, 20, 40)) -> str:
    return next((str(b) for b in edges if x <= b), "far")


def particle_after(text: str, e: int, hi: int) -> tuple[str, bool]:
    """The case particle after a mention, past a title (プーチン|大統領は -> は, titled)."""
    m = TITLED_RE.match(text, e, min(hi, e + 14))
    j = m.end() if m else e
    return next((p for p in PARTICLES if text.startswith(p, j) and j + len(p) <= hi), "-"), j > e


def role_rows(d: dict) -> list[dict[str, list[str]]]:
    """Per predicted event: {candidate entity key: features}."""
    text, p, toks = d["gold"]["text"], d["pred"], d["toks"]
    starts = [t.start for t in toks]
    ents = {e["key"]: e for e in p.get("entities") or []}
    counts = {k: len(e["mentions"]) for k, e in ents.items()}
    quotes = [(q["start"], q["end"], q.get("speaker")) for q in p.get("quotes") or []]
    out = []
    for ev in p.get("events") or []:
        ss, se = ev["sentence"]
        t0, t1 = ev["trigger"]
        ti = bisect.bisect_right(starts, t0) - 1
        tq = next((q for q in quotes if q[0] <= t0 < q[1]), None)
        cands = {}
        for k, e in ents.items():
            ms = [(a, b) for a, b in e["mentions"] if ss <= a and b <= se and not (a < t1 and t0 < b)]
            if ms and e["type"] in ROLE_TYPES:
                cands[k] = (e["type"], ms)
        for k in ev["source"] + ev["target"]:
            cands.setdefault(k, (ents[k]["type"] if k in ents else "X", []))
        first = min((m[0] for _, ms in cands.values() for m in ms), default=None)
        rows = {}
        for k, (ty, ms) in cands.items():
            T = ev["type"]
            f = ["b", "ET=" + ty, "T=" + T, "TE=" + T + "|" + ty, "NC=" + _bucket(len(cands), (1, 2, 3, 5)),
                 ("RS|" if k in ev["source"] else "nRS|") + T, ("RT|" if k in ev["target"] else "nRT|") + T,
                 "RS" if k in ev["source"] else "nRS", "RT" if k in ev["target"] else "nRT",
                 "RSe" if not ev["source"] else "RSn", "RTe" if not ev["target"] else "RTn",
                 "CNT=" + _bucket(counts.get(k, 0), (1, 2, 4, 8))]
            if tq and tq[2] == k:
                f.append("SPK")
            if not ms:
                rows[k] = f + ["NOSENT"]
                continue
            before = [m for m in ms if m[1] <= t0]
            after = [m for m in ms if m[0] >= t1]
            m = before[-1] if before else after[0]
            side = "B" if m[1] <= t0 else "A"
            dist = t0 - m[1] if side == "B" else m[0] - t1
            part, titled = particle_after(text, m[1], se)
            f += ["S=" + side, "D=" + side + _bucket(dist), "P=" + part, "SP=" + side + part,
                  "TP=" + T + "|" + side + part, "C=" + _bucket(text.count("、", min(m[1], t0), max(m[0], t1)), (0, 1, 2))]
            if titled:
                f.append("TTL")
            if m[0] == first:
                f.append("FIRST")
            mq = next((q for q in quotes if q[0] <= m[0] < q[1]), None)
            f.append("MINQ" + ("same" if mq is tq else "") if mq else ("TINQ" if tq else "OUTQ"))
            j = bisect.bisect_right(starts, m[1] - 1) - 1
            if 0 <= j < len(toks):
                f.append("DL=" + toks[j].dep)
                for step in range(1, 6):
                    if toks[j].head == j:
                        break
                    j = toks[j].head
                    if j == ti:
                        f.append(f"DEP{step}")
                        break
            rows[k] = f
        out.append(rows)
    return out


def decode_roles(ev: dict, rows: dict, ws: dict, wt: dict, mode: str, thr: float) -> tuple[list, list]:
    src, tgt = list(ev["source"]), list(ev["target"])
    ps = {k: prob_binary(ws, f) for k, f in rows.items()}
    pt = {k: prob_binary(wt, f) for k, f in rows.items()}
    if mode == "replace":
        src = [k for k in rows if ps[k] >= thr] or src
        tgt = [k for k in rows if pt[k] >= thr and k not in src]
    else:  # fill what hodo left empty
        if not src and ps and max(ps.values()) >= thr:
            src = [max(ps, key=ps.get)]
        rest = {k: v for k, v in pt.items() if k not in src}
        if not tgt and rest and max(rest.values()) >= thr:
            tgt = [max(rest, key=rest.get)]
    return src, tgt


def role_experiment(data: list[dict], thresholds) -> dict:
    pre = []
    reach = Counter()
    for d in data:
        g, p = d["gold"], d["pred"]
        rows = role_rows(d)
        gk = {e["key"] for e in g["entities"]}
        km = key_map(g, p)

        def mk(k, km=km, gk=gk):
            return _mapk(km, gk, k)

        em = match_events(g, p, mk)
        gsrc, gtgt, psrc, ptgt = em.roles
        lab = {pi: {k: (int(mk(k) in gsrc[gi]), int(mk(k) in gtgt[gi])) for k in rows[pi]} for gi, pi in em.pairs}
        for gi, pi in em.pairs:
            cand = {mk(k) for k in rows[pi]}
            if gsrc[gi] and gsrc[gi] != psrc[pi]:
                reach["source wrong"] += 1
                reach["source wrong, gold among the sentence's candidates"] += gsrc[gi] <= cand
            if gtgt[gi] and gtgt[gi] != ptgt[pi]:
                reach["target wrong"] += 1
                reach["target wrong, gold among the sentence's candidates"] += gtgt[gi] <= cand
        pre.append((d, rows, lab))
    models = {}
    for fold in FOLDS:
        X, ys, yt = [], [], []
        for d, rows, lab in pre:
            if d["set"] in fold:
                continue
            for pi, ls in lab.items():
                for k, (a, b) in ls.items():
                    X.append(rows[pi][k])
                    ys.append(a)
                    yt.append(b)
        ws, wt = fit_binary(X, ys), fit_binary(X, yt)
        for s in fold:
            models[s] = (ws, wt)

    def rewritten(d, rows, mode, thr):
        p = json.loads(json.dumps(d["pred"]))
        for ev, r in zip(p.get("events") or [], rows):
            ev["source"], ev["target"] = decode_roles(ev, r, *models[d["set"]], mode, thr)
        return p

    res = {}
    for name, sel in GROUPS:
        rows_ = {"rules": scored([(d["gold"], d["pred"]) for d, _, _ in pre if sel(d)])}
        for mode in ("fill", "replace"):
            for thr in thresholds:
                rows_[f"{mode} p>={thr}"] = scored([(d["gold"], rewritten(d, r, mode, thr)) for d, r, _ in pre if sel(d)])
        res[name] = rows_
    return {"figures": res, "reach": dict(reach)}


GROUPS = (
    ("all 593 articles (ho1-ho53 + dev), out of fold", lambda d: True),
    ("ho42-ho53 (the latest group, out of fold)", lambda d: fold_of(d["set"]) == len(FOLDS) - 1),
    ("dev (out of fold)", lambda d: d["set"] == "dev"),
)


def _table(figs: dict) -> None:
    for group, rows in figs.items():
        print(f"\n{group}\n| variant | " + " | ".join(METRICS) + " |\n| --- |" + " ---: |" * len(METRICS))
        for label, r in rows.items():
            print(f"| {label} | " + " | ".join(f"{100 * r[m]:.1f}" for m in METRICS) + " |")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/hodo_event_learning"))
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("--only", choices=("triggers", "roles"))
    ap.add_argument("--neg-rate", type=float, default=0.1, help="share of the no-event rows the trigger model trains on")
    ap.add_argument("--seed", type=int, default=0, help="seed of the sample of no-event rows")
    ap.add_argument("--iters", type=int, default=150, help="optimizer steps of the trigger model")
    ap.add_argument("--procs", type=int, default=1, help="processes for the analysis of uncached articles")
    a = ap.parse_args(argv)
    data = load(a.cache, a.refresh, a.procs)
    print(f"{len(data)} articles, {sum(len(d['gold'].get('events') or []) for d in data)} gold events, "
          f"{sum(len(d['pred'].get('events') or []) for d in data)} hodo events; folds: "
          + " | ".join(",".join(sorted(f, key=heldout.set_order)) for f in FOLDS))
    if a.only != "roles":
        print("\n## 1. learned trigger detection and typing (events added where hodo coded none)")
        r = trigger_experiment(data, (0.3, 0.5, 0.7), a.neg_rate, a.iters, a.seed)
        _table(r["figures"])
        print("\nevents added:", r["added"])
        print("\ngold events hodo misses, by what the out-of-fold model does at their trigger:", r["coverage"])
    if a.only != "triggers":
        print("\n## 2. learned role choice (on hodo's events)")
        r = role_experiment(data, (0.3, 0.4, 0.5, 0.6))
        _table(r["figures"])
        print("\nrole errors of type-matched events, and whether the gold role is an entity of the sentence:", r["reach"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
