"""An act with no target named is aimed home only where PLOVER codes it so; parses built by hand."""

from .test_coder_handbuilt import coded


def dyads(verb, lemma, probs):
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("plan", "plan", "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    events = coded(rows, probs)
    return [(e.type, tuple(a.code for a in e.source), tuple(a.code for a in e.target)) for e in events]


def test_a_government_rejecting_at_home_is_a_domestic_event():
    assert dyads("rejected", "reject", [("REJECT", 0.9), (None, 0.1)]) == [("REJECT", ("KEN",), ("KEN",))]


def test_a_government_praising_at_home_is_no_event_between_actors():
    assert dyads("praised", "praise", [("SUPPORT", 0.9), (None, 0.1)]) == []


def test_an_agreement_with_no_partner_named_keeps_an_empty_target():
    assert dyads("approved", "approve", [("AGREE", 0.9), (None, 0.1)]) == [("AGREE", ("KEN",), ())]


def test_a_show_of_force_with_no_one_named_keeps_an_empty_target():
    # 'Kenya mobilised the army .': no one is named as the one it is aimed at, and it is not aimed at Kenya
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("mobilised", "mobilise", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("army", "army", "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    assert [(e.type, tuple(a.code for a in e.target)) for e in coded(rows, [("MOBILIZE", 0.9), (None, 0.1)])] == [("MOBILIZE", ())]
