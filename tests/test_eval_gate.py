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


def below_floors(values: dict[str, float], floors: dict[str, float], eps: float) -> list[str]:
    """One line per metric whose value is below its floor minus ``eps``."""
    return [
        f"{name}: {values[name]:.4f} < floor {floor:.4f}"
        for name, floor in floors.items()
        if values[name] < floor - eps
    ]


def test_gate_flags_drops_beyond_epsilon():
    floors = {"entity.typed": 0.80, "event.full": 0.30}
    assert below_floors({"entity.typed": 0.796, "event.full": 0.31}, floors, 0.005) == []
    drops = below_floors({"entity.typed": 0.794, "event.full": 0.31}, floors, 0.005)
    assert len(drops) == 1 and drops[0].startswith("entity.typed: 0.7940 < floor 0.8000")


def test_floors_file_is_complete():
    d = load_floors()
    assert all(0.0 <= v <= 1.0 for v in d["floors"].values())


def test_dev_set_meets_floors(gold, gold_analyses):
    d = load_floors()
    assert set(gold) == set(gold_analyses) and gold
    rep = score((gold[k], gold_analyses[k]) for k in sorted(gold))
    values = rep.values()
    drops = below_floors(values, d["floors"], d["epsilon"])
    assert not drops, "metrics dropped below their floors:\n" + "\n".join(drops) + "\n\n" + render_text(rep)


def update_floors(allow_lower: bool = False) -> dict:
    """Measure the dev set now and raise the floors to it (truncated to 3 decimals).
    A floor is only lowered with ``allow_lower`` -- and that needs a reason in the commit."""
    import math
    import os

    from hodo.evaluate import evaluate

    shared = Path(os.environ.get("HODO_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    values = evaluate([shared / "gold" / "dev"]).values()
    d = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {"epsilon": 0.005, "floors": {}}
    old = d.get("floors", {})
    new = {}
    for name in METRICS:
        measured = math.floor(values[name] * 1000) / 1000
        prev = old.get(name, 0.0)
        new[name] = measured if allow_lower else max(prev, measured)
        if new[name] != prev:
            print(f"{name:<16} {prev:.3f} -> {new[name]:.3f}")
    d["floors"] = new
    FLOORS.write_text(json.dumps(d, indent=2) + "\n", encoding="utf-8")
    return d


if __name__ == "__main__":  # .venv/bin/python tests/test_eval_gate.py [--lower]
    import sys

    update_floors(allow_lower="--lower" in sys.argv[1:])
