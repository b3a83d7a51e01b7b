"""Round 44 (entorg): organisations and facilities the tables did not know.

The rows are data (src/hodo/data/actors/orgs.tsv, places.tsv): a court's short form, a crime
syndicate, companies and web media known by one name, sports bodies, clubs and schools, a few
transit lines and venues. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .test_entities import entity_of, mentions, run


def key_of(art, surface: str) -> str | None:
    ent = entity_of(art, surface)
    return ent.key if ent is not None else None


@pytest.mark.parametrize("text, expected", [
    # a court's short form, a crime syndicate, a racing body, a subway operator
    ("特許をめぐる訴訟で、知財高裁は一審の判断を取り消した。", ("知財高裁", "ORG")),
    ("県警は山口組の幹部ら5人を逮捕した。", ("山口組", "ORG")),
    ("JRAは来週の開催を中止すると発表した。", ("JRA", "ORG")),
    ("東京メトロは始発から運転を再開した。", ("東京メトロ", "ORG")),
    ("都営地下鉄の運賃が来春から上がる。", ("都営地下鉄", "ORG")),
    # companies and media known by one name
    ("料亭を営む船場吉兆が営業を再開した。", ("船場吉兆", "ORG")),
    ("ビール大手のインベブは買収案を示した。", ("インベブ", "ORG")),
    ("冷凍食品の加ト吉は社長の辞任を発表した。", ("加ト吉", "ORG")),
    ("ジャストシステムの新しい日本語入力ソフトが出た。", ("ジャストシステム", "ORG")),
    ("動画の投稿先はFC2のサービスだった。", ("FC2", "ORG")),
    ("週刊文春が元社員の証言を載せた。", ("週刊文春", "ORG")),
    ("カナロコによると、市は計画を見直す。", ("カナロコ", "ORG")),
    # sports bodies, clubs and schools
    ("UEFAは試合の延期を決めた。", ("UEFA", "ORG")),
    ("プロ野球実行委員会は日程の変更を了承した。", ("プロ野球実行委員会", "ORG")),
    ("FC琉球は新しい監督を迎えた。", ("FC琉球", "ORG")),
    ("甲子園の決勝で智弁和歌山が逆転した。", ("智弁和歌山", "ORG")),
    ("西鉄ライオンズの元投手が表彰された。", ("西鉄ライオンズ", "ORG")),
    # facilities by their full names
    ("日暮里・舎人ライナーは強風で止まった。", ("日暮里・舎人ライナー", "FAC")),
    ("来月のライブは京セラドーム大阪で開かれる。", ("京セラドーム大阪", "FAC")),
    ("ファンは京セラ大阪ドームの前に列を作った。", ("京セラ大阪ドーム", "FAC")),  # review: the third name
    ("首相は官邸の危機管理センターで被害の報告を受けた。", ("危機管理センター", "FAC")),
    ("羽越本線は大雪で終日運休した。", ("羽越本線", "FAC")),
])
def test_known_bodies_and_facilities(text, expected):
    got = mentions(run(text))
    assert expected in got, f"missing {expected}; got {got}"


@pytest.mark.parametrize("text, absent", [
    # a name glued into a longer katakana word is no mention of the short one
    ("東京メトロポリタンテレビジョンが番組を流した。", ("東京メトロ", "ORG")),
    # a common katakana word that only starts like a known name
    ("インプレッションの数が増えた。", ("インプレス", "ORG")),
    # 大丸 inside a longer kanji word is no store
    ("大丸太の梁が使われた。", ("大丸", "ORG")),
])
def test_known_names_inside_other_words(text, absent):
    got = mentions(run(text))
    assert absent not in got, f"unexpected {absent}; got {got}"


@pytest.mark.parametrize("text, first, second", [
    # a web edition shares the paper's row (GUIDELINES)
    ("西日本新聞の記事を九州ねっとが配信した。", "西日本新聞", "九州ねっと"),
    ("北海道新聞は社説を載せ、どうしんウェブにも掲げた。", "北海道新聞", "どうしんウェブ"),
    # review: なにわWeb is the Osaka web edition of 日刊スポーツ, Web埼玉 the web edition of 埼玉新聞 (gold keys)
    ("日刊スポーツは号外を配り、なにわWebにも速報を出した。", "日刊スポーツ", "なにわWeb"),
    ("埼玉新聞の連載はWeb埼玉でも読める。", "埼玉新聞", "Web埼玉"),
    # a stadium under its old and new names is one facility
    ("大阪ドームは京セラドーム大阪に名を改めた。", "大阪ドーム", "京セラドーム大阪"),
])
def test_other_names_share_the_row(text, first, second):
    art = run(text)
    k1, k2 = key_of(art, first), key_of(art, second)
    assert k1 is not None and k1 == k2, (k1, k2)


def test_historic_club_keeps_its_own_row():
    art = run("西鉄ライオンズと埼玉西武ライオンズは同じ球団の歴史に連なる。")
    k1, k2 = key_of(art, "西鉄ライオンズ"), key_of(art, "埼玉西武ライオンズ")
    assert k1 is not None and k2 is not None and k1 != k2
