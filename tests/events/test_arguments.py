"""Who acts on whom, on parses built by hand: one argument finder for lexicon and classifier events."""

from spacy.tokens import Doc

from multivector.actors import resolve_mentions
from multivector.events import code_events, extract_quotes, make_context
from multivector.model import DateGuess, Document, Segment

from .test_coder_handbuilt import VOCAB, coded, triples


def code(rows):
    """rows: (word, lemma, pos, dep, head index[, entity label]); several ROOTs make several sentences."""
    return triples(events_of(rows))


def events_of(rows):
    doc = Doc(VOCAB, words=[r[0] for r in rows], spaces=[i < len(rows) - 1 and rows[i + 1][0] not in ".," for i in range(len(rows))],
              lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[r[4] for r in rows],
              ents=[f"B-{r[5]}" if len(r) > 5 else "O" for r in rows])
    document = Document("t", "h", doc.text, [Segment(0, len(doc.text))], date=DateGuess("2008-10", "month", "test"))
    acts = resolve_mentions(document, doc)
    return code_events(make_context(document, doc, acts, extract_quotes(document, doc, acts)))


JOINT = [("Russia", "Russia", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0), ("China", "China", "PROPN", "conj", 0),
         ("signed", "sign", "VERB", "ROOT", 3), ("a", "a", "DET", "det", 5), ("treaty", "treaty", "NOUN", "dobj", 3)]


def test_a_joint_act_has_no_target_and_a_place_is_not_one():
    rows = JOINT + [("in", "in", "ADP", "prep", 3), ("Moscow", "Moscow", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 3)]
    assert ("AGREE", ("RUS", "CHN"), (), False, "asserted") in code(rows)


def test_a_partner_named_with_with_is_the_target_of_a_joint_act():
    rows = JOINT + [("with", "with", "ADP", "prep", 3), ("Iran", "Iran", "PROPN", "pobj", 6), (".", ".", "PUNCT", "punct", 3)]
    assert ("AGREE", ("RUS", "CHN"), ("IRN",), False, "asserted") in code(rows)


def test_the_two_countries_are_the_two_states_named_most_the_latest_of_equals():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("hosted", "host", "VERB", "ROOT", 1), ("Uganda", "Uganda", "PROPN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
            ("The", "the", "DET", "det", 6), ("two", "two", "NUM", "nummod", 6), ("countries", "country", "NOUN", "nsubj", 7),
            ("signed", "sign", "VERB", "ROOT", 7), ("a", "a", "DET", "det", 9), ("pact", "pact", "NOUN", "dobj", 7),
            (".", ".", "PUNCT", "punct", 7)]
    assert ("AGREE", ("UGA", "KEN"), (), False, "asserted") in code(rows)


def test_the_source_itself_does_not_end_the_search_for_a_target():
    rows = [("Syria", "Syria", "PROPN", "nsubj", 1), ("offered", "offer", "VERB", "ROOT", 1), ("its", "its", "PRON", "poss", 3),
            ("troops", "troop", "NOUN", "dobj", 1), ("to", "to", "ADP", "prep", 3), ("Lebanon", "Lebanon", "PROPN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("AGREE", ("SYR",), ("LBN",))}


def test_the_one_asked_is_the_subject_of_the_clause_demanded():
    rows = [("China", "China", "PROPN", "nsubj", 1), ("demanded", "demand", "VERB", "ROOT", 1), ("that", "that", "SCONJ", "mark", 4),
            ("Japan", "Japan", "PROPN", "nsubj", 4), ("cancel", "cancel", "VERB", "ccomp", 1), ("the", "the", "DET", "det", 6),
            ("visit", "visit", "NOUN", "dobj", 4), (".", ".", "PUNCT", "punct", 1)]
    assert ("REQUEST", ("CHN",), ("JPN",), False, "asserted") in code(rows)


def test_unnamed_people_act_for_the_place_the_sentence_names_as_what_their_noun_says_they_are():
    def protested(noun, lemma):
        return [("Thousands", "thousand", "NOUN", "nsubj", 3), ("of", "of", "ADP", "prep", 0), (noun, lemma, "NOUN", "pobj", 1),
                ("protested", "protest", "VERB", "ROOT", 3), ("in", "in", "ADP", "prep", 3), ("Kenya", "Kenya", "PROPN", "pobj", 4, "GPE"),
                (".", ".", "PUNCT", "punct", 3)]
    assert {t[:3] for t in code(protested("people", "people"))} == {("PROTEST", ("KEN",), ())}
    assert [(a.code, a.sector) for e in events_of(protested("students", "student")) for a in e.source] == [("KEN", "EDU")]


def test_a_pronoun_no_actor_resolves_in_a_report_is_the_reporter():
    rows = [("Kenyan", "kenyan", "ADJ", "amod", 1), ("farmers", "farmer", "NOUN", "nsubj", 2), ("said", "say", "VERB", "ROOT", 2),
            ("they", "they", "PRON", "nsubj", 5), ("would", "would", "AUX", "aux", 5), ("boycott", "boycott", "VERB", "ccomp", 2),
            ("Uganda", "Uganda", "PROPN", "dobj", 5), (".", ".", "PUNCT", "punct", 2)]
    assert {t[:3] for t in code(rows)} == {("PROTEST", ("KEN",), ("UGA",))}


def test_the_leaders_of_two_states_act_together():
    rows = [("The", "the", "DET", "det", 1), ("leaders", "leader", "NOUN", "nsubj", 6), ("of", "of", "ADP", "prep", 1),
            ("France", "France", "PROPN", "pobj", 2, "GPE"), ("and", "and", "CCONJ", "cc", 3), ("Germany", "Germany", "PROPN", "conj", 3, "GPE"),
            ("signed", "sign", "VERB", "ROOT", 6), ("a", "a", "DET", "det", 8), ("treaty", "treaty", "NOUN", "dobj", 6),
            (".", ".", "PUNCT", "punct", 6)]
    assert ("AGREE", ("FRA", "DEU"), (), False, "asserted") in code(rows)


def test_subjects_the_parser_hung_on_a_fronted_phrase_still_act_but_the_place_does_not():
    rows = [("On", "on", "ADP", "prep", 9), ("Monday", "Monday", "PROPN", "pobj", 0, "DATE"), (",", ",", "PUNCT", "punct", 9),
            ("in", "in", "ADP", "prep", 9), ("Paris", "Paris", "PROPN", "pobj", 3, "GPE"), (",", ",", "PUNCT", "punct", 4),
            ("Chile", "Chile", "PROPN", "conj", 4, "GPE"), ("and", "and", "CCONJ", "cc", 6), ("Peru", "Peru", "PROPN", "nsubj", 9, "GPE"),
            ("signed", "sign", "VERB", "ROOT", 9), ("a", "a", "DET", "det", 11), ("treaty", "treaty", "NOUN", "dobj", 9),
            (".", ".", "PUNCT", "punct", 9)]
    assert ("AGREE", ("PER", "CHL"), (), False, "asserted") in code(rows)


def test_those_acting_together_with_the_subject_act_too_and_are_not_its_target():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("rejected", "reject", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 3),
            ("plan", "plan", "NOUN", "dobj", 1), ("together", "together", "ADV", "advmod", 5), ("with", "with", "ADP", "prep", 1),
            ("Uganda", "Uganda", "PROPN", "pobj", 5), (".", ".", "PUNCT", "punct", 1)]
    assert ("REJECT", ("KEN", "UGA"), (), False, "asserted") in code(rows)


def test_a_coordinated_subject_the_parser_split_into_two_subjects_acts_together():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0), ("Uganda", "Uganda", "PROPN", "nsubj", 3),
            ("met", "meet", "VERB", "ROOT", 3), (".", ".", "PUNCT", "punct", 3)]
    assert ("CONSULT", ("KEN", "UGA"), (), False, "asserted") in code(rows)


def test_people_the_text_does_not_name_are_the_target_and_no_one_else_is():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("pressured", "pressure", "VERB", "ROOT", 1), ("its", "its", "PRON", "poss", 3),
            ("neighbours", "neighbour", "NOUN", "dobj", 1), ("after", "after", "ADP", "prep", 1), ("Uganda", "Uganda", "PROPN", "pobj", 4),
            ("objected", "object", "VERB", "advcl", 1), (".", ".", "PUNCT", "punct", 1)]
    assert all("UGA" not in target for _, _, target, _, _ in code(rows))


def test_visitors_travelling_together_visit_their_host():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0), ("Uganda", "Uganda", "PROPN", "conj", 0),
            ("visited", "visit", "VERB", "ROOT", 3), ("Ghana", "Ghana", "PROPN", "dobj", 3), (".", ".", "PUNCT", "punct", 3)]
    assert ("CONSULT", ("KEN", "UGA"), ("GHA",), False, "asserted") in code(rows)


def test_a_capital_the_tagger_missed_is_still_where_not_whom():
    rows = [("NATO", "NATO", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1), ("in", "in", "ADP", "prep", 1),
            ("Vilnius", "Vilnius", "PROPN", "pobj", 2), (".", ".", "PUNCT", "punct", 1)]
    assert all("LTU" not in target for _, _, target, _, _ in code(rows))


def test_the_groups_of_two_countries_named_by_adjectives_act_together():
    rows = [("Russian", "Russian", "ADJ", "amod", 3, "NORP"), ("and", "and", "CCONJ", "cc", 0), ("Chinese", "Chinese", "ADJ", "conj", 0, "NORP"),
            ("officials", "official", "NOUN", "nsubj", 4), ("met", "meet", "VERB", "ROOT", 4), (".", ".", "PUNCT", "punct", 4)]
    assert ("CONSULT", ("RUS", "CHN"), (), False, "asserted") in code(rows)
    # 'Russian and South Korean officials met .': the second adjective has two words
    rows = [("Russian", "Russian", "ADJ", "amod", 4, "NORP"), ("and", "and", "CCONJ", "cc", 0), ("South", "South", "ADJ", "amod", 3),
            ("Korean", "Korean", "ADJ", "conj", 0, "NORP"), ("officials", "official", "NOUN", "nsubj", 5), ("met", "meet", "VERB", "ROOT", 5),
            (".", ".", "PUNCT", "punct", 5)]
    assert ("CONSULT", ("RUS", "KOR"), (), False, "asserted") in code(rows)


def test_with_no_target_named_an_actor_after_the_act_is_taken_before_one_before_it():
    rows = [("Tanzania", "Tanzania", "PROPN", "nsubj", 1), ("watched", "watch", "VERB", "advcl", 4), (",", ",", "PUNCT", "punct", 4),
            ("Kenya", "Kenya", "PROPN", "nsubj", 4), ("protested", "protest", "VERB", "ROOT", 4), (",", ",", "PUNCT", "punct", 4),
            ("Uganda", "Uganda", "PROPN", "npadvmod", 4), (".", ".", "PUNCT", "punct", 4)]
    assert [target for etype, _, target, _, _ in code(rows) if etype == "PROTEST"] == [("UGA",)]


def test_the_object_of_an_accusation_does_what_it_is_accused_of():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("accused", "accuse", "VERB", "ROOT", 1), ("Uganda", "Uganda", "PROPN", "dobj", 1),
            ("of", "of", "ADP", "prep", 1), ("attacking", "attack", "VERB", "pcomp", 3), ("Tanzania", "Tanzania", "PROPN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 1)]
    assert ("ASSAULT", ("UGA",), ("TZA",)) in {(etype, source, target) for etype, source, target, _, _ in code(rows)}


def test_a_name_joined_to_an_apposition_is_a_conjunct_of_its_head():
    """'Russia attacked Riyadh, the capital, and Tehran': the parser hangs 'Tehran' on 'capital'; both are attacked."""
    rows = [("Russia", "Russia", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1), ("Riyadh", "Riyadh", "PROPN", "dobj", 1),
            (",", ",", "PUNCT", "punct", 2), ("the", "the", "DET", "det", 5), ("capital", "capital", "NOUN", "appos", 2),
            (",", ",", "PUNCT", "punct", 5), ("and", "and", "CCONJ", "cc", 5), ("Tehran", "Tehran", "PROPN", "conj", 5),
            (".", ".", "PUNCT", "punct", 1)]
    assert ("ASSAULT", ("RUS",), ("SAU", "IRN"), False, "asserted") in code(rows)


def test_from_names_who_makes_a_nominal_act_unless_the_act_leaves_it():
    appeals = [("Uganda", "Uganda", "PROPN", "nsubj", 1), ("heard", "hear", "VERB", "ROOT", 1), ("appeals", "appeal", "NOUN", "dobj", 1),
               ("from", "from", "ADP", "prep", 2), ("Kenya", "Kenya", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]
    assert ("REQUEST", ("KEN",), ("UGA",)) in {t[:3] for t in code(appeals)}
    withdrawal = [("Uganda", "Uganda", "PROPN", "nsubj", 1), ("began", "begin", "VERB", "ROOT", 1), ("its", "its", "PRON", "poss", 3),
                  ("withdrawal", "withdrawal", "NOUN", "dobj", 1), ("from", "from", "ADP", "prep", 3), ("Kenya", "Kenya", "PROPN", "pobj", 4),
                  (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(withdrawal)} == {("RETREAT", ("UGA",), ("KEN",))}


def test_who_carries_out_a_nominal_act_is_the_subject_of_the_verb_that_does_it():
    wrapped = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("wrapped", "wrap", "VERB", "ROOT", 1), ("up", "up", "ADP", "prt", 1),
               ("a", "a", "DET", "det", 4), ("visit", "visit", "NOUN", "dobj", 1), ("to", "to", "ADP", "prep", 4),
               ("Uganda", "Uganda", "PROPN", "pobj", 5), (".", ".", "PUNCT", "punct", 1)]
    assert ("CONSULT", ("KEN",), ("UGA",)) in {t[:3] for t in code(wrapped)}
    joined = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("joined", "join", "VERB", "ROOT", 1), ("talks", "talk", "NOUN", "dobj", 1),
              ("with", "with", "ADP", "prep", 2), ("Uganda", "Uganda", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]
    assert ("CONSULT", ("KEN",), ("UGA",)) in {t[:3] for t in code(joined)}


def test_unnamed_people_act_in_the_clauses_that_share_their_subject_or_describe_them():
    marched = [("Thousands", "thousand", "NOUN", "nsubj", 3), ("of", "of", "ADP", "prep", 0), ("people", "people", "NOUN", "pobj", 1),
               ("marched", "march", "VERB", "ROOT", 3), ("in", "in", "ADP", "prep", 3), ("Kenya", "Kenya", "PROPN", "pobj", 4, "GPE"),
               (",", ",", "PUNCT", "punct", 3), ("demanding", "demand", "VERB", "advcl", 3), ("reforms", "reform", "NOUN", "dobj", 7),
               (".", ".", "PUNCT", "punct", 3)]
    assert ("REQUEST", ("KEN",)) in {t[:2] for t in code(marched)}
    described = [("Protesters", "protester", "NOUN", "nsubj", 3), ("demanding", "demand", "VERB", "acl", 0),
                 ("reforms", "reform", "NOUN", "dobj", 1), ("marched", "march", "VERB", "ROOT", 3), ("in", "in", "ADP", "prep", 3),
                 ("Kenya", "Kenya", "PROPN", "pobj", 4, "GPE"), (".", ".", "PUNCT", "punct", 3)]
    assert ("REQUEST", ("KEN",)) in {t[:2] for t in code(described)}


def test_joining_is_an_agreement_only_with_an_organisation():
    def joined(rows):
        return code([("Kenya", "Kenya", "PROPN", "nsubj", 1), ("joined", "join", "VERB", "ROOT", 1)] + rows)
    assert ("AGREE", ("KEN",), ("NATO",)) in {t[:3] for t in joined([("NATO", "NATO", "PROPN", "dobj", 1, "ORG"), (".", ".", "PUNCT", "punct", 1)])}
    assert not [t for t in joined([("Uganda", "Uganda", "PROPN", "dobj", 1, "GPE"), (".", ".", "PUNCT", "punct", 1)]) if t[0] == "AGREE"]


def test_attackers_no_one_names_belong_to_the_place_after_a_noun_of_place():
    rows = [("A", "a", "DET", "det", 1), ("bombing", "bombing", "NOUN", "nsubj", 7), ("near", "near", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 4), ("town", "town", "NOUN", "pobj", 2), ("of", "of", "ADP", "prep", 4),
            ("Samarra", "Samarra", "PROPN", "pobj", 5), ("killed", "kill", "VERB", "ROOT", 7), ("a", "a", "DET", "det", 9),
            ("soldier", "soldier", "NOUN", "dobj", 7), (".", ".", "PUNCT", "punct", 7)]
    assert {t[:2] for t in code(rows)} == {("ASSAULT", ("IRQ",))}


def test_attackers_named_in_the_clause_of_the_moment_did_the_killing():
    # 'Soldiers were killed in Chad when Sudanese troops fired .': Sudan attacked, not Chad's unnamed people
    rows = [("Soldiers", "soldier", "NOUN", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2), ("killed", "kill", "VERB", "ROOT", 2),
            ("in", "in", "ADP", "prep", 2), ("Chad", "Chad", "PROPN", "pobj", 3), ("when", "when", "SCONJ", "advmod", 8),
            ("Sudanese", "Sudanese", "ADJ", "amod", 7), ("troops", "troop", "NOUN", "nsubj", 8), ("fired", "fire", "VERB", "advcl", 2),
            (".", ".", "PUNCT", "punct", 2)]
    assert ("ASSAULT", ("SDN",)) in {t[:2] for t in code(rows)}
    assert ("ASSAULT", ("TCD",)) not in {t[:2] for t in code(rows)}


def _sentence(subject, verb, lemma, obj, at):
    """'Subject verb Object .' as rows whose heads count from token ``at``."""
    return [(subject, subject, "PROPN", "nsubj", at + 1), (verb, lemma, "VERB", "ROOT", at + 1), (obj, obj, "PROPN", "dobj", at + 1),
            (".", ".", "PUNCT", "punct", at + 1)]


def test_the_two_countries_are_the_protagonists_not_the_state_named_last():
    rows = (_sentence("Kenya", "hosted", "host", "Uganda", 0) + _sentence("Kenya", "thanked", "thank", "Uganda", 4)
            + _sentence("Kenya", "criticised", "criticise", "Chad", 8)
            + [("The", "the", "DET", "det", 14), ("two", "two", "NUM", "nummod", 14), ("countries", "country", "NOUN", "nsubj", 15),
               ("signed", "sign", "VERB", "ROOT", 15), ("a", "a", "DET", "det", 17), ("pact", "pact", "NOUN", "dobj", 15),
               (".", ".", "PUNCT", "punct", 15)])
    assert ("AGREE", ("KEN", "UGA"), (), False, "asserted") in code(rows)


def test_the_two_countries_its_own_sentence_names_come_first():
    rows = (_sentence("Kenya", "hosted", "host", "Uganda", 0) + _sentence("Kenya", "thanked", "thank", "Uganda", 4)
            + [("Chad", "Chad", "PROPN", "nsubj", 9), ("met", "meet", "VERB", "ROOT", 9), ("Niger", "Niger", "PROPN", "dobj", 9),
               ("and", "and", "CCONJ", "cc", 9), ("the", "the", "DET", "det", 14), ("two", "two", "NUM", "nummod", 14),
               ("countries", "country", "NOUN", "nsubj", 15), ("signed", "sign", "VERB", "conj", 9), ("a", "a", "DET", "det", 17),
               ("pact", "pact", "NOUN", "dobj", 15), (".", ".", "PUNCT", "punct", 9)])
    assert ("AGREE", ("TCD", "NER"), (), False, "asserted") in code(rows)


AFTER_TALKS = [("After", "after", "ADP", "prep", 6), ("talks", "talk", "NOUN", "pobj", 0), ("with", "with", "ADP", "prep", 1),
               ("Uganda", "Uganda", "PROPN", "pobj", 2), (",", ",", "PUNCT", "punct", 6), ("Kenya", "Kenya", "PROPN", "nsubj", 6)]


def test_a_phrase_saying_what_a_nominal_act_is_about_does_not_say_it_is_aimed_at_no_one():
    # 'After talks with Uganda, Kenya announced sanctions on imports.': 'on imports' names no actor, Uganda is the one aimed at
    rows = AFTER_TALKS + [("announced", "announce", "VERB", "ROOT", 6), ("sanctions", "sanction", "NOUN", "dobj", 6),
                          ("on", "on", "ADP", "prep", 7), ("imports", "import", "NOUN", "pobj", 8), (".", ".", "PUNCT", "punct", 6)]
    assert ("SANCTION", ("KEN",), ("UGA",)) in {t[:3] for t in code(rows)}


def test_a_phrase_naming_no_actor_after_a_verb_does_not_say_it_is_aimed_at_no_one():
    # 'After talks with Uganda, Kenya protested against the decision.': the decision is someone's; Uganda is named
    rows = AFTER_TALKS + [("protested", "protest", "VERB", "ROOT", 6), ("against", "against", "ADP", "prep", 6),
                          ("the", "the", "DET", "det", 9), ("decision", "decision", "NOUN", "pobj", 7), (".", ".", "PUNCT", "punct", 6)]
    assert ("PROTEST", ("KEN",), ("UGA",)) in {t[:3] for t in code(rows)}


def test_a_states_embassy_abroad_stands_for_the_state_not_for_where_it_is():
    rows = [("Protesters", "protester", "NOUN", "nsubj", 1), ("rallied", "rally", "VERB", "ROOT", 1), ("outside", "outside", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 5), ("Kenyan", "kenyan", "ADJ", "amod", 5, "NORP"), ("embassy", "embassy", "NOUN", "pobj", 2),
            ("in", "in", "ADP", "prep", 5), ("Uganda", "Uganda", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("PROTEST", ("UGA",), ("KEN",))}


def test_another_branch_of_the_sources_own_country_makes_a_domestic_act():
    # 'Kenyan lawmakers criticised the Kenyan government over the deal with Uganda.': not an act aimed at Uganda (the
    # rules leave the target to the domestic reading, which aims it home)
    rows = [("Kenyan", "kenyan", "ADJ", "amod", 1, "NORP"), ("lawmakers", "lawmaker", "NOUN", "nsubj", 2),
            ("criticised", "criticise", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 5), ("Kenyan", "kenyan", "ADJ", "amod", 5, "NORP"),
            ("government", "government", "NOUN", "dobj", 2), ("over", "over", "ADP", "prep", 2), ("the", "the", "DET", "det", 8),
            ("deal", "deal", "NOUN", "pobj", 6), ("with", "with", "ADP", "prep", 8), ("Uganda", "Uganda", "PROPN", "pobj", 9, "GPE"),
            (".", ".", "PUNCT", "punct", 2)]
    assert ("ACCUSE", ("KEN",), ()) in {t[:3] for t in code(rows)}


def test_a_word_of_an_organisations_name_is_no_act():
    rows = [("The", "the", "DET", "det", 1), ("Organisation", "Organisation", "PROPN", "nsubj", 5), ("of", "of", "ADP", "prep", 1),
            ("Islamic", "Islamic", "PROPN", "compound", 4), ("Cooperation", "Cooperation", "PROPN", "pobj", 2),
            ("criticised", "criticise", "VERB", "ROOT", 5), ("Kenya", "Kenya", "PROPN", "dobj", 5), (".", ".", "PUNCT", "punct", 5)]
    assert {t[:3] for t in code(rows)} == {("ACCUSE", ("OIC",), ("KEN",))}


def test_declining_to_comment_is_no_act_but_declining_to_sign_is():
    def declined(verb, lemma):
        return [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("declined", "decline", "VERB", "ROOT", 1), ("to", "to", "PART", "aux", 3),
                (verb, lemma, "VERB", "xcomp", 1), (".", ".", "PUNCT", "punct", 1)]
    assert not code(declined("comment", "comment"))
    assert "REJECT" in {t[0] for t in code(declined("sign", "sign"))}


def test_a_warning_about_how_things_stand_threatens_no_one():
    kenya_warned = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1), ("that", "that", "SCONJ", "mark", 5)]
    winter = kenya_warned + [("the", "the", "DET", "det", 4), ("winter", "winter", "NOUN", "nsubj", 6), ("would", "would", "AUX", "aux", 6),
                             ("be", "be", "AUX", "ccomp", 1), ("hard", "hard", "ADJ", "acomp", 6), (".", ".", "PUNCT", "punct", 1)]
    assert "THREATEN" not in {t[0] for t in code(winter)}
    retaliate = kenya_warned + [("it", "it", "PRON", "nsubj", 5), ("would", "would", "AUX", "aux", 5),
                                ("retaliate", "retaliate", "VERB", "ccomp", 1), (".", ".", "PUNCT", "punct", 1)]
    assert "THREATEN" in {t[0] for t in code(retaliate)}


def test_what_a_commentator_says_is_an_opinion_not_an_act():
    def quoted(title):
        return [('"', '"', "PUNCT", "punct", 7), ("Kenya", "Kenya", "PROPN", "nsubj", 3), ("is", "be", "AUX", "aux", 3),
                ("attacking", "attack", "VERB", "ccomp", 7), ("Uganda", "Uganda", "PROPN", "dobj", 3), (",", ",", "PUNCT", "punct", 7),
                ('"', '"', "PUNCT", "punct", 7), ("said", "say", "VERB", "ROOT", 7), ("Kamau", "Kamau", "PROPN", "nsubj", 7, "PERSON"),
                (",", ",", "PUNCT", "punct", 8), ("an", "an", "DET", "det", 11), (title, title, "NOUN", "appos", 8), (".", ".", "PUNCT", "punct", 7)]
    assert code(quoted("economist")) == set()
    assert {t[:3] for t in code(quoted("official"))} == {("ASSAULT", ("KEN",), ("UGA",))}


def test_what_commentators_see_is_an_opinion_not_an_act():
    def seen_by(noun):
        return [(noun.title() + "s", noun, "NOUN", "nsubj", 1), ("see", "see", "VERB", "ROOT", 1), ("Kenya", "Kenya", "PROPN", "nsubj", 3),
                ("attacking", "attack", "VERB", "ccomp", 1), ("Uganda", "Uganda", "PROPN", "dobj", 3), (".", ".", "PUNCT", "punct", 1)]
    assert code(seen_by("analyst")) == set()
    assert {t[:3] for t in code(seen_by("official"))} == {("ASSAULT", ("KEN",), ("UGA",))}


def test_a_city_named_where_an_act_may_aim_at_a_place_stands_for_its_country():
    rows = [("Uganda", "Uganda", "PROPN", "nsubj", 1), ("financed", "finance", "VERB", "ROOT", 1), ("a", "a", "DET", "det", 3),
            ("road", "road", "NOUN", "dobj", 1), ("to", "to", "ADP", "prep", 3), ("Mombasa", "Mombasa", "PROPN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("AID", ("UGA",), ("KEN",))}
    rows = [("Uganda", "Uganda", "PROPN", "nsubj", 1), ("shelled", "shell", "VERB", "ROOT", 1), ("Mombasa", "Mombasa", "PROPN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("ASSAULT", ("UGA",), ("KEN",))}
    rows = [("Uganda", "Uganda", "PROPN", "nsubj", 1), ("shelled", "shell", "VERB", "ROOT", 1), ("villages", "village", "NOUN", "dobj", 1),
            ("near", "near", "ADP", "prep", 1), ("Mombasa", "Mombasa", "PROPN", "pobj", 3, "GPE"), (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("ASSAULT", ("UGA",), ("KEN",))}


def test_whoever_something_is_received_from_acts_on_the_one_who_receives_it():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("received", "receive", "VERB", "ROOT", 1), ("a", "a", "DET", "det", 3),
            ("loan", "loan", "NOUN", "dobj", 1), ("from", "from", "ADP", "prep", 1), ("Japan", "Japan", "PROPN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 1)]
    assert ("AID", ("JPN",), ("KEN",)) in {t[:3] for t in code(rows)}


def test_at_a_country_aims_at_it_and_does_not_say_where():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("lashed", "lash", "VERB", "ROOT", 1), ("out", "out", "ADP", "prt", 1),
            ("at", "at", "ADP", "prep", 1), ("Uganda", "Uganda", "PROPN", "pobj", 3, "GPE"), (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("ACCUSE", ("KEN",), ("UGA",))}


def test_cooperation_in_a_country_is_cooperation_with_it():
    rows = [("Uganda", "Uganda", "PROPN", "nsubj", 1), ("invested", "invest", "VERB", "ROOT", 1), ("in", "in", "ADP", "prep", 1),
            ("Kenya", "Kenya", "PROPN", "pobj", 2, "GPE"), (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("COOPERATE", ("UGA",), ("KEN",))}


def test_an_invitation_is_an_offer_to_meet_not_a_request():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("invited", "invite", "VERB", "ROOT", 1), ("Uganda", "Uganda", "PROPN", "dobj", 1),
            ("to", "to", "ADP", "prep", 1), ("Nairobi", "Nairobi", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("AGREE", ("KEN",), ("UGA",))}


def test_seeking_to_do_frames_an_act_and_seeking_help_asks_for_it():
    sought = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("sought", "seek", "VERB", "ROOT", 1)]
    framing = sought + [("to", "to", "PART", "aux", 3), ("block", "block", "VERB", "xcomp", 1), ("Uganda", "Uganda", "PROPN", "dobj", 3),
                        (".", ".", "PUNCT", "punct", 1)]
    assert "REQUEST" not in {t[0] for t in code(framing)}
    asking = sought + [("help", "help", "NOUN", "dobj", 1), ("from", "from", "ADP", "prep", 1), ("Uganda", "Uganda", "PROPN", "pobj", 3),
                       (".", ".", "PUNCT", "punct", 1)]
    assert ("REQUEST", ("KEN",), ("UGA",)) in {t[:3] for t in code(asking)}


def test_a_breach_someone_reports_is_their_accusation():
    said = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1), ("Uganda", "Uganda", "PROPN", "nsubj", 4),
            ("had", "have", "AUX", "aux", 4), ("violated", "violate", "VERB", "ccomp", 1), ("the", "the", "DET", "det", 6),
            ("truce", "truce", "NOUN", "dobj", 4), (".", ".", "PUNCT", "punct", 1)]
    assert ("ACCUSE", ("KEN",), ("UGA",)) in {t[:3] for t in code(said)}
    alone = [("Uganda", "Uganda", "PROPN", "nsubj", 1), ("violated", "violate", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 3),
             ("truce", "truce", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)]
    assert "ACCUSE" not in {t[0] for t in code(alone)}
    # 'Kenya said Uganda was trying to undermine the truce .': through the verb that frames it
    trying = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1), ("Uganda", "Uganda", "PROPN", "nsubj", 4),
              ("was", "be", "AUX", "aux", 4), ("trying", "try", "VERB", "ccomp", 1), ("to", "to", "PART", "aux", 6),
              ("undermine", "undermine", "VERB", "xcomp", 4), ("the", "the", "DET", "det", 8), ("truce", "truce", "NOUN", "dobj", 6),
              (".", ".", "PUNCT", "punct", 1)]
    assert ("ACCUSE", ("KEN",), ("UGA",)) in {t[:3] for t in code(trying)}


def test_attacking_a_plan_accuses_and_attacking_a_convoy_assaults():
    def attacked(noun, lemma):
        return [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1), ("Uganda", "Uganda", "PROPN", "poss", 4),
                ("'s", "'s", "PART", "case", 2), (noun, lemma, "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(attacked("plan", "plan"))} == {("ACCUSE", ("KEN",), ("UGA",))}
    assert {t[:3] for t in code(attacked("convoy", "convoy"))} == {("ASSAULT", ("KEN",), ("UGA",))}


def test_every_sentence_of_a_commentators_quote_is_opinion():
    # '"Kenya will attack Uganda. It will win," said Kamau, an economist.' (an official's quote stays an act)
    def quote_by(title):
        return [('"', '"', "PUNCT", "punct", 3), ("Kenya", "Kenya", "PROPN", "nsubj", 3), ("will", "will", "AUX", "aux", 3),
                ("attack", "attack", "VERB", "ROOT", 3), ("Uganda", "Uganda", "PROPN", "dobj", 3), (".", ".", "PUNCT", "punct", 3),
                ("It", "it", "PRON", "nsubj", 8), ("will", "will", "AUX", "aux", 8), ("win", "win", "VERB", "ROOT", 8),
                (",", ",", "PUNCT", "punct", 11), ('"', '"', "PUNCT", "punct", 11), ("said", "say", "VERB", "ROOT", 11),
                ("Kamau", "Kamau", "PROPN", "nsubj", 11, "PERSON"), (",", ",", "PUNCT", "punct", 12), ("an", "an", "DET", "det", 15),
                (title, title, "NOUN", "appos", 12), (".", ".", "PUNCT", "punct", 11)]
    assert not code(quote_by("economist"))
    assert {t[:3] for t in code(quote_by("official"))} == {("ASSAULT", ("KEN",), ("UGA",))}


def test_goods_sold_are_trade_and_weapons_supplied_are_aid():
    def supplies(noun):
        return [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("supplies", "supply", "VERB", "ROOT", 1), (noun, noun, "NOUN", "dobj", 1),
                ("to", "to", "ADP", "prep", 1), ("Uganda", "Uganda", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(supplies("gas"))} == {("COOPERATE", ("KEN",), ("UGA",))}
    assert {t[:3] for t in code(supplies("weapons"))} == {("AID", ("KEN",), ("UGA",))}


def test_a_stake_owned_in_anothers_company_is_economic_cooperation():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("owns", "own", "VERB", "ROOT", 1), ("a", "a", "DET", "det", 3),
            ("stake", "stake", "NOUN", "dobj", 1), ("in", "in", "ADP", "prep", 3), ("Uganda", "Uganda", "PROPN", "pobj", 4),
            (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("COOPERATE", ("KEN",), ("UGA",))}


def test_opposed_to_is_a_state_of_its_subject_who_opposes_what_follows():
    # 'Kenya is opposed to Ugandan mediation .': no one opposes Kenya
    rows = [("Kenya", "Kenya", "PROPN", "nsubjpass", 2), ("is", "be", "AUX", "auxpass", 2), ("opposed", "oppose", "VERB", "ROOT", 2),
            ("to", "to", "ADP", "prep", 2), ("Ugandan", "Ugandan", "ADJ", "amod", 5, "NORP"), ("mediation", "mediation", "NOUN", "pobj", 3),
            (".", ".", "PUNCT", "punct", 2)]
    assert ("REJECT", ("KEN",), ("UGA",), False, "asserted") in code(rows)


def test_us_in_capitals_is_the_united_states_not_the_speaker():
    # 'Kenya agreed to US mediation in talks with Tanzania .': the mediator, not the party met, is who Kenya agrees with
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1), ("to", "to", "ADP", "prep", 1),
            ("US", "US", "PROPN", "compound", 4, "GPE"), ("mediation", "mediation", "NOUN", "pobj", 2), ("in", "in", "ADP", "prep", 1),
            ("talks", "talk", "NOUN", "pobj", 5), ("with", "with", "ADP", "prep", 6), ("Tanzania", "Tanzania", "PROPN", "pobj", 7, "GPE"),
            (".", ".", "PUNCT", "punct", 1)]
    assert ("AGREE", ("KEN",), ("USA",), False, "asserted") in code(rows)


def test_the_four_states_are_the_latest_four_listed_together():
    # 'Kenya , Uganda , Rwanda and Burundi met . Tanzania protested . The four states condemned Somalia .'
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 7, "GPE"), (",", ",", "PUNCT", "punct", 0), ("Uganda", "Uganda", "PROPN", "conj", 0, "GPE"),
            (",", ",", "PUNCT", "punct", 2), ("Rwanda", "Rwanda", "PROPN", "conj", 2, "GPE"), ("and", "and", "CCONJ", "cc", 4),
            ("Burundi", "Burundi", "PROPN", "conj", 4, "GPE"), ("met", "meet", "VERB", "ROOT", 7), (".", ".", "PUNCT", "punct", 7),
            ("Tanzania", "Tanzania", "PROPN", "nsubj", 10, "GPE"), ("protested", "protest", "VERB", "ROOT", 10), (".", ".", "PUNCT", "punct", 10),
            ("The", "the", "DET", "det", 14), ("four", "four", "NUM", "nummod", 14), ("states", "state", "NOUN", "nsubj", 15),
            ("condemned", "condemn", "VERB", "ROOT", 15), ("Somalia", "Somalia", "PROPN", "dobj", 15, "GPE"), (".", ".", "PUNCT", "punct", 15)]
    assert ("ACCUSE", ("KEN", "UGA", "RWA", "BDI"), ("SOM",), False, "asserted") in code(rows)


def test_the_two_leaders_are_the_pair_their_sentence_lists():
    # 'Italy protested . Italy hosted Kenya and Rwanda , and the two leaders agreed .'
    rows = [("Italy", "Italy", "PROPN", "nsubj", 1, "GPE"), ("protested", "protest", "VERB", "ROOT", 1), (".", ".", "PUNCT", "punct", 1),
            ("Italy", "Italy", "PROPN", "nsubj", 4, "GPE"), ("hosted", "host", "VERB", "ROOT", 4), ("Kenya", "Kenya", "PROPN", "dobj", 4, "GPE"),
            ("and", "and", "CCONJ", "cc", 5), ("Rwanda", "Rwanda", "PROPN", "conj", 5, "GPE"), (",", ",", "PUNCT", "punct", 4),
            ("and", "and", "CCONJ", "cc", 4), ("the", "the", "DET", "det", 12), ("two", "two", "NUM", "nummod", 12),
            ("leaders", "leader", "NOUN", "nsubj", 13), ("agreed", "agree", "VERB", "conj", 4), (".", ".", "PUNCT", "punct", 4)]
    assert ("AGREE", ("KEN", "RWA"), (), False, "asserted") in code(rows)


def test_another_branch_of_the_sources_country_as_object_ends_the_target_search():
    # 'Kenyan lawmakers accused the Kenyan government of selling the port to Uganda .': not an accusation of Uganda
    rows = [("Kenyan", "kenyan", "ADJ", "amod", 1, "NORP"), ("lawmakers", "lawmaker", "NOUN", "nsubj", 2),
            ("accused", "accuse", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 5), ("Kenyan", "kenyan", "ADJ", "amod", 5, "NORP"),
            ("government", "government", "NOUN", "dobj", 2), ("of", "of", "ADP", "prep", 2), ("selling", "sell", "VERB", "pcomp", 6),
            ("the", "the", "DET", "det", 9), ("port", "port", "NOUN", "dobj", 7), ("to", "to", "ADP", "prep", 7),
            ("Uganda", "Uganda", "PROPN", "pobj", 10, "GPE"), (".", ".", "PUNCT", "punct", 2)]
    assert ("ACCUSE", ("KEN",), ()) in {t[:3] for t in code(rows)}


def test_denying_what_a_relative_clause_refers_back_to_is_denying_a_claim():
    # 'Kenya says Uganda arms the rebels , which Uganda denies .': no refusal
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1, "GPE"), ("says", "say", "VERB", "ROOT", 1), ("Uganda", "Uganda", "PROPN", "nsubj", 3, "GPE"),
            ("arms", "arm", "VERB", "ccomp", 1), ("the", "the", "DET", "det", 5), ("rebels", "rebel", "NOUN", "dobj", 3),
            (",", ",", "PUNCT", "punct", 5), ("which", "which", "PRON", "dobj", 9), ("Uganda", "Uganda", "PROPN", "nsubj", 9, "GPE"),
            ("denies", "deny", "VERB", "relcl", 5), (".", ".", "PUNCT", "punct", 1)]
    doc_rows = code(rows)
    assert not any(t[0] == "REJECT" for t in doc_rows)


def test_a_place_inside_the_target_phrase_says_where_when_the_phrase_names_an_actor():
    # 'Kenya aided the US - led coalition in Somalia .': the coalition's leader, not Somalia
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1, "GPE"), ("aided", "aid", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 6),
            ("US", "US", "PROPN", "npadvmod", 5, "GPE"), ("-", "-", "PUNCT", "punct", 5), ("led", "lead", "VERB", "amod", 6),
            ("coalition", "coalition", "NOUN", "dobj", 1), ("in", "in", "ADP", "prep", 6), ("Somalia", "Somalia", "PROPN", "pobj", 7, "GPE"),
            (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("AID", ("KEN",), ("USA",))}


def test_a_phrase_after_in_solidarity_names_an_ally_not_the_target():
    # 'Kenya downgraded its ties with Uganda in solidarity with Rwanda .', the second 'with' hung on 'ties' by the parser
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1, "GPE"), ("downgraded", "downgrade", "VERB", "ROOT", 1), ("its", "its", "PRON", "poss", 3),
            ("ties", "tie", "NOUN", "dobj", 1), ("with", "with", "ADP", "prep", 3), ("Uganda", "Uganda", "PROPN", "pobj", 4, "GPE"),
            ("in", "in", "ADP", "prep", 3), ("solidarity", "solidarity", "NOUN", "pobj", 6), ("with", "with", "ADP", "prep", 3),
            ("Rwanda", "Rwanda", "PROPN", "pobj", 8, "GPE"), (".", ".", "PUNCT", "punct", 1)]
    assert ("SANCTION", ("KEN",), ("UGA",)) in {t[:3] for t in code(rows)}


def test_a_suicide_bomber_is_an_insurgent_and_a_bomber_aircraft_the_military():
    def sector(*noun):
        # '<noun> attacked Chad .'
        rows = [(w, w.lower(), "NOUN", "compound", len(noun) - 1) for w in noun[:-1]] + [
            (noun[-1], noun[-1].lower(), "NOUN", "nsubj", len(noun)), ("attacked", "attack", "VERB", "ROOT", len(noun)),
            ("Chad", "Chad", "PROPN", "dobj", len(noun), "GPE"), (".", ".", "PUNCT", "punct", len(noun))]
        return [a.sector for e in events_of(rows) for a in e.source]
    assert sector("suicide", "bomber") == ["REB"]
    assert sector("bomber") == ["MIL"]


def test_people_no_one_names_hit_in_a_named_place_are_that_countrys():
    # 'Russian jets killed civilians in Aleppo .': the victims are Syria's people, not Russia's
    rows = [("Russian", "Russian", "ADJ", "amod", 1, "NORP"), ("jets", "jet", "NOUN", "nsubj", 2), ("killed", "kill", "VERB", "ROOT", 2),
            ("civilians", "civilian", "NOUN", "dobj", 2), ("in", "in", "ADP", "prep", 2), ("Aleppo", "Aleppo", "PROPN", "pobj", 4, "GPE"),
            (".", ".", "PUNCT", "punct", 2)]
    assert {(t, s, g) for t, s, g, *_ in code(rows)} == {("ASSAULT", ("RUS",), ("SYR",))}


def test_a_countrys_opposition_or_rebels_no_actor_names_are_its_own():
    # "Venezuela 's government resumed talks with the opposition .": the government faces its own opposition
    rows = [("Venezuela", "Venezuela", "PROPN", "poss", 2, "GPE"), ("'s", "'s", "PART", "case", 0), ("government", "government", "NOUN", "nsubj", 3),
            ("resumed", "resume", "VERB", "ROOT", 3), ("talks", "talk", "NOUN", "dobj", 3), ("with", "with", "ADP", "prep", 4),
            ("the", "the", "DET", "det", 7), ("opposition", "opposition", "NOUN", "pobj", 5), (".", ".", "PUNCT", "punct", 3)]
    assert [(e.type, [(a.code, a.sector) for a in e.source], [(a.code, a.sector) for a in e.target]) for e in events_of(rows)] == [
        ("CONSULT", [("VEN", "GOV")], [("VEN", "OPP")])]


def test_others_hit_by_a_conjoined_verb_are_more_of_whom_the_first_verb_hit():
    rows = [("Rebels", "rebel", "NOUN", "nsubj", 1), ("killed", "kill", "VERB", "ROOT", 1), ("two", "two", "NUM", "nummod", 4),
            ("Turkish", "Turkish", "ADJ", "amod", 4, "NORP"), ("soldiers", "soldier", "NOUN", "dobj", 1), ("and", "and", "CCONJ", "cc", 1),
            ("wounded", "wound", "VERB", "conj", 1), ("three", "three", "NUM", "nummod", 8), ("others", "other", "NOUN", "dobj", 6),
            ("in", "in", "ADP", "prep", 6), ("Somalia", "Somalia", "PROPN", "pobj", 9, "GPE"), (".", ".", "PUNCT", "punct", 1)]
    found = code(rows)
    assert found and {t[2] for t in found} == {("TUR",)}


def test_the_agent_of_a_participle_is_no_party_to_the_act_it_describes():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1, "GPE"), ("restored", "restore", "VERB", "ROOT", 1), ("ties", "tie", "NOUN", "dobj", 1),
            ("with", "with", "ADP", "prep", 2), ("Somalia", "Somalia", "PROPN", "pobj", 3, "GPE"), ("in", "in", "ADP", "prep", 1),
            ("a", "a", "DET", "det", 7), ("deal", "deal", "NOUN", "pobj", 5), ("brokered", "broker", "VERB", "acl", 7),
            ("by", "by", "ADP", "agent", 8), ("Uganda", "Uganda", "PROPN", "pobj", 9, "GPE"), (".", ".", "PUNCT", "punct", 1)]
    aimed = {t[2] for t in code(rows) if t[0] == "AGREE"}
    assert aimed == {("SOM",)}


def test_a_threat_is_aimed_where_its_to_clause_would_strike():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1, "GPE"), ("threatened", "threaten", "VERB", "ROOT", 1), ("to", "to", "PART", "aux", 3),
            ("launch", "launch", "VERB", "xcomp", 1), ("an", "an", "DET", "det", 5), ("operation", "operation", "NOUN", "dobj", 3),
            ("in", "in", "ADP", "prep", 5), ("Somalia", "Somalia", "PROPN", "pobj", 6, "GPE"), (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("THREATEN", ("KEN",), ("SOM",))}


def test_what_is_given_is_no_branch_of_the_givers_own_country():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1, "GPE"), ("delivered", "deliver", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 3),
            ("tanks", "tank", "NOUN", "dobj", 1), ("to", "to", "ADP", "prep", 1), ("Somalia", "Somalia", "PROPN", "pobj", 4, "GPE"),
            (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("AID", ("KEN",), ("SOM",))}


def test_a_target_found_after_the_act_brings_those_coordinated_with_it():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1, "GPE"), ("agreed", "agree", "VERB", "ROOT", 1), ("to", "to", "PART", "aux", 3),
            ("supply", "supply", "VERB", "xcomp", 1), ("gas", "gas", "NOUN", "dobj", 3), ("to", "to", "ADP", "dative", 3),
            ("Somalia", "Somalia", "PROPN", "pobj", 5, "GPE"), ("and", "and", "CCONJ", "cc", 6), ("Uganda", "Uganda", "PROPN", "conj", 6, "GPE"),
            (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows) if t[0] == "AGREE"} == {("AGREE", ("KEN",), ("SOM", "UGA"))}


def test_the_partners_an_objects_with_names_outrank_the_body_that_names_the_document():
    rows = [("Kazakhstan", "Kazakhstan", "PROPN", "nsubj", 1, "GPE"), ("signed", "sign", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 4),
            ("CIS", "CIS", "PROPN", "compound", 4, "ORG"), ("charter", "charter", "NOUN", "dobj", 1), ("with", "with", "ADP", "prep", 4),
            ("Uzbekistan", "Uzbekistan", "PROPN", "pobj", 5, "GPE"), ("and", "and", "CCONJ", "cc", 6),
            ("Tajikistan", "Tajikistan", "PROPN", "conj", 6, "GPE"), (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("AGREE", ("KAZ",), ("UZB", "TJK"))}


def test_a_broker_named_in_a_modifier_is_no_party_but_a_sponsor_of_talks_mediates():
    def signed(noun, lemma, participle, part_lemma):
        return code([("Kenya", "Kenya", "PROPN", "nsubj", 1, "GPE"), ("signed", "sign", "VERB", "ROOT", 1), ("a", "a", "DET", "det", 6),
                     ("UN", "UN", "PROPN", "npadvmod", 5, "ORG"), ("-", "-", "PUNCT", "punct", 5), (participle, part_lemma, "VERB", "amod", 6),
                     (noun, lemma, "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)])
    assert {t[:3] for t in signed("ceasefire", "ceasefire", "brokered", "broker")} == {("AGREE", ("KEN",), ())}
    assert ("AGREE", ("KEN",), ("UN",)) in {t[:3] for t in signed("ceasefire", "ceasefire", "drafted", "draft")}
    talks = code([("UN", "UN", "PROPN", "npadvmod", 2, "ORG"), ("-", "-", "PUNCT", "punct", 2), ("sponsored", "sponsor", "VERB", "amod", 3),
                  ("talks", "talk", "NOUN", "nsubj", 4), ("began", "begin", "VERB", "ROOT", 4), ("in", "in", "ADP", "prep", 4),
                  ("Kenya", "Kenya", "PROPN", "pobj", 5, "GPE"), (".", ".", "PUNCT", "punct", 4)])
    assert {t[:2] for t in talks} == {("CONSULT", ("UN",))}


def test_the_doer_of_a_nominal_act_hung_on_the_object_of_of_still_does_it():
    rows = [("The", "the", "DET", "det", 1), ("expulsion", "expulsion", "NOUN", "nsubjpass", 8), ("of", "of", "ADP", "prep", 1),
            ("Somali", "Somali", "ADJ", "amod", 4, "NORP"), ("diplomats", "diplomat", "NOUN", "pobj", 2), ("by", "by", "ADP", "prep", 4),
            ("Kenya", "Kenya", "PROPN", "pobj", 5, "GPE"), ("was", "be", "AUX", "auxpass", 8), ("announced", "announce", "VERB", "ROOT", 8),
            (".", ".", "PUNCT", "punct", 8)]
    assert ("COERCE", ("KEN",), ("SOM",)) in {t[:3] for t in code(rows)}


def test_an_act_that_is_the_subject_of_a_verb_hits_what_the_verb_does_and_is_not_set_to_come():
    rows = [("A", "a", "DET", "det", 2), ("Somali", "Somali", "ADJ", "amod", 2, "NORP"), ("attack", "attack", "NOUN", "nsubj", 3),
            ("set", "set", "VERB", "ROOT", 3), ("fire", "fire", "NOUN", "dobj", 3), ("to", "to", "ADP", "prep", 3), ("a", "a", "DET", "det", 7),
            ("depot", "depot", "NOUN", "pobj", 5), ("in", "in", "ADP", "prep", 7), ("Kenya", "Kenya", "PROPN", "pobj", 8, "GPE"),
            (".", ".", "PUNCT", "punct", 3)]
    assert ("ASSAULT", ("SOM",), ("KEN",), False, "asserted") in code(rows)


def test_what_a_message_says_is_aimed_at_whom_it_went_to():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1, "GPE"), ("sent", "send", "VERB", "ROOT", 1), ("a", "a", "DET", "det", 3),
            ("message", "message", "NOUN", "dobj", 1), ("to", "to", "ADP", "dative", 1), ("Museveni", "Museveni", "PROPN", "pobj", 4, "PERSON"),
            ("urging", "urge", "VERB", "advcl", 1), ("restraint", "restraint", "NOUN", "dobj", 6), (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows) if t[0] == "REQUEST"} == {("REQUEST", ("KEN",), ("UGA",))}


def test_a_city_the_tagger_took_for_a_person_still_stands_for_its_country():
    rows = [("Russia", "Russia", "PROPN", "nsubj", 1, "GPE"), ("shelled", "shell", "VERB", "ROOT", 1),
            ("Kharkiv", "Kharkiv", "PROPN", "dobj", 1, "PERSON"), (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("ASSAULT", ("RUS",), ("UKR",))}


def test_the_two_countries_count_the_people_of_a_state_with_it():
    # 'Ruto hosted Uganda . Ruto thanked Uganda . Ruto praised Tanzania . The two countries signed a pact .': Kenya's
    # president makes Kenya a protagonist
    rows = []
    for verb, lemma, partner in (("hosted", "host", "Uganda"), ("thanked", "thank", "Uganda"), ("praised", "praise", "Tanzania")):
        n = len(rows)
        rows += [("Ruto", "Ruto", "PROPN", "nsubj", n + 1, "PERSON"), (verb, lemma, "VERB", "ROOT", n + 1),
                 (partner, partner, "PROPN", "dobj", n + 1, "GPE"), (".", ".", "PUNCT", "punct", n + 1)]
    n = len(rows)
    rows += [("The", "the", "DET", "det", n + 2), ("two", "two", "NUM", "nummod", n + 2), ("countries", "country", "NOUN", "nsubj", n + 3),
             ("signed", "sign", "VERB", "ROOT", n + 3), ("a", "a", "DET", "det", n + 5), ("pact", "pact", "NOUN", "dobj", n + 3),
             (".", ".", "PUNCT", "punct", n + 3)]
    signed = [e for e in events_of(rows) if e.trigger == "signed"]
    assert [sorted(a.code for a in e.source) for e in signed] == [["KEN", "UGA"]]


def test_people_no_actor_names_are_of_the_place_a_participle_says_they_come_from():
    # 'Kenya donated food to refugees fleeing the war in Sudan .'
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1, "GPE"), ("donated", "donate", "VERB", "ROOT", 1), ("food", "food", "NOUN", "dobj", 1),
            ("to", "to", "ADP", "dative", 1), ("refugees", "refugee", "NOUN", "pobj", 3), ("fleeing", "flee", "VERB", "acl", 4),
            ("the", "the", "DET", "det", 7), ("war", "war", "NOUN", "dobj", 5), ("in", "in", "ADP", "prep", 7),
            ("Sudan", "Sudan", "PROPN", "pobj", 8, "GPE"), (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("AID", ("KEN",), ("SDN",))}


def test_a_contract_to_build_is_cooperation_with_the_country_where_it_builds():
    # 'Kenya won a contract to build a port in Tanzania .'
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1, "GPE"), ("won", "win", "VERB", "ROOT", 1), ("a", "a", "DET", "det", 3),
            ("contract", "contract", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 5), ("build", "build", "VERB", "acl", 3),
            ("a", "a", "DET", "det", 7), ("port", "port", "NOUN", "dobj", 5), ("in", "in", "ADP", "prep", 7),
            ("Tanzania", "Tanzania", "PROPN", "pobj", 8, "GPE"), (".", ".", "PUNCT", "punct", 1)]
    assert {t[:3] for t in code(rows)} == {("COOPERATE", ("KEN",), ("TZA",))}


def test_the_state_whose_border_it_is_says_where_not_whom():
    # 'Kenyan troops captured a rebel camp on the Somali border .': the camp may lie on either side
    rows = [("Kenyan", "kenyan", "ADJ", "amod", 1, "NORP"), ("troops", "troop", "NOUN", "nsubj", 2), ("captured", "capture", "VERB", "ROOT", 2),
            ("a", "a", "DET", "det", 5), ("rebel", "rebel", "NOUN", "compound", 5), ("camp", "camp", "NOUN", "dobj", 2),
            ("on", "on", "ADP", "prep", 5), ("the", "the", "DET", "det", 9), ("Somali", "somali", "ADJ", "amod", 9, "NORP"),
            ("border", "border", "NOUN", "pobj", 6), (".", ".", "PUNCT", "punct", 2)]
    assert all(t[2] != ("SOM",) for t in code(rows))


def test_what_a_passive_gives_names_no_one_so_whom_it_went_to_is_the_target():
    # 'Tents were sent by Turkey to Pakistan .'
    rows = [("Tents", "tent", "NOUN", "NNS", "nsubjpass", 2), ("were", "be", "AUX", "VBD", "auxpass", 2),
            ("sent", "send", "VERB", "VBN", "ROOT", 2), ("by", "by", "ADP", "IN", "agent", 2),
            ("Turkey", "Turkey", "PROPN", "NNP", "pobj", 3), ("to", "to", "ADP", "IN", "prep", 2),
            ("Pakistan", "Pakistan", "PROPN", "NNP", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 2)]
    events = coded(rows, [("AID", 0.8), (None, 0.2)], ents=["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"])
    assert {t[:3] for t in triples(events)} == {("AID", ("TUR",), ("PAK",))}


def test_what_someone_is_accused_of_is_done_by_the_accused_object_or_passive_subject():
    # 'Uganda accused Kenyan police of killing dozens of protesters .'
    rows = [("Uganda", "Uganda", "PROPN", "NNP", "nsubj", 1), ("accused", "accuse", "VERB", "VBD", "ROOT", 1),
            ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 3), ("police", "police", "NOUN", "NNS", "dobj", 1),
            ("of", "of", "ADP", "IN", "prep", 1), ("killing", "kill", "VERB", "VBG", "pcomp", 4),
            ("dozens", "dozen", "NOUN", "NNS", "dobj", 5), ("of", "of", "ADP", "IN", "prep", 6),
            ("protesters", "protester", "NOUN", "NNS", "pobj", 7), (".", ".", "PUNCT", ".", "punct", 1)]
    events = coded(rows, [(None, 0.9)], ents=["B-GPE", "O", "B-NORP", "O", "O", "O", "B-CARDINAL", "O", "O", "O"])
    assert [[(a.code, a.sector) for a in e.source] for e in events if e.type == "ASSAULT"] == [[("KEN", "COP")]]
    # 'Kenyan police were accused by Uganda of killing dozens of protesters .': the accuser is no killer
    rows = [("Kenyan", "kenyan", "ADJ", "JJ", "amod", 1), ("police", "police", "NOUN", "NNS", "nsubjpass", 3),
            ("were", "be", "AUX", "VBD", "auxpass", 3), ("accused", "accuse", "VERB", "VBN", "ROOT", 3),
            ("by", "by", "ADP", "IN", "agent", 3), ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 4),
            ("of", "of", "ADP", "IN", "prep", 3), ("killing", "kill", "VERB", "VBG", "pcomp", 6),
            ("dozens", "dozen", "NOUN", "NNS", "dobj", 7), ("of", "of", "ADP", "IN", "prep", 8),
            ("protesters", "protester", "NOUN", "NNS", "pobj", 9), (".", ".", "PUNCT", ".", "punct", 3)]
    events = coded(rows, [(None, 0.9)], ents=["B-NORP", "O", "O", "O", "O", "B-GPE", "O", "O", "B-CARDINAL", "O", "O", "O"])
    assert [[(a.code, a.sector) for a in e.source] for e in events if e.type == "ASSAULT"] == [[("KEN", "COP")]]


def test_a_giver_named_on_what_is_received_acts_on_the_one_who_receives():
    # 'Kenya received a shipment of maize from Uganda .', 'from' on the shipment
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("received", "receive", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3), ("shipment", "shipment", "NOUN", "NN", "dobj", 1),
            ("of", "of", "ADP", "IN", "prep", 3), ("maize", "maize", "NOUN", "NN", "pobj", 4),
            ("from", "from", "ADP", "IN", "prep", 3), ("Uganda", "Uganda", "PROPN", "NNP", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1)]
    events = coded(rows, [("AID", 0.9), (None, 0.1)], ents=["B-GPE"] + ["O"] * 6 + ["B-GPE", "O"])
    assert {t[:3] for t in triples(events)} == {("AID", ("UGA",), ("KEN",))}


def test_one_extradited_is_handed_to_the_state_that_receives_them():
    # 'Mexico extradited a Colombian drug lord to the United States .': cooperation with the US, not Colombia
    rows = [("Mexico", "Mexico", "PROPN", "NNP", "nsubj", 1), ("extradited", "extradite", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 5), ("Colombian", "colombian", "ADJ", "JJ", "amod", 4),
            ("drug", "drug", "NOUN", "NN", "compound", 5), ("lord", "lord", "PROPN", "NNP", "dobj", 1),
            ("to", "to", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 9),
            ("United", "United", "PROPN", "NNP", "compound", 9), ("States", "States", "PROPN", "NNP", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1)]
    events = coded(rows, [(None, 0.9)], ents=["B-GPE", "O", "O", "B-NORP", "O", "O", "O", "B-GPE", "I-GPE", "I-GPE", "O"])
    assert {t[:3] for t in triples(events)} == {("COOPERATE", ("MEX",), ("USA",))}


def test_what_a_participle_with_an_agent_describes_may_name_no_one_so_whom_it_went_to_is_the_target():
    # 'Weapons supplied by Russia to Syria were used in the attack .'
    rows = [("Weapons", "weapon", "NOUN", "NNS", "nsubjpass", 7), ("supplied", "supply", "VERB", "VBN", "acl", 0),
            ("by", "by", "ADP", "IN", "agent", 1), ("Russia", "Russia", "PROPN", "NNP", "pobj", 2),
            ("to", "to", "ADP", "IN", "prep", 1), ("Syria", "Syria", "PROPN", "NNP", "pobj", 4),
            ("were", "be", "AUX", "VBD", "auxpass", 7), ("used", "use", "VERB", "VBN", "ROOT", 7),
            ("in", "in", "ADP", "IN", "prep", 7), ("the", "the", "DET", "DT", "det", 10),
            ("attack", "attack", "NOUN", "NN", "pobj", 8), (".", ".", "PUNCT", ".", "punct", 7)]
    events = coded(rows, [(None, 0.9)], ents=["O", "O", "O", "B-GPE", "O", "B-GPE"] + ["O"] * 6)
    assert ("AID", ("RUS",), ("SYR",)) in {t[:3] for t in triples(events)}
