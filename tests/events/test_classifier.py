"""The event-type classifier on unseen hand-written sentences of clear types, and the sentence coder."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

CLEAR = [
    ("Rebel fighters shelled the army barracks overnight, killing eleven soldiers.", "ASSAULT"),
    ("The government imposed an embargo on arms shipments to the neighbouring republic.", "SANCTION"),
    ("Thousands of nurses marched on parliament to protest against pay cuts.", "PROTEST"),
    ("The prime minister held talks with his Dutch counterpart in The Hague on Tuesday.", "CONSULT"),
    ("The two governments signed an agreement on visa-free travel.", "AGREE"),
    ("The capital has a population of about two million people.", None),
]


@pytest.fixture(scope="module")
def nlp():
    from multivector.nlp import load_nlp

    return load_nlp()


@pytest.mark.parametrize("text,label", CLEAR)
def test_clear_sentences(nlp, text, label):
    from multivector.events.classifier import classify

    ranked = classify(nlp(text))
    assert ranked[0][0] == label
    assert sum(p for _, p in ranked) == pytest.approx(1.0, abs=1e-6)
    assert [p for _, p in ranked] == sorted((p for _, p in ranked), reverse=True)


def test_code_sentence_dyad():
    from multivector.pipeline import code_sentence

    events = code_sentence("Japan imposed new sanctions on North Korea after the missile test.")
    assert events and events[0].type == "SANCTION"
    assert [a.code for a in events[0].source] == ["JPN"] and [a.code for a in events[0].target] == ["PRK"]
    assert 0 < events[0].confidence <= 1
    assert code_sentence("The capital has a population of about two million people.") == []


def test_the_lexicon_view_leaves_out_rows_that_hold_only_in_a_construction():
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from multivector.events.classifier import _lexicon_feats

    words = ["Putin", "was", "in", "Ankara", "."]
    doc = Doc(English().vocab, words=words, pos=["PROPN", "AUX", "ADP", "PROPN", "PUNCT"], lemmas=["Putin", "be", "in", "Ankara", "."],
              deps=["nsubj", "ROOT", "prep", "pobj", "punct"], heads=[1, 1, 1, 2, 1])
    assert "lex=CONSULT" not in _lexicon_feats(doc[:], [1])  # 'be in' is a visit only abroad, which this view cannot see


def test_a_contracted_auxiliary_is_read_by_its_lemma():
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from multivector.events.classifier import structure_view

    # 'Russia wo n't attack Georgia .': "wo" is 'will' only by its lemma
    doc = Doc(English().vocab, words=["Russia", "wo", "n't", "attack", "Georgia", "."],
              pos=["PROPN", "AUX", "PART", "VERB", "PROPN", "PUNCT"], lemmas=["Russia", "will", "not", "attack", "Georgia", "."],
              deps=["nsubj", "aux", "neg", "ROOT", "dobj", "punct"], heads=[3, 3, 3, 3, 3, 3])
    assert "mainaux=future" in structure_view(doc[:]).split()
