"""Events stage (placeholder until the events issue lands): finds nothing yet."""
from __future__ import annotations

from . import register

VERSION = "0.0"


@register("events", VERSION, produces=("events",), requires=("entities", "times", "quotes"))
def find_events(doc) -> None:
    doc.article.events = []
