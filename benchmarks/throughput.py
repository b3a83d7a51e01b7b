"""Throughput of `hodo analyze` beside GiNZA's own full `nlp.pipe`, same texts, same run.

    python benchmarks/throughput.py [--n 200] [--corpus ../shared/corpus/jawikinews.jsonl]

Each side runs in its own fresh process (so peak memory is its own), on the same fixed
sample of the corpus (every k-th article), model loading timed apart from analysis.
Prints articles/s, characters/s, seconds (wall and CPU) and peak RSS. GiNZA runs twice: as
installed, and loaded under the BLAS choice hodo makes (numpy's instead of blis; see
``hodo.nlp._cpu_ops``), so the figures show how much of hodo's lead is that choice alone.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "jawikinews.jsonl"


def sample(corpus: Path, n: int) -> list[dict]:
    with open(corpus, encoding="utf-8") as f:
        rows = [json.loads(x) for x in f if x.strip()]
    step = max(1, len(rows) // n)
    return rows[::step][:n]


def run_one(side: str, corpus: Path, n: int) -> dict:
    rows = sample(corpus, n)
    t0 = time.perf_counter()
    c0 = time.process_time()
    if side == "hodo":
        import hodo
        from hodo import nlp as _nlp
        from hodo.pipeline import _settings

        _nlp.load(ner=_settings(None)[1])
        t1 = time.perf_counter()
        c1 = time.process_time()
        out = list(hodo.analyze_many(rows, batch_size=16))
        assert all(isinstance(a, hodo.Article) for a in out)
        counts = {k: sum(len(getattr(a, k)) for a in out) for k in ("entities", "times", "quotes", "claims", "events")}
    else:
        import contextlib

        import spacy

        # ginza-blas: GiNZA's full pipeline under the BLAS choice hodo makes (numpy's instead of
        # blis, hodo.nlp._cpu_ops), so that the comparison also shows what of hodo's lead is that
        # choice, which any GiNZA user could make too
        if side == "ginza-blas":
            from hodo.nlp import _cpu_ops
            ctx = _cpu_ops()
        else:
            ctx = contextlib.nullcontext()
        with ctx:
            nlp = spacy.load("ja_ginza")
        t1 = time.perf_counter()
        c1 = time.process_time()
        docs = list(nlp.pipe([r["text"] for r in rows], batch_size=16))
        counts = {"ents": sum(len(d.ents) for d in docs)}
    t2 = time.perf_counter()
    c2 = time.process_time()
    chars = sum(len(r["text"]) for r in rows)
    return {
        "side": side,
        "articles": len(rows),
        "chars": chars,
        "load_s": round(t1 - t0, 2),
        "analyse_s": round(t2 - t1, 2),
        # CPU seconds of the analysis: steadier than wall time on a shared machine
        "analyse_cpu_s": round(c2 - c1, 2),
        "articles_per_s": round(len(rows) / (t2 - t1), 2),
        "chars_per_s": round(chars / (t2 - t1)),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "counts": counts,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="articles in the sample")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--one", choices=["hodo", "ginza", "ginza-blas"], help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true", help="print JSON")
    a = ap.parse_args()
    if a.one:
        print(json.dumps(run_one(a.one, a.corpus, a.n)))
        return
    results = []
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    for side in ("ginza", "ginza-blas", "hodo"):
        r = subprocess.run(
            [sys.executable, __file__, "--one", side, "--n", str(a.n), "--corpus", str(a.corpus)],
            capture_output=True, text=True, env=env, check=True,
        )
        results.append(json.loads(r.stdout.strip().splitlines()[-1]))
    if a.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return
    g, gb, h = results
    print(f"sample: {g['articles']} articles, {g['chars']} characters (every k-th of {a.corpus.name})")
    print(f"{'':24}{'articles/s':>12}{'chars/s':>10}{'analyse s':>11}{'CPU s':>8}{'load s':>8}{'peak MB':>9}")
    for r in results:
        name = {"ginza": "GiNZA nlp.pipe (full)", "ginza-blas": "GiNZA, hodo's BLAS"}.get(r["side"], "hodo analyze_many")
        print(f"{name:24}{r['articles_per_s']:>12}{r['chars_per_s']:>10}{r['analyse_s']:>11}{r['analyse_cpu_s']:>8}{r['load_s']:>8}{r['peak_rss_mb']:>9}")
    print(f"hodo / GiNZA speed: {h['articles_per_s'] / g['articles_per_s']:.2f}x "
          f"(CPU time: {g['analyse_cpu_s'] / h['analyse_cpu_s']:.2f}x); against GiNZA with hodo's BLAS: "
          f"{h['articles_per_s'] / gb['articles_per_s']:.2f}x (CPU {gb['analyse_cpu_s'] / h['analyse_cpu_s']:.2f}x)")
    print(f"hodo records: {h['counts']}")


if __name__ == "__main__":
    main()
