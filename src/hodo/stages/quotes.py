"""Quotes and claims stage (placeholder until the quotes issue lands): finds nothing yet."""
from __future__ import annotations

from . import register

VERSION = "0.0"


@register("quotes", VERSION, produces=("quotes", "claims"), requires=("entities",))
def find_quotes(doc) -> None:
    doc.article.quotes = []
    doc.article.claims = []
