from __future__ import annotations

from dataclasses import dataclass

#: Largest .txt/.html file read (bytes). A .jsonl file may be any size; each line is one article.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Largest article text analysed (characters). Longer texts are refused, not cut.
MAX_TEXT_CHARS = 500_000


@dataclass
class ReadError(Exception):
    """A file (or one line of it) that could not be read. ``str()`` is one line."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"

    def to_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "reason": self.reason}
