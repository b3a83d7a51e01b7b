"""Entities stage (baseline): GiNZA's named entities mapped onto hodo's five types.

This is the issue-2 baseline; the entities issue replaces it with hodo's own recognition,
coreference and linking.
"""
from __future__ import annotations

from ..model import Entity
from . import register

VERSION = "0.1"

#: GiNZA (Sekine's extended named entity hierarchy) label -> hodo type
GINZA_TYPES = {
    "Person": "PERSON",
    "Country": "GPE", "Province": "GPE", "City": "GPE", "County": "GPE", "GPE_Other": "GPE",
    "Location": "LOC", "Location_Other": "LOC", "Region_Other": "LOC", "Continental_Region": "LOC",
    "Domestic_Region": "LOC", "Geological_Region_Other": "LOC", "Mountain": "LOC", "Island": "LOC",
    "River": "LOC", "Lake": "LOC", "Sea": "LOC", "Bay": "LOC", "Astral_Body_Other": "LOC",
    "Organization": "ORG", "Organization_Other": "ORG", "International_Organization": "ORG",
    "Show_Organization": "ORG", "Family": "ORG", "Ethnic_Group_Other": None, "Sports_Organization": "ORG",
    "Pro_Sports_Organization": "ORG", "Corporation_Other": "ORG", "Company": "ORG", "Company_Group": "ORG",
    "Political_Organization": "ORG", "Political_Organization_Other": "ORG", "Government": "ORG",
    "Political_Party": "ORG", "Cabinet": "ORG", "Military": "ORG", "School": "ORG",
    "Research_Institute": "ORG", "Market": "ORG", "Public_Institution": "ORG",
    "Facility": "FAC", "Facility_Other": "FAC", "GOE": "FAC", "GOE_Other": "FAC", "Archaeological_Place_Other": "FAC",
    "Worship_Place": "FAC", "Amusement_Park": "FAC", "Sports_Facility": "FAC", "Theater": "FAC",
    "Park": "FAC", "Zoo": "FAC", "Museum": "FAC", "Airport": "FAC", "Station": "FAC", "Port": "FAC",
    "Car_Stop": "FAC", "Line_Other": "FAC", "Railroad": "FAC", "Road": "FAC", "Canal": "FAC",
    "Water_Route": "FAC", "Tunnel": "FAC", "Bridge": "FAC", "Castle": "FAC", "Tumulus": "FAC",
    "Monument": "FAC",
}


def _key(name: str, used: set[str]) -> str:
    k = name
    n = 2
    while k in used:
        k = f"{name}-{n}"
        n += 1
    used.add(k)
    return k


@register("entities", VERSION, produces=("entities",))
def find_entities(doc) -> None:
    """Mentions from GiNZA's NER, merged by identical surface form."""
    spans: list[tuple[int, int, str]] = []
    cur = None
    for t in doc.tokens:
        typ = GINZA_TYPES.get(t.ent_type) if t.ent_type else None
        if t.ent_iob == "B" or (t.ent_iob == "I" and cur is not None and cur[2] != typ) or typ is None:
            if cur is not None:
                spans.append(cur)
                cur = None
        if typ is None:
            continue
        if cur is None or t.ent_iob == "B" or t.start != cur[1]:
            if cur is not None:
                spans.append(cur)
            cur = (t.start, t.end, typ)
        else:
            cur = (cur[0], t.end, typ)
    if cur is not None:
        spans.append(cur)
    by_name: dict[tuple[str, str], Entity] = {}
    used: set[str] = set()
    for s, e, typ in spans:
        name = doc.text[s:e]
        ent = by_name.get((name, typ))
        if ent is None:
            ent = by_name[(name, typ)] = Entity(key=_key(name, used), type=typ, name=name)
        ent.mentions.append((s, e))
    doc.article.entities = list(by_name.values())


find_entities.needs_ner = True
