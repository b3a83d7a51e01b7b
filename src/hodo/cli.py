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
    articles = []

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
        articles.append(art.id)
    if done == 0:
        err.print(f"nothing could be read ({failures} error{'s' if failures != 1 else ''})")
        raise typer.Exit(code=1)


@app.command("eval")
def eval_(
    gold: list[Path] = typer.Argument(..., help="Gold files (<id>.json, GUIDELINES.md format) or folders of them."),
    pred: Optional[Path] = typer.Option(
        None, "--pred", help="Score saved predictions: a folder of <id>.json files as `hodo analyze --format json` prints them."
    ),
    format: TextOrJson = typer.Option(TextOrJson.text, "--format", "-f", help="text: tables; json: one JSON object."),
    details: bool = typer.Option(False, "--details", "-d", help="List every miss, false alarm and wrong attribute."),
):
    """Score hodo (or saved predictions) against gold annotations: P/R/F1 per task."""
    from .evaluate import GoldError, evaluate, render_text

    try:
        report = evaluate(gold, pred_dir=pred)
    except GoldError as e:
        err.print(f"[red]error[/red] {e}", highlight=False, markup=True)
        raise typer.Exit(code=2)
    if format == TextOrJson.json:
        sys.stdout.write(json.dumps(report.to_dict(details=details), ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(render_text(report, details=details))


def main() -> None:  # console script
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
