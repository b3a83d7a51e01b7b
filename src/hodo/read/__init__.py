"""Readers: one module per input kind. ``read_paths`` walks files and folders and yields
:class:`~hodo.model.Article` objects or :class:`ReadError` records, so one bad file never
stops a batch."""
from __future__ import annotations

from .errors import MAX_FILE_BYTES, MAX_TEXT_CHARS, ReadError
from .paths import KINDS, read_path, read_paths

__all__ = ["ReadError", "read_path", "read_paths", "KINDS", "MAX_FILE_BYTES", "MAX_TEXT_CHARS"]
