"""Readable text summary of an analysis (Rich)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .model import Article


def _snip(s: str, n: int = 60) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def render_article(console: Console, art: Article) -> None:
    t = art.text
    pub = art.published or "unknown"
    if art.published and art.published_inferred:
        pub += " (inferred)"
    console.rule(f"[bold]{art.title or art.id}[/bold]")
    console.print(f"id {art.id}   published {pub}   {len(t)} characters   "
                  f"{len(art.blocks)} blocks   {len(art.sentences)} sentences", highlight=False)
    kinds: dict[str, int] = {}
    for b in art.blocks:
        kinds[b.kind] = kinds.get(b.kind, 0) + 1
    console.print("blocks: " + ", ".join(f"{k} {v}" for k, v in kinds.items()), highlight=False)
    names = {e.key: e.name for e in art.entities}

    if art.entities:
        tab = Table("type", "name", "key", "country", "wikidata", "mentions", title="entities", title_justify="left")
        for e in sorted(art.entities, key=lambda e: -len(e.mentions)):
            tab.add_row(e.type, e.name, e.key, e.country or "", e.wikidata or "", str(len(e.mentions)))
        console.print(tab)
    if art.times:
        tab = Table("text", "type", "value", "at", title="times", title_justify="left")
        for x in art.times:
            tab.add_row(x.text, x.type, x.value + (f" ({x.mod})" if x.mod else ""), f"{x.start}-{x.end}")
        console.print(tab)
    if art.quotes:
        tab = Table("speaker", "kind", "quote", "cue", title="quotes", title_justify="left")
        for q in art.quotes:
            who = ", ".join(names.get(k, k) for k in (q.speakers or ([q.speaker] if q.speaker else []))) or "?"
            tab.add_row(who, q.kind, _snip(t[q.start:q.end]), q.cue or "")
        console.print(tab)
    if art.claims:
        tab = Table("source", "claim", title="claims", title_justify="left")
        for c in art.claims:
            tab.add_row(names.get(c.source, c.source or "?"), _snip(t[c.start:c.end], 70))
        console.print(tab)
    if art.events:
        tab = Table("type", "trigger", "source", "target", "date", "modality", title="events", title_justify="left")
        for ev in art.events:
            tab.add_row(
                ev.type,
                t[ev.trigger[0]:ev.trigger[1]],
                ", ".join(names.get(k, k) for k in ev.source),
                ", ".join(names.get(k, k) for k in ev.target),
                ev.date or "",
                ("negated " if ev.negated else "") + (ev.modality or ""),
            )
        console.print(tab)
