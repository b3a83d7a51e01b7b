"""Shared fixtures. Real articles live in ../shared (beside the checkout), never in the repo."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("HODO_SHARED", ROOT.parent / "shared"))
GOLD_DEV = SHARED / "gold" / "dev"
CORPUS = SHARED / "corpus" / "jawikinews.jsonl"
BBC = SHARED / "examples" / "bbc-2025-09-03-putin-kim.txt"


def gold_paths() -> list[Path]:
    return sorted(GOLD_DEV.glob("*.json"))


def load_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def corpus_records(n: int | None = None, every: int = 1) -> list[dict]:
    """The first n records of the corpus (every k-th one), read in order."""
    out = []
    with open(CORPUS, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % every:
                continue
            out.append(json.loads(line))
            if n is not None and len(out) >= n:
                break
    return out


@pytest.fixture(scope="session")
def bbc_text() -> str:
    return BBC.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def bbc(bbc_text):
    """The BBC article analysed once for the whole session."""
    import hodo

    return hodo.analyze(bbc_text, published="2025-09-03", id="bbc")


@pytest.fixture(scope="session")
def gold():
    """{id: gold dict} of the dev gold set."""
    return {p.stem: load_gold(p) for p in gold_paths()}


@pytest.fixture(scope="session")
def gold_analyses(gold):
    """{id: Article}: every dev gold text analysed once (with its published date)."""
    import hodo

    return {
        k: hodo.analyze(g["text"], published=g.get("published"), title=g.get("title"), id=k)
        for k, g in gold.items()
    }
