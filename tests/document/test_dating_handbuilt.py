"""Date inference on hand-built parses (no model): relative and explicit dates, tense, and the publication date."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from multivector.document.dating.expressions import is_future, resolve_date, tense
from multivector.document.dating.publication import infer_publication_date

WEDNESDAY = "2014-03-12"
VOCAB = English().vocab  # a blank English vocabulary gives the lower-case forms the cues are matched on; no model is loaded


def parse(*tokens: tuple[str, int, str, str, str]) -> Doc:
    """A parsed sentence from (word, head index, dep, tag, lemma) rows; the final token is its full stop."""
    words = [t[0] for t in tokens]
    spaces = [i + 1 < len(words) and words[i + 1] not in ".," for i in range(len(words))]
    pos = {"VBD": "VERB", "VBN": "VERB", "VB": "VERB", "VBZ": "VERB", "MD": "AUX", "CD": "NUM", "IN": "ADP", "NNS": "NOUN",
           "NN": "NOUN", "NNP": "PROPN", ".": "PUNCT", "CC": "CCONJ", "DT": "DET", "JJ": "ADJ"}
    return Doc(VOCAB, words=words, spaces=spaces, heads=[t[1] for t in tokens], deps=[t[2] for t in tokens],
               tags=[t[3] for t in tokens], pos=[pos[t[3]] for t in tokens], lemmas=[t[4] for t in tokens])


def talks(verb: tuple, *rest: tuple) -> Doc:
    """'Talks <verb> <rest>.': the subject, the verb (index 1) and what follows, all hanging on the verb."""
    return parse(("Talks", 1, "nsubj", "NNS", "talk"), verb, *rest, (".", 1, "punct", ".", "."))


def resumed_in(year: str) -> Doc:
    """'Talks resumed in <year>.'"""
    return talks(("resumed", 1, "ROOT", "VBD", "resume"), ("in", 1, "prep", "IN", "in"), (year, 2, "pobj", "CD", year))


def will_resume_in(year: str) -> Doc:
    """'Talks will resume in <year>.'"""
    return parse(("Talks", 2, "nsubj", "NNS", "talk"), ("will", 2, "aux", "MD", "will"), ("resume", 2, "ROOT", "VB", "resume"),
                 ("in", 2, "prep", "IN", "in"), (year, 3, "pobj", "CD", year), (".", 2, "punct", ".", "."))


# --- an event's own date, read against the publication date --------------------------------------

def test_relative_dates_are_counted_from_the_publication_date():
    assert resolve_date("yesterday", WEDNESDAY) == ("2014-03-11", "day")
    assert resolve_date("on Monday", WEDNESDAY) == ("2014-03-10", "day")  # the Monday of the publication's week
    assert resolve_date("last Friday", WEDNESDAY) == ("2014-03-07", "day")
    assert resolve_date("last week", WEDNESDAY) == ("2014-03", "month")  # the week of 3 March, a week of March
    assert resolve_date("next month", WEDNESDAY) == ("2014-04", "month")
    assert resolve_date("last year", WEDNESDAY) == ("2013", "year")


def test_a_relative_date_is_no_finer_than_the_publication_date():
    assert resolve_date("yesterday", "2014-03") == ("2014-03", "month")
    assert resolve_date("on Tuesday", "2014") == ("2014", "year")
    assert resolve_date("last week", None) == (None, None)  # nothing to count from: no date rather than a guess


def test_explicit_years_months_and_days():
    assert resolve_date("in 2010", None) == ("2010", "year")
    assert resolve_date("in March 2011", WEDNESDAY) == ("2011-03", "month")
    assert resolve_date("on 5 March 2011", WEDNESDAY) == ("2011-03-05", "day")
    assert resolve_date("in March", None) == (None, None)  # a month without its year, and no publication date
    assert resolve_date("for 20 years", WEDNESDAY) == (None, None)  # a duration, not a date


def test_a_weekday_still_to_come_is_the_next_one():
    assert resolve_date("on Friday", WEDNESDAY) == ("2014-03-07", "day")
    assert resolve_date("on Friday", WEDNESDAY, future=True) == ("2014-03-14", "day")


# --- tense ---------------------------------------------------------------------------------------

def test_will_and_a_past_verb_set_the_tense():
    future = will_resume_in("2016")
    assert is_future(future[2]) and tense(future[4]) == "future"
    past = resumed_in("2010")
    assert not is_future(past[1]) and tense(past[3]) == "past"


# --- the publication date ------------------------------------------------------------------------

def test_metadata_and_a_dateline_are_taken_as_they_are():
    doc = resumed_in("2010")
    by_metadata = infer_publication_date(doc, [], WEDNESDAY)
    assert (by_metadata.value, by_metadata.precision, by_metadata.earliest, by_metadata.latest) == (WEDNESDAY, "day", WEDNESDAY, WEDNESDAY)
    dated = parse(("May", 3, "npadvmod", "NNP", "May"), ("31", 0, "nummod", "CD", "31"), (",", 0, "punct", ".", ","),
                  ("1997", 3, "ROOT", "CD", "1997"), (".", 3, "punct", ".", "."))
    by_dateline = infer_publication_date(dated, [])
    assert (by_dateline.value, by_dateline.precision) == ("1997-05-31", "day") and "dateline" in by_dateline.reason


def test_a_past_year_puts_the_writing_after_it_and_never_gives_a_day():
    guess = infer_publication_date(resumed_in("2010"), [])
    assert (guess.value, guess.precision, guess.earliest) == ("2010", "year", "2010-01-01")
    assert "'2010' is spoken of as past" in guess.reason


def test_a_future_year_puts_the_writing_before_its_end():
    doc = will_resume_in("2016")
    guess = infer_publication_date(doc, [])
    assert (guess.value, guess.precision, guess.earliest, guess.latest) == ("2016", "year", None, "2016-12-31")
    assert "still to come" in guess.reason


def test_a_past_and_a_future_year_bracket_the_writing():
    doc = parse(("Talks", 1, "nsubj", "NNS", "talk"), ("resumed", 1, "ROOT", "VBD", "resume"), ("in", 1, "prep", "IN", "in"),
                ("2010", 2, "pobj", "CD", "2010"), ("and", 1, "cc", "CC", "and"), ("will", 6, "aux", "MD", "will"),
                ("end", 1, "conj", "VB", "end"), ("in", 6, "prep", "IN", "in"), ("2012", 7, "pobj", "CD", "2012"),
                (".", 1, "punct", ".", "."))
    guess = infer_publication_date(doc, [])
    assert (guess.value, guess.precision, guess.earliest, guess.latest) == ("2011", "year", "2010-01-01", "2012-12-31")


def test_a_known_event_told_as_past_dates_the_writing_after_it():
    doc = parse(("The", 2, "det", "DT", "the"), ("Semipalatinsk", 2, "compound", "NNP", "Semipalatinsk"),
                ("site", 4, "nsubjpass", "NN", "site"), ("was", 4, "auxpass", "VBD", "be"), ("closed", 4, "ROOT", "VBN", "close"),
                (".", 4, "punct", ".", "."))
    guess = infer_publication_date(doc, [])
    assert (guess.value, guess.precision, guess.earliest) == ("1991", "year", "1991-08-29")
    assert "Semipalatinsk" in guess.reason and "as past" in guess.reason


def test_an_undated_document_gets_no_date_rather_than_a_wrong_one():
    doc = talks(("resumed", 1, "ROOT", "VBD", "resume"))
    guess = infer_publication_date(doc, [])
    assert (guess.value, guess.precision, guess.earliest, guess.latest) == (None, None, None, None)
    assert guess.reason == "no date in the metadata and no dating evidence in the text"
