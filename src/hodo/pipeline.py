"""Analysis: read structure, parse sentences with GiNZA once, then run the stages.

``Doc`` is what every stage sees: the article (whose lists stages fill), the flat token
list with article offsets, and sentence/block look-ups.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from . import nlp as _nlp
from .model import Article
from .read import structure
from .stages import Stage, ordered

SKIP_KINDS = ("credit",)  # blocks never parsed


@dataclass
class Doc:
    article: Article
    tokens: list[_nlp.Token] = field(default_factory=list)
    #: per sentence of article.sentences: (first token index, end token index)
    sent_tokens: list[tuple[int, int]] = field(default_factory=list)
    #: scratch space stages may use to pass results along (e.g. group references)
    extras: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def published(self) -> dt.date | None:
        p = self.article.published
        if not p:
            return None
        try:
            return dt.date.fromisoformat(p[:10])
        except ValueError:
            return None

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence holding ``offset`` (None between sentences)."""
        sents = self.article.sentences
        starts = self._sent_starts()
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and sents[i].start <= offset < sents[i].end:
            return i
        return None

    def _sent_starts(self) -> list[int]:
        key = "_sent_starts"
        if key not in self.extras:
            self.extras[key] = [s.start for s in self.article.sentences]
        return self.extras[key]

    def block_kind(self, sent_index: int) -> str:
        s = self.article.sentences[sent_index]
        return self.article.blocks[s.block].kind

    def sent_toks(self, sent_index: int) -> list[_nlp.Token]:
        a, b = self.sent_tokens[sent_index]
        return self.tokens[a:b]

    def tokens_in(self, start: int, end: int) -> list[_nlp.Token]:
        starts = self._tok_starts()
        i = bisect.bisect_left(starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].start < end:
            if self.tokens[i].end <= end:
                out.append(self.tokens[i])
            i += 1
        return out

    def token_at(self, offset: int) -> _nlp.Token | None:
        starts = self._tok_starts()
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return self.tokens[i]
        return None

    def _tok_starts(self) -> list[int]:
        key = "_tok_starts"
        if key not in self.extras or len(self.extras[key]) != len(self.tokens):
            self.extras[key] = [t.start for t in self.tokens]
        return self.extras[key]


def prepare(article: Article) -> tuple[Article, list[tuple[int, int, int]]]:
    """Blocks and sentences; returns the spans to parse as (start, end, sentence index)."""
    if not article.blocks:
        article.blocks = structure.blocks(article.text, article.title)
    if not article.sentences:
        article.sentences = structure.sentences(article.text, article.blocks)
    if article.title is None:
        for b in article.blocks:
            if b.kind == "title":
                article.title = article.text[b.start:b.end]
                break
    spans = []
    for si, s in enumerate(article.sentences):
        if article.blocks[s.block].kind in SKIP_KINDS:
            continue
        for a, b in _nlp.chunk(article.text, s.start, s.end):
            spans.append((a, b, si))
    return article, spans


def _build(article: Article, spans, docs) -> Doc:
    tokens = _nlp.tokens_of(docs, [a for a, _, _ in spans], [si for _, _, si in spans])
    sent_tokens = []
    j = 0
    for si in range(len(article.sentences)):
        a = j
        while j < len(tokens) and tokens[j].sent == si:
            j += 1
        sent_tokens.append((a, j))
    return Doc(article=article, tokens=tokens, sent_tokens=sent_tokens)


def run_stages(doc: Doc, stages: list[Stage]) -> Article:
    art = doc.article
    for st in stages:
        st.func(doc)
        for name in st.produces:
            for rec in getattr(art, name):
                if getattr(rec, "stage", None) is None:
                    rec.stage = st.label
        art.stages[st.name] = st.version
    return art


def _settings(stages: tuple[str, ...] | None):
    chosen = ordered(stages)
    need_ner = any(getattr(st.func, "needs_ner", False) for st in chosen)
    return chosen, need_ner


def analyze_doc(article: Article, stages: tuple[str, ...] | None = None) -> Doc:
    """Analyse one article and return the Doc the stages ran on (the article, its tokens and
    parse, and the stages' extras) -- for tools that need more than the records."""
    chosen, need_ner = _settings(stages)
    nlp = _nlp.load(ner=need_ner)
    article, spans = prepare(article)
    doc = _build(article, spans, list(nlp.pipe([article.text[a:b] for a, b, _ in spans])))
    run_stages(doc, chosen)
    return doc


def analyze_article(article: Article, stages: tuple[str, ...] | None = None) -> Article:
    return analyze_doc(article, stages).article


def analyze(
    text: str,
    published: str | dt.date | None = None,
    title: str | None = None,
    id: str | None = None,
    stages: tuple[str, ...] | None = None,
) -> Article:
    """Analyse one article text. ``published`` is the reference date for relative times."""
    if isinstance(published, dt.date):
        published = published.isoformat()
    art = Article(text=text, id=id or "", title=title, published=published)
    return analyze_article(art, stages)


def _iter_articles(items: Iterable) -> Iterator[Article]:
    for x in items:
        if isinstance(x, Article):
            yield x
        elif isinstance(x, str):
            yield Article(text=x)
        elif isinstance(x, dict):
            yield Article.from_dict(x) if "blocks" in x else Article(
                text=x["text"], id=str(x.get("id") or ""), title=x.get("title"),
                published=x.get("published"), url=x.get("url"),
            )
        else:
            raise TypeError(f"cannot analyse {type(x).__name__}: give an Article, a str or a dict")


def _worker_init(stages):
    global _WORKER_STAGES
    _WORKER_STAGES = stages
    _nlp.load(ner=_settings(stages)[1])


_WORKER_STAGES: tuple[str, ...] | None = None


def _worker_run(article: Article):
    try:
        return analyze_article(article, _WORKER_STAGES)
    except Exception as e:  # returned, not raised: the batch goes on
        return AnalysisError(article.id, article.source_file, f"{type(e).__name__}: {e}")


@dataclass
class AnalysisError:
    id: str
    source_file: str | None
    reason: str

    def __str__(self) -> str:
        return f"{self.source_file or self.id}: analysis failed: {self.reason}"


def analyze_many(
    items: Iterable,
    n_process: int = 1,
    batch_size: int = 16,
    stages: tuple[str, ...] | None = None,
) -> Iterator[Article | AnalysisError]:
    """Analyse many articles, loading the model once (per process) and batching the
    parser over the sentences of ``batch_size`` articles. Yields results in input order;
    an article that fails yields an :class:`AnalysisError` and the rest go on."""
    if n_process and n_process > 1:
        import multiprocessing as mp

        ctx = mp.get_context("spawn")
        with ctx.Pool(n_process, initializer=_worker_init, initargs=(stages,)) as pool:
            yield from pool.imap(_worker_run, _iter_articles(items), chunksize=2)
        return
    chosen, need_ner = _settings(stages)
    nlp = _nlp.load(ner=need_ner)
    batch: list[Article] = []

    def flush():
        prepared = [prepare(a) for a in batch]
        texts = [a.text[s:e] for a, spans in prepared for s, e, _ in spans]
        docs = iter(nlp.pipe(texts, batch_size=256))
        for a, spans in prepared:
            mine = [next(docs) for _ in spans]
            try:
                yield run_stages(_build(a, spans, mine), chosen)
            except Exception as e:
                yield AnalysisError(a.id, a.source_file, f"{type(e).__name__}: {e}")

    for art in _iter_articles(items):
        batch.append(art)
        if len(batch) >= batch_size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()
