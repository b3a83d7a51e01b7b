"""Blocks and sentences."""
from __future__ import annotations

import pytest

from hodo.read.structure import blocks, sentences, split_sentences


def _blocks(text):
    return [(b.kind, text[b.start:b.end]) for b in blocks(text)]


def test_bbc_structure(bbc_text):
    bl = _blocks(bbc_text)
    assert bl[0] == ("title", bbc_text.splitlines()[0])
    kinds = dict((t, k) for k, t in bl)
    assert kinds["アメリカへの明確なメッセージ"] == "heading"
    assert kinds["画像提供, Getty Images"] == "credit"
    assert kinds["画像提供, Reuters"] == "credit"
    assert kinds["金氏とプーチン氏が並んで階段を下りている"] == "caption"
    captions = [t for k, t in bl if k == "caption"]
    assert any(t.startswith("画像説明, ") for t in captions)
    assert any(t.startswith("赤いじゅうたんの敷かれた広間で") for t in captions)
    assert sum(k == "credit" for k, _ in bl) == 3
    assert sum(k == "caption" for k, _ in bl) == 4
    # the body paragraph without a final 。 stays a paragraph (it is long and not before a credit)
    assert any(k == "paragraph" and t.startswith("トランプ氏は、ウクライナでの") for k, t in bl)


def test_bbc_sentences_keep_brackets_whole(bbc_text):
    bl = blocks(bbc_text)
    sents = [bbc_text[s.start:s.end] for s in sentences(bbc_text, bl)]
    lead = "ロシアのウラジーミル・プーチン大統領と北朝鮮の金正恩(キム・ジョンウン)総書記は3日、訪問中の中国・北京で会談した。"
    assert lead in sents
    assert "金氏は当時、「これまでで最も強力なものだ」と称賛していた。" in sents
    for s in sents:
        assert s.count("「") == s.count("」")
        assert s.count("(") == s.count(")")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("彼は「行く。必ず行く」と述べた。次の文。", ["彼は「行く。必ず行く」と述べた。", "次の文。"]),
        ("本当か？ 本当だ！", ["本当か？", "本当だ！"]),
        ("（注。補足）本文。", ["（注。補足）本文。"]),
        ("『題名。副題』を読んだ。", ["『題名。副題』を読んだ。"]),
        ("終わりに句点がない", ["終わりに句点がない"]),
        ("「質問だ。」と言った。", ["「質問だ。」と言った。"]),
        ("会見した。「以上です。」", ["会見した。", "「以上です。」"]),
        ("Yahoo!ニュースが伝えた。次の文。", ["Yahoo!ニュースが伝えた。", "次の文。"]),
        ("本当か?嘘だ。", ["本当か?", "嘘だ。"]),
    ],
)
def test_split_sentences(text, expected):
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == expected


@pytest.mark.parametrize(
    "text,kinds",
    [
        ("見出しの一行\n\n本文の段落です。続きです。\n", ["title", "paragraph"]),
        ("題名\n\n本文。\n\n小見出し\n\n本文二。\n", ["title", "paragraph", "heading", "paragraph"]),
        ("題名\n\n写真の説明文\n\n写真提供：例示通信\n\n本文。\n", ["title", "caption", "credit", "paragraph"]),
        ("題名\n\n本文。\n\n（山田太郎記者）\n", ["title", "paragraph", "byline"]),
        ("一行だけの本文。", ["paragraph"]),
    ],
)
def test_block_kinds(text, kinds):
    assert [k for k, _ in _blocks(text)] == kinds


def test_wikinews_citations_are_a_source_block():
    text = (
        "政府は5日、新たな対策を発表した。関係者は歓迎している。"
        "東京・共同『政府が新対策を発表』。共同通信、2010年5月5日。"
        "例示新聞『新対策、来月から』。例示新聞社、2010年5月6日。"
    )
    bl = _blocks(text)
    assert bl == [
        ("paragraph", "政府は5日、新たな対策を発表した。関係者は歓迎している。"),
        ("source", "東京・共同『政府が新対策を発表』。共同通信、2010年5月5日。例示新聞『新対策、来月から』。例示新聞社、2010年5月6日。"),
    ]


@pytest.mark.parametrize(
    "body,sources",
    [
        # English headline in "", English date; a second item after it
        ("議会は法案を可決した。",
         '"Parliament passes the bill"。Example Times、September 21, 2005。例示新聞『法案が可決』。例示新聞社、2005年9月21日。'),
        # related-article list: items run together with no 。 between them
        ("市は新しい橋を開通させた。",
         '"市で新しい橋が開通"。ウィキニュース、2009年7月15日"市長選、現職が再選"。ウィキニュース、2009年7月13日。'),
        # headline in 「」 with the publisher in 『』, then a short note after the list
        ("両国は協定に署名した。",
         "「両国が協定に署名」。『例示新聞』、2005年10月25日。例示通信より。"),
        # day-first English date and an ISO date
        ("軍は部隊を撤収した。",
         '"Troops pulled back".Example News, 16 August 2005"Second headline".Example Wire, 2005-08-17'),
    ],
)
def test_citation_formats_are_a_source_block(body, sources):
    assert _blocks(body + sources) == [("paragraph", body), ("source", sources)]


@pytest.mark.parametrize(
    "text",
    [
        # a quoted title in the body with a date is not a citation list (a sentence follows)
        "同社は『新製品』、2005年9月21日に発売すると発表した。販売店は準備を進めている。",
        # a long sentence after the last citation keeps the paragraph a paragraph
        '"Parliament passes the bill"。Example Times、September 21, 2005。その後、議会の審議は紛糾し、野党は強く反発した。',
        # no 背景解説: an ordinary paragraph that happens to start with 特集, no feature box
        "特集:例示国の選挙。議会選挙の結果が確定した。",
    ],
)
def test_citation_lookalikes_stay_paragraphs(text):
    assert [k for k, _ in _blocks(text)] == ["paragraph"]


@pytest.mark.parametrize("box,body", [
    ("特集:例示国の選挙すべての記事選挙前の動き大統領、議会を解散背景解説例示国の政治例示国の選挙(英文)",
     "例示国の議会選挙の結果が確定した。"),
    ("特集:例示賞すべての記事受賞者発表例示賞、発表はじまる背景解説例示賞",
     "7日、例示賞委員会は受賞者を発表した。"),
])
def test_feature_box_before_the_lead_is_a_source_block(box, body):
    assert _blocks(box + body) == [("source", box), ("paragraph", body)]


# round 37: Wikinews' box of recent articles on the topic (<topic>最近の記事<headline><headline>…),
# run into the line after the sources, is a source block from its topic to the end of the line (the
# citations it hides stay in the paragraph, as before)
@pytest.mark.parametrize("before,box", [
    # citations, the topic, the header, headlines run together (one with 、) to the line's end
    ("市議会は予算案を可決した。『市議会、予算案を可決』。例示新聞、2025年3月3日。",
     "例示市政最近の記事例示市、新庁舎の建設を決定市長選は来月5日に投開票例示電鉄が全線で運転再開。"),
    # no citations before the box
    ("市議会は予算案を可決した。",
     "例示市政最近の記事例示市、新庁舎の建設を決定市長選は来月5日に投開票。"),
    # a headline with a 。 in it: the box runs on to the end of the line
    ("県は避難指示を解除した。",
     "例示県豪雨災害最近の記事気象台、豪雨の規模を修正。各地で避難所を開設県内の堤防、補強工事始まる。"),
    # a data box between the citations and the header
    ("県は避難指示を解除した。『県、避難指示を解除』。例示新聞、2025年3月3日。",
     "例示地震地震のデータ発生時刻:3月1日10時5分震源深さ:10km規模M6.1最近の記事例示県で震度5強、"
     "けが人なし県、仮設住宅の建設を開始。"),
])
def test_recent_articles_box_is_a_source_block(before, box):
    assert _blocks(before + box) == [("paragraph", before), ("source", box)]


def test_recent_articles_box_ends_before_the_body_that_resumes():
    # the body resumes after the box on the same line: the box ends at the 。 before it
    box = "例示国の選挙最近の記事与党が過半数を確保。野党党首が辞任。"
    body = "例示通信によると、新議会は10日に召集される。"
    assert _blocks("政府は新内閣を発足させた。" + box + body) == [
        ("paragraph", "政府は新内閣を発足させた。"), ("source", box), ("paragraph", body)]


def test_recent_articles_box_on_the_first_line_is_no_title():
    text = "例示国の選挙最近の記事与党が過半数を確保野党党首が辞任\n新議会は10日に召集される。"
    assert _blocks(text) == [("source", "例示国の選挙最近の記事与党が過半数を確保野党党首が辞任"),
                             ("paragraph", "新議会は10日に召集される。")]


@pytest.mark.parametrize("text", [
    # 最近の記事 with a particle after it: a medium's recent article, body text
    "英紙タイムズは最近の記事で、政府が増税を検討していると報じた。",
    "同紙の最近の記事によれば、政府は増税を検討している。",
    # the body resumes right after the box with no 。 between: where the box ends is unknown
    "例示国の選挙最近の記事与党が過半数を確保例示通信によると、新議会は10日に召集される。",
])
def test_recent_articles_lookalikes_stay_paragraphs(text):
    # guards of the round 37 rule (they pass without it as well)
    assert [k for k, _ in _blocks(text)] == ["paragraph"]
