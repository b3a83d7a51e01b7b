"""hodo on the held-out gold sets: Wikinews articles annotated by hand by annotators who never
ran hodo, scored with the GUIDELINES.md metrics, each set beside the pooled figure and
raw GiNZA's entities on the same files (same run).

    .venv/bin/python benchmarks/heldout.py [--sets ho7 ho8 ...] [--format text|json]
    .venv/bin/python benchmarks/heldout.py --add DIR NAME   # store a folder of gold files
    .venv/bin/python benchmarks/heldout.py --agreement      # second annotations vs the first
    .venv/bin/python benchmarks/heldout.py --add-second DIR  # store second annotations
    .venv/bin/python benchmarks/heldout.py --draw 48 --seed 20261207  # ids for a new set
    .venv/bin/python benchmarks/heldout.py --draw 48 --seed 1 --min-words 1  # a wider pool

The repository holds only the annotations (``benchmarks/heldout/<set>/<id>.json``: offsets,
keys, types, values -- no article text, no title, no time surfaces); the text is joined back
from the corpus (``../shared/corpus/jawikinews.jsonl``) at run time, and every stored span is
checked against it. Sets are named in the order they were made; ``TUNED`` lists the sets that
rules were later written against (their figures are no longer blind), the rest have only been
scored. ``benchmarks/agreement/`` holds second annotations of some of those articles, made
by other annotators without sight of the first: ``--agreement`` scores the second against the
first with the same metrics (how far careful readers agree) beside hodo against each. See
docs/accuracy.md.
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "benchmarks" / "heldout"
AGREEMENT = ROOT / "benchmarks" / "agreement"
CORPUS = ROOT.parent / "shared" / "corpus" / "jawikinews.jsonl"
DEV = ROOT.parent / "shared" / "gold" / "dev"
#: sets that rules were written against after they were first scored
TUNED = {"ho1", "ho2", "ho3", "ho4", "ho5", "ho6", "ho7", "ho8", "ho9", "ho10", "ho11", "ho12", "ho13", "ho14", "ho15",
         "ho16", "ho17", "ho18", "ho19", "ho20", "ho21", "ho22", "ho23", "ho24", "ho25", "ho26", "ho27",
         "ho28", "ho29", "ho30", "ho31", "ho32", "ho33", "ho34", "ho35",
         "ho36", "ho37", "ho38", "ho39", "ho40", "ho41", "ho42", "ho43", "ho44", "ho45",
         "ho46", "ho47", "ho48", "ho49", "ho50", "ho51", "ho52", "ho53",
         "ho54", "ho55", "ho56", "ho57", "ho58", "ho59", "ho60", "ho61",
         "ho62", "ho63", "ho64", "ho65", "ho66", "ho67", "ho68", "ho69",
         "ho70", "ho71", "ho72", "ho73", "ho74", "ho75", "ho76", "ho77", "ho78", "ho79", "ho80", "ho81",
         "ho82", "ho83", "ho84", "ho85", "ho86", "ho87", "ho88", "ho89",
         "ho90", "ho91", "ho92", "ho93", "ho94", "ho95", "ho96", "ho97",
         "ho98", "ho99", "ho100", "ho101", "ho102", "ho103", "ho104",
         "ho105", "ho106", "ho107", "ho108", "ho109", "ho110", "ho111", "ho112"}

#: the words a draw counts (political and legal news): ``--draw`` takes articles of 400-3,000
#: characters with at least two of them that no set, agreement file or dev file holds yet
DRAW_WORDS = ("首相", "大統領", "政府", "大臣", "外相", "国連", "会談", "首脳", "議会", "選挙", "政党", "制裁",
              "逮捕", "裁判", "判決", "起訴", "警察", "軍", "攻撃", "合意", "抗議", "デモ", "容疑", "検察",
              "知事", "市長", "外交", "条約", "協議", "批判", "非難", "支援", "訪問", "声明")

METRICS = ("entity.typed", "entity.country", "time.value", "quote.span", "quote.speaker",
           "claim.span", "claim.source", "event.type", "event.source", "event.full")


def strip(gold: dict) -> dict:
    """A gold analysis without the article's words: no text, no title, no time surfaces."""
    out = {k: v for k, v in gold.items() if k not in ("text", "title")}
    out["times"] = [{k: v for k, v in t.items() if k != "text"} for t in gold.get("times", [])]
    return out


def store(src: Path, dest: Path) -> None:
    """Store the gold files of ``src`` in ``dest`` without the articles' words."""
    dest.mkdir(parents=True, exist_ok=True)
    for p in sorted(src.glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        (dest / p.name).write_text(json.dumps(strip(g), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"stored {len(list(dest.glob('*.json')))} files in {dest}")


@functools.lru_cache(maxsize=2)
def _corpus(path: Path) -> dict[str, dict]:
    """Every corpus record by id, read once per run (the sets are joined one after another)."""
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def corpus_texts(path: Path, ids: set[str]) -> dict[str, dict]:
    recs = _corpus(Path(path))
    return {i: recs[i] for i in ids if i in recs}


def materialize(set_dir: Path, corpus: Path, out_dir: Path) -> list[Path]:
    """Write full gold files (annotation + corpus text) for one set into ``out_dir``."""
    anns = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(set_dir.glob("*.json"))}
    recs = corpus_texts(corpus, set(anns))
    paths = []
    for aid, ann in anns.items():
        if aid not in recs:
            raise SystemExit(f"{set_dir / (aid + '.json')}: article {aid} is not in {corpus}")
        text = recs[aid]["text"]
        gold = dict(ann, text=text)
        for t in gold.get("times", []):
            t["text"] = text[t["start"]:t["end"]]
        for e in gold.get("entities", []):
            for s, x in e["mentions"]:
                if not (0 <= s < x <= len(text)):
                    raise SystemExit(f"{set_dir / (aid + '.json')}: mention {s}-{x} outside the text")
        p = out_dir / f"{aid}.json"
        p.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        paths.append(p)
    return paths


def used_ids() -> set[str]:
    """Ids of every article a held-out set, an agreement file or the dev set already holds."""
    dirs = [d for d in HELDOUT.iterdir() if d.is_dir()] + [AGREEMENT, DEV]
    return {p.stem for d in dirs if d.is_dir() for p in d.glob("*.json")}


def draw(corpus: Path, n: int, seed: int, min_words: int = 2, lo: int = 400, hi: int = 3000,
         exclude: set[str] | None = None) -> list[str]:
    """``n`` corpus ids for a new set: articles of ``lo``-``hi`` characters holding at least
    ``min_words`` of ``DRAW_WORDS``, not in ``exclude`` (default: every id already used), in the
    order of a shuffle seeded with ``seed`` (the same corpus, seed and exclusions give the same ids)."""
    import random

    skip = used_ids() if exclude is None else exclude
    pool = sorted(i for i, r in _corpus(Path(corpus)).items()
                  if i not in skip and lo <= len(r["text"]) <= hi
                  and sum(w in r["text"] for w in DRAW_WORDS) >= min_words)
    random.Random(seed).shuffle(pool)
    return pool[:n]


def set_order(name: str) -> tuple[int, str]:
    """Sort key of set names: ho2 before ho10."""
    return len(name), name


def gold_paths(names, out_dir: Path) -> dict[str, list[Path]]:
    """{set: [full gold file]} for the named held-out sets, in sort order, joined with the
    corpus text into ``out_dir/<set>``; then the dev gold under "dev"."""
    paths: dict[str, list[Path]] = {}
    for name in sorted(names, key=set_order):
        od = out_dir / name
        od.mkdir(parents=True, exist_ok=True)
        paths[name] = materialize(HELDOUT / name, CORPUS, od)
    paths["dev"] = sorted(DEV.glob("*.json"))
    return paths


def cache_stem(gold: dict) -> str:
    """``<id>.<hash of the text>``: a cache file name that changes when the text does."""
    return f"{gold['id']}.{hashlib.sha1(gold['text'].encode('utf-8')).hexdigest()[:10]}"


def agreement(corpus: Path) -> dict[str, dict[str, float]]:
    """Second annotator vs first, hodo vs first and hodo vs second, on the doubly annotated files."""
    from hodo.evaluate import evaluate

    ids = {p.stem for p in AGREEMENT.glob("*.json")}
    firsts = {p.stem: p.parent for d in HELDOUT.iterdir() if d.is_dir() for p in d.glob("*.json") if p.stem in ids}
    missing = ids - set(firsts)
    if missing:
        raise SystemExit(f"{AGREEMENT}: no first annotation for {sorted(missing)}")
    with tempfile.TemporaryDirectory() as tmp:
        second = Path(tmp) / "second"
        second.mkdir()
        fp = []
        for set_dir in sorted(set(firsts.values())):
            out = Path(tmp) / set_dir.name
            out.mkdir()
            fp += [p for p in materialize(set_dir, corpus, out) if p.stem in ids]
        sp = materialize(AGREEMENT, corpus, second)
        return {
            "second vs first": evaluate(fp, pred_dir=second).values(),
            "hodo vs first": evaluate(fp).values(),
            "hodo vs second": evaluate(sp).values(),
            "files": {m: float(len(fp)) for m in METRICS},
        }


def ginza_entity_f1(paths: list[Path]) -> float:
    """Raw GiNZA's typed entity F1 on the same files (as benchmarks/ginza_baseline.py runs it)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import ginza_baseline as gb  # type: ignore

    from hodo.evaluate import load_gold, score

    golds = [load_gold(p) for p in paths]
    nlp = gb.load_ginza()
    return score((g, gb.ginza_article(nlp, g)) for g in golds).value("entity.typed")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="*", help="set names (default: every folder in benchmarks/heldout)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--format", choices=("text", "json"), default="text")
    ap.add_argument("--no-baseline", action="store_true", help="skip raw GiNZA")
    ap.add_argument("--add", nargs=2, metavar=("DIR", "NAME"), help="store the gold files of DIR as set NAME")
    ap.add_argument("--add-second", metavar="DIR", help="store the gold files of DIR as second annotations")
    ap.add_argument("--agreement", action="store_true", help="second annotations vs the first, beside hodo")
    ap.add_argument("--draw", type=int, metavar="N", help="print N unused corpus ids for a new set")
    ap.add_argument("--seed", type=int, default=0, help="seed of --draw")
    ap.add_argument("--min-words", type=int, default=2, metavar="K",
                    help="--draw takes articles holding at least K of DRAW_WORDS (default 2; the pool of "
                         "2 ran out with ho98-ho100, 1 leaves about 650 articles)")
    a = ap.parse_args(argv)
    if a.add_second:
        store(Path(a.add_second), AGREEMENT)
        return 0
    if a.add:
        store(Path(a.add[0]), HELDOUT / a.add[1])
        return 0
    if not a.corpus.exists():
        print(f"{a.corpus}: corpus not found", file=sys.stderr)
        return 2
    if a.draw:
        ids = draw(a.corpus, a.draw, a.seed, min_words=a.min_words)
        if len(ids) < a.draw:
            print(f"only {len(ids)} unused articles hold {a.min_words} of DRAW_WORDS; try a lower --min-words",
                  file=sys.stderr)
        print("\n".join(ids))
        return 0
    if a.agreement:
        res = agreement(a.corpus)
        if a.format == "json":
            print(json.dumps(res, ensure_ascii=False, indent=1))
            return 0
        cols = [c for c in res if c != "files"]
        print(f"| F1 on {int(res['files']['entity.typed'])} doubly annotated articles | " + " | ".join(cols) + " |")
        print("| --- |" + " ---: |" * len(cols))
        for m in METRICS:
            print(f"| {m} | " + " | ".join(f"{100 * res[c][m]:.1f}" for c in cols) + " |")
        return 0
    from hodo.evaluate import evaluate

    names = a.sets or sorted((p.name for p in HELDOUT.iterdir() if p.is_dir()), key=set_order)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        all_paths: list[Path] = []
        for n in names:
            d = Path(tmp) / n
            d.mkdir()
            paths = materialize(HELDOUT / n, a.corpus, d)
            all_paths += paths
            results[n] = {"files": len(paths), "tuned": n in TUNED, "metrics": evaluate(paths).values()}
        results["pooled"] = {"files": len(all_paths), "tuned": None, "metrics": evaluate(all_paths).values()}
        blind = [p for n in names if n not in TUNED for p in (Path(tmp) / n).glob("*.json")]
        if blind:
            results["blind"] = {"files": len(blind), "tuned": False, "metrics": evaluate(blind).values()}
        if not a.no_baseline:
            results["ginza_entity_typed_pooled"] = ginza_entity_f1(all_paths)
    if a.format == "json":
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    cols = [k for k in results if isinstance(results[k], dict)]
    print("| F1 (entity.country: accuracy) | " + " | ".join(
        f"{c}{'*' if results[c]['tuned'] else ''} ({results[c]['files']})" for c in cols) + " |")
    print("| --- |" + " ---: |" * len(cols))
    for m in METRICS:
        print(f"| {m} | " + " | ".join(f"{100 * results[c]['metrics'][m]:.1f}" for c in cols) + " |")
    if "ginza_entity_typed_pooled" in results:
        print(f"\nraw GiNZA entity.typed on the same {results['pooled']['files']} files: "
              f"{100 * results['ginza_entity_typed_pooled']:.1f}")
    print("\n* rules were written against this set after it was first scored (not blind)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
