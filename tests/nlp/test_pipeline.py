"""The English model as the pipeline loads it: sentence starts at line breaks, repaired verb lemmas."""

from __future__ import annotations

from multivector.nlp import load_nlp
from multivector.nlp.pipeline import lemma_exceptions


def test_a_verb_the_lemmatizer_shortens_to_another_verb_gets_its_own_lemma():
    doc = load_nlp()("Opposition supporters staged a rally, hoping to topple the government.")
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert lemmas["staged"] == "stage"
    assert lemmas["hoping"] == "hope"


def test_the_repair_touches_only_the_part_of_speech_it_names():
    doc = load_nlp()("The training of the new battalion ended in May.")
    training = next(t for t in doc if t.lower_ == "training")
    assert training.pos_ == "NOUN" and training.lemma_ == "training"
    assert lemma_exceptions()["VERB"]["training"] == "train"


def test_a_line_break_starts_a_sentence():
    doc = load_nlp()("Kazakhstan signs deal\nThe agreement was signed in Astana.")
    assert [s.text.strip() for s in doc.sents][0] == "Kazakhstan signs deal"


def test_a_line_after_a_dateline_keeps_its_first_word():
    doc = load_nlp()("ANKARA/MOSCOW (Reuters) -\nTurkey said its artillery had struck back.\n")
    assert [s.text.strip() for s in doc.sents] == ["ANKARA/MOSCOW (Reuters) -", "Turkey said its artillery had struck back."]
