"""The corpus store on hand-built articles (no model): schema, upserts, canonical actors,
event merging, queries, full-text search."""
from __future__ import annotations

import pytest

from hodo.model import Article, Block, Claim, Entity, Event, Quote, Sentence, Time
from hodo.store import MIGRATIONS, Store, entity_keys, norm_name, quad_class

PUTIN = dict(key="putin", type="PERSON", name="プーチン", wikidata="Q7747", country="RU", name_en="Vladimir Putin")
KIM = dict(key="kim", type="PERSON", name="金正恩", wikidata="Q56226", country="KP", name_en="Kim Jong Un")
RU = dict(key="RU", type="GPE", name="ロシア", country="RU")
KP = dict(key="KP", type="GPE", name="北朝鮮", country="KP")
BEIJING = dict(key="beijing", type="GPE", name="北京", country="CN")


def make(text: str, ents: list[dict], events=(), quotes=(), published="2025-09-03", id="", title=None,
         url=None, times=(), claims=()) -> Article:
    """An article whose entity mentions are every occurrence of the entity's name."""
    art = Article(text=text, id=id, title=title, published=published, url=url)
    art.blocks = [Block("paragraph", 0, len(text))]
    sents, s = [], 0
    for i, ch in enumerate(text):
        if ch == "。":
            sents.append(Sentence(s, i + 1, 0))
            s = i + 1
    if s < len(text):
        sents.append(Sentence(s, len(text), 0))
    art.sentences = sents
    for d in ents:
        name = d["name"]
        ms, i = [], text.find(name)
        while i >= 0:
            ms.append((i, i + len(name)))
            i = text.find(name, i + len(name))
        art.entities.append(Entity(mentions=ms, stage="entities@test", **d))
    for ev in events:
        word = ev.pop("word")
        i = text.index(word)
        art.events.append(Event(trigger=(i, i + len(word)), stage="events@test", **ev))
    for q in quotes:
        i = text.index(q["text"])
        art.quotes.append(Quote(i, i + len(q["text"]), q.get("kind", "direct"), speaker=q.get("speaker"),
                                cue=q.get("cue"), stage="quotes@test"))
    for t in times:
        i = text.index(t[0])
        art.times.append(Time(i, i + len(t[0]), t[0], "DATE", t[1], stage="times@test"))
    for c in claims:
        i = text.index(c[0])
        art.claims.append(Claim(i, i + len(c[0]), source=c[1], stage="quotes@test"))
    art.stages = {"entities": "test", "events": "test"}
    return art


MEETING = "ロシアのプーチン大統領は3日、北京で北朝鮮の金正恩総書記と会談した。プーチン氏は「両国の友好は揺るがない」と述べた。"


def meeting(id="a-1", text=MEETING, date="2025-09-03", published="2025-09-03", place=None, negated=False,
            ents=(RU, PUTIN, KP, KIM, BEIJING)):
    return make(text, [dict(e) for e in ents], id=id, published=published,
                events=[dict(word="会談", type="CONSULT", source=["putin"], target=["kim"], date=date,
                             place=place, negated=negated)],
                quotes=[dict(text="両国の友好は揺るがない", speaker="putin", cue="述べた")],
                times=[("3日", "2025-09-03")])


@pytest.fixture
def st():
    s = Store(":memory:")
    yield s
    s.close()


def test_migrations_are_named_and_applied_once(tmp_path):
    db = tmp_path / "x.db"
    with Store(db) as s:
        assert s.migrations() == [m[0] for m in MIGRATIONS]
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(db) as s:  # reopening applies nothing again
        assert s.migrate() == []
        assert s.integrity_check() == "ok"


def test_content_hash_id_and_external_id(st):
    art = meeting()
    assert st.put_article(art) == "added"
    row = st.conn.execute("SELECT id, external_id FROM articles").fetchone()
    assert row["id"] == art.content_hash and row["external_id"] == "a-1"
    assert st.put_article(meeting()) == "unchanged"  # same content: stored once
    assert st.stats()["articles"] == 1
    # the same content under another external id is still the same article
    assert st.put_article(meeting(id="other")) == "unchanged"
    assert st.stats()["articles"] == 1


def test_round_trip_of_the_article(st):
    art = meeting()
    st.put_article(art)
    back = st.article("a-1")
    d1, d2 = art.to_dict(), back.to_dict()
    d1["id"] = art.content_hash
    assert d2 == d1
    assert st.article(art.content_hash).text == MEETING


def test_changed_article_replaces_its_records(st):
    st.put_article(meeting())
    n0 = st.stats()
    changed = MEETING.replace("会談した", "電話で会談した")
    assert st.put_article(meeting(text=changed)) == "replaced"
    n1 = st.stats()
    assert n1["articles"] == 1 and n1["event_mentions"] == n0["event_mentions"] == 1
    assert n1["mentions"] == n0["mentions"] and n1["quotes"] == 1 and n1["events"] == 1
    assert st.search("電話で会談")  # FTS follows the replacement
    assert st.conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0] == 1
    assert st.integrity_check() == "ok"


def test_failed_insert_leaves_nothing(st):
    art = meeting()
    art.events.append(Event(type="ASSAULT", trigger=None))  # type: ignore[arg-type]  # broken record
    with pytest.raises(TypeError):
        st.put_article(art)
    assert st.stats()["articles"] == 0 and st.stats()["entities"] == 0 and st.stats()["events"] == 0
    assert st.put_article(meeting()) == "added"


def test_stage_names_and_versions_are_kept(st):
    st.put_article(meeting())
    assert st.conn.execute("SELECT DISTINCT stage FROM entities").fetchall()[0][0] == "entities@test"
    assert st.conn.execute("SELECT stage FROM event_mentions").fetchone()[0] == "events@test"
    assert st.conn.execute("SELECT stage FROM times").fetchone()[0] == "times@test"
    assert dict(st.conn.execute("SELECT stage, version FROM article_stages").fetchall()) == {
        "entities": "test", "events": "test"}


def test_entity_keys_and_norm():
    assert norm_name("ジョー・バイデン") == norm_name("ジョー バイデン") == norm_name("ｼﾞｮｰ･ﾊﾞｲﾃﾞﾝ") == "ジョーバイデン"
    assert entity_keys(Entity(**RU)) == ["cc:RU", "nm:GPE:ロシア"]
    assert entity_keys(Entity(**PUTIN))[0] == "wd:Q7747"
    assert entity_keys(Entity(key="x", type="PERSON", name="田中太郎"))[0] == "nm:PERSON:田中太郎"
    assert entity_keys(Entity(key="x", type="PERSON", name="田中")) == []  # a bare surname names many
    assert entity_keys(Entity(key="x", type="ORG", name="国連")) == ["nm:ORG:国連"]


def test_actors_merge_across_articles(st):
    st.put_article(meeting())
    # a second article: other local keys and spellings, same real-world actors
    t = "露のプーチン大統領と金正恩氏が再び会った。ロシア政府が発表した。"
    st.put_article(make(t, [dict(key="露", type="GPE", name="露", country="RU"),
                            dict(key="P1", type="PERSON", name="プーチン大統領", wikidata="Q7747"),
                            dict(key="kim-jong-un", type="PERSON", name="金正恩"),
                            dict(key="RU", type="GPE", name="ロシア")], id="b-1"))
    putin = st.resolve_actor("Q7747")
    assert len(putin) == 1
    assert st.resolve_actor("プーチン大統領") == putin  # merged by QID
    assert st.resolve_actor("Vladimir Putin") == putin  # English name
    kim = st.resolve_actor("金正恩")
    assert len(kim) == 1  # merged by normalised name
    ru = st.resolve_actor("RU")
    assert ru == st.resolve_actor("RUS") == st.resolve_actor("Russia") == st.resolve_actor("ロシア")
    rows = {r["id"]: r for r in st.actors()}
    assert rows[putin[0]]["articles"] == 2 and rows[kim[0]]["articles"] == 2 and rows[ru[0]]["articles"] == 2
    # a different person with a name already taken, told apart by QID, is not merged
    st.put_article(make("プーチンという名の別人。", [dict(key="p2", type="PERSON", name="プーチン", wikidata="Q999999")],
                        id="c-1"))
    assert len(st.resolve_actor("Q999999")) == 1 and st.resolve_actor("Q999999") != putin
    # two unlinked people called 田中 in two articles stay two actors
    st.put_article(make("田中氏が述べた。", [dict(key="tanaka", type="PERSON", name="田中")], id="d-1"))
    st.put_article(make("田中議員が語った。", [dict(key="tanaka", type="PERSON", name="田中")], id="d-2"))
    assert len(st.resolve_actor("田中")) == 2


def test_events_merge_across_articles(st):
    st.put_article(meeting("a-1"))
    st.put_article(meeting("a-2", text="【速報】" + MEETING, published="2025-09-04"))
    assert st.stats()["events"] == 1 and st.stats()["event_mentions"] == 2
    ev = st.events()[0]
    assert ev["num_mentions"] == 2 and ev["num_articles"] == 2 and ev["type"] == "CONSULT"
    assert [a["name"] for a in ev["source"]] == ["プーチン"] and [a["name"] for a in ev["target"]] == ["金正恩"]
    # other date, undated or negated: separate events
    st.put_article(meeting("a-3", text="翌日、" + MEETING, date="2025-09-04"))
    st.put_article(meeting("a-4", text="以前、" + MEETING, date=None))
    st.put_article(meeting("a-5", text="未確認だが、" + MEETING, negated=True))
    assert st.stats()["events"] == 4
    # a report that names the place merges with the place-less one and fills the place in
    st.put_article(meeting("a-6", text="北京発:" + MEETING, place="beijing"))
    assert st.stats()["events"] == 4
    assert st.conn.execute("SELECT place FROM events WHERE id = ?", (ev["id"],)).fetchone()[0] == "北京"
    # another place: another event; no place: merges with the first compatible one
    st.put_article(meeting("a-7", text="別の場所で、" + MEETING, place="kim"))
    assert st.stats()["events"] == 5
    st.put_article(meeting("a-8", text="再録:" + MEETING))
    assert st.stats()["events"] == 5
    assert st.events(type="CONSULT", since="2025-09-03", until="2025-09-03")[-1]["num_mentions"] == 4
    # replacing an article drops its mention; an event left with none is deleted
    st.put_article(meeting("a-3", text="訂正:" + MEETING, date="2025-09-05"))
    assert st.stats()["events"] == 5 and st.stats()["event_mentions"] == 8
    assert st.conn.execute("SELECT COUNT(*) FROM events WHERE date = '2025-09-04'").fetchone()[0] == 0


def test_event_defaults_from_type(st):
    st.put_article(meeting())
    ev = st.events()[0]
    assert (ev["cameo"], ev["goldstein"], ev["quad"]) == ("040", 1.0, 1)
    assert quad_class("material conflict") == 4 and quad_class("VERBAL_COOPERATION") == 1
    assert quad_class(3) == 3 and quad_class(None, "ASSAULT") == 4 and quad_class(None) is None


def _world(st):
    """Three months of Russia–North Korea relations, and a US statement."""
    st.put_article(meeting("m-1"))
    t2 = "北朝鮮はロシアを非難した。"
    st.put_article(make(t2, [dict(KP), dict(RU)], id="m-2", published="2025-10-10",
                        events=[dict(word="非難", type="ACCUSE", source=["KP"], target=["RU"], date="2025-10-10")]))
    t3 = "ロシアは北朝鮮に食料を支援した。米国は北朝鮮を非難した。"
    us = dict(key="US", type="GPE", name="米国", country="US")
    st.put_article(make(t3, [dict(RU), dict(KP), us], id="m-3", published="2025-10-20",
                        events=[dict(word="支援", type="AID", source=["RU"], target=["KP"], date="2025-10-20"),
                                dict(word="非難", type="ACCUSE", source=["US"], target=["KP"], date="2025-10-20",
                                     goldstein=-2.0, quad="verbal conflict")]))


def test_event_queries(st):
    _world(st)
    assert {e["type"] for e in st.events()} == {"CONSULT", "ACCUSE", "AID"}
    assert [e["type"] for e in st.events(actor="KP")] == ["ACCUSE"]
    assert {e["type"] for e in st.events(target="North Korea")} == {"AID", "ACCUSE", }
    assert len(st.events(target="KP")) == 2
    assert [e["type"] for e in st.events(actor="RU", target="KP")] == ["AID"]
    assert len(st.events(involving="RU")) == 2
    assert len(st.events(type="accuse")) == 2 and len(st.events(type="ACCUSE,AID")) == 3
    assert [e["type"] for e in st.events(since="2025-10-01", until="2025-10-15")] == ["ACCUSE"]
    assert len(st.events(until="2025-10-20")) == 4 and len(st.events(since="2025-10-20")) == 2
    assert st.events(actor="nobody-known") == []
    assert [e["type"] for e in st.events(actor="Q7747")] == ["CONSULT"]


def test_relations_per_month(st):
    _world(st)
    rel = st.relations("RU", "KP")
    months = {m["month"]: m for m in rel["months"]}
    assert set(months) == {"2025-10"}  # the September meeting is between Putin and Kim
    oct_ = months["2025-10"]
    assert oct_["events"] == 2 and oct_["a_to_b"] == 1 and oct_["b_to_a"] == 1
    assert oct_["q2"] == 1 and oct_["q3"] == 1
    assert oct_["goldstein_mean"] == pytest.approx((7.0 - 2.0) / 2)
    rel = st.relations("プーチン", "Kim Jong Un")
    assert rel["total"]["events"] == 1 and rel["months"][0]["month"] == "2025-09"
    assert st.relations("US", "RU")["total"]["events"] == 0
    t = "ロシアと北朝鮮が共同で会談した。"
    st.put_article(make(t, [dict(RU), dict(KP)], id="m-9", published="2025-11-02",
                        events=[dict(word="会談", type="CONSULT", source=["RU", "KP"], target=[], date="2025-11-02")]))
    nov = st.relations("RU", "KP")["months"][-1]
    assert (nov["month"], nov["joint"], nov["a_to_b"], nov["b_to_a"]) == ("2025-11", 1, 0, 0)
    assert st.relations("nobody", "RU")["months"] == []


def test_quotes_and_search(st):
    _world(st)
    st.put_article(make("北朝鮮外務省は「断固として対応する」と表明した。",
                        [dict(key="mofa", type="ORG", name="北朝鮮外務省", country="KP")], id="q-1",
                        quotes=[dict(text="断固として対応する", speaker="mofa")]))
    qs = st.quotes(speaker="Vladimir Putin")
    assert [q["text"] for q in qs] == ["両国の友好は揺るがない"]
    assert [q["text"] for q in st.quotes(search="断固")] == ["断固として対応する"]  # < 3 chars: LIKE
    assert [q["text"] for q in st.quotes(search="対応する")] == ["断固として対応する"]  # trigram
    assert st.quotes(speaker="putin", search="対応する") == []
    both = make("両首脳は「協力を深める」と述べた。プーチンと金正恩が会った。", [dict(PUTIN), dict(KIM)], id="q-2")
    i = both.text.index("協力を深める")
    both.quotes.append(Quote(i, i + 6, "direct", speaker="putin", speakers=["putin", "kim"]))
    st.put_article(both)
    assert [q["text"] for q in st.quotes(speaker="Kim Jong Un")] == ["協力を深める"]
    hits = st.search("食料")  # 2 characters
    assert [h["external_id"] for h in hits] == ["m-3"]
    hits = st.search("北朝鮮 非難")
    assert {h["external_id"] for h in hits} == {"m-2", "m-3"}
    assert {h["external_id"] for h in st.search("ロシアを非難")} == {"m-2"}
    assert "ロシアを非難" in st.search("ロシアを非難")[0]["snippet"]
    assert st.search("存在しない語句") == [] and st.search("") == []
    assert st.search('"引用符') == []  # FTS syntax is escaped


def test_failures_are_recorded_once_per_input(st):
    st.record_failure("c.jsonl", "broken JSON", 3, kind="read")
    st.record_failure("c.jsonl", "broken JSON again", 3, kind="read")
    st.record_failure("c.jsonl", "no text", 4, kind="read")
    f = st.failures()
    assert [(x["line"], x["reason"]) for x in f] == [(3, "broken JSON again"), (4, "no text")]
    art = meeting()
    art.source_file = "c.jsonl:3"
    st.put_article(art)  # a later success clears the failure of the same input
    assert [x["line"] for x in st.failures()] == [4]


def test_event_dates_sort_as_calendar_dates(st):
    """TIMEX3 values (weeks, months, unknown years) order and bucket by calendar date."""
    st.put_article(meeting("w-1", date="2025-W35-WE"))  # the weekend of 30–31 August
    st.put_article(meeting("w-2", text="後日、" + MEETING, date="XXXX-XX-05", published="2025-09-06"))
    st.put_article(meeting("w-3", text="昨年、" + MEETING, date="2024-08"))
    evs = st.events()
    assert [(e["date"], e["ref_date"]) for e in evs] == [
        ("XXXX-XX-05", "2025-09-06"), ("2025-W35-WE", "2025-08-30"), ("2024-08", "2024-08")]
    assert [e["date"] for e in st.events(since="2025-08-01", until="2025-08-31")] == ["2025-W35-WE"]
    months = [m["month"] for m in st.relations("putin", "kim")["months"]]
    assert months == ["2024-08", "2025-08", "2025-09"]
    from hodo.export import gdelt_rows

    res = {r["SQLDATE"]: r["DateResolution"] for r in gdelt_rows(st)}
    assert res == {"20250906": "published", "20250830": "week", "20240801": "month"}


def test_readonly_store(tmp_path):
    db = tmp_path / "r.db"
    with Store(db) as s:
        s.put_article(meeting())
    with Store(db, readonly=True) as r:
        assert r.stats()["articles"] == 1 and r.events()[0]["type"] == "CONSULT"
        with pytest.raises(Exception):
            r.put_article(meeting("other", text="別件。" + MEETING))
