"""HTML pages: main text and metadata (title, date, URL, publisher) through trafilatura."""
from __future__ import annotations

import os

from ..model import Article
from .errors import ReadError
from .text import check_text, decode_file, read_bytes


def read_html(path: str, published: str | None = None) -> Article:
    import trafilatura

    raw = decode_file(path, read_bytes(path))
    try:
        doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, favor_precision=True)
    except Exception as e:  # trafilatura raises many kinds on broken markup
        raise ReadError(path, f"HTML extraction failed: {e}") from e
    if doc is None:
        raise ReadError(path, "no main text found in HTML")
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    text = get("text") or ""
    check_text(path, text)
    date = get("date")
    stem = os.path.splitext(os.path.basename(path))[0]
    return Article(
        text=text,
        id=stem,
        title=get("title"),
        published=published or (date[:10] if date else None),
        url=get("url"),
        publisher=get("sitename") or get("hostname"),
        source_file=path,
    )
