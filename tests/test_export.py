"""Exports: jsonl round trip, csv/parquet tables, GDELT-style event table."""
from __future__ import annotations

import csv
import json

import pytest

from hodo.export import GDELT_COLUMNS, export, gdelt_rows
from hodo.model import Article
from hodo.store import EXPORT_TABLES, Store

from .test_store import MEETING, _world, meeting


@pytest.fixture
def st():
    s = Store(":memory:")
    _world(s)
    art = meeting("m-4", text="追報:" + MEETING)
    art.url = "https://example.com/news/4"
    s.put_article(art)
    yield s
    s.close()


def test_jsonl_round_trip(st, tmp_path):
    out = tmp_path / "a.jsonl"
    assert export(st, "jsonl", out) == 4
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [d["external_id"] for d in lines] == ["m-1", "m-2", "m-3", "m-4"]
    for d in lines:
        art = Article.from_dict(d)
        assert art.id == art.content_hash
        assert st.article(art.id).to_dict() == art.to_dict()


def test_csv_and_parquet_tables(st, tmp_path):
    n = export(st, "csv", tmp_path / "csv")
    assert n > 0
    for name in EXPORT_TABLES:
        assert (tmp_path / "csv" / f"{name}.csv").exists()
    with open(tmp_path / "csv" / "events.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == st.stats()["events"]
    consult = next(r for r in rows if r["type"] == "CONSULT")
    assert consult["num_mentions"] == "2" and consult["num_articles"] == "2"
    import pyarrow.parquet as pq

    assert export(st, "parquet", tmp_path / "pq") == n
    t = pq.read_table(tmp_path / "pq" / "mentions.parquet")
    assert t.num_rows == st.stats()["mentions"] and "actor_id" in t.column_names


def test_gdelt_table(st, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(st, "gdelt", out) == st.stats()["events"]
    with open(out, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert list(rows[0]) == GDELT_COLUMNS
    by_type = {r["PloverType"]: r for r in rows if r["PloverType"] != "ACCUSE"}
    aid = by_type["AID"]
    assert (aid["SQLDATE"], aid["MonthYear"], aid["Year"]) == ("20251020", "202510", "2025")
    assert (aid["Actor1Code"], aid["Actor1CountryCode"], aid["Actor2Code"]) == ("RUS", "RUS", "PRK")
    assert (aid["EventCode"], aid["EventRootCode"], aid["QuadClass"], aid["GoldsteinScale"]) == ("070", "07", "2", "7.0")
    assert aid["AvgTone"] == "0" and aid["IsRootEvent"] == "1" and aid["SOURCEURL"] == "hodo:m-3"
    consult = by_type["CONSULT"]
    assert consult["NumMentions"] == "2" and consult["NumArticles"] == "2" and consult["NumSources"] == "2"
    assert consult["Actor1Name"] == "VLADIMIR PUTIN" and consult["Actor1CountryCode"] == "RUS"
    urls = {r["SOURCEURL"] for r in rows}
    assert "hodo:m-1" in urls and len(consult["DATEADDED"]) == 14
    rows2 = list(gdelt_rows(st))
    assert {r["GLOBALEVENTID"] for r in rows2} == {int(r["GLOBALEVENTID"]) for r in rows}


def test_unknown_format(st, tmp_path):
    with pytest.raises(ValueError):
        export(st, "xml", tmp_path / "x")


@pytest.mark.parametrize("cc, a3", [("JP", "JPN"), ("KP", "PRK"), ("SU", "SUN"), ("YU", "YUG"),
                                    ("DD", "DDR"), (None, None), ("ZZ", None)])
def test_alpha3_of_current_and_former_states(cc, a3):
    from hodo.store import alpha3

    assert alpha3(cc) == a3
