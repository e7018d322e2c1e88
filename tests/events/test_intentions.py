"""Words are not deeds: announced acts become AGREE or THREATEN, conditional steps ultimatums.

Parses are built by hand; the classifier's probabilities are given as the
classifier ``code_document`` is given, so each test shows the rule alone.
"""

from multivector.actors import resolve_mentions
from multivector.events import code_events, make_context

from .test_coder_handbuilt import coded, parsed


def primary(rows, probs):
    events = coded(rows, probs)
    assert events, "no event coded"
    return events[0]


def dyad(ev):
    return ev.type, tuple(a.code for a in ev.source), tuple(a.code for a in ev.target)


SEND = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 2), ("will", "will", "AUX", "MD", "aux", 2),
        ("send", "send", "VERB", "VB", "ROOT", 2), ("aid", "aid", "NOUN", "NN", "dobj", 2),
        ("to", "to", "ADP", "IN", "dative", 2), ("Chad", "Chad", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 2)]


def test_announced_aid_is_agree():
    assert dyad(primary(SEND, [("AID", 0.8), ("AGREE", 0.1), (None, 0.1)])) == ("AGREE", ("JPN",), ("TCD",))


def test_delivered_aid_stays_aid():
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1), ("sent", "send", "VERB", "VBD", "ROOT", 1), *[(w, l, p, t, d, h - 1) for w, l, p, t, d, h in SEND[3:]]]
    assert dyad(primary(rows, [("AID", 0.8), ("AGREE", 0.1), (None, 0.1)])) == ("AID", ("JPN",), ("TCD",))


def test_offer_to_meet_is_agree():
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1), ("offered", "offer", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3), ("meet", "meet", "VERB", "VB", "xcomp", 1),
            ("Chad", "Chad", "PROPN", "NNP", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 1)]
    assert primary(rows, [("CONSULT", 0.7), ("AGREE", 0.2), (None, 0.1)]).type == "AGREE"


def test_announced_attack_is_threaten():
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 2), ("will", "will", "AUX", "MD", "aux", 2),
            ("attack", "attack", "VERB", "VB", "ROOT", 2), ("Chad", "Chad", "PROPN", "NNP", "dobj", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    assert dyad(primary(rows, [("ASSAULT", 0.6), ("THREATEN", 0.3), (None, 0.1)])) == ("THREATEN", ("JPN",), ("TCD",))


def test_conditional_sanction_is_threaten_but_plain_decision_stays():
    head = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 2), ("may", "may", "AUX", "MD", "aux", 2),
            ("sanction", "sanction", "VERB", "VB", "ROOT", 2), ("Chad", "Chad", "PROPN", "NNP", "dobj", 2)]
    cond = [("if", "if", "SCONJ", "IN", "mark", 6), ("talks", "talk", "NOUN", "NNS", "nsubj", 6),
            ("fail", "fail", "VERB", "VBP", "advcl", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    probs = [("SANCTION", 0.7), ("THREATEN", 0.2), (None, 0.1)]
    assert primary(head + cond, probs).type == "THREATEN"
    plain = [(w, l, p, t, d, 1 if h == 2 else h) for w, l, p, t, d, h in head if w != "may"]
    plain[1] = ("sanctioned", "sanction", "VERB", "VBD", "ROOT", 1)
    assert primary(plain + [(".", ".", "PUNCT", ".", "punct", 1)], probs).type == "SANCTION"


def test_what_a_condition_names_is_no_event():
    # 'Japan will sanction Chad unless Chad signs the deal .': the threat is the act; the signing has not happened
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 2), ("will", "will", "AUX", "MD", "aux", 2),
            ("sanction", "sanction", "VERB", "VB", "ROOT", 2), ("Chad", "Chad", "PROPN", "NNP", "dobj", 2),
            ("unless", "unless", "SCONJ", "IN", "mark", 6), ("Chad", "Chad", "PROPN", "NNP", "nsubj", 6),
            ("signs", "sign", "VERB", "VBZ", "advcl", 2), ("the", "the", "DET", "DT", "det", 8),
            ("deal", "deal", "NOUN", "NN", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 2)]
    events = coded(rows, [("SANCTION", 0.6), ("AGREE", 0.3), (None, 0.1)])
    assert [dyad(e) for e in events] == [("THREATEN", ("JPN",), ("TCD",))]


def test_a_step_awaited_in_the_present_is_no_event_but_one_told_in_the_past_is():
    # 'Japan sanctioned Chad until Chad signs the deal .' (not yet signed) vs '... until Chad signed the deal .'
    def rows(sign_word, sign_tag):
        return [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1), ("sanctioned", "sanction", "VERB", "VBD", "ROOT", 1),
                ("Chad", "Chad", "PROPN", "NNP", "dobj", 1), ("until", "until", "SCONJ", "IN", "mark", 5),
                ("Chad", "Chad", "PROPN", "NNP", "nsubj", 5), (sign_word, "sign", "VERB", sign_tag, "advcl", 1),
                ("the", "the", "DET", "DT", "det", 7), ("deal", "deal", "NOUN", "NN", "dobj", 5),
                (".", ".", "PUNCT", ".", "punct", 1)]
    probs = [("SANCTION", 0.6), ("AGREE", 0.3), (None, 0.1)]
    awaited = coded(rows("signs", "VBZ"), probs)
    assert [dyad(e) for e in awaited] == [("SANCTION", ("JPN",), ("TCD",))]
    told = coded(rows("signed", "VBD"), probs)
    assert [dyad(e) for e in told] == [("SANCTION", ("JPN",), ("TCD",)), ("AGREE", ("TCD",), ("JPN",))]


def test_what_one_cannot_do_is_no_event_but_what_one_cannot_accept_is_refused():
    def rows(verb, lemma):  # 'Japan can not <verb> Chad .'
        return [("Japan", "Japan", "PROPN", "NNP", "nsubj", 3), ("can", "can", "AUX", "MD", "aux", 3),
                ("not", "not", "PART", "RB", "neg", 3), (verb, lemma, "VERB", "VB", "ROOT", 3),
                ("Chad", "Chad", "PROPN", "NNP", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 3)]
    assert coded(rows("attack", "attack"), [("ASSAULT", 0.7), ("THREATEN", 0.2), (None, 0.1)]) == []
    assert [dyad(e) for e in coded(rows("support", "support"), [("SUPPORT", 0.7), ("REJECT", 0.2), (None, 0.1)])] == [
        ("REJECT", ("JPN",), ("TCD",))]


def test_a_hostile_act_one_says_one_will_not_do_is_an_intention_to_de_escalate():
    # 'Japan will not attack Chad .': no threat, an AGREE (CAMEO 0356, intent to de-escalate); done, 'did not attack' stays a negated attack
    def rows(aux, lemma):
        return [("Japan", "Japan", "PROPN", "NNP", "nsubj", 3), (aux, lemma, "AUX", "MD" if lemma == "will" else "VBD", "aux", 3),
                ("not", "not", "PART", "RB", "neg", 3), ("attack", "attack", "VERB", "VB", "ROOT", 3),
                ("Chad", "Chad", "PROPN", "NNP", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 3)]
    ev = primary(rows("will", "will"), [("ASSAULT", 0.6), ("THREATEN", 0.3), (None, 0.1)])
    assert (*dyad(ev), ev.negated) == ("AGREE", ("JPN",), ("TCD",), False)
    ev = primary(rows("did", "do"), [("ASSAULT", 0.6), ("THREATEN", 0.3), (None, 0.1)])
    assert (*dyad(ev), ev.negated) == ("ASSAULT", ("JPN",), ("TCD",), True)


def test_must_is_a_request_of_the_one_who_must_by_the_speaker():
    rows = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("Sudan", "Sudan", "PROPN", "NNP", "nsubj", 4), ("must", "must", "AUX", "MD", "aux", 4),
            ("return", "return", "VERB", "VB", "ccomp", 1), ("the", "the", "DET", "DT", "det", 6),
            ("helicopter", "helicopter", "NOUN", "NN", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
    assert dyad(primary(rows, [("RETREAT", 0.6), ("REQUEST", 0.3), (None, 0.1)])) == ("REQUEST", ("RUS",), ("SDN",))


def test_must_not_is_a_request_too_and_denies_nothing():
    rows = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("Sudan", "Sudan", "PROPN", "NNP", "nsubj", 5), ("must", "must", "AUX", "MD", "aux", 5),
            ("not", "not", "PART", "RB", "neg", 5), ("attack", "attack", "VERB", "VB", "ccomp", 1),
            ("Chad", "Chad", "PROPN", "NNP", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 1)]
    ev = primary(rows, [("ASSAULT", 0.6), ("REQUEST", 0.3), (None, 0.1)])
    assert dyad(ev) == ("REQUEST", ("RUS",), ("SDN",)) and not ev.negated


def test_the_governing_act_is_primary():
    rows = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("accused", "accuse", "VERB", "VBD", "ROOT", 1),
            ("Georgia", "Georgia", "PROPN", "NNP", "dobj", 1), ("of", "of", "ADP", "IN", "prep", 1),
            ("attacking", "attack", "VERB", "VBG", "pcomp", 3), ("Armenia", "Armenia", "PROPN", "NNP", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert dyad(primary(rows, [("ASSAULT", 0.5), ("ACCUSE", 0.4), (None, 0.1)])) == ("ACCUSE", ("RUS",), ("GEO",))


def test_the_reporter_is_never_the_target():
    rows = [("Palestinian", "palestinian", "ADJ", "JJ", "amod", 1), ("police", "police", "NOUN", "NNS", "nsubj", 2),
            ("confiscated", "confiscate", "VERB", "VBD", "ROOT", 2), ("weapons", "weapon", "NOUN", "NNS", "dobj", 2),
            (",", ",", "PUNCT", ",", "punct", 2), ("the", "the", "DET", "DT", "det", 7),
            ("Israeli", "israeli", "ADJ", "JJ", "amod", 7), ("army", "army", "NOUN", "NN", "nsubj", 8),
            ("said", "say", "VERB", "VBD", "parataxis", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    assert dyad(primary(rows, [("COERCE", 0.8), (None, 0.2)])) == ("COERCE", ("PSE",), ("PSE",))


def test_an_announced_cooperation_negated_is_a_refusal():
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 3), ("will", "will", "AUX", "MD", "aux", 3), ("not", "not", "PART", "RB", "neg", 3),
            ("join", "join", "VERB", "VB", "ROOT", 3), ("NATO", "NATO", "PROPN", "NNP", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 3)]
    event = primary(rows, [("AGREE", 0.6), ("REJECT", 0.3), (None, 0.1)])
    assert (event.type, event.negated) == ("REJECT", False)


def test_a_question_put_is_no_request_and_what_it_asks_no_event():
    # 'Reporters asked Iran whether Russia would attack Georgia .'
    rows = [("Reporters", "reporter", "NOUN", "NNS", "nsubj", 1), ("asked", "ask", "VERB", "VBD", "ROOT", 1),
            ("Iran", "Iran", "PROPN", "NNP", "dobj", 1), ("whether", "whether", "SCONJ", "IN", "mark", 7),
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 7), ("would", "would", "AUX", "MD", "aux", 7),
            ("ever", "ever", "ADV", "RB", "advmod", 7), ("attack", "attack", "VERB", "VB", "ccomp", 1),
            ("Georgia", "Georgia", "PROPN", "NNP", "dobj", 7), (".", ".", "PUNCT", ".", "punct", 1)]
    assert coded(rows, [("REQUEST", 0.7), ("THREATEN", 0.2), (None, 0.1)]) == []


def test_rejecting_the_accusations_answers_the_last_accuser():
    # 'Russia accused Georgia . Georgia rejected the accusations .' (the rejection names no one; the accuser is meant)
    rows = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("accused", "accuse", "VERB", "VBD", "ROOT", 1),
            ("Georgia", "Georgia", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1),
            ("Georgia", "Georgia", "PROPN", "NNP", "nsubj", 5), ("rejected", "reject", "VERB", "VBD", "ROOT", 5),
            ("the", "the", "DET", "DT", "det", 7), ("accusations", "accusation", "NOUN", "NNS", "dobj", 5),
            (".", ".", "PUNCT", ".", "punct", 5)]
    events = coded(rows, [(None, 0.5), ("REJECT", 0.3), ("ACCUSE", 0.2)])
    assert [(e.type, [a.code for a in e.target]) for e in events if e.type == "REJECT"] == [("REJECT", ["RUS"])]


def test_a_denial_in_a_relative_clause_answers_the_accuser():
    # 'Kenya accused Uganda of arming rebels , an allegation Kampala denied .'
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("accused", "accuse", "VERB", "VBD", "ROOT", 1),
            ("Uganda", "Uganda", "PROPN", "NNP", "dobj", 1), ("of", "of", "ADP", "IN", "prep", 1),
            ("arming", "arm", "VERB", "VBG", "pcomp", 3), ("rebels", "rebel", "NOUN", "NNS", "dobj", 4),
            (",", ",", "PUNCT", ",", "punct", 1), ("an", "an", "DET", "DT", "det", 8),
            ("allegation", "allegation", "NOUN", "NN", "npadvmod", 1), ("Kampala", "Kampala", "PROPN", "NNP", "nsubj", 10),
            ("denied", "deny", "VERB", "VBD", "relcl", 8), (".", ".", "PUNCT", ".", "punct", 1)]
    events = coded(rows, [(None, 0.5), ("REJECT", 0.3), ("ACCUSE", 0.2)],
                   ents=["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O"])
    assert [(e.type, [a.code for a in e.target]) for e in events if e.type == "REJECT"] == [("REJECT", ["KEN"])]


def test_being_committed_to_an_act_of_support_is_agreeing_to_it():
    from multivector.events.qualifiers import under_intent

    # 'Washington remained committed to supporting Nigeria .'
    document, doc = parsed([("Washington", "Washington", "PROPN", "NNP", "nsubj", 1), ("remained", "remain", "VERB", "VBD", "ROOT", 1),
                            ("committed", "committed", "ADJ", "JJ", "acomp", 1), ("to", "to", "ADP", "IN", "prep", 2),
                            ("supporting", "support", "VERB", "VBG", "pcomp", 3), ("Nigeria", "Nigeria", "PROPN", "NNP", "dobj", 4),
                            (".", ".", "PUNCT", ".", "punct", 1)])
    acts = resolve_mentions(document, doc)
    assert under_intent(make_context(document, doc, acts, []), doc[4])
    assert [(e.type, [a.code for a in e.source], [a.code for a in e.target]) for e in code_events(make_context(document, doc, acts, []))] == [
        ("AGREE", ["USA"], ["NGA"])]


def test_a_vow_to_attack_is_a_threat_not_an_agreement():
    # 'Uganda vowed to attack Kenya .'
    rows = [("Uganda", "Uganda", "PROPN", "NNP", "nsubj", 1), ("vowed", "vow", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3), ("attack", "attack", "VERB", "VB", "xcomp", 1),
            ("Kenya", "Kenya", "PROPN", "NNP", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 1)]
    assert [dyad(e) for e in coded(rows, [("AGREE", 0.5), ("THREATEN", 0.4), (None, 0.1)])] == [("THREATEN", ("UGA",), ("KEN",))]


def test_troops_sent_to_help_are_military_aid():
    # 'Rwanda sent troops to help Mozambique .'
    rows = [("Rwanda", "Rwanda", "PROPN", "NNP", "nsubj", 1), ("sent", "send", "VERB", "VBD", "ROOT", 1),
            ("troops", "troop", "NOUN", "NNS", "dobj", 1), ("to", "to", "PART", "TO", "aux", 4), ("help", "help", "VERB", "VB", "advcl", 1),
            ("Mozambique", "Mozambique", "PROPN", "NNP", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
    events = coded(rows, [("MOBILIZE", 0.8), ("AID", 0.1), (None, 0.1)])
    assert [(e.type, e.mode) + dyad(e)[1:] for e in events] == [("AID", "military", ("RWA",), ("MOZ",))]


def test_troops_sent_to_keep_the_peace_are_military_aid_and_to_a_border_a_show_of_force():
    def sent(modifier):
        # 'Rwanda sent troops to a <modifier> force in Mozambique .'
        rows = [("Rwanda", "Rwanda", "PROPN", "NNP", "nsubj", 1), ("sent", "send", "VERB", "VBD", "ROOT", 1),
                ("troops", "troop", "NOUN", "NNS", "dobj", 1), ("to", "to", "ADP", "IN", "prep", 1), ("a", "a", "DET", "DT", "det", 6),
                (modifier, modifier, "NOUN", "NN", "compound", 6), ("force", "force", "NOUN", "NN", "pobj", 3),
                ("in", "in", "ADP", "IN", "prep", 6), ("Mozambique", "Mozambique", "PROPN", "NNP", "pobj", 7), (".", ".", "PUNCT", ".", "punct", 1)]
        return [(e.type, e.mode) for e in coded(rows, [("MOBILIZE", 0.8), ("AID", 0.1), (None, 0.1)])]
    assert sent("peacekeeping") == [("AID", "military")]
    assert [t for t, _ in sent("border")] == ["MOBILIZE"]


def test_a_denied_act_the_model_types_is_put_at_the_act_and_denied():
    # "Serbia denied sending troops to Kosovo.": the sending is the event, and it is denied
    rows = [("Serbia", "Serbia", "PROPN", "NNP", "nsubj", 1), ("denied", "deny", "VERB", "VBD", "ROOT", 1),
            ("sending", "send", "VERB", "VBG", "xcomp", 1), ("troops", "troop", "NOUN", "NNS", "dobj", 2),
            ("to", "to", "ADP", "IN", "prep", 2), ("Kosovo", "Kosovo", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
    ev = primary(rows, [("MOBILIZE", 0.8), (None, 0.2)])
    assert (ev.trigger, ev.modality, *dyad(ev)) == ("sending", "denied", "MOBILIZE", ("SRB",), ("XKX",))


def test_a_promise_of_a_refusal_is_the_refusal_announced():
    # "Hungary vowed to veto the plan.": no agreement, the veto to come
    rows = [("Hungary", "Hungary", "PROPN", "NNP", "nsubj", 1), ("vowed", "vow", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3), ("veto", "veto", "VERB", "VB", "xcomp", 1), ("the", "the", "DET", "DT", "det", 5),
            ("plan", "plan", "NOUN", "NN", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 1)]
    ev = primary(rows, [("REJECT", 0.5), ("AGREE", 0.3), (None, 0.2)])
    assert (ev.type, ev.modality) == ("REJECT", "future")


def test_what_an_event_causes_is_told_by_the_caused_act_not_by_the_verb_of_causing():
    # "The attack prompted Armenia to recall its envoy from Azerbaijan.": Armenia recalls; the prompting is no act of its own
    rows = [("The", "the", "DET", "DT", "det", 1), ("attack", "attack", "NOUN", "NN", "nsubj", 2),
            ("prompted", "prompt", "VERB", "VBD", "ROOT", 2), ("Armenia", "Armenia", "PROPN", "NNP", "dobj", 2),
            ("to", "to", "PART", "TO", "aux", 5), ("recall", "recall", "VERB", "VB", "xcomp", 2), ("its", "its", "PRON", "PRP$", "poss", 7),
            ("envoy", "envoy", "NOUN", "NN", "dobj", 5), ("from", "from", "ADP", "IN", "prep", 5),
            ("Azerbaijan", "Azerbaijan", "PROPN", "NNP", "pobj", 8), (".", ".", "PUNCT", ".", "punct", 2)]
    events = coded(rows, [("SANCTION", 0.8), (None, 0.2)])
    assert [(e.trigger, *dyad(e)) for e in events] == [("recall", "SANCTION", ("ARM",), ("AZE",))]
    # "The arrest sparked protests in Minsk.": no coercion by the arrest at 'sparked'
    rows = [("The", "the", "DET", "DT", "det", 1), ("arrest", "arrest", "NOUN", "NN", "nsubj", 2),
            ("sparked", "spark", "VERB", "VBD", "ROOT", 2), ("protests", "protest", "NOUN", "NNS", "dobj", 2),
            ("in", "in", "ADP", "IN", "prep", 3), ("Minsk", "Minsk", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 2)]
    assert not [e for e in coded(rows, [("COERCE", 0.8), (None, 0.2)]) if e.trigger == "sparked"]


def test_an_act_a_request_asks_for_in_its_to_clause_is_no_event_of_its_own():
    # "Kenya urged Uganda to return to talks.": a request; the talks have not resumed
    rows = [("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("urged", "urge", "VERB", "VBD", "ROOT", 1),
            ("Uganda", "Uganda", "PROPN", "NNP", "dobj", 1), ("to", "to", "PART", "TO", "aux", 4), ("return", "return", "VERB", "VB", "xcomp", 1),
            ("to", "to", "ADP", "IN", "prep", 4), ("talks", "talk", "NOUN", "NNS", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 1)]
    assert [dyad(e) for e in coded(rows, [("REQUEST", 0.8), (None, 0.2)])] == [("REQUEST", ("KEN",), ("UGA",))]


def test_an_amount_pledged_is_the_pledges_content():
    # "Japan pledged 200 million in aid to Chad.": one promise, no aid yet
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1), ("pledged", "pledge", "VERB", "VBD", "ROOT", 1),
            ("200", "200", "NUM", "CD", "compound", 3), ("million", "million", "NUM", "CD", "dobj", 1), ("in", "in", "ADP", "IN", "prep", 3),
            ("aid", "aid", "NOUN", "NN", "pobj", 4), ("to", "to", "ADP", "IN", "prep", 1), ("Chad", "Chad", "PROPN", "NNP", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert [dyad(e) for e in coded(rows, [("AGREE", 0.8), (None, 0.2)])] == [("AGREE", ("JPN",), ("TCD",))]


def test_an_intention_whose_clause_names_no_act_is_no_event():
    def aims(verb, lemma, noun, noun_lemma):  # 'Kazakhstan aims to <verb> a <noun> .'
        rows = [("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "nsubj", 1), ("aims", "aim", "VERB", "VBZ", "ROOT", 1),
                ("to", "to", "PART", "TO", "aux", 3), (verb, lemma, "VERB", "VB", "xcomp", 1), ("a", "a", "DET", "DT", "det", 5),
                (noun, noun_lemma, "NOUN", "NN", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 1)]
        return [e.type for e in coded(rows, [("AGREE", 0.8), (None, 0.2)])]

    assert aims("play", "play", "role", "role") == []  # 'aims to play a neutral role': nothing done with anyone
    assert aims("sign", "sign", "deal", "deal") == ["AGREE"]


def test_an_idiom_with_an_idle_object_is_no_act():
    # "Kazakhstan pays attention to Belarus.": the model may hear support; paying attention does nothing to anyone
    rows = [("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "nsubj", 1), ("pays", "pay", "VERB", "VBZ", "ROOT", 1),
            ("attention", "attention", "NOUN", "NN", "dobj", 1), ("to", "to", "ADP", "IN", "prep", 1),
            ("Belarus", "Belarus", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)]
    assert coded(rows, [("SUPPORT", 0.8), (None, 0.2)]) == []
