"""An act with no target named is aimed home only where PLOVER codes it so; parses built by hand."""

from multivector.actors import resolve_mentions
from multivector.events import code_document, extract_quotes

from .test_coder_handbuilt import parsed


def coded(verb, lemma, probs):
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("plan", "plan", "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    document, doc = parsed(rows)
    acts = resolve_mentions(document, doc)
    events = code_document(document, doc, acts, extract_quotes(document, doc, acts), classify=lambda spans: [probs] * len(spans))
    return [(e.type, tuple(a.code for a in e.source), tuple(a.code for a in e.target)) for e in events]


def test_a_government_rejecting_at_home_is_a_domestic_event():
    assert coded("rejected", "reject", [("REJECT", 0.9), (None, 0.1)]) == [("REJECT", ("KEN",), ("KEN",))]


def test_a_government_praising_at_home_is_no_event_between_actors():
    assert coded("praised", "praise", [("SUPPORT", 0.9), (None, 0.1)]) == []
