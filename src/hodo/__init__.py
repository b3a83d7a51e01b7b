"""hodo (報道): reads Japanese news and writes down the world it describes."""
from __future__ import annotations

__version__ = "0.1.0"

from .model import Article, Block, Claim, Entity, Event, Quote, Sentence, Time  # noqa: E402
from .pipeline import AnalysisError, analyze, analyze_many  # noqa: E402

__all__ = [
    "Article", "Block", "Claim", "Entity", "Event", "Quote", "Sentence", "Time",
    "AnalysisError", "analyze", "analyze_many", "__version__",
]
