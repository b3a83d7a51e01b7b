"""The spaCy/GiNZA backbone: the pipeline is loaded once per process; hodo's own
sentences (see :mod:`hodo.read.structure`) are parsed one spaCy ``Doc`` each, with the
parser told not to split them again, and their tokens are flattened into
:class:`Token` records with offsets into the article text.

The pipeline is GiNZA's, trimmed to what hodo reads (round 26): no ``ner`` unless a stage
asks for it, no ``compound_splitter`` / ``bunsetu_recognizer`` (their one effect hodo reads,
the ``_bunsetu`` label suffix, is stripped by ``hodo_dep_labels``), no Sudachi sub-tokens,
and numpy's BLAS instead of blis for the layers' matrix products. Tokens, parts of speech
and dependencies are the same as with GiNZA's full component list (tests/test_nlp.py).
"""
from __future__ import annotations

import contextlib
import functools
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc

MODEL = os.environ.get("HODO_MODEL", "ja_ginza")
#: Sudachi refuses inputs above ~49 KB; hodo parses sentences, and cuts any longer one.
MAX_SENT_CHARS = 4000


@dataclass(slots=True)
class Token:
    i: int  # index in Doc.tokens
    start: int  # offsets into the article text
    end: int
    text: str
    lemma: str
    pos: str  # UD part of speech
    tag: str  # Sudachi part of speech, e.g. 名詞-固有名詞-人名-姓
    dep: str
    head: int  # index in Doc.tokens
    sent: int  # index in Doc.sents
    reading: str
    inflection: str
    ent_iob: str = "O"
    ent_type: str = ""


def _one_sentence(doc):
    for t in doc[1:]:
        t.is_sent_start = False
    return doc


#: GiNZA's parser marks the head of each bunsetu with a label suffix; GiNZA's
#: ``bunsetu_recognizer`` strips it (and works out bunsetu spans hodo never reads).
BUNSETU_SUFFIX = "_bunsetu"
#: GiNZA components hodo never reads: ``compound_splitter`` (split_mode None: a no-op) and
#: ``bunsetu_recognizer`` (bunsetu spans in ``user_data``), replaced by ``hodo_dep_labels``.
UNREAD = ["compound_splitter", "bunsetu_recognizer"]


def _dep_labels(doc):
    for t in doc:
        d = t.dep_
        if d.endswith(BUNSETU_SUFFIX):
            t.dep_ = d[: -len(BUNSETU_SUFFIX)]
    return doc


def _cpu_ops():
    """numpy's BLAS for the layers' matrix products where thinc would use blis: blis 1.x
    (thinc 8.3) multiplies about 3x slower than numpy on the development machine, and
    blis 0.7 no faster. Other backends (GPU, Apple) are left as they are."""
    from thinc.api import NumpyOps, get_current_ops, use_ops

    if type(get_current_ops()) is NumpyOps:
        return use_ops("numpy", use_blis=False)
    return contextlib.nullcontext()


@functools.lru_cache(maxsize=4)
def load(model: str = MODEL, ner: bool = True) -> "Language":
    """Load the GiNZA pipeline once (per process and settings)."""
    import spacy
    from spacy.language import Language

    if "hodo_one_sentence" not in Language.factories:
        Language.component("hodo_one_sentence", func=_one_sentence)
    if "hodo_dep_labels" not in Language.factories:
        Language.component("hodo_dep_labels", func=_dep_labels)
    exclude = UNREAD + ([] if ner else ["ner"])
    try:
        with _cpu_ops():
            nlp = spacy.load(model, exclude=exclude)
    except OSError as e:  # pragma: no cover - install problem
        raise RuntimeError(
            f"cannot load the spaCy model {model!r}: install it with `pip install ja-ginza` ({e})"
        ) from e
    if getattr(nlp.tokenizer, "need_subtokens", False):
        # Sudachi's A/B sub-tokens only feed compound_splitter (about 10% of the
        # tokeniser's time)
        nlp.tokenizer.need_subtokens = False
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("hodo_one_sentence", before="parser")
        nlp.add_pipe("hodo_dep_labels", after="parser")
    st = getattr(nlp.tokenizer, "tokenizer", None)
    if st is not None and hasattr(st, "tokenize"):
        _SUDACHI[:] = [st]
    return nlp


#: the Sudachi tokenizer of the last pipeline loaded, for dictionary look-ups
_SUDACHI: list = []


def _sudachi():
    """The Sudachi tokenizer of a loaded pipeline (loading the default one if none is), or None."""
    if not _SUDACHI:
        load()
    return _SUDACHI[0] if _SUDACHI else None


@functools.lru_cache(maxsize=4096)
def lexicon_common(word: str) -> bool:
    """Is ``word`` one common noun of Sudachi's dictionary with a synonym group (データ, スタッフ,
    デイリー, ガーディアン)? A word Sudachi only guessed (カザミナ: no dictionary entry) or
    lists without a synonym group (サーチナ, インプレス: companies; but also a few common words,
    ツイート, カルテ, チラシ) is not. The same GiNZA tags
    both 名詞-普通名詞-一般, so the tag alone cannot tell a name from a common word."""
    st = _sudachi()
    if st is None:  # pragma: no cover - a model without a Sudachi tokenizer
        return True
    ms = st.tokenize(word)
    return len(ms) == 1 and ms[0].part_of_speech()[1] == "普通名詞" and bool(ms[0].synonym_group_ids())


@functools.lru_cache(maxsize=4096)
def lexicon_concept(word: str) -> bool:
    """Is ``word`` one word of Sudachi's dictionary that its thesaurus lists (a synonym group:
    リニアモーターカー), a thing rather than a company's name (ゴンチャロフ has none)? Unlike
    `lexicon_common`, any part of speech counts (entities round 38)."""
    st = _sudachi()
    if st is None:  # pragma: no cover - a model without a Sudachi tokenizer
        return False
    ms = st.tokenize(word)
    return len(ms) == 1 and bool(ms[0].synonym_group_ids())


@functools.lru_cache(maxsize=1024)
def lexicon_common_words(word: str, skip: tuple[str, ...] = ()) -> bool:
    """Are all of Sudachi's words of ``word`` (those in ``skip`` left out) common nouns its dictionary
    lists, none guessed (OB, OEM, CEO: yes; a made-up QWZ, a name JTB: no)? False with no Sudachi."""
    st = _sudachi()
    if st is None:  # pragma: no cover - a model without a Sudachi tokenizer
        return False
    ms = [m for m in st.tokenize(word) if m.surface() not in skip]
    return bool(ms) and all(m.part_of_speech()[1] == "普通名詞" and not m.is_oov() for m in ms)


@functools.lru_cache(maxsize=4096)
def lexicon_parts(word: str) -> tuple[tuple[str, str], ...]:
    """Sudachi's words of ``word`` out of context, each as (surface, part of speech joined by
    '-' without its '*' fields): 一方地元 -> (一方, 接続詞), (地元, 名詞-普通名詞-一般)."""
    st = _sudachi()
    if st is None:  # pragma: no cover - a model without a Sudachi tokenizer
        return ((word, ""),)
    return tuple((m.surface(), "-".join(p for p in m.part_of_speech()[:3] if p != "*"))
                 for m in st.tokenize(word))


def chunk(text: str, start: int, end: int, limit: int = MAX_SENT_CHARS) -> list[tuple[int, int]]:
    """Cut an over-long span at 、 or spaces (or hard) so each piece is at most ``limit``."""
    out = []
    s = start
    while end - s > limit:
        cut = max(text.rfind("、", s, s + limit), text.rfind(" ", s, s + limit), text.rfind("\n", s, s + limit))
        if cut <= s:
            cut = s + limit
        else:
            cut += 1
        out.append((s, cut))
        s = cut
    out.append((s, end))
    return out


def tokens_of(docs: list["SpacyDoc"], starts: list[int], sent_index: list[int]) -> list[Token]:
    out: list[Token] = []
    for doc, base, si in zip(docs, starts, sent_index):
        first = len(out)
        for t in doc:
            m = t.morph
            infl = m.get("Inflection")
            rd = m.get("Reading")
            out.append(
                Token(
                    i=first + t.i,
                    start=base + t.idx,
                    end=base + t.idx + len(t.text),
                    text=t.text,
                    lemma=t.lemma_,
                    pos=t.pos_,
                    tag=t.tag_,
                    dep=t.dep_,
                    head=first + t.head.i,
                    sent=si,
                    reading=rd[0] if rd else "",
                    inflection=infl[0] if infl else "",
                    ent_iob=t.ent_iob_ or "O",
                    ent_type=t.ent_type_,
                )
            )
    return out
