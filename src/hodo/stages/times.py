"""Times stage (placeholder until the times issue lands): finds nothing yet."""
from __future__ import annotations

from . import register

VERSION = "0.0"


@register("times", VERSION, produces=("times",))
def find_times(doc) -> None:
    doc.article.times = []
