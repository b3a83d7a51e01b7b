"""Plain records of an analysis.

The JSON shape of :class:`Article` is the gold shape of ``shared/gold/GUIDELINES.md``:
every offset is a Python string index into ``Article.text`` and ``text[start:end]`` is
the surface string. Extra fields (titles, links, modality, stage names) are added
beside the gold keys and never change them.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, ClassVar

Span = tuple[int, int]


class Record:
    """Mixin: ``to_dict`` drops ``None`` optional extras, ``from_dict`` ignores unknown keys."""

    _always: ClassVar[tuple[str, ...]] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            v = getattr(self, f.name)
            if v is None and f.name not in self._always:
                continue
            if isinstance(v, tuple):
                v = list(v)
            if isinstance(v, list):
                v = [list(x) if isinstance(x, tuple) else x for x in v]
            out[f.name] = v
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]):
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kw = {k: v for k, v in d.items() if k in names}
        return cls(**kw)


@dataclass
class Block(Record):
    """A structural part of the article: title, heading, paragraph, caption, credit,
    byline, source (citation), related (related-article headline)."""

    kind: str
    start: int
    end: int


@dataclass
class Sentence(Record):
    start: int
    end: int
    block: int = 0  # index into Article.blocks


@dataclass
class Entity(Record):
    """One real-world referent and all its mentions in the article."""

    key: str
    type: str  # PERSON GPE LOC ORG FAC
    name: str
    mentions: list[Span] = field(default_factory=list)
    country: str | None = None
    name_en: str | None = None
    wikidata: str | None = None
    sector: str | None = None
    iso3166_2: str | None = None
    #: per mention: the title or honorific that followed it (大統領, 氏 …) or None
    titles: list[str | None] | None = None
    #: where the link came from (e.g. "hodo:actors.tsv", "pycountry")
    link_source: str | None = None
    stage: str | None = None
    _always: ClassVar[tuple[str, ...]] = ("country",)


@dataclass
class Time(Record):
    start: int
    end: int
    text: str
    type: str  # DATE TIME DURATION SET
    value: str
    mod: str | None = None
    #: the reference the value was resolved against ("published", "anchor:<start>", "absolute")
    anchor: str | None = None
    stage: str | None = None


@dataclass
class Quote(Record):
    start: int
    end: int
    kind: str  # direct indirect mixed
    speaker: str | None = None
    #: group speakers (両首脳 → both leaders); speaker is then the first of them
    speakers: list[str] | None = None
    addressee: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    speaker_span: Span | None = None
    attributed_to: str | None = None
    date: str | None = None
    stage: str | None = None
    _always: ClassVar[tuple[str, ...]] = ("speaker",)


@dataclass
class Claim(Record):
    start: int
    end: int
    source: str | None = None
    source_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    stage: str | None = None
    _always: ClassVar[tuple[str, ...]] = ("source",)


@dataclass
class Event(Record):
    type: str
    trigger: Span
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    date: str | None = None
    negated: bool = False
    #: asserted, denied, hypothetical, future
    modality: str | None = None
    place: str | None = None
    mode: str | None = None
    cameo: str | None = None
    goldstein: float | None = None
    quad: str | None = None
    sentence: Span | None = None
    attributed_to: str | None = None
    speaker: str | None = None
    confidence: float | None = None
    stage: str | None = None
    _always: ClassVar[tuple[str, ...]] = ("date",)


LISTS: dict[str, type[Record]] = {
    "blocks": Block,
    "sentences": Sentence,
    "entities": Entity,
    "times": Time,
    "quotes": Quote,
    "claims": Claim,
    "events": Event,
}


def content_id(text: str, title: str | None = None) -> str:
    """Content-hash id: the same article always gets the same id."""
    h = hashlib.sha256()
    h.update((title or "").encode("utf-8"))
    h.update(b"\x00")
    h.update(text.encode("utf-8"))
    return "h" + h.hexdigest()[:16]


@dataclass
class Article:
    text: str
    id: str = ""
    title: str | None = None
    published: str | None = None
    published_inferred: bool = False
    url: str | None = None
    publisher: str | None = None
    source_file: str | None = None
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: stage name -> version, for every stage that ran
    stages: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text, self.title)

    @property
    def content_hash(self) -> str:
        return content_id(self.text, self.title)

    def entity(self, key: str) -> Entity | None:
        for e in self.entities:
            if e.key == key:
                return e
        return None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "published_inferred": self.published_inferred,
            "url": self.url,
            "publisher": self.publisher,
            "text": self.text,
        }
        if self.source_file:
            d["source_file"] = self.source_file
        for name in LISTS:
            d[name] = [r.to_dict() for r in getattr(self, name)]
        d["stages"] = dict(self.stages)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        kw: dict[str, Any] = {
            k: d.get(k)
            for k in ("id", "title", "published", "url", "publisher", "source_file")
        }
        kw["id"] = kw["id"] or ""
        kw["published_inferred"] = bool(d.get("published_inferred", False))
        kw["stages"] = dict(d.get("stages") or {})
        art = cls(text=d["text"], **kw)
        for name, rec in LISTS.items():
            items = []
            for x in d.get(name) or []:
                r = rec.from_dict(x)
                if isinstance(r, Entity):
                    r.mentions = [tuple(m) for m in r.mentions]  # type: ignore[misc]
                if isinstance(r, Event):
                    r.trigger = tuple(r.trigger)  # type: ignore[assignment]
                items.append(r)
            setattr(art, name, items)
        return art

    def spans(self):
        """Every (kind, start, end) span the analysis holds, for contract checks."""
        for b in self.blocks:
            yield "block", b.start, b.end
        for s in self.sentences:
            yield "sentence", s.start, s.end
        for e in self.entities:
            for m in e.mentions:
                yield "entity", m[0], m[1]
        for t in self.times:
            yield "time", t.start, t.end
        for q in self.quotes:
            yield "quote", q.start, q.end
        for c in self.claims:
            yield "claim", c.start, c.end
        for ev in self.events:
            yield "event", ev.trigger[0], ev.trigger[1]
