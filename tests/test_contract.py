"""The JSON contract: every span indexes ``text`` exactly, on real articles."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import hodo
from hodo.model import Article

from .conftest import BBC, corpus_records

LIST_KEYS = ("blocks", "entities", "times", "quotes", "claims", "events")


def check_contract(art: Article) -> None:
    d = art.to_dict()
    text = d["text"]
    for k in ("id", "title", "published", "text") + LIST_KEYS:
        assert k in d, k
        if k in LIST_KEYS:
            assert isinstance(d[k], list)
    for kind, s, e in art.spans():
        assert 0 <= s < e <= len(text), (kind, s, e)
    for t in art.times:
        assert text[t.start:t.end] == t.text
    for ent in art.entities:
        assert ent.mentions == sorted(ent.mentions)
    keys = {e.key for e in art.entities}
    assert len(keys) == len(art.entities), "entity keys are unique"
    for q in art.quotes:
        assert q.speaker is None or q.speaker in keys
    for c in art.claims:
        assert c.source is None or c.source in keys
    for ev in art.events:
        assert set(ev.source) | set(ev.target) <= keys
    # blocks do not overlap and come in order; sentences lie inside their block
    prev = 0
    for b in art.blocks:
        assert b.start >= prev
        prev = b.end
    for s in art.sentences:
        b = art.blocks[s.block]
        assert b.start <= s.start < s.end <= b.end
    # round trip
    again = Article.from_dict(json.loads(json.dumps(d, ensure_ascii=False)))
    assert again.to_dict() == d


def test_bbc_contract(bbc, bbc_text):
    assert bbc.text == bbc_text
    check_contract(bbc)
    assert bbc.title == bbc_text.splitlines()[0]
    assert bbc.entities, "entities are found"


def test_corpus_contract_50_articles():
    recs = corpus_records(50, every=73)
    assert len(recs) == 50
    arts = list(hodo.analyze_many(recs, batch_size=8))
    assert len(arts) == 50
    for rec, art in zip(recs, arts):
        assert isinstance(art, Article), str(art)
        assert art.id == rec["id"] and art.text == rec["text"] and art.title == rec["title"]
        check_contract(art)


def test_cli_json_on_bbc():
    r = subprocess.run(
        [sys.executable, "-m", "hodo.cli", "analyze", str(BBC), "--published", "2025-09-03", "--format", "json"],
        capture_output=True, text=True, check=True,
    )
    d = json.loads(r.stdout)
    assert d["text"] == BBC.read_text(encoding="utf-8")
    assert d["published"] == "2025-09-03"
    check_contract(Article.from_dict(d))


def test_cli_batch_goes_on_after_bad_files(tmp_path):
    (tmp_path / "a.txt").write_text("政府は12日、新たな経済対策を発表した。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.jsonl").write_text('{"id": "x", "text": "首相は会見した。"}\n{broken\n', encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "hodo.cli", "analyze", str(tmp_path), "--format", "json"],
                       capture_output=True, text=True)
    assert r.returncode == 0
    ids = [json.loads(x)["id"] for x in r.stdout.splitlines()]
    assert ids == ["a", "x"]
    errs = r.stderr.strip().splitlines()
    assert any("b.txt: empty file" in e for e in errs)
    assert any("c.jsonl:2: broken JSON" in e for e in errs)


def test_cli_fails_when_nothing_is_read(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"")
    r = subprocess.run([sys.executable, "-m", "hodo.cli", "analyze", str(tmp_path / "b.txt")], capture_output=True, text=True)
    assert r.returncode == 1
    assert "empty file" in r.stderr


@pytest.mark.parametrize("bad", ["2025-13-01", "yesterday"])
def test_cli_rejects_bad_published(bad):
    r = subprocess.run([sys.executable, "-m", "hodo.cli", "analyze", str(BBC), "--published", bad], capture_output=True, text=True)
    assert r.returncode == 2


def test_api_analyze_text_and_title():
    a = hodo.analyze("政府は12日、新たな経済対策を発表した。", published="2024-05-12", title="経済対策")
    assert a.title == "経済対策" and a.published == "2024-05-12"
    assert [b.kind for b in a.blocks] == ["paragraph"]
    assert set(a.stages) >= {"entities", "times", "quotes", "events"}
