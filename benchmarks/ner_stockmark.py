"""External NER benchmark: entity F1 on the Stockmark Wikipedia NER set, hodo beside raw
GiNZA, same sentences, same run.

    .venv/bin/python benchmarks/ner_stockmark.py [--limit 500] [--seed 0] [--format text|json]

Data: ../shared/benchmarks/stockmark-ner-wikipedia.json (5,343 Wikipedia sentences,
Stockmark Inc., CC BY-SA 3.0): a list of {text, entities: [{name, span, type}]}.

Type mapping (Stockmark -> hodo):

    人名            -> PERSON
    法人名          -> ORG
    政治的組織名    -> ORG
    その他の組織名  -> ORG
    地名            -> GPE or LOC (the set does not tell a country/city from a region or
                       mountain, so a prediction of either type counts as the right type)
    施設名          -> FAC
    製品名, イベント名 -> out of scope: these gold entities are dropped, and so is every
                       prediction that overlaps one of them (neither a hit nor a false alarm)

Matching is hodo eval's mention matching: one-to-one, exact span; "typed" also needs the
type, "span" ignores it. hodo runs its entities stage only (``hodo.analyze`` with
``stages=("entities",)``), each sentence as its own article; GiNZA is ja_ginza's ``ner``
mapped with ``GINZA_TYPES`` (benchmarks/ginza_baseline.py). ``--limit N`` scores a
random sample of N sentences (``--seed``), default all.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ginza_baseline import ginza_spans, load_ginza  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "stockmark-ner-wikipedia.json"

TYPE_MAP: dict[str, str | None] = {
    "人名": "PERSON",
    "法人名": "ORG",
    "政治的組織名": "ORG",
    "その他の組織名": "ORG",
    "地名": "GPE|LOC",
    "施設名": "FAC",
    "製品名": None,
    "イベント名": None,
}
#: the classes scored: hodo types folded the way the gold can tell them apart
CLASSES = ("PERSON", "ORG", "GPE|LOC", "FAC")


def fold(hodo_type: str) -> str:
    return "GPE|LOC" if hodo_type in ("GPE", "LOC") else hodo_type


class PRF:
    def __init__(self) -> None:
        self.tp = self.n_pred = self.n_gold = 0

    def p(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    def r(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    def f(self) -> float:
        p, r = self.p(), self.r()
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"precision": round(self.p(), 4), "recall": round(self.r(), 4), "f1": round(self.f(), 4),
                "tp": self.tp, "pred": self.n_pred, "gold": self.n_gold}


def load(path: Path, limit: int | None, seed: int) -> list[dict]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    for i, r in enumerate(rows):
        for e in r["entities"]:
            s, t = e["span"]
            if r["text"][s:t] != e["name"]:
                raise ValueError(f"{path}: sentence {i}: span {e['span']} is not {e['name']!r}")
            if e["type"] not in TYPE_MAP:
                raise ValueError(f"{path}: sentence {i}: unknown type {e['type']!r}")
    if limit is not None and limit < len(rows):
        idx = sorted(random.Random(seed).sample(range(len(rows)), limit))
        rows = [rows[i] for i in idx]
    return rows


def gold_of(row: dict) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """In-scope gold mentions (start, end, class) and out-of-scope spans."""
    keep, drop = [], []
    for e in row["entities"]:
        s, t = e["span"]
        c = TYPE_MAP[e["type"]]
        (keep.append((s, t, c)) if c else drop.append((s, t)))
    return keep, drop


def score_into(totals: dict[str, PRF], gold, drop, pred) -> None:
    """pred: (start, end, hodo type). Adds to totals["typed"], ["span"] and per class."""
    pred = [(s, e, fold(t)) for s, e, t in pred if not any(s < b and a < e for a, b in drop)]
    for mode in ("typed", "span"):
        key = (lambda x: x) if mode == "typed" else (lambda x: x[:2])
        avail: dict = {}
        for p in pred:
            avail[key(p)] = avail.get(key(p), 0) + 1
        tp = 0
        hit_classes = []
        for g in gold:
            if avail.get(key(g), 0) > 0:
                avail[key(g)] -= 1
                tp += 1
                hit_classes.append(g[2])
        m = totals[mode]
        m.tp += tp
        m.n_pred += len(pred)
        m.n_gold += len(gold)
        if mode == "typed":
            for c in CLASSES:
                mc = totals[c]
                mc.tp += hit_classes.count(c)
                mc.n_pred += sum(1 for p in pred if p[2] == c)
                mc.n_gold += sum(1 for g in gold if g[2] == c)


def hodo_spans(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    from hodo.pipeline import AnalysisError, analyze_many

    out = []
    for a in analyze_many(texts, stages=("entities",), batch_size=64):
        if isinstance(a, AnalysisError):
            out.append([])
            continue
        out.append([(m[0], m[1], e.type) for e in a.entities for m in e.mentions])
    return out


def run(data: Path, limit: int | None, seed: int) -> dict:
    rows = load(data, limit, seed)
    texts = [r["text"] for r in rows]
    res: dict = {"sentences": len(rows), "seed": seed, "limit": limit, "systems": {}}
    runners = {"hodo": hodo_spans, "ginza": lambda ts: ginza_spans(load_ginza(), ts)}
    for name, fn in runners.items():
        t0 = time.perf_counter()
        preds = fn(texts)
        secs = time.perf_counter() - t0
        totals = {k: PRF() for k in ("typed", "span", *CLASSES)}
        for row, pred in zip(rows, preds):
            gold, drop = gold_of(row)
            score_into(totals, gold, drop, pred)
        res["systems"][name] = {"seconds": round(secs, 1), **{k: v.to_dict() for k, v in totals.items()}}
    return res


def render(res: dict) -> str:
    lim = f"random {res['sentences']} (seed {res['seed']})" if res["limit"] else f"all {res['sentences']}"
    lines = [f"Stockmark Wikipedia NER, {lim} sentences: hodo (entities stage) vs raw GiNZA", ""]
    lines.append(f"{'':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'pred':>7}{'gold':>7}")
    for k in ("typed", "span", *CLASSES):
        for name, m in res["systems"].items():
            lines.append(f"{k + ' ' + name:<16}{100 * m[k]['precision']:7.1f}{100 * m[k]['recall']:7.1f}"
                         f"{100 * m[k]['f1']:7.1f}{m[k]['tp']:7d}{m[k]['pred']:7d}{m[k]['gold']:7d}")
    lines.append("")
    lines.append("seconds: " + ", ".join(f"{n} {m['seconds']}" for n, m in res["systems"].items())
                 + " (each includes loading its model)")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=None, help="score a random sample of N sentences")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--format", choices=("text", "json"), default="text")
    a = ap.parse_args(argv)
    res = run(a.data, a.limit, a.seed)
    if a.format == "json":
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(render(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
