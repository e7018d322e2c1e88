"""A sentence can carry several events: clauses without a lexicon predicate are typed on their own words.

Parses are built by hand; the classifier is a stand-in that types spans by a
word they contain, so the test shows what the coder does with its answer.
"""

from multivector.actors import resolve_mentions
from multivector.events import code_document, extract_quotes
from multivector.events.coder import other_clauses

from .test_coder_handbuilt import parsed

# "Japan signed a deal with Chad and Niger zorbled Mali." ('zorble' is in no lexicon)
ROWS = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1), ("signed", "sign", "VERB", "VBD", "ROOT", 1),
        ("a", "a", "DET", "DT", "det", 3), ("deal", "deal", "NOUN", "NN", "dobj", 1),
        ("with", "with", "ADP", "IN", "prep", 3), ("Chad", "Chad", "PROPN", "NNP", "pobj", 4),
        ("and", "and", "CCONJ", "CC", "cc", 1), ("Niger", "Niger", "PROPN", "NNP", "nsubj", 8),
        ("zorbled", "zorble", "VERB", "VBD", "conj", 1), ("Mali", "Mali", "PROPN", "NNP", "dobj", 8),
        (".", ".", "PUNCT", ".", "punct", 1)]


def typed_by_word(word, label, p):
    def classify(spans):
        return [[(label, p), (None, 1 - p)] if span.text.startswith(word) else [("AGREE", 0.9), (None, 0.1)] for span in spans]
    return classify


def dyads(events):
    return [(e.type, tuple(a.code for a in e.source), tuple(a.code for a in e.target)) for e in events]


def code(classify):
    document, doc = parsed(ROWS)
    acts = resolve_mentions(document, doc)
    return code_document(document, doc, acts, extract_quotes(document, doc, acts), classify=classify)


def test_second_clause_is_split_off_with_its_own_words():
    document, doc = parsed(ROWS)
    clauses = other_clauses(doc[:], taken={1})
    assert [(verb.text, span.text) for verb, span in clauses] == [("zorbled", "Niger zorbled Mali")]


def test_a_confident_clause_type_adds_an_event():
    assert dyads(code(typed_by_word("Niger zorbled", "ASSAULT", 0.8))) == [("AGREE", ("JPN",), ("TCD",)), ("ASSAULT", ("NER",), ("MLI",))]


def test_an_unsure_clause_type_adds_nothing():
    assert dyads(code(typed_by_word("Niger zorbled", "ASSAULT", 0.3))) == [("AGREE", ("JPN",), ("TCD",))]


def test_a_clause_sharing_the_subject_needs_a_surer_type():
    # "Japan signed a deal with Chad and zorbled Mali.": Japan zorbled Mali, if the model is very sure it is an act
    rows = ROWS[:7] + [("zorbled", "zorble", "VERB", "VBD", "conj", 1), ("Mali", "Mali", "PROPN", "NNP", "dobj", 7),
                       (".", ".", "PUNCT", ".", "punct", 1)]

    def coded(p):
        document, doc = parsed(rows)
        acts = resolve_mentions(document, doc)
        return dyads(code_document(document, doc, acts, extract_quotes(document, doc, acts), classify=typed_by_word("zorbled", "ASSAULT", p)))

    assert coded(0.97) == [("AGREE", ("JPN",), ("TCD",)), ("ASSAULT", ("JPN",), ("MLI",))]
    assert coded(0.8) == [("AGREE", ("JPN",), ("TCD",))]


def test_a_speech_verb_carries_no_deed_the_model_types():
    # 'Kenya assessed Uganda .': talk can accuse, but it does not cooperate
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("assessed", "assess", "VERB", "VBD", "ROOT", 1),
            ("Uganda", "Uganda", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]

    def coded(label):
        document, doc = parsed(rows)
        acts = resolve_mentions(document, doc)
        return [e.type for e in code_document(document, doc, acts, extract_quotes(document, doc, acts), classify=typed_by_word("Kenya", label, 0.9))]

    assert coded("COOPERATE") == []
    assert coded("ACCUSE") == ["ACCUSE"]


def test_a_ban_the_actor_lifts_is_what_it_lifts_and_anothers_ban_is_an_act_of_its_own():
    def lifted(owner):
        rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("lifted", "lift", "VERB", "VBD", "ROOT", 1), *owner,
                ("ban", "ban", "NOUN", "NN", "dobj", 1), ("on", "on", "ADP", "IN", "prep", 2 + len(owner)),
                ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 3 + len(owner)), (".", ".", "PUNCT", ".", "punct", 1)]
        document, doc = parsed(rows)
        acts = resolve_mentions(document, doc)
        return [e.type for e in code_document(document, doc, acts, extract_quotes(document, doc, acts),
                                              classify=lambda spans: [[("CONCEDE", 0.9), (None, 0.1)]] * len(spans))]
    assert lifted([("its", "its", "PRON", "PRP$", "poss", 3)]) == ["CONCEDE"]
    assert "SANCTION" in lifted([("Tanzania", "Tanzania", "PROPN", "NNP", "poss", 4), ("'s", "'s", "PART", "POS", "case", 2)])


def test_a_clause_event_aimed_as_another_of_its_sentence_is_not_told_twice():
    # "Kenya rejected the plan and Kenya zorbled.": the clause, typed as a rejection too, is aimed home like the first
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("rejected", "reject", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("plan", "plan", "NOUN", "NN", "dobj", 1), ("and", "and", "CCONJ", "CC", "cc", 1),
            ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 6), ("zorbled", "zorble", "VERB", "VBD", "conj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    document, doc = parsed(rows)
    acts = resolve_mentions(document, doc)
    events = code_document(document, doc, acts, extract_quotes(document, doc, acts), classify=lambda spans: [[("REJECT", 0.9), (None, 0.1)]] * len(spans))
    assert dyads(events) == [("REJECT", ("KEN",), ("KEN",))]


def test_a_toll_told_after_an_attack_is_the_same_attack_unless_it_names_whom_it_hit():
    from .test_coder_handbuilt import coded

    def attack(*victims):  # "Russian jets bombed a Turkish convoy, killing <victims>."
        rows = [("Russian", "Russian", "ADJ", "JJ", "amod", 1), ("jets", "jet", "NOUN", "NNS", "nsubj", 2),
                ("bombed", "bomb", "VERB", "VBD", "ROOT", 2), ("a", "a", "DET", "DT", "det", 5), ("Turkish", "Turkish", "ADJ", "JJ", "amod", 5),
                ("convoy", "convoy", "NOUN", "NN", "dobj", 2), (",", ",", "PUNCT", ",", "punct", 2), ("killing", "kill", "VERB", "VBG", "advcl", 2),
                *victims, (".", ".", "PUNCT", ".", "punct", 2)]
        ents = ["B-NORP", "O", "O", "O", "B-NORP", "O", "O", "O", *("B-NORP" if v[2] == "ADJ" else "O" for v in victims), "O"]
        events = coded(rows, [("ASSAULT", 0.9), (None, 0.1)], ents=ents)
        return [(e.trigger, *dyad) for e, dyad in zip(events, dyads(events))]

    # '..., killing civilians': the convoy's attack told again by its toll, not a second attack on Russia's own people
    assert attack(("civilians", "civilian", "NOUN", "NNS", "dobj", 7)) == [("bombed", "ASSAULT", ("RUS",), ("TUR",))]
    # '..., killing Iranian advisers': whom else it hit is an event of its own
    assert attack(("Iranian", "Iranian", "ADJ", "JJ", "amod", 9), ("advisers", "adviser", "NOUN", "NNS", "dobj", 7)) == [
        ("bombed", "ASSAULT", ("RUS",), ("TUR",)), ("killing", "ASSAULT", ("RUS",), ("IRN",))]
