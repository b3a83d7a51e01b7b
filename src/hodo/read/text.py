"""Plain-text articles: the whole file is one article; its text is the decoded file."""
from __future__ import annotations

import os

from ..model import Article, content_id
from .encoding import DecodeError, decode
from .errors import MAX_FILE_BYTES, MAX_TEXT_CHARS, ReadError


def read_bytes(path: str) -> bytes:
    try:
        size = os.path.getsize(path)
    except OSError as e:
        raise ReadError(path, f"cannot read: {e.strerror}") from e
    if size == 0:
        raise ReadError(path, "empty file")
    if size > MAX_FILE_BYTES:
        raise ReadError(path, f"file too large: {size} bytes (limit {MAX_FILE_BYTES})")
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise ReadError(path, f"cannot read: {e.strerror}") from e


def decode_file(path: str, data: bytes) -> str:
    try:
        text, _enc = decode(data)
    except DecodeError as e:
        raise ReadError(path, str(e)) from e
    return text


def check_text(path: str, text: str, line: int | None = None) -> None:
    if not text.strip():
        raise ReadError(path, "no text", line)
    if len(text) > MAX_TEXT_CHARS:
        raise ReadError(path, f"article too long: {len(text)} characters (limit {MAX_TEXT_CHARS})", line)


def read_text(path: str, published: str | None = None) -> Article:
    text = decode_file(path, read_bytes(path))
    check_text(path, text)
    stem = os.path.splitext(os.path.basename(path))[0]
    return Article(text=text, id=stem or content_id(text), published=published, source_file=path)
