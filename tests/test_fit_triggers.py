"""benchmarks/fit_triggers.py: the counting of the trigger fit on a tiny gold/prediction pair
written for this test (one matched use, one use of the wrong type, one false alarm, and a
word that carries a gold event but is no row), and the fixed decision rule on those counts."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from hodo.stages.events import Trigger

ROOT = Path(__file__).resolve().parents[1]


def _fit():
    spec = importlib.util.spec_from_file_location("fit_triggers", ROOT / "benchmarks" / "fit_triggers.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


TEXT = "山田首相は鈴木氏を批判した。山田首相は佐藤氏と会談した。北朝鮮は日本人を拉致した。山田首相は北朝鮮を非難した。鈴木氏は強く非難した。"


def _span(word, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(word, i + 1)
    return [i, i + len(word)]


def _ents(*pairs):
    return [{"key": k, "type": "PERSON", "name": w, "mentions": [_span(w)]} for k, w in pairs]


GOLD = {
    "id": "t1", "text": TEXT,
    "entities": _ents(("yamada", "山田首相"), ("suzuki", "鈴木氏"), ("sato", "佐藤氏")),
    "events": [
        {"type": "ACCUSE", "trigger": _span("批判"), "source": ["yamada"], "target": ["suzuki"]},
        {"type": "AGREE", "trigger": _span("会談"), "source": ["yamada", "sato"], "target": []},
        {"type": "ACCUSE", "trigger": _span("非難し"), "source": ["yamada"], "target": []},
    ],
}
PRED = {
    "id": "t1", "text": TEXT,
    "entities": _ents(("yamada", "山田首相"), ("suzuki", "鈴木氏"), ("sato", "佐藤氏")),
    "events": [
        {"type": "ACCUSE", "trigger": _span("批判"), "source": ["yamada"], "target": ["suzuki"]},
        {"type": "CONSULT", "trigger": _span("会談"), "source": ["yamada", "sato"], "target": []},
        {"type": "ASSAULT", "trigger": _span("拉致"), "source": [], "target": []},
    ],
}
TABLE = {w: Trigger(w, t, "000", None) for w, t in (("批判", "ACCUSE"), ("会談", "CONSULT"), ("拉致", "ASSAULT"))}


def test_fit_counts_rows_and_missed_words():
    fit = _fit()
    rows, occ = fit.count([GOLD], {"t1": PRED}, TABLE)
    assert (rows["批判"]["n"], rows["批判"]["tp"], rows["批判"]["src"], rows["批判"]["full"]) == (1, 1, 1, 1)
    assert rows["会談"]["tp"] == 0 and dict(rows["会談"]["wrong"]) == {"AGREE": 1}
    assert rows["拉致"]["false"] == 1 and rows["拉致"]["tp"] == 0
    # 非難し is no row and never fired: its word (the lemma 非難) occurs twice, once a gold event
    assert occ["非難"]["n"] == 2 and dict(occ["非難"]["types"]) == {"ACCUSE": 1}


def test_fit_decision_rule():
    fit = _fit()
    rows, occ = fit.count([GOLD], {"t1": PRED}, TABLE)
    got = {(a, w, new) for a, w, _, new, _ in fit.decide(rows, occ, drop_p=0.25, drop_n=1, retype_n=1,
                                                          add_share=0.5, add_n=2, min_files=1)}
    assert got == {("RETYPE", "会談", "AGREE"), ("DROP", "拉致", None), ("ADD", "非難", "ACCUSE")}
    # the default thresholds (>= 8 uses, >= 3 articles) change nothing on one article
    assert fit.decide(rows, occ) == []
