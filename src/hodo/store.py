"""The corpus store: analysed articles in SQLite, with actors and events merged across
articles, Japanese full-text search (FTS5 trigram) and the queries behind ``hodo events``,
``hodo quotes``, ``hodo actors``, ``hodo relations`` and ``hodo search``.

Library first::

    from hodo.store import Store
    with Store("hodo.db") as st:
        st.put_article(article)             # one transaction: whole or nothing
        st.events(actor="RU", since="2025-01-01")
        st.relations("RU", "KP")

Design (see docs/store.md):

- ``articles.id`` is the content hash of (title, text) (:func:`hodo.model.content_id`);
  the input's own id (``jawikinews-0001``, a file stem) is ``external_id``. The same
  content is stored once; a new content under a known ``external_id`` replaces the old
  article and all its records in the same transaction.
- Per-article records (blocks, sentences, entities, mentions, times, quotes, claims,
  event mentions) keep the article-local entity keys *and* the canonical actor id.
- ``actors`` are canonical across articles: an entity is matched by Wikidata QID, else
  ISO country code (GPE whose key is an ISO alpha-2 code), else by a linked key, else by
  (type, normalised name). ``actor_keys`` holds every identifying key of an actor.
- ``events`` are canonical too: mentions with the same type, the same canonical source
  and target sets, the same full date (YYYY-MM-DD), the same polarity and a compatible
  place become one event with many ``event_mentions``. Undated events are never merged.
- Every record keeps the ``stage`` ("name@version") that produced it; ``article_stages``
  keeps the stage versions each article was analysed with.
"""
from __future__ import annotations

import bisect
import datetime as dt
import json
import re
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .model import Article, content_id

# --------------------------------------------------------------------------- schema

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_core",
        """
CREATE TABLE articles (
    n INTEGER PRIMARY KEY,              -- stable rowid (FTS content rowid)
    id TEXT NOT NULL UNIQUE,            -- content hash of (title, text)
    external_id TEXT,                   -- the input's own id (jsonl id, file stem)
    title TEXT,
    published TEXT,
    published_inferred INTEGER NOT NULL DEFAULT 0,
    url TEXT,
    publisher TEXT,
    source_file TEXT,
    text TEXT NOT NULL,
    data TEXT NOT NULL,                 -- the Article JSON (without text): exact round trip
    ingested_at TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_external ON articles(external_id) WHERE external_id IS NOT NULL;
CREATE INDEX articles_published ON articles(published);

CREATE TABLE article_stages (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    version TEXT NOT NULL,
    PRIMARY KEY (article_id, stage)
);

CREATE TABLE blocks (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    block INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    type TEXT,
    name TEXT NOT NULL,
    name_en TEXT,
    wikidata TEXT,
    country TEXT,
    sector TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX actors_wikidata ON actors(wikidata);
CREATE INDEX actors_country ON actors(country);

-- every identifying key of an actor: wd:Q7747, cc:RU, lk:putin, nm:PERSON:プーチン
CREATE TABLE actor_keys (
    key TEXT PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE
);
CREATE INDEX actor_keys_actor ON actor_keys(actor_id);

-- names an actor is known by (normalised), for look-ups by Japanese/English name or key
CREATE TABLE actor_names (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    PRIMARY KEY (actor_id, norm)
);
CREATE INDEX actor_names_norm ON actor_names(norm);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    name_en TEXT,
    wikidata TEXT,
    sector TEXT,
    iso3166_2 TEXT,
    link_source TEXT,
    actor_id INTEGER REFERENCES actors(id),
    stage TEXT,
    PRIMARY KEY (article_id, key)
);
CREATE INDEX entities_actor ON entities(actor_id);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_key TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    title TEXT,
    actor_id INTEGER REFERENCES actors(id),
    PRIMARY KEY (article_id, start, "end", entity_key)
);
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE times (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT,
    mod TEXT,
    anchor TEXT,
    stage TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX times_value ON times(value);

CREATE TABLE quotes (
    n INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,                       -- article-local entity key
    speaker_actor INTEGER REFERENCES actors(id),
    speakers TEXT,                      -- JSON list of keys (group speakers)
    addressee TEXT,
    cue TEXT,
    cue_start INTEGER, cue_end INTEGER,
    speaker_start INTEGER, speaker_end INTEGER,
    attributed_to TEXT,
    date TEXT,
    stage TEXT,
    UNIQUE (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_actor);

CREATE TABLE claims (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    source TEXT,
    source_actor INTEGER REFERENCES actors(id),
    source_start INTEGER, source_end INTEGER,
    cue TEXT,
    cue_start INTEGER, cue_end INTEGER,
    stage TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX claims_source ON claims(source_actor);

-- canonical events (one real-world event, however many articles report it)
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    merge_key TEXT,                     -- NULL: never merged (undated or actorless)
    type TEXT NOT NULL,
    date TEXT,                          -- the event's own resolved date (TIMEX3 value)
    ref_date TEXT,                      -- its calendar date (calendar_date), else the first article's publication date
    negated INTEGER NOT NULL DEFAULT 0,
    place TEXT,                         -- place name as first reported
    place_actor INTEGER REFERENCES actors(id),
    cameo TEXT,
    goldstein REAL,
    quad INTEGER,                       -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    created_at TEXT NOT NULL
);
CREATE INDEX events_merge ON events(merge_key);
CREATE INDEX events_type_date ON events(type, ref_date);
CREATE INDEX events_date ON events(ref_date);

CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL,                 -- source | target
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    PRIMARY KEY (event_id, role, actor_id)
);
CREATE INDEX event_actors_actor ON event_actors(actor_id, role);

CREATE TABLE event_mentions (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id),
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,               -- index in the article's events list
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    sentence INTEGER,                   -- sentence index in the article
    sentence_start INTEGER, sentence_end INTEGER,
    source_keys TEXT NOT NULL,          -- JSON list of article-local keys
    target_keys TEXT NOT NULL,
    type TEXT NOT NULL,
    date TEXT,
    negated INTEGER NOT NULL DEFAULT 0,
    modality TEXT,
    place TEXT,
    mode TEXT,
    cameo TEXT,
    goldstein REAL,
    quad INTEGER,
    attributed_to TEXT,
    speaker TEXT,
    confidence REAL,
    stage TEXT,
    UNIQUE (article_id, idx)
);
CREATE INDEX event_mentions_event ON event_mentions(event_id);

CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    line INTEGER NOT NULL DEFAULT 0,     -- 0: the whole file
    external_id TEXT,
    article_id TEXT,
    kind TEXT NOT NULL,                  -- read | analyse | store
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (path, line)
);
""",
    ),
    (
        "0002_fts_trigram",
        """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='n', tokenize='trigram');
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.n, new.title, new.text);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.n, old.title, old.text);
END;
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='n', tokenize='trigram');
CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.n, new.text);
END;
CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.n, old.text);
END;
""",
    ),
]

# --------------------------------------------------------------------------- codes

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

#: PLOVER type -> (CAMEO root code, Goldstein of the root, GDELT quad class);
#: used when an event record does not carry its own cameo/goldstein/quad.
PLOVER_DEFAULTS: dict[str, tuple[str, float, int]] = {
    "AGREE": ("030", 4.0, 1),
    "CONSULT": ("040", 1.0, 1),
    "SUPPORT": ("050", 3.5, 1),
    "CONCEDE": ("080", 5.0, 1),
    "COOPERATE": ("060", 6.0, 2),
    "AID": ("070", 7.0, 2),
    "RETREAT": ("080", 5.0, 2),
    "REQUEST": ("100", -5.0, 3),
    "ACCUSE": ("110", -2.0, 3),
    "REJECT": ("120", -4.0, 3),
    "THREATEN": ("130", -6.0, 3),
    "PROTEST": ("140", -6.5, 4),
    "MOBILIZE": ("150", -7.2, 4),
    "SANCTION": ("160", -4.0, 4),
    "COERCE": ("170", -7.0, 4),
    "ASSAULT": ("180", -9.0, 4),
}


def quad_class(value: Any, type_: str | None = None) -> int | None:
    """A quad class as GDELT's integer 1–4 from an int, a digit string or a name
    ("verbal cooperation", "VERBAL_COOP", "material-conflict" …); falls back to the type."""
    if isinstance(value, bool):
        value = None
    if isinstance(value, (int, float)) and int(value) in QUADS:
        return int(value)
    if isinstance(value, str) and value.strip():
        v = value.strip().lower().replace("_", " ").replace("-", " ")
        if v.isdigit() and int(v) in QUADS:
            return int(v)
        verbal = "verb" in v
        material = "mat" in v
        coop = "coop" in v
        conflict = "conf" in v
        if (verbal or material) and (coop or conflict):
            return (1 if verbal else 2) if coop else (3 if verbal else 4)
    if type_ and type_.upper() in PLOVER_DEFAULTS:
        return PLOVER_DEFAULTS[type_.upper()][2]
    return None


# --------------------------------------------------------------------------- helpers

_NAME_DROP = re.compile(r"[\s・･·=＝\-‐－_、,.。'’\"“”]+")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_CC = re.compile(r"^[A-Z]{2}$")


def norm_name(name: str) -> str:
    """Normalised name for matching: NFKC, case-folded, without spaces and middle dots."""
    return _NAME_DROP.sub("", unicodedata.normalize("NFKC", name or "")).casefold()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _j(x) -> str | None:
    return None if x is None else json.dumps(list(x) if isinstance(x, tuple) else x, ensure_ascii=False)


def _span(x, i: int):
    if x is None:
        return None
    try:
        return x[i]
    except (IndexError, TypeError, KeyError):
        return None


def calendar_date(value: str | None) -> str | None:
    """A sortable calendar prefix of a TIMEX3 value: ``2025-09-03``, ``2025-09`` or
    ``2025`` (time of day dropped); a week (``2025-W35``, ``2025-W35-WE``) becomes the
    date of its first day (Monday; Saturday for a weekend). None when the year is unknown."""
    if not value or not isinstance(value, str):
        return None
    v = value.strip()
    m = re.match(r"^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?", v)
    if m:
        day = 6 if m.group(3) == "WE" else int(m.group(3) or 1)
        try:
            return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), day).isoformat()
        except ValueError:
            return None
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", v)
    if not m:
        return None
    y, mo, d = m.groups()
    try:
        dt.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return None
    return m.group(0)


def _full_date(d: str | None) -> str | None:
    if not d or not isinstance(d, str) or len(d) < 10:
        return None
    try:
        return dt.date.fromisoformat(d[:10]).isoformat()
    except ValueError:
        return None


def entity_keys(ent) -> list[str]:
    """Identifying keys of an entity, strongest first: ``wd:QID``, ``cc:XX`` (a country),
    ``iso:XX-YY`` (a subdivision), ``lk:key`` (a key from hodo's linked tables), and
    ``nm:TYPE:normalised name`` (unless the name is too short to tell people apart)."""
    keys = []
    qid = (ent.wikidata or "").strip().upper() if getattr(ent, "wikidata", None) else ""
    if _QID.match(qid):
        keys.append(f"wd:{qid}")
    if ent.type == "GPE" and _CC.match(ent.key or ""):
        keys.append(f"cc:{ent.key}")
    iso2 = getattr(ent, "iso3166_2", None)
    if ent.type == "GPE" and iso2:
        keys.append(f"iso:{iso2.upper()}")
    if getattr(ent, "link_source", None) and ent.key:
        keys.append(f"lk:{ent.type}:{ent.key}")
    n = norm_name(ent.name)
    if len(n) >= NAME_KEY_MIN.get(ent.type, 2):
        keys.append(f"nm:{ent.type}:{n}")
    return keys


#: shortest normalised name that merges actors across articles by name alone: a bare
#: surname (田中, 金) names many people, so PERSON names need three characters
NAME_KEY_MIN = {"PERSON": 3}


def _strong(k: str) -> bool:
    return not k.startswith("nm:")


class StoreError(Exception):
    pass


# --------------------------------------------------------------------------- store

class Store:
    """A hodo corpus database (SQLite, WAL). ``path`` may be ``":memory:"``."""

    def __init__(self, path: str | Path = "hodo.db", *, readonly: bool = False, timeout: float = 30.0):
        self.path = str(path)
        if readonly and self.path != ":memory:":
            uri = Path(self.path).resolve().as_uri() + "?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None,
                                        check_same_thread=False)
        else:
            self.conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None,
                                        check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            # WAL + NORMAL: a crash of the process (kill -9) never loses a commit
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.migrate()

    # ---------------------------------------------------------------- lifecycle
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def migrate(self) -> list[str]:
        """Apply the named migrations not applied yet (each in its own transaction)."""
        c = self.conn
        c.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {r[0] for r in c.execute("SELECT name FROM schema_migrations")}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            c.execute("BEGIN IMMEDIATE")
            try:
                if c.execute("SELECT 1 FROM schema_migrations WHERE name = ?", (name,)).fetchone():
                    c.execute("COMMIT")  # another process got there first
                    continue
                for stmt in _statements(sql):
                    c.execute(stmt)
                c.execute("INSERT INTO schema_migrations VALUES (?, ?)", (name, _now()))
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
            applied.append(name)
        return applied

    def migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM schema_migrations ORDER BY name")]

    def integrity_check(self) -> str:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]

    # ---------------------------------------------------------------- writes
    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def article_id_for(self, external_id: str) -> str | None:
        r = self.conn.execute("SELECT id FROM articles WHERE external_id = ?", (external_id,)).fetchone()
        return r[0] if r else None

    def put_article(self, art: Article, external_id: str | None = None) -> str:
        """Store one analysed article in one transaction. Returns ``"added"``,
        ``"replaced"`` (a new content under a known external id) or ``"unchanged"``."""
        aid = content_id(art.text, art.title)
        if external_id is None and art.id and art.id != aid:
            external_id = art.id
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            row = c.execute("SELECT external_id FROM articles WHERE id = ?", (aid,)).fetchone()
            if row is not None:
                if external_id and row[0] is None and self._external_free(external_id):
                    c.execute("UPDATE articles SET external_id = ? WHERE id = ?", (external_id, aid))
                c.execute("COMMIT")
                return "unchanged"
            status = "added"
            if external_id:
                old = c.execute("SELECT id FROM articles WHERE external_id = ?", (external_id,)).fetchone()
                if old is not None:
                    self._delete(old[0])
                    status = "replaced"
            self._insert(art, aid, external_id)
            if art.source_file:
                path, line = _path_line(art.source_file)
                c.execute("DELETE FROM failures WHERE path = ? AND line = ?", (path, line))
            c.execute("COMMIT")
            return status
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def set_external_id(self, article_id: str, external_id: str) -> bool:
        """Give a stored article (without one) its external id, if no other article has it."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            cur = c.execute(
                "UPDATE articles SET external_id = ? WHERE id = ? AND external_id IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM articles WHERE external_id = ?)", (external_id, article_id, external_id))
            c.execute("COMMIT")
            return cur.rowcount > 0
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def _external_free(self, external_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE external_id = ?", (external_id,)).fetchone() is None

    def delete_article(self, article_id: str) -> bool:
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            found = self._delete(article_id)
            c.execute("COMMIT")
            return found
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def _delete(self, article_id: str) -> bool:
        c = self.conn
        ev = [r[0] for r in c.execute(
            "SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?", (article_id,))]
        c.execute("DELETE FROM event_mentions WHERE article_id = ?", (article_id,))
        for eid in ev:
            left = c.execute("SELECT 1 FROM event_mentions WHERE event_id = ? LIMIT 1", (eid,)).fetchone()
            if left is None:
                c.execute("DELETE FROM events WHERE id = ?", (eid,))
        cur = c.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return cur.rowcount > 0

    def record_failure(self, path: str, reason: str, line: int | None = None, *,
                       kind: str = "analyse", external_id: str | None = None,
                       article_id: str | None = None) -> None:
        """Record (or update) the failure of one input: a file, or one line of a file."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute(
                "INSERT INTO failures(path, line, external_id, article_id, kind, reason, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(path, line) DO UPDATE SET "
                "external_id = excluded.external_id, article_id = excluded.article_id, "
                "kind = excluded.kind, reason = excluded.reason, at = excluded.at",
                (path, line or 0, external_id, article_id, kind, reason, _now()),
            )
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def failures(self) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT path, line, external_id, article_id, kind, reason, at FROM failures ORDER BY path, line")]

    # -- insertion of one article (inside the caller's transaction)
    def _insert(self, art: Article, aid: str, external_id: str | None) -> None:
        c = self.conn
        d = art.to_dict()
        d.pop("text", None)
        d["id"] = aid
        if external_id:
            d["external_id"] = external_id
        c.execute(
            "INSERT INTO articles(id, external_id, title, published, published_inferred, url, publisher, "
            "source_file, text, data, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (aid, external_id, art.title, art.published, int(bool(art.published_inferred)), art.url,
             art.publisher, art.source_file, art.text, json.dumps(d, ensure_ascii=False), _now()),
        )
        c.executemany("INSERT INTO article_stages VALUES (?,?,?)",
                      [(aid, k, str(v)) for k, v in (art.stages or {}).items()])
        c.executemany("INSERT INTO blocks VALUES (?,?,?,?,?)",
                      [(aid, i, b.kind, b.start, b.end) for i, b in enumerate(art.blocks)])
        c.executemany("INSERT INTO sentences VALUES (?,?,?,?,?)",
                      [(aid, i, s.block, s.start, s.end) for i, s in enumerate(art.sentences)])
        text = art.text
        actor_of: dict[str, int] = {}
        for ent in art.entities:
            if ent.key in actor_of:
                continue  # duplicate key in one article: the first record wins
            actor = self._actor_for(ent)
            actor_of[ent.key] = actor
            c.execute(
                "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (aid, ent.key, ent.type, ent.name, ent.country, ent.name_en, ent.wikidata, ent.sector,
                 ent.iso3166_2, ent.link_source, actor, ent.stage),
            )
            titles = ent.titles or []
            rows = []
            for i, m in enumerate(ent.mentions):
                s, e = int(m[0]), int(m[1])
                rows.append((aid, ent.key, s, e, text[s:e], titles[i] if i < len(titles) else None, actor))
            c.executemany("INSERT OR IGNORE INTO mentions VALUES (?,?,?,?,?,?,?)", rows)
        c.executemany(
            "INSERT INTO times VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(aid, i, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor, t.stage)
             for i, t in enumerate(art.times)],
        )
        c.executemany(
            "INSERT INTO quotes(article_id, idx, start, \"end\", text, kind, speaker, speaker_actor, speakers, "
            "addressee, cue, cue_start, cue_end, speaker_start, speaker_end, attributed_to, date, stage) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(aid, i, q.start, q.end, text[q.start:q.end], q.kind, q.speaker, actor_of.get(q.speaker or ""),
              _j(q.speakers), q.addressee, q.cue, _span(q.cue_span, 0), _span(q.cue_span, 1),
              _span(q.speaker_span, 0), _span(q.speaker_span, 1), q.attributed_to, q.date, q.stage)
             for i, q in enumerate(art.quotes)],
        )
        c.executemany(
            "INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(aid, i, cl.start, cl.end, text[cl.start:cl.end], cl.source, actor_of.get(cl.source or ""),
              _span(cl.source_span, 0), _span(cl.source_span, 1), cl.cue, _span(cl.cue_span, 0),
              _span(cl.cue_span, 1), cl.stage)
             for i, cl in enumerate(art.claims)],
        )
        starts = [s.start for s in art.sentences]
        for i, ev in enumerate(art.events):
            self._insert_event(art, aid, i, ev, actor_of, starts)

    def _actor_for(self, ent) -> int:
        """The canonical actor of an entity, created or enriched as needed."""
        c = self.conn
        keys = entity_keys(ent)
        qid = next((k[3:] for k in keys if k.startswith("wd:")), None)
        actor = None
        for k in keys:
            r = c.execute("SELECT actor_id FROM actor_keys WHERE key = ?", (k,)).fetchone()
            if r is None:
                continue
            if not _strong(k) and qid is not None:
                # a name match must not merge two different Wikidata items
                w = c.execute("SELECT wikidata FROM actors WHERE id = ?", (r[0],)).fetchone()
                if w and w[0] and w[0] != qid:
                    continue
            actor = r[0]
            break
        country = ent.country or (ent.key if ent.type == "GPE" and _CC.match(ent.key or "") else None)
        if actor is None:
            name_en = ent.name_en
            if name_en is None and ent.type == "GPE" and _CC.match(ent.key or ""):
                name_en = _country_name(ent.key)
            actor = c.execute(
                "INSERT INTO actors(type, name, name_en, wikidata, country, sector, created_at) "
                "VALUES (?,?,?,?,?,?,?)",
                (ent.type, ent.name, name_en, qid, country, ent.sector, _now()),
            ).lastrowid
        else:
            c.execute(
                "UPDATE actors SET name_en = COALESCE(name_en, ?), wikidata = COALESCE(wikidata, ?), "
                "country = COALESCE(country, ?), sector = COALESCE(sector, ?) WHERE id = ?",
                (ent.name_en, qid, country, ent.sector, actor),
            )
        for k in keys:
            c.execute("INSERT OR IGNORE INTO actor_keys VALUES (?, ?)", (k, actor))
        extra = _country_names(ent.key) if ent.type == "GPE" and _CC.match(ent.key or "") else []
        for nm in {ent.name, ent.name_en, ent.key, *extra}:
            if nm:
                n = norm_name(nm)
                if n:
                    c.execute("INSERT OR IGNORE INTO actor_names VALUES (?,?,?)", (actor, nm, n))
        return actor

    def _place_actor(self, place: str | None, art: Article, actor_of: dict[str, int]) -> int | None:
        if not place:
            return None
        if place in actor_of:
            return actor_of[place]
        n = norm_name(place)
        for e in art.entities:
            if norm_name(e.name) == n and e.key in actor_of:
                return actor_of[e.key]
        return None

    def _insert_event(self, art: Article, aid: str, idx: int, ev, actor_of: dict[str, int],
                      starts: list[int]) -> None:
        c = self.conn
        etype = (ev.type or "").upper()
        trig = (int(ev.trigger[0]), int(ev.trigger[1]))
        src = sorted({actor_of[k] for k in ev.source or [] if k in actor_of})
        tgt = sorted({actor_of[k] for k in ev.target or [] if k in actor_of})
        defaults = PLOVER_DEFAULTS.get(etype)
        cameo = ev.cameo or (defaults[0] if defaults else None)
        goldstein = ev.goldstein if ev.goldstein is not None else (defaults[1] if defaults else None)
        quad = quad_class(ev.quad, etype)
        place_actor = self._place_actor(ev.place, art, actor_of)
        place = ev.place
        if place:  # a place given as an entity key is stored by name
            place = next((e.name for e in art.entities if e.key == place), place)
        date = _full_date(ev.date)
        negated = int(bool(ev.negated))
        merge_key = None
        if date and (src or tgt):
            merge_key = "|".join([etype, ",".join(map(str, src)), ",".join(map(str, tgt)), date, str(negated)])
        event_id = None
        if merge_key is not None:
            for r in c.execute("SELECT id, place_actor, place FROM events WHERE merge_key = ? ORDER BY id",
                               (merge_key,)):
                if r["place_actor"] is not None and place_actor is not None:
                    ok = r["place_actor"] == place_actor
                elif r["place"] and place and place_actor is None and r["place_actor"] is None:
                    ok = norm_name(r["place"]) == norm_name(place)
                else:
                    ok = True  # one of them names no place
                if ok:
                    event_id = r["id"]
                    break
        if event_id is None:
            event_id = c.execute(
                "INSERT INTO events(merge_key, type, date, ref_date, negated, place, place_actor, cameo, goldstein, "
                "quad, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (merge_key, etype, ev.date, calendar_date(ev.date) or calendar_date(art.published), negated,
                 place, place_actor, cameo,
                 goldstein, quad, _now()),
            ).lastrowid
            c.executemany("INSERT OR IGNORE INTO event_actors VALUES (?,?,?)",
                          [(event_id, "source", a) for a in src] + [(event_id, "target", a) for a in tgt])
        else:
            c.execute(
                "UPDATE events SET place = COALESCE(place, ?), place_actor = COALESCE(place_actor, ?), "
                "cameo = COALESCE(cameo, ?), goldstein = COALESCE(goldstein, ?), quad = COALESCE(quad, ?) "
                "WHERE id = ?",
                (place, place_actor, cameo, goldstein, quad, event_id),
            )
        si = bisect.bisect_right(starts, trig[0]) - 1 if starts else -1
        sent = si if si >= 0 and art.sentences[si].start <= trig[0] < art.sentences[si].end else None
        s_span = ev.sentence or ((art.sentences[sent].start, art.sentences[sent].end) if sent is not None else None)
        c.execute(
            "INSERT INTO event_mentions(event_id, article_id, idx, trigger_start, trigger_end, trigger_text, "
            "sentence, sentence_start, sentence_end, source_keys, target_keys, type, date, negated, modality, "
            "place, mode, cameo, goldstein, quad, attributed_to, speaker, confidence, stage) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (event_id, aid, idx, trig[0], trig[1], art.text[trig[0]:trig[1]], sent, _span(s_span, 0),
             _span(s_span, 1), _j(list(ev.source or [])), _j(list(ev.target or [])), etype, ev.date, negated,
             ev.modality, ev.place, ev.mode, ev.cameo, ev.goldstein, quad_class(ev.quad, etype),
             ev.attributed_to, ev.speaker, ev.confidence, ev.stage),
        )

    # ---------------------------------------------------------------- reads
    def article(self, article_id: str) -> Article | None:
        """The stored Article (by content id or external id), exactly as analysed."""
        r = self.conn.execute("SELECT text, data FROM articles WHERE id = ? OR external_id = ?",
                              (article_id, article_id)).fetchone()
        if r is None:
            return None
        d = json.loads(r["data"])
        d["text"] = r["text"]
        return Article.from_dict(d)

    def iter_articles(self) -> Iterator[tuple[Article, str | None]]:
        """Every stored article with its external id, in ingest order."""
        for r in self.conn.execute("SELECT text, data, external_id FROM articles ORDER BY n"):
            d = json.loads(r["data"])
            d["text"] = r["text"]
            yield Article.from_dict(d), r["external_id"]

    def stats(self) -> dict[str, int]:
        out = {}
        for t in ("articles", "entities", "mentions", "times", "quotes", "claims", "events",
                  "event_mentions", "actors", "failures"):
            out[t] = self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        return out

    # -- actor look-up
    def resolve_actor(self, x: str) -> list[int]:
        """Actor ids named by ``x``: a Wikidata QID (Q7747), an ISO 3166 code (RU, RUS),
        a Japanese or English name (ロシア, Russia, プーチン) or an entity key. Exact
        matches win; else names containing ``x``."""
        x = (x or "").strip()
        if not x:
            return []
        c = self.conn
        ids: list[int] = []

        def add(rows):
            for r in rows:
                if r[0] not in ids:
                    ids.append(r[0])

        if x.isdigit() and c.execute("SELECT 1 FROM actors WHERE id = ?", (int(x),)).fetchone():
            return [int(x)]
        up = x.upper()
        if _QID.match(up):
            add(c.execute("SELECT actor_id FROM actor_keys WHERE key = ?", (f"wd:{up}",)))
            add(c.execute("SELECT id FROM actors WHERE wikidata = ?", (up,)))
            return ids
        if re.fullmatch(r"[A-Za-z]{2,3}", x):
            cc = _alpha2(up)
            if cc:
                add(c.execute("SELECT actor_id FROM actor_keys WHERE key = ?", (f"cc:{cc}",)))
        n = norm_name(x)
        add(c.execute("SELECT actor_id FROM actor_names WHERE norm = ?", (n,)))
        if not ids and re.fullmatch(r"[A-Za-z .'-]+", x):
            cc = _alpha2_by_name(x)
            if cc:
                add(c.execute("SELECT actor_id FROM actor_keys WHERE key = ?", (f"cc:{cc}",)))
        if not ids and n:
            add(c.execute("SELECT DISTINCT actor_id FROM actor_names WHERE norm LIKE ? ESCAPE '\\' "
                          "ORDER BY actor_id", (f"%{_like(n)}%",)))
        return ids

    def _actor_ids(self, x: str | None) -> list[int] | None:
        if x is None:
            return None
        ids = self.resolve_actor(x)
        return ids if ids else [-1]

    def actors(self, search: str | None = None, limit: int | None = 100) -> list[dict]:
        """Canonical actors with their article, mention, event and quote counts."""
        where, args = "", []
        if search:
            ids = self.resolve_actor(search)
            if not ids:
                return []
            where = f"WHERE a.id IN ({','.join('?' * len(ids))})"
            args = ids
        sql = f"""
            SELECT a.id, a.type, a.name, a.name_en, a.wikidata, a.country, a.sector,
              (SELECT COUNT(DISTINCT article_id) FROM entities e WHERE e.actor_id = a.id) AS articles,
              (SELECT COUNT(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions,
              (SELECT COUNT(DISTINCT event_id) FROM event_actors ea WHERE ea.actor_id = a.id) AS events,
              (SELECT COUNT(*) FROM quotes q WHERE q.speaker_actor = a.id) AS quotes
            FROM actors a {where}
            ORDER BY mentions DESC, a.id
            {'LIMIT ?' if limit else ''}"""
        if limit:
            args = list(args) + [limit]
        out = []
        for r in self.conn.execute(sql, args):
            d = dict(r)
            if d["articles"] == 0 and not search:
                continue  # left over from a replaced article
            d["names"] = [x[0] for x in self.conn.execute(
                "SELECT DISTINCT name FROM actor_names WHERE actor_id = ? ORDER BY name", (r["id"],))]
            out.append(d)
        return out

    def actor(self, actor_id: int) -> dict | None:
        r = self.conn.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
        return dict(r) if r else None

    # -- events
    def events(self, actor: str | None = None, target: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, involving: str | None = None,
               limit: int | None = None) -> list[dict]:
        """Canonical events, newest first. ``actor``: among the sources; ``target``: among
        the targets; ``involving``: in either role; ``type``: PLOVER type(s), comma
        separated; ``since``/``until``: ISO dates (inclusive) on the event date, else the
        publication date of the first article that reported it."""
        where, args = [], []
        for who, role in ((actor, "source"), (target, "target"), (involving, None)):
            ids = self._actor_ids(who)
            if ids is None:
                continue
            q = ",".join("?" * len(ids))
            role_sql = "AND ea.role = ?" if role else ""
            where.append(f"EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id {role_sql} "
                         f"AND ea.actor_id IN ({q}))")
            args += ([role] if role else []) + ids
        if type:
            types = [t.strip().upper() for t in type.split(",") if t.strip()]
            where.append(f"e.type IN ({','.join('?' * len(types))})")
            args += types
        if since:
            where.append("e.ref_date >= ?")
            args.append(since)
        if until:
            where.append("e.ref_date <= ?")
            args.append(until + "~")  # "2025-09-03~" > "2025-09-03T…", partial dates too
        sql = "SELECT e.* FROM events e"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.ref_date DESC, e.id DESC"
        if limit:
            sql += " LIMIT ?"
            args.append(limit)
        rows = [dict(r) for r in self.conn.execute(sql, args)]
        self._decorate_events(rows)
        return rows

    def _decorate_events(self, rows: list[dict]) -> None:
        if not rows:
            return
        ids = [r["id"] for r in rows]
        actors: dict[int, dict[str, list]] = defaultdict(lambda: {"source": [], "target": []})
        ments: dict[int, list[dict]] = defaultdict(list)
        for chunk in _chunks(ids, 500):
            q = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                f"SELECT ea.event_id, ea.role, a.id, a.name, a.name_en, a.wikidata, a.country, a.sector, a.type "
                f"FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id IN ({q}) "
                f"ORDER BY ea.event_id, ea.role, a.id", chunk):
                actors[r[0]][r[1]].append({k: r[k] for k in ("id", "name", "name_en", "wikidata", "country",
                                                             "sector", "type")})
            for r in self.conn.execute(
                f"SELECT m.event_id, m.article_id, a.external_id, a.title, a.url, a.published, a.publisher, "
                f"m.trigger_start, m.trigger_end, m.trigger_text, m.sentence, m.modality, m.attributed_to, "
                f"m.speaker, m.confidence FROM event_mentions m JOIN articles a ON a.id = m.article_id "
                f"WHERE m.event_id IN ({q}) ORDER BY m.event_id, a.n, m.idx", chunk):
                d = dict(r)
                ments[d.pop("event_id")].append(d)
        for r in rows:
            r.pop("merge_key", None)
            r["quad_name"] = QUADS.get(r["quad"])
            r["source"] = actors[r["id"]]["source"]
            r["target"] = actors[r["id"]]["target"]
            r["mentions"] = ments[r["id"]]
            r["num_mentions"] = len(ments[r["id"]])
            r["num_articles"] = len({m["article_id"] for m in ments[r["id"]]})
            r["num_sources"] = len({_source_of(m) for m in ments[r["id"]]})

    def relations(self, a: str, b: str, since: str | None = None, until: str | None = None) -> dict:
        """Events between actors ``a`` and ``b`` (either direction; both among the sources
        counts too) by month: events, counts per quad class, mean Goldstein (the
        cooperation–conflict score, -10 … +10)."""
        ia, ib = self.resolve_actor(a), self.resolve_actor(b)
        result = {"a": a, "b": b, "a_actors": ia, "b_actors": ib, "months": [], "total": {}}
        if not ia or not ib:
            return result
        qa, qb = ",".join("?" * len(ia)), ",".join("?" * len(ib))

        def has(role, q):
            return (f"EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.role = '{role}' "
                    f"AND x.actor_id IN ({q}))")

        cond = (f"(({has('source', qa)} AND {has('target', qb)}) OR ({has('source', qb)} AND {has('target', qa)})"
                f" OR ({has('source', qa)} AND {has('source', qb)}))")
        args: list = ia + ib + ib + ia + ia + ib
        where = [cond, "e.ref_date IS NOT NULL", "e.negated = 0"]
        if since:
            where.append("e.ref_date >= ?")
            args.append(since)
        if until:
            where.append("e.ref_date <= ?")
            args.append(until + "~")
        sql = ("SELECT substr(e.ref_date, 1, 7) AS month, e.id, e.type, e.quad, e.goldstein, e.a_src, e.b_src "
               "FROM (SELECT ev.*, "
               "EXISTS (SELECT 1 FROM event_actors y WHERE y.event_id = ev.id AND y.role = 'source' "
               f"AND y.actor_id IN ({qa})) AS a_src, "
               "EXISTS (SELECT 1 FROM event_actors y WHERE y.event_id = ev.id AND y.role = 'source' "
               f"AND y.actor_id IN ({qb})) AS b_src "
               "FROM events ev) e WHERE " + " AND ".join(where) + " ORDER BY month, e.id")
        rows = self.conn.execute(sql, ia + ib + args).fetchall()
        months: dict[str, dict] = {}
        total = _rel_bucket("all")
        for r in rows:
            m = months.setdefault(r["month"], _rel_bucket(r["month"]))
            for bucket in (m, total):
                bucket["events"] += 1
                if r["quad"] in QUADS:
                    bucket[f"q{r['quad']}"] += 1
                if r["goldstein"] is not None:
                    bucket["_g"].append(r["goldstein"])
                if r["a_src"] and r["b_src"]:
                    bucket["joint"] += 1  # both among the sources (a meeting with no host)
                elif r["a_src"]:
                    bucket["a_to_b"] += 1
                else:
                    bucket["b_to_a"] += 1
                bucket["types"][r["type"]] = bucket["types"].get(r["type"], 0) + 1
        for bucket in list(months.values()) + [total]:
            g = bucket.pop("_g")
            bucket["goldstein_mean"] = round(sum(g) / len(g), 3) if g else None
            bucket["goldstein_sum"] = round(sum(g), 3) if g else 0.0
        result["months"] = list(months.values())
        result["total"] = total
        return result

    # -- quotes and full text
    def quotes(self, speaker: str | None = None, search: str | None = None, limit: int | None = None) -> list[dict]:
        """Quotes with their speaker's canonical actor; ``search`` is full-text (see :meth:`search`)."""
        where, args = [], []
        ids = self._actor_ids(speaker)
        if ids is not None:
            q = ",".join("?" * len(ids))
            # the speaker, or one of a group's speakers (両首脳は「…」と述べた)
            where.append(f"(q.speaker_actor IN ({q}) OR (q.speakers IS NOT NULL AND EXISTS ("
                         f"SELECT 1 FROM json_each(q.speakers) j JOIN entities en ON en.article_id = q.article_id "
                         f"AND en.key = j.value WHERE en.actor_id IN ({q}))))")
            args += ids + ids
        if search:
            w, a = _text_match(search, "quotes_fts", "q.text", "q.n")
            where.append(w)
            args += a
        sql = ("SELECT q.article_id, a.external_id, a.title, a.published, a.url, q.idx, q.start, q.\"end\", "
               "q.text, q.kind, q.speaker, q.speaker_actor, s.name AS speaker_name, s.name_en AS speaker_name_en, "
               "q.cue, q.addressee, q.attributed_to, q.date, q.stage FROM quotes q "
               "JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker_actor")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published DESC, a.n, q.idx"
        if limit:
            sql += " LIMIT ?"
            args.append(limit)
        return [dict(r) for r in self.conn.execute(sql, args)]

    def search(self, words: str, limit: int | None = 50) -> list[dict]:
        """Articles whose title or text hold every word of ``words`` (whitespace separated).
        Words of 3+ characters use the FTS5 trigram index; shorter ones (trigram cannot
        index them) a LIKE scan. Returns id, title, published and a snippet of the first hit."""
        w, args = _text_match(words, "articles_fts", "(coalesce(a.title, '') || char(10) || a.text)", "a.n")
        sql = ("SELECT a.id, a.external_id, a.title, a.published, a.url, a.text FROM articles a WHERE "
               + w + " ORDER BY a.published DESC, a.n")
        if limit:
            sql += " LIMIT ?"
            args.append(limit)
        terms = _terms(words)
        out = []
        for r in self.conn.execute(sql, args):
            d = dict(r)
            text = d.pop("text")
            d["snippet"] = _snippet(text, terms)
            d["hits"] = sum(text.count(t) for t in terms)
            out.append(d)
        return out

    # -- raw tables (export)
    def table(self, name: str) -> tuple[list[str], Iterator[tuple]]:
        if name not in EXPORT_TABLES:
            raise StoreError(f"unknown table {name!r}")
        cur = self.conn.execute(EXPORT_TABLES[name])
        cols = [d[0] for d in cur.description]
        return cols, (tuple(r) for r in cur)


EXPORT_TABLES = {
    "articles": "SELECT id, external_id, title, published, published_inferred, url, publisher, source_file, "
                "ingested_at, length(text) AS chars FROM articles ORDER BY n",
    "article_stages": "SELECT * FROM article_stages ORDER BY article_id, stage",
    "blocks": "SELECT * FROM blocks ORDER BY article_id, idx",
    "entities": "SELECT * FROM entities ORDER BY article_id, key",
    "mentions": "SELECT * FROM mentions ORDER BY article_id, start",
    "times": "SELECT * FROM times ORDER BY article_id, idx",
    "quotes": "SELECT article_id, idx, start, \"end\", text, kind, speaker, speaker_actor, speakers, addressee, "
              "cue, attributed_to, date, stage FROM quotes ORDER BY article_id, idx",
    "claims": "SELECT * FROM claims ORDER BY article_id, idx",
    "actors": "SELECT * FROM actors ORDER BY id",
    "events": "SELECT id, type, date, ref_date, negated, place, place_actor, cameo, goldstein, quad, "
              "(SELECT group_concat(actor_id, ';') FROM event_actors x WHERE x.event_id = e.id AND x.role = 'source') "
              "AS source_actors, "
              "(SELECT group_concat(actor_id, ';') FROM event_actors x WHERE x.event_id = e.id AND x.role = 'target') "
              "AS target_actors, "
              "(SELECT COUNT(*) FROM event_mentions m WHERE m.event_id = e.id) AS num_mentions, "
              "(SELECT COUNT(DISTINCT article_id) FROM event_mentions m WHERE m.event_id = e.id) AS num_articles "
              "FROM events e ORDER BY id",
    "event_mentions": "SELECT * FROM event_mentions ORDER BY event_id, id",
    "failures": "SELECT * FROM failures ORDER BY path, line",
}


# --------------------------------------------------------------------------- small helpers

def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (trigger bodies kept whole)."""
    out, buf = [], []
    for line in sql.splitlines():
        s = line.strip()
        if not s or s.startswith("--"):
            continue
        buf.append(line)
        joined = "\n".join(buf)
        if s.endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    if buf and "\n".join(buf).strip():
        out.append("\n".join(buf))
    return out


def _chunks(xs: list, n: int) -> Iterator[list]:
    for i in range(0, len(xs), n):
        yield xs[i:i + n]


def _rel_bucket(month: str) -> dict:
    return {"month": month, "events": 0, "a_to_b": 0, "b_to_a": 0, "joint": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0,
            "types": {}, "_g": []}


def _source_of(m: dict) -> str:
    if m.get("publisher"):
        return m["publisher"]
    url = m.get("url") or ""
    mm = re.match(r"^[a-z]+://([^/]+)", url)
    if mm:
        return mm.group(1)
    return m.get("article_id") or ""


def _path_line(source_file: str) -> tuple[str, int]:
    m = re.match(r"^(.*):(\d+)$", source_file)
    if m:
        return m.group(1), int(m.group(2))
    return source_file, 0


def _like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _terms(words: str) -> list[str]:
    return [w for w in re.split(r"[\s\u3000]+", words or "") if w]


def _text_match(words: str, fts: str, col: str, rowid: str) -> tuple[str, list]:
    """SQL condition (and args): every term present. Terms of >= 3 characters go to the
    trigram index, shorter ones to LIKE (trigram cannot match them)."""
    terms = _terms(words)
    if not terms:
        return "0", []
    long_ = [t for t in terms if len(t) >= 3]
    short = [t for t in terms if len(t) < 3]
    parts, args = [], []
    if long_:
        expr = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_)
        parts.append(f"{rowid} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)")
        args.append(expr)
    for t in short:
        parts.append(f"{col} LIKE ? ESCAPE '\\'")
        args.append(f"%{_like(t)}%")
    return "(" + " AND ".join(parts) + ")", args


def _snippet(text: str, terms: list[str], width: int = 40) -> str:
    pos = min((p for p in (text.find(t) for t in terms) if p >= 0), default=0)
    a = max(0, pos - width)
    b = min(len(text), pos + width)
    s = text[a:b].replace("\n", " ")
    return ("…" if a > 0 else "") + s + ("…" if b < len(text) else "")


def _alpha2(code: str) -> str | None:
    code = code.upper()
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=code) if len(code) == 2 else pycountry.countries.get(alpha_3=code)
        return c.alpha_2 if c else None
    except (ImportError, KeyError, LookupError):
        return code if len(code) == 2 else None


def _alpha2_by_name(name: str) -> str | None:
    try:
        import pycountry

        return pycountry.countries.lookup(name).alpha_2
    except (ImportError, LookupError):
        return None


def alpha3(cc: str | None) -> str | None:
    if not cc:
        return None
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=cc.upper())
        if c is None:  # a former state (SU, YU, DD, CS): the alpha-3 code ISO 3166-3 records for it
            h = pycountry.historic_countries.get(alpha_2=cc.upper())
            return h.alpha_3 if h else None
        return c.alpha_3
    except (ImportError, KeyError, LookupError):
        return None


def _country_names(cc: str) -> list[str]:
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=cc)
    except (ImportError, KeyError, LookupError):
        return []
    if c is None:
        return []
    return [x for x in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), c.alpha_3) if x]


def _country_name(cc: str) -> str | None:
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=cc) or pycountry.historic_countries.get(alpha_2=cc)
        return (getattr(c, "common_name", None) or c.name) if c else None
    except (ImportError, KeyError, LookupError):
        return None
