"""Calibrate the events stage's ``confidence``: estimate P(correct) per small bucket of events.

    .venv/bin/python benchmarks/calibrate_events.py [--cache /tmp/hodo_event_filter] [--refresh] [--write]
                                                    [--scheme S] [--sets ho1 ... ho19] [--blind ho18 ho19]

An event is "correct" when the official event matching (``hodo.evaluate``: same type, trigger
in the same sentence, one-to-one greedy) pairs it with a gold event -- the labels of
benchmarks/event_filter.py, whose cached analyses are reused. Buckets use GENERAL properties
only (see ``bucket``): the block kind of the event's sentence, whether the event is reported
(in a quote or a claim) or not, how many of source/target are filled, and the old hand-made
heuristic confidence, binned (it encodes whether the actors are attached to the trigger or
carried from elsewhere). Candidate bucket schemes are compared by leave-one-set-out AUC on
the tuning sets (ho1-ho13 + dev) only; the chosen scheme is fitted on all tuning sets with
additive smoothing toward the overall rate and reported once on the blind sets ho14+ho15:
ROC AUC and Brier score of the old confidence and of the bucket estimate, and a reliability
table. ``--write`` writes the table to src/hodo/data/event_confidence.tsv. ``--sets`` and
``--blind`` name other sets to read and to keep out of the fit (the defaults are the ones the
scheme was chosen on: ho1-ho15, blind ho14+ho15); the sets made after them are never read unless
named.

Caveat: the "old confidence" (and the ``heur`` component) is read from the cached analyses'
``confidence`` field. The events stage now emits the bucket estimate there, so after
``--refresh`` (or with a cache made after the switch) that field is no longer the old
heuristic and the old-vs-new comparison and the ``heur`` schemes are meaningless. The
figures in docs/events.md were measured on analyses made before the switch.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from event_filter import BLIND, SETS, labels, load_sets  # noqa: E402


from hodo.stages.events import confidence_bucket  # noqa: E402

OUT = ROOT / "src" / "hodo" / "data" / "event_confidence.tsv"
SMOOTH = 10.0  # pseudo-count of the additive smoothing toward the overall rate
MIN_N = 8  # buckets with fewer training events are merged into their parent


def event_props(pred: dict) -> list[dict]:
    """Per predicted event: the inputs of ``confidence_bucket``."""
    sents = pred.get("sentences") or []
    blocks = pred.get("blocks") or []
    kind_at = {}
    for s in sents:
        b = s.get("block")
        kind_at[s["start"]] = blocks[b]["kind"] if blocks and b is not None and b < len(blocks) else "paragraph"
    out = []
    for e in pred.get("events") or []:
        ss = e.get("sentence") or e["trigger"]
        out.append(dict(kind=kind_at.get(ss[0], "paragraph"),
                        reported=bool(e.get("speaker") or e.get("attributed_to")),
                        n_roles=int(bool(e.get("source"))) + int(bool(e.get("target"))),
                        heuristic=float(e.get("confidence") if e.get("confidence") is not None else 0.5)))
    return out


def rows(sets: dict, groups) -> tuple[list[dict], np.ndarray, list[str]]:
    P, Y, G = [], [], []
    for s in groups:
        for g, p in sets[s]:
            P.extend(event_props(p))
            Y.extend(labels(g, p)[0])
            G.extend([s] * len(p.get("events") or []))
    return P, np.array(Y, dtype=float), G


def auc(score: np.ndarray, y: np.ndarray) -> float:
    """ROC AUC (Mann-Whitney, ties count half)."""
    pos, neg = score[y == 1], score[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    gt = (pos[:, None] > neg[None, :]).sum()
    eq = (pos[:, None] == neg[None, :]).sum()
    return float((gt + 0.5 * eq) / (len(pos) * len(neg)))


def brier(p: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean((p - y) ** 2))


def fit(P: list[dict], Y: np.ndarray, scheme: str) -> dict[str, tuple[float, int, int]]:
    """{node: (estimate, n, correct)} for every bucket and every coarser node (a key with
    trailing components dropped; "*" is the overall rate). Each estimate is smoothed toward
    its parent's (additive smoothing, pseudo-count SMOOTH); a node with < MIN_N events takes
    its parent's estimate. A bucket unseen in training is looked up by its nearest parent."""
    overall = float(Y.mean())
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for p, y in zip(P, Y):
        k = confidence_bucket(scheme=scheme, **p)
        parts = k.split("|")
        for i in range(1, len(parts) + 1):
            c = counts["|".join(parts[:i])]
            c[0] += 1
            c[1] += int(y)
    table: dict[str, tuple[float, int, int]] = {}
    for k in sorted(counts, key=lambda k: (k.count("|"), k)):
        n, c = counts[k]
        parent = k.rsplit("|", 1)[0] if "|" in k else "*"
        prior = table[parent][0] if parent in table else overall
        # a node with too few events takes its parent's estimate
        table[k] = (prior if n < MIN_N else (c + SMOOTH * prior) / (n + SMOOTH), n, c)
    table["*"] = (overall, len(Y), int(Y.sum()))
    return table


def apply(table: dict, P: list[dict], scheme: str) -> np.ndarray:
    out = []
    for p in P:
        k = confidence_bucket(scheme=scheme, **p)
        while k not in table and "|" in k:
            k = k.rsplit("|", 1)[0]
        out.append(table.get(k, table["*"])[0])
    return np.array(out)


SCHEMES = ("kind|reported|roles", "kind|roles|heur", "kind|reported|heur", "kind|heur|roles",
           "kind|reported|roles|heur", "kind|roles|reported|heur", "kind|heur|reported")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/hodo_event_filter"))
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("--scheme", choices=SCHEMES, help="use this scheme instead of the LOSO choice")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    ap.add_argument("--sets", nargs="*", default=list(SETS),
                    help="held-out sets to read besides dev (default: the ones this was designed on, ho1-ho15)")
    ap.add_argument("--blind", nargs="*", default=list(BLIND),
                    help="of those, the sets only scored, never fitted on (default: ho14 ho15)")
    a = ap.parse_args(argv)
    sets = load_sets(a.cache, a.refresh, tuple(a.sets))
    tune = [s for s in sets if s not in a.blind]
    blind = [s for s in sets if s in a.blind]
    P, Y, G = rows(sets, tune)
    G = np.array(G)
    print(f"tuning: {len(Y)} events, precision {Y.mean():.3f}; groups {', '.join(tune)}")
    # choose the scheme by leave-one-set-out on the tuning sets only
    best = None
    for scheme in SCHEMES:
        oof = np.zeros(len(Y))
        for s in tune:
            tr = G != s
            Ptr = [p for p, m in zip(P, tr) if m]
            t = fit(Ptr, Y[tr], scheme)
            oof[~tr] = apply(t, [p for p, m in zip(P, tr) if not m], scheme)
        nb = len([k for k in fit(P, Y, scheme) if k != "*"])
        a_, b_ = auc(oof, Y), brier(oof, Y)
        print(f"  LOSO {scheme:<22} table nodes {nb:>3}  AUC {a_:.3f}  Brier {b_:.4f}")
        if best is None or a_ > best[1] + 1e-9:
            best = (scheme, a_)
    heur = np.array([p["heuristic"] for p in P])
    print(f"  LOSO {'old confidence':<22}              AUC {auc(heur, Y):.3f}  Brier {brier(heur, Y):.4f}")
    scheme = a.scheme or best[0]
    table = fit(P, Y, scheme)
    Pb, Yb, _ = rows(sets, blind)
    old = np.array([p["heuristic"] for p in Pb])
    new = apply(table, Pb, scheme)
    print(f"\nchosen scheme: {scheme}; BLIND {'+'.join(blind)}: {len(Yb)} events, precision {Yb.mean():.3f}")
    print(f"  old confidence   AUC {auc(old, Yb):.3f}  Brier {brier(old, Yb):.4f}")
    print(f"  bucket estimate  AUC {auc(new, Yb):.3f}  Brier {brier(new, Yb):.4f}")
    print(f"  constant (tuning rate {table['*'][0]:.3f})  Brier {brier(np.full(len(Yb), table['*'][0]), Yb):.4f}")
    print("\nreliability on the blind sets (bucket: predicted, tuning n | blind n, observed;\n  buckets with tuning n < %d take their parent's estimate)" % MIN_N + "")
    by: dict[str, list] = defaultdict(list)
    rep: dict[str, float] = {}
    for p, y, q in zip(Pb, Yb, new):
        k = confidence_bucket(scheme=scheme, **p)
        by[k].append(y)
        rep[k] = q
    for k in sorted(set(table) | set(by)):
        if k == "*" or (k not in by and k.count("|") < scheme.count("|")):
            continue
        pr = table[k][0] if k in table else rep[k]
        ys = by.get(k, [])
        obs = f"{np.mean(ys):.3f}" if ys else "  -  "
        print(f"  {k:<34} {pr:.3f}  {table.get(k, (0, 0))[1]:>4} | {len(ys):>4}  {obs}")
    if a.write:
        today = _dt.date.today().isoformat()
        lines = [
            "# Event confidence: estimated P(an event matches a careful annotator's event of the same",
            "# type in the same sentence), per bucket of general event properties.",
            f"# Made by benchmarks/calibrate_events.py on {today} from held-out gold sets "
            f"{', '.join(tune)} ({len(Y)} events);",
            f"# scheme {scheme}; additive smoothing toward the parent rate (pseudo-count {SMOOTH:g}),",
            f"# buckets with < {MIN_N} events use their parent's estimate. Blind check on "
            f"{'+'.join(blind)}: AUC {auc(new, Yb):.3f} (old {auc(old, Yb):.3f}),",
            f"# Brier {brier(new, Yb):.4f} (old {brier(old, Yb):.4f}).",
            "# Command: .venv/bin/python benchmarks/calibrate_events.py --write "
            f"--scheme {scheme} --sets {' '.join(a.sets)} --blind {' '.join(a.blind)}",
            f"# scheme\t{scheme}",
            "bucket\testimate\tn\tcorrect",
        ]
        for k, (p, n, c) in table.items():
            lines.append(f"{k}\t{p:.3f}\t{n}\t{c}")
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"\nwrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
