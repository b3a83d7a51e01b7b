"""Train and measure the learned speaker choice of the quotes stage (docs/quotes.md,
"Learned speaker choice").

    .venv/bin/python benchmarks/train_speakers.py [--cache /tmp/s5spk] [--refresh]
                                                  [--nested] [--flips] [--write]
                                                  [--upto 53] [--folds 6]

Data: the held-out gold sets ho1..ho31 (``benchmarks/heldout/hoN``, joined to the corpus
text by ``heldout.materialize``) and the dev gold (``../shared/gold/dev``): 32 groups. Each
article is parsed once (GiNZA + the entities and times stages) and the pipeline Doc is
pickled in the cache folder; the quotes stage then runs on it with the learned choice
switched off (``quotes.LEARNED_SPEAKER = False``), so the rules' speakers are what the
ranker sees.

Examples: every single-speaker quote (group lists are left to the rules) gets the candidates
and features of ``hodo.stages.quotes.speaker_candidates`` (the rule's choice, the PERSON /
ORG / GPE entities of its sentence outside the quote, the speakers and topics of the one or
two sentences before it in the same block, nobody). Labels: a predicted quote that the
official quote matching (``hodo.evaluate``: the prediction covers half of the gold span,
one-to-one greedy) pairs with a gold quote is labelled with the candidate(s) whose key maps
(``hodo.evaluate.key_map``) to the gold speaker, or "nobody" for a null gold speaker.

Model: a conditional logit (softmax over a quote's candidates) with an L2 penalty, fitted
in numpy (Adam, full batch) on the quotes whose gold speaker is among their candidates;
features seen fewer than twice in training are dropped. At inference the best candidate
replaces the rule's choice only when it scores more than a margin above it.

Evaluation: leave-one-set-out over the groups. The lambda and the margin are chosen by
the pooled out-of-fold count of right speakers (``--nested`` also chooses them inside each
training fold, the stricter figure); the out-of-fold predictions are rewritten and scored
with ``hodo.evaluate.score`` (quote.speaker F1), overall and on the latest sets (``LATE``), beside the rules.
``--flips`` prints every out-of-fold change; ``--write`` fits on all the groups and writes
src/hodo/data/speaker_model.json.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

import heldout  # noqa: E402

from hodo.evaluate import load_gold  # noqa: E402

#: the sets the ranker is trained and measured on (later sets are blind: never read);
#: ``--upto N`` reads ho1..hoN instead (round 28: all 53 annotated sets)
SETS = tuple(f"ho{i}" for i in range(1, 32))
#: the latest of them, reported apart
LATE = ("ho28", "ho29", "ho30", "ho31")
LATE_NAME = f"{LATE[0]}-{LATE[-1]}"


def set_range(upto: int) -> None:
    """Read ho1..ho<upto> (the latest four reported apart)."""
    global SETS, LATE, LATE_NAME
    SETS = tuple(f"ho{i}" for i in range(1, upto + 1))
    LATE = tuple(f"ho{i}" for i in range(upto - 3, upto + 1))
    LATE_NAME = f"{LATE[0]}-{LATE[-1]}"


def fold_sets(sets: dict, k: int) -> dict:
    """Round 28: the sets dealt into ``k`` folds (every k-th set, dev with the first), so that
    leave-one-out runs over k groups, not over every set (53 sets make the nested run too
    slow). Each article keeps its set name under ``"set"`` for the per-set figures."""
    names = [s for s in sets if s != "dev"]
    out: dict = {f"f{i + 1}": [] for i in range(k)}
    for n, s in enumerate(names):
        out[f"f{n % k + 1}"].extend(sets[s])
    if "dev" in sets:
        out["f1"].extend(sets["dev"])
    return out
OUT = ROOT / "src" / "hodo" / "data" / "speaker_model.json"


def load_docs(cache: Path, refresh: bool = False) -> dict[str, list[tuple[dict, object]]]:
    """{group: [(gold dict, pipeline Doc after the entities and times stages)]}. The GiNZA
    parse and those two stages run once per article; the Doc is pickled in ``cache``."""
    ddir = cache / "docs"
    ddir.mkdir(parents=True, exist_ok=True)
    paths = heldout.gold_paths(SETS, cache / "gold")  # later sets are blind: never trained on
    golds = {s: [load_gold(p) for p in ps] for s, ps in paths.items()}

    def cpath(g: dict) -> Path:
        return ddir / f"{heldout.cache_stem(g)}.pkl"

    todo = [g for gs in golds.values() for g in gs if refresh or not cpath(g).exists()]
    if todo:
        from hodo.model import Article
        from hodo.pipeline import analyze_doc

        print(f"parsing {len(todo)} articles (cached in {ddir})", file=sys.stderr)
        for n, g in enumerate(todo):
            art = Article(text=g["text"], id=g["id"], title=g.get("title"), published=g.get("published"))
            doc = analyze_doc(art, ("entities", "times"))
            with open(cpath(g), "wb") as f:
                pickle.dump(doc, f)
            if n % 20 == 0:
                print(f"  {n}/{len(todo)}", file=sys.stderr)
    out = {}
    for s, gs in golds.items():
        out[s] = []
        for g in gs:
            with open(cpath(g), "rb") as f:
                out[s].append((g, pickle.load(f)))
    return out


# ---------------------------------------------------------------------------------------
# examples


def examples(sets) -> dict[str, list[dict]]:
    """{group: [one dict per article: gold, rule prediction (dict), and per single-speaker
    quote: its candidates' keys and feature sets, the rule's index, the gold-mapped keys and
    whether the quote is span-matched]}. The rules run with the learned choice switched off."""
    from hodo.evaluate import _mapk, _overlap, greedy, key_map
    from hodo.stages import quotes as Q

    Q.LEARNED_SPEAKER = False
    out: dict[str, list[dict]] = {}
    for s, items in sets.items():
        out[s] = []
        for g, doc0 in items:
            doc = pickle.loads(pickle.dumps(doc0))
            Q.find_quotes(doc)
            pred = doc.article.to_dict()
            gold_keys = {e["key"] for e in g.get("entities") or []}
            km = key_map(g, pred)
            gq, pq = g.get("quotes") or [], pred["quotes"]

            def qscore(gi, pi):
                ov = _overlap((gq[gi]["start"], gq[gi]["end"]), (pq[pi]["start"], pq[pi]["end"]))
                return ov if ov > 0 and 2 * ov >= gq[gi]["end"] - gq[gi]["start"] else None

            match = {pi: gi for gi, pi in greedy(len(gq), len(pq), qscore)}
            qs = []
            for qi, rows in Q.speaker_candidates(doc, doc.article.quotes):
                q = doc.article.quotes[qi]
                keys = [k for k, _ in rows]
                gi = match.get(qi)
                gsp = gq[gi].get("speaker") if gi is not None else None
                qs.append(dict(qi=qi, keys=keys, feats=[sorted(f) for _, f in rows],
                               rule=keys.index(q.speaker), matched=gi is not None,
                               pos=[int(gi is not None and _mapk(km, gold_keys, k) == gsp) for k in keys]))
            out[s].append(dict(gold=g, pred=pred, quotes=qs))
    Q.LEARNED_SPEAKER = True
    return out


# ---------------------------------------------------------------------------------------
# model: a conditional logit (softmax over a quote's candidates), L2, fitted in numpy


def _design(qs: list[dict], vocab: dict[str, int]):
    """Sparse candidate rows (flat feature indices and their row ids), per-candidate quote
    ids and the positive mask."""
    idx, rid, seg, pos = [], [], [], []
    r = 0
    for i, q in enumerate(qs):
        for f, p in zip(q["feats"], q["pos"]):
            cols = [vocab[x] for x in f if x in vocab]
            idx.extend(cols)
            rid.extend([r] * len(cols))
            seg.append(i)
            pos.append(p)
            r += 1
    return np.array(idx, dtype=int), np.array(rid, dtype=int), np.array(seg, dtype=int), np.array(pos, dtype=float)


def fit(qs: list[dict], lam: float, min_count: int = 2, iters: int = 400) -> dict[str, float]:
    """Weights maximising the L2-penalised log-probability of the gold candidate(s) of each
    trainable quote (span-matched, gold speaker among the candidates, more than one
    candidate) under a softmax over the quote's candidates; Adam, full batch."""
    train = [q for q in qs if q["matched"] and any(q["pos"]) and len(q["keys"]) > 1]
    counts = Counter(x for q in train for f in q["feats"] for x in f)
    vocab = {x: i for i, x in enumerate(sorted(x for x, c in counts.items() if c >= min_count))}
    if not vocab or not train:
        return {}
    idx, rid, seg, P = _design(train, vocab)
    n, nr, nf = len(train), len(seg), len(vocab)
    w = np.zeros(nf)
    m, v = np.zeros_like(w), np.zeros_like(w)
    lr, b1, b2 = 0.1, 0.9, 0.999
    for t in range(1, iters + 1):
        z = np.bincount(rid, w[idx], minlength=nr)
        zmax = np.full(n, -np.inf)
        np.maximum.at(zmax, seg, z)
        e = np.exp(z - zmax[seg])
        p = e / np.bincount(seg, e, minlength=n)[seg]
        pp = p * P
        r = pp / np.bincount(seg, pp, minlength=n)[seg]
        grad = np.bincount(idx, (p - r)[rid], minlength=nf) / n + lam * w / n
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad ** 2
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
    return {x: float(w[i]) for x, i in vocab.items() if abs(w[i]) > 1e-6}


def choose(q: dict, weights: dict[str, float], margin: float) -> int:
    """The candidate the ranker picks (as quotes._learned_speakers does)."""
    sc = [sum(weights.get(x, 0.0) for x in f) for f in q["feats"]]
    r = q["rule"]
    best = max(range(len(sc)), key=lambda i: (sc[i], i == r))
    return best if best != r and sc[best] - sc[r] > margin else r


def tp(qs: list[dict], weights, margin) -> int:
    return sum(q["pos"][choose(q, weights, margin)] for q in qs if q["matched"])


def rewrite(art: dict, weights, margin) -> dict:
    """The rule prediction with the ranker's speakers."""
    pred = json.loads(json.dumps(art["pred"]))
    for q in art["quotes"]:
        if weights is not None:
            pred["quotes"][q["qi"]]["speaker"] = q["keys"][choose(q, weights, margin)]
    return pred


LAMBDAS = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
MARGINS = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0)


def loso(ex: dict, groups: list[str], lams=LAMBDAS, margins=MARGINS) -> dict[tuple, int]:
    """Pooled out-of-fold tp (speaker right on span-matched quotes) per (lambda, margin),
    leaving one group out at a time."""
    res: dict[tuple, int] = Counter()
    for lam in lams:
        for s in groups:
            tr = [q for s2 in groups if s2 != s for a in ex[s2] for q in a["quotes"]]
            w = fit(tr, lam)
            te = [q for a in ex[s] for q in a["quotes"]]
            for mg in margins:
                res[(lam, mg)] += tp(te, w, mg)
    return res


def f1(groups, ex, per_article_weights) -> float:
    """quote.speaker F1 of the articles of ``groups`` (group names, or with ``ex`` None a list
    of articles, each scored with the weights of the group it sits in, ``"fold"``)."""
    from hodo.evaluate import score

    arts = [a for s in groups for a in ex[s]] if ex is not None else groups
    pairs = [(a["gold"], rewrite(a, *per_article_weights(a["fold"]))) for a in arts]
    return score(pairs).value("quote.speaker")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=Path("/tmp/s5spk"))
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("--nested", action="store_true", help="also choose lambda/margin inside each fold")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--flips", action="store_true", help="print every out-of-fold change of speaker")
    ap.add_argument("--upto", type=int, default=31, help="read ho1..hoN (default 31)")
    ap.add_argument("--folds", type=int, default=0, help="deal the sets into K folds (0: one group per set)")
    a = ap.parse_args(argv)
    set_range(a.upto)
    sets = load_docs(a.cache, a.refresh)
    ex = examples(sets)
    for s, arts in ex.items():
        for x in arts:
            x["set"] = x["fold"] = s
    late = [x for s in LATE for x in ex.get(s, [])]  # articles of the latest sets
    dev = list(ex.get("dev", []))
    if a.folds:
        ex = fold_sets(ex, a.folds)
        for s, arts in ex.items():
            for x in arts:
                x["fold"] = s
    groups = list(ex)
    nq = sum(len(x["quotes"]) for s in groups for x in ex[s])
    nm = sum(q["matched"] for s in groups for x in ex[s] for q in x["quotes"])
    reach = sum(q["matched"] and any(q["pos"]) for s in groups for x in ex[s] for q in x["quotes"])
    rule_tp = sum(q["pos"][q["rule"]] for s in groups for x in ex[s] for q in x["quotes"] if q["matched"])
    print(f"{len(groups)} groups, {sum(len(v) for v in ex.values())} articles; {nq} single-speaker quotes, "
          f"{nm} span-matched, gold speaker among the candidates for {reach}; rule right on {rule_tp}")
    res = loso(ex, groups)
    print("\nleave-one-set-out pooled tp (rules: %d)" % rule_tp)
    print("lambda \\ margin " + " ".join(f"{m:>6}" for m in MARGINS))
    for lam in LAMBDAS:
        print(f"{lam:>15} " + " ".join(f"{res[(lam, m)]:>6}" for m in MARGINS))
    (lam, mg), best = max(res.items(), key=lambda kv: (kv[1], kv[0][1], kv[0][0]))
    print(f"chosen lambda {lam}, margin {mg}: tp {best}")
    # out-of-fold predictions with the chosen setting, scored officially
    fold_w = {s: fit([q for s2 in groups if s2 != s for x in ex[s2] for q in x["quotes"]], lam) for s in groups}
    allx = [x for s in groups for x in ex[s]]
    for name, gs in ((f"all {len(groups)} groups", allx), (LATE_NAME, late), ("dev", dev)):
        r = f1(gs, None, lambda s: (None, 0.0))
        o = f1(gs, None, lambda s: (fold_w[s], mg))
        print(f"  quote.speaker F1 {name:<14} rules {100 * r:.1f}  ranker (out of fold) {100 * o:.1f}")
    # the shipped model (src/hodo/data/speaker_model.json) on the same examples: on the sets it
    # was not fitted on it is an out-of-sample figure of its own
    shipped = json.loads(OUT.read_text(encoding="utf-8"))
    sw, smg = shipped["weights"], shipped["margin"]
    seen = {t.split(" (")[0] for t in shipped.get("trained_on", "").split(", ")}
    unseen = [x for x in allx if x["set"] not in seen]
    for name, gs in ((f"all {len(groups)} groups", allx), (LATE_NAME, late), ("dev", dev),
                     (f"sets the shipped model never saw ({len(unseen)} articles)", unseen)):
        r = f1(gs, None, lambda s: (None, 0.0))
        o = f1(gs, None, lambda s: (fold_w[s], mg))
        sh = f1(gs, None, lambda s: (sw, smg))
        print(f"  {name}: rules {100 * r:.1f}  refit out of fold {100 * o:.1f}  shipped {100 * sh:.1f}")
    if a.nested:
        # honest variant: lambda and margin chosen inside each training fold (LOSO over the other groups)
        nested_w = {}
        for s in groups:
            inner = [g for g in groups if g != s]
            r_in = loso(ex, inner)
            (lam_s, mg_s), _ = max(r_in.items(), key=lambda kv: (kv[1], kv[0][1], kv[0][0]))
            nested_w[s] = (fit([q for g in inner for x in ex[g] for q in x["quotes"]], lam_s), mg_s)
            print(f"    fold {s:<5} chose lambda {lam_s}, margin {mg_s}")
        for name, gs in ((f"all {len(groups)} groups", allx), (LATE_NAME, late), ("dev", dev)):
            r = f1(gs, None, lambda s: (None, 0.0))
            o = f1(gs, None, lambda s: nested_w[s])
            print(f"  nested: quote.speaker F1 {name:<14} rules {100 * r:.1f}  ranker {100 * o:.1f}")
    if a.flips:
        for s in groups:
            for x in ex[s]:
                for q in x["quotes"]:
                    c = choose(q, fold_w[s], mg)
                    if c != q["rule"]:
                        pq = x["pred"]["quotes"][q["qi"]]
                        t = x["gold"]["text"]
                        tag = "GAIN" if q["pos"][c] and not q["pos"][q["rule"]] else (
                            "LOSS" if q["pos"][q["rule"]] and not q["pos"][c] else "same" if q["matched"] else "unmatched")
                        print(f"    {tag} {s} {q['keys'][q['rule']]} -> {q['keys'][c]} | "
                              f"{t[max(0, pq['start'] - 50):pq['end'] + 15]}".replace("\n", " "))
    # the model written to the data file: all the groups, the chosen lambda and margin
    w_all = fit([q for s in groups for x in ex[s] for q in x["quotes"]], lam)
    w_all = {k: round(v, 4) for k, v in sorted(w_all.items()) if abs(v) >= 5e-5}
    ins = f1(groups, ex, lambda s: (w_all, mg))
    dev_ins = f1(dev, None, lambda s: (w_all, mg))
    print(f"  trained on all groups ({len(w_all)} weights): in-sample speaker F1 {100 * ins:.1f}, dev {100 * dev_ins:.1f}")
    if a.write:
        r_all, o_all = f1(groups, ex, lambda s: (None, 0.0)), f1(groups, ex, lambda s: (fold_w[s], mg))
        r_late, o_late = f1(late, None, lambda s: (None, 0.0)), f1(late, None, lambda s: (fold_w[s], mg))
        model = {
            "about": "Learned speaker choice of hodo's quotes stage (hodo.stages.quotes._learned_speakers): "
                     "a conditional logit over a quote's candidate speakers; a candidate's score is the sum "
                     "of the weights of its features. The ranker's best candidate replaces the rule's choice "
                     "when it scores more than `margin` above it. Made by benchmarks/train_speakers.py --write.",
            "trained_on": f"{', '.join(groups)} ({sum(len(ex[s]) for s in groups)} articles, "
                          f"{sum(q['matched'] and any(q['pos']) and len(q['keys']) > 1 for s in groups for x in ex[s] for q in x['quotes'])} quotes)",
            "lambda": lam,
            "margin": mg,
            "out_of_fold_speaker_f1": {"all": {"rules": round(r_all, 4), "ranker": round(o_all, 4)},
                                       LATE_NAME: {"rules": round(r_late, 4), "ranker": round(o_late, 4)}},
            "weights": w_all,
        }
        OUT.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    for s in groups:
        r = f1([s], ex, lambda s: (None, 0.0))
        o = f1([s], ex, lambda s: (fold_w[s], mg))
        print(f"    {s:<5} rules {100 * r:.1f}  ranker {100 * o:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
