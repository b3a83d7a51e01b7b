"""Batch ingest: read a corpus, analyse what is new, store each article in one transaction.

``ingest(paths, db)`` is safe to interrupt at any moment (Ctrl-C, kill -9): every article
commits whole or not at all, and a new run skips every article whose content hash is
already stored *before* analysing it, so it resumes where the last one stopped with
nothing lost and nothing doubled. Read and analysis failures are stored per input (file,
or file and line) in the ``failures`` table with their reason; a later success of the
same input clears its failure.

Analysis runs through :func:`hodo.pipeline.analyze_many` (``workers > 1``: a pool of
processes, the model loaded once per process); all writes happen in the calling process.
"""
from __future__ import annotations

import collections
import itertools
import re
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .model import Article, content_id
from .store import Store, _path_line

#: seconds to wait after each stored article (tests of interrupted runs only)
_PAUSE_ENV = "HODO_INGEST_PAUSE"


@dataclass
class IngestReport:
    inputs: int = 0  # articles and unreadable inputs seen
    added: int = 0
    replaced: int = 0
    unchanged: int = 0  # already stored (skipped before analysis) or stored twice in this run
    failed: int = 0
    elapsed: float = 0.0
    interrupted: bool = False
    failures: list[dict] = field(default_factory=list)

    @property
    def analysed(self) -> int:
        return self.added + self.replaced + self.failed

    @property
    def rate(self) -> float:
        """Articles analysed and stored per second (skipped ones not counted)."""
        return (self.added + self.replaced) / self.elapsed if self.elapsed > 0 else 0.0

    def to_dict(self) -> dict:
        d = asdict(self)
        d["rate"] = round(self.rate, 3)
        return d



def external_id_of(art: Article) -> str | None:
    """The input's own identity: a JSON Lines record's ``id``; for a .txt/.html file its
    path (not its stem: two files of the same name in different folders are two articles)."""
    src = art.source_file
    if src and not re.search(r":\d+$", src):
        return os.path.abspath(src)
    if art.id and art.id != content_id(art.text, art.title):
        return art.id
    return None

def count_inputs(paths: Iterable[str]) -> int:
    """How many articles the inputs hold (non-blank lines of JSON Lines files, one per
    other file); cheap, for the progress bar."""
    from .read.paths import KINDS, _walk

    n = 0
    for p in paths:
        files = list(_walk(p)) if os.path.isdir(p) else [p]
        for f in files:
            kind = KINDS.get(os.path.splitext(f)[1].lower())
            if kind == "jsonl":
                try:
                    with open(f, "rb") as fh:
                        n += sum(1 for line in fh if line.strip()) or 1
                except OSError:
                    n += 1
            else:
                n += 1
    return n


class _Probe:
    """Looks up stored content hashes on its own connection (it runs in whichever thread
    feeds the analysis, e.g. the pool's task thread), seeing committed articles only."""

    def __init__(self, store: Store):
        self.store = store
        self.conn: sqlite3.Connection | None = None

    def has(self, aid: str) -> bool:
        if self.store.path == ":memory:":
            return self.store.has_article(aid)
        if self.conn is None:
            self.conn = sqlite3.connect(self.store.path, timeout=30, check_same_thread=False)
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone() is not None

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


def ingest(
    paths: Iterable[str | Path] | None = None,
    db: str | Path | Store = "hodo.db",
    *,
    workers: int = 1,
    stages: tuple[str, ...] | None = None,
    published: str | None = None,
    progress: bool | object = False,
    batch_size: int = 16,
    articles: Iterable | None = None,
    analyzer: Callable | None = None,
    limit: int | None = None,
) -> IngestReport:
    """Analyse the articles of ``paths`` (files or folders, as ``hodo analyze`` reads them)
    or the ``articles`` given (Article objects, or ReadError records) into ``db``.

    ``progress``: False, True (a Rich progress bar on stderr) or a Rich Console.
    ``analyzer``: replaces :func:`hodo.pipeline.analyze_many` (same signature), for
    tests and custom pipelines. ``limit``: stop after that many inputs.
    """
    from .read import ReadError, read_paths

    store = db if isinstance(db, Store) else Store(db)
    own_store = not isinstance(db, Store)
    if analyzer is None:
        from .pipeline import analyze_many as analyzer  # noqa: N806
    paths = [str(p) for p in (paths or [])]
    rep = IngestReport()
    pause = float(os.environ.get(_PAUSE_ENV, "0") or 0)
    events: collections.deque = collections.deque()  # (kind, payload) from the feeding thread
    probe = _Probe(store)
    seen: set[str] = set()

    source = articles if articles is not None else read_paths(paths, published)
    total = None
    if articles is None:
        total = count_inputs(paths)
    elif hasattr(articles, "__len__"):
        total = len(articles)  # type: ignore[arg-type]
    if limit is not None and total is not None:
        total = min(total, limit)

    # with a pool, the pool's thread pulls inputs as fast as it can: keep at most
    # ``window`` articles in flight so that memory does not grow with the corpus
    window = threading.Semaphore(max(64, 8 * workers)) if workers > 1 else None
    stop = threading.Event()

    def feed() -> Iterator[Article]:
        n = 0
        for item in source:
            if limit is not None and n >= limit:
                break
            n += 1
            if isinstance(item, ReadError):
                events.append(("read_error", item))
                continue
            if not isinstance(item, Article):
                events.append(("read_error", ReadError(str(item)[:80], f"not an article: {type(item).__name__}")))
                continue
            aid = content_id(item.text, item.title)
            if aid in seen or probe.has(aid):
                events.append(("skip", item))
                continue
            seen.add(aid)
            if window is not None:
                while not window.acquire(timeout=0.2):
                    if stop.is_set():
                        return
            if stop.is_set():
                return
            yield item

    bar = _Bar(progress, total)
    t0 = time.perf_counter()
    results: Iterable = ()

    def drain() -> None:
        while events:
            kind, item = events.popleft()
            rep.inputs += 1
            if kind == "skip":
                rep.unchanged += 1
                ext = external_id_of(item)
                if ext:
                    # the same content under a new external id: remember the id if free
                    store.set_external_id(content_id(item.text, item.title), ext)
                bar.skip()
            else:
                rep.failed += 1
                store.record_failure(item.path, item.reason, item.line, kind="read")
                bar.advance(failed=True)

    try:
        with bar:
            kw = {"n_process": workers, "stages": stages}
            if batch_size:
                kw["batch_size"] = batch_size
            todo = feed()
            first = next(todo, None)  # nothing new: do not even load the model
            results = analyzer(itertools.chain([first], todo), **kw) if first is not None else ()
            for res in results:
                if window is not None:
                    window.release()
                drain()
                rep.inputs += 1
                if isinstance(res, Article):
                    try:
                        status = store.put_article(res, external_id_of(res))
                    except sqlite3.Error as e:  # pragma: no cover - disk full, locked …
                        rep.failed += 1
                        _fail(store, res.source_file or res.id, f"store: {type(e).__name__}: {e}", "store", res.id)
                        bar.advance(failed=True)
                        continue
                    setattr(rep, status, getattr(rep, status) + 1)
                    bar.advance()
                else:  # AnalysisError
                    rep.failed += 1
                    _fail(store, getattr(res, "source_file", None) or getattr(res, "id", "?"),
                          getattr(res, "reason", str(res)), "analyse", getattr(res, "id", None))
                    bar.advance(failed=True)
                if pause:
                    time.sleep(pause)
            drain()
    except KeyboardInterrupt:
        rep.interrupted = True
    finally:
        stop.set()
        close = getattr(results, "close", None)
        if close is not None:
            try:
                close()  # ends the pool (and its feeding thread) before the probe goes
            except Exception:  # pragma: no cover
                pass
        rep.elapsed = time.perf_counter() - t0
        probe.close()
        rep.failures = store.failures()
        if own_store:
            store.close()
    return rep


def _fail(store: Store, where: str, reason: str, kind: str, ext: str | None) -> None:
    path, line = _path_line(where)
    store.record_failure(path, reason, line, kind=kind, external_id=ext)


class _Bar:
    """Rich progress: articles done/total, articles/s, elapsed, ETA, failures."""

    def __init__(self, progress, total: int | None):
        self.p = None
        self.total = total
        self.failures = 0
        if not progress:
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task):
                speed = task.completed / task.elapsed if task.elapsed and task.completed else None
                return Text(f"{speed:5.2f} art/s" if speed else "  ?   art/s", style="progress.data.speed")

        console = progress if not isinstance(progress, bool) else Console(stderr=True)
        self.p = Progress(
            TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), Rate(),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            TextColumn("[red]{task.fields[failures]} failed"), TextColumn("{task.fields[skipped]} skipped"),
            console=console,
        )
        self.task = self.p.add_task("ingest", total=total, failures=0, skipped=0)
        self.skipped = 0

    def __enter__(self):
        if self.p:
            self.p.__enter__()
        return self

    def __exit__(self, *exc):
        if self.p:
            self.p.__exit__(*exc)

    def advance(self, failed: bool = False) -> None:
        if failed:
            self.failures += 1
        if self.p:
            self.p.update(self.task, advance=1, failures=self.failures)

    def skip(self) -> None:
        # a skipped article costs nothing: take it off the total so rate and ETA stay true
        if self.p:
            self.skipped += 1
            t = self.p.tasks[0].total
            self.p.update(self.task, total=(t - 1) if t else t, skipped=self.skipped)
