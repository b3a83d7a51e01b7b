"""Scoring hodo against gold annotations (``shared/gold/GUIDELINES.md``, "Scoring").

Public API:

* :func:`load_gold` reads and validates a gold file (raises :class:`GoldError` naming the
  file, the record and the reason);
* :func:`score` scores ``(gold dict, predicted dict)`` pairs and returns a :class:`Report`;
* :func:`evaluate` loads gold files (or folders of them), analyses each gold text with its
  ``published`` date -- or reads saved predictions from ``pred_dir`` -- and scores them;
* :func:`render_text` renders a report for people.

Matching rules (one-to-one greedy matching everywhere, micro-averaged over files):

* entity mentions: exact span and type ("typed"); exact span only ("span");
* coreference: pairwise over the typed-matched mentions: a pair of matched mentions is
  predicted-linked when both sit in the same predicted entity and gold-linked when both
  carry the same gold key;
* country: over gold entities with a ``country`` that have an aligned predicted entity;
* times: overlapping span, then ``value``;
* quotes: the predicted span covers at least half of the gold span, then ``speaker``;
* claims: overlapping span, then ``source``;
* events: same type with the trigger in the same sentence (hodo's own sentence splitter on
  the gold text), then the source set ("source") and both sets ("full").

Predicted keys are the predictor's own strings; speakers, sources and actors are compared
after mapping every predicted entity key to the gold key that most of its span-matched
mentions carry (see :func:`key_map`).
"""
from __future__ import annotations

import bisect
import datetime as dt
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, NamedTuple

ENTITY_TYPES = ("PERSON", "GPE", "LOC", "ORG", "FAC")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
QUOTE_KINDS = ("direct", "indirect", "mixed")
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

#: headline metrics, in report order: name -> (kind, description)
METRICS: dict[str, tuple[str, str]] = {
    "entity.typed": ("prf", "entity mentions, exact span and type"),
    "entity.span": ("prf", "entity mentions, exact span (type ignored)"),
    "entity.coref": ("prf", "coreference, mention pairs among matched mentions"),
    "entity.country": ("acc", "country code of aligned entities"),
    "time.span": ("prf", "times, overlapping span"),
    "time.value": ("prf", "times, overlapping span and equal value"),
    "quote.span": ("prf", "quotes, predicted span covers >= half of gold span"),
    "quote.speaker": ("prf", "quotes, span and speaker"),
    "claim.span": ("prf", "claims, overlapping span"),
    "claim.source": ("prf", "claims, span and source"),
    "event.type": ("prf", "events, type with trigger in the same sentence"),
    "event.source": ("prf", "events, type/sentence and source set"),
    "event.full": ("prf", "events, type/sentence, source and target sets"),
}


class GoldError(ValueError):
    """A gold (or prediction) file that breaks the format of GUIDELINES.md."""


# ---------------------------------------------------------------------------------------
# counts


@dataclass
class PRF:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else (1.0 if not self.n_pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.n_pred += n_pred
        self.n_gold += n_gold

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "tp": self.tp, "pred": self.n_pred, "gold": self.n_gold,
        }


@dataclass
class Acc:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    @property
    def f1(self) -> float:  # so that every metric has one headline value
        return self.accuracy

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": round(self.accuracy, 4), "correct": self.correct, "total": self.total}


@dataclass
class Report:
    metrics: dict[str, PRF | Acc] = field(default_factory=dict)
    entity_types: dict[str, PRF] = field(default_factory=dict)
    event_types: dict[str, PRF] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    #: one dict per miss / false alarm / wrong attribute (see :func:`render_text`)
    details: list[dict[str, Any]] = field(default_factory=list)
    #: per file: {metric: headline value}
    per_file: dict[str, dict[str, float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, (kind, _) in METRICS.items():
            self.metrics.setdefault(name, PRF() if kind == "prf" else Acc())

    def value(self, name: str) -> float:
        """Headline value of a metric: F1, or accuracy for ``entity.country``."""
        return self.metrics[name].f1

    def values(self) -> dict[str, float]:
        return {k: round(self.value(k), 4) for k in self.metrics}

    def to_dict(self, details: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "files": list(self.files),
            "metrics": {k: v.to_dict() for k, v in self.metrics.items()},
            "entity_types": {k: v.to_dict() for k, v in sorted(self.entity_types.items())},
            "event_types": {k: v.to_dict() for k, v in sorted(self.event_types.items())},
            "per_file": self.per_file,
        }
        if details:
            d["details"] = list(self.details)
        return d


# ---------------------------------------------------------------------------------------
# loading and validation


def _is_span(x: Any) -> bool:
    return (
        isinstance(x, (list, tuple)) and len(x) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in x)
    )


def validate(d: Any, where: str = "<gold>", strict: bool = True) -> dict:
    """Check a gold dict against the format of GUIDELINES.md; return it (lists defaulted).

    ``strict`` also enforces the annotation conventions (time ``text`` equal to the span,
    no overlapping entity mentions); predictions are validated with ``strict=False``.
    Raises :class:`GoldError` naming ``where``, the record and the reason.
    """

    def fail(rec: str, why: str):
        raise GoldError(f"{where}: {rec}: {why}")

    if not isinstance(d, dict):
        fail("file", f"expected a JSON object, got {type(d).__name__}")
    text = d.get("text")
    if not isinstance(text, str) or not text:
        fail("text", "missing or not a non-empty string")
    n = len(text)
    pub = d.get("published")
    if pub is not None:
        try:
            dt.date.fromisoformat(str(pub)[:10])
        except ValueError:
            fail("published", f"{pub!r} is not an ISO date (YYYY-MM-DD) or null")
    for name in ("entities", "times", "quotes", "claims", "events"):
        v = d.get(name)
        if v is None:
            d[name] = []
        elif not isinstance(v, list):
            fail(name, f"must be a list, got {type(v).__name__}")

    def span(rec: str, s: Any, e: Any) -> None:
        if not (isinstance(s, int) and isinstance(e, int)) or isinstance(s, bool) or isinstance(e, bool):
            fail(rec, f"offsets must be integers, got {s!r}, {e!r}")
        if not 0 <= s < e <= n:
            fail(rec, f"span [{s}, {e}] is not inside the text (length {n}) or is empty")

    keys: set[str] = set()
    occupied: list[tuple[int, int, str]] = []
    for i, ent in enumerate(d["entities"]):
        rec = f"entities[{i}]"
        if not isinstance(ent, dict):
            fail(rec, "must be an object")
        key = ent.get("key")
        if not isinstance(key, str) or not key:
            fail(rec, "missing 'key'")
        rec = f"entities[{i}] (key {key!r})"
        if key in keys:
            fail(rec, "duplicate key (keys are unique in a file)")
        keys.add(key)
        if strict and ent.get("type") not in ENTITY_TYPES:
            fail(rec, f"type {ent.get('type')!r} is not one of {', '.join(ENTITY_TYPES)}")
        if not isinstance(ent.get("type"), str):
            fail(rec, "missing 'type'")
        c = ent.get("country")
        if c is not None and (not isinstance(c, str) or len(c) != 2 or not c.isupper()):
            fail(rec, f"country {c!r} is not an ISO 3166-1 alpha-2 code")
        ms = ent.get("mentions")
        if not isinstance(ms, list):
            fail(rec, "'mentions' must be a list of [start, end]")
        for m in ms:
            if not _is_span(m):
                fail(rec, f"mention {m!r} is not [start, end]")
            span(f"{rec} mention {list(m)}", m[0], m[1])
            occupied.append((m[0], m[1], key))
    if strict:
        occupied.sort()
        for (s1, e1, k1), (s2, e2, k2) in zip(occupied, occupied[1:]):
            if s2 < e1:
                fail(
                    f"entity mentions [{s1}, {e1}] ({k1}) and [{s2}, {e2}] ({k2})",
                    f"overlap ({text[s1:e1]!r} / {text[s2:e2]!r}); mentions never nest or overlap",
                )

    def key_ok(rec: str, fld: str, k: Any) -> None:
        if k is None:
            return
        if not isinstance(k, str):
            fail(rec, f"{fld} {k!r} must be an entity key or null")
        if strict and k not in keys:
            fail(rec, f"{fld} {k!r} is not the key of an entity in this file")

    for i, t in enumerate(d["times"]):
        rec = f"times[{i}]"
        if not isinstance(t, dict):
            fail(rec, "must be an object")
        span(rec, t.get("start"), t.get("end"))
        surface = text[t["start"]:t["end"]]
        rec = f"times[{i}] {surface!r}"
        if strict and "text" in t and t["text"] != surface:
            fail(rec, f"'text' {t['text']!r} differs from text[{t['start']}:{t['end']}] = {surface!r}")
        if strict and t.get("type") not in TIME_TYPES:
            fail(rec, f"type {t.get('type')!r} is not one of {', '.join(TIME_TYPES)}")
        if not isinstance(t.get("value"), str):
            fail(rec, "missing 'value' (a TIMEX3 string)")
    for i, q in enumerate(d["quotes"]):
        rec = f"quotes[{i}]"
        if not isinstance(q, dict):
            fail(rec, "must be an object")
        span(rec, q.get("start"), q.get("end"))
        if strict and q.get("kind") not in QUOTE_KINDS:
            fail(rec, f"kind {q.get('kind')!r} is not one of {', '.join(QUOTE_KINDS)}")
        key_ok(rec, "speaker", q.get("speaker"))
        key_ok(rec, "addressee", q.get("addressee"))
    for i, c in enumerate(d["claims"]):
        rec = f"claims[{i}]"
        if not isinstance(c, dict):
            fail(rec, "must be an object")
        span(rec, c.get("start"), c.get("end"))
        key_ok(rec, "source", c.get("source"))
    for i, ev in enumerate(d["events"]):
        rec = f"events[{i}]"
        if not isinstance(ev, dict):
            fail(rec, "must be an object")
        if strict and ev.get("type") not in EVENT_TYPES:
            fail(rec, f"type {ev.get('type')!r} is not a PLOVER type ({', '.join(EVENT_TYPES)})")
        tr = ev.get("trigger")
        if not _is_span(tr):
            fail(rec, f"trigger {tr!r} is not [start, end]")
        span(f"{rec} trigger", tr[0], tr[1])
        for fld in ("source", "target"):
            v = ev.get(fld) or []
            if not isinstance(v, list):
                fail(rec, f"{fld} must be a list of entity keys")
            for k in v:
                if k is None:
                    fail(rec, f"{fld} holds null; use an empty list when nobody is named")
                key_ok(rec, fld, k)
    return d


def load_gold(path: str | Path) -> dict:
    """Read and validate one gold file; ``id`` defaults to the file name's stem."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except OSError as e:
        raise GoldError(f"{p}: cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise GoldError(f"{p}: not UTF-8") from None
    try:
        d = json.loads(raw)
    except json.JSONDecodeError as e:
        raise GoldError(f"{p}: not valid JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
    validate(d, str(p))
    if not d.get("id"):
        d["id"] = p.stem
    return d


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders to their ``*.json`` files (sorted); keep files as given."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(p.glob("*.json"))
            if not found:
                raise GoldError(f"{p}: folder holds no .json gold files")
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            raise GoldError(f"{p}: no such file or folder")
    return out


def read_preds_jsonl(path: str | Path) -> list[dict]:
    """Every analysis of a JSON Lines file, as ``hodo analyze --format json`` writes it."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldError(f"{path}: line {n}: not valid JSON: {e.msg}") from None
            out.append(validate(d, f"{path}: line {n}", strict=False))
    return out


def load_pred(
    pred: str | Path, gold: dict, gold_path: str | Path | None = None, records: list[dict] | None = None
) -> dict:
    """The saved prediction for ``gold``. ``pred`` is a folder of ``<id>.json`` files (or
    named after the gold file's stem), each one analysis as ``hodo analyze --format json``
    prints it -- or a JSON Lines file of such analyses (``records``, if already read),
    where the analysis with the gold's id, else with the gold's exact text, is taken."""
    if Path(pred).is_file():
        recs = records if records is not None else read_preds_jsonl(pred)
        found = [d for d in recs if d.get("id") == gold["id"]] or [d for d in recs if d["text"] == gold["text"]]
        if not found:
            raise GoldError(f"{pred}: no analysis with id {gold['id']!r} or with its text")
        d = found[0]
        if d["text"] != gold["text"]:
            raise GoldError(f"{pred}: analysis {gold['id']!r}: its text differs from the gold text; offsets cannot be compared")
        return d
    cands = [Path(pred) / f"{gold['id']}.json"]
    if gold_path is not None:
        cands.append(Path(pred) / f"{Path(gold_path).stem}.json")
    for c in cands:
        if c.exists():
            raw = c.read_text(encoding="utf-8").strip()
            try:
                d = json.loads(raw)
            except json.JSONDecodeError as e:
                lines = [ln for ln in raw.splitlines() if ln.strip()]
                if len(lines) != 1:
                    raise GoldError(f"{c}: expected one JSON analysis, found {len(lines)} lines") from None
                raise GoldError(f"{c}: not valid JSON: {e.msg}") from None
            validate(d, str(c), strict=False)
            if d["text"] != gold["text"]:
                raise GoldError(f"{c}: its text differs from the gold text of {gold['id']!r}; offsets cannot be compared")
            return d
    raise GoldError(f"{cands[0]}: no prediction for gold article {gold['id']!r}")


# ---------------------------------------------------------------------------------------
# matching helpers


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))



def _span_and_attr(L, d, mk, task: str, attr: str, gl: list, pl: list, match) -> None:
    """Score records matched on span (``match``), then on one key-valued attribute
    (a quote's speaker, a claim's source) mapped through the mention alignment ``mk``."""
    m = greedy(len(gl), len(pl), match)
    tp = 0
    for gi, pi in m:
        ok = mk(pl[pi].get(attr)) == gl[gi].get(attr)
        tp += ok
        if not ok:
            g = gl[gi]
            d(task, "wrong", g["start"], g["end"], gold=g.get(attr),
              pred=_show_key(pl[pi].get(attr), mk), why=attr)
    L[f"{task}.span"].add(len(m), len(pl), len(gl))
    L[f"{task}.{attr}"].add(tp, len(pl), len(gl))
    matched_g = dict(m)
    matched_p = {pi for _, pi in m}
    for gi, g in enumerate(gl):
        if gi not in matched_g:
            d(task, "miss", g["start"], g["end"], gold=g.get(attr))
    for pi, p in enumerate(pl):
        if pi not in matched_p:
            d(task, "false", p["start"], p["end"], pred=_show_key(p.get(attr), mk))

def greedy(n_gold: int, n_pred: int, score_fn) -> list[tuple[int, int]]:
    """One-to-one greedy matching: all (gold, pred) pairs with a score (``score_fn`` returns
    None when the pair may not match), best score first, ties by document order."""
    cands = []
    for gi in range(n_gold):
        for pi in range(n_pred):
            s = score_fn(gi, pi)
            if s is not None:
                cands.append((s, gi, pi))
    cands.sort(key=lambda x: (-x[0] if not isinstance(x[0], tuple) else tuple(-v for v in x[0]), x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return sorted(out)


def _mentions(d: dict) -> list[tuple[int, int, str, str]]:
    """(start, end, type, key) of every mention, in text order."""
    out = []
    for e in d.get("entities") or []:
        for m in e.get("mentions") or []:
            out.append((int(m[0]), int(m[1]), e.get("type"), e["key"]))
    return sorted(out)


def _match_exact(gm, pm, typed: bool) -> list[tuple[int, int]]:
    index: dict[tuple, list[int]] = defaultdict(list)
    for pi, (s, e, t, _) in enumerate(pm):
        index[(s, e, t) if typed else (s, e)].append(pi)
    used: set[int] = set()
    out = []
    for gi, (s, e, t, _) in enumerate(gm):
        for pi in index.get((s, e, t) if typed else (s, e), []):
            if pi not in used:
                used.add(pi)
                out.append((gi, pi))
                break
    return out


def key_map(gold: dict, pred: dict) -> dict[str, str]:
    """Predicted entity key -> gold key: the gold key that most of the predicted entity's
    span-matched mentions carry (ties: the key met first in the text). A predicted key
    with no matched mention maps to itself when the gold has the same key (ISO country
    codes are shared keys by the contract), else to a marker that equals no gold key."""
    gm, pm = _mentions(gold), _mentions(pred)
    votes: dict[str, Counter] = defaultdict(Counter)
    first: dict[tuple[str, str], int] = {}
    for gi, pi in _match_exact(gm, pm, typed=False):
        pk, gk = pm[pi][3], gm[gi][3]
        votes[pk][gk] += 1
        first.setdefault((pk, gk), gi)
    out: dict[str, str] = {}
    gold_keys = {e["key"] for e in gold.get("entities") or []}
    for e in pred.get("entities") or []:
        pk = e["key"]
        if votes.get(pk):
            out[pk] = max(votes[pk].items(), key=lambda kv: (kv[1], -first[(pk, kv[0])]))[0]
        elif pk in gold_keys:
            out[pk] = pk
        else:
            out[pk] = f"?{pk}"
    return out


def _mapk(km: dict[str, str], gold_keys: set[str], k: str | None) -> str | None:
    if k is None:
        return None
    if k in km:
        return km[k]
    return k if k in gold_keys else f"?{k}"


def sentence_index(text: str, title: str | None = None):
    """A function offset -> sentence index, from hodo's own splitter over ``text``."""
    from .read import structure

    sents = structure.sentences(text, structure.blocks(text, title))
    starts = [s.start for s in sents]

    def at(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    return at


# ---------------------------------------------------------------------------------------
# scoring


def _snip(text: str, s: int, e: int, width: int = 60) -> str:
    t = text[s:e].replace("\n", " ")
    return t if len(t) <= width else t[: width - 1] + "…"


class EventMatch(NamedTuple):
    """The official event matching of one file: one-to-one ``pairs`` (gold index, predicted
    index), the sentence index of every gold and predicted trigger, and the source/target key
    sets (predicted keys mapped to gold keys)."""

    pairs: list[tuple[int, int]]
    gold_sent: list[int]
    pred_sent: list[int]
    roles: tuple[list[frozenset], list[frozenset], list[frozenset], list[frozenset]]


def match_events(gold: dict, pred: dict, mk) -> EventMatch:
    """Pair predicted with gold events as the metrics do: same type, trigger in the same
    sentence; among those, prefer the pairs with the same source and target, then the closest
    triggers (greedy, one-to-one). ``mk`` maps a predicted entity key to the gold key."""
    ge = gold.get("events") or []
    pe = pred.get("events") or []
    sent = sentence_index(gold["text"], gold.get("title"))
    gs = [sent(e["trigger"][0]) for e in ge]
    ps = [sent(e["trigger"][0]) for e in pe]

    def aset(ev, fld, mapped):
        ks = ev.get(fld) or []
        return frozenset(mk(k) for k in ks) if mapped else frozenset(ks)

    gsrc = [aset(e, "source", False) for e in ge]
    gtgt = [aset(e, "target", False) for e in ge]
    psrc = [aset(e, "source", True) for e in pe]
    ptgt = [aset(e, "target", True) for e in pe]

    def escore(gi, pi):
        if ge[gi]["type"] != pe[pi]["type"] or gs[gi] != ps[pi]:
            return None
        src = gsrc[gi] == psrc[pi]
        full = src and gtgt[gi] == ptgt[pi]
        dist = abs(ge[gi]["trigger"][0] - pe[pi]["trigger"][0])
        return (int(full), int(src), -dist)

    return EventMatch(greedy(len(ge), len(pe), escore), gs, ps, (gsrc, gtgt, psrc, ptgt))


def score(pairs: Iterable[tuple[dict, Any]]) -> Report:
    """Score (gold dict, predicted dict or Article) pairs; micro-averaged over the pairs."""
    rep = Report()
    for gold, pred in pairs:
        if not isinstance(pred, dict):
            pred = pred.to_dict()
        _score_one(rep, gold, pred)
    return rep


def _score_one(rep: Report, gold: dict, pred: dict) -> None:
    fid = str(gold.get("id") or pred.get("id") or f"#{len(rep.files)}")
    rep.files.append(fid)
    text = gold["text"]
    if pred.get("text") not in (None, text):
        raise GoldError(f"{fid}: predicted text differs from the gold text")
    M = rep.metrics
    first_detail = len(rep.details)
    local = Report()
    L = local.metrics
    det = rep.details

    def d(task: str, kind: str, s: int, e: int, **kw):
        det.append({"file": fid, "task": task, "kind": kind, "span": [s, e], "text": _snip(text, s, e), **kw})

    gold_keys = {e["key"] for e in gold.get("entities") or []}
    km = key_map(gold, pred)

    def mk(k):
        return _mapk(km, gold_keys, k)

    # --- entities -----------------------------------------------------------------
    gm, pm = _mentions(gold), _mentions(pred)
    typed = _match_exact(gm, pm, typed=True)
    spanm = _match_exact(gm, pm, typed=False)
    L["entity.typed"].add(len(typed), len(pm), len(gm))
    L["entity.span"].add(len(spanm), len(pm), len(gm))
    gt = {gi for gi, _ in typed}
    pt = {pi for _, pi in typed}
    for t in set(x[2] for x in gm) | set(x[2] for x in pm):
        prf = rep.entity_types.setdefault(t, PRF())
        prf.add(
            sum(1 for gi, _ in typed if gm[gi][2] == t),
            sum(1 for x in pm if x[2] == t), sum(1 for x in gm if x[2] == t),
        )
    span_p = dict((pi, gi) for gi, pi in spanm)
    span_g = dict(spanm)
    for gi, (s, e, t, k) in enumerate(gm):
        if gi not in gt:
            if gi in span_g:
                d("entity", "wrong", s, e, gold=t, pred=pm[span_g[gi]][2], why="type")
            else:
                d("entity", "miss", s, e, gold=f"{t} {k}")
    for pi, (s, e, t, k) in enumerate(pm):
        if pi not in pt and pi not in span_p:
            d("entity", "false", s, e, pred=f"{t} {k}")
    # coreference: pairs of typed-matched mentions
    tp = npred = ngold = 0
    for i in range(len(typed)):
        g1, p1 = typed[i]
        for j in range(i + 1, len(typed)):
            g2, p2 = typed[j]
            same_p = pm[p1][3] == pm[p2][3]
            same_g = gm[g1][3] == gm[g2][3]
            npred += same_p
            ngold += same_g
            tp += same_p and same_g
    L["entity.coref"].add(tp, npred, ngold)
    # country: gold entities with a country, aligned to the predicted entity mapped to them
    pred_by_gold: dict[str, list[dict]] = defaultdict(list)
    votes = Counter(pm[pi][3] for _, pi in spanm)
    for e in pred.get("entities") or []:
        g = km.get(e["key"])
        if g in gold_keys:
            pred_by_gold[g].append(e)
    for e in gold.get("entities") or []:
        if not e.get("country") or not pred_by_gold.get(e["key"]):
            continue
        best = max(pred_by_gold[e["key"]], key=lambda p: votes[p["key"]])
        ok = best.get("country") == e["country"]
        L["entity.country"].correct += ok
        L["entity.country"].total += 1
        if not ok:
            m = e["mentions"][0] if e.get("mentions") else [0, 0]
            d("country", "wrong", m[0], m[1], gold=e["country"], pred=best.get("country"), why=f"entity {e['key']}")

    # --- times ----------------------------------------------------------------------
    gts = gold.get("times") or []
    pts = pred.get("times") or []
    m = greedy(len(gts), len(pts), lambda gi, pi: (
        _overlap((gts[gi]["start"], gts[gi]["end"]), (pts[pi]["start"], pts[pi]["end"])) or None))
    vtp = sum(1 for gi, pi in m if pts[pi].get("value") == gts[gi].get("value"))
    L["time.span"].add(len(m), len(pts), len(gts))
    L["time.value"].add(vtp, len(pts), len(gts))
    mg = dict(m)
    mp = {pi for _, pi in m}
    for gi, g in enumerate(gts):
        if gi not in mg:
            d("time", "miss", g["start"], g["end"], gold=g.get("value"))
        elif gts[gi].get("value") != pts[mg[gi]].get("value"):
            p = pts[mg[gi]]
            d("time", "wrong", g["start"], g["end"], gold=g.get("value"), pred=p.get("value"),
              why=f"value (predicted span {_snip(text, p['start'], p['end'])!r})")
    for pi, p in enumerate(pts):
        if pi not in mp:
            d("time", "false", p["start"], p["end"], pred=p.get("value"))

    # --- quotes -----------------------------------------------------------------------
    gq = gold.get("quotes") or []
    pq = pred.get("quotes") or []

    def qscore(gi, pi):
        g, p = gq[gi], pq[pi]
        ov = _overlap((g["start"], g["end"]), (p["start"], p["end"]))
        return ov if ov > 0 and 2 * ov >= g["end"] - g["start"] else None

    _span_and_attr(L, d, mk, "quote", "speaker", gq, pq, qscore)

    # --- claims -----------------------------------------------------------------------
    gc = gold.get("claims") or []
    pc = pred.get("claims") or []
    _span_and_attr(L, d, mk, "claim", "source", gc, pc, lambda gi, pi: (
        _overlap((gc[gi]["start"], gc[gi]["end"]), (pc[pi]["start"], pc[pi]["end"])) or None))

    # --- events -----------------------------------------------------------------------
    ge = gold.get("events") or []
    pe = pred.get("events") or []
    em = match_events(gold, pred, mk)
    m = em.pairs
    gsrc, gtgt, psrc, ptgt = em.roles
    src_tp = full_tp = 0
    for gi, pi in m:
        src = gsrc[gi] == psrc[pi]
        full = src and gtgt[gi] == ptgt[pi]
        src_tp += src
        full_tp += full
        if not full:
            g, p = ge[gi], pe[pi]
            d("event", "wrong", g["trigger"][0], g["trigger"][1],
              gold=f"{g['type']} {sorted(gsrc[gi])}->{sorted(gtgt[gi])}",
              pred=f"{p['type']} {sorted(psrc[pi])}->{sorted(ptgt[pi])}",
              why="source" if not src else "target")
    L["event.type"].add(len(m), len(pe), len(ge))
    L["event.source"].add(src_tp, len(pe), len(ge))
    L["event.full"].add(full_tp, len(pe), len(ge))
    for t in set(e["type"] for e in ge) | set(e["type"] for e in pe):
        rep.event_types.setdefault(t, PRF()).add(
            sum(1 for gi, _ in m if ge[gi]["type"] == t),
            sum(1 for e in pe if e["type"] == t), sum(1 for e in ge if e["type"] == t),
        )
    mg = dict(m)
    mp = {pi for _, pi in m}
    for gi, g in enumerate(ge):
        if gi not in mg:
            d("event", "miss", g["trigger"][0], g["trigger"][1],
              gold=f"{g['type']} {sorted(gsrc[gi])}->{sorted(gtgt[gi])}")
    for pi, p in enumerate(pe):
        if pi not in mp:
            d("event", "false", p["trigger"][0], p["trigger"][1],
              pred=f"{p['type']} {sorted(psrc[pi])}->{sorted(ptgt[pi])}")

    # --- totals -------------------------------------------------------------------------
    for name, v in L.items():
        tgt = M[name]
        if isinstance(v, PRF):
            tgt.add(v.tp, v.n_pred, v.n_gold)  # type: ignore[union-attr]
        else:
            tgt.correct += v.correct  # type: ignore[union-attr]
            tgt.total += v.total  # type: ignore[union-attr]
    rep.per_file[fid] = local.values()
    order = {t: i for i, t in enumerate(("entity", "country", "time", "quote", "claim", "event"))}
    rep.details[first_detail:] = sorted(
        rep.details[first_detail:], key=lambda x: (order.get(x["task"], 9), x["span"][0], x["span"][1]))


def _show_key(k: str | None, mk) -> str | None:
    """A predicted key as the report shows it: 'pred-key (= gold-key)' when it maps."""
    if k is None:
        return None
    g = mk(k)
    if g == k:
        return k
    if g is None or g.startswith("?"):
        return f"{k} (unaligned)"
    return f"{k} (= {g})"


# ---------------------------------------------------------------------------------------
# running


def evaluate(paths: Iterable[str | Path], pred_dir: str | Path | None = None) -> Report:
    """Score gold files (or folders of them): analyse each gold text with hodo -- or, with
    ``pred_dir``, read ``<pred_dir>/<id>.json`` (or a JSON Lines file of analyses, see
    :func:`load_pred`) -- and return the micro-averaged report."""
    files = gold_files(paths)
    golds = [(p, load_gold(p)) for p in files]
    if pred_dir is not None:
        if not Path(pred_dir).exists():
            raise GoldError(f"{pred_dir}: no such folder or file of predictions")
        recs = read_preds_jsonl(pred_dir) if Path(pred_dir).is_file() else None
        return score((g, load_pred(pred_dir, g, p, recs)) for p, g in golds)
    from .pipeline import analyze_many

    items = [
        {"text": g["text"], "id": g["id"], "title": g.get("title"), "published": g.get("published")}
        for _, g in golds
    ]
    preds = []
    for (p, g), a in zip(golds, analyze_many(items)):
        if not hasattr(a, "to_dict"):
            raise RuntimeError(f"{p}: {a}")
        preds.append((g, a.to_dict()))
    return score(preds)


def _fmt(v: float) -> str:
    return f"{100 * v:5.1f}"


def render_text(
    rep: Report, details: bool = False, title: str | None = None, tasks: Iterable[str] | None = None
) -> str:
    """The report as a plain-text table (percentages), optionally with the details (only
    those of ``tasks`` -- entity, country, time, quote, claim, event -- when given)."""
    only = set(tasks or ())
    lines = []
    n = len(rep.files)
    lines.append(title or f"hodo eval: {n} file{'s' if n != 1 else ''} (micro-averaged)")
    lines.append("")
    lines.append(f"{'metric':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'pred':>7}{'gold':>7}")
    for name, v in rep.metrics.items():
        if isinstance(v, PRF):
            lines.append(f"{name:<16}{_fmt(v.precision):>7}{_fmt(v.recall):>7}{_fmt(v.f1):>7}"
                         f"{v.tp:>7}{v.n_pred:>7}{v.n_gold:>7}")
        else:
            lines.append(f"{name:<16}{'acc':>7}{'':>7}{_fmt(v.accuracy):>7}{v.correct:>7}{'':>7}{v.total:>7}")
    for label, table in (("entity type", rep.entity_types), ("event type", rep.event_types)):
        if not table:
            continue
        lines.append("")
        lines.append(f"{label:<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'pred':>7}{'gold':>7}")
        for t, v in sorted(table.items(), key=lambda kv: (-kv[1].n_gold, kv[0])):
            lines.append(f"{t:<16}{_fmt(v.precision):>7}{_fmt(v.recall):>7}{_fmt(v.f1):>7}"
                         f"{v.tp:>7}{v.n_pred:>7}{v.n_gold:>7}")
    if len(rep.per_file) > 1:
        cols = {"entity.typed": "entity", "entity.country": "country", "time.value": "time.val",
                "quote.speaker": "quote.spk", "claim.source": "claim.src", "event.type": "ev.type",
                "event.full": "ev.full"}
        width = max(16, max(len(f) for f in rep.per_file) + 2)
        lines.append("")
        lines.append(f"{'per file (F1)':<{width}}" + "".join(f"{h:>10}" for h in cols.values()))
        for f, vals in rep.per_file.items():
            lines.append(f"{f:<{width}}" + "".join(f"{_fmt(vals[c]):>10}" for c in cols))
    if details:
        lines.append("")
        lines.append("details (miss: gold not found; false: predicted, not in gold; wrong: matched, attribute differs)")
        cur = None
        for x in rep.details:
            if only and x["task"] not in only:
                continue
            head = (x["file"], x["task"])
            if head != cur:
                cur = head
                lines.append(f"-- {x['file']} {x['task']}")
            s, e = x["span"]
            extra = []
            if "gold" in x:
                extra.append(f"gold={x['gold']}")
            if "pred" in x:
                extra.append(f"pred={x['pred']}")
            if "why" in x:
                extra.append(f"({x['why']})")
            lines.append(f"  {x['kind']:<5} [{s},{e}] {x['text']!r} " + " ".join(str(v) for v in extra))
    return "\n".join(lines) + "\n"
