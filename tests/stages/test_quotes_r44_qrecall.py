"""Round 44 (qrecall): quotes the stage missed. Every sentence here is written for these tests in
the style of Japanese news; none is copied from an article."""
from __future__ import annotations

import pytest

from .test_quotes import _analyze
from .test_quotes import _surfaces as _speaker_surfaces


def _contents(art) -> list[str]:
    return [art.text[q.start:q.end] for q in art.quotes]


# R44a: verbs that report what someone stated (a figure, an announcement, a note, an argument, an
# appeal, persuasion) are speech cues: text, content, speaker surface
CUE_VERBS = [
    ("ソニーは、新型テレビの消費電力が従来より三割少ないとアピールした。",
     "新型テレビの消費電力が従来より三割少ない", "ソニー"),
    ("日本航空は、来月から国内線の運賃を改定するとアナウンスしている。",
     "来月から国内線の運賃を改定する", "日本航空"),
    ("国連は、農業被害が少なくとも20億ドルに上ると概算している。",
     "農業被害が少なくとも20億ドルに上る", "国連"),
    ("同誌は、記事の一部が別の雑誌からの転載であると注記している。",
     "記事の一部が別の雑誌からの転載である", None),
    ("弁護団は、被告の自白は強要されたものであると論証した。",
     "被告の自白は強要されたものである", None),
]


@pytest.mark.parametrize("text,content,speaker", CUE_VERBS, ids=[c[1][:10] for c in CUE_VERBS])
def test_r44_cue_verbs(text, content, speaker):
    art = _analyze(text)
    assert content in _contents(art)
    if speaker is not None:
        q = next(q for q in art.quotes if art.text[q.start:q.end] == content)
        assert q.speaker is not None and speaker in _speaker_surfaces(art, q.speaker) | {q.speaker}


# near misses: the same words with no reported clause before と
CUE_VERB_NOT = [
    "山田氏は鈴木氏と二人で住民の説得にあたった。",
    "会社は新商品のアピールに力を入れている。",
    "駅では遅延のアナウンスが繰り返し流れた。",
]


@pytest.mark.parametrize("text", CUE_VERB_NOT)
def test_r44_cue_verbs_not(text):
    assert _analyze(text).quotes == []


# R44b: Xによると、…としている with X a body that is no medium is X's own statement (a quote whose
# speaker is X, besides the claim); after a medium it stays the medium's hedge (a claim only)
OWN_SOURCE = [
    ("ソニーによると、新工場の建設は予定通り進んでいるとしている。",
     "新工場の建設は予定通り進んでいる", "ソニー"),
    ("トヨタ自動車によると、リコールの対象は国内で約3万台になるとしている。",
     "リコールの対象は国内で約3万台になる", "トヨタ自動車"),
]


@pytest.mark.parametrize("text,content,speaker", OWN_SOURCE, ids=[c[1][:10] for c in OWN_SOURCE])
def test_r44_own_source_hedge_is_a_quote(text, content, speaker):
    art = _analyze(text)
    assert content in [art.text[c.start:c.end] for c in art.claims]
    q = next((q for q in art.quotes if art.text[q.start:q.end] == content), None)
    assert q is not None, _contents(art)
    assert speaker in _speaker_surfaces(art, q.speaker) | {q.speaker}


MEDIUM_SOURCE = [
    "毎日新聞によると、新工場の建設は予定通り進んでいるとしている。",
    "共同通信によると、リコールの対象は国内で約3万台になるとしている。",
    # a medium the entities stage does not know (read as a person's name), marked by 地元紙 or bare
    "地元紙デイリー・ミラーによると、警察は容疑者の男を拘束したとしている。",
    "ノーザン・クーリエによると、警察は容疑者の男を拘束したとしている。",
]


@pytest.mark.parametrize("text", MEDIUM_SOURCE)
def test_r44_medium_hedge_stays_a_claim(text):
    art = _analyze(text)
    assert art.claims
    assert art.quotes == []


# R44c: a noun of plan or outlook heading a verb clause before a sentence-final としている is the
# topic's stated plan (…始める予定としている); a designation (Xを…とした) stays none
PLAN = [
    ("ソニーは、来年春にも新工場で生産を始める予定としている。", "来年春にも新工場で生産を始める予定", "ソニー"),
    ("トヨタ自動車は国内の従業員を別の事業へ再配置する方針としている。", "国内の従業員を別の事業へ再配置する方針",
     "トヨタ自動車"),
]


@pytest.mark.parametrize("text,content,speaker", PLAN, ids=[p[1][:10] for p in PLAN])
def test_r44_plan_noun_is_a_quote(text, content, speaker):
    art = _analyze(text)
    q = next((q for q in art.quotes if art.text[q.start:q.end] == content), None)
    assert q is not None, _contents(art)
    assert speaker in _speaker_surfaces(art, q.speaker) | {q.speaker}


@pytest.mark.parametrize("text", ["ソニーは、新工場を生産の拠点とした。", "来年春に生産を始める予定として、準備を進めている。"])
def test_r44_plan_noun_not(text):
    assert _analyze(text).quotes == []
