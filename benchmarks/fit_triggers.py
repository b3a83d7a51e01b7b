"""Fit the event trigger tables (data/event_triggers.tsv, data/event_lexicon.tsv) to gold.

    .venv/bin/python benchmarks/fit_triggers.py GOLD_DIR... --pred PRED.jsonl [--rows] [--json]

Reads gold files (folders of GUIDELINES.md JSON) and hodo's analyses of the same texts (a JSON
Lines file, one ``hodo analyze --format json`` analysis per line) and counts, with
the official event matching of ``hodo.evaluate`` (same type, trigger in the same sentence,
one-to-one):

* for every table row that fired: its uses, the uses matched by a gold event (``tp``), the
  uses whose trigger overlaps an unmatched gold event of another type (``wrong``, by gold
  type) and the rest (``false``), with the number of articles;
* for every word that carries gold events but is no row of the tables and never fires
  (grouped by the lemma of a one-morpheme trigger, else by its surface): its occurrences in
  the gold texts, how many of them are gold events of each type, and the articles.

The decision rule is fixed in advance (``--drop-p`` etc. change it; the defaults are the
thresholds of docs/events.md, "Round 27 (trigger table fitted)"):

* DROP a row with >= 8 uses in >= 3 articles whose precision is below 0.25 (half the event
  type F1 of the fit sets, the point below which a row's events lower the F1) and whose
  wrong-type uses do not make a RETYPE;
* RETYPE a row with >= 6 uses in >= 3 articles when the gold gives one other type in more
  than half of its uses;
* ADD a word that is a gold event of one type in >= 70% of >= 6 occurrences across >= 3
  articles.

A row's key is the trigger surface when it is a row, else the Sudachi lemma of the trigger's
first morpheme when that is a row (the two ways the stage finds a trigger), else the longest
row the surface starts with.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hodo.evaluate import _mapk, gold_files, key_map, load_gold, match_events, read_preds_jsonl  # noqa: E402
from hodo.stages.events import _read_triggers, trigger_table  # noqa: E402


class Lemmas:
    """Sudachi (split mode C, as GiNZA) lemmas and morphemes; a no-op stand-in when absent."""

    def __init__(self) -> None:
        try:
            from sudachipy import dictionary, tokenizer
            self._tok = dictionary.Dictionary().create()
            self._mode = tokenizer.Tokenizer.SplitMode.C
        except Exception:  # pragma: no cover - Sudachi is a dependency of GiNZA
            self._tok = None
        self._cache: dict[str, list[tuple[int, int, str, str]]] = {}

    def morphs(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, lemma, part of speech) of every morpheme of ``text``."""
        if text in self._cache:
            return self._cache[text]
        out = []
        if self._tok is None:
            out = [(0, len(text), text, "")]
        else:
            for m in self._tok.tokenize(text, self._mode):
                out.append((m.begin(), m.end(), m.dictionary_form(), m.part_of_speech()[0]))
        self._cache[text] = out
        return out

    def word_key(self, surface: str) -> str:
        """A gold trigger's word: the lemma of its first morpheme when the rest is inflection
        (求めて -> 求める, 非難し -> 非難, 承認された -> 承認), the surface otherwise (身柄を拘束)."""
        ms = self.morphs(surface)
        if not ms:
            return surface
        if all(p in INFLECTION_POS or lm in LIGHT_VERBS for _, _, lm, p in ms[1:]):
            return ms[0][2]
        return surface


INFLECTION_POS = {"助動詞", "助詞", "接尾辞"}
LIGHT_VERBS = {"する", "いる", "ある", "れる", "られる", "おる", "なる"}


def row_of(surface: str, lem: Lemmas, table: dict) -> str | None:
    if surface in table:
        return surface
    ms = lem.morphs(surface)
    if ms and ms[0][2] in table:
        return ms[0][2]
    if surface + "る" in table:  # an ichidan stem read alone as a noun (訴え, 訪れ)
        return surface + "る"
    best = None
    for k in table:
        if surface.startswith(k) and (best is None or len(k) > len(best)):
            best = k
    return best


def count(golds: list[dict], preds: dict[str, dict], table: dict, lem: Lemmas | None = None):
    """Per-row and per-missed-word counts (see the module doc)."""
    lem = lem or Lemmas()
    rows: dict[str, dict] = defaultdict(lambda: {"n": 0, "tp": 0, "src": 0, "full": 0, "false": 0, "wrong": Counter(),
                                                 "files": set(), "type": None})
    fired_words: set[str] = set()
    gold_words: dict[str, Counter] = defaultdict(Counter)  # word -> gold type counts (events)
    for g in golds:
        p = preds[g["id"]]
        text = g["text"]
        gold_keys = {e["key"] for e in g.get("entities") or []}
        km = key_map(g, p)
        em = match_events(g, p, lambda k: _mapk(km, gold_keys, k))
        ge, pe = g.get("events") or [], p.get("events") or []
        matched_p = {pi for _, pi in em.pairs}
        gsrc, gtgt, psrc, ptgt = em.roles
        roles_ok = {pi: (gsrc[gi] == psrc[pi], gsrc[gi] == psrc[pi] and gtgt[gi] == ptgt[pi])
                    for gi, pi in em.pairs}
        matched_g = {gi for gi, _ in em.pairs}
        for pi, ev in enumerate(pe):
            s, e = ev["trigger"]
            surf = text[s:e]
            key = row_of(surf, lem, table) or f"?{surf}"
            fired_words.add(key)
            fired_words.add(lem.word_key(surf))
            r = rows[key]
            r["n"] += 1
            r["files"].add(g["id"])
            r["type"] = table[key].type if key in table else ev["type"]
            if pi in matched_p:
                r["tp"] += 1
                r["src"] += roles_ok[pi][0]
                r["full"] += roles_ok[pi][1]
                continue
            other = [ge[gi]["type"] for gi in range(len(ge)) if gi not in matched_g
                     and ge[gi]["type"] != ev["type"]
                     and min(e, ge[gi]["trigger"][1]) > max(s, ge[gi]["trigger"][0])]
            if other:
                r["wrong"][other[0]] += 1
            else:
                r["false"] += 1
        for ev in ge:
            s, e = ev["trigger"]
            gold_words[lem.word_key(text[s:e])][ev["type"]] += 1
    # occurrences of every candidate word in the gold texts
    cands = {w for w in gold_words
             if w not in fired_words and row_of(w, lem, table) is None and len(w) >= 2}
    occ: dict[str, dict] = {w: {"n": 0, "types": Counter(), "files": set(), "efiles": set()} for w in cands}
    for g in golds:
        text = g["text"]
        gspans = [(ev["trigger"][0], ev["trigger"][1], ev["type"]) for ev in g.get("events") or []]
        # one-morpheme words by lemma (tokenised paragraph by paragraph), longer ones by surface
        pos = 0
        for para in text.split("\n"):
            for ms, me, lemma, _ in lem.morphs(para) if para else ():
                if lemma in occ:
                    _occur(occ[lemma], g["id"], pos + ms, pos + me, gspans)
            pos += len(para) + 1
        for w in cands:
            if len(lem.morphs(w)) > 1:
                i = text.find(w)
                while i >= 0:
                    _occur(occ[w], g["id"], i, i + len(w), gspans)
                    i = text.find(w, i + len(w))
    return rows, occ


def _occur(o: dict, fid: str, s: int, e: int, gspans) -> None:
    o["n"] += 1
    o["files"].add(fid)
    for gs, ge_, t in gspans:
        if min(e, ge_) > max(s, gs):
            o["types"][t] += 1
            o["efiles"].add(fid)
            break


def decide(rows, occ, drop_p=0.25, drop_n=8, retype_n=6, add_share=0.7, add_n=6, min_files=3):
    """The changes the fixed rule gives: (action, word, old type, new type, counts)."""
    out = []
    for k, r in sorted(rows.items(), key=lambda kv: -kv[1]["n"]):
        if k.startswith("?"):
            continue
        n, files = r["n"], len(r["files"])
        # a use typed otherwise by hodo (a negated AGREE row giving REJECT) can be "wrong" with the
        # row's own type: that is a polarity error, no reason to retype
        top = [(t, c) for t, c in r["wrong"].most_common() if t != r["type"]][:1]
        if n >= retype_n and files >= min_files and top and top[0][1] * 2 > n:
            out.append(("RETYPE", k, r["type"], top[0][0], r))
        elif n >= drop_n and files >= min_files and r["tp"] / n < drop_p:
            out.append(("DROP", k, r["type"], None, r))
    for w, o in sorted(occ.items(), key=lambda kv: -kv[1]["n"]):
        if o["n"] < add_n or len(o["efiles"]) < min_files or not o["types"]:
            continue
        t, c = o["types"].most_common(1)[0]
        if c >= add_share * o["n"]:
            out.append(("ADD", w, None, t, o))
    return out


def _fmt_row(k, r) -> str:
    wrong = ",".join(f"{t}:{c}" for t, c in r["wrong"].most_common())
    return (f"{k}\t{r['type']}\tn={r['n']}\ttp={r['tp']}\tp={r['tp'] / r['n']:.2f}\tsrc={r['src']}\tfull={r['full']}"
            f"\tfalse={r['false']}"
            f"\twrong={wrong or '-'}\tfiles={len(r['files'])}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--pred", required=True, help="JSON Lines analyses of the gold texts")
    ap.add_argument("--tables", help="folder with the event_triggers.tsv/event_lexicon.tsv that made the"
                    " analyses (default: this checkout's src/hodo/data)")
    ap.add_argument("--rows", action="store_true", help="print every row's counts too")
    ap.add_argument("--near", type=int, default=0, help="print the N most frequent candidate words too")
    ap.add_argument("--json", action="store_true", help="print the changes as JSON lines")
    ap.add_argument("--drop-p", type=float, default=0.25)
    ap.add_argument("--drop-n", type=int, default=8)
    ap.add_argument("--retype-n", type=int, default=6)
    ap.add_argument("--add-share", type=float, default=0.7)
    ap.add_argument("--add-n", type=int, default=6)
    ap.add_argument("--min-files", type=int, default=3)
    a = ap.parse_args(argv)
    golds = [load_gold(p) for p in gold_files(a.gold)]
    recs = {d["id"]: d for d in read_preds_jsonl(a.pred)}
    preds = {}
    for g in golds:
        d = recs.get(g["id"]) or next((r for r in recs.values() if r["text"] == g["text"]), None)
        if d is None:
            sys.exit(f"{a.pred}: no analysis for {g['id']}")
        preds[g["id"]] = d
    if a.tables:
        table = _read_triggers(Path(a.tables) / "event_triggers.tsv", broad=False)
        for w, t in _read_triggers(Path(a.tables) / "event_lexicon.tsv", broad=True).items():
            table.setdefault(w, t)
    else:
        table = trigger_table()
    rows, occ = count(golds, preds, table)
    if a.rows:
        for k, r in sorted(rows.items(), key=lambda kv: -kv[1]["n"]):
            print("ROW\t" + _fmt_row(k, r))
    for w, o in sorted(occ.items(), key=lambda kv: -sum(kv[1]["types"].values()))[: a.near]:
        ts = ",".join(f"{t}:{c}" for t, c in o["types"].most_common())
        print(f"WORD\t{w}\tn={o['n']}\tevents={ts}\tfiles={len(o['files'])}\tevent_files={len(o['efiles'])}")
    changes = decide(rows, occ, a.drop_p, a.drop_n, a.retype_n, a.add_share, a.add_n, a.min_files)
    for act, w, old, new, r in changes:
        if a.json:
            print(json.dumps({"action": act, "word": w, "old": old, "new": new, "n": r["n"],
                              "tp": r.get("tp"), "types": dict(r.get("types") or r.get("wrong") or {}),
                              "files": len(r["files"])}, ensure_ascii=False))
        elif act == "ADD":
            ts = ",".join(f"{t}:{c}" for t, c in r["types"].most_common())
            print(f"ADD\t{w}\t{new}\tn={r['n']}\tevents={ts}\tfiles={len(r['files'])}\tevent_files={len(r['efiles'])}")
        else:
            print(f"{act}\t{_fmt_row(w, r)}" + (f"\t-> {new}" if new else ""))


if __name__ == "__main__":
    main()
