"""hodo's command line: thin Typer commands over the library."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from . import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="hodo (報道): reads Japanese news and writes down who did what to whom, when, where, "
    "and according to whom, with evidence offsets.",
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class TextOrJson(str, Enum):
    text = "text"
    json = "json"


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)")


@app.callback(invoke_without_command=True)
def _main(version: bool = typer.Option(False, "--version", help="Print the version and exit.")):
    if version:
        typer.echo(f"hodo {__version__}")
        raise typer.Exit()


@app.command()
def analyze(
    paths: list[Path] = typer.Argument(..., help="Files (.txt, .html, .jsonl) or folders (searched recursively)."),
    published: Optional[str] = typer.Option(
        None, "--published", callback=_check_date, help="Publication date (YYYY-MM-DD) for relative times."
    ),
    format: TextOrJson = typer.Option(TextOrJson.text, "--format", "-f", help="text: a readable summary; json: JSON Lines."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes (each loads the model once)."),
):
    """Analyse articles and print what they say: entities, times, quotes, claims, events."""
    from .pipeline import AnalysisError, analyze_many
    from .read import ReadError, read_paths
    from .render import render_article

    failures = 0
    done = 0

    def good():
        nonlocal failures
        for item in read_paths([str(p) for p in paths], published):
            if isinstance(item, ReadError):
                failures += 1
                err.print(f"[red]error[/red] {item}", highlight=False, markup=True)
                continue
            yield item

    for art in analyze_many(good(), n_process=workers):
        if isinstance(art, AnalysisError):
            failures += 1
            err.print(f"[red]error[/red] {art}", highlight=False)
            continue
        done += 1
        if format == TextOrJson.json:
            sys.stdout.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            render_article(out, art)
    if done == 0:
        err.print(f"nothing could be read ({failures} error{'s' if failures != 1 else ''})")
        raise typer.Exit(code=1)


@app.command("eval")
def eval_(
    gold: list[Path] = typer.Argument(..., help="Gold files (<id>.json, GUIDELINES.md format) or folders of them."),
    pred: Optional[Path] = typer.Option(
        None, "--pred", help="Score saved predictions: a folder of <id>.json files as `hodo analyze --format json` prints them, or one JSON Lines file of them."
    ),
    format: TextOrJson = typer.Option(TextOrJson.text, "--format", "-f", help="text: tables; json: one JSON object."),
    details: bool = typer.Option(False, "--details", "-d", help="List every miss, false alarm and wrong attribute."),
    task: Optional[list[str]] = typer.Option(
        None, "--task", help="With --details: only these tasks (entity, country, time, quote, claim, event); repeatable."
    ),
):
    """Score hodo (or saved predictions) against gold annotations: P/R/F1 per task."""
    from .evaluate import GoldError, evaluate, render_text

    try:
        report = evaluate(gold, pred_dir=pred)
    except (GoldError, RuntimeError) as e:
        err.print(f"[red]error[/red] {e}", highlight=False, markup=True)
        raise typer.Exit(code=2)
    if format == TextOrJson.json:
        d = report.to_dict(details=details)
        if task and details:
            d["details"] = [x for x in d["details"] if x["task"] in task]
        sys.stdout.write(json.dumps(d, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(render_text(report, details=details, tasks=task))


# ---------------------------------------------------------------- corpus store (issue 8)

class TableFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


_DB_HELP = "The corpus database (SQLite; env HODO_DB)."


def _open_db(db: Path):
    from .store import Store

    if not db.exists():
        err.print(f"[red]error[/red] no database at {db} (make one with `hodo ingest`)")
        raise typer.Exit(code=1)
    return Store(db)


def _names(actors: list) -> str:
    return ";".join(a.get("name") or "" for a in actors)


def _emit(rows: list, columns: list, fmt: "TableFormat", title: str) -> None:
    """rows: dicts; columns: (header, function of a row) for table and csv output."""
    if fmt == TableFormat.json:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    if fmt == TableFormat.csv:
        import csv

        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow([h for h, _ in columns])
        for r in rows:
            w.writerow(["" if (v := f(r)) is None else v for _, f in columns])
        return
    from rich.table import Table

    tab = Table(*[h for h, _ in columns], title=f"{title} ({len(rows)})", title_justify="left")
    for r in rows:
        tab.add_row(*["" if (v := f(r)) is None else str(v) for _, f in columns])
    # piped or redirected: a wide table rather than truncated cells
    (out if out.is_terminal else Console(soft_wrap=True, width=220)).print(tab)


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files (.txt, .html, .jsonl) or folders (searched recursively)."),
    db: Path = typer.Option(Path("hodo.db"), "--db", envvar="HODO_DB", help=_DB_HELP),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes (each loads the model once)."),
    published: Optional[str] = typer.Option(
        None, "--published", callback=_check_date, help="Publication date for inputs that carry none."
    ),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Read at most this many articles."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
):
    """Analyse a corpus into a database. Already stored articles are skipped before
    analysis, so an interrupted ingest resumes where it stopped."""
    from .ingest import ingest as run_ingest

    rep = run_ingest([str(p) for p in paths], db, workers=workers, published=published,
                     progress=err if progress else False, limit=limit)
    err.print(
        f"{db}: {rep.added} added, {rep.replaced} replaced, {rep.unchanged} already stored, "
        f"{rep.failed} failed in {rep.elapsed:.1f}s ({rep.rate:.2f} articles/s)", highlight=False)
    for f in rep.failures[:10]:
        where = f"{f['path']}:{f['line']}" if f["line"] else f["path"]
        err.print(f"[red]failed[/red] {where}: {f['reason']}", highlight=False)
    if len(rep.failures) > 10:
        err.print(f"… {len(rep.failures) - 10} more failures (hodo export --format csv: failures.csv)")
    if rep.interrupted:
        err.print("interrupted: run the same command again to resume")
        raise typer.Exit(code=130)
    if rep.inputs and rep.failed == rep.inputs:
        raise typer.Exit(code=1)


@app.command()
def events(
    actor: Optional[str] = typer.Option(None, "--actor", help="Source actor: a name (ja/en), QID or ISO code."),
    target: Optional[str] = typer.Option(None, "--target", help="Target actor."),
    involving: Optional[str] = typer.Option(None, "--involving", help="An actor in either role."),
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER type(s), comma separated."),
    since: Optional[str] = typer.Option(None, "--since", callback=_check_date, help="From this date (inclusive)."),
    until: Optional[str] = typer.Option(None, "--until", callback=_check_date, help="Up to this date (inclusive)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1),
    db: Path = typer.Option(Path("hodo.db"), "--db", envvar="HODO_DB", help=_DB_HELP),
    format: TableFormat = typer.Option(TableFormat.table, "--format", "-f"),
):
    """Events across the corpus (one row per real-world event, however many articles report it)."""
    with _open_db(db) as st:
        rows = st.events(actor=actor, target=target, type=type, since=since, until=until,
                         involving=involving, limit=limit)
    _emit(rows, [
        ("id", lambda r: r["id"]), ("date", lambda r: r["date"] or r["ref_date"]), ("type", lambda r: r["type"]),
        ("source", lambda r: _names(r["source"])), ("target", lambda r: _names(r["target"])),
        ("cameo", lambda r: r["cameo"]), ("goldstein", lambda r: r["goldstein"]), ("quad", lambda r: r["quad"]),
        ("place", lambda r: r["place"]), ("mentions", lambda r: r["num_mentions"]),
        ("articles", lambda r: r["num_articles"]),
        ("trigger", lambda r: r["mentions"][0]["trigger_text"] if r["mentions"] else None),
        ("article", lambda r: (r["mentions"][0]["external_id"] or r["mentions"][0]["article_id"])
         if r["mentions"] else None),
    ], format, "events")


@app.command()
def quotes(
    speaker: Optional[str] = typer.Option(None, "--speaker", help="A name (ja/en), QID or ISO code."),
    search: Optional[str] = typer.Option(None, "--search", help="Words the quote holds (all of them)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1),
    db: Path = typer.Option(Path("hodo.db"), "--db", envvar="HODO_DB", help=_DB_HELP),
    format: TableFormat = typer.Option(TableFormat.table, "--format", "-f"),
):
    """Quotes across the corpus, with their speakers."""
    with _open_db(db) as st:
        rows = st.quotes(speaker=speaker, search=search, limit=limit)
    _emit(rows, [
        ("published", lambda r: r["published"]), ("speaker", lambda r: r["speaker_name"] or r["speaker"]),
        ("kind", lambda r: r["kind"]), ("quote", lambda r: r["text"]), ("cue", lambda r: r["cue"]),
        ("article", lambda r: r["external_id"] or r["article_id"]),
    ], format, "quotes")


@app.command()
def actors(
    search: Optional[str] = typer.Option(None, "--search", help="A name (ja/en), QID, ISO code or part of a name."),
    limit: Optional[int] = typer.Option(100, "--limit", min=1),
    db: Path = typer.Option(Path("hodo.db"), "--db", envvar="HODO_DB", help=_DB_HELP),
    format: TableFormat = typer.Option(TableFormat.table, "--format", "-f"),
):
    """Canonical actors (merged across articles), most mentioned first."""
    with _open_db(db) as st:
        rows = st.actors(search=search, limit=limit)
    _emit(rows, [
        ("id", lambda r: r["id"]), ("type", lambda r: r["type"]), ("name", lambda r: r["name"]),
        ("name_en", lambda r: r["name_en"]), ("wikidata", lambda r: r["wikidata"]),
        ("country", lambda r: r["country"]), ("articles", lambda r: r["articles"]),
        ("mentions", lambda r: r["mentions"]), ("events", lambda r: r["events"]), ("quotes", lambda r: r["quotes"]),
    ], format, "actors")


@app.command()
def relations(
    a: str = typer.Argument(..., help="First actor: a name (ja/en), QID or ISO code."),
    b: str = typer.Argument(..., help="Second actor."),
    since: Optional[str] = typer.Option(None, "--since", callback=_check_date),
    until: Optional[str] = typer.Option(None, "--until", callback=_check_date),
    db: Path = typer.Option(Path("hodo.db"), "--db", envvar="HODO_DB", help=_DB_HELP),
    format: TableFormat = typer.Option(TableFormat.table, "--format", "-f"),
):
    """Events between two actors per month: counts per quad class and a
    cooperation–conflict score (mean Goldstein, -10 … +10)."""
    with _open_db(db) as st:
        rel = st.relations(a, b, since=since, until=until)
    for who, ids in ((a, rel["a_actors"]), (b, rel["b_actors"])):
        if not ids:
            err.print(f"[yellow]no actor matches {who!r}[/yellow]")
    if format == TableFormat.json:
        sys.stdout.write(json.dumps(rel, ensure_ascii=False) + "\n")
        return
    rows = rel["months"] + ([rel["total"]] if rel["months"] else [])
    _emit(rows, [
        ("month", lambda r: r["month"]), ("events", lambda r: r["events"]),
        (f"{a}→{b}", lambda r: r["a_to_b"]), (f"{b}→{a}", lambda r: r["b_to_a"]), ("joint", lambda r: r["joint"]),
        ("verbal coop", lambda r: r["q1"]), ("material coop", lambda r: r["q2"]),
        ("verbal conflict", lambda r: r["q3"]), ("material conflict", lambda r: r["q4"]),
        ("score", lambda r: r["goldstein_mean"]),
    ], format, f"relations {a} – {b}")


@app.command()
def search(
    words: list[str] = typer.Argument(..., help="Words the article holds (all of them)."),
    limit: Optional[int] = typer.Option(50, "--limit", min=1),
    db: Path = typer.Option(Path("hodo.db"), "--db", envvar="HODO_DB", help=_DB_HELP),
    format: TableFormat = typer.Option(TableFormat.table, "--format", "-f"),
):
    """Full-text search over the stored articles (Japanese: trigram index)."""
    with _open_db(db) as st:
        rows = st.search(" ".join(words), limit=limit)
    _emit(rows, [
        ("article", lambda r: r["external_id"] or r["id"]), ("published", lambda r: r["published"]),
        ("title", lambda r: r["title"]), ("hits", lambda r: r["hits"]), ("snippet", lambda r: r["snippet"]),
    ], format, "articles")


@app.command("export")
def export_(
    out_path: Path = typer.Argument(..., metavar="OUT", help="A file (jsonl, gdelt) or a folder (csv, parquet)."),
    format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f"),
    db: Path = typer.Option(Path("hodo.db"), "--db", envvar="HODO_DB", help=_DB_HELP),
):
    """Export the database: jsonl (articles), csv/parquet (one file per table), gdelt (events)."""
    from .export import export as run_export

    with _open_db(db) as st:
        n = run_export(st, format.value, out_path)
    err.print(f"{out_path}: {n} rows ({format.value})", highlight=False)


@app.command()
def serve(
    db: Path = typer.Option(Path("hodo.db"), "--db", help="Database made by `hodo ingest`."),
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
):
    """Serve a read-only web page and JSON API over a corpus database."""
    from .web import make_server

    try:
        srv = make_server(db, host, port)
    except (FileNotFoundError, OSError) as e:
        err.print(f"[red]error[/red] {e}")
        raise typer.Exit(code=1)
    out.print(f"hodo: serving {db} on http://{host}:{srv.server_address[1]}/ (Ctrl-C to stop)")
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        srv.server_close()


def main() -> None:  # console script
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
