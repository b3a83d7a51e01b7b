"""Round 22 (quotes 1.15): sources of sourced claims. Every sentence here is written for these
tests in the style of Japanese news; none is copied from an article."""
from __future__ import annotations

import pytest

from .test_quotes import _analyze, _surfaces  # one analysis helper for the quotes stage's tests


def _claim(art, piece: str):
    hits = [c for c in art.claims if piece in art.text[c.start:c.end]]
    assert hits, f"no claim holding {piece!r}; got {[art.text[c.start:c.end] for c in art.claims]}"
    return hits[0]


def _is(art, key, surface) -> bool:
    if surface is None:
        return key is None
    return any(surface in s for s in _surfaces(art, key))


# ---- A. それによると / これによれば: the source is read off the sentence before -- the owner of a
# report that sentence passes on (Xの発言を伝えた), else the は / が actor of a sentence of publishing
@pytest.mark.parametrize("text,piece,source", [
    ("AFP通信は、国連監視団のマルク・ベルナール団長の発言を伝えた。それによると、投票所の半数で準備が遅れている。",
     "投票所の半数", "ベルナール"),
    ("国連平和維持部隊は、13日のBBCの報道を伝えている。それによると、国境付近で銃撃戦があった。",
     "国境付近で銃撃戦", "BBC"),
    ("立憲民主党の枝野幸男代表は、同党のウェブサイトに談話を掲載した。それによると、今回の判断は拙速だという。",
     "今回の判断は拙速", "枝野"),
    ("ロイター通信や南アフリカの「メール」紙は、12日、決選投票の延期が決まったと報じた。それによれば、新しい投票日は来月になる。",
     "新しい投票日は来月", "ロイター"),
    ("首相官邸のウェブサイトは新しい閣僚名簿を掲載した。それによると、女性閣僚は5人となった。",
     "女性閣僚は5人", "官邸"),
    # 発表した / 公表した: the commonest verbs of publishing (quotes 1.16; 1.15 read only 発表た)
    ("トヨタ自動車は新しい工場の計画を発表した。それによると、工場は2028年に稼働する。",
     "工場は2028年に稼働", "トヨタ"),
    ("気象庁は今年の梅雨入りの時期を公表した。これによれば、関東は例年より遅かった。",
     "関東は例年より遅かった", "気象庁"),
])
def test_round22_antecedent_source(text, piece, source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert _is(art, c.source, source), (c.source, c.source_span)


@pytest.mark.parametrize("text,piece,not_source", [
    # (rows written when _PUBLISHED_END did not read 発表した, quotes 1.15; they hold either way)
    # the sentence before is itself a medium's report: the medium stays the source
    ("朝日新聞によると、ソニーは新型の携帯ゲーム機の発売日を明らかにした。それによると、価格は3万円前後となる。",
     "価格は3万円前後", "ソニー"),
    # the sentence before is itself a report of a named medium's: the medium, not the company in it
    ("共同通信によれば、トヨタ自動車は新しい工場の建設計画を明らかにした。それによれば、工場は愛知県に建てられる。",
     "工場は愛知県", "トヨタ"),
    # the sentence before stands in another block (paragraph): it is not read
    ("共同通信は、視察団のピエール・デュラン団長の発言を伝えた。\n\nそれによると、橋の修理は来月に終わる。",
     "橋の修理は来月", "デュラン"),
    # それによると in mid-sentence refers to the clause before it, not to the sentence before
    ("気象庁は週末の予報を発表した。トヨタ自動車は計画を公表し、それによると工場は2028年に稼働する。",
     "工場は2028年に稼働", "気象庁"),
])
def test_round22_antecedent_source_guards(text, piece, not_source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert not _is(art, c.source, not_source), (c.source, c.source_span)


# ---- B. Xの別記事によると / Xの別報道によれば: another article of the same medium
@pytest.mark.parametrize("text,piece,source", [
    ("読売新聞の別記事によると、新しい球場は2028年に完成する予定だ。", "新しい球場", "読売新聞"),
    ("また、日本経済新聞の別報道によれば、同社は来年にも上場する。", "同社は来年にも上場", "日本経済新聞"),
])
def test_round22_other_article(text, piece, source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert _is(art, c.source, source), (c.source, c.source_span)


# ---- C. the owner of a web page: Xのホームページ / X公式ウェブサイト / X氏のオフィシャルサイト
@pytest.mark.parametrize("text,piece,source", [
    ("日本医師会のホームページによれば、講習会は全国10か所で開かれる。", "講習会は全国10か所", "日本医師会"),
    ("文部科学省ウェブサイトによると、新しい指導要領は2030年度から実施される。", "新しい指導要領", "文部科学省"),
    ("田中康夫氏のオフィシャルサイトによると、田中氏は来月の講演をすべて取りやめた。", "来月の講演", "田中"),
    ("日本赤十字社公式ウェブサイトによると、献血の受付は週末も続く。", "献血の受付", "日本赤十字社"),
])
def test_round22_web_page_owner(text, piece, source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert _is(art, c.source, source), (c.source, c.source_span)
