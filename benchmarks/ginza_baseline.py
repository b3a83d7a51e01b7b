"""hodo's entities beside raw GiNZA NER on the same gold files, same run, same metrics.

    .venv/bin/python benchmarks/ginza_baseline.py [GOLD ...] [--format text|json]

GOLD defaults to ../shared/gold/dev. The baseline is ja_ginza's own ``ner`` component, run
over hodo's sentences (every block, credits included, so it sees the whole text), its
labels mapped onto hodo's five types with ``GINZA_TYPES`` (labels missing from the map,
e.g. dates, money, products, are dropped) and its mentions grouped into one entity per
(surface, type) -- the simplest coreference. hodo is the full ``hodo.analyze`` pipeline
(as ``hodo eval`` runs it). Both are scored by :func:`hodo.evaluate.score`; only entity
metrics are shown (GiNZA has no countries, quotes or events).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "dev"

# GiNZA (ENE) label -> hodo type, the one table hodo keeps (also used by the entities stage
# when HODO_GINZA_NER=1). None / absent: not one of hodo's types.
from hodo.stages.entities import GINZA_TYPES  # noqa: E402

ENTITY_METRICS = ("entity.typed", "entity.span", "entity.coref")


def load_ginza():
    """ja_ginza with its NER, loaded once."""
    import spacy

    return spacy.load("ja_ginza")


def ginza_spans(nlp, texts: list[str], batch_size: int = 64) -> list[list[tuple[int, int, str]]]:
    """Raw GiNZA entities of each text as (start, end, hodo type); unmapped labels dropped."""
    out = []
    for doc in nlp.pipe(texts, batch_size=batch_size):
        spans = []
        for ent in doc.ents:
            t = GINZA_TYPES.get(ent.label_)
            if t:
                spans.append((ent.start_char, ent.end_char, t))
        out.append(spans)
    return out


def ginza_article(nlp, gold: dict) -> dict:
    """A prediction dict for one gold text from raw GiNZA over hodo's sentences."""
    from hodo.nlp import chunk
    from hodo.read import structure

    text = gold["text"]
    pieces = []
    for s in structure.sentences(text, structure.blocks(text, gold.get("title"))):
        pieces.extend(chunk(text, s.start, s.end))
    found = ginza_spans(nlp, [text[a:b] for a, b in pieces])
    by_name: dict[tuple[str, str], dict] = {}
    for (a, _), spans in zip(pieces, found):
        for s, e, t in spans:
            name = text[a + s:a + e]
            ent = by_name.setdefault(
                (name, t), {"key": f"g{len(by_name)}", "type": t, "name": name, "mentions": []}
            )
            ent["mentions"].append([a + s, a + e])
    return {"id": gold["id"], "text": text, "entities": list(by_name.values())}


def run(paths: list[str]) -> dict:
    from hodo.evaluate import evaluate, gold_files, load_gold, score

    golds = [load_gold(p) for p in gold_files(paths)]
    hodo_rep = evaluate(paths)
    nlp = load_ginza()
    ginza_rep = score((g, ginza_article(nlp, g)) for g in golds)
    return {"files": [g["id"] for g in golds], "hodo": hodo_rep, "ginza": ginza_rep}


def _row(label: str, m) -> str:
    return f"{label:<22}{100 * m.precision:7.1f}{100 * m.recall:7.1f}{100 * m.f1:7.1f}{m.tp:6d}{m.n_pred:6d}{m.n_gold:6d}"


def render(res: dict) -> str:
    lines = [f"entities on {len(res['files'])} gold files: hodo vs raw GiNZA (micro-averaged)", ""]
    lines.append(f"{'metric':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}")
    for name in ENTITY_METRICS:
        for side in ("hodo", "ginza"):
            lines.append(_row(f"{name} {side}", res[side].metrics[name]))
    types = sorted(set(res["hodo"].entity_types) | set(res["ginza"].entity_types))
    lines.append("")
    lines.append(f"{'type (exact span+type)':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}")
    from hodo.evaluate import PRF

    for t in types:
        for side in ("hodo", "ginza"):
            lines.append(_row(f"{t} {side}", res[side].entity_types.get(t, PRF())))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="*", default=[str(DEFAULT_GOLD)], help="gold files or folders")
    ap.add_argument("--format", choices=("text", "json"), default="text")
    a = ap.parse_args(argv)
    res = run(a.gold)
    if a.format == "json":
        d = {"files": res["files"]}
        for side in ("hodo", "ginza"):
            r = res[side].to_dict(details=False)
            d[side] = {"metrics": {k: r["metrics"][k] for k in ENTITY_METRICS}, "entity_types": r["entity_types"]}
        print(json.dumps(d, ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(render(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
