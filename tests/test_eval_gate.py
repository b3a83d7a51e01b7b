"""Evaluation gate: the dev gold set is scored on every run and the run fails when a metric
drops below its floor in ``tests/eval_floors.json`` (minus a small epsilon for noise).

Raising a floor is a normal commit (do it when a stage improves); lowering one needs a
written reason in the commit message. See docs/accuracy.md.
"""
from __future__ import annotations

import json
from pathlib import Path

from hodo.evaluate import METRICS, render_text, score

FLOORS = Path(__file__).with_name("eval_floors.json")


def load_floors() -> dict:
    d = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert set(d["floors"]) == set(METRICS), "eval_floors.json must hold a floor for every metric"
    assert 0 <= d["epsilon"] <= 0.02
    return d


def test_floors_file_is_complete():
    d = load_floors()
    assert all(0.0 <= v <= 1.0 for v in d["floors"].values())


def test_dev_set_meets_floors(gold, gold_analyses):
    d = load_floors()
    assert set(gold) == set(gold_analyses) and gold
    rep = score((gold[k], gold_analyses[k]) for k in sorted(gold))
    values = rep.values()
    eps = d["epsilon"]
    drops = [
        f"{name}: {values[name]:.4f} < floor {floor:.4f}"
        for name, floor in d["floors"].items()
        if values[name] < floor - eps
    ]
    assert not drops, "metrics dropped below their floors:\n" + "\n".join(drops) + "\n\n" + render_text(rep)
