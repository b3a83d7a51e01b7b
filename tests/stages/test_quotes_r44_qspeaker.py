"""Round 44 (qspeaker): speakers of quotes. Every sentence here is written for these tests in
the style of Japanese news; none is copied from an article."""
from __future__ import annotations

import pytest

from .test_quotes import _analyze, _quote, _surfaces


def _speaker_surfaces(text: str, content: str) -> set[str] | None:
    """The surfaces of the speaker of the quote whose content is ``content`` (None: nobody)."""
    art = _analyze(text)
    key = _quote(art, content).speaker
    return None if key is None else _surfaces(art, key)


# text, content, a surface of the expected speaker (None: nobody), a surface it must not be
SAME_FIRM = [
    # 同社 after a medium cited with によると: the company, never the medium
    ("トヨタ自動車は新型車の発売を延期した。朝日新聞によると、同社は「部品の調達が遅れている」と説明した。",
     "部品の調達が遅れている", "トヨタ自動車", "朝日新聞"),
    # no company the entities stage knows: nobody, rather than the medium
    ("産経新聞によると、東海精密は不正を認めた。同社は、「再発防止に努める」としている。",
     "再発防止に努める", None, "産経新聞"),
    # a court named last is no company either
    ("毎日新聞によると、横浜地裁は昨日、南北物産に賠償を命じた。同社は「判決には納得できない」とコメントした。",
     "判決には納得できない", None, "横浜地裁"),
    # a medium the story is about, then another cited as the source: 同社 is the first one
    ("西日本新聞は、記者が写真を加工していたと公表した。時事通信によると、同社は「信頼を損ねた」と説明した。",
     "信頼を損ねた", "西日本新聞", "時事通信"),
    # near miss: a medium that is the topic (not cited as a source) may be 同社
    ("朝日新聞は昨日、社説の誤りを報じた。同社は「読者におわびする」とコメントした。",
     "読者におわびする", "朝日新聞", None),
]


@pytest.mark.parametrize("text,content,speaker,not_speaker", SAME_FIRM)
def test_same_firm_is_no_cited_medium(text, content, speaker, not_speaker):
    got = _speaker_surfaces(text, content)
    if speaker is None:
        assert got is None
    else:
        assert got is not None and speaker in got
    if not_speaker is not None:
        assert got is None or not_speaker not in got


# text, content, a surface of the expected speaker (None: nobody)
WORDS_FROM = [
    # Xからは「…」と感謝の言葉が出た: the words came from X
    ("山本騎手からは「最高の馬だった」と感謝の言葉が出た。", "最高の馬だった", "山本"),
    ("山本騎手からも、「最高の馬だった」と喜びの声が聞かれた。", "最高の馬だった", "山本"),
    # near miss: unnamed people after から stay a null speaker
    ("観客からは「最高の馬だった」と喜びの声が聞かれた。", "最高の馬だった", None),
]


@pytest.mark.parametrize("text,content,speaker", WORDS_FROM)
def test_words_said_after_a_kara_phrase(text, content, speaker):
    got = _speaker_surfaces(text, content)
    if speaker is None:
        assert got is None
    else:
        assert got is not None and speaker in got


# text, content, a surface of the expected speaker (None: nobody), a surface it must not be
UNNAMED_PEOPLE = [
    # 同級生は / 近所の主婦は: unnamed people, a null speaker (not the suspect carried over)
    ("北川太郎容疑者は昨日逮捕された。同級生は「おとなしい性格だった」と話した。",
     "おとなしい性格だった", None, "北川太郎"),
    ("北川太郎容疑者は昨日逮捕された。近所の主婦は「信じられない」と話した。",
     "信じられない", None, "北川太郎"),
    # near miss: a named classmate speaks
    ("北川太郎容疑者は昨日逮捕された。同級生の南野花子さんは「おとなしい性格だった」と話した。",
     "おとなしい性格だった", "南野花子", "北川太郎"),
]


@pytest.mark.parametrize("text,content,speaker,not_speaker", UNNAMED_PEOPLE)
def test_unnamed_people_are_no_carried_speaker(text, content, speaker, not_speaker):
    got = _speaker_surfaces(text, content)
    if speaker is None:
        assert got is None
    else:
        assert got is not None and speaker in got
    assert got is None or not_speaker not in got
