"""The held-out gold sets stored under benchmarks/heldout hold no article words, and joined
with the corpus text they are valid gold files (GUIDELINES.md format, strict)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from hodo.evaluate import load_gold

from .conftest import CORPUS, ROOT

HELDOUT = ROOT / "benchmarks" / "heldout"
SETS = sorted(p for p in HELDOUT.iterdir() if p.is_dir())


def _bench():
    spec = importlib.util.spec_from_file_location("heldout_bench", ROOT / "benchmarks" / "heldout.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_sets_exist_and_hold_no_text():
    assert len(SETS) >= 9
    for d in SETS:
        for p in d.glob("*.json"):
            g = json.loads(p.read_text(encoding="utf-8"))
            assert "text" not in g and "title" not in g, p
            assert all("text" not in t for t in g.get("times", [])), p


@pytest.mark.skipif(not CORPUS.exists(), reason="corpus not present")
@pytest.mark.parametrize("set_dir", SETS, ids=[d.name for d in SETS])
def test_set_joins_the_corpus_into_valid_gold(set_dir, tmp_path):
    paths = _bench().materialize(set_dir, CORPUS, tmp_path)
    assert len(paths) == len(list(set_dir.glob("*.json")))
    for p in paths:
        g = load_gold(p)  # strict validation: spans inside the text, time surfaces equal
        assert g["events"] is not None and g["entities"], p


def test_strip_drops_the_words():
    g = {"id": "x", "title": "題", "text": "本文。", "times": [{"start": 0, "end": 2, "text": "本文"}], "entities": []}
    s = _bench().strip(g)
    assert "text" not in s and "title" not in s and "text" not in s["times"][0]


AGREEMENT = ROOT / "benchmarks" / "agreement"


def test_second_annotations_hold_no_text_and_have_a_first():
    seconds = sorted(AGREEMENT.glob("*.json"))
    assert seconds
    firsts = {p.stem for d in SETS for p in d.glob("*.json")}
    for p in seconds:
        g = json.loads(p.read_text(encoding="utf-8"))
        assert "text" not in g and "title" not in g, p
        assert p.stem in firsts, p


@pytest.mark.skipif(not CORPUS.exists(), reason="corpus not present")
def test_second_annotations_join_the_corpus_into_valid_gold(tmp_path):
    paths = _bench().materialize(AGREEMENT, CORPUS, tmp_path)
    assert len(paths) == len(list(AGREEMENT.glob("*.json")))
    for p in paths:
        load_gold(p)


def test_draw_filters_by_length_and_words_and_is_seeded(tmp_path):
    bench = _bench()
    corpus = tmp_path / "c.jsonl"
    pad = "あ" * 400
    recs = [
        {"id": "a", "title": "", "text": "首相と大統領が会談した。" + pad},  # three words
        {"id": "b", "title": "", "text": "首相が話した。" + pad},  # one word only
        {"id": "c", "title": "", "text": "首相と大統領。"},  # too short
        {"id": "d", "title": "", "text": "警察が容疑者を逮捕した。" + pad},
        {"id": "e", "title": "", "text": "知事と市長が協議した。" + pad},
    ]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    got = bench.draw(corpus, 10, seed=1, exclude={"e"})
    assert sorted(got) == ["a", "d"]
    assert bench.draw(corpus, 10, seed=1, exclude={"e"}) == got
    assert bench.draw(corpus, 1, seed=1, exclude=set()) == bench.draw(corpus, 3, seed=1, exclude=set())[:1]
    assert sorted(bench.draw(corpus, 10, seed=1, min_words=1, exclude={"e"})) == ["a", "b", "d"]


def test_draw_cli_passes_min_words_and_warns_when_the_pool_is_short(tmp_path, capsys):
    bench = _bench()
    corpus = tmp_path / "c.jsonl"
    pad = "い" * 400
    corpus.write_text(json.dumps({"id": "z9", "title": "", "text": "首相が話した。" + pad}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    assert bench.main(["--corpus", str(corpus), "--draw", "2", "--min-words", "1"]) == 0
    out = capsys.readouterr()
    assert out.out.split() == ["z9"] and "only 1 unused" in out.err
