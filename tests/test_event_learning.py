"""benchmarks/event_learning.py: the out-of-fold split of the annotated sets (every set in
exactly one group, groups of consecutive sets, the latest sets in the last group) and the
learned-trigger hook: a run of tokens of one type is one trigger, table hits stay the rules'."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def el():
    pytest.importorskip("numpy")
    spec = importlib.util.spec_from_file_location("event_learning", ROOT / "benchmarks" / "event_learning.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _num(name: str) -> int:
    return int(re.fullmatch(r"ho(\d+)", name).group(1))


def test_every_set_in_one_fold(el):
    names = ["dev"] + [f"ho{i}" for i in range(1, 54)]
    for n in names:
        assert sum(n in f for f in el.FOLDS) == 1, n
    assert set().union(*el.FOLDS) == set(names)


def test_folds_are_runs_of_consecutive_sets(el):
    for f in el.FOLDS:
        nums = sorted(_num(n) for n in f if n != "dev")
        assert not nums or nums == list(range(nums[0], nums[-1] + 1))
    assert el.FOLDS[0] == {"dev"}


def test_latest_sets_in_the_last_fold(el):
    last = len(el.FOLDS) - 1
    assert el.fold_of("ho53") == last and el.fold_of("ho42") == last
    assert el.fold_of("ho41") == last - 1 and el.fold_of("ho1") == 1 and el.fold_of("dev") == 0


@pytest.mark.parametrize("folds", [1, 2])
def test_fold_of_matches_membership(el, folds):
    for i, f in enumerate(el.FOLDS[:folds]):
        for n in f:
            assert el.fold_of(n) == i


def test_learned_tokens_become_triggers(el, monkeypatch):
    from types import SimpleNamespace as NS

    text = "山田氏は強く非難声明を出し、村を攻撃した。"
    words = ["山田", "氏", "は", "強く", "非難", "声明", "を", "出し", "、", "村", "を", "攻撃", "した", "。"]
    toks, pos = [], 0
    for i, w in enumerate(words):
        toks.append(NS(i=i, start=pos, end=pos + len(w), text=w))
        pos += len(w)
    doc = NS(text=text, tokens=toks)
    table_hit = (7, 8, NS(type="AGREE"))  # a token the trigger table matched stays the rules'
    monkeypatch.setattr(el, "_ORIG_FIND", lambda *a: [table_hit])
    monkeypatch.setattr(el, "_LEARNED", {4: "ACCUSE", 5: "ACCUSE", 7: "REJECT", 11: "ASSAULT"})
    found = el._find_with_learned(doc, toks, 0, len(text))
    got = [(t0, t1, trg.surface if "learned" in getattr(trg, "flags", ()) else None, trg.type) for t0, t1, trg in found]
    assert got == [(4, 6, "非難声明", "ACCUSE"), (7, 8, None, "AGREE"), (11, 12, "攻撃", "ASSAULT")]
