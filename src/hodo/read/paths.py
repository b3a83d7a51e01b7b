from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from ..model import Article
from .errors import ReadError
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text

#: file suffix -> kind
KINDS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def read_path(path: str, published: str | None = None) -> Iterator[Article | ReadError]:
    """Read one file of a known kind."""
    kind = KINDS.get(os.path.splitext(path)[1].lower())
    if kind is None:
        yield ReadError(path, "unknown file kind (expected .txt, .html or .jsonl)")
        return
    try:
        if kind == "jsonl":
            yield from read_jsonl(path, published)
        elif kind == "html":
            yield read_html(path, published)
        else:
            yield read_text(path, published)
    except ReadError as e:
        yield e


def _walk(path: str) -> Iterator[str]:
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            if os.path.splitext(name)[1].lower() in KINDS:
                yield os.path.join(root, name)


def read_paths(paths: Iterable[str], published: str | None = None) -> Iterator[Article | ReadError]:
    """Files and folders (recursive, known kinds only, in name order)."""
    for p in paths:
        if os.path.isdir(p):
            for f in _walk(p):
                yield from read_path(f, published)
        elif os.path.exists(p):
            yield from read_path(p, published)
        else:
            yield ReadError(p, "no such file or folder")
