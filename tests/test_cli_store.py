"""The corpus commands: ingest, events, quotes, actors, relations, search, export."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from hodo.cli import app
from hodo.store import Store

from .test_ingest import fake_analyze_many, write_corpus
from .test_store import _world

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "w.db"
    with Store(path) as st:
        _world(st)
    return path


def run(*args):
    r = runner.invoke(app, [str(a) for a in args])
    assert r.exit_code == 0, r.output
    return r.stdout


def jsonl(text: str) -> list[dict]:
    return [json.loads(x) for x in text.splitlines() if x.strip()]


def test_events_command(db):
    rows = jsonl(run("events", "--db", db, "--format", "json"))
    assert {r["type"] for r in rows} == {"CONSULT", "ACCUSE", "AID"}
    rows = jsonl(run("events", "--db", db, "--actor", "ロシア", "--target", "KP", "-f", "json"))
    assert [r["type"] for r in rows] == ["AID"]
    rows = jsonl(run("events", "--db", db, "--type", "ACCUSE", "--since", "2025-10-15", "-f", "json"))
    assert len(rows) == 1 and rows[0]["source"][0]["country"] == "US"
    out = run("events", "--db", db, "--actor", "Q7747", "-f", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert len(table) == 1 and table[0]["type"] == "CONSULT" and table[0]["target"] == "金正恩"
    assert "CONSULT" in run("events", "--db", db)  # table
    r = runner.invoke(app, ["events", "--db", str(db), "--since", "yesterday"])
    assert r.exit_code != 0


def test_quotes_actors_search(db):
    rows = jsonl(run("quotes", "--db", db, "--speaker", "Vladimir Putin", "-f", "json"))
    assert [r["text"] for r in rows] == ["両国の友好は揺るがない"]
    assert jsonl(run("quotes", "--db", db, "--search", "友好", "-f", "json"))[0]["speaker"] == "putin"
    rows = jsonl(run("actors", "--db", db, "--search", "North Korea", "-f", "json"))
    assert len(rows) == 1 and rows[0]["country"] == "KP" and rows[0]["articles"] == 3
    table = list(csv.DictReader(io.StringIO(run("actors", "--db", db, "-f", "csv"))))
    assert {"ロシア", "北朝鮮", "プーチン"} <= {r["name"] for r in table}
    rows = jsonl(run("search", "北朝鮮", "非難", "--db", db, "-f", "json"))
    assert {r["external_id"] for r in rows} == {"m-2", "m-3"}


def test_relations_command(db):
    rel = json.loads(run("relations", "Russia", "北朝鮮", "--db", db, "-f", "json"))
    assert [m["month"] for m in rel["months"]] == ["2025-10"] and rel["total"]["events"] == 2
    table = list(csv.DictReader(io.StringIO(run("relations", "RU", "KP", "--db", db, "-f", "csv"))))
    assert [r["month"] for r in table] == ["2025-10", "all"] and table[0]["score"] == "2.5"


def test_export_command(db, tmp_path):
    run("export", tmp_path / "e.tsv", "--format", "gdelt", "--db", db)
    lines = (tmp_path / "e.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("GLOBALEVENTID\tSQLDATE") and len(lines) == 1 + 4
    run("export", tmp_path / "a.jsonl", "--db", db)
    assert len((tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()) == 3


def test_missing_database(tmp_path):
    r = runner.invoke(app, ["events", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1 and not (tmp_path / "none.db").exists()


def test_ingest_command(tmp_path, monkeypatch):
    import hodo.pipeline

    monkeypatch.setattr(hodo.pipeline, "analyze_many", fake_analyze_many)
    src = write_corpus(tmp_path / "c.jsonl", 5, extra=["{bad"])
    db = tmp_path / "i.db"
    r = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--no-progress"])
    assert r.exit_code == 0, r.output
    assert "5 added" in r.output and "1 failed" in r.output
    r = runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    assert r.exit_code == 0 and "5 already stored" in r.output
    with Store(db) as st:
        assert st.stats()["articles"] == 5 and len(st.failures()) == 1
