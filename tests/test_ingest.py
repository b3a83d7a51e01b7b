"""Batch ingest: skip before analysis, replacement, failures per input, crash safety
(kill -9 mid-way, then resume), and one end-to-end run through the real pipeline."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hodo.ingest import count_inputs, ingest
from hodo.model import Article, Block, Entity, Event, Sentence
from hodo.pipeline import AnalysisError
from hodo.store import Store

from .conftest import CORPUS, corpus_records

#: names the fake analyser recognises: name -> (key, type, wikidata)
NAMES = {"ロシア": ("RU", "GPE", None), "北朝鮮": ("KP", "GPE", None), "プーチン": ("putin", "PERSON", "Q7747"),
         "金正恩": ("kim", "PERSON", None), "日本": ("JP", "GPE", None)}


def fake_analyze_many(items, n_process=1, stages=None, batch_size=16, calls=None):
    """A model-free stand-in for hodo.pipeline.analyze_many: entities from a name list,
    a CONSULT event for 会談, an AnalysisError for texts that say FAIL."""
    for art in items:
        if calls is not None:
            calls.append(art.id)
        if "FAIL" in art.text:
            yield AnalysisError(art.id, art.source_file, "ValueError: told to fail")
            continue
        t = art.text
        art.blocks = [Block("paragraph", 0, len(t))]
        art.sentences = [Sentence(0, len(t), 0)]
        for name, (key, typ, qid) in NAMES.items():
            ms, i = [], t.find(name)
            while i >= 0:
                ms.append((i, i + len(name)))
                i = t.find(name, i + len(name))
            if ms:
                art.entities.append(Entity(key=key, type=typ, name=name, mentions=ms, wikidata=qid))
        keys = [e.key for e in art.entities]
        if "会談" in t and len(keys) >= 2:
            i = t.index("会談")
            art.events.append(Event("CONSULT", (i, i + 2), [keys[0]], [keys[1]], date=art.published))
        art.stages = {"fake": "1"}
        yield art


def write_corpus(path: Path, n: int, prefix: str = "doc", extra: list[str] | None = None) -> Path:
    lines = []
    for i in range(n):
        pair = [("ロシア", "北朝鮮"), ("プーチン", "金正恩"), ("日本", "ロシア")][i % 3]
        text = f"{pair[0]}と{pair[1]}が会談した。記事番号{i}。"
        lines.append(json.dumps({"id": f"{prefix}-{i:04d}", "title": f"見出し{i}", "text": text,
                                 "published": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"}, ensure_ascii=False))
    lines += extra or []
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_ingest_skips_stored_articles_before_analysis(tmp_path):
    src = write_corpus(tmp_path / "c.jsonl", 12)
    db = tmp_path / "c.db"
    calls: list = []
    rep = ingest([src], db, analyzer=lambda it, **kw: fake_analyze_many(it, calls=calls, **kw))
    assert (rep.added, rep.unchanged, rep.failed, rep.inputs) == (12, 0, 0, 12)
    assert len(calls) == 12
    calls.clear()
    rep = ingest([src], db, analyzer=lambda it, **kw: fake_analyze_many(it, calls=calls, **kw))
    assert (rep.added, rep.unchanged) == (0, 12) and calls == []  # nothing analysed again
    with Store(db) as st:
        assert st.stats()["articles"] == 12
        assert st.article("doc-0003").title == "見出し3"


def test_changed_article_replaces_and_duplicates_are_stored_once(tmp_path):
    src = write_corpus(tmp_path / "c.jsonl", 6)
    db = tmp_path / "c.db"
    ingest([src], db, analyzer=fake_analyze_many)
    # doc-0001 changes; doc-0002's content appears again under a new id
    recs = [json.loads(x) for x in src.read_text(encoding="utf-8").splitlines()]
    recs[1]["text"] = "プーチンと日本が会談した。訂正版。"
    recs.append(dict(recs[2], id="copy-of-2"))
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    rep = ingest([src], db, analyzer=fake_analyze_many)
    assert (rep.added, rep.replaced, rep.unchanged) == (0, 1, 6)
    with Store(db) as st:
        assert st.stats()["articles"] == 6
        assert "訂正版" in st.article("doc-0001").text
        assert st.search("訂正版")[0]["external_id"] == "doc-0001"
        assert st.integrity_check() == "ok"


def test_failures_are_recorded_with_reason(tmp_path):
    bad = ["{broken json", json.dumps({"id": "f-1", "text": "FAIL これは失敗する。"}, ensure_ascii=False),
           json.dumps({"id": "f-2", "title": "本文なし"})]
    src = write_corpus(tmp_path / "c.jsonl", 3, extra=bad)
    db = tmp_path / "c.db"
    rep = ingest([src, tmp_path / "missing.jsonl"], db, analyzer=fake_analyze_many)
    assert rep.added == 3 and rep.failed == 4
    f = {(Path(x["path"]).name, x["line"]): x for x in rep.failures}
    assert f[("c.jsonl", 4)]["kind"] == "read" and "broken JSON" in f[("c.jsonl", 4)]["reason"]
    assert f[("c.jsonl", 5)]["kind"] == "analyse" and "told to fail" in f[("c.jsonl", 5)]["reason"]
    assert f[("c.jsonl", 5)]["external_id"] == "f-1"
    assert "text" in f[("c.jsonl", 6)]["reason"]
    assert f[("missing.jsonl", 0)]["reason"] == "no such file or folder"
    # a rerun retries the failed input; once it succeeds its failure is cleared
    lines = src.read_text(encoding="utf-8").splitlines()
    lines[4] = json.dumps({"id": "f-1", "text": "直った記事。"}, ensure_ascii=False)
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rep = ingest([src], db, analyzer=fake_analyze_many)
    assert rep.added == 1 and ("c.jsonl", 5) not in {(Path(x["path"]).name, x["line"]) for x in rep.failures}


def test_progress_bar(tmp_path):
    import io

    from rich.console import Console

    buf = io.StringIO()
    src = write_corpus(tmp_path / "c.jsonl", 4, extra=["{bad"])
    ingest([src], tmp_path / "c.db", analyzer=fake_analyze_many, progress=Console(file=buf, width=150))
    shown = buf.getvalue()
    assert "5/5" in shown and "art/s" in shown and "1 failed" in shown and "ETA" in shown


def test_count_inputs(tmp_path):
    src = write_corpus(tmp_path / "c.jsonl", 5)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("本文。", encoding="utf-8")
    (tmp_path / "d" / "skip.bin").write_text("x", encoding="utf-8")
    assert count_inputs([str(src), str(tmp_path / "d")]) == 6


def test_limit_and_article_objects(tmp_path):
    arts = [Article(text=f"ロシアと日本が会談した。{i}。", id=f"o-{i}", published="2025-01-02") for i in range(5)]
    rep = ingest(db=tmp_path / "x.db", articles=arts, analyzer=fake_analyze_many, limit=3)
    assert rep.added == 3
    with Store(tmp_path / "x.db") as st:
        # three reports of the same meeting (same actors, same day): one event
        assert st.stats()["events"] == 1 and st.stats()["event_mentions"] == 3


def test_pool_read_ahead_is_bounded(tmp_path):
    """A pool pulls inputs from its own thread as fast as it can (multiprocessing's
    imap does); ingest keeps the number of articles in flight bounded."""
    import queue
    import threading

    src = write_corpus(tmp_path / "c.jsonl", 300)
    seen = {"fed": 0, "done": 0, "max": 0}

    def eager_pool(items, n_process=1, **kw):
        q: queue.Queue = queue.Queue()

        def pull():
            for art in items:
                seen["fed"] += 1
                seen["max"] = max(seen["max"], seen["fed"] - seen["done"])
                q.put(art)
            q.put(None)

        threading.Thread(target=pull, daemon=True).start()
        while (art := q.get()) is not None:
            seen["done"] += 1
            yield from fake_analyze_many([art])

    rep = ingest([src], tmp_path / "c.db", workers=2, analyzer=eager_pool)
    assert rep.added == 300
    assert seen["max"] <= 64 + 1


CRASH_SCRIPT = """
import sys
sys.path.insert(0, {root!r})
from tests.test_ingest import fake_analyze_many
from hodo.ingest import ingest
rep = ingest([{src!r}], {db!r}, analyzer=fake_analyze_many, batch_size=1)
print("done", rep.added, rep.unchanged)
"""


def _snapshot(db: Path) -> dict:
    with Store(db) as st:
        assert st.integrity_check() == "ok"
        c = st.conn
        return {
            "stats": st.stats(),
            "external": sorted(r[0] for r in c.execute("SELECT external_id FROM articles")),
            "dups": c.execute("SELECT COUNT(*) FROM (SELECT external_id FROM articles GROUP BY external_id "
                              "HAVING COUNT(*) > 1)").fetchone()[0],
            "events": sorted(tuple(r) for r in c.execute(
                "SELECT type, date, (SELECT COUNT(*) FROM event_mentions m WHERE m.event_id = e.id) FROM events e")),
            "fts": c.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH '会談した'").fetchone()[0],
        }


def test_kill_9_then_resume_equals_a_clean_run(tmp_path):
    n = 60
    src = write_corpus(tmp_path / "c.jsonl", n)
    clean = tmp_path / "clean.db"
    ingest([src], clean, analyzer=fake_analyze_many)
    db = tmp_path / "crash.db"
    script = tmp_path / "run.py"
    script.write_text(CRASH_SCRIPT.format(root=str(Path(__file__).parents[1]), src=str(src), db=str(db)))
    env = dict(os.environ, HODO_INGEST_PAUSE="0.05")
    p = subprocess.Popen([sys.executable, str(script)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 60
        stored = 0
        while time.time() < deadline:  # wait until some, not all, articles are in
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=5) as c:
                        stored = c.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                except sqlite3.OperationalError:
                    stored = 0
            if stored >= 10 or p.poll() is not None:
                break
            time.sleep(0.05)
        assert p.poll() is None, p.stderr.read().decode()
        os.kill(p.pid, signal.SIGKILL)
    finally:
        p.wait()
    mid = _snapshot(db)
    assert 0 < mid["stats"]["articles"] < n and mid["dups"] == 0
    rep = ingest([src], db, analyzer=fake_analyze_many)  # resume
    assert rep.unchanged == mid["stats"]["articles"] and rep.added == n - mid["stats"]["articles"]
    assert _snapshot(db) == _snapshot(clean)


def test_interrupt_keeps_what_was_committed(tmp_path):
    src = write_corpus(tmp_path / "c.jsonl", 10)

    def interrupting(items, **kw):
        for i, art in enumerate(fake_analyze_many(items, **kw)):
            if i == 4:
                raise KeyboardInterrupt
            yield art

    rep = ingest([src], tmp_path / "c.db", analyzer=interrupting)
    assert rep.interrupted and rep.added == 4
    rep = ingest([src], tmp_path / "c.db", analyzer=fake_analyze_many)
    assert (rep.added, rep.unchanged) == (6, 4)


@pytest.mark.skipif(not CORPUS.exists(), reason="corpus not available")
def test_end_to_end_on_three_corpus_articles(tmp_path):
    src = tmp_path / "three.jsonl"
    recs = corpus_records(3, every=50)
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    db = tmp_path / "e2e.db"
    rep = ingest([src], db)
    assert rep.added == 3 and rep.failed == 0
    with Store(db) as st:
        s = st.stats()
        assert s["articles"] == 3 and s["entities"] > 0 and s["mentions"] >= s["entities"]
        stages = {r[0] for r in st.conn.execute("SELECT stage FROM article_stages")}
        assert {"entities", "times", "quotes", "events"} <= stages
        for r in st.conn.execute("SELECT m.start, m.\"end\", m.text, a.text FROM mentions m "
                                 "JOIN articles a ON a.id = m.article_id"):
            assert r[3][r[0]:r[1]] == r[2]
        for rec in recs:
            art = st.article(rec["id"])
            assert art is not None and art.text == rec["text"] and art.stages
        assert st.integrity_check() == "ok"
    assert ingest([src], db).unchanged == 3


def test_same_file_name_in_two_folders_is_two_articles(tmp_path):
    for sub, text in (("a", "政府は12日、新たな経済対策を発表した。"), ("b", "首相は13日、記者会見を開いた。")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "news.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    rep = ingest([tmp_path], db, analyzer=fake_analyze_many)
    assert rep.failed == 0
    with Store(db) as st:
        texts = sorted(r[0] for r in st.conn.execute("SELECT text FROM articles"))
    assert len(texts) == 2
