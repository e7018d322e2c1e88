"""The coder on parses built by hand: no model needed, every decision visible."""

from spacy.tokens import Doc
from spacy.lang.en import English

from multivector.actors import resolve_mentions
from multivector.events import code_events, extract_quotes, make_context
from multivector.model import DateGuess, Document, Segment

VOCAB = English().vocab  # lexical attributes (lower case) without any trained model


def parsed(rows, *, ents=None, segments=None):
    """rows: (word, lemma, pos, tag, dep, head index); ``ents`` their BIO entity tags; ``segments(doc)`` the
    document's segments (default: one body segment)."""
    words = [r[0] for r in rows]
    doc = Doc(VOCAB, words=words, spaces=[i < len(rows) - 2 for i in range(len(rows))],
              lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], tags=[r[3] for r in rows],
              deps=[r[4] for r in rows], heads=[r[5] for r in rows], ents=ents)
    kept = segments(doc) if segments else [Segment(0, len(doc.text))]
    document = Document("t", "h", doc.text, kept, date=DateGuess("2008-10", "month", "test"))
    return document, doc


def code(rows, **parse):
    document, doc = parsed(rows, **parse)
    acts = resolve_mentions(document, doc)
    return code_events(make_context(document, doc, acts, extract_quotes(document, doc, acts)))


def coded(rows, probs, **parse):
    """Every event of the hand-built sentences, a stand-in sentence model giving ``probs`` for every span it is asked about."""
    from multivector.events import code_document

    document, doc = parsed(rows, **parse)
    acts = resolve_mentions(document, doc)
    return code_document(document, doc, acts, extract_quotes(document, doc, acts), classify=lambda spans: [probs] * len(spans))


def triples(events):
    return {(e.type, tuple(a.key for a in e.source), tuple(a.key for a in e.target), e.negated, e.modality) for e in events}


def test_active_verb():
    evs = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
                ("Georgia", "Georgia", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)])
    assert triples(evs) == {("ASSAULT", ("RUS",), ("GEO",), False, "asserted")}
    assert evs[0].location == "GEO" and evs[0].trigger == "attacked"


def test_passive_verb_swaps_roles():
    evs = code([("Georgia", "Georgia", "PROPN", "NNP", "nsubjpass", 2), ("was", "be", "AUX", "VBD", "auxpass", 2),
                ("attacked", "attack", "VERB", "VBN", "ROOT", 2), ("by", "by", "ADP", "IN", "agent", 2),
                ("Russia", "Russia", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 2)])
    assert triples(evs) == {("ASSAULT", ("RUS",), ("GEO",), False, "asserted")}


def test_negation_and_region_as_country():
    evs = code([("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "nsubj", 3), ("did", "do", "AUX", "VBD", "aux", 3),
                ("not", "not", "PART", "RB", "neg", 3), ("recognise", "recognise", "VERB", "VB", "ROOT", 3),
                ("Abkhazia", "Abkhazia", "PROPN", "NNP", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 3)])
    assert triples(evs) == {("SUPPORT", ("KAZ",), ("GEO",), True, "asserted")}


def test_future_and_capital_as_government():
    evs = code([("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 2), ("will", "will", "AUX", "MD", "aux", 2),
                ("sanction", "sanction", "VERB", "VB", "ROOT", 2), ("Kyiv", "Kyiv", "PROPN", "NNP", "dobj", 2),
                (".", ".", "PUNCT", ".", "punct", 2)])
    assert triples(evs) == {("SANCTION", ("RUS",), ("UKR",), False, "future")}


def test_light_verb_noun_and_possessor():
    # "Kazakhstan voiced support for Russia's incursion into Georgia."
    evs = code([("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "nsubj", 1), ("voiced", "voice", "VERB", "VBD", "ROOT", 1),
                ("support", "support", "NOUN", "NN", "dobj", 1), ("for", "for", "ADP", "IN", "prep", 2),
                ("Russia", "Russia", "PROPN", "NNP", "poss", 6), ("'s", "'s", "PART", "POS", "case", 4),
                ("incursion", "incursion", "NOUN", "NN", "pobj", 3), ("into", "into", "ADP", "IN", "prep", 6),
                ("Georgia", "Georgia", "PROPN", "NNP", "pobj", 7), (".", ".", "PUNCT", ".", "punct", 1)])
    assert triples(evs) == {("SUPPORT", ("KAZ",), ("RUS",), False, "asserted"), ("ASSAULT", ("RUS",), ("GEO",), False, "asserted")}


def test_a_statement_without_a_plover_type_is_no_event():
    evs = code([("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "nsubj", 1), ("borders", "border", "VERB", "VBZ", "ROOT", 1),
                ("China", "China", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)])
    assert evs == []


def test_a_typed_clause_is_the_act_its_empty_verb_frames():
    from multivector.events.coder import clause_event

    document, doc = parsed([("China", "China", "PROPN", "NNP", "nsubj", 1), ("was", "be", "AUX", "VBD", "ROOT", 1),
                            ("willing", "willing", "ADJ", "JJ", "acomp", 1), ("to", "to", "PART", "TO", "aux", 4),
                            ("work", "work", "VERB", "VB", "xcomp", 2), ("with", "with", "ADP", "IN", "prep", 4),
                            ("Malaysia", "Malaysia", "PROPN", "NNP", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 1)])
    acts = resolve_mentions(document, doc)
    ctx = make_context(document, doc, acts, extract_quotes(document, doc, acts))
    event = clause_event(ctx, next(doc.sents), "AGREE", 0.5)
    assert (event.trigger, [a.key for a in event.source], [a.key for a in event.target]) == ("work", ["CHN"], ["MYS"])


def test_a_strike_on_something_is_an_attack_not_a_walkout():
    evs = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("struck", "strike", "VERB", "VBD", "ROOT", 1),
                ("Georgia", "Georgia", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)])
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", "aerial")]


def _named(name_rows):
    """'Russia called the sanctions <name>.' with the name's words as an 'oprd' of 'called'."""
    rows = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("called", "call", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("sanctions", "sanction", "NOUN", "NNS", "dobj", 1)]
    rows += [(w, lemma, pos, tag, dep, 1 if head is None else head) for w, lemma, pos, tag, dep, head in name_rows]
    return code(rows + [(".", ".", "PUNCT", ".", "punct", 1)])


def test_naming_something_a_sham_accuses_and_naming_it_constructive_supports():
    assert [e.type for e in _named([("illegal", "illegal", "ADJ", "JJ", "oprd", None)])] == ["ACCUSE"]
    assert [e.type for e in _named([("a", "a", "DET", "DT", "det", 6), ("sham", "sham", "NOUN", "NN", "oprd", None)])] == ["ACCUSE"]
    assert [e.type for e in _named([("constructive", "constructive", "ADJ", "JJ", "oprd", None)])] == ["SUPPORT"]
    # the small parser often reads the name as a second object
    assert [e.type for e in _named([("a", "a", "DET", "DT", "det", 6), ("violation", "violation", "NOUN", "NN", "dobj", None)])] == ["ACCUSE"]
    # a name that judges nothing is no event of its own, and 'called' is not read as a phone call
    assert _named([("a", "a", "DET", "DT", "det", 6), ("response", "response", "NOUN", "NN", "oprd", None)]) == []


def test_the_name_is_its_head_and_modifiers_not_the_phrases_hung_on_it():
    # 'Russia called the sanctions a base for piracy.': what the base is for judges nothing
    assert _named([("a", "a", "DET", "DT", "det", 5), ("base", "base", "NOUN", "NN", "oprd", None),
                   ("for", "for", "ADP", "IN", "prep", 5), ("piracy", "piracy", "NOUN", "NN", "pobj", 6)]) == []
    # 'Russia called the sanctions a victory for sense.': the 'for' under the name is no 'called for'
    evs = _named([("a", "a", "DET", "DT", "det", 5), ("victory", "victory", "NOUN", "NN", "oprd", None),
                  ("for", "for", "ADP", "IN", "prep", 5), ("sense", "sense", "NOUN", "NN", "pobj", 6)])
    assert [e.type for e in evs] == ["SUPPORT"]


def test_a_name_the_parser_hung_on_the_object_is_still_the_name():
    # 'Russia called the ratification of the treaty "hostile".': 'hostile' parsed as a modifier after 'treaty'
    evs = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("called", "call", "VERB", "VBD", "ROOT", 1),
                ("the", "the", "DET", "DT", "det", 3), ("ratification", "ratification", "NOUN", "NN", "dobj", 1),
                ("of", "of", "ADP", "IN", "prep", 3), ("the", "the", "DET", "DT", "det", 6),
                ("treaty", "treaty", "NOUN", "NN", "pobj", 4), ("hostile", "hostile", "ADJ", "JJ", "amod", 6),
                (".", ".", "PUNCT", ".", "punct", 1)])
    assert [e.type for e in evs] == ["ACCUSE"]


def test_a_call_is_made_to_someone_not_to_a_thing():
    # 'Russia called the deal.': no one is called, and no name is given
    evs = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("called", "call", "VERB", "VBD", "ROOT", 1),
                ("the", "the", "DET", "DT", "det", 3), ("deal", "deal", "NOUN", "NN", "dobj", 1),
                (".", ".", "PUNCT", ".", "punct", 1)])
    assert evs == []


def test_a_partner_joined_to_a_nameless_phrase_is_found():
    # 'Azerbaijan signed a deal with a group of companies and Russia's Lukoil.'
    evs = code([("Azerbaijan", "Azerbaijan", "PROPN", "NNP", "nsubj", 1), ("signed", "sign", "VERB", "VBD", "ROOT", 1),
                ("a", "a", "DET", "DT", "det", 3), ("deal", "deal", "NOUN", "NN", "dobj", 1),
                ("with", "with", "ADP", "IN", "prep", 1), ("a", "a", "DET", "DT", "det", 6),
                ("group", "group", "NOUN", "NN", "pobj", 4), ("of", "of", "ADP", "IN", "prep", 6),
                ("companies", "company", "NOUN", "NNS", "pobj", 7), ("and", "and", "CCONJ", "CC", "cc", 6),
                ("Russia", "Russia", "PROPN", "NNP", "poss", 12), ("'s", "'s", "PART", "POS", "case", 10),
                ("Lukoil", "Lukoil", "PROPN", "NNP", "conj", 6), (".", ".", "PUNCT", ".", "punct", 1)],
               ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "B-ORG", "O"])
    assert [(e.type, [a.code for a in e.target]) for e in evs] == [("AGREE", ["RUS"])]


def test_going_to_another_country_s_capital_is_a_visit_and_going_home_is_not():
    def went(subject, city):
        return code([(subject, subject, "PROPN", "NNP", "nsubj", 1), ("went", "go", "VERB", "VBD", "ROOT", 1),
                     ("to", "to", "ADP", "IN", "prep", 1), (city, city, "PROPN", "NNP", "pobj", 2),
                     (".", ".", "PUNCT", ".", "punct", 1)], ents=["B-PERSON", "O", "O", "B-GPE", "O"])
    assert [(e.type, [a.code for a in e.target]) for e in went("Putin", "Beijing")] == [("CONSULT", ["CHN"])]
    assert went("Putin", "Moscow") == []


def test_calling_someone_without_naming_them_is_still_a_call():
    evs = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("called", "call", "VERB", "VBD", "ROOT", 1),
                ("Turkey", "Turkey", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)])
    assert triples(evs) == {("CONSULT", ("RUS",), ("TUR",), False, "asserted")} and evs[0].mode == "phone"


def test_a_confident_model_does_not_override_what_a_naming_construction_decides():
    events = coded([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("called", "call", "VERB", "VBD", "ROOT", 1),
                   ("the", "the", "DET", "DT", "det", 3), ("vote", "vote", "NOUN", "NN", "dobj", 1),
                   ("a", "a", "DET", "DT", "det", 5), ("sham", "sham", "NOUN", "NN", "oprd", 1),
                   (".", ".", "PUNCT", ".", "punct", 1)], [("REQUEST", 0.95), ("ACCUSE", 0.02), (None, 0.03)])  # 'called' read as 'called for'
    assert [e.type for e in events][:1] == ["ACCUSE"]


def _police_arrest(lead_rows, segments, lead_ents=None):
    """``lead_rows`` then 'Police arrested protesters .', coded with the document cut into ``segments``."""
    n = len(lead_rows)
    rows = lead_rows + [("Police", "police", "NOUN", "NNS", "nsubj", n + 1), ("arrested", "arrest", "VERB", "VBD", "ROOT", n + 1),
                        ("protesters", "protester", "NOUN", "NNS", "dobj", n + 1), (".", ".", "PUNCT", ".", "punct", n + 1)]
    events = code(rows, ents=(lead_ents or ["O"] * n) + ["O"] * 4, segments=segments)
    return {(e.type, tuple(a.key for a in e.source)) for e in events if e.trigger == "arrested"}


def test_unnamed_police_belong_to_the_country_of_the_dateline():
    lead = [("MANILA", "Manila", "PROPN", "NNP", "ROOT", 0)]
    found = _police_arrest(lead, lambda doc: [Segment(0, 6, "dateline"), Segment(7, len(doc.text))])
    assert found == {("COERCE", ("PHL",))}


def test_without_a_dateline_unnamed_police_belong_to_the_country_named_most_its_people_counted():
    # 'Rodrigo Duterte scolded America . Duterte left .': one state named (the US), but the Philippines' president twice
    lead = [("Rodrigo", "Rodrigo", "PROPN", "NNP", "compound", 1), ("Duterte", "Duterte", "PROPN", "NNP", "nsubj", 2),
            ("scolded", "scold", "VERB", "VBD", "ROOT", 2), ("America", "America", "PROPN", "NNP", "dobj", 2),
            (".", ".", "PUNCT", ".", "punct", 2), ("Duterte", "Duterte", "PROPN", "NNP", "nsubj", 6),
            ("left", "leave", "VERB", "VBD", "ROOT", 6), (".", ".", "PUNCT", ".", "punct", 6)]
    ents = ["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-PERSON", "O", "O"]
    found = _police_arrest(lead, lambda doc: [Segment(0, len(doc.text))], ents)
    assert found == {("COERCE", ("PHL",))}


def test_unnamed_people_act_through_the_relative_clause_that_describes_them():
    # 'Police detained students who protested in Kenya .': 'who' is the students, the people of Kenya
    rows = [("Police", "police", "NOUN", "NNS", "nsubj", 1), ("detained", "detain", "VERB", "VBD", "ROOT", 1),
            ("students", "student", "NOUN", "NNS", "dobj", 1), ("who", "who", "PRON", "WP", "nsubj", 4),
            ("protested", "protest", "VERB", "VBD", "relcl", 2), ("in", "in", "ADP", "IN", "prep", 4),
            ("Kenya", "Kenya", "PROPN", "NNP", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 1)]
    events = code(rows, ents=["O"] * 6 + ["B-GPE", "O"])
    assert {(e.type, tuple(a.key for a in e.source)) for e in events if e.trigger == "protested"} == {("PROTEST", ("KEN",))}


def test_a_relative_clause_acts_through_the_phrase_it_describes():
    # 'Russia , which supplied weapons to Armenia , called for calm .'
    evs = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 8), (",", ",", "PUNCT", ",", "punct", 0),
                ("which", "which", "PRON", "WDT", "nsubj", 3), ("supplied", "supply", "VERB", "VBD", "relcl", 0),
                ("weapons", "weapon", "NOUN", "NNS", "dobj", 3), ("to", "to", "ADP", "IN", "prep", 3),
                ("Armenia", "Armenia", "PROPN", "NNP", "pobj", 5), (",", ",", "PUNCT", ",", "punct", 0),
                ("called", "call", "VERB", "VBD", "ROOT", 8), ("for", "for", "ADP", "IN", "prep", 8),
                ("calm", "calm", "NOUN", "NN", "pobj", 9), (".", ".", "PUNCT", ".", "punct", 8)])
    assert ("AID", ("RUS",), ("ARM",), False, "asserted") in triples(evs)


def test_expelling_an_ambassador_is_a_diplomatic_sanction():
    evs = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("expelled", "expel", "VERB", "VBD", "ROOT", 1),
                ("Georgia", "Georgia", "PROPN", "NNP", "poss", 4), ("'s", "'s", "PART", "POS", "case", 2),
                ("ambassador", "ambassador", "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)])
    assert [(e.type, e.mode, [a.code for a in e.source], [a.code for a in e.target]) for e in evs] == [("SANCTION", "diplomatic", ["RUS"], ["GEO"])]


def test_the_two_rivals_are_the_two_states_last_named():
    evs = code([("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("met", "meet", "VERB", "VBD", "ROOT", 1),
                ("Iraq", "Iraq", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1),
                ("The", "the", "DET", "DT", "det", 6), ("two", "two", "NUM", "CD", "nummod", 6),
                ("rivals", "rival", "NOUN", "NNS", "nsubj", 7), ("attacked", "attack", "VERB", "VBD", "ROOT", 7),
                ("Syria", "Syria", "PROPN", "NNP", "dobj", 7), (".", ".", "PUNCT", ".", "punct", 7)])
    attack = [e for e in evs if e.type == "ASSAULT"]
    assert attack and {a.code for a in attack[0].source} == {"IRN", "IRQ"} and [a.code for a in attack[0].target] == ["SYR"]


def test_an_organisation_that_names_no_target_speaks_of_the_state_the_article_is_about():
    evs = code([("Belarus", "Belarus", "PROPN", "NNP", "nsubj", 1), ("held", "hold", "VERB", "VBD", "ROOT", 1),
                ("elections", "election", "NOUN", "NNS", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1),
                ("Belarus", "Belarus", "PROPN", "NNP", "nsubj", 5), ("voted", "vote", "VERB", "VBD", "ROOT", 5),
                (".", ".", "PUNCT", ".", "punct", 5),
                ("The", "the", "DET", "DT", "det", 8), ("UN", "UN", "PROPN", "NNP", "nsubj", 9),
                ("urged", "urge", "VERB", "VBD", "ROOT", 9), ("restraint", "restraint", "NOUN", "NN", "dobj", 9),
                (".", ".", "PUNCT", ".", "punct", 9)])
    urged = [e for e in evs if e.trigger == "urged"]
    assert [(e.type, [a.key for a in e.source], [a.key for a in e.target]) for e in urged] == [("REQUEST", ["UN"], ["BLR"])]


def test_an_attack_by_unnamed_perpetrators_is_coded_on_the_country_where_it_happened():
    # 'Two soldiers were killed in Lebanon .'
    evs = code([("Two", "two", "NUM", "CD", "nummod", 1), ("soldiers", "soldier", "NOUN", "NNS", "nsubjpass", 3),
                ("were", "be", "AUX", "VBD", "auxpass", 3), ("killed", "kill", "VERB", "VBN", "ROOT", 3),
                ("in", "in", "ADP", "IN", "prep", 3), ("Lebanon", "Lebanon", "PROPN", "NNP", "pobj", 4),
                (".", ".", "PUNCT", ".", "punct", 3)])
    assert [(e.type, [a.code for a in e.source]) for e in evs] == [("ASSAULT", ["LBN"])]
    # 'Two soldiers were killed in a crash in Lebanon .': no one attacked
    crash = code([("Two", "two", "NUM", "CD", "nummod", 1), ("soldiers", "soldier", "NOUN", "NNS", "nsubjpass", 3),
                  ("were", "be", "AUX", "VBD", "auxpass", 3), ("killed", "kill", "VERB", "VBN", "ROOT", 3),
                  ("in", "in", "ADP", "IN", "prep", 3), ("a", "a", "DET", "DT", "det", 6), ("crash", "crash", "NOUN", "NN", "pobj", 4),
                  ("in", "in", "ADP", "IN", "prep", 3), ("Lebanon", "Lebanon", "PROPN", "NNP", "pobj", 7), (".", ".", "PUNCT", ".", "punct", 3)])
    assert crash == []


def test_a_blockade_is_coercion_whatever_verb_imposes_it():
    for verb, lemma in (("imposed", "impose"), ("reimposed", "reimpose")):
        evs = code([("Israel", "Israel", "PROPN", "NNP", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1),
                    ("a", "a", "DET", "DT", "det", 3), ("blockade", "blockade", "NOUN", "NN", "dobj", 1),
                    ("on", "on", "ADP", "IN", "prep", 3), ("Lebanon", "Lebanon", "PROPN", "NNP", "pobj", 4),
                    (".", ".", "PUNCT", ".", "punct", 1)])
        assert [(e.type, e.mode, [a.code for a in e.source], [a.code for a in e.target]) for e in evs] == [("COERCE", "restrict", ["ISR"], ["LBN"])], verb


def test_being_in_talks_is_consulting():
    # 'Serbia is in talks with Russia .'
    evs = code([("Serbia", "Serbia", "PROPN", "NNP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1),
                ("in", "in", "ADP", "IN", "prep", 1), ("talks", "talk", "NOUN", "NNS", "pobj", 2),
                ("with", "with", "ADP", "IN", "prep", 3), ("Russia", "Russia", "PROPN", "NNP", "pobj", 4),
                (".", ".", "PUNCT", ".", "punct", 1)])
    assert triples(evs) == {("CONSULT", ("SRB",), ("RUS",), False, "asserted")}


def test_a_nominal_event_described_by_a_relative_clause_takes_its_actors_from_it():
    # 'Serbia joined the sanctions the EU imposed on Russia .'
    evs = code([("Serbia", "Serbia", "PROPN", "NNP", "nsubj", 1), ("joined", "join", "VERB", "VBD", "ROOT", 1),
                ("the", "the", "DET", "DT", "det", 3), ("sanctions", "sanction", "NOUN", "NNS", "dobj", 1),
                ("the", "the", "DET", "DT", "det", 5), ("EU", "EU", "PROPN", "NNP", "nsubj", 6),
                ("imposed", "impose", "VERB", "VBD", "relcl", 3), ("on", "on", "ADP", "IN", "prep", 6),
                ("Russia", "Russia", "PROPN", "NNP", "pobj", 7), (".", ".", "PUNCT", ".", "punct", 1)])
    assert ("SANCTION", ("EU",), ("RUS",), False, "asserted") in triples(evs)


def test_leaving_an_organisation_is_a_sanction_and_leaving_a_town_a_retreat():
    # 'Georgia withdrew from the CIS .' / 'Georgia withdrew from Gori .'
    def withdrew_from(name, lemma, tag):
        return code([("Georgia", "Georgia", "PROPN", "NNP", "nsubj", 1), ("withdrew", "withdraw", "VERB", "VBD", "ROOT", 1),
                     ("from", "from", "ADP", "IN", "prep", 1), (name, lemma, "PROPN", tag, "pobj", 2), (".", ".", "PUNCT", ".", "punct", 1)])
    assert [(e.type, [a.key for a in e.target]) for e in withdrew_from("CIS", "CIS", "NNP")] == [("SANCTION", ["CIS"])]
    assert [e.type for e in withdrew_from("Gori", "Gori", "NNP")] == ["RETREAT"]
    # 'Russia left Brussels .': a city that stands for the EU elsewhere is still a city here
    left = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("left", "leave", "VERB", "VBD", "ROOT", 1),
                 ("Brussels", "Brussels", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)])
    assert "SANCTION" not in [e.type for e in left]


def test_unnamed_attackers_the_parser_hung_on_a_fronted_phrase_are_local():
    # 'In Lebanon on Friday gunmen attacked a mosque .': 'gunmen' parsed under 'on Friday'
    evs = code([("In", "in", "ADP", "IN", "prep", 6), ("Lebanon", "Lebanon", "PROPN", "NNP", "pobj", 0),
                ("on", "on", "ADP", "IN", "prep", 6), ("Friday", "Friday", "PROPN", "NNP", "pobj", 2),
                ("gunmen", "gunman", "NOUN", "NNS", "appos", 3), ("suddenly", "suddenly", "ADV", "RB", "advmod", 6),
                ("attacked", "attack", "VERB", "VBD", "ROOT", 6), ("a", "a", "DET", "DT", "det", 8),
                ("mosque", "mosque", "NOUN", "NN", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 6)])
    assert [(e.type, [a.code for a in e.source]) for e in evs] == [("ASSAULT", ["LBN"])]


def test_someone_in_another_countrys_city_is_visiting_it_and_at_home_is_not():
    def was_in(city):
        return code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("was", "be", "AUX", "VBD", "ROOT", 1),
                     ("in", "in", "ADP", "IN", "prep", 1), (city, city, "PROPN", "NNP", "pobj", 2), (".", ".", "PUNCT", ".", "punct", 1)])
    assert [(e.type, e.mode, [a.code for a in e.target]) for e in was_in("Ankara")] == [("CONSULT", "visit", ["TUR"])]
    assert was_in("Moscow") == []
    assert was_in("Turkey") == []  # being in a country ('troops are in Syria') is no visit


def test_unnamed_attackers_in_a_city_the_gazetteer_knows_are_of_its_country():
    # 'Gunmen attacked a hotel in Karachi .'
    evs = code([("Gunmen", "gunman", "NOUN", "NNS", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
                ("a", "a", "DET", "DT", "det", 3), ("hotel", "hotel", "NOUN", "NN", "dobj", 1),
                ("in", "in", "ADP", "IN", "prep", 1), ("Karachi", "Karachi", "PROPN", "NNP", "pobj", 4),
                (".", ".", "PUNCT", ".", "punct", 1)])
    assert [(e.type, [a.code for a in e.source]) for e in evs] == [("ASSAULT", ["PAK"])]


def test_a_city_is_looked_up_by_its_whole_name_not_its_last_word():
    # 'Gunmen attacked a hotel in New York .': 'York' alone is an English town
    evs = code([("Gunmen", "gunman", "NOUN", "NNS", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
                ("a", "a", "DET", "DT", "det", 3), ("hotel", "hotel", "NOUN", "NN", "dobj", 1),
                ("in", "in", "ADP", "IN", "prep", 1), ("New", "New", "PROPN", "NNP", "compound", 6),
                ("York", "York", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)])
    assert all("GBR" not in [a.code for a in e.source] for e in evs)


def test_voicing_concern_is_disapproval_and_regret_for_ones_own_act_an_apology():
    def expressed(noun, prep, obj):
        return code([("Japan", "Japan", "PROPN", "NNP", "nsubj", 1), ("expressed", "express", "VERB", "VBD", "ROOT", 1),
                     (noun, noun, "NOUN", "NN", "dobj", 1), (prep, prep, "ADP", "IN", "prep", 2),
                     (obj, obj, "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)])
    assert [e.type for e in expressed("concern", "about", "China")] == ["ACCUSE"]
    assert expressed("regret", "for", "Korea")[0].type == "SUPPORT"  # the act at 'expressed'; 'regret' is its content


def test_the_sentence_model_does_not_retype_a_sentence_whose_clauses_say_different_acts():
    # 'Russia criticised Georgia and met Turkey.': a sentence-wide model cannot tell which clause its type is for
    events = coded([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("criticised", "criticise", "VERB", "VBD", "ROOT", 1),
                   ("Georgia", "Georgia", "PROPN", "NNP", "dobj", 1), ("and", "and", "CCONJ", "CC", "cc", 1),
                   ("met", "meet", "VERB", "VBD", "conj", 1), ("Turkey", "Turkey", "PROPN", "NNP", "dobj", 4),
                   (".", ".", "PUNCT", ".", "punct", 1)], [("CONSULT", 0.9), ("ACCUSE", 0.05), (None, 0.05)])
    assert {(e.type, e.target[0].code) for e in events} == {("ACCUSE", "GEO"), ("CONSULT", "TUR")}


def test_a_negative_judgement_said_of_someone_accuses_them_and_a_denied_one_does_not():
    def said(words):
        # 'Georgia said Russia was (not) an aggressor .'
        rows = [("Georgia", "Georgia", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
                ("Russia", "Russia", "PROPN", "NNP", "nsubj", 3), ("was", "be", "AUX", "VBD", "ccomp", 1)]
        rows += [(w, lemma, pos, tag, dep, 3 if head is None else head) for w, lemma, pos, tag, dep, head in words]
        return code(rows + [(".", ".", "PUNCT", ".", "punct", 1)])
    aggressor = [("an", "an", "DET", "DT", "det", 5), ("aggressor", "aggressor", "NOUN", "NN", "attr", None)]
    assert triples(said(aggressor)) == {("ACCUSE", ("GEO",), ("RUS",), False, "asserted")}
    denied = [("not", "not", "PART", "RB", "neg", None), ("an", "an", "DET", "DT", "det", 6),
              ("aggressor", "aggressor", "NOUN", "NN", "attr", None)]
    assert said(denied) == []


def test_military_forces_kept_in_another_country_cooperate_with_it_and_other_bases_do_not():
    def keeps(modifier, place):
        # 'Russia keeps an <modifier> base in <place> .'
        return code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("keeps", "keep", "VERB", "VBZ", "ROOT", 1),
                     ("an", "an", "DET", "DT", "det", 4), (modifier, modifier, "NOUN", "NN", "compound", 4),
                     ("base", "base", "NOUN", "NN", "dobj", 1), ("in", "in", "ADP", "IN", "prep", 1),
                     (place, place, "PROPN", "NNP", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 1)],
                    ents=["B-GPE", "O", "O", "O", "O", "O", "B-GPE", "O"])
    assert [(e.type, e.mode, [a.code for a in e.target]) for e in keeps("air", "Tajikistan")] == [("COOPERATE", "military", ["TJK"])]
    assert keeps("air", "Russia") == []  # at home
    assert keeps("office", "Tajikistan") == []  # not a military base


def test_personnel_kept_abroad_a_base_hosted_and_joint_manoeuvres_are_military_cooperation():
    # 'Russia keeps personnel in Tajikistan .'
    kept = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("keeps", "keep", "VERB", "VBZ", "ROOT", 1),
                 ("personnel", "personnel", "NOUN", "NNS", "dobj", 1), ("in", "in", "ADP", "IN", "prep", 1),
                 ("Tajikistan", "Tajikistan", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)],
                ents=["B-GPE", "O", "O", "O", "B-GPE", "O"])
    assert [(e.type, [a.code for a in e.target]) for e in kept] == [("COOPERATE", ["TJK"])]
    # 'Djibouti hosts a French base .'
    hosted = code([("Djibouti", "Djibouti", "PROPN", "NNP", "nsubj", 1), ("hosts", "host", "VERB", "VBZ", "ROOT", 1),
                   ("a", "a", "DET", "DT", "det", 4), ("French", "French", "ADJ", "JJ", "amod", 4), ("base", "base", "NOUN", "NN", "dobj", 1),
                   (".", ".", "PUNCT", ".", "punct", 1)], ents=["B-GPE", "O", "O", "B-NORP", "O", "O"])
    assert [(e.type, [a.code for a in e.target]) for e in hosted] == [("COOPERATE", ["FRA"])]
    # 'Russia held manoeuvres with Belarus .'
    held = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("held", "hold", "VERB", "VBD", "ROOT", 1),
                 ("manoeuvres", "manoeuvre", "NOUN", "NNS", "dobj", 1), ("with", "with", "ADP", "IN", "prep", 2),
                 ("Belarus", "Belarus", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)],
                ents=["B-GPE", "O", "O", "O", "B-GPE", "O"])
    assert [(e.type, [a.code for a in e.target]) for e in held] == [("COOPERATE", ["BLR"])]


def test_a_list_parsed_as_an_apposition_of_its_first_name_acts_together():
    # 'Russia , Iran , Syria and Iraq condemned Israel .': the parser hangs 'Iran, Syria and Iraq' on 'Russia'
    evs = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 7), (",", ",", "PUNCT", ",", "punct", 0),
                ("Iran", "Iran", "PROPN", "NNP", "appos", 0), (",", ",", "PUNCT", ",", "punct", 2),
                ("Syria", "Syria", "PROPN", "NNP", "conj", 2), ("and", "and", "CCONJ", "CC", "cc", 4),
                ("Iraq", "Iraq", "PROPN", "NNP", "conj", 4), ("condemned", "condemn", "VERB", "VBD", "ROOT", 7),
                ("Israel", "Israel", "PROPN", "NNP", "dobj", 7), (".", ".", "PUNCT", ".", "punct", 7)])
    assert [(e.type, sorted(a.code for a in e.source)) for e in evs] == [("ACCUSE", ["IRN", "IRQ", "RUS", "SYR"])]


def test_stopping_a_cooperative_act_is_a_sanction_and_stopping_attacks_is_not():
    def stopped(modifier, noun, lemma):
        rows = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("stopped", "stop", "VERB", "VBD", "ROOT", 1)]
        rows += [(modifier, modifier.lower(), "ADJ" if modifier == "joint" else "DET", "JJ" if modifier == "joint" else "DT",
                  "amod" if modifier == "joint" else "det", 3)]
        rows += [(noun, lemma, "NOUN", "NNS", "dobj", 1), ("with", "with", "ADP", "IN", "prep", 1),
                 ("Turkey", "Turkey", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
        return code(rows)
    assert [(e.type, [a.code for a in e.target]) for e in stopped("joint", "patrols", "patrol")] == [("SANCTION", ["TUR"])]
    assert "SANCTION" not in {e.type for e in stopped("the", "attacks", "attack")}


def test_the_two_presidents_are_the_two_states_named_last():
    # 'Russia hosted Venezuela . The two presidents signed a deal .'
    evs = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("hosted", "host", "VERB", "VBD", "ROOT", 1),
                ("Venezuela", "Venezuela", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1),
                ("The", "the", "DET", "DT", "det", 6), ("two", "two", "NUM", "CD", "nummod", 6),
                ("presidents", "president", "NOUN", "NNS", "nsubj", 7), ("signed", "sign", "VERB", "VBD", "ROOT", 7),
                ("a", "a", "DET", "DT", "det", 9), ("deal", "deal", "NOUN", "NN", "dobj", 7), (".", ".", "PUNCT", ".", "punct", 7)])
    signed = [e for e in evs if e.trigger == "signed"]
    assert [(sorted(a.code for a in e.source), e.target) for e in signed] == [(["RUS", "VEN"], [])]


def test_pulling_out_of_deals_is_a_sanction_that_no_model_overrides_and_out_of_a_town_is_not():
    from multivector.events import code_document

    def pulled_out_of(noun, lemma):
        # 'Russia pulled out of <noun> with Georgia .', the classifier sure it is a retreat
        document, doc = parsed([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("pulled", "pull", "VERB", "VBD", "ROOT", 1),
                                ("out", "out", "ADP", "RP", "prt", 1), ("of", "of", "ADP", "IN", "prep", 2),
                                (noun, lemma, "NOUN", "NNS", "pobj", 3), ("with", "with", "ADP", "IN", "prep", 4),
                                ("Georgia", "Georgia", "PROPN", "NNP", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 1)])
        acts = resolve_mentions(document, doc)
        probs = [("RETREAT", 0.9), ("SANCTION", 0.05), (None, 0.05)]
        return code_document(document, doc, acts, extract_quotes(document, doc, acts), classify=lambda spans: [probs] * len(spans))
    assert [e.type for e in pulled_out_of("deals", "deal")] == ["SANCTION"]
    assert "SANCTION" not in [e.type for e in pulled_out_of("towns", "town")]


def test_the_object_of_a_control_verb_does_what_it_is_urged_to_and_a_purpose_is_the_subject_s():
    from multivector.events.arguments import subject_of

    def doer(verb, lemma):
        # 'Russia <verb> Georgia to withdraw .'
        document, doc = parsed([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1),
                                ("Georgia", "Georgia", "PROPN", "NNP", "dobj", 1), ("to", "to", "PART", "TO", "aux", 4),
                                ("withdraw", "withdraw", "VERB", "VB", "xcomp", 1), (".", ".", "PUNCT", ".", "punct", 1)])
        acts = resolve_mentions(document, doc)
        ctx = make_context(document, doc, acts, extract_quotes(document, doc, acts))
        return [a.code for a in subject_of(ctx, 4)]
    assert doer("urged", "urge") == ["GEO"]
    assert doer("summoned", "summon") == ["RUS"]


def test_asking_about_something_is_a_question_and_asking_for_it_a_request():
    def asked(prep, noun):
        # 'Iran asked Russia <prep> <noun> .'
        return code([("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("asked", "ask", "VERB", "VBD", "ROOT", 1),
                     ("Russia", "Russia", "PROPN", "NNP", "dobj", 1), (prep, prep, "ADP", "IN", "prep", 1),
                     (noun, noun, "NOUN", "NN", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)])
    assert asked("about", "base") == []
    assert [(e.type, [a.code for a in e.target]) for e in asked("for", "help")] == [("REQUEST", ["RUS"])]


def test_becoming_a_member_of_an_organisation_is_joining_it():
    # 'Finland became a member of NATO .'
    evs = code([("Finland", "Finland", "PROPN", "NNP", "nsubj", 1), ("became", "become", "VERB", "VBD", "ROOT", 1),
                ("a", "a", "DET", "DT", "det", 3), ("member", "member", "NOUN", "NN", "attr", 1),
                ("of", "of", "ADP", "IN", "prep", 3), ("NATO", "NATO", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)])
    assert [(e.type, [a.key for a in e.target]) for e in evs] == [("AGREE", ["NATO"])]


def test_coming_to_a_gathering_of_leaders_is_a_visit_and_coming_to_power_is_not():
    def came_to(noun):
        # 'Putin came to the <noun> .'
        return code([("Putin", "Putin", "PROPN", "NNP", "nsubj", 1), ("came", "come", "VERB", "VBD", "ROOT", 1),
                     ("to", "to", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 4),
                     (noun, noun, "NOUN", "NN", "pobj", 2), (".", ".", "PUNCT", ".", "punct", 1)], ents=["B-PERSON", "O", "O", "O", "O", "O"])
    assert [(e.type, e.mode, [a.code for a in e.source]) for e in came_to("inauguration")] == [("CONSULT", "visit", ["RUS"])]
    assert came_to("power") == []


def test_sending_an_envoy_is_a_consultation_and_sending_troops_is_not():
    def sent(noun):
        # 'China sent an <noun> to Sudan .'
        return code([("China", "China", "PROPN", "NNP", "nsubj", 1), ("sent", "send", "VERB", "VBD", "ROOT", 1),
                     ("an", "an", "DET", "DT", "det", 3), (noun, noun, "NOUN", "NN", "dobj", 1),
                     ("to", "to", "ADP", "IN", "prep", 1), ("Sudan", "Sudan", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)])
    assert [(e.type, [a.code for a in e.target]) for e in sent("envoy")] == [("CONSULT", ["SDN"])]
    assert "CONSULT" not in {e.type for e in sent("army")}


def test_hosts_act_on_the_parties_they_host_not_on_each_other():
    # 'Iraq and Oman hosted talks between Iran and Egypt .'
    evs = code([("Iraq", "Iraq", "PROPN", "NNP", "nsubj", 3), ("and", "and", "CCONJ", "CC", "cc", 0),
                ("Oman", "Oman", "PROPN", "NNP", "conj", 0), ("hosted", "host", "VERB", "VBD", "ROOT", 3),
                ("talks", "talk", "NOUN", "NNS", "dobj", 3), ("between", "between", "ADP", "IN", "prep", 4),
                ("Iran", "Iran", "PROPN", "NNP", "pobj", 5), ("and", "and", "CCONJ", "CC", "cc", 6),
                ("Egypt", "Egypt", "PROPN", "NNP", "conj", 6), (".", ".", "PUNCT", ".", "punct", 3)])
    hosted = [e for e in evs if e.trigger == "hosted"]
    assert [(sorted(a.code for a in e.source), sorted(a.code for a in e.target)) for e in hosted] == [(["IRQ", "OMN"], ["EGY", "IRN"])]


def test_a_minister_due_in_another_capital_is_visiting_it():
    # 'Lavrov is due in Beijing .'
    evs = code([("Lavrov", "Lavrov", "PROPN", "NNP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1),
                ("due", "due", "ADJ", "JJ", "acomp", 1), ("in", "in", "ADP", "IN", "prep", 2),
                ("Beijing", "Beijing", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)],
               ents=["B-PERSON", "O", "O", "O", "B-GPE", "O"])
    assert [(e.type, e.mode, [a.code for a in e.source], [a.code for a in e.target]) for e in evs] == [("CONSULT", "visit", ["RUS"], ["CHN"])]


def test_a_telephone_call_is_a_consultation_and_a_call_for_calm_a_request():
    def held(modifier, tail):
        # 'Russia made a <modifier> call <tail> .'
        rows = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("made", "make", "VERB", "VBD", "ROOT", 1),
                ("a", "a", "DET", "DT", "det", 4), (modifier, modifier, "NOUN" if modifier == "telephone" else "ADJ", "NN", "compound" if modifier == "telephone" else "amod", 4),
                ("call", "call", "NOUN", "NN", "dobj", 1)]
        rows += [(w, lemma, pos, tag, dep, head) for w, lemma, pos, tag, dep, head in tail]
        return code(rows + [(".", ".", "PUNCT", ".", "punct", 1)])
    with_turkey = [("with", "with", "ADP", "IN", "prep", 4), ("Turkey", "Turkey", "PROPN", "NNP", "pobj", 5)]
    assert [(e.type, e.mode, [a.code for a in e.target]) for e in held("telephone", with_turkey)] == [("CONSULT", "phone", ["TUR"])]
    to_turkey = [("to", "to", "ADP", "IN", "prep", 4), ("Turkey", "Turkey", "PROPN", "NNP", "pobj", 5)]
    assert [e.type for e in held("urgent", to_turkey)] == ["REQUEST"]


def test_a_judgement_of_a_place_or_a_denied_one_accuses_no_one():
    def said(rows_after_said):
        # 'Russia said <...> .', its states tagged as places are
        rows = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1)]
        rows += rows_after_said + [(".", ".", "PUNCT", ".", "punct", 1)]
        return code(rows, ents=["B-GPE" if r[0] in ("Russia", "Syria") else "O" for r in rows])
    # 'the situation in Syria was dangerous': Syria is where, not who
    place = [("the", "the", "DET", "DT", "det", 3), ("situation", "situation", "NOUN", "NN", "nsubj", 6),
             ("in", "in", "ADP", "IN", "prep", 3), ("Syria", "Syria", "PROPN", "NNP", "pobj", 4),
             ("was", "be", "AUX", "VBD", "ccomp", 1), ("dangerous", "dangerous", "ADJ", "JJ", "acomp", 6)]
    assert "ACCUSE" not in {e.type for e in said(place)}
    # 'NATO was no threat'
    denied = [("NATO", "NATO", "PROPN", "NNP", "nsubj", 3), ("was", "be", "AUX", "VBD", "ccomp", 1),
              ("no", "no", "DET", "DT", "det", 5), ("threat", "threat", "NOUN", "NN", "attr", 3)]
    assert "ACCUSE" not in {e.type for e in said(denied)}


def test_the_cooperation_a_state_stops_is_no_act_of_its_own_and_exercises_alone_are_no_cooperation():
    from multivector.events import code_document

    def coded(rows):
        document, doc = parsed(rows)
        acts = resolve_mentions(document, doc)
        probs = [(None, 0.6), ("SANCTION", 0.3), ("COOPERATE", 0.1)]
        return code_document(document, doc, acts, extract_quotes(document, doc, acts), classify=lambda spans: [probs] * len(spans))
    # 'Iran stopped cooperating with Iraq .'
    stopped = coded([("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("stopped", "stop", "VERB", "VBD", "ROOT", 1),
                     ("cooperating", "cooperate", "VERB", "VBG", "xcomp", 1), ("with", "with", "ADP", "IN", "prep", 2),
                     ("Iraq", "Iraq", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)])
    assert [e.type for e in stopped] == ["SANCTION"]
    # 'Iran stopped the exercises .': no partner, no cooperation ended
    drills = coded([("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("stopped", "stop", "VERB", "VBD", "ROOT", 1),
                    ("the", "the", "DET", "DT", "det", 3), ("exercises", "exercise", "NOUN", "NNS", "dobj", 1),
                    (".", ".", "PUNCT", ".", "punct", 1)])
    assert "SANCTION" not in {e.type for e in drills}


def test_a_host_receiving_a_guest_is_the_guests_visit_and_receiving_aid_is_none():
    # 'Putin received Erdogan .': the guest visits the host
    guest = code([("Putin", "Putin", "PROPN", "NNP", "nsubj", 1), ("received", "receive", "VERB", "VBD", "ROOT", 1),
                  ("Erdogan", "Erdogan", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)],
                 ents=["B-PERSON", "O", "B-PERSON", "O"])
    assert {(e.type, e.mode, tuple(a.code for a in e.source), tuple(a.code for a in e.target)) for e in guest} == {
        ("CONSULT", "visit", ("TUR",), ("RUS",))}
    # 'Armenia received aid .'
    aid = code([("Armenia", "Armenia", "PROPN", "NNP", "nsubj", 1), ("received", "receive", "VERB", "VBD", "ROOT", 1),
                ("aid", "aid", "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)])
    assert "CONSULT" not in {e.type for e in aid}


def test_what_a_request_asks_for_is_no_act_of_its_own():
    # 'Georgia demanded that Russia withdraw its troops .'
    events = coded([("Georgia", "Georgia", "PROPN", "NNP", "nsubj", 1), ("demanded", "demand", "VERB", "VBD", "ROOT", 1),
                   ("that", "that", "SCONJ", "IN", "mark", 4), ("Russia", "Russia", "PROPN", "NNP", "nsubj", 4),
                   ("withdraw", "withdraw", "VERB", "VB", "ccomp", 1), ("its", "its", "PRON", "PRP$", "poss", 6),
                   ("troops", "troop", "NOUN", "NNS", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 1)], [("REQUEST", 0.7), (None, 0.3)])
    assert [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in events] == [("REQUEST", ["GEO"], ["RUS"])]


def test_what_an_agreement_says_should_be_done_is_no_act_of_its_own():
    # 'Georgia agreed that Armenia should cooperate with Iran .'
    def agreed(modal):
        rows = [("Georgia", "Georgia", "PROPN", "NNP", "nsubj", 1), ("agreed", "agree", "VERB", "VBD", "ROOT", 1),
                ("that", "that", "SCONJ", "IN", "mark", 5), ("Armenia", "Armenia", "PROPN", "NNP", "nsubj", 5),
                *([(modal, modal, "AUX", "MD", "aux", 5)] if modal else [("then", "then", "ADV", "RB", "advmod", 5)]),
                ("cooperate", "cooperate", "VERB", "VB" if modal else "VBD", "ccomp", 1), ("with", "with", "ADP", "IN", "prep", 5),
                ("Iran", "Iran", "PROPN", "NNP", "pobj", 6), (".", ".", "PUNCT", ".", "punct", 1)]
        return {e.type for e in coded(rows, [("COOPERATE", 0.95), (None, 0.05)])}
    assert "COOPERATE" not in agreed("should")
    assert "COOPERATE" in agreed(None)


def test_the_two_governments_are_the_last_two_states_named_other_than_those_who_act():
    # 'Iran and Egypt quarrelled . Iraq and Oman hosted several rounds of talks between the two governments .'
    rows = [("Iran", "Iran", "PROPN", "NNP", "nsubj", 3), ("and", "and", "CCONJ", "CC", "cc", 0),
            ("Egypt", "Egypt", "PROPN", "NNP", "conj", 0), ("quarrelled", "quarrel", "VERB", "VBD", "ROOT", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
            ("Iraq", "Iraq", "PROPN", "NNP", "nsubj", 8), ("and", "and", "CCONJ", "CC", "cc", 5),
            ("Oman", "Oman", "PROPN", "NNP", "conj", 5), ("hosted", "host", "VERB", "VBD", "ROOT", 8),
            ("several", "several", "ADJ", "JJ", "amod", 10), ("rounds", "round", "NOUN", "NNS", "dobj", 8),
            ("of", "of", "ADP", "IN", "prep", 10), ("talks", "talk", "NOUN", "NNS", "pobj", 11),
            ("between", "between", "ADP", "IN", "prep", 12), ("the", "the", "DET", "DT", "det", 16),
            ("two", "two", "NUM", "CD", "nummod", 16), ("governments", "government", "NOUN", "NNS", "pobj", 13),
            (".", ".", "PUNCT", ".", "punct", 8)]
    events = coded(rows, [("CONSULT", 0.7), (None, 0.3)])
    hosted = [(e.trigger, sorted(a.code for a in e.source), sorted(a.code for a in e.target)) for e in events if e.sent_start > 0]
    assert hosted == [("hosted", ["IRQ", "OMN"], ["EGY", "IRN"])]  # the talks hosted are no act of their own


def test_a_meeting_that_is_the_setting_of_another_act_is_no_act_and_sharing_a_border_is_no_cooperation():
    # 'At the summit , NATO promised Georgia membership .'
    at_summit = code([("At", "at", "ADP", "IN", "prep", 5), ("the", "the", "DET", "DT", "det", 2),
                      ("summit", "summit", "NOUN", "NN", "pobj", 0), (",", ",", "PUNCT", ",", "punct", 5),
                      ("NATO", "NATO", "PROPN", "NNP", "nsubj", 5), ("promised", "promise", "VERB", "VBD", "ROOT", 5),
                      ("Georgia", "Georgia", "PROPN", "NNP", "dative", 5), ("membership", "membership", "NOUN", "NN", "dobj", 5),
                      (".", ".", "PUNCT", ".", "punct", 5)])
    assert [e.type for e in at_summit] == ["AGREE"]
    # 'Finland shares a border with Russia .' / 'Finland shares intelligence with Russia .'
    def shares(what):
        return code([("Finland", "Finland", "PROPN", "NNP", "nsubj", 1), ("shares", "share", "VERB", "VBZ", "ROOT", 1),
                     *([("a", "a", "DET", "DT", "det", 3)] if what == "border" else [("its", "its", "PRON", "PRP$", "poss", 3)]),
                     (what, what, "NOUN", "NN", "dobj", 1), ("with", "with", "ADP", "IN", "prep", 1),
                     ("Russia", "Russia", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)])
    assert shares("border") == []
    assert [e.type for e in shares("intelligence")] == ["COOPERATE"]


def test_a_pattern_word_that_says_when_is_no_part_of_the_pattern():
    # 'Russia gave Serbia jets in 2017 .': no 'give in'
    evs = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("gave", "give", "VERB", "VBD", "ROOT", 1),
                ("Serbia", "Serbia", "PROPN", "NNP", "dative", 1), ("jets", "jet", "NOUN", "NNS", "dobj", 1),
                ("in", "in", "ADP", "IN", "prep", 1), ("2017", "2017", "NUM", "CD", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)],
               ents=["B-GPE", "O", "B-GPE", "O", "O", "B-DATE", "O"])
    assert "CONCEDE" not in {e.type for e in evs}


def test_honouring_someone_supports_them_and_honouring_a_commitment_does_not():
    def honoured(obj_rows):
        return code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("honoured", "honour", "VERB", "VBD", "ROOT", 1),
                     *obj_rows, (".", ".", "PUNCT", ".", "punct", 1)])
    assert [e.type for e in honoured([("Serbia", "Serbia", "PROPN", "NNP", "dobj", 1)])] == ["SUPPORT"]
    assert honoured([("its", "its", "PRON", "PRP$", "poss", 3), ("commitments", "commitment", "NOUN", "NNS", "dobj", 1)]) == []


def test_an_agreement_that_does_something_is_a_text_not_an_agreement_made():
    # 'Russia 's treaty with Ukraine closed a painful chapter .'
    evs = code([("Russia", "Russia", "PROPN", "NNP", "poss", 2), ("'s", "'s", "PART", "POS", "case", 0),
                ("treaty", "treaty", "NOUN", "NN", "nsubj", 5), ("with", "with", "ADP", "IN", "prep", 2),
                ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 3), ("closed", "close", "VERB", "VBD", "ROOT", 5),
                ("a", "a", "DET", "DT", "det", 8), ("painful", "painful", "ADJ", "JJ", "amod", 8),
                ("chapter", "chapter", "NOUN", "NN", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 5)])
    assert "AGREE" not in {e.type for e in evs}


def test_cancelling_a_meeting_ends_it_whatever_a_meeting_usually_is():
    # 'Obama cancelled a meeting with Duterte .' with a sentence model that hears a meeting
    events = coded([("Obama", "Obama", "PROPN", "NNP", "nsubj", 1), ("cancelled", "cancel", "VERB", "VBD", "ROOT", 1),
                   ("a", "a", "DET", "DT", "det", 3), ("meeting", "meeting", "NOUN", "NN", "dobj", 1),
                   ("with", "with", "ADP", "IN", "prep", 3), ("Japan", "Japan", "PROPN", "NNP", "pobj", 4),
                   (".", ".", "PUNCT", ".", "punct", 1)], [("CONSULT", 0.8), (None, 0.2)],
                   ents=["B-PERSON", "O", "O", "O", "O", "B-GPE", "O"])
    assert [(e.type, [a.code for a in e.target]) for e in events] == [("SANCTION", ["JPN"])]


def test_together_with_hung_on_the_verb_names_a_companion_not_a_target():
    # 'Finland applied to join together with Sweden .'
    evs = code([("Finland", "Finland", "PROPN", "NNP", "nsubj", 1), ("applied", "apply", "VERB", "VBD", "ROOT", 1),
                ("to", "to", "PART", "TO", "aux", 3), ("join", "join", "VERB", "VB", "xcomp", 1),
                ("together", "together", "ADV", "RB", "advmod", 3), ("with", "with", "ADP", "IN", "prep", 3),
                ("Sweden", "Sweden", "PROPN", "NNP", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 1)])
    applied = next(e for e in evs if e.trigger == "applied")
    assert [a.code for a in applied.source] == ["FIN", "SWE"] and "SWE" not in [a.code for a in applied.target]


def test_a_passive_without_a_subject_of_its_own_acts_on_the_subject_it_borrows():
    # 'After being attacked by Russia , Georgia appealed to NATO .'
    evs = code([("After", "after", "ADP", "IN", "prep", 7), ("being", "be", "AUX", "VBG", "auxpass", 2),
                ("attacked", "attack", "VERB", "VBN", "pcomp", 0), ("by", "by", "ADP", "IN", "agent", 2),
                ("Russia", "Russia", "PROPN", "NNP", "pobj", 3), (",", ",", "PUNCT", ",", "punct", 7),
                ("Georgia", "Georgia", "PROPN", "NNP", "nsubj", 7), ("appealed", "appeal", "VERB", "VBD", "ROOT", 7),
                ("to", "to", "ADP", "IN", "prep", 7), ("NATO", "NATO", "PROPN", "NNP", "pobj", 8), (".", ".", "PUNCT", ".", "punct", 7)])
    attack = next(e for e in evs if e.trigger == "attacked")
    assert ([a.code for a in attack.source], [a.code for a in attack.target]) == (["RUS"], ["GEO"])
    # 'On being awarded the prize , Georgia thanked NATO .': no one named who awards, no award coded from Georgia
    evs = code([("On", "on", "ADP", "IN", "prep", 7), ("being", "be", "AUX", "VBG", "auxpass", 2),
                ("awarded", "award", "VERB", "VBN", "pcomp", 0), ("the", "the", "DET", "DT", "det", 4),
                ("prize", "prize", "NOUN", "NN", "dobj", 2), (",", ",", "PUNCT", ",", "punct", 7),
                ("Georgia", "Georgia", "PROPN", "NNP", "nsubj", 7), ("thanked", "thank", "VERB", "VBD", "ROOT", 7),
                ("NATO", "NATO", "PROPN", "NNP", "dobj", 7), (".", ".", "PUNCT", ".", "punct", 7)])
    assert "awarded" not in {e.trigger for e in evs}


def test_an_act_told_as_the_reason_of_another_is_an_act_of_its_own():
    # 'Venezuela expelled the ambassador in solidarity with Bolivia .'
    events = coded([("Venezuela", "Venezuela", "PROPN", "NNP", "nsubj", 1), ("expelled", "expel", "VERB", "VBD", "ROOT", 1),
                   ("the", "the", "DET", "DT", "det", 3), ("ambassador", "ambassador", "NOUN", "NN", "dobj", 1),
                   ("in", "in", "ADP", "IN", "prep", 1), ("solidarity", "solidarity", "NOUN", "NN", "pobj", 4),
                   ("with", "with", "ADP", "IN", "prep", 5), ("Bolivia", "Bolivia", "PROPN", "NNP", "pobj", 6),
                   (".", ".", "PUNCT", ".", "punct", 1)], [("COERCE", 0.6), (None, 0.4)])
    assert ("SUPPORT", ["VEN"], ["BOL"]) in [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


def test_the_one_who_reports_an_act_a_noun_does_is_not_its_agent():
    # 'A bombing killed Georgians , Russia said .'
    evs = code([("A", "a", "DET", "DT", "det", 1), ("bombing", "bombing", "NOUN", "NN", "nsubj", 2),
                ("killed", "kill", "VERB", "VBD", "ccomp", 6), ("Georgians", "Georgians", "PROPN", "NNPS", "dobj", 2),
                (",", ",", "PUNCT", ",", "punct", 6), ("Russia", "Russia", "PROPN", "NNP", "nsubj", 6),
                ("said", "say", "VERB", "VBD", "ROOT", 6), (".", ".", "PUNCT", ".", "punct", 6)])
    assert not [e for e in evs if e.trigger == "bombing" and [a.code for a in e.source] == ["RUS"]]


def test_taking_part_in_talks_is_consulting():
    # 'The United States took part in the talks with Iran .'
    evs = code([("Washington", "Washington", "PROPN", "NNP", "nsubj", 1), ("took", "take", "VERB", "VBD", "ROOT", 1),
                ("part", "part", "NOUN", "NN", "dobj", 1), ("in", "in", "ADP", "IN", "prep", 1),
                ("the", "the", "DET", "DT", "det", 5), ("talks", "talk", "NOUN", "NNS", "pobj", 3),
                ("with", "with", "ADP", "IN", "prep", 5), ("Iran", "Iran", "PROPN", "NNP", "pobj", 6), (".", ".", "PUNCT", ".", "punct", 1)])
    assert ("CONSULT", ("USA",), ("IRN",), False, "asserted") in triples(evs)


def test_refusing_talks_with_unnamed_people_aims_at_home():
    # 'After Russia sent troops , Kazakhstan rejected talks with the protesters .'
    evs = code([("After", "after", "SCONJ", "IN", "mark", 2), ("Russia", "Russia", "PROPN", "NNP", "nsubj", 2),
                ("sent", "send", "VERB", "VBD", "advcl", 6), ("troops", "troop", "NOUN", "NNS", "dobj", 2),
                (",", ",", "PUNCT", ",", "punct", 6), ("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "nsubj", 6),
                ("rejected", "reject", "VERB", "VBD", "ROOT", 6), ("talks", "talk", "NOUN", "NNS", "dobj", 6),
                ("with", "with", "ADP", "IN", "prep", 7), ("the", "the", "DET", "DT", "det", 10),
                ("protesters", "protester", "NOUN", "NNS", "pobj", 8), (".", ".", "PUNCT", ".", "punct", 6)])
    rejected = next(e for e in evs if e.trigger == "rejected")
    assert "RUS" not in [a.code for a in rejected.target]


FINLAND_JOINED = [("Finland", "Finland", "PROPN", "NNP", "nsubj", 1), ("joined", "join", "VERB", "VBD", "ROOT", 1), (".", ".", "PUNCT", ".", "punct", 1),
                  ("Finland", "Finland", "PROPN", "NNP", "nsubj", 4), ("agreed", "agree", "VERB", "VBD", "ROOT", 4), (".", ".", "PUNCT", ".", "punct", 4)]


def test_the_members_of_one_body_meeting_meet_among_themselves():
    # 'Finland joined . Finland agreed . NATO leaders met in Vilnius .': Finland, the article's focus, is not met
    evs = code(FINLAND_JOINED + [("NATO", "NATO", "PROPN", "NNP", "compound", 7), ("leaders", "leader", "NOUN", "NNS", "nsubj", 8),
                                 ("met", "meet", "VERB", "VBD", "ROOT", 8), ("in", "in", "ADP", "IN", "prep", 8),
                                 ("Vilnius", "Vilnius", "PROPN", "NNP", "pobj", 9), (".", ".", "PUNCT", ".", "punct", 8)])
    met = next(e for e in evs if e.trigger == "met")
    assert [a.key for a in met.source] == ["NATO"] and met.target == []
    # '... Leaders of NATO met .'
    evs = code(FINLAND_JOINED + [("Leaders", "leader", "NOUN", "NNS", "nsubj", 9), ("of", "of", "ADP", "IN", "prep", 6),
                                 ("NATO", "NATO", "PROPN", "NNP", "pobj", 7), ("met", "meet", "VERB", "VBD", "ROOT", 9),
                                 (".", ".", "PUNCT", ".", "punct", 9)])
    met = next(e for e in evs if e.trigger == "met")
    assert [a.key for a in met.source] == ["NATO"] and met.target == []


def test_denying_a_claim_is_no_rejection_and_denying_entry_is_one():
    # 'Russia denied attacking Georgia .'
    claim = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("denied", "deny", "VERB", "VBD", "ROOT", 1),
                  ("attacking", "attack", "VERB", "VBG", "xcomp", 1), ("Georgia", "Georgia", "PROPN", "NNP", "dobj", 2),
                  (".", ".", "PUNCT", ".", "punct", 1)])
    assert "REJECT" not in {e.type for e in claim}
    # 'Russia denied entry to Georgians .'
    entry = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("denied", "deny", "VERB", "VBD", "ROOT", 1),
                  ("entry", "entry", "NOUN", "NN", "dobj", 1), ("to", "to", "ADP", "IN", "prep", 1),
                  ("Georgia", "Georgia", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)])
    assert [e.type for e in entry] == ["REJECT"]


CHINA_ATTACKED_VIETNAM = [("China", "China", "PROPN", "NNP", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
                          ("Vietnam", "Vietnam", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]


def test_an_act_named_with_the_is_the_one_told_before_and_the_act_on_it_aims_at_its_parties():
    # 'China attacked Vietnam . Russia condemned the attack .'
    evs = code(CHINA_ATTACKED_VIETNAM + [("Russia", "Russia", "PROPN", "NNP", "nsubj", 5), ("condemned", "condemn", "VERB", "VBD", "ROOT", 5),
                                         ("the", "the", "DET", "DT", "det", 7), ("attack", "attack", "NOUN", "NN", "dobj", 5),
                                         (".", ".", "PUNCT", ".", "punct", 5)])
    condemned = next(e for e in evs if e.trigger == "condemned")
    assert [a.code for a in condemned.target] == ["CHN"]


def test_the_act_told_before_may_be_in_the_same_sentence():
    # 'China attacked Vietnam and Russia condemned the attack before Japan did .'
    evs = code([("China", "China", "PROPN", "NNP", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
                ("Vietnam", "Vietnam", "PROPN", "NNP", "dobj", 1), ("and", "and", "CCONJ", "CC", "cc", 1),
                ("Russia", "Russia", "PROPN", "NNP", "nsubj", 5), ("condemned", "condemn", "VERB", "VBD", "conj", 1),
                ("the", "the", "DET", "DT", "det", 7), ("attack", "attack", "NOUN", "NN", "dobj", 5),
                ("before", "before", "SCONJ", "IN", "mark", 10), ("Japan", "Japan", "PROPN", "NNP", "nsubj", 10),
                ("did", "do", "VERB", "VBD", "advcl", 5), (".", ".", "PUNCT", ".", "punct", 1)])
    condemned = next(e for e in evs if e.trigger == "condemned")
    assert [a.code for a in condemned.target] == ["CHN"]


def test_the_act_named_may_be_the_subject_of_the_name_given():
    # 'China attacked Vietnam . Russia called the attack illegal .', 'the attack' parsed inside 'illegal'
    evs = code(CHINA_ATTACKED_VIETNAM + [("Russia", "Russia", "PROPN", "NNP", "nsubj", 5), ("called", "call", "VERB", "VBD", "ROOT", 5),
                                         ("the", "the", "DET", "DT", "det", 7), ("attack", "attack", "NOUN", "NN", "npadvmod", 8),
                                         ("illegal", "illegal", "ADJ", "JJ", "oprd", 5), (".", ".", "PUNCT", ".", "punct", 5)])
    called = next(e for e in evs if e.trigger == "called")
    assert (called.type, [a.code for a in called.target]) == ("ACCUSE", ["CHN"])


def test_the_act_told_before_may_be_one_the_model_typed():
    """'China courted Mongolia . Mongolia called the visit historic .': no lexicon row reads the first sentence,
    the model types it a visit (CONSULT); the act named 'the visit' is that one."""
    rows = [("China", "China", "PROPN", "NNP", "nsubj", 1), ("courted", "court", "VERB", "VBD", "ROOT", 1),
            ("Mongolia", "Mongolia", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1),
            ("Mongolia", "Mongolia", "PROPN", "NNP", "nsubj", 5), ("called", "call", "VERB", "VBD", "ROOT", 5),
            ("the", "the", "DET", "DT", "det", 7), ("visit", "visit", "NOUN", "NN", "dobj", 5),
            ("historic", "historic", "ADJ", "JJ", "oprd", 5), (".", ".", "PUNCT", ".", "punct", 5)]
    evs = coded(rows, [("CONSULT", 0.8), (None, 0.1), ("SUPPORT", 0.1)])
    assert [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in evs] == [
        ("CONSULT", ["CHN"], ["MNG"]), ("SUPPORT", ["MNG"], ["CHN"])]


def test_brokering_is_mediation():
    # 'France brokered a truce between Russia and Georgia .'
    evs = code([("France", "France", "PROPN", "NNP", "nsubj", 1), ("brokered", "broker", "VERB", "VBD", "ROOT", 1),
                ("a", "a", "DET", "DT", "det", 3), ("truce", "truce", "NOUN", "NN", "dobj", 1),
                ("between", "between", "ADP", "IN", "prep", 3), ("Russia", "Russia", "PROPN", "NNP", "pobj", 4),
                ("and", "and", "CCONJ", "CC", "cc", 5), ("Georgia", "Georgia", "PROPN", "NNP", "conj", 5), (".", ".", "PUNCT", ".", "punct", 1)])
    brokered = next(e for e in evs if e.trigger == "brokered")
    assert (brokered.type, brokered.mode, [a.code for a in brokered.source]) == ("CONSULT", "third-party", ["FRA"])


def test_a_finite_verb_parsed_as_an_infinitive_s_conjunct_keeps_the_finite_subject():
    """'France expected Russia to leave and condemned Georgia': the small parser hangs 'condemned' on 'leave', but a
    verb with its own tense is not part of the infinitive; France condemns."""
    evs = code([("France", "France", "PROPN", "NNP", "nsubj", 1), ("expected", "expect", "VERB", "VBD", "ROOT", 1),
                ("Russia", "Russia", "PROPN", "NNP", "nsubj", 4), ("to", "to", "PART", "TO", "aux", 4),
                ("leave", "leave", "VERB", "VB", "ccomp", 1), ("and", "and", "CCONJ", "CC", "cc", 4),
                ("condemned", "condemn", "VERB", "VBD", "conj", 4), ("Georgia", "Georgia", "PROPN", "NNP", "dobj", 6),
                (".", ".", "PUNCT", ".", "punct", 1)])
    condemned = [e for e in evs if e.trigger == "condemned"]
    assert [([a.key for a in e.source], [a.key for a in e.target]) for e in condemned] == [(["FRA"], ["GEO"])]


def test_a_background_act_keeps_its_type_when_the_main_clause_names_no_act():
    """'The pact was announced after talks between Russia and China': the model reads the sentence as an agreement,
    but the announcement has no one who acts; the talks stay talks."""
    rows = [("The", "the", "DET", "DT", "det", 1), ("pact", "pact", "NOUN", "NN", "nsubjpass", 3), ("was", "be", "AUX", "VBD", "auxpass", 3),
            ("announced", "announce", "VERB", "VBN", "ROOT", 3), ("after", "after", "ADP", "IN", "prep", 3),
            ("talks", "talk", "NOUN", "NNS", "pobj", 4), ("between", "between", "ADP", "IN", "prep", 5),
            ("Russia", "Russia", "PROPN", "NNP", "pobj", 6), ("and", "and", "CCONJ", "CC", "cc", 7),
            ("China", "China", "PROPN", "NNP", "conj", 7), (".", ".", "PUNCT", ".", "punct", 3)]
    evs = coded(rows, [("AGREE", 0.8), ("CONSULT", 0.1), (None, 0.1)])
    assert [(e.type, e.trigger) for e in evs] == [("CONSULT", "talks")]


# 'Kenya hosted Somalia . Kenya thanked Somalia .': an article about Kenya, before a sentence that names no target
ABOUT_KENYA = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("hosted", "host", "VERB", "VBD", "ROOT", 1),
               ("Somalia", "Somalia", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1),
               ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 5), ("thanked", "thank", "VERB", "VBD", "ROOT", 5),
               ("Somalia", "Somalia", "PROPN", "NNP", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 5)]


def protests_in_kenya_article(rows):
    """The protests coded in ``rows`` (heads counted from their own first word) after ABOUT_KENYA: (source, target)."""
    shifted = [(*row[:5], row[5] + len(ABOUT_KENYA)) for row in rows]
    return [([a.key for a in e.source], [a.key for a in e.target]) for e in code(ABOUT_KENYA + shifted) if e.trigger == "protested"]


def test_with_no_target_named_the_article_s_state_comes_before_an_actor_named_ahead_of_the_act():
    """'Despite Uganda, Ethiopia protested': English puts an act's object after it, so an actor named ahead of the
    act is the weakest guess, behind the state the article is about."""
    rows = [("Despite", "despite", "ADP", "IN", "prep", 4), ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 0),
            (",", ",", "PUNCT", ",", "punct", 4), ("Ethiopia", "Ethiopia", "PROPN", "NNP", "nsubj", 4),
            ("protested", "protest", "VERB", "VBD", "ROOT", 4), (".", ".", "PUNCT", ".", "punct", 4)]
    assert protests_in_kenya_article(rows) == [(["ETH"], ["KEN"])]


def test_an_actor_of_a_later_clause_is_no_fallback_target():
    """'Ethiopia protested, and Uganda stayed calm': Uganda acts in a clause of its own, so it is not whom Ethiopia
    protested against; the state the article is about is the better guess."""
    rows = [("Ethiopia", "Ethiopia", "PROPN", "NNP", "nsubj", 1), ("protested", "protest", "VERB", "VBD", "ROOT", 1),
            (",", ",", "PUNCT", ",", "punct", 1), ("and", "and", "CCONJ", "CC", "cc", 1),
            ("Uganda", "Uganda", "PROPN", "NNP", "nsubj", 5), ("stayed", "stay", "VERB", "VBD", "conj", 1),
            ("calm", "calm", "ADJ", "JJ", "acomp", 5), (".", ".", "PUNCT", ".", "punct", 1)]
    assert protests_in_kenya_article(rows) == [(["ETH"], ["KEN"])]


def test_a_verb_the_lexicon_does_not_know_speaks_about_the_act_its_object_refers_back_to():
    """'China confirmed neither request': the model hears a request, but the requests were told before; confirming
    them is no new one."""
    rows = [("China", "China", "PROPN", "NNP", "nsubj", 1), ("confirmed", "confirm", "VERB", "VBD", "ROOT", 1),
            ("neither", "neither", "DET", "DT", "det", 3), ("request", "request", "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert coded(rows, [("REQUEST", 0.8), (None, 0.1), ("AGREE", 0.1)]) == []


def test_a_contracted_modal_is_read_by_its_lemma():
    """'Russia ca n't attack Georgia', 'Russia wo n't attack Georgia': the contraction's first half is 'can' and
    'will' only by its lemma."""
    def modality(aux, lemma):
        evs = code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 3), (aux, lemma, "AUX", "MD", "aux", 3),
                    ("n't", "not", "PART", "RB", "neg", 3), ("attack", "attack", "VERB", "VB", "ROOT", 3),
                    ("Georgia", "Georgia", "PROPN", "NNP", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 3)])
        return [(e.modality, e.negated) for e in evs]
    assert modality("ca", "can") == [("hypothetical", True)]
    assert modality("wo", "will") == [("future", True)]


def test_the_model_does_not_give_a_type_only_a_longer_pattern_absent_here_gives():
    # 'Kenya expelled 300 citizens .': no 'expel diplomat' here, so no sanction, though the model hears one in 'expelled'
    def expelled(noun, lemma):
        return coded([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("expelled", "expel", "VERB", "VBD", "ROOT", 1),
                      (noun, lemma, "NOUN", "NNS", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)],
                     [("SANCTION", 0.9), ("COERCE", 0.05), (None, 0.05)])
    assert [e.type for e in expelled("citizens", "citizen")] == ["COERCE"]
    assert [e.type for e in expelled("diplomats", "diplomat")] == ["SANCTION"]


def test_a_firms_cooperation_with_no_partner_named_is_no_event_and_a_contract_awarded_is_one():
    # 'Kenyan firms invested heavily .': aimed home only because no one is named, so no event between actors
    invested = coded([("Kenyan", "Kenyan", "ADJ", "JJ", "amod", 1), ("firms", "firm", "NOUN", "NNS", "nsubj", 2),
                      ("invested", "invest", "VERB", "VBD", "ROOT", 2), ("heavily", "heavily", "ADV", "RB", "advmod", 2),
                      (".", ".", "PUNCT", ".", "punct", 2)], [("COOPERATE", 0.9), (None, 0.1)])
    assert invested == []
    # 'Kenya awarded the contract to Uganda .'
    awarded = coded([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("awarded", "award", "VERB", "VBD", "ROOT", 1),
                     ("the", "the", "DET", "DT", "det", 3), ("contract", "contract", "NOUN", "NN", "dobj", 1),
                     ("to", "to", "ADP", "IN", "prep", 1), ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)],
                    [("COOPERATE", 0.9), (None, 0.1)])
    assert triples(awarded) == {("COOPERATE", ("KEN",), ("UGA",), False, "asserted")}


def test_words_sent_are_no_deployment_or_aid():
    def sent(noun, lemma, probs):
        return coded([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("sent", "send", "VERB", "VBD", "ROOT", 1),
                      (noun, lemma, "NOUN", "NNS", "dobj", 1), ("to", "to", "ADP", "IN", "prep", 1),
                      ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)], probs)
    assert sent("letters", "letter", [("AID", 0.9), (None, 0.1)]) == []
    assert [e.type for e in sent("troops", "troop", [("MOBILIZE", 0.9), (None, 0.1)])] == ["MOBILIZE"]


def test_forces_kept_here_or_in_the_country_are_kept_in_the_state_the_story_is_about():
    # 'Kenya protested . Kenya voted . France keeps troops here . Italy keeps troops in the country .'
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("protested", "protest", "VERB", "VBD", "ROOT", 1), (".", ".", "PUNCT", ".", "punct", 1),
            ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 4), ("voted", "vote", "VERB", "VBD", "ROOT", 4), (".", ".", "PUNCT", ".", "punct", 4),
            ("France", "France", "PROPN", "NNP", "nsubj", 7), ("keeps", "keep", "VERB", "VBZ", "ROOT", 7), ("troops", "troop", "NOUN", "NNS", "dobj", 7),
            ("here", "here", "ADV", "RB", "advmod", 7), (".", ".", "PUNCT", ".", "punct", 7),
            ("Italy", "Italy", "PROPN", "NNP", "nsubj", 12), ("keeps", "keep", "VERB", "VBZ", "ROOT", 12), ("troops", "troop", "NOUN", "NNS", "dobj", 12),
            ("in", "in", "ADP", "IN", "prep", 12), ("the", "the", "DET", "DT", "det", 16), ("country", "country", "NOUN", "NN", "pobj", 14),
            (".", ".", "PUNCT", ".", "punct", 12)]
    ents = ["B-GPE", "O", "O", "B-GPE", "O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O"]
    found = triples(code(rows, ents=ents))
    assert {("COOPERATE", ("FRA",), ("KEN",), False, "asserted"), ("COOPERATE", ("ITA",), ("KEN",), False, "asserted")} <= found


def test_people_who_block_a_road_protest_and_troops_who_block_it_restrict():
    def blocked(noun, lemma):
        evs = code([("Kenyan", "Kenyan", "ADJ", "JJ", "amod", 1), (noun, lemma, "NOUN", "NNS", "nsubj", 2),
                    ("blocked", "block", "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
                    ("highway", "highway", "NOUN", "NN", "dobj", 2), (".", ".", "PUNCT", ".", "punct", 2)],
                   ents=["B-NORP", "O", "O", "O", "O", "O"])
        return [(e.type, e.mode) for e in evs]
    assert blocked("protesters", "protester") == [("PROTEST", "obstruct")]
    assert blocked("troops", "troop") == [("COERCE", "restrict")]


def test_people_the_text_does_not_name_act_at_home_when_no_one_is_named_to_act_on():
    # 'Uganda criticised Rwanda . Uganda warned Rwanda . Students protested in Nairobi .': not against Uganda
    rows = [("Uganda", "Uganda", "PROPN", "NNP", "nsubj", 1), ("criticised", "criticise", "VERB", "VBD", "ROOT", 1),
            ("Rwanda", "Rwanda", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1),
            ("Uganda", "Uganda", "PROPN", "NNP", "nsubj", 5), ("warned", "warn", "VERB", "VBD", "ROOT", 5),
            ("Rwanda", "Rwanda", "PROPN", "NNP", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 5),
            ("Students", "student", "NOUN", "NNS", "nsubj", 9), ("protested", "protest", "VERB", "VBD", "ROOT", 9),
            ("in", "in", "ADP", "IN", "prep", 9), ("Nairobi", "Nairobi", "PROPN", "NNP", "pobj", 10), (".", ".", "PUNCT", ".", "punct", 9)]
    ents = ["B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O"]
    protests = [e for e in code(rows, ents=ents) if e.type == "PROTEST"]
    assert [(tuple(a.code for a in e.source), tuple(a.code for a in e.target)) for e in protests] == [(("KEN",), ())]


def test_a_domestic_act_with_no_target_named_faces_whom_its_doers_face():
    # 'Students protested in Nairobi .': against their government; 'Police arrested dozens in Nairobi .': the people
    def home_target(noun, lemma, verb, verb_lemma, etype, extra=()):
        rows = [(noun, lemma, "NOUN", "NNS", "nsubj", 1), (verb, verb_lemma, "VERB", "VBD", "ROOT", 1), *extra,
                ("in", "in", "ADP", "IN", "prep", 1), ("Nairobi", "Nairobi", "PROPN", "NNP", "pobj", 2 + len(extra)),
                (".", ".", "PUNCT", ".", "punct", 1)]
        ents = ["O"] * (3 + len(extra)) + ["B-GPE", "O"]
        events = coded(rows, [(etype, 0.9), (None, 0.1)], ents=ents)
        return [(e.type, e.target[0].key, e.target[0].sector) for e in events]
    assert home_target("Students", "student", "protested", "protest", "PROTEST") == [("PROTEST", "KEN", "GOV")]
    assert home_target("Police", "police", "arrested", "arrest", "COERCE", [("dozens", "dozen", "NOUN", "NNS", "dobj", 1)]) == [("COERCE", "KEN", "CVL")]


def test_a_role_said_of_a_state_is_its_act_on_the_one_it_serves():
    # 'Russia remains Mongolia 's main supplier .': Russia supplies Mongolia
    rows = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("remains", "remain", "VERB", "VBZ", "ROOT", 1),
            ("Mongolia", "Mongolia", "PROPN", "NNP", "poss", 5), ("'s", "'s", "PART", "POS", "case", 2),
            ("main", "main", "ADJ", "JJ", "amod", 5), ("supplier", "supplier", "NOUN", "NN", "attr", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    assert ("COOPERATE", ("RUS",), ("MNG",), False, "asserted") in triples(code(rows, ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O"]))


def test_a_trading_partner_is_trade_not_support():
    # 'Brazil is Argentina 's largest trading partner .'
    rows = [("Brazil", "Brazil", "PROPN", "NNP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1),
            ("Argentina", "Argentina", "PROPN", "NNP", "poss", 6), ("'s", "'s", "PART", "POS", "case", 2),
            ("largest", "large", "ADJ", "JJS", "amod", 6), ("trading", "trading", "NOUN", "NN", "compound", 6),
            ("partner", "partner", "NOUN", "NN", "attr", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    found = triples(code(rows, ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"]))
    assert found == {("COOPERATE", ("BRA",), ("ARG",), False, "asserted")}


def test_a_noun_act_under_a_light_verb_keeps_its_type():
    # 'Kenya mounted an invasion of Somalia .': the model hears a deployment in 'mounted'; the noun says which act
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("mounted", "mount", "VERB", "VBD", "ROOT", 1),
            ("an", "an", "DET", "DT", "det", 3), ("invasion", "invasion", "NOUN", "NN", "dobj", 1),
            ("of", "of", "ADP", "IN", "prep", 3), ("Somalia", "Somalia", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
    events = coded(rows, [("MOBILIZE", 0.9), ("ASSAULT", 0.05), (None, 0.05)], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    assert [e.type for e in events] == ["ASSAULT"]


def test_people_the_text_does_not_name_carry_out_the_act_a_light_verb_takes():
    # 'Kenya voted . Kenya protested . Activists who staged a rally were detained .': the activists rally
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("voted", "vote", "VERB", "VBD", "ROOT", 1), (".", ".", "PUNCT", ".", "punct", 1),
            ("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 4), ("protested", "protest", "VERB", "VBD", "ROOT", 4), (".", ".", "PUNCT", ".", "punct", 4),
            ("Activists", "activist", "NOUN", "NNS", "nsubjpass", 12), ("who", "who", "PRON", "WP", "nsubj", 8),
            ("staged", "stage", "VERB", "VBD", "relcl", 6), ("a", "a", "DET", "DT", "det", 10), ("rally", "rally", "NOUN", "NN", "dobj", 8),
            ("were", "be", "AUX", "VBD", "auxpass", 12), ("detained", "detain", "VERB", "VBN", "ROOT", 12), (".", ".", "PUNCT", ".", "punct", 12)]
    ents = ["B-GPE", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"]
    rallies = [e for e in code(rows, ents=ents) if e.trigger == "rally"]
    assert [(e.type, tuple(a.code for a in e.source)) for e in rallies] == [("PROTEST", ("KEN",))]


def test_an_act_a_state_owns_is_its_own_event_as_the_object_of_another_unless_a_rejection_answers_it():
    head = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("rejected", "reject", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3)]
    stop = [(".", ".", "PUNCT", ".", "punct", 1)]
    probs = [("REJECT", 0.8), (None, 0.2)]

    def dyads(events):
        return sorted((e.type, tuple(a.code for a in e.source), tuple(a.code for a in e.target)) for e in events)
    # 'Kenya rejected a Ugandan request .'
    adjective = coded([*head[:2], ("a", "a", "DET", "DT", "det", 4), ("Ugandan", "Ugandan", "ADJ", "JJ", "amod", 4),
                       ("request", "request", "NOUN", "NN", "dobj", 1), *stop], probs, ents=["B-GPE", "O", "O", "B-NORP", "O", "O"])
    # 'Kenya rejected a request from Uganda .'
    source = coded([*head, ("request", "request", "NOUN", "NN", "dobj", 1), ("from", "from", "ADP", "IN", "prep", 3),
                    ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 4), *stop], probs, ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    # 'Kenya rejected a request .': what is rejected, no act of its own
    bare = coded([*head, ("request", "request", "NOUN", "NN", "dobj", 1), *stop], probs, ents=["B-GPE", "O", "O", "O", "O"])
    # 'Kenya rejected a Ugandan proposal .': what the rejection answers, no act of its own
    answered = coded([*head[:2], ("a", "a", "DET", "DT", "det", 4), ("Ugandan", "Ugandan", "ADJ", "JJ", "amod", 4),
                      ("proposal", "proposal", "NOUN", "NN", "dobj", 1), *stop], probs, ents=["B-GPE", "O", "O", "B-NORP", "O", "O"])
    assert dyads(adjective) == dyads(source) == [("REJECT", ("KEN",), ("UGA",)), ("REQUEST", ("UGA",), ("KEN",))]
    assert [e.type for e in bare] == ["REJECT"]
    assert dyads(answered) == [("REJECT", ("KEN",), ("UGA",))]
    # 'Kenya is opposed to Ugandan mediation .': what one opposes, as what one rejects
    opposed = coded([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1),
                     ("opposed", "oppose", "VERB", "VBN", "acomp", 1), ("to", "to", "ADP", "IN", "prep", 2),
                     ("Ugandan", "Ugandan", "ADJ", "JJ", "amod", 5), ("mediation", "mediation", "NOUN", "NN", "pobj", 3), *stop],
                    probs, ents=["B-GPE", "O", "O", "O", "B-NORP", "O", "O"])
    assert dyads(opposed) == [("REJECT", ("KEN",), ("UGA",))]


def kenya_with_somalia(verb, lemma, noun, with_head):
    """'Kenya <verb> a <noun> with Somalia .', 'with' hung on the verb (row 1) or on the noun (row 3)."""
    return code([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1),
                 ("a", "a", "DET", "DT", "det", 3), (noun, noun, "NOUN", "NN", "dobj", 1),
                 ("with", "with", "ADP", "IN", "prep", with_head), ("Somalia", "Somalia", "PROPN", "NNP", "pobj", 4),
                 (".", ".", "PUNCT", ".", "punct", 1)], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])


def test_a_protest_lodged_is_a_protest_and_responsibility_borne_a_charge():
    lodged = kenya_with_somalia("lodged", "lodge", "protest", 1)
    assert [(e.type, [a.code for a in e.target]) for e in lodged] == [("PROTEST", ["SOM"])]
    # 'Kenya said Somalia bore responsibility .'
    borne = code([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
                  ("Somalia", "Somalia", "PROPN", "NNP", "nsubj", 3), ("bore", "bear", "VERB", "VBD", "ccomp", 1),
                  ("responsibility", "responsibility", "NOUN", "NN", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 1)],
                 ents=["B-GPE", "O", "B-GPE", "O", "O", "O"])
    assert [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in borne] == [("ACCUSE", ["KEN"], ["SOM"])]


def test_going_on_strike_is_a_protest():
    # 'Kenyan miners went on strike .'
    events = code([("Kenyan", "Kenyan", "ADJ", "JJ", "amod", 1), ("miners", "miner", "NOUN", "NNS", "nsubj", 2),
                   ("went", "go", "VERB", "VBD", "ROOT", 2), ("on", "on", "ADP", "IN", "prep", 2), ("strike", "strike", "NOUN", "NN", "pobj", 3),
                   (".", ".", "PUNCT", ".", "punct", 2)], ents=["B-NORP", "O", "O", "O", "O", "O"])
    assert [(e.type, e.mode, [a.code for a in e.source]) for e in events] == [("PROTEST", "strike-gen", ["KEN"])]


def test_closing_a_crossing_is_a_sanction():
    events = kenya_with_somalia("closed", "close", "crossing", 3)
    assert [(e.type, [a.code for a in e.target]) for e in events] == [("SANCTION", ["SOM"])]


def test_a_verb_the_lexicon_does_not_know_gives_nothing_back_without_an_object():
    probs = [("RETREAT", 0.8), (None, 0.2)]
    # 'Kenya returned to power .'
    back = coded([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("returned", "return", "VERB", "VBD", "ROOT", 1),
                  ("to", "to", "ADP", "IN", "prep", 1), ("power", "power", "NOUN", "NN", "pobj", 2), (".", ".", "PUNCT", ".", "punct", 1)],
                 probs, ents=["B-GPE", "O", "O", "O", "O"])
    # 'Kenya returned the island to Somalia .'
    given = coded([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("returned", "return", "VERB", "VBD", "ROOT", 1),
                   ("the", "the", "DET", "DT", "det", 3), ("island", "island", "NOUN", "NN", "dobj", 1), ("to", "to", "ADP", "IN", "prep", 1),
                   ("Somalia", "Somalia", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)], probs,
                  ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    assert back == []
    assert [(e.type, [a.code for a in e.target]) for e in given] == [("RETREAT", ["SOM"])]


def test_a_name_that_judges_nothing_is_no_act_of_another_sense_of_the_verb():
    # 'Kenya called the talks clear .': no call for anything, whatever the model hears in 'called'
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("called", "call", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("talks", "talk", "NOUN", "NNS", "dobj", 1), ("clear", "clear", "ADJ", "JJ", "oprd", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert coded(rows, [("REQUEST", 0.8), (None, 0.2)], ents=["B-GPE", "O", "O", "O", "O", "O"]) == []
    rows[4] = ("hostile", "hostile", "ADJ", "JJ", "oprd", 1)
    assert [e.type for e in coded(rows, [("REQUEST", 0.8), (None, 0.2)], ents=["B-GPE", "O", "O", "O", "O", "O"])] == ["ACCUSE"]


def test_a_partner_said_of_a_state_stays_support_whatever_the_model_hears():
    # 'Brazil is Argentina 's strategic partner .': a stance of Argentina's, not the agreement the model hears in 'partner'
    rows = [("Brazil", "Brazil", "PROPN", "NNP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1),
            ("Argentina", "Argentina", "PROPN", "NNP", "poss", 5), ("'s", "'s", "PART", "POS", "case", 2),
            ("strategic", "strategic", "ADJ", "JJ", "amod", 5), ("partner", "partner", "NOUN", "NN", "attr", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    events = coded(rows, [("AGREE", 0.6), ("SUPPORT", 0.2), (None, 0.2)], ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O"])
    assert [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in events] == [("SUPPORT", ["ARG"], ["BRA"])]


def test_one_act_read_twice_is_kept_where_it_is_first_told():
    # "Turkish troops shelled villages, wounding civilians.": one attack on one dyad, at 'shelled'
    evs = code([("Turkish", "Turkish", "ADJ", "JJ", "amod", 1), ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
                ("shelled", "shell", "VERB", "VBD", "ROOT", 2), ("villages", "village", "NOUN", "NNS", "dobj", 2),
                (",", ",", "PUNCT", ",", "punct", 2), ("wounding", "wound", "VERB", "VBG", "advcl", 2),
                ("civilians", "civilian", "NOUN", "NNS", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 2)],
               ents=["B-NORP"] + ["O"] * 7)
    assert [(e.trigger, e.type) for e in evs] == [("shelled", "ASSAULT")]


def test_an_act_one_failed_to_do_is_negated():
    # "Egypt failed to reach a deal with Ethiopia.": no deal was reached
    evs = code([("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1), ("failed", "fail", "VERB", "VBD", "ROOT", 1),
                ("to", "to", "PART", "TO", "aux", 3), ("reach", "reach", "VERB", "VB", "xcomp", 1), ("a", "a", "DET", "DT", "det", 5),
                ("deal", "deal", "NOUN", "NN", "dobj", 3), ("with", "with", "ADP", "IN", "prep", 5),
                ("Ethiopia", "Ethiopia", "PROPN", "NNP", "pobj", 6), (".", ".", "PUNCT", ".", "punct", 1)])
    assert triples(evs) == {("AGREE", ("EGY",), ("ETH",), True, "asserted")}


def test_an_act_conjoined_to_a_denial_is_asserted():
    # "Armenia denied the charge and blamed Azerbaijan.": the blaming is not denied
    evs = code([("Armenia", "Armenia", "PROPN", "NNP", "nsubj", 1), ("denied", "deny", "VERB", "VBD", "ROOT", 1),
                ("the", "the", "DET", "DT", "det", 3), ("charge", "charge", "NOUN", "NN", "dobj", 1), ("and", "and", "CCONJ", "CC", "cc", 1),
                ("blamed", "blame", "VERB", "VBD", "conj", 1), ("Azerbaijan", "Azerbaijan", "PROPN", "NNP", "dobj", 5),
                (".", ".", "PUNCT", ".", "punct", 1)])
    assert ("ACCUSE", ("ARM",), ("AZE",), False, "asserted") in triples(evs)


def test_ending_a_hostile_act_is_a_retreat_and_ending_a_cooperative_one_a_sanction():
    def ended(verb, lemma, noun, noun_lemma, prep):  # 'Russia <verb> <noun> <prep> Ukraine .'
        return {(e.type, e.trigger) for e in code([
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1),
            (noun, noun_lemma, "NOUN", "NNS", "dobj", 1), (prep, prep, "ADP", "IN", "prep", 2),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)])}

    assert ("RETREAT", "halted") in ended("halted", "halt", "attacks", "attack", "on")  # de-escalation, CAMEO 087
    assert ended("stopped", "stop", "talks", "talk", "with") == {("SANCTION", "stopped")}


def test_an_act_noun_measured_by_an_amount_is_done_by_the_light_verbs_subject():
    # "Japan announced 200 million in aid for Chad.": the aid stands where its amount does, the object of 'announced'
    evs = code([("Japan", "Japan", "PROPN", "NNP", "nsubj", 1), ("announced", "announce", "VERB", "VBD", "ROOT", 1),
                ("200", "200", "NUM", "CD", "compound", 3), ("million", "million", "NUM", "CD", "dobj", 1), ("in", "in", "ADP", "IN", "prep", 3),
                ("aid", "aid", "NOUN", "NN", "pobj", 4), ("for", "for", "ADP", "IN", "prep", 5), ("Chad", "Chad", "PROPN", "NNP", "pobj", 6),
                (".", ".", "PUNCT", ".", "punct", 1)])
    assert {t[:3] for t in triples(evs)} == {("AID", ("JPN",), ("TCD",))}


def test_striking_at_something_is_an_attack_not_a_labour_strike():
    def struck(*rest):  # 'Turkey struck <rest> .'
        rows = [("Turkey", "Turkey", "PROPN", "NNP", "nsubj", 1), ("struck", "strike", "VERB", "VBD", "ROOT", 1), *rest,
                (".", ".", "PUNCT", ".", "punct", 1)]
        return {e.type for e in code(rows)}

    assert "PROTEST" not in struck(("back", "back", "ADV", "RB", "advmod", 1), ("at", "at", "ADP", "IN", "prep", 1),
                                   ("Syria", "Syria", "PROPN", "NNP", "pobj", 4))
    assert "PROTEST" not in struck(("back", "back", "ADV", "RB", "advmod", 1), (",", ",", "PUNCT", ",", "punct", 1))
    assert struck(("for", "for", "ADP", "IN", "prep", 1), ("wages", "wage", "NOUN", "NNS", "pobj", 2)) == {"PROTEST"}


def test_a_role_said_of_a_state_in_a_reported_clause_is_the_reporters_act():
    # "Kazakhstan said Russia was a partner.": Kazakhstan calls Russia its partner
    evs = code([("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
                ("Russia", "Russia", "PROPN", "NNP", "nsubj", 3), ("was", "be", "AUX", "VBD", "ccomp", 1), ("a", "a", "DET", "DT", "det", 5),
                ("partner", "partner", "NOUN", "NN", "attr", 3), (".", ".", "PUNCT", ".", "punct", 1)])
    assert {t[:3] for t in triples(evs)} == {("SUPPORT", ("KAZ",), ("RUS",))}


def test_what_one_draws_from_another_is_the_others_act_on_it():
    # "Kenya drew condemnation from Uganda.": Uganda condemns Kenya; 'drew' is no act of Kenya's
    evs = code([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("drew", "draw", "VERB", "VBD", "ROOT", 1),
                ("condemnation", "condemnation", "NOUN", "NN", "dobj", 1), ("from", "from", "ADP", "IN", "prep", 1),
                ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)])
    assert {t[:3] for t in triples(evs)} == {("ACCUSE", ("UGA",), ("KEN",))}


def test_blocking_a_decision_rejects_it_and_blocking_a_road_restricts():
    def blocked(noun, lemma):
        return code([("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("blocked", "block", "VERB", "VBD", "ROOT", 1),
                     ("a", "a", "DET", "DT", "det", 3), (noun, lemma, "NOUN", "NN", "dobj", 1), ("in", "in", "ADP", "IN", "prep", 1),
                     ("Georgia", "Georgia", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)])
    assert {e.type for e in blocked("resolution", "resolution")} == {"REJECT"}
    assert {e.type for e in blocked("road", "road")} == {"COERCE"}


def test_trading_fire_is_fighting_and_trading_goods_is_trade():
    def traded(noun):
        return {e.type for e in code([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 3), ("and", "and", "CCONJ", "CC", "cc", 0),
                                      ("Somalia", "Somalia", "PROPN", "NNP", "conj", 0), ("traded", "trade", "VERB", "VBD", "ROOT", 3),
                                      (noun, noun, "NOUN", "NN", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 3)])}
    assert traded("fire") == {"ASSAULT"}
    assert traded("goods") == {"COOPERATE"}


def test_summoning_an_envoy_is_a_diplomatic_protest_but_summoning_no_one_is_no_act():
    def summoned(*rest):
        return {(e.type, e.mode) for e in code([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("summoned", "summon", "VERB", "VBD", "ROOT", 1),
                                                *rest, (".", ".", "PUNCT", ".", "punct", 1)])}
    assert summoned(("Uganda", "Uganda", "PROPN", "NNP", "poss", 4), ("'s", "'s", "PART", "POS", "case", 2),
                    ("ambassador", "ambassador", "NOUN", "NN", "dobj", 1)) == {("PROTEST", "diplomatic")}
    assert summoned(("its", "its", "PRON", "PRP$", "poss", 3), ("courage", "courage", "NOUN", "NN", "dobj", 1)) == set()


def test_what_is_done_without_is_negated():
    # 'Kenya and Uganda parted without an agreement .'
    evs = code([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 3), ("and", "and", "CCONJ", "CC", "cc", 0),
                ("Uganda", "Uganda", "PROPN", "NNP", "conj", 0), ("parted", "part", "VERB", "VBD", "ROOT", 3),
                ("without", "without", "ADP", "IN", "prep", 3), ("an", "an", "DET", "DT", "det", 6),
                ("agreement", "agreement", "NOUN", "NN", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 3)])
    assert [(e.type, e.negated) for e in evs] == [("AGREE", True)]


def test_the_act_a_denial_reports_is_typed_at_that_act_and_denied():
    # 'Kenya denied that its troops entered Somalia .'
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("denied", "deny", "VERB", "VBD", "ROOT", 1),
            ("that", "that", "SCONJ", "IN", "mark", 5), ("its", "its", "PRON", "PRP$", "poss", 4),
            ("troops", "troop", "NOUN", "NNS", "nsubj", 5), ("entered", "enter", "VERB", "VBD", "ccomp", 1),
            ("Somalia", "Somalia", "PROPN", "NNP", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 1)]
    events = coded(rows, [("MOBILIZE", 0.9), (None, 0.1)])
    assert [(e.trigger, e.modality) for e in events] == [("entered", "denied")]


def test_hosting_a_foreign_facility_is_cooperation_and_hosting_a_leader_a_visit():
    def hosted(*obj):
        return {e.type for e in code([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("hosted", "host", "VERB", "VBD", "ROOT", 1),
                                      *obj, (".", ".", "PUNCT", ".", "punct", 1)])}
    assert hosted(("a", "a", "DET", "DT", "det", 4), ("Chinese", "Chinese", "ADJ", "JJ", "amod", 4), ("naval", "naval", "ADJ", "JJ", "amod", 4),
                  ("facility", "facility", "NOUN", "NN", "dobj", 1)) == {"COOPERATE"}
    assert hosted(("Uganda", "Uganda", "PROPN", "NNP", "dobj", 1)) == {"CONSULT"}


def test_an_accusation_the_model_hears_in_a_reported_clause_is_the_reporters():
    # 'Kenya said Uganda was fomenting unrest .'
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("Uganda", "Uganda", "PROPN", "NNP", "nsubj", 4), ("was", "be", "AUX", "VBD", "aux", 4),
            ("fomenting", "foment", "VERB", "VBG", "ccomp", 1), ("unrest", "unrest", "NOUN", "NN", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
    events = coded(rows, [("ACCUSE", 0.9), (None, 0.1)])
    assert [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in events] == [("ACCUSE", ["KEN"], ["UGA"])]


def test_hitting_back_at_or_taking_aim_at_someone_in_words_is_an_accusation():
    took = code([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("took", "take", "VERB", "VBD", "ROOT", 1), ("aim", "aim", "NOUN", "NN", "dobj", 1),
                 ("at", "at", "ADP", "IN", "prep", 1), ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)])
    assert {t[:3] for t in triples(took)} == {("ACCUSE", ("KEN",), ("UGA",))}


def test_an_act_one_is_considering_is_not_done_but_hypothetical():
    # 'Kenya is considering sanctions against Uganda .'
    evs = coded([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 2), ("is", "be", "AUX", "VBZ", "aux", 2),
                 ("considering", "consider", "VERB", "VBG", "ROOT", 2), ("sanctions", "sanction", "NOUN", "NNS", "dobj", 2),
                 ("against", "against", "ADP", "IN", "prep", 3), ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 2)],
                [("SANCTION", 0.9), (None, 0.1)])
    assert [(e.type, e.modality) for e in evs] == [("SANCTION", "hypothetical")]


def test_what_a_meeting_is_aimed_at_is_its_purpose_not_an_act():
    # 'Kenya hosted Uganda for a meeting aimed at establishing close relations between the two countries .'
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("hosted", "host", "VERB", "VBD", "ROOT", 1),
            ("Uganda", "Uganda", "PROPN", "NNP", "dobj", 1), ("for", "for", "ADP", "IN", "prep", 1),
            ("a", "a", "DET", "DT", "det", 5), ("meeting", "meeting", "NOUN", "NN", "pobj", 3),
            ("aimed", "aim", "VERB", "VBN", "acl", 5), ("at", "at", "ADP", "IN", "prep", 6),
            ("establishing", "establish", "VERB", "VBG", "pcomp", 7), ("close", "close", "ADJ", "JJ", "amod", 10),
            ("relations", "relation", "NOUN", "NNS", "dobj", 8), ("between", "between", "ADP", "IN", "prep", 10),
            ("the", "the", "DET", "DT", "det", 14), ("two", "two", "NUM", "CD", "nummod", 14),
            ("countries", "country", "NOUN", "NNS", "pobj", 11), (".", ".", "PUNCT", ".", "punct", 1)]
    ents = ["B-GPE", "O", "B-GPE"] + ["O"] * 13
    events = coded(rows, [("CONSULT", 0.8), (None, 0.2)], ents=ents)
    assert [(e.type, e.trigger) for e in events] == [("CONSULT", "hosted")]


def test_a_particle_after_a_long_object_still_completes_the_pattern():
    # 'Kenya forced the UN food agency , the WFP , out of its camps .': 'force out', however long the object
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("forced", "force", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 5), ("UN", "UN", "PROPN", "NNP", "compound", 5),
            ("food", "food", "NOUN", "NN", "compound", 5), ("agency", "agency", "NOUN", "NN", "dobj", 1),
            (",", ",", "PUNCT", ",", "punct", 5), ("the", "the", "DET", "DT", "det", 8), ("WFP", "WFP", "PROPN", "NNP", "appos", 5),
            (",", ",", "PUNCT", ",", "punct", 5), ("out", "out", "ADP", "IN", "prep", 1), ("of", "of", "ADP", "IN", "prep", 10),
            ("its", "its", "PRON", "PRP$", "poss", 13), ("camps", "camp", "NOUN", "NNS", "pobj", 11), (".", ".", "PUNCT", ".", "punct", 1)]
    ents = ["B-GPE", "O", "O", "B-ORG", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "O"]
    assert [(e.type, e.trigger) for e in code(rows, ents=ents)] == [("SANCTION", "forced")]


def test_withdrawing_envoys_inspectors_or_peacekeepers_reduces_relations():
    # 'Chad withdrew its <noun> from Niger .' (CAMEO 161, 1661, 1662): a sanction; troops withdrawn are a retreat
    def withdrew(noun):
        rows = [("Chad", "Chad", "PROPN", "NNP", "nsubj", 1), ("withdrew", "withdraw", "VERB", "VBD", "ROOT", 1),
                ("its", "its", "PRON", "PRP$", "poss", 3), (noun + "s", noun, "NOUN", "NNS", "dobj", 1),
                ("from", "from", "ADP", "IN", "prep", 1), ("Niger", "Niger", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
        return {(e.type, e.mode) for e in code(rows, ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])}
    assert withdrew("ambassador") == withdrew("inspector") == {("SANCTION", "diplomatic")}
    assert withdrew("peacekeeper") == {("SANCTION", "military")}
    assert withdrew("troop") == {("RETREAT", None)}


def test_reopening_a_border_or_airspace_eases_a_restriction():
    # 'Chad reopened its <noun> with Niger .': a closure lifted is a concession, as lifting a ban is
    def reopened(noun):
        rows = [("Chad", "Chad", "PROPN", "NNP", "nsubj", 1), ("reopened", "reopen", "VERB", "VBD", "ROOT", 1),
                ("its", "its", "PRON", "PRP$", "poss", 3), (noun, noun, "NOUN", "NN", "dobj", 1),
                ("with", "with", "ADP", "IN", "prep", 1), ("Niger", "Niger", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
        return {t[:3] for t in triples(code(rows, ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"]))}
    assert reopened("border") == reopened("airspace") == {("CONCEDE", ("TCD",), ("NER",))}


def test_a_signed_law_is_no_agreement_and_a_signed_treaty_is_one():
    # 'Kenya signed a <noun> .'
    def signed(noun):
        rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("signed", "sign", "VERB", "VBD", "ROOT", 1),
                ("a", "a", "DET", "DT", "det", 3), (noun, noun, "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
        return [e.type for e in code(rows, ents=["B-GPE", "O", "O", "O", "O"])]
    assert signed("treaty") == ["AGREE"]
    assert signed("decree") == signed("bill") == []


def test_a_name_given_may_hang_on_the_object_but_an_apposition_after_a_comma_names_no_one():
    from multivector.events.constructions import name_given

    stop = [(".", ".", "PUNCT", ".", "punct", 1)]
    # 'Kenya described Uganda 's comments as colonialist .': 'as' hung on the object
    described = code([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("described", "describe", "VERB", "VBD", "ROOT", 1),
                      ("Uganda", "Uganda", "PROPN", "NNP", "poss", 4), ("'s", "'s", "PART", "POS", "case", 2),
                      ("comments", "comment", "NOUN", "NNS", "dobj", 1), ("as", "as", "ADP", "IN", "prep", 4),
                      ("colonialist", "colonialist", "PROPN", "NNP", "pobj", 5), *stop], ents=["B-GPE", "O", "B-GPE"] + ["O"] * 5)
    assert {t[:3] for t in triples(described)} == {("ACCUSE", ("KEN",), ("UGA",))}

    def called(comma):
        # 'Kenya called President Museveni the devil .' / 'Kenya called President Museveni , the devil .'
        rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("called", "call", "VERB", "VBD", "ROOT", 1),
                ("President", "President", "PROPN", "NNP", "compound", 3), ("Museveni", "Museveni", "PROPN", "NNP", "dobj", 1),
                *([(",", ",", "PUNCT", ",", "punct", 3)] if comma else []),
                ("the", "the", "DET", "DT", "det", 6 if comma else 5), ("devil", "devil", "NOUN", "NN", "appos", 3), *stop]
        return name_given(parsed(rows)[1][1])
    assert [t.text for t in called(comma=False)] == ["devil"]
    assert called(comma=True) == []


def test_a_wrong_committed_is_no_pledge_and_reported_it_accuses():
    # 'Kenya said Uganda had committed war crimes .' / 'Kenya said Uganda had committed troops .'
    def said_committed(noun, lemma):
        rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
                ("Uganda", "Uganda", "PROPN", "NNP", "nsubj", 4), ("had", "have", "AUX", "VBD", "aux", 4),
                ("committed", "commit", "VERB", "VBN", "ccomp", 1), ("war", "war", "NOUN", "NN", "compound", 6),
                (noun, lemma, "NOUN", "NNS", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
        return {t[:3] for t in triples(code(rows, ents=["B-GPE", "O", "B-GPE"] + ["O"] * 5))}
    assert said_committed("crimes", "crime") == {("ACCUSE", ("KEN",), ("UGA",))}
    assert {t[0] for t in said_committed("supplies", "supply")} == {"AGREE"}


def test_a_concession_to_a_company_is_a_business_deal_and_a_lease_extended_cooperation():
    stop = [(".", ".", "PUNCT", ".", "punct", 1)]
    # 'Kenya granted Chevron a concession .'
    granted = coded([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("granted", "grant", "VERB", "VBD", "ROOT", 1),
                     ("Chevron", "Chevron", "PROPN", "NNP", "dative", 1), ("a", "a", "DET", "DT", "det", 4),
                     ("concession", "concession", "NOUN", "NN", "dobj", 1), *stop], [("CONCEDE", 0.8), (None, 0.2)],
                    ents=["B-GPE", "O", "B-ORG", "O", "O", "O"])
    assert [(e.type, e.mode, [(a.code, a.sector) for a in e.target]) for e in granted] == [("COOPERATE", "economic", [("USA", "BUS")])]
    # 'Kenya extended its lease to Uganda .'
    extended = code([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("extended", "extend", "VERB", "VBD", "ROOT", 1),
                     ("its", "its", "PRON", "PRP$", "poss", 3), ("lease", "lease", "NOUN", "NN", "dobj", 1),
                     ("to", "to", "ADP", "IN", "prep", 1), ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 4), *stop],
                    ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    assert {t[:3] for t in triples(extended)} == {("COOPERATE", ("KEN",), ("UGA",))}


def test_a_participle_with_an_agent_acts_on_what_it_describes():
    # 'Kenya , backed by Uganda , accused Sudan .'
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 6), (",", ",", "PUNCT", ",", "punct", 0),
            ("backed", "back", "VERB", "VBN", "acl", 0), ("by", "by", "ADP", "IN", "agent", 2),
            ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 3), (",", ",", "PUNCT", ",", "punct", 0),
            ("accused", "accuse", "VERB", "VBD", "ROOT", 6), ("Sudan", "Sudan", "PROPN", "NNP", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 6)]
    events = code(rows, ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "O", "B-GPE", "O"])
    assert {t[:3] for t in triples(events)} == {("ACCUSE", ("KEN",), ("SDN",)), ("SUPPORT", ("UGA",), ("KEN",))}


def test_a_finite_verb_conjoined_to_a_verb_after_a_modal_shares_the_subject_above_not_the_modal():
    # 'Kenya promised Uganda that Rwanda would send troops but declined to give it weapons .': Kenya declined
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("promised", "promise", "VERB", "VBD", "ROOT", 1),
            ("Uganda", "Uganda", "PROPN", "NNP", "dobj", 1), ("that", "that", "SCONJ", "IN", "mark", 6),
            ("Rwanda", "Rwanda", "PROPN", "NNP", "nsubj", 6), ("would", "would", "AUX", "MD", "aux", 6),
            ("send", "send", "VERB", "VB", "ccomp", 1), ("troops", "troop", "NOUN", "NNS", "dobj", 6),
            ("but", "but", "CCONJ", "CC", "cc", 6), ("declined", "decline", "VERB", "VBD", "conj", 6),
            ("to", "to", "PART", "TO", "aux", 11), ("give", "give", "VERB", "VB", "xcomp", 9),
            ("it", "it", "PRON", "PRP", "dative", 11), ("weapons", "weapon", "NOUN", "NNS", "dobj", 11), (".", ".", "PUNCT", ".", "punct", 1)]
    events = code(rows, ents=["B-GPE", "O", "B-GPE", "O", "B-GPE"] + ["O"] * 10)
    assert [(tuple(a.code for a in e.source), e.modality) for e in events if e.trigger == "declined"] == [(("KEN",), "asserted")]


def test_a_wrong_someone_reports_accuses_the_one_who_did_it():
    # 'Kenya said Uganda had hacked its banks .'
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("Uganda", "Uganda", "PROPN", "NNP", "nsubj", 4), ("had", "have", "AUX", "VBD", "aux", 4),
            ("hacked", "hack", "VERB", "VBN", "ccomp", 1), ("its", "its", "PRON", "PRP$", "poss", 6),
            ("banks", "bank", "NOUN", "NNS", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
    assert {t[:3] for t in triples(code(rows, ents=["B-GPE", "O", "B-GPE"] + ["O"] * 5))} == {("ACCUSE", ("KEN",), ("UGA",))}


def test_ones_own_people_are_a_domestic_target_and_what_they_are_asked_to_avoid_no_act():
    # 'Kenya urged its citizens to avoid travelling to Uganda .'
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("urged", "urge", "VERB", "VBD", "ROOT", 1),
            ("its", "its", "PRON", "PRP$", "poss", 3), ("citizens", "citizen", "NOUN", "NNS", "dobj", 1),
            ("to", "to", "PART", "TO", "aux", 5), ("avoid", "avoid", "VERB", "VB", "xcomp", 1),
            ("travelling", "travel", "VERB", "VBG", "xcomp", 5), ("to", "to", "ADP", "IN", "prep", 6),
            ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 7), (".", ".", "PUNCT", ".", "punct", 1)]
    events = coded(rows, [("REQUEST", 0.8), (None, 0.2)], ents=["B-GPE"] + ["O"] * 7 + ["B-GPE", "O"])
    assert [(e.type, [(a.code, a.sector) for a in e.target]) for e in events] == [("REQUEST", [("KEN", "CVL")])]


def test_a_city_named_before_a_gathering_is_where_it_met_not_who_met():
    # 'Kenya tried to spoil the Helsinki summit .': no summit of Finland's with Kenya
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("tried", "try", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3), ("spoil", "spoil", "VERB", "VB", "xcomp", 1), ("the", "the", "DET", "DT", "det", 6),
            ("Helsinki", "Helsinki", "PROPN", "NNP", "compound", 6), ("summit", "summit", "NOUN", "NN", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1)]
    events = code(rows, ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O"])
    assert not any(a.code == "FIN" for e in events for a in e.source)


def test_mobilising_anyone_but_armed_forces_takes_no_military_posture_and_help_frames_the_act_it_takes():
    # 'Kenya mobilized pressure groups to help support Uganda .': support, no mobilisation and no aid
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("mobilized", "mobilize", "VERB", "VBD", "ROOT", 1),
            ("pressure", "pressure", "NOUN", "NN", "compound", 3), ("groups", "group", "NOUN", "NNS", "dobj", 1),
            ("to", "to", "PART", "TO", "aux", 5), ("help", "help", "VERB", "VB", "advcl", 1),
            ("support", "support", "VERB", "VB", "xcomp", 5), ("Uganda", "Uganda", "PROPN", "NNP", "dobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1)]
    events = coded(rows, [("MOBILIZE", 0.8), (None, 0.2)], ents=["B-GPE"] + ["O"] * 6 + ["B-GPE", "O"])
    assert {t[:3] for t in triples(events)} == {("SUPPORT", ("KEN",), ("UGA",))}
    # 'Kenya mobilized 20,000 reservists .'
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("mobilized", "mobilize", "VERB", "VBD", "ROOT", 1),
            ("20,000", "20,000", "NUM", "CD", "nummod", 3), ("reservists", "reservist", "NOUN", "NNS", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert [e.type for e in code(rows, ents=["B-GPE", "O", "B-CARDINAL", "O", "O"])] == ["MOBILIZE"]
    # the British spelling alike: 'Kenya mobilised pressure groups .'
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("mobilised", "mobilise", "VERB", "VBD", "ROOT", 1),
            ("pressure", "pressure", "NOUN", "NN", "compound", 3), ("groups", "group", "NOUN", "NNS", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert code(rows, ents=["B-GPE", "O", "O", "O", "O"]) == []


def test_debt_cancelled_is_aid_whatever_the_model_hears_in_cancel():
    # "Russia cancelled Cuba's debt ."
    rows = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("cancelled", "cancel", "VERB", "VBD", "ROOT", 1),
            ("Cuba", "Cuba", "PROPN", "NNP", "poss", 4), ("'s", "'s", "PART", "POS", "case", 2),
            ("debt", "debt", "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    events = coded(rows, [("SANCTION", 0.9), (None, 0.1)], ents=["B-GPE", "O", "B-GPE", "O", "O", "O"])
    assert {t[:3] for t in triples(events)} == {("AID", ("RUS",), ("CUB",))}


def test_fighting_a_plight_attacks_no_one():
    # 'Kenyan doctors flew to Uganda to fight the epidemic .'
    rows = [("Kenyan", "kenyan", "ADJ", "JJ", "amod", 1), ("doctors", "doctor", "NOUN", "NNS", "nsubj", 2),
            ("flew", "fly", "VERB", "VBD", "ROOT", 2), ("to", "to", "ADP", "IN", "prep", 2),
            ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 3), ("to", "to", "PART", "TO", "aux", 6),
            ("fight", "fight", "VERB", "VB", "advcl", 2), ("the", "the", "DET", "DT", "det", 8),
            ("epidemic", "epidemic", "NOUN", "NN", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 2)]
    assert not [e for e in code(rows, ents=["B-NORP", "O", "O", "O", "B-GPE"] + ["O"] * 5) if e.type == "ASSAULT"]


def test_a_thing_finished_is_no_retreat_whatever_the_model_hears():
    # 'Kenya completed a dam in Uganda .': nothing given back or left
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("completed", "complete", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3), ("dam", "dam", "NOUN", "NN", "dobj", 1), ("in", "in", "ADP", "IN", "prep", 3),
            ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
    assert not coded(rows, [("RETREAT", 0.9), (None, 0.1)], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])


def test_arming_someone_is_military_aid():
    # 'Kenya is arming Uganda .'
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 2), ("is", "be", "AUX", "VBZ", "aux", 2),
            ("arming", "arm", "VERB", "VBG", "ROOT", 2), ("Uganda", "Uganda", "PROPN", "NNP", "dobj", 2),
            (".", ".", "PUNCT", ".", "punct", 2)]
    events = code(rows, ents=["B-GPE", "O", "O", "B-GPE", "O"])
    assert [(e.type, e.mode) for e in events] == [("AID", "military")] and {t[:3] for t in triples(events)} == {("AID", ("KEN",), ("UGA",))}


def test_weapons_received_are_military_aid_from_whoever_gives_them():
    # 'Kenya received weapons from Uganda .', the model hearing weapons handed over
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("received", "receive", "VERB", "VBD", "ROOT", 1),
            ("weapons", "weapon", "NOUN", "NNS", "dobj", 1), ("from", "from", "ADP", "IN", "prep", 1),
            ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)]
    events = coded(rows, [("RETREAT", 0.9), (None, 0.1)], ents=["B-GPE", "O", "O", "O", "B-GPE", "O"])
    assert [(e.type, e.mode) for e in events] == [("AID", "military")] and {t[:3] for t in triples(events)} == {("AID", ("UGA",), ("KEN",))}
