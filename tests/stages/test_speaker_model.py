"""The learned speaker choice of the quotes stage (hodo/data/speaker_model.json, made by
benchmarks/train_speakers.py). Every sentence here is written for these tests in the style of
Japanese news; none is copied from an article."""
from __future__ import annotations

import re

import pytest

import hodo
from hodo.stages import load_builtins

load_builtins()

from hodo.stages import quotes as Q  # noqa: E402

PUB = "2025-09-03"

#: the atoms a feature name is built of (joined by "|"); see quotes.speaker_candidates
ATOMS = re.compile(
    r"^(?:pos=(?:before|between|after)|dist=(?:2|5|10|20|40|>40)|before_rank=[123]|part=\S+|in_bracket"
    r"|title=(?:person|office)|first_topic|sent_initial|dep=(?:nsubj|obl|nmod|obj|iobj)|head=cue"
    r"|nsubj_of_cue|in_sent|not_in_sent|prev[12]_(?:speaker|topic)|same_sent_speaker|none|nobody_named"
    r"|bare_subject=(?:before|between)|kind=(?:direct|indirect|mixed)|cue=\S+|n=[0-4]|type=(?:PERSON|ORG|GPE|LOC|FAC|None)"
    r"|rule|rnone|rnear|rfar)$")


def _speakers(text: str, learned: bool):
    old = Q.LEARNED_SPEAKER
    Q.LEARNED_SPEAKER = learned
    try:
        art = hodo.analyze(text, published=PUB)
    finally:
        Q.LEARNED_SPEAKER = old
    return art, {art.text[q.start:q.end]: q for q in art.quotes}


def test_model_file_loads():
    m = Q.speaker_model()
    assert m is not None, f"{Q.SPEAKER_MODEL_FILE} is missing"
    assert isinstance(m["margin"], (int, float)) and m["margin"] >= 0
    w = m["weights"]
    assert len(w) > 50 and all(isinstance(v, float) for v in w.values())
    assert w["rule"] > 0  # the rule's own choice is evidence for it
    bad = [k for k in w if not all(ATOMS.match(a) for a in k.split("|"))]
    assert not bad, f"weights on features the code does not make: {bad[:10]}"


def test_code_makes_the_model_features():
    """The features the code gives the candidates of a quote are the model's vocabulary."""
    art, qs = _speakers("知事選は今年3月に佐藤一郎氏が県議会との対立により、「県民に信を問う」として"
                        "任期途中で辞職したのに伴うものだ。", learned=False)
    made = set()
    for c in _candidate_rows(art):
        for _, f in c:
            made |= f
    w = Q.speaker_model()["weights"]
    shared = made & set(w)
    assert len(shared) >= 0.5 * len(made), sorted(made - set(w))
    assert {"rule", "none", "pos=before", "in_sent", "title=person"} <= made


def _candidate_rows(art):
    """speaker_candidates over a fresh parse of ``art``'s text (rules only)."""
    from hodo import nlp as _nlp
    from hodo.model import Article
    from hodo.pipeline import _build, _settings, prepare, run_stages

    chosen, need_ner = _settings(("entities", "times"))
    a, spans = prepare(Article(text=art.text, published=PUB))
    doc = _build(a, spans, list(_nlp.load(ner=need_ner).pipe([a.text[s:e] for s, e, _ in spans])))
    run_stages(doc, chosen)
    old = Q.LEARNED_SPEAKER
    Q.LEARNED_SPEAKER = False
    try:
        Q.find_quotes(doc)
    finally:
        Q.LEARNED_SPEAKER = old
    return [rows for _, rows in Q.speaker_candidates(doc, doc.article.quotes)]


# text, quote content, the rules' speaker surface (None: nobody), the ranker's
RANKER_DECIDES = [
    ("知事選は今年3月に佐藤一郎氏が県議会との対立により、「県民に信を問う」として任期途中で辞職したのに伴うものだ。",
     "県民に信を問う", None, "佐藤一郎"),
    ("町長選は昨年10月に田中健二氏が議会との対立により、「民意を問いたい」として辞職したのに伴うもの。",
     "民意を問いたい", None, "田中健二"),
    ("この問題は、昨年5月に高橋三郎議員が党執行部との対立により、「党に未来はない」として離党したことに始まる。",
     "党に未来はない", None, "高橋三郎"),
    ("補欠選挙は、先月に渡辺花子氏が健康上の理由により、「職務を続けられない」として辞職したため行われる。",
     "職務を続けられない", None, "渡辺花子"),
]

# the ranker leaves the rules' choice (named or nobody) as it is
RANKER_KEEPS = [
    ("岸田首相は記者団に「経済対策を早急にまとめたい」と述べた。", "経済対策を早急にまとめたい", "岸田"),
    ("関係者は「交渉は難航している」と話した。", "交渉は難航している", None),
    ("外務省によると、小林六郎大使が2日、「邦人の安全を最優先する」と現地紙に語った。", "邦人の安全を最優先する", "小林六郎"),
    ("市長選は、昨年12月に前市長の井上五郎氏が「市民の判断を仰ぐ」として辞職したことに伴う。", "市民の判断を仰ぐ", "井上五郎"),
]


def _name(art, key):
    if key is None:
        return None
    e = art.entity(key)
    return e.name if e is not None else key


@pytest.mark.parametrize("text,content,rule,ranker", RANKER_DECIDES)
def test_ranker_decides(text, content, rule, ranker):
    art0, q0 = _speakers(text, learned=False)
    art1, q1 = _speakers(text, learned=True)
    assert content in q0 and content in q1
    assert _name(art0, q0[content].speaker) == rule  # the rules alone
    assert _name(art1, q1[content].speaker) == ranker  # the learned choice
    sp = q1[content].speaker_span
    assert sp is not None and ranker in art1.text[sp[0]:sp[1]]


@pytest.mark.parametrize("text,content,speaker", RANKER_KEEPS)
def test_ranker_keeps(text, content, speaker):
    for learned in (False, True):
        art, qs = _speakers(text, learned=learned)
        assert content in qs
        assert _name(art, qs[content].speaker) == speaker


def test_group_speakers_untouched():
    art, qs = _speakers("日本と韓国は、経済連携を深めることで一致したと発表した。", learned=True)
    q = qs["経済連携を深めることで一致した"]
    assert q.speakers and len(q.speakers) == 2  # a group: the rules' list, never re-chosen


def test_no_model_no_change(monkeypatch, tmp_path):
    """Without the data file the rules' speakers stay."""
    monkeypatch.setattr(Q, "SPEAKER_MODEL_FILE", tmp_path / "missing.json")
    Q.speaker_model.cache_clear()
    try:
        art, qs = _speakers(RANKER_DECIDES[0][0], learned=True)
        assert qs[RANKER_DECIDES[0][1]].speaker is None
    finally:
        Q.speaker_model.cache_clear()
