"""Experiment: does a small learned filter over hodo's predicted events transfer to unseen
articles better than the hand rules alone?

    .venv/bin/python benchmarks/event_filter.py [--cache /tmp/hodo_event_filter] [--refresh]

For every predicted event of every tuning article (held-out sets ho1-ho13 and the dev gold)
the label is 1 when the official event matching (``hodo.evaluate``: same type, trigger in the
same sentence, one-to-one greedy) pairs it with a gold event, else 0. Features come only from
the Event record and the Article (type, modality, negation, confidence, quote/claim
attribution, block kind, actors and their entity types, sentence position, the trigger's
surface and the characters after it, CAMEO root...) -- no article ids, no entity keys. The
trigger vocabulary is learned on the training folds only.

The model is an L2 logistic regression in numpy (Newton steps). The regularisation and the
keep-threshold are chosen by leave-one-set-out over the 14 tuning groups (ho1..ho13, dev),
maximising pooled out-of-fold event.type F1; the model is then trained on all of them and
applied once to the blind sets ho14+ho15. A variant without the "block kind = source"
feature is run the same way (the dev gold codes events in source-list headlines, the
held-out annotators do not), and so is a one-feature baseline: a threshold on hodo's own
confidence. Every figure is computed with ``hodo.evaluate.score`` on the filtered
predictions.

This is a measurement script only: it changes nothing in the pipeline. Analyses are cached
(one JSON per article) in the cache folder; ``--refresh`` re-analyses.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import heldout  # noqa: E402

from hodo.evaluate import _mapk, key_map, load_gold, match_events, score  # noqa: E402

BLIND = ("ho14", "ho15")
#: the sets this experiment was designed on (later sets, ho16+, are not read)
SETS = tuple(f"ho{i}" for i in range(1, 16))
LAMBDAS = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
THRESHOLDS = tuple(round(x, 3) for x in np.arange(0.05, 0.701, 0.025))
EV_METRICS = ("event.type", "event.source", "event.full")


# ---------------------------------------------------------------------------------------
# data


def load_sets(cache: Path, refresh: bool, sets: tuple[str, ...] = SETS) -> dict[str, list[tuple[dict, dict]]]:
    """{group: [(gold dict, predicted dict)]} for ``sets`` and dev; predictions analysed once
    and cached."""
    pdir = cache / "pred"
    pdir.mkdir(parents=True, exist_ok=True)
    paths = heldout.gold_paths(sets, cache / "gold")
    golds = {s: [load_gold(p) for p in ps] for s, ps in paths.items()}

    def cpath(g: dict) -> Path:
        return pdir / f"{heldout.cache_stem(g)}.json"

    todo = [g for gs in golds.values() for g in gs if refresh or not cpath(g).exists()]
    if todo:
        from hodo.pipeline import analyze_many

        print(f"analysing {len(todo)} articles (cached in {pdir})", file=sys.stderr)
        items = [{"text": g["text"], "id": g["id"], "title": g.get("title"),
                  "published": g.get("published")} for g in todo]
        for g, a in zip(todo, analyze_many(items)):
            if not hasattr(a, "to_dict"):
                raise SystemExit(f"{g['id']}: {a}")
            cpath(g).write_text(json.dumps(a.to_dict(), ensure_ascii=False), encoding="utf-8")
    return {s: [(g, json.loads(cpath(g).read_text(encoding="utf-8"))) for g in gs] for s, gs in golds.items()}


def labels(gold: dict, pred: dict) -> tuple[list[int], list[int]]:
    """Per predicted event: 1 when the official event matching pairs it with a gold event;
    and per predicted event: 1 when an unmatched gold event of ANOTHER type sits in its
    sentence (what a re-typing step could at most recover)."""
    ge, pe = gold.get("events") or [], pred.get("events") or []
    gold_keys = {e["key"] for e in gold.get("entities") or []}
    km = key_map(gold, pred)
    em = match_events(gold, pred, lambda k: _mapk(km, gold_keys, k))
    m, gs, ps = em.pairs, em.gold_sent, em.pred_sent
    mp = {pi for _, pi in m}
    mg = {gi for gi, _ in m}
    y = [int(i in mp) for i in range(len(pe))]
    retype = [int(not y[pi] and any(gs[gi] == ps[pi] and gi not in mg and ge[gi]["type"] != pe[pi]["type"]
                                    for gi in range(len(ge)))) for pi in range(len(pe))]
    return y, retype


# ---------------------------------------------------------------------------------------
# features

KANJI = re.compile(r"^[\u4e00-\u9fff々]+$")
KANA = re.compile(r"[\u3040-\u309f]")


def _bucket(x: int, edges=(0, 1, 2, 3, 5, 8)) -> str:
    for e in edges:
        if x <= e:
            return str(e)
    return f">{edges[-1]}"


def article_features(pred: dict, use_source_block: bool = True) -> list[dict[str, float]]:
    """One feature dict per predicted event: categorical features as 'name=value': 1.0,
    numeric ones as 'name': value. Nothing names the article or an entity key.

    ``use_source_block=False`` removes every feature that tells a source-list (citation)
    headline from body text: the block kind, the sentence's position in the body, a 『
    in the sentence and a 』 right after the trigger."""
    text = pred["text"]
    sents = pred.get("sentences") or []
    blocks = pred.get("blocks") or []
    ents = {e["key"]: e for e in pred.get("entities") or []}
    sent_by_start = {s["start"]: (i, s) for i, s in enumerate(sents)}
    body = [i for i, s in enumerate(sents) if blocks and blocks[s.get("block", 0)]["kind"] == "paragraph"]
    evs = pred.get("events") or []
    per_sent = Counter(tuple(e.get("sentence") or ()) for e in evs)
    per_trig = Counter(tuple(e["trigger"]) for e in evs)
    per_trig_type = Counter((tuple(e.get("sentence") or ()), e["type"]) for e in evs)
    out = []
    for e in evs:
        f: dict[str, float] = {}
        t0, t1 = e["trigger"]
        trig = text[t0:t1]
        after = text[t1:t1 + 2]
        ss = e.get("sentence") or [t0, t1]
        si, srec = sent_by_start.get(ss[0], (None, None))
        kind = blocks[srec.get("block", 0)]["kind"] if srec is not None and blocks else "none"
        typ = e["type"]
        f[f"type={typ}"] = 1
        if use_source_block:
            f[f"block={kind}"] = 1
        f[f"modality={e.get('modality') or 'none'}"] = 1
        f["negated"] = float(bool(e.get("negated")))
        f["confidence"] = float(e.get("confidence") or 0.5)
        f["in_quote"] = float(bool(e.get("speaker")))
        f["in_claim"] = float(bool(e.get("attributed_to")))
        f["has_date"] = float(bool(e.get("date")))
        f["has_place"] = float(bool(e.get("place")))
        f[f"mode={e.get('mode') or 'none'}"] = 1
        f[f"cameo2={(e.get('cameo') or 'xx')[:2]}"] = 1
        f[f"quad={e.get('quad') or 'none'}"] = 1
        src, tgt = e.get("source") or [], e.get("target") or []
        f["has_source"] = float(bool(src))
        f["has_target"] = float(bool(tgt))
        f[f"n_actors={_bucket(len(src) + len(tgt), (0, 1, 2, 3))}"] = 1
        f["src_eq_tgt"] = float(bool(set(src) & set(tgt)))
        for role, ks in (("src", src), ("tgt", tgt)):
            for k in ks:
                f[f"{role}_type={ents.get(k, {}).get('type', 'REF')}"] = 1
        f[f"trig={trig}"] = 1
        f[f"type_trig={typ}:{trig}"] = 1
        f[f"trig_len={min(len(trig), 4)}"] = 1
        f["trig_kanji"] = float(bool(KANJI.match(trig)))
        f["trig_kana"] = float(bool(KANA.search(trig)))
        a1 = after[:1] or "END"
        if a1 != "』" or use_source_block:
            f[f"after1={a1}"] = 1
        # verbal use of a verbal noun (会談し, 会談する) vs nominal use (会談の, 会談を)
        f["after_suru"] = float(after[:1] in ("し", "す", "さ", "せ"))
        f["after_no"] = float(after[:1] == "の")
        stext = text[ss[0]:ss[1]]
        f["sent_quote"] = float("「" in stext)
        if use_source_block:
            f["sent_headline_bracket"] = float("『" in stext)
        f[f"sent_len={_bucket(len(stext) // 20, (0, 1, 2, 3, 5))}"] = 1
        if not use_source_block:
            pass  # position in the body would tell paragraphs from source lists
        elif si is not None and si in body:
            pos = body.index(si)
            f[f"body_pos={_bucket(pos, (0, 1, 2, 4))}"] = 1
            f["body_rel"] = pos / max(1, len(body) - 1)
        else:
            f["body_pos=outside"] = 1
        f[f"ev_in_sent={_bucket(per_sent[tuple(ss)], (1, 2, 3, 5))}"] = 1
        f["same_trigger_dup"] = float(per_trig[(t0, t1)] > 1)
        f["same_type_in_sent_dup"] = float(per_trig_type[(tuple(ss), typ)] > 1)
        f["rel_trig_pos"] = (t0 - ss[0]) / max(1, ss[1] - ss[0])
        out.append(f)
    return out


class Vectorizer:
    """Maps feature dicts to a matrix; categorical features seen fewer than ``min_count``
    times in the training data are dropped; numeric columns are standardised."""

    NUMERIC = ("confidence", "body_rel", "rel_trig_pos")

    def __init__(self, min_count: int = 2):
        self.min_count = min_count

    def fit(self, rows: list[dict[str, float]]) -> "Vectorizer":
        c = Counter(k for r in rows for k in r)
        self.names = sorted(k for k, n in c.items() if n >= self.min_count or k in self.NUMERIC)
        self.index = {k: i for i, k in enumerate(self.names)}
        X = self._raw(rows)
        self.mu = np.zeros(X.shape[1])
        self.sd = np.ones(X.shape[1])
        for k in self.NUMERIC:
            if k in self.index:
                j = self.index[k]
                self.mu[j], self.sd[j] = X[:, j].mean(), X[:, j].std() or 1.0
        return self

    def _raw(self, rows):
        X = np.zeros((len(rows), len(self.names)))
        for i, r in enumerate(rows):
            for k, v in r.items():
                j = self.index.get(k)
                if j is not None:
                    X[i, j] = v
        return X

    def transform(self, rows) -> np.ndarray:
        return (self._raw(rows) - self.mu) / self.sd


def fit_logreg(X: np.ndarray, y: np.ndarray, lam: float, iters: int = 30) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method; the bias (last weight) is not
    penalised. Returns weights of length X.shape[1] + 1."""
    Xb = np.hstack([X, np.ones((len(X), 1))])
    w = np.zeros(Xb.shape[1])
    reg = np.full(Xb.shape[1], lam)
    reg[-1] = 1e-6
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(Xb @ w)))
        g = Xb.T @ (p - y) + reg * w
        H = (Xb * (p * (1 - p))[:, None]).T @ Xb + np.diag(reg)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def predict(w: np.ndarray, X: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(X @ w[:-1] + w[-1])))


# ---------------------------------------------------------------------------------------
# scoring


def filtered(pred: dict, keep: list[bool]) -> dict:
    out = dict(pred)
    out["events"] = [e for e, k in zip(pred.get("events") or [], keep) if k]
    return out


def report(pairs: list[tuple[dict, dict]], probs: list[np.ndarray] | None, thr: float) -> dict:
    """Official event metrics of the predictions, keeping events with prob >= thr."""
    if probs is None:
        rep = score(pairs)
    else:
        rep = score((g, filtered(p, list(pr >= thr))) for (g, p), pr in zip(pairs, probs))
    return {m: rep.metrics[m] for m in EV_METRICS}


def f1(pairs, probs, thr) -> float:
    return report(pairs, probs, thr)["event.type"].f1


# ---------------------------------------------------------------------------------------
# experiment


class Data:
    def __init__(self, sets: dict[str, list[tuple[dict, dict]]], use_source_block: bool):
        self.groups = list(sets)
        self.pairs = sets
        self.feats = {s: [article_features(p, use_source_block) for _, p in prs] for s, prs in sets.items()}
        self.y = {s: [labels(g, p)[0] for g, p in prs] for s, prs in sets.items()}

    def rows(self, groups):
        R, Y = [], []
        for s in groups:
            for fs, ys in zip(self.feats[s], self.y[s]):
                R.extend(fs)
                Y.extend(ys)
        return R, np.array(Y, dtype=float)

    def train(self, groups, lam):
        R, Y = self.rows(groups)
        vec = Vectorizer().fit(R)
        return vec, fit_logreg(vec.transform(R), Y, lam)

    def apply(self, vec, w, group) -> list[np.ndarray]:
        return [predict(w, vec.transform(fs)) if fs else np.zeros(0) for fs in self.feats[group]]


def loso(data: Data, tune: list[str], lam: float) -> dict[str, list[np.ndarray]]:
    """Out-of-fold probabilities per group (leave one set out)."""
    out = {}
    for s in tune:
        vec, w = data.train([t for t in tune if t != s], lam)
        out[s] = data.apply(vec, w, s)
    return out


def pooled(data: Data, groups, probs: dict | None):
    pairs = [pr for s in groups for pr in data.pairs[s]]
    ps = None if probs is None else [p for s in groups for p in probs[s]]
    return pairs, ps


def choose(data: Data, tune: list[str]) -> tuple[float, float, dict, list]:
    """(lambda, threshold, out-of-fold probs, grid) maximising pooled OOF event.type F1."""
    best, grid = None, []
    for lam in LAMBDAS:
        oof = loso(data, tune, lam)
        pairs, ps = pooled(data, tune, oof)
        for thr in THRESHOLDS:
            v = f1(pairs, ps, thr)
            grid.append((lam, thr, v))
            if best is None or v > best[2] + 1e-9:
                best = (lam, thr, v, oof)
    return best[0], best[1], best[3], grid


def confidence_baseline(data: Data, tune: list[str]) -> tuple[float, dict]:
    """hodo's own confidence as the keep-probability; threshold chosen on the tuning sets."""
    conf = {s: [np.array([float(e.get("confidence") or 0.5) for e in p.get("events") or []])
                for _, p in data.pairs[s]] for s in data.groups}
    pairs, ps = pooled(data, tune, conf)
    thr = max(np.arange(0.1, 0.951, 0.05), key=lambda t: (f1(pairs, ps, t), -t))
    return float(thr), conf


def bootstrap_delta(pairs, probs, thr, n=2000, seed=0) -> tuple[float, float, float]:
    """Paired bootstrap over articles of event.type F1 (filter minus hodo): mean, 2.5%, 97.5%."""
    from hodo.evaluate import PRF

    base = [score([pr]).metrics["event.type"] for pr in pairs]
    filt = [score([(g, filtered(p, list(pb >= thr)))]).metrics["event.type"] for (g, p), pb in zip(pairs, probs)]
    rng = np.random.default_rng(seed)
    ds = []
    for _ in range(n):
        idx = rng.integers(0, len(pairs), len(pairs))
        a, b = PRF(), PRF()
        for i in idx:
            a.add(base[i].tp, base[i].n_pred, base[i].n_gold)
            b.add(filt[i].tp, filt[i].n_pred, filt[i].n_gold)
        ds.append(b.f1 - a.f1)
    ds = np.array(ds)
    return float(ds.mean()), float(np.percentile(ds, 2.5)), float(np.percentile(ds, 97.5))


def fmt_row(label: str, r: dict) -> str:
    cells = []
    for m in EV_METRICS:
        v = r[m]
        cells.append(f"{100 * v.precision:5.1f} {100 * v.recall:5.1f} {100 * v.f1:5.1f}")
    n = r["event.type"]
    return f"{label:<34}" + "  |  ".join(cells) + f"   {n.tp:>4}/{n.n_pred:<4} gold {n.n_gold}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/hodo_event_filter"))
    ap.add_argument("--refresh", action="store_true", help="re-analyse every article")
    ap.add_argument("--top", type=int, default=25, help="largest weights to print")
    a = ap.parse_args(argv)
    sets = load_sets(a.cache, a.refresh)
    tune = [s for s in sets if s not in BLIND]
    blind = [s for s in sets if s in BLIND]
    n_art = {s: len(v) for s, v in sets.items()}
    print(f"tuning groups: {', '.join(f'{s}({n_art[s]})' for s in tune)}; blind: {', '.join(blind)} "
          f"({sum(n_art[s] for s in blind)} articles)")

    base = Data(sets, use_source_block=True)
    y_all = {s: sum(map(sum, base.y[s])) for s in sets}
    n_ev = {s: sum(map(len, base.y[s])) for s in sets}
    rt = {s: sum(sum(labels(g, p)[1]) for g, p in sets[s]) for s in sets}
    for name, gs in (("tuning", tune), ("blind", blind)):
        print(f"{name}: {sum(n_ev[s] for s in gs)} predicted events, {sum(y_all[s] for s in gs)} correct by type; "
              f"{sum(rt[s] for s in gs)} false ones share their sentence with a missed gold event of another type")
    print()

    header = f"{'':<34}" + "  |  ".join(f"{m:<17}" for m in EV_METRICS)
    sub = f"{'':<34}" + "  |  ".join(f"{'P':>5} {'R':>5} {'F1':>5}" for _ in EV_METRICS)
    results = {}
    for variant, use_src in (("all features", True), ("no source-list signal", False)):
        data = base if use_src else Data(sets, use_source_block=False)
        lam, thr, oof, grid = choose(data, tune)
        vec, w = data.train(tune, lam)
        final = {s: data.apply(vec, w, s) for s in sets}
        results[variant] = dict(data=data, lam=lam, thr=thr, oof=oof, final=final, vec=vec, w=w)
    cthr, conf = confidence_baseline(base, tune)
    # a one-line hand rule for comparison: drop every event of a source-list (citation) block
    nosrc = {}
    for s in sets:
        nosrc[s] = []
        for _, p in sets[s]:
            kinds = [b["kind"] for b in p.get("blocks") or []]
            sb = {x["start"]: x.get("block", 0) for x in p.get("sentences") or []}
            nosrc[s].append(np.array([0.0 if kinds and kinds[sb.get((e.get("sentence") or [-1])[0], 0)] == "source"
                                      else 1.0 for e in p.get("events") or []]))

    def oracle(groups):
        pairs = [pr for s in groups for pr in sets[s]]
        probs = [np.array(y, dtype=float) for s in groups for y in base.y[s]]
        return report(pairs, probs, 0.5)

    blocks = (
        ("LEAVE-ONE-SET-OUT, pooled out-of-fold (ho1-13 + dev)", tune, "oof"),
        ("BLIND ho14+ho15 (model trained on all tuning sets, applied once)", blind, "final"),
        ("DEV (6 files): out-of-fold (dev fold of LOSO)", ["dev"], "oof"),
        ("DEV (6 files): in-sample (final model, for reference)", ["dev"], "final"),
    )
    for title, gs, which in blocks:
        print(title)
        print(header)
        print(sub)
        pairs, _ = pooled(base, gs, None)
        print(fmt_row("(a) hodo as is", report(pairs, None, 0)))
        _, cp = pooled(base, gs, conf)
        print(fmt_row(f"    hodo confidence >= {cthr:.2f}", report(pairs, cp, cthr)))
        _, rp = pooled(base, gs, nosrc)
        print(fmt_row("    rule: drop source-list events", report(pairs, rp, 0.5)))
        for variant, r in results.items():
            _, ps = pooled(r["data"], gs, r[which])
            print(fmt_row(f"(b) filter, {variant}", report(pairs, ps, r["thr"])))
        print(fmt_row("    oracle keep-filter (ceiling)", oracle(gs)))
        print()

    for variant, r in results.items():
        print(f"[{variant}] chosen by LOSO: lambda={r['lam']}, threshold={r['thr']}")
    pairs, _ = pooled(base, blind, None)
    for variant, r in results.items():
        _, ps = pooled(r["data"], blind, r["final"])
        m, lo, hi = bootstrap_delta(pairs, ps, r["thr"])
        print(f"blind event.type F1 delta, filter [{variant}] - hodo: mean {100 * m:+.1f} pts, "
              f"95% bootstrap over articles [{100 * lo:+.1f}, {100 * hi:+.1f}]")
    _, cp = pooled(base, blind, conf)
    m, lo, hi = bootstrap_delta(pairs, cp, cthr)
    print(f"blind event.type F1 delta, confidence >= {cthr:.2f} - hodo: mean {100 * m:+.1f} pts, "
          f"95% [{100 * lo:+.1f}, {100 * hi:+.1f}]")
    _, rp = pooled(base, blind, nosrc)
    m, lo, hi = bootstrap_delta(pairs, rp, 0.5)
    print(f"blind event.type F1 delta, rule drop source-list events - hodo: mean {100 * m:+.1f} pts, "
          f"95% [{100 * lo:+.1f}, {100 * hi:+.1f}]")
    # per-set blind
    for s in blind:
        r = results["all features"]
        b = report(sets[s], None, 0)["event.type"].f1
        f_ = report(sets[s], r["final"][s], r["thr"])["event.type"].f1
        r2 = results["no source-list signal"]
        f2 = report(sets[s], r2["final"][s], r2["thr"])["event.type"].f1
        print(f"  {s}: hodo {100 * b:.1f}  filter {100 * f_:.1f}  filter(no source) {100 * f2:.1f}")
    print()
    for variant, r in results.items():
        names, w = r["vec"].names, r["w"]
        order = np.argsort(-np.abs(w[:-1]))[: a.top]
        print(f"largest weights [{variant}] (standardised numeric; + keeps, - drops; bias {w[-1]:+.2f}):")
        for j in order:
            print(f"  {w[j]:+6.2f}  {names[j]}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
