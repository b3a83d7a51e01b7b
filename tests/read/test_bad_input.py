"""Bad input: one clear line naming the file (and line) and the reason; the rest go on."""
from __future__ import annotations

import json

from hodo.read import MAX_FILE_BYTES, ReadError, read_paths

GOOD = "政府は12日、新たな経済対策を発表した。"


def _read(paths):
    items = list(read_paths([str(p) for p in paths]))
    return [i for i in items if not isinstance(i, ReadError)], [i for i in items if isinstance(i, ReadError)]


def test_empty_binary_huge_and_good_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "huge.txt").write_bytes(b"a" * (MAX_FILE_BYTES + 1))
    (tmp_path / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored: unknown kinds inside folders are skipped", encoding="utf-8")
    good, errors = _read([tmp_path])
    assert [a.text for a in good] == [GOOD]
    reasons = {e.path.rsplit("/", 1)[-1]: e.reason for e in errors}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["image.txt"]
    assert "too large" in reasons["huge.txt"] and str(MAX_FILE_BYTES) in reasons["huge.txt"]
    assert reasons["blank.txt"] == "no text"
    for e in errors:
        line = str(e)
        assert "\n" not in line and e.path in line


def test_broken_jsonl_lines_do_not_stop_the_file(tmp_path):
    p = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "title": "t", "text": GOOD}, ensure_ascii=False),
        '{"id": "b", "text": "途中で切れた',
        json.dumps({"id": "c"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "d", "text": GOOD, "published": "yesterday"}, ensure_ascii=False),
        "",
        json.dumps({"id": "e", "text": GOOD, "published": "2024-05-01"}, ensure_ascii=False),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good, errors = _read([p])
    assert [a.id for a in good] == ["a", "e"]
    assert good[1].published == "2024-05-01"
    by_line = {e.line: e.reason for e in errors}
    assert set(by_line) == {2, 3, 4, 5}
    assert by_line[2].startswith("broken JSON")
    assert "text" in by_line[3]
    assert "object" in by_line[4]
    assert "published" in by_line[5]
    assert str(errors[0]).startswith(f"{p}:2: ")


def test_missing_path_and_unknown_kind(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    good, errors = _read([tmp_path / "nope.txt", tmp_path / "a.pdf"])
    assert not good
    assert [e.reason for e in errors] == ["no such file or folder", "unknown file kind (expected .txt, .html or .jsonl)"]


def test_html_reader_takes_main_text_and_metadata(tmp_path):
    body = "".join(f"<p>{GOOD}担当者は「対策を急ぐ」と述べた。第{i}段落の本文である。</p>" for i in range(6))
    html = (
        "<html><head><title>経済対策を発表 - 例示新聞</title>"
        '<meta property="og:site_name" content="例示新聞">'
        '<meta property="article:published_time" content="2024-05-01T09:00:00+09:00">'
        '<link rel="canonical" href="https://news.example.jp/a/1"></head>'
        f"<body><nav>メニュー ホーム 政治 経済</nav><article><h1>経済対策を発表</h1>{body}</article>"
        "<footer>著作権 例示新聞</footer></body></html>"
    )
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    good, errors = _read([p])
    assert not errors
    (art,) = good
    assert GOOD in art.text and "メニュー" not in art.text
    assert art.published == "2024-05-01"
    assert art.url == "https://news.example.jp/a/1"
    assert art.title and "経済対策" in art.title
