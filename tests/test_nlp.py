"""The parse backbone (:mod:`hodo.nlp`): the trimmed GiNZA pipeline gives the same tokens,
parts of speech and dependencies as GiNZA's own components, one sentence per Doc."""
from __future__ import annotations

import pytest

from hodo import nlp


@pytest.fixture(scope="module")
def trimmed():
    return nlp.load(ner=False)


@pytest.fixture(scope="module")
def reference():
    """GiNZA's pipeline as hodo loaded it before round 26: every component but ner, with
    blis for the matrix products and Sudachi's sub-tokens."""
    import spacy

    ref = spacy.load(nlp.MODEL, exclude=["ner"])
    ref.add_pipe("hodo_one_sentence", before="parser")
    return ref


def test_pipeline_drops_unread_components(trimmed):
    assert "bunsetu_recognizer" not in trimmed.pipe_names
    assert "compound_splitter" not in trimmed.pipe_names
    assert trimmed.pipe_names.index("hodo_one_sentence") < trimmed.pipe_names.index("parser")
    assert "hodo_dep_labels" in trimmed.pipe_names
    assert not trimmed.tokenizer.need_subtokens
    assert trimmed.get_pipe("tok2vec").model.ops.use_blis is False


@pytest.mark.parametrize(
    "text",
    [
        "北海市の山川一郎市長は三日、新しい図書館を来年四月に開くと記者会見で述べた。",
        "県の発表によると、大雨で川が増水し、住民約二百人が近くの小学校へ避難した。「まだ家に戻れない」と話す人もいる。",
        "東西電機は決算で、売上高が前年より一割減ったと発表した。社長は「市場の回復を待つ」と語った",
    ],
)
def test_trimmed_parse_matches_ginza(trimmed, reference, text):
    mine, ref = trimmed(text), reference(text)
    assert len(list(mine.sents)) == 1, "a sentence given to the parser stays one sentence"
    assert [t.text for t in mine] == [t.text for t in ref]
    for a, b in zip(mine, ref):
        assert (a.pos_, a.tag_, a.lemma_, a.dep_, a.head.i) == (b.pos_, b.tag_, b.lemma_, b.dep_, b.head.i), a.text
        assert not a.dep_.endswith(nlp.BUNSETU_SUFFIX)
        assert a.morph.get("Reading") == b.morph.get("Reading")
        assert a.morph.get("Inflection") == b.morph.get("Inflection")
    assert [(t.start, t.end, t.dep, t.head) for t in nlp.tokens_of([mine], [0], [0])] == [
        (t.start, t.end, t.dep, t.head) for t in nlp.tokens_of([ref], [0], [0])
    ]


@pytest.mark.parametrize(
    "word, common",
    [
        # one common noun of Sudachi's dictionary, with a synonym group
        ("データ", True),
        ("スタッフ", True),
        ("ホームページ", True),
        # a katakana word Sudachi only guessed (no dictionary entry): a name, not a common word
        ("カザミナ", False),
        ("トルバネ", False),
        # more than one word, or a word that is no common noun
        ("地元紙記者", False),
        ("東京", False),
    ],
)
def test_lexicon_common(word, common):
    assert nlp.lexicon_common(word) is common


@pytest.mark.parametrize(
    "word, parts",
    [
        # review of round 32: Sudachi's words out of context, with their part of speech
        ("そして", (("そして", "接続詞"),)),
        ("一方地元", (("一方", "接続詞"), ("地元", "名詞-普通名詞-一般"))),
    ],
)
def test_lexicon_parts(word, parts):
    assert nlp.lexicon_parts(word) == parts
