"""JSON Lines: one article a line with ``text`` and optional ``id``, ``title``,
``published`` (ISO date), ``url``, ``publisher``. A broken line is one error; the rest go on."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from ..model import Article
from .encoding import DecodeError, decode
from .errors import ReadError
from .text import check_text


def _date(value, path: str, line: int) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError as e:
        raise ReadError(path, f"bad 'published' date {value!r}", line) from e


def parse_record(obj, path: str, line: int, published: str | None = None) -> Article:
    if not isinstance(obj, dict):
        raise ReadError(path, "not a JSON object", line)
    text = obj.get("text")
    if not isinstance(text, str):
        raise ReadError(path, "missing 'text' string", line)
    check_text(path, text, line)
    title = obj.get("title")
    if title is not None and not isinstance(title, str):
        raise ReadError(path, "'title' is not a string", line)
    pub = _date(obj.get("published"), path, line) or published
    return Article(
        text=text,
        id=str(obj.get("id") or ""),
        title=title,
        published=pub,
        url=obj.get("url"),
        publisher=obj.get("publisher"),
        source_file=f"{path}:{line}",
    )


def read_jsonl(path: str, published: str | None = None) -> Iterator[Article | ReadError]:
    """Yield an Article or a ReadError for every non-blank line."""
    try:
        f = open(path, "rb")
    except OSError as e:
        yield ReadError(path, f"cannot read: {e.strerror}")
        return
    with f:
        any_line = False
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            any_line = True
            try:
                try:
                    line, _ = decode(raw)
                except DecodeError as e:
                    raise ReadError(path, str(e), n) from e
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise ReadError(path, f"broken JSON: {e.msg} at column {e.colno}", n) from e
                yield parse_record(obj, path, n, published)
            except ReadError as e:
                yield e
        if not any_line:
            yield ReadError(path, "empty file")
