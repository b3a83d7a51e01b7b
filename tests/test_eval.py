"""The scorer on small hand-made gold/prediction pairs (sentences written for the tests)."""
from __future__ import annotations

import copy
import json

import pytest

from hodo.evaluate import (
    GoldError, Report, evaluate, key_map, load_gold, render_text, score, validate,
)

TEXT = (
    "山田太郎首相は東京で記者会見し、「米国と協力する」と述べた。"
    "共同通信によると、山田氏は5日に米国を訪問し、大統領と会談する。"
    "一方、中国は日本を非難した。"
)


def sp(sub: str, nth: int = 0, text: str = TEXT) -> list[int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return [i, i + len(sub)]


def make_gold() -> dict:
    return {
        "id": "t1",
        "published": "2024-03-04",
        "text": TEXT,
        "entities": [
            {"key": "yamada", "type": "PERSON", "name": "山田太郎", "country": "JP",
             "mentions": [sp("山田太郎"), sp("山田", 1)]},
            {"key": "tokyo", "type": "GPE", "name": "東京", "country": "JP", "mentions": [sp("東京")]},
            {"key": "US", "type": "GPE", "name": "米国", "country": "US",
             "mentions": [sp("米国"), sp("米国", 1)]},
            {"key": "kyodo", "type": "ORG", "name": "共同通信", "country": "JP", "mentions": [sp("共同通信")]},
            {"key": "CN", "type": "GPE", "name": "中国", "country": "CN", "mentions": [sp("中国")]},
            {"key": "JP", "type": "GPE", "name": "日本", "country": "JP", "mentions": [sp("日本")]},
        ],
        "times": [{"start": sp("5日")[0], "end": sp("5日")[1], "text": "5日", "type": "DATE",
                   "value": "2024-03-05"}],
        "quotes": [{"start": sp("米国と協力する")[0], "end": sp("米国と協力する")[1], "kind": "direct",
                    "speaker": "yamada", "cue": "述べた"}],
        "claims": [{"start": sp("山田氏は5日に米国を訪問し")[0], "end": sp("大統領と会談する")[1],
                    "source": "kyodo"}],
        "events": [
            {"type": "CONSULT", "trigger": sp("会談"), "source": ["yamada"], "target": [],
             "date": "2024-03-05", "negated": False},
            {"type": "ACCUSE", "trigger": sp("非難"), "source": ["CN"], "target": ["JP"],
             "date": None, "negated": False},
        ],
    }


def as_pred(gold: dict) -> dict:
    """The gold re-keyed the way a predictor would name its entities (e0, e1 …)."""
    p = copy.deepcopy(gold)
    ren = {e["key"]: f"e{i}" for i, e in enumerate(p["entities"])}
    for e in p["entities"]:
        e["key"] = ren[e["key"]]
    for q in p["quotes"]:
        q["speaker"] = ren.get(q["speaker"], q["speaker"])
    for c in p["claims"]:
        c["source"] = ren.get(c["source"], c["source"])
    for ev in p["events"]:
        ev["source"] = [ren[k] for k in ev["source"]]
        ev["target"] = [ren[k] for k in ev["target"]]
    return p


def test_perfect_match_is_one_everywhere():
    g = make_gold()
    rep = score([(g, as_pred(g))])
    assert all(v == 1.0 for v in rep.values().values()), rep.values()
    assert rep.metrics["entity.typed"].tp == 8
    assert rep.metrics["entity.country"].total == 6
    assert rep.details == []
    assert rep.entity_types["GPE"].f1 == 1.0 and rep.event_types["ACCUSE"].f1 == 1.0


def test_missing_mention_lowers_recall_only():
    g = make_gold()
    p = as_pred(g)
    p["entities"][0]["mentions"].pop()  # drop 山田 (second mention)
    rep = score([(g, p)])
    m = rep.metrics["entity.typed"]
    assert (m.tp, m.n_pred, m.n_gold) == (7, 7, 8)
    assert m.precision == 1.0 and m.recall == pytest.approx(7 / 8)
    misses = [x for x in rep.details if x["kind"] == "miss"]
    assert [x["text"] for x in misses] == ["山田"]


def test_wrong_type_counts_for_span_only():
    g = make_gold()
    p = as_pred(g)
    p["entities"][1]["type"] = "LOC"  # 東京 as LOC
    rep = score([(g, p)])
    assert rep.metrics["entity.typed"].tp == 7
    assert rep.metrics["entity.span"].tp == 8
    assert rep.entity_types["LOC"].n_pred == 1 and rep.entity_types["LOC"].tp == 0
    assert rep.entity_types["GPE"].recall < 1.0
    wrong = [x for x in rep.details if x["kind"] == "wrong" and x["task"] == "entity"]
    assert wrong and wrong[0]["gold"] == "GPE" and wrong[0]["pred"] == "LOC"


def test_false_alarm_lowers_precision():
    g = make_gold()
    p = as_pred(g)
    p["entities"].append({"key": "x", "type": "ORG", "name": "大統領", "mentions": [sp("大統領")]})
    rep = score([(g, p)])
    m = rep.metrics["entity.typed"]
    assert m.recall == 1.0 and m.precision == pytest.approx(8 / 9)
    assert any(x["kind"] == "false" and x["text"] == "大統領" for x in rep.details)


def test_off_by_one_span_does_not_match():
    g = make_gold()
    p = as_pred(g)
    s, e = sp("東京")
    p["entities"][1]["mentions"] = [[s, e + 1]]
    rep = score([(g, p)])
    assert rep.metrics["entity.span"].tp == 7


def test_coreference_split_entity_lowers_recall():
    g = make_gold()
    p = as_pred(g)
    # 山田太郎 and 山田 predicted as two entities: one gold-linked pair is missed
    p["entities"][0]["mentions"] = [sp("山田太郎")]
    p["entities"].append({"key": "e9", "type": "PERSON", "name": "山田", "mentions": [sp("山田", 1)]})
    rep = score([(g, p)])
    c = rep.metrics["entity.coref"]
    assert c.precision == 1.0 and c.recall == pytest.approx(1 / 2)  # gold pairs: yamada, US


def test_coreference_merged_entities_lower_precision():
    g = make_gold()
    p = as_pred(g)
    # 中国 and 日本 merged into one predicted entity
    p["entities"][4]["mentions"] += p["entities"][5]["mentions"]
    del p["entities"][5]
    p["events"][1]["target"] = ["e4"]
    rep = score([(g, p)])
    c = rep.metrics["entity.coref"]
    assert c.recall == 1.0 and c.n_pred == 3 and c.tp == 2


def test_country_accuracy():
    g = make_gold()
    p = as_pred(g)
    p["entities"][1]["country"] = "CN"  # 東京 wrongly in China
    p["entities"][3]["country"] = None  # no country for 共同通信
    rep = score([(g, p)])
    a = rep.metrics["entity.country"]
    assert (a.correct, a.total) == (4, 6)


def test_speaker_maps_through_alignment():
    g = make_gold()
    p = as_pred(g)
    rep = score([(g, p)])
    assert rep.metrics["quote.speaker"].f1 == 1.0
    # the predicted speaker is the entity aligned to 共同通信, not to 山田太郎
    p["quotes"][0]["speaker"] = "e3"
    rep = score([(g, p)])
    assert rep.metrics["quote.span"].f1 == 1.0 and rep.metrics["quote.speaker"].f1 == 0.0
    wrong = [x for x in rep.details if x["task"] == "quote"]
    assert wrong[0]["gold"] == "yamada" and "kyodo" in wrong[0]["pred"]


def test_key_map_majority_and_unaligned():
    g = make_gold()
    p = as_pred(g)
    # e0 holds 山田太郎, 山田 (yamada) and 東京 (tokyo): majority is yamada
    p["entities"][0]["mentions"].append(sp("東京"))
    del p["entities"][1]
    p["entities"].append({"key": "nobody", "type": "PERSON", "name": "x", "mentions": [sp("首相")]})
    km = key_map(g, p)
    assert km["e0"] == "yamada"
    assert km["nobody"] not in {e["key"] for e in g["entities"]}


def test_unaligned_speaker_is_wrong_even_against_null():
    g = make_gold()
    g["quotes"][0]["speaker"] = None
    p = as_pred(g)
    p["entities"].append({"key": "ghost", "type": "PERSON", "name": "x", "mentions": [sp("首相")]})
    p["quotes"][0]["speaker"] = "ghost"
    rep = score([(g, p)])
    assert rep.metrics["quote.speaker"].tp == 0
    p["quotes"][0]["speaker"] = None
    assert score([(g, p)]).metrics["quote.speaker"].tp == 1


def test_iso_keys_without_mentions_map_to_themselves():
    g = make_gold()
    p = as_pred(g)
    p["events"][1]["source"] = ["CN"]  # no predicted entity CN, but ISO keys are shared
    rep = score([(g, p)])
    assert rep.metrics["event.source"].tp == 2


def test_quote_must_cover_half_of_gold():
    g = make_gold()
    p = as_pred(g)
    s, e = sp("米国と協力する")  # 7 characters
    p["quotes"][0]["start"], p["quotes"][0]["end"] = s, s + 3
    assert score([(g, p)]).metrics["quote.span"].tp == 0
    p["quotes"][0]["start"], p["quotes"][0]["end"] = s - 1, s + 4  # covers 4 of 7
    assert score([(g, p)]).metrics["quote.span"].tp == 1


def test_times_overlap_then_value_one_to_one():
    g = make_gold()
    p = as_pred(g)
    s, e = sp("5日")
    p["times"] = [
        {"start": s, "end": e + 1, "text": "5日に", "type": "DATE", "value": "2024-03-06"},
        {"start": s + 1, "end": e, "text": "日", "type": "DATE", "value": "2024-03-05"},
    ]
    rep = score([(g, p)])
    span, value = rep.metrics["time.span"], rep.metrics["time.value"]
    assert (span.tp, span.n_pred, span.n_gold) == (1, 2, 1)
    assert value.tp == 0  # the larger overlap wins the match, and its value is wrong
    assert any(x["kind"] == "false" and x["task"] == "time" for x in rep.details)


def test_claims_overlap_then_source():
    g = make_gold()
    p = as_pred(g)
    c = p["claims"][0]
    c["end"] = c["start"] + 2
    c["source"] = None
    rep = score([(g, p)])
    assert rep.metrics["claim.span"].tp == 1 and rep.metrics["claim.source"].tp == 0


def test_events_same_sentence_then_actors():
    g = make_gold()
    p = as_pred(g)
    # trigger moved to another word of the same sentence: still a type match
    p["events"][0]["trigger"] = sp("訪問")
    p["events"][1]["target"] = []
    rep = score([(g, p)])
    assert rep.metrics["event.type"].tp == 2
    assert rep.metrics["event.source"].tp == 2
    assert rep.metrics["event.full"].tp == 1
    # a trigger in another sentence does not match
    p["events"][0]["trigger"] = sp("記者会見")
    rep = score([(g, p)])
    assert rep.metrics["event.type"].tp == 1
    assert rep.event_types["CONSULT"].f1 == 0.0
    # wrong type does not match
    p = as_pred(g)
    p["events"][1]["type"] = "PROTEST"
    assert score([(g, p)]).metrics["event.type"].tp == 1


def test_events_greedy_prefers_actor_agreement():
    g = make_gold()
    g["events"].append({"type": "ACCUSE", "trigger": sp("非難"), "source": ["JP"], "target": ["CN"],
                        "date": None, "negated": False})
    p = as_pred(g)
    p["events"] = [p["events"][2], p["events"][1]]  # two ACCUSE in one sentence, swapped order
    rep = score([(g, p)])
    assert rep.metrics["event.full"].tp == 2


def test_micro_average_over_files():
    g1 = make_gold()
    p1 = as_pred(g1)
    g2 = make_gold()
    g2["id"] = "t2"
    p2 = as_pred(g2)
    p2["times"] = []
    rep = score([(g1, p1), (g2, p2)])
    t = rep.metrics["time.span"]
    assert (t.tp, t.n_pred, t.n_gold) == (1, 1, 2)
    assert rep.per_file["t1"]["time.span"] == 1.0 and rep.per_file["t2"]["time.span"] == 0.0
    assert rep.files == ["t1", "t2"]


def test_empty_prediction_scores_zero_and_report_renders():
    g = make_gold()
    p = {"text": TEXT}
    rep = score([(g, p)])
    assert rep.metrics["entity.typed"].f1 == 0.0 and rep.metrics["entity.typed"].recall == 0.0
    out = render_text(rep, details=True)
    assert "entity.typed" in out and "共同通信" in out and "miss" in out
    d = rep.to_dict()
    json.dumps(d, ensure_ascii=False)
    assert d["metrics"]["event.type"]["gold"] == 2


def test_score_accepts_articles():
    from hodo.model import Article

    g = make_gold()
    art = Article.from_dict(as_pred(g))
    assert score([(g, art)]).metrics["entity.typed"].f1 == 1.0


def test_prediction_with_other_text_is_rejected():
    g = make_gold()
    p = as_pred(g)
    p["text"] = TEXT + "追記。"
    with pytest.raises(GoldError, match="differs"):
        score([(g, p)])


# --- gold validation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda g: g["entities"][0]["mentions"].append([len(TEXT) - 1, len(TEXT) + 3]), "not inside the text"),
        (lambda g: g["entities"][1].update(key="yamada"), "duplicate key"),
        (lambda g: g["entities"][1].update(type="CITY"), "type 'CITY'"),
        (lambda g: g["entities"][1].update(country="Japan"), "ISO 3166-1"),
        (lambda g: g["entities"][1]["mentions"].append(sp("東京で")), "overlap"),
        (lambda g: g["quotes"][0].update(speaker="suzuki"), "speaker 'suzuki'"),
        (lambda g: g["quotes"][0].update(kind="said"), "kind 'said'"),
        (lambda g: g["claims"][0].update(source="afp"), "source 'afp'"),
        (lambda g: g["times"][0].update(text="6日"), "differs from text"),
        (lambda g: g["times"][0].pop("value"), "value"),
        (lambda g: g["events"][0].update(type="MEET"), "PLOVER"),
        (lambda g: g["events"][1].update(target=["KR"]), "target 'KR'"),
        (lambda g: g["events"][1].update(trigger=[5]), "trigger"),
        (lambda g: g.update(published="2024/03/04"), "published"),
        (lambda g: g.pop("text"), "text"),
    ],
)
def test_validation_errors(tmp_path, mutate, message):
    g = make_gold()
    mutate(g)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldError, match=message) as ei:
        load_gold(path)
    assert "bad.json" in str(ei.value)


def test_validation_names_the_record(tmp_path):
    g = make_gold()
    g["entities"][2]["mentions"][1] = [3, 2]
    with pytest.raises(GoldError) as ei:
        validate(g, "mine.json")
    msg = str(ei.value)
    assert msg.startswith("mine.json: entities[2] (key 'US')") and "[3, 2]" in msg


def test_bad_json_and_missing_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{\"text\": ", encoding="utf-8")
    with pytest.raises(GoldError, match="broken.json: not valid JSON"):
        load_gold(path)
    with pytest.raises(GoldError, match="no such file"):
        evaluate([tmp_path / "absent.json"])


def test_valid_gold_loads_and_id_defaults_to_stem(tmp_path):
    g = make_gold()
    del g["id"]
    path = tmp_path / "my-article.json"
    path.write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    assert load_gold(path)["id"] == "my-article"


def test_dev_gold_is_valid(gold):
    assert gold
    for k, g in gold.items():
        validate(copy.deepcopy(g), k)


# --- saved predictions and the command ------------------------------------------------------


def _write(tmp_path):
    gdir, pdir = tmp_path / "gold", tmp_path / "pred"
    gdir.mkdir()
    pdir.mkdir()
    g = make_gold()
    (gdir / "t1.json").write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    p = as_pred(g)
    p["times"] = []
    (pdir / "t1.json").write_text(json.dumps(p, ensure_ascii=False) + "\n", encoding="utf-8")
    return gdir, pdir


def test_evaluate_saved_predictions(tmp_path):
    gdir, pdir = _write(tmp_path)
    rep = evaluate([gdir], pred_dir=pdir)
    assert isinstance(rep, Report)
    assert rep.metrics["entity.typed"].f1 == 1.0 and rep.metrics["time.span"].recall == 0.0


def test_cli_eval_with_pred(tmp_path):
    from typer.testing import CliRunner

    from hodo.cli import app

    gdir, pdir = _write(tmp_path)
    r = CliRunner().invoke(app, ["eval", str(gdir), "--pred", str(pdir), "--format", "json", "--details"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["metrics"]["quote.speaker"]["f1"] == 1.0
    assert d["metrics"]["time.span"]["gold"] == 1 and d["details"][0]["kind"] == "miss"
    r = CliRunner().invoke(app, ["eval", str(gdir), "--pred", str(pdir)])
    assert r.exit_code == 0 and "event.full" in r.stdout
    (pdir / "t1.json").unlink()
    r = CliRunner().invoke(app, ["eval", str(gdir), "--pred", str(pdir)])
    assert r.exit_code == 2 and "no prediction" in r.output


# --- benchmark helpers (no model needed) ---------------------------------------------------


def _bench(name: str):
    import importlib.util
    import sys
    from pathlib import Path

    bdir = Path(__file__).resolve().parents[1] / "benchmarks"
    sys.path.insert(0, str(bdir))
    try:
        spec = importlib.util.spec_from_file_location(f"_bench_{name}", bdir / f"{name}.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(bdir))
    return mod


def test_stockmark_mapping_and_scoring():
    sm = _bench("ner_stockmark")
    row = {"text": "鈴木一郎はABC社の新製品XフォンをA市で発表した。", "entities": [
        {"name": "鈴木一郎", "span": [0, 4], "type": "人名"},
        {"name": "ABC社", "span": [5, 9], "type": "法人名"},
        {"name": "Xフォン", "span": [13, 17], "type": "製品名"},
        {"name": "A市", "span": [18, 20], "type": "地名"},
    ]}
    gold, drop = sm.gold_of(row)
    assert gold == [(0, 4, "PERSON"), (5, 9, "ORG"), (18, 20, "GPE|LOC")] and drop == [(13, 17)]
    totals = {k: sm.PRF() for k in ("typed", "span", *sm.CLASSES)}
    # LOC for 地名 counts as right; a prediction overlapping the product is dropped;
    # 鈴木一郎 typed ORG is a span hit but a typed miss
    sm.score_into(totals, gold, drop, [(0, 4, "ORG"), (5, 9, "ORG"), (13, 15, "ORG"), (18, 20, "LOC")])
    assert (totals["typed"].tp, totals["typed"].n_pred, totals["typed"].n_gold) == (2, 3, 3)
    assert totals["span"].tp == 3
    assert totals["GPE|LOC"].tp == 1 and totals["PERSON"].tp == 0 and totals["ORG"].n_pred == 2
    assert set(sm.TYPE_MAP) == {"人名", "法人名", "政治的組織名", "その他の組織名", "地名", "施設名", "製品名", "イベント名"}


def test_ginza_baseline_type_map_covers_hodo_types():
    gb = _bench("ginza_baseline")
    assert set(v for v in gb.GINZA_TYPES.values() if v) == {"PERSON", "GPE", "LOC", "ORG", "FAC"}


def test_evaluate_analyses_gold_text(tmp_path):
    g = make_gold()
    path = tmp_path / "t1.json"
    path.write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    rep = evaluate([path])
    assert rep.files == ["t1"]
    m = rep.metrics["entity.typed"]
    assert m.n_gold == 8 and m.n_pred > 0 and m.tp > 0  # 中国, 日本 at least
    assert rep.metrics["event.type"].n_gold == 2


def test_details_filter_by_task():
    g = make_gold()
    rep = score([(g, {"text": TEXT})])
    out = render_text(rep, details=True, tasks=["time"])
    body = out.split("details (", 1)[1]
    assert "-- t1 time" in body and "-- t1 entity" not in body and "5日" in body


def test_pred_as_jsonl_file_by_id_or_text(tmp_path):
    gdir, _ = _write(tmp_path)
    g = make_gold()
    p = as_pred(g)
    other = {"id": "unrelated", "text": "別の記事。", "entities": []}
    p["id"] = "h0000"  # a content-hash id: found by its text
    jl = tmp_path / "preds.jsonl"
    jl.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in (other, p)) + "\n", encoding="utf-8")
    rep = evaluate([gdir], pred_dir=jl)
    assert rep.metrics["event.full"].f1 == 1.0
    jl.write_text(json.dumps(other, ensure_ascii=False) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(GoldError, match="line 2: not valid JSON"):
        evaluate([gdir], pred_dir=jl)


def test_cli_scores_what_hodo_analyze_prints(tmp_path):
    """Round trip: `hodo analyze --format json` output is a valid --pred file."""
    from typer.testing import CliRunner

    from hodo.cli import app

    gdir = tmp_path / "gold"
    gdir.mkdir()
    g = make_gold()
    (gdir / "t1.json").write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    src = tmp_path / "t1.txt"
    src.write_text(TEXT, encoding="utf-8")
    r = CliRunner().invoke(app, ["analyze", str(src), "--published", g["published"], "--format", "json"])
    assert r.exit_code == 0, r.output
    jl = tmp_path / "preds.jsonl"
    jl.write_text(r.stdout, encoding="utf-8")
    r = CliRunner().invoke(app, ["eval", str(gdir), "--pred", str(jl), "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["files"] == ["t1"] and d["metrics"]["entity.typed"]["tp"] > 0
