"""Round 44 (claims): claims the stage missed. Every sentence here is written for these tests in
the style of Japanese news; none is copied from an article."""
from __future__ import annotations

import pytest

from .test_quotes import _analyze


def _claims(text: str):
    art = _analyze(text)
    return art, [(art.text[c.start:c.end], c.source) for c in art.claims]


# R44: an unnamed insider or official (関係者, 担当者, 当局者) as the whole source of a によると
# phrase still makes a claim, with a null source: (text, content)
OFFICIAL = [
    ("新しい駅舎の工事が始まった。鉄道会社の担当者によると、完成は再来年の春になる見込みだという。",
     "完成は再来年の春になる見込みだ"),
    ("港で火災が起きた。捜査関係者によると、倉庫の中から燃料の入った缶が見つかったという。",
     "倉庫の中から燃料の入った缶が見つかった"),
    ("両国の首脳会談は来月に開かれる。政府当局者によれば、会談では漁業協定の延長が話し合われる。",
     "会談では漁業協定の延長が話し合われる"),
    ("山あいの村で停電が続いている。町の関係者らの話によると、復旧には三日ほどかかるという。",
     "復旧には三日ほどかかる"),
]


@pytest.mark.parametrize("text,content", OFFICIAL, ids=[c[1][:10] for c in OFFICIAL])
def test_r44_official_source_claim(text, content):
    _, claims = _claims(text)
    assert (content, None) in claims


# near misses: a witness or a relative (家族, 近隣住民), a group (団体) and …筋 keep no claim, as before
NOT_OFFICIAL = [
    "両国の首脳会談は来月に開かれる。消息筋によれば、会談では漁業協定の延長が話し合われる。",
    "作家の男性が亡くなった。家族によると、男性は先月から体調を崩していたという。",
    "住宅街で火事があった。近隣住民によると、夜中に大きな音が聞こえたという。",
    "首都で抗議集会が開かれた。人権団体によれば、数十人が拘束された。",
]


@pytest.mark.parametrize("text", NOT_OFFICIAL, ids=[t[:8] for t in NOT_OFFICIAL])
def test_r44_witness_source_no_claim(text):
    _, claims = _claims(text)
    assert claims == []


# an official's claim goes on into no …という。 sentence after it (a named source's claim does)
def test_r44_official_claim_no_continuation():
    text = ("新しい橋の建設が決まった。市の担当者によると、工事は来月から始まるという。"
            "総工費は約十億円だという。")
    _, claims = _claims(text)
    assert claims == [("工事は来月から始まる", None)]


def test_r44_named_claim_continues():
    text = ("新しい橋の建設が決まった。毎日新聞によると、工事は来月から始まるという。"
            "総工費は約十億円だという。")
    _, claims = _claims(text)
    assert [c for c, _ in claims] == ["工事は来月から始まる", "総工費は約十億円だ"]


# an unnamed official inside a named source's claim makes no claim of its own
def test_r44_official_inside_named_claim():
    text = "工場で爆発が起きた。朝日新聞によると、社員二人が軽いけがをしたが、捜査関係者によると、原因はまだ分かっていない。"
    _, claims = _claims(text)
    assert all(src is not None for _, src in claims)
