"""Exports of a corpus store.

- ``jsonl``: one analysed article a line, the :class:`hodo.model.Article` JSON (its ``id``
  is the content hash, ``external_id`` the input's own id) — re-readable with
  ``Article.from_dict``.
- ``csv`` / ``parquet``: a folder with one file per table (articles, entities, mentions,
  times, quotes, claims, actors, events, event_mentions, …).
- ``gdelt``: one tab-separated table of canonical events in the columns of the GDELT 2.0
  event table (see docs/store.md for the mapping).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path

from .store import EXPORT_TABLES, Store, alpha3, calendar_date

FORMATS = ("jsonl", "csv", "parquet", "gdelt")

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
    "DATEADDED", "SOURCEURL",
    # hodo's own, after GDELT's
    "PloverType", "DateResolution", "Negated",
]


def export(store: Store, fmt: str, out: str | Path) -> int:
    """Write ``store`` to ``out`` in ``fmt``; returns the number of rows (articles for
    jsonl, events for gdelt, all rows for csv/parquet)."""
    fmt = fmt.lower()
    if fmt == "jsonl":
        return export_jsonl(store, out)
    if fmt == "csv":
        return export_tables(store, out, "csv")
    if fmt == "parquet":
        return export_tables(store, out, "parquet")
    if fmt == "gdelt":
        return export_gdelt(store, out)
    raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")


def export_jsonl(store: Store, out: str | Path) -> int:
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for art, ext in store.iter_articles():
            d = art.to_dict()
            d["external_id"] = ext
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
            n += 1
    return n


def export_tables(store: Store, out: str | Path, fmt: str) -> int:
    os.makedirs(out, exist_ok=True)
    n = 0
    for name in EXPORT_TABLES:
        cols, rows = store.table(name)
        path = os.path.join(out, f"{name}.{fmt}")
        if fmt == "csv":
            with open(path, "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f)
                w.writerow(cols)
                for r in rows:
                    w.writerow(r)
                    n += 1
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            data = list(rows)
            n += len(data)
            table = pa.table({c: [r[i] for r in data] for i, c in enumerate(cols)})
            pq.write_table(table, path)
    return n


# --------------------------------------------------------------------------- GDELT

def _ymd(date: str | None) -> tuple[str, str, str, str, str]:
    """(SQLDATE, MonthYear, Year, FractionDate, resolution) of an ISO (partial) date."""
    if not date or len(date) < 4 or not date[:4].isdigit():
        return "", "", "", "", ""
    y = date[:4]
    m = date[5:7] if len(date) >= 7 and date[5:7].isdigit() else ""
    d = date[8:10] if len(date) >= 10 and date[8:10].isdigit() else ""
    res = "day" if d else ("month" if m else "year")
    mm, dd = m or "01", d or "01"
    try:
        day = dt.date(int(y), int(mm), int(dd))
        frac = f"{int(y) + (day.timetuple().tm_yday - 1) / 365:.4f}"
    except ValueError:
        return "", "", "", "", ""
    return f"{y}{mm}{dd}", f"{y}{mm}", y, frac, res


def _actor_code(a: dict | None) -> tuple[str, str, str, str]:
    """(code, name, country code, type code) in CAMEO-actor style: the ISO alpha-3 of the
    actor's country followed by its sector code (RUSGOV); GDELT names are upper case."""
    if not a:
        return "", "", "", ""
    cc3 = alpha3(a.get("country")) or ""
    sector = (a.get("sector") or "").upper()
    sector = sector if sector.isalpha() and len(sector) == 3 else ""
    code = cc3 + sector
    name = (a.get("name_en") or a.get("name") or "").upper()
    return code, name, cc3, sector


def gdelt_rows(store: Store) -> Iterator[dict]:
    """One GDELT-style row per canonical event."""
    conn = store.conn
    # sentence -> block kind/first paragraph, for IsRootEvent (title or lead paragraph)
    root = {r[0] for r in conn.execute("""
        SELECT DISTINCT m.event_id FROM event_mentions m
        JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence
        JOIN blocks b ON b.article_id = s.article_id AND b.idx = s.block
        WHERE b.kind = 'title' OR b.idx = (SELECT MIN(b2.idx) FROM blocks b2
                                          WHERE b2.article_id = b.article_id AND b2.kind = 'paragraph')""")}
    ids = [r[0] for r in conn.execute("SELECT id FROM events ORDER BY id")]
    for i in range(0, len(ids), 500):
        batch = ids[i:i + 500]
        q = ",".join("?" * len(batch))
        rows = [dict(r) for r in conn.execute(f"SELECT * FROM events WHERE id IN ({q}) ORDER BY id", batch)]
        store._decorate_events(rows)
        places = {}
        pa = [r["place_actor"] for r in rows if r["place_actor"]]
        if pa:
            for a in conn.execute(f"SELECT * FROM actors WHERE id IN ({','.join('?' * len(pa))})", pa):
                places[a["id"]] = dict(a)
        for ev in rows:
            sqldate, month, year, frac, res = _ymd(ev["ref_date"])
            if res and calendar_date(ev["date"]) is None:
                res = "published"
            elif res and "-W" in (ev["date"] or ""):
                res = "week"
            s1 = ev["source"][0] if ev["source"] else None
            s2 = ev["target"][0] if ev["target"] else None
            c1, n1, cc1, t1 = _actor_code(s1)
            c2, n2, cc2, t2 = _actor_code(s2)
            if len(ev["source"]) > 1:
                n1 = ";".join(_actor_code(a)[1] for a in ev["source"])
            if len(ev["target"]) > 1:
                n2 = ";".join(_actor_code(a)[1] for a in ev["target"])
            cameo = (ev["cameo"] or "").strip()
            place = places.get(ev["place_actor"]) if ev["place_actor"] else None
            geo_cc = (place or {}).get("country") or ""
            geo_type = ""
            if place:
                is_country = conn.execute("SELECT 1 FROM actor_keys WHERE actor_id = ? AND key LIKE 'cc:%'",
                                          (place["id"],)).fetchone()
                geo_type = "1" if is_country else "4"  # GDELT: 1 country, 4 city/landmark
            first = ev["mentions"][0] if ev["mentions"] else {}
            url = first.get("url") or ("hodo:" + (first.get("external_id") or first.get("article_id") or ""))
            added = (ev.get("created_at") or "").replace("-", "").replace(":", "").replace("T", "")[:14]
            yield {
                "GLOBALEVENTID": ev["id"], "SQLDATE": sqldate, "MonthYear": month, "Year": year,
                "FractionDate": frac,
                "Actor1Code": c1, "Actor1Name": n1, "Actor1CountryCode": cc1, "Actor1Type1Code": t1,
                "Actor2Code": c2, "Actor2Name": n2, "Actor2CountryCode": cc2, "Actor2Type1Code": t2,
                "IsRootEvent": 1 if ev["id"] in root else 0,
                "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
                "QuadClass": ev["quad"] if ev["quad"] is not None else "",
                "GoldsteinScale": ev["goldstein"] if ev["goldstein"] is not None else "",
                "NumMentions": ev["num_mentions"], "NumSources": ev["num_sources"],
                "NumArticles": ev["num_articles"], "AvgTone": 0,
                "ActionGeo_Type": geo_type, "ActionGeo_FullName": ev["place"] or "",
                "ActionGeo_CountryCode": geo_cc,
                "DATEADDED": added, "SOURCEURL": url,
                "PloverType": ev["type"], "DateResolution": res, "Negated": ev["negated"],
            }


def export_gdelt(store: Store, out: str | Path) -> int:
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=GDELT_COLUMNS, delimiter="\t", lineterminator="\n",
                           quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        for row in gdelt_rows(store):
            w.writerow({k: ("" if v is None else v) for k, v in row.items()})
            n += 1
    return n
