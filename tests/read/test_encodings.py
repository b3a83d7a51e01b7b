"""The same article in every supported encoding decodes to the same text."""
from __future__ import annotations

import codecs

import pytest

from hodo.read import ReadError, read_path
from hodo.read.encoding import DecodeError, decode

ARTICLE = (
    "首相、来月に訪米へ 同盟強化を確認\n\n"
    "政府関係者によると、首相は来月上旬にワシントンを訪れ、大統領と会談する方向で調整している。"
    "会談では「地域の安定に向けた協力」を確認する見通しだ。\n"
    "外務省は１２日、日程を正式に発表した。全角記号（！）も含む\n"
)

ENCODINGS = [
    ("utf-8", ARTICLE.encode("utf-8")),
    ("utf-8-sig", codecs.BOM_UTF8 + ARTICLE.encode("utf-8")),
    ("cp932", ARTICLE.encode("cp932")),
    ("shift_jis", ARTICLE.encode("shift_jis")),
    ("euc-jp", ARTICLE.encode("euc_jp")),
    ("iso-2022-jp", ARTICLE.encode("iso2022_jp")),
    ("utf-16", ARTICLE.encode("utf-16")),
    ("utf-16-le", ARTICLE.encode("utf-16-le")),
    ("utf-16-be", ARTICLE.encode("utf-16-be")),
]


@pytest.mark.parametrize("name,data", ENCODINGS, ids=[n for n, _ in ENCODINGS])
def test_decode_same_text(name, data):
    text, enc = decode(data)
    assert text == ARTICLE


@pytest.mark.parametrize("name,data", ENCODINGS, ids=[n for n, _ in ENCODINGS])
def test_read_file_in_each_encoding(tmp_path, name, data):
    p = tmp_path / f"article-{name}.txt"
    p.write_bytes(data)
    (art,) = list(read_path(str(p)))
    assert not isinstance(art, ReadError), str(art)
    assert art.text == ARTICLE


def test_newlines_are_kept_so_offsets_hold(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    (art,) = list(read_path(str(p)))
    assert art.text == ARTICLE.replace("\n", "\r\n")


@pytest.mark.parametrize(
    "data,reason",
    [
        (bytes(range(256)) * 8, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\xff" * 300, "binary"),
        (b"\x80\x81\x82\xfe\xfd\xff\xa0" * 50, "undecodable"),
    ],
)
def test_decode_refuses_garbage(data, reason):
    with pytest.raises(DecodeError) as e:
        decode(data)
    assert reason in str(e.value)
