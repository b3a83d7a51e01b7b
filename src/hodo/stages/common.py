"""Look-ups shared by stages: which entity a span refers to.

The entities stage fills ``doc.article.entities`` and may leave anaphoric and group
references in ``doc.extras["refs"]``: a list of dicts ``{"start", "end", "text",
"keys": [entity keys]}`` for 両首脳, 3首脳, 両国, 同氏, 同国, 同紙 … (these are not entity
mentions themselves, but they name actors).
"""
from __future__ import annotations

import bisect

#: name endings of bodies that are no company (同社 / 両社 never stand for 経済産業省, 東京地検, 民主党):
#: read by the entities stage for its references and by the events stage for 両社
NOT_FIRM_ENDS = ("政府", "軍", "省", "庁", "党", "委員会", "当局", "議会", "機構", "連合", "理事会", "裁判所", "警察")


def _mention_index(doc):
    idx = doc.extras.get("_mention_index")
    ents = doc.article.entities
    sig = (len(ents), sum(len(e.mentions) for e in ents))
    if idx is None or idx[0] != sig:
        rows = sorted((m[0], m[1], e.key) for e in ents for m in e.mentions)
        idx = (sig, rows, [r[0] for r in rows])
        doc.extras["_mention_index"] = idx
    return idx[1], idx[2]


def mentions_in(doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """Entity mentions (start, end, key) inside [start, end), in text order."""
    rows, starts = _mention_index(doc)
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(rows) and rows[i][0] < end:
        if rows[i][1] <= end:
            out.append(rows[i])
        i += 1
    return out


def entity_at(doc, start: int, end: int) -> str | None:
    """Key of the entity with a mention overlapping [start, end) (the longest one)."""
    rows, starts = _mention_index(doc)
    i = bisect.bisect_left(starts, start)
    best = None
    for j in range(max(0, i - 8), min(len(rows), i + 8)):
        s, e, k = rows[j]
        if s < end and start < e:
            if best is None or (e - s) > (best[1] - best[0]):
                best = (s, e, k)
    return best[2] if best else None


def refs_at(doc, start: int, end: int) -> list[str]:
    """Entity keys of a group/anaphoric reference overlapping [start, end), else []."""
    for r in doc.extras.get("refs", ()):
        if r["start"] < end and start < r["end"]:
            return list(r["keys"])
    return []


def actors_at(doc, start: int, end: int) -> list[str]:
    """Entity keys named by [start, end): a reference's list, else the mention's key."""
    keys = refs_at(doc, start, end)
    if keys:
        return keys
    k = entity_at(doc, start, end)
    return [k] if k else []


def entity_by_key(doc, key: str):
    """The article's entity with ``key``, or None."""
    return next((e for e in doc.article.entities if e.key == key), None)


def entity_type(doc, key: str) -> str | None:
    e = entity_by_key(doc, key)
    return e.type if e is not None else None
