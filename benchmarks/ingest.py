"""Ingest benchmark: ``hodo ingest`` against GiNZA's bare ``nlp.pipe`` over the same texts.

    .venv/bin/python benchmarks/ingest.py [--limit N] [--workers 2] [--corpus PATH]

Each measurement runs in its own fresh process (so peak memory is its own): the time is
wall-clock from start to finish *including* model loading; peak RSS is
``resource.getrusage`` of the measuring process and, separately, of its largest worker
(``RUSAGE_CHILDREN``), and an estimate of the whole (main + workers × largest worker).
The database size is the SQLite file after the ingest closed it (WAL checkpointed).

With ``--workers > 1`` the bare run is repeated with ``n_process=1`` (spaCy's multiprocess
``pipe`` pickles every Doc back to the main process, which costs much of the gain).
hodo's pipeline parses hodo's own sentences and leaves GiNZA's NER out when no stage
needs it; the bare run is the full ``ja_ginza`` pipeline over whole texts.

Prints a Markdown table (and JSON with ``--json``).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(os.environ.get("HODO_SHARED", ROOT.parent / "shared")) / "corpus" / "jawikinews.jsonl"
#: Sudachi refuses inputs over ~49 KB: the bare run cuts longer texts at line breaks.
BARE_CHUNK_CHARS = 10_000


def _rss() -> dict:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"rss_main_mb": round(me, 1), "rss_worker_mb": round(kids, 1)}


def phase_ingest(src: str, db: str, workers: int) -> dict:
    t0 = time.perf_counter()
    from hodo.ingest import ingest

    rep = ingest([src], db, workers=workers, progress=False)
    out = {"seconds": round(time.perf_counter() - t0, 2), "articles": rep.added + rep.replaced,
           "failed": rep.failed, "unchanged": rep.unchanged}
    out.update(_rss())
    size = sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
    out["db_mb"] = round(size / 1e6, 2)
    return out


def _chunks(text: str) -> list[str]:
    if len(text) <= BARE_CHUNK_CHARS:
        return [text]
    out, cur = [], ""
    for line in text.splitlines(keepends=True):
        while len(line) > BARE_CHUNK_CHARS:
            out.append(line[:BARE_CHUNK_CHARS])
            line = line[BARE_CHUNK_CHARS:]
        if len(cur) + len(line) > BARE_CHUNK_CHARS:
            out.append(cur)
            cur = ""
        cur += line
    if cur:
        out.append(cur)
    return out


def phase_bare(src: str, workers: int) -> dict:
    t0 = time.perf_counter()
    import spacy

    texts = []
    n = 0
    with open(src, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                texts += _chunks(json.loads(line)["text"])
                n += 1
    nlp = spacy.load("ja_ginza")
    t1 = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(texts, n_process=workers, batch_size=32):
        tokens += len(doc)
    t2 = time.perf_counter()
    out = {"seconds": round(t2 - t0, 2), "pipe_seconds": round(t2 - t1, 2), "articles": n, "tokens": tokens}
    out.update(_rss())
    return out


def _run_phase(args: list[str]) -> dict:
    r = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"phase {args[:2]} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="first N articles of the corpus (default: all)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    ap.add_argument("--no-single", action="store_true", help="skip the extra bare run with n_process=1")
    ap.add_argument("--phase", choices=["ingest", "bare"], help=argparse.SUPPRESS)
    ap.add_argument("--src", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.phase == "ingest":
        print(json.dumps(phase_ingest(a.src, a.db, a.workers)))
        return
    if a.phase == "bare":
        print(json.dumps(phase_bare(a.src, a.workers)))
        return

    with tempfile.TemporaryDirectory(prefix="hodo-bench-") as tmp:
        src = os.path.join(tmp, "corpus.jsonl")
        n = 0
        with open(a.corpus, encoding="utf-8") as f, open(src, "w", encoding="utf-8") as g:
            for line in f:
                if not line.strip():
                    continue
                g.write(line)
                n += 1
                if a.limit and n >= a.limit:
                    break
        db = os.path.join(tmp, "bench.db")
        ing = _run_phase(["--phase", "ingest", "--src", src, "--db", db, "--workers", str(a.workers)])
        bare = _run_phase(["--phase", "bare", "--src", src, "--workers", str(a.workers)])
        bare1 = None
        if a.workers > 1 and not a.no_single:
            bare1 = _run_phase(["--phase", "bare", "--src", src, "--workers", "1"])
    w = a.workers
    rows = []
    runs = [(f"hodo ingest, {w} workers (analysis + SQLite)", ing, w),
            (f"GiNZA bare nlp.pipe, n_process={w}", bare, w)]
    if bare1:
        runs.append(("GiNZA bare nlp.pipe, n_process=1", bare1, 1))
    for name, r, ww in runs:
        total = r["rss_main_mb"] + (ww * r["rss_worker_mb"] if ww > 1 else 0)
        rows.append((name, r["articles"], r["seconds"], round(r["articles"] / r["seconds"], 2),
                     r["rss_main_mb"], r["rss_worker_mb"] if ww > 1 else "–", round(total), r.get("db_mb", "–")))
    print(f"{n} articles, {w} worker{'s' if w != 1 else ''}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}\n")
    print("| run | articles | total s | articles/s | peak RSS main MB | peak RSS worker MB | est. total MB | DB MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    print(f"\nbare nlp.pipe without model loading: {bare['pipe_seconds']} s; ingest failures: {ing['failed']}; "
          f"ingest/bare time ratio: {ing['seconds'] / bare['seconds']:.2f}")
    if a.json:
        print(json.dumps({"articles": n, "workers": w, "ingest": ing, "bare": bare, "bare_single": bare1},
                         ensure_ascii=False))


if __name__ == "__main__":
    main()
