"""Round 18 trigger data (data/event_triggers.tsv, data/event_lexicon.tsv): false alarms of
three words, each a family that recurs in at least three annotated articles and is read in the
Wikinews corpus (see the notes in the tables and docs/events.md, "Round 18"). The sentences are
written for these tests; the "not coded" rows fail with the old tables, the "coded" rows guard
the event uses the restriction keeps."""
from __future__ import annotations

import pytest

import hodo


def _coded(text):
    art = hodo.analyze(text, published="2024-05-01")
    return [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]


def _words(got):
    return {w for _, w in got}


@pytest.mark.parametrize("text,word", [
    # 訴訟 (done): a suit named or referred to is no accusation
    ("高松高裁は、首相の参拝をめぐる徳島訴訟で原告側の控訴を退けた。", "訴訟"),
    ("日本政府は、米国企業による特許訴訟の行方を注視している。", "訴訟"),
    ("山本弁護士は、鈴木氏の訴訟について記者団に何も語らなかった。", "訴訟"),
    # 撤回 (removed): withdrawing one's own plan or statement is no concession to anyone
    ("三井物産は、ブラジルの鉄鋼会社との統合計画を撤回した。", "撤回"),
    ("山田選手は、先月の引退表明を撤回した。", "撤回"),
    ("中村市長は、議会での発言を撤回した。", "撤回"),
    # 反省 (removed): remorse, with no one conceded to
    ("田中容疑者は警視庁の調べに対し、容疑を認めて反省しているという。", "反省"),
    ("佐藤社長は「深く反省している」と述べた。", "反省"),
])
def test_round18_words_not_coded(text, word):
    got = _coded(text)
    assert word not in _words(got), got


@pytest.mark.parametrize("text,typ,word", [
    # bringing a suit stays an accusation (the longer rows win over done-flagged 訴訟; guards)
    ("北海道の住民団体は、国を相手に訴訟を起こした。", "ACCUSE", "訴訟を起こし"),
    ("東京都は、日本航空を相手に訴訟を起こす方針だ。", "ACCUSE", "訴訟を起こす"),
    # an apology beside remorse still carries the concession
    ("小泉首相は、植民地支配について「痛切な反省と心からのおわびの気持ち」を表明した。", "CONCEDE", "おわび"),
])
def test_round18_words_still_coded(text, typ, word):
    got = _coded(text)
    assert (typ, word) in got, got
