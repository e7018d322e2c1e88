"""Actor linking on parses built by hand: the rules themselves, without the tagger's mistakes."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from multivector.actors import resolve_mentions
from multivector.model import Document, Segment

Row = tuple[str, str, str, int, str, str]  # word, pos, dep, head (row index), lemma, BIO entity tag


def parse(rows: list[Row]) -> tuple[Document, Doc]:
    """A parsed document of one body segment; a '.' row ends a sentence (an English vocabulary gives words their lower case)."""
    doc = Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=[i + 1 < len(rows) and rows[i + 1][0] not in (",", ".") for i in range(len(rows))],
        pos=[r[1] for r in rows],
        tags=[("NN" if r[4] == r[0].lower() else "NNS") if r[1] == "NOUN" else "" for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
        ents=[r[5] for r in rows],
        sent_starts=[i == 0 or rows[i - 1][0] == "." for i in range(len(rows))],
    )
    return Document("handbuilt", "hash", doc.text, [Segment(0, len(doc.text), "body")]), doc


def actors_by_text(rows: list[Row]) -> dict[str, object]:
    document, doc = parse(rows)
    acts = resolve_mentions(document, doc)
    return {document.text[m.start : m.end]: m.actor for m in acts.mentions}


def test_an_unknown_person_takes_country_and_sector_from_the_title_and_keeps_them_by_surname_and_title():
    found = actors_by_text([
        ("The", "DET", "det", 2, "the", "O"),
        ("Kenyan", "ADJ", "amod", 2, "Kenyan", "B-NORP"),
        ("ambassador", "NOUN", "nsubj", 9, "ambassador", "O"),
        ("to", "ADP", "prep", 2, "to", "O"),
        ("Ghana", "PROPN", "pobj", 3, "Ghana", "B-GPE"),
        (",", "PUNCT", "punct", 2, ",", "O"),
        ("Otieno", "PROPN", "compound", 7, "Otieno", "B-PERSON"),
        ("Waweru", "PROPN", "appos", 2, "Waweru", "I-PERSON"),
        (",", "PUNCT", "punct", 2, ",", "O"),
        ("spoke", "VERB", "ROOT", 9, "speak", "O"),
        (".", "PUNCT", "punct", 9, ".", "O"),
        ("Waweru", "PROPN", "nsubj", 12, "Waweru", "B-PERSON"),
        ("left", "VERB", "ROOT", 12, "leave", "O"),
        (".", "PUNCT", "punct", 12, ".", "O"),
        ("The", "DET", "det", 15, "the", "O"),
        ("ambassador", "NOUN", "nsubj", 16, "ambassador", "O"),
        ("returned", "VERB", "ROOT", 16, "return", "O"),
        (".", "PUNCT", "punct", 16, ".", "O"),
    ])
    full = found["Otieno Waweru"]
    assert (full.code, full.sector, full.name) == ("KEN", "GOV", "Otieno Waweru")
    assert found["Waweru"].name == "Otieno Waweru"
    assert found["ambassador"].name == "Otieno Waweru"  # "The ambassador returned"
    assert found["Ghana"].code == "GHA"


def test_an_unknown_organisation_is_typed_by_the_words_of_its_name():
    found = actors_by_text([
        ("Kenyan", "ADJ", "compound", 2, "Kenyan", "B-ORG"),
        ("Tea", "PROPN", "compound", 2, "Tea", "I-ORG"),
        ("Holdings", "PROPN", "nsubj", 3, "Holdings", "I-ORG"),
        ("signed", "VERB", "ROOT", 3, "sign", "O"),
        (".", "PUNCT", "punct", 3, ".", "O"),
    ])
    company = found["Kenyan Tea Holdings"]
    assert (company.code, company.sector, company.name) == ("KEN", "BUS", "Kenyan Tea Holdings")


def test_the_ministry_without_a_country_is_that_of_the_closest_government_before_it():
    found = actors_by_text([
        ("Kenya", "PROPN", "nsubj", 1, "Kenya", "B-GPE"),
        ("protested", "VERB", "ROOT", 1, "protest", "O"),
        (".", "PUNCT", "punct", 1, ".", "O"),
        ("The", "DET", "det", 4, "the", "O"),
        ("ministry", "NOUN", "nsubj", 5, "ministry", "O"),
        ("said", "VERB", "ROOT", 5, "say", "O"),
        (".", "PUNCT", "punct", 5, ".", "O"),
    ])
    ministry = found["The ministry"]
    assert (ministry.code, ministry.sector, ministry.name) == ("KEN", "GOV", "Kenya")


def test_group_nouns_of_one_country_and_sector_are_one_actor_and_officials_are_the_state():
    found = actors_by_text([
        ("Russian", "ADJ", "amod", 1, "Russian", "B-NORP"),
        ("troops", "NOUN", "nsubj", 2, "troop", "O"),
        ("advanced", "VERB", "ROOT", 2, "advance", "O"),
        (".", "PUNCT", "punct", 2, ".", "O"),
        ("Russian", "ADJ", "amod", 5, "Russian", "B-NORP"),
        ("soldiers", "NOUN", "nsubj", 6, "soldier", "O"),
        ("fired", "VERB", "ROOT", 6, "fire", "O"),
        (".", "PUNCT", "punct", 6, ".", "O"),
        ("Russian", "ADJ", "amod", 9, "Russian", "B-NORP"),
        ("officials", "NOUN", "nsubj", 10, "official", "O"),
        ("protested", "VERB", "ROOT", 10, "protest", "O"),
        (".", "PUNCT", "punct", 10, ".", "O"),
    ])
    assert (found["Russian troops"].code, found["Russian troops"].sector, found["Russian troops"].name) == ("RUS", "MIL", "Russian troops")
    assert found["Russian soldiers"].name == "Russian troops"
    assert (found["Russian officials"].sector, found["Russian officials"].name) == ("GOV", "Russia")


def test_rights_groups_take_the_ngo_country_slot():
    found = actors_by_text([
        ("Rights", "NOUN", "compound", 1, "right", "O"),
        ("groups", "NOUN", "nsubj", 2, "group", "O"),
        ("protested", "VERB", "ROOT", 2, "protest", "O"),
        (".", "PUNCT", "punct", 2, ".", "O"),
    ])
    groups = found["Rights groups"]
    assert (groups.code, groups.sector, groups.name) == ("NGO", None, "Rights groups")


def test_a_name_the_knowledge_base_knows_is_its_office_holder():
    found = actors_by_text([
        ("Sergey", "PROPN", "compound", 1, "Sergey", "B-PERSON"),
        ("Lavrov", "PROPN", "nsubj", 2, "Lavrov", "I-PERSON"),
        ("spoke", "VERB", "ROOT", 2, "speak", "O"),
        (".", "PUNCT", "punct", 2, ".", "O"),
    ])
    lavrov = found["Sergey Lavrov"]
    assert (lavrov.code, lavrov.sector, lavrov.name) == ("RUS", "GOV", "Sergey Lavrov")


def test_a_title_types_an_unknown_name_and_a_later_surname_and_pronoun_are_the_same_person():
    found = actors_by_text([
        ("The", "DET", "det", 3, "the", "O"),
        ("United", "PROPN", "compound", 2, "United", "B-GPE"),
        ("States", "PROPN", "compound", 3, "States", "I-GPE"),
        ("ambassador", "NOUN", "nsubj", 10, "ambassador", "O"),
        ("to", "ADP", "prep", 3, "to", "O"),
        ("Kenya", "PROPN", "pobj", 4, "Kenya", "B-GPE"),
        (",", "PUNCT", "punct", 3, ",", "O"),
        ("Jane", "PROPN", "compound", 8, "Jane", "B-PERSON"),
        ("Roe", "PROPN", "appos", 3, "Roe", "I-PERSON"),
        (",", "PUNCT", "punct", 3, ",", "O"),
        ("arrived", "VERB", "ROOT", 10, "arrive", "O"),
        (".", "PUNCT", "punct", 10, ".", "O"),
        ("Roe", "PROPN", "nsubj", 13, "Roe", "B-PERSON"),
        ("met", "VERB", "ROOT", 13, "meet", "O"),
        ("officials", "NOUN", "dobj", 13, "official", "O"),
        (".", "PUNCT", "punct", 13, ".", "O"),
        ("She", "PRON", "nsubj", 17, "she", "O"),
        ("left", "VERB", "ROOT", 17, "leave", "O"),
        (".", "PUNCT", "punct", 17, ".", "O"),
    ])
    roe = found["Jane Roe"]
    assert (roe.code, roe.sector, roe.name) == ("USA", "GOV", "Jane Roe")
    assert (found["Roe"].code, found["Roe"].name) == ("USA", "Jane Roe")
    assert (found["She"].code, found["She"].name) == ("USA", "Jane Roe")
    assert found["Kenya"].code == "KEN"  # 'to Kenya' names the other side, not the ambassador's country


def test_a_capital_city_is_its_government():
    found = actors_by_text([
        ("Moscow", "PROPN", "nsubj", 1, "Moscow", "B-GPE"),
        ("protested", "VERB", "ROOT", 1, "protest", "O"),
        (".", "PUNCT", "punct", 1, ".", "O"),
        ("Nairobi", "PROPN", "nsubj", 4, "Nairobi", "B-GPE"),
        ("agreed", "VERB", "ROOT", 4, "agree", "O"),
        (".", "PUNCT", "punct", 4, ".", "O"),
    ])
    assert (found["Moscow"].code, found["Moscow"].sector, found["Moscow"].name) == ("RUS", "GOV", "Russia")
    assert (found["Nairobi"].code, found["Nairobi"].sector, found["Nairobi"].name) == ("KEN", "GOV", "Kenya")


def test_an_organ_of_an_organisation_takes_its_parent_s_slot_and_the_definite_head_noun_points_back_to_it():
    found = actors_by_text([
        ("The", "DET", "det", 3, "the", "O"),
        ("UN", "PROPN", "compound", 3, "UN", "B-ORG"),
        ("General", "PROPN", "compound", 3, "General", "I-ORG"),
        ("Assembly", "PROPN", "nsubj", 4, "Assembly", "I-ORG"),
        ("met", "VERB", "ROOT", 4, "meet", "O"),
        (".", "PUNCT", "punct", 4, ".", "O"),
        ("Peru", "PROPN", "nsubj", 7, "Peru", "B-GPE"),
        ("thanked", "VERB", "ROOT", 7, "thank", "O"),
        ("the", "DET", "det", 9, "the", "O"),
        ("assembly", "NOUN", "dobj", 7, "assembly", "O"),
        (".", "PUNCT", "punct", 7, ".", "O"),
    ])
    body = found["UN General Assembly"]
    assert (body.code, body.org, body.name) == ("IGO", "UN", "UN General Assembly")
    assert (found["assembly"].org, found["assembly"].name) == ("UN", "UN General Assembly")


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause():
    found = actors_by_text([
        ("Kenya", "PROPN", "nsubj", 1, "Kenya", "B-GPE"),
        ("said", "VERB", "ROOT", 1, "say", "O"),
        ("Uganda", "PROPN", "nsubj", 3, "Uganda", "B-GPE"),
        ("attacked", "VERB", "ccomp", 1, "attack", "O"),
        ("them", "PRON", "dobj", 3, "they", "O"),
        (".", "PUNCT", "punct", 1, ".", "O"),
    ])
    assert found["them"].code == "KEN"


def test_a_people_named_with_where_it_lives_is_coded_by_that_country():
    found = actors_by_text([
        ("The", "DET", "det", 1, "the", "O"),
        ("Albanians", "PROPN", "nsubj", 4, "Albanians", "B-NORP"),
        ("of", "ADP", "prep", 1, "of", "O"),
        ("Serbia", "PROPN", "pobj", 2, "Serbia", "B-GPE"),
        ("protested", "VERB", "ROOT", 4, "protest", "O"),
        (".", "PUNCT", "punct", 4, ".", "O"),
    ])
    assert found["Albanians"].code == "SRB"


def test_an_appositive_that_says_what_happened_does_not_retitle_a_known_person():
    found = actors_by_text([
        ("Orban", "PROPN", "nsubj", 1, "Orban", "B-PERSON"),
        ("met", "VERB", "ROOT", 1, "meet", "O"),
        ("Vladimir", "PROPN", "compound", 3, "Vladimir", "B-PERSON"),
        ("Putin", "PROPN", "dobj", 1, "Putin", "I-PERSON"),
        (",", "PUNCT", "punct", 3, ",", "O"),
        ("the", "DET", "det", 7, "the", "O"),
        ("first", "ADJ", "amod", 7, "first", "O"),
        ("visit", "NOUN", "appos", 3, "visit", "O"),
        ("by", "ADP", "prep", 7, "by", "O"),
        ("an", "DET", "det", 11, "an", "O"),
        ("EU", "PROPN", "compound", 11, "EU", "B-ORG"),
        ("leader", "NOUN", "pobj", 8, "leader", "O"),
        (".", "PUNCT", "punct", 1, ".", "O"),
    ])
    assert found["Vladimir Putin"].code == "RUS"


def test_an_honorific_before_a_known_surname_is_no_part_of_the_name():
    found = actors_by_text([
        ("Mr", "PROPN", "compound", 1, "Mr", "B-PERSON"),
        ("Putin", "PROPN", "nsubj", 2, "Putin", "I-PERSON"),
        ("spoke", "VERB", "ROOT", 2, "speak", "O"),
        (".", "PUNCT", "punct", 2, ".", "O"),
    ])
    assert (found["Mr Putin"].code, found["Mr Putin"].name) == ("RUS", "Vladimir Putin")


def test_a_pronoun_points_to_the_subject_of_a_clause_before_it_in_its_sentence():
    found = actors_by_text([
        ("When", "SCONJ", "advmod", 2, "when", "O"),
        ("Kenya", "PROPN", "nsubj", 2, "Kenya", "B-GPE"),
        ("joined", "VERB", "advcl", 5, "join", "O"),
        (",", "PUNCT", "punct", 5, ",", "O"),
        ("it", "PRON", "nsubj", 5, "it", "O"),
        ("praised", "VERB", "ROOT", 5, "praise", "O"),
        ("Uganda", "PROPN", "dobj", 5, "Uganda", "B-GPE"),
        (".", "PUNCT", "punct", 5, ".", "O"),
    ])
    assert found["it"].code == "KEN"


def test_the_police_are_of_the_country_named_most_its_people_counted():
    # 'Islam Karimov thanked Russia . Karimov left . The police detained people .': Russia is the only state named,
    # but Uzbekistan's president is named twice, so the police are Uzbek
    found = actors_by_text([
        ("Islam", "PROPN", "compound", 1, "Islam", "B-PERSON"), ("Karimov", "PROPN", "nsubj", 2, "Karimov", "I-PERSON"),
        ("thanked", "VERB", "ROOT", 2, "thank", "O"), ("Russia", "PROPN", "dobj", 2, "Russia", "B-GPE"), (".", "PUNCT", "punct", 2, ".", "O"),
        ("Karimov", "PROPN", "nsubj", 6, "Karimov", "B-PERSON"), ("left", "VERB", "ROOT", 6, "leave", "O"), (".", "PUNCT", "punct", 6, ".", "O"),
        ("The", "DET", "det", 9, "the", "O"), ("police", "NOUN", "nsubj", 10, "police", "O"), ("detained", "VERB", "ROOT", 10, "detain", "O"),
        ("people", "NOUN", "dobj", 10, "people", "O"), (".", "PUNCT", "punct", 10, ".", "O"),
    ])
    assert found["The police"].code == "UZB" and found["The police"].sector == "COP", found


def test_a_country_named_as_a_stance_is_no_affiliation():
    # 'An anti - Syria journalist met a pro - Moscow politician .'
    found = actors_by_text([
        ("An", "DET", "det", 4, "an", "O"), ("anti", "ADJ", "amod", 4, "anti", "O"), ("-", "PUNCT", "punct", 3, "-", "O"),
        ("Syria", "PROPN", "compound", 4, "Syria", "B-GPE"), ("journalist", "NOUN", "nsubj", 5, "journalist", "O"),
        ("met", "VERB", "ROOT", 5, "meet", "O"), ("a", "DET", "det", 10, "a", "O"), ("pro", "ADJ", "amod", 10, "pro", "O"),
        ("-", "PUNCT", "punct", 9, "-", "O"), ("Moscow", "PROPN", "compound", 10, "Moscow", "B-GPE"),
        ("politician", "NOUN", "dobj", 5, "politician", "O"), (".", "PUNCT", "punct", 5, ".", "O"),
    ])
    assert not any(actor.code in ("SYR", "RUS") for actor in found.values()), found


def test_a_given_name_only_one_person_carries_is_that_person():
    # 'Abiy Ahmed spoke . Abiy left .': Ethiopians are called by their given name
    found = actors_by_text([
        ("Abiy", "PROPN", "compound", 1, "Abiy", "B-PERSON"), ("Ahmed", "PROPN", "nsubj", 2, "Ahmed", "I-PERSON"),
        ("spoke", "VERB", "ROOT", 2, "speak", "O"), (".", "PUNCT", "punct", 2, ".", "O"),
        ("Abiy", "PROPN", "nsubj", 5, "Abiy", "O"), ("left", "VERB", "ROOT", 5, "leave", "O"), (".", "PUNCT", "punct", 5, ".", "O"),
    ])
    assert found["Abiy"].code == "ETH" and found["Abiy"].name == found["Abiy Ahmed"].name, found


def test_a_group_the_tagger_calls_a_person_is_read_as_the_knowledge_base_knows_it():
    # "Boko Haram 's attack shocked Nigeria .", tagged PERSON with its 's
    found = actors_by_text([
        ("Boko", "PROPN", "compound", 1, "Boko", "B-PERSON"), ("Haram", "PROPN", "poss", 3, "Haram", "I-PERSON"),
        ("'s", "PART", "case", 1, "'s", "I-PERSON"), ("attack", "NOUN", "nsubj", 4, "attack", "O"),
        ("shocked", "VERB", "ROOT", 4, "shock", "O"), ("Nigeria", "PROPN", "dobj", 4, "Nigeria", "B-GPE"), (".", "PUNCT", "punct", 4, ".", "O"),
    ])
    assert found["Boko Haram"].code == "NGA" and found["Boko Haram"].sector == "REB", found


def test_a_movement_named_by_its_adjective_is_the_movement():
    # 'Houthi rebels seized a ship .'
    found = actors_by_text([
        ("Houthi", "PROPN", "compound", 1, "Houthi", "B-NORP"), ("rebels", "NOUN", "nsubj", 2, "rebel", "O"),
        ("seized", "VERB", "ROOT", 2, "seize", "O"), ("a", "DET", "det", 4, "a", "O"), ("ship", "NOUN", "dobj", 2, "ship", "O"),
        (".", "PUNCT", "punct", 2, ".", "O"),
    ])
    assert any(a.code == "YEM" and a.sector == "REB" for a in found.values()), found


def test_the_police_of_a_datelined_story_are_of_the_dateline_country():
    rows = [("MANILA", "PROPN", "ROOT", 0, "Manila", "B-GPE"), ("-", "PUNCT", "punct", 0, "-", "O"),
            ("Xi", "PROPN", "nsubj", 3, "Xi", "B-PERSON"), ("spoke", "VERB", "ROOT", 3, "speak", "O"), (".", "PUNCT", "punct", 3, ".", "O"),
            ("The", "DET", "det", 6, "the", "O"), ("police", "NOUN", "nsubj", 7, "police", "O"), ("left", "VERB", "ROOT", 7, "leave", "O"),
            (".", "PUNCT", "punct", 7, ".", "O")]
    document, doc = parse(rows)
    document.segments = [Segment(0, 6, "dateline"), Segment(9, len(document.text), "body")]
    acts = resolve_mentions(document, doc)
    police = next(m.actor for m in acts.mentions if document.text[m.start : m.end].endswith("police"))
    assert police.code == "PHL", document.text


def test_a_known_person_written_with_another_spelling_of_the_given_name_is_still_known():
    # the knowledge base has 'Raúl Castro' (alias 'Raul Castro'); an earlier 'Bolivia's President' must not claim him
    found = actors_by_text([
        ("Bolivia", "PROPN", "poss", 2, "Bolivia", "B-GPE"),
        ("'s", "PART", "case", 0, "'s", "O"),
        ("President", "PROPN", "compound", 4, "President", "O"),
        ("Evo", "PROPN", "compound", 4, "Evo", "B-PERSON"),
        ("Morales", "PROPN", "nsubj", 5, "Morales", "I-PERSON"),
        ("spoke", "VERB", "ROOT", 5, "speak", "O"),
        (".", "PUNCT", "punct", 5, ".", "O"),
        ("President", "PROPN", "compound", 9, "President", "O"),
        ("Raul", "PROPN", "compound", 9, "Raul", "B-PERSON"),
        ("Castro", "PROPN", "nsubj", 10, "Castro", "I-PERSON"),
        ("replied", "VERB", "ROOT", 10, "reply", "O"),
        (".", "PUNCT", "punct", 10, ".", "O"),
    ])
    castro = next(actor for text, actor in found.items() if text.endswith("Raul Castro"))
    assert (castro.code, castro.name) == ("CUB", "Raúl Castro")


def test_its_spokesman_is_of_the_organisation_or_state_its_points_to():
    # 'Armenia left. Armenia won. The Kremlin objected. Its spokesman, Ivan Petrovsky, spoke.': not the state named most
    lead = [(w, "PROPN" if w == "Armenia" else "VERB" if w != "." else "PUNCT", d, h, w.lower(), "B-GPE" if w == "Armenia" else "O")
            for w, d, h in [("Armenia", "nsubj", 1), ("left", "ROOT", 1), (".", "punct", 1),
                            ("Armenia", "nsubj", 4), ("won", "ROOT", 4), (".", "punct", 4)]]
    found = actors_by_text(lead + [(w, pos, dep, head + 6, lemma, ent) for w, pos, dep, head, lemma, ent in [
        ("The", "DET", "det", 1, "the", "O"),
        ("Kremlin", "PROPN", "nsubj", 2, "Kremlin", "B-ORG"),
        ("objected", "VERB", "ROOT", 2, "object", "O"),
        (".", "PUNCT", "punct", 2, ".", "O"),
        ("Its", "PRON", "poss", 5, "its", "O"),
        ("spokesman", "NOUN", "nsubj", 10, "spokesman", "O"),
        (",", "PUNCT", "punct", 5, ",", "O"),
        ("Ivan", "PROPN", "compound", 8, "Ivan", "B-PERSON"),
        ("Petrovsky", "PROPN", "appos", 5, "Petrovsky", "I-PERSON"),
        (",", "PUNCT", "punct", 5, ",", "O"),
        ("spoke", "VERB", "ROOT", 10, "speak", "O"),
        (".", "PUNCT", "punct", 10, ".", "O"),
    ]])
    spokesman = next(actor for text, actor in found.items() if text.endswith("Ivan Petrovsky"))
    assert (spokesman.code, spokesman.sector) == ("RUS", "GOV")


def test_a_title_in_an_alias_is_no_given_name():
    # the knowledge base lists 'King Abdullah bin Abdulaziz' (Saudi Arabia); 'King Abdullah' alone may be Jordan's
    found = actors_by_text([
        ("King", "PROPN", "compound", 1, "King", "B-PERSON"),
        ("Abdullah", "PROPN", "nsubj", 2, "Abdullah", "I-PERSON"),
        ("spoke", "VERB", "ROOT", 2, "speak", "O"),
        (".", "PUNCT", "punct", 2, ".", "O"),
    ])
    assert all(actor.code != "SAU" for actor in found.values())


def test_a_middle_name_written_differently_is_another_person():
    # the knowledge base has 'Hassan Abshir Farah', a former Somali prime minister; 'Hassan Abdi Farah' is someone else
    found = actors_by_text([
        ("Hassan", "PROPN", "compound", 2, "Hassan", "B-PERSON"),
        ("Abdi", "PROPN", "compound", 2, "Abdi", "I-PERSON"),
        ("Farah", "PROPN", "nsubj", 3, "Farah", "I-PERSON"),
        ("spoke", "VERB", "ROOT", 3, "speak", "O"),
        (".", "PUNCT", "punct", 3, ".", "O"),
    ])
    assert all(actor.code != "SOM" for actor in found.values())


def test_whose_stands_for_the_actor_its_relative_clause_describes():
    found = actors_by_text([
        ("Nicaragua", "PROPN", "nsubj", 1, "Nicaragua", "B-GPE"), ("thanked", "VERB", "ROOT", 1, "thank", "O"),
        ("China", "PROPN", "dobj", 1, "China", "B-GPE"), (",", "PUNCT", "punct", 2, ",", "O"),
        ("whose", "DET", "poss", 5, "whose", "O"), ("ministry", "NOUN", "nsubj", 6, "ministry", "O"),
        ("received", "VERB", "relcl", 2, "receive", "O"), ("Ortega", "PROPN", "dobj", 6, "Ortega", "B-PERSON"),
        (".", "PUNCT", "punct", 1, ".", "O"),
    ])
    assert found["whose"].code == "CHN"


def test_the_alliance_is_the_organisation_named_last_though_an_earlier_anaphor_was_resolved_after_it():
    document, doc = parse([
        ("The", "DET", "det", 1, "the", "O"), ("EU", "PROPN", "nsubj", 2, "EU", "B-ORG"), ("met", "VERB", "ROOT", 2, "meet", "O"),
        (".", "PUNCT", "punct", 2, ".", "O"),
        ("The", "DET", "det", 5, "the", "O"), ("bloc", "NOUN", "nsubj", 6, "bloc", "O"), ("agreed", "VERB", "ROOT", 6, "agree", "O"),
        (".", "PUNCT", "punct", 6, ".", "O"),
        ("NATO", "PROPN", "nsubj", 9, "NATO", "B-ORG"), ("met", "VERB", "ROOT", 9, "meet", "O"), (".", "PUNCT", "punct", 9, ".", "O"),
        ("The", "DET", "det", 12, "the", "O"), ("alliance", "NOUN", "nsubj", 13, "alliance", "O"),
        ("agreed", "VERB", "ROOT", 13, "agree", "O"), (".", "PUNCT", "punct", 13, ".", "O"),
    ])
    acts = resolve_mentions(document, doc)
    assert acts.actor_at(doc[5]).org == "EU"
    assert acts.actor_at(doc[12]).org == "NATO"


def test_government_troops_and_opposition_units_are_sides_at_home_not_in_the_dateline_country():
    found = actors_by_text([
        ("Tajikistan", "PROPN", "nsubj", 1, "Tajikistan", "B-GPE"), ("met", "VERB", "ROOT", 1, "meet", "O"),
        ("Russia", "PROPN", "dobj", 1, "Russia", "B-GPE"), ("and", "CCONJ", "cc", 1, "and", "O"),
        ("Tajikistan", "PROPN", "conj", 1, "Tajikistan", "B-GPE"), (".", "PUNCT", "punct", 1, ".", "O"),
        ("government", "NOUN", "compound", 7, "government", "O"), ("troops", "NOUN", "nsubj", 11, "troop", "O"),
        ("and", "CCONJ", "cc", 7, "and", "O"), ("opposition", "NOUN", "compound", 10, "opposition", "O"),
        ("units", "NOUN", "conj", 7, "unit", "O"), ("fought", "VERB", "ROOT", 11, "fight", "O"), (".", "PUNCT", "punct", 11, ".", "O"),
    ])
    assert (found["government troops"].code, found["government troops"].sector) == ("TJK", "MIL")
    assert (found["opposition units"].code, found["opposition units"].sector) == ("TJK", "OPP")


def test_a_pronoun_inside_the_object_phrase_is_not_the_subject_of_its_verb():
    document, doc = parse([
        ("Georgia", "PROPN", "nsubj", 1, "Georgia", "B-GPE"), ("criticised", "VERB", "ROOT", 1, "criticise", "O"),
        ("Russia", "PROPN", "dobj", 1, "Russia", "B-GPE"), (".", "PUNCT", "punct", 1, ".", "O"),
        ("Russia", "PROPN", "nsubj", 5, "Russia", "B-GPE"), ("cancelled", "VERB", "ROOT", 5, "cancel", "O"),
        ("a", "DET", "det", 7, "a", "O"), ("meeting", "NOUN", "dobj", 5, "meeting", "O"),
        ("with", "ADP", "prep", 7, "with", "O"), ("it", "PRON", "pobj", 8, "it", "O"), (".", "PUNCT", "punct", 5, ".", "O"),
    ])
    acts = resolve_mentions(document, doc)
    assert acts.actor_at(doc[9]).code == "GEO"


def test_the_authorities_in_a_capital_are_its_government_though_the_phrase_hangs_on_the_verb():
    # 'Kenya criticised the authorities in Kampala .'
    found = actors_by_text([
        ("Kenya", "PROPN", "nsubj", 1, "Kenya", "B-GPE"), ("criticised", "VERB", "ROOT", 1, "criticise", "O"),
        ("the", "DET", "det", 3, "the", "O"), ("authorities", "NOUN", "dobj", 1, "authority", "O"), ("in", "ADP", "prep", 1, "in", "O"),
        ("Kampala", "PROPN", "pobj", 4, "Kampala", "B-GPE"), (".", "PUNCT", "punct", 1, ".", "O"),
    ])
    assert next(a for text, a in found.items() if text.endswith("authorities")).code == "UGA", found
    # 'Kenya sent Kenyan troops in Somalia .': troops stay their own country's
    found = actors_by_text([
        ("Kenya", "PROPN", "nsubj", 1, "Kenya", "B-GPE"), ("sent", "VERB", "ROOT", 1, "send", "O"),
        ("Kenyan", "ADJ", "amod", 3, "Kenyan", "B-NORP"), ("troops", "NOUN", "dobj", 1, "troop", "O"), ("in", "ADP", "prep", 1, "in", "O"),
        ("Somalia", "PROPN", "pobj", 4, "Somalia", "B-GPE"), (".", "PUNCT", "punct", 1, ".", "O"),
    ])
    assert found["Kenyan troops"].code == "KEN", found


def test_us_in_capitals_is_a_named_actor_of_the_document_and_we_is_not():
    from multivector.model import DateGuess, Extraction, actor_rows

    rows = [("We", "PRON", "nsubj", 1, "we", "O"), ("thanked", "VERB", "ROOT", 1, "thank", "O"),
            ("the", "DET", "det", 3, "the", "O"), ("US", "PROPN", "dobj", 1, "US", "B-GPE"), (".", "PUNCT", "punct", 1, ".", "O")]
    document, doc = parse(rows)
    document.date = DateGuess("2008-10", "month", "test")
    acts = resolve_mentions(document, doc)
    named = {row["first_text"]: row["code"] for row in actor_rows(Extraction(document, acts.mentions, [], [], []))}
    assert named == {"US": "USA"}


def test_a_mediator_titled_by_an_organisation_acts_for_it_and_rebel_leaders_are_rebels():
    found = actors_by_text([
        ("U.N.", "PROPN", "compound", 1, "U.N.", "B-ORG"), ("mediator", "NOUN", "compound", 3, "mediator", "O"),
        ("Diego", "PROPN", "compound", 3, "Diego", "B-PERSON"), ("Cordovez", "PROPN", "nsubj", 4, "Cordovez", "I-PERSON"),
        ("met", "VERB", "ROOT", 4, "meet", "O"), ("Afghan", "ADJ", "amod", 7, "afghan", "B-NORP"),
        ("rebel", "NOUN", "compound", 7, "rebel", "O"), ("leaders", "NOUN", "dobj", 4, "leader", "O"), (".", "PUNCT", "punct", 4, ".", "O"),
    ])
    mediator = next(actor for text, actor in found.items() if "Cordovez" in text)
    rebels = next(actor for text, actor in found.items() if text.endswith("leaders"))
    assert (mediator.code, mediator.org) == ("IGO", "UN")
    assert (rebels.code, rebels.sector) == ("AFG", "REB")


def test_militiamen_are_an_armed_group_not_the_state():
    militiamen = actors_by_text([("Burundian", "ADJ", "amod", 1, "Burundian", "B-NORP"), ("militiamen", "NOUN", "nsubj", 2, "militiaman", "O"),
                                 ("attacked", "VERB", "ROOT", 2, "attack", "O"), (".", "PUNCT", "punct", 2, ".", "O")])["Burundian militiamen"]
    assert (militiamen.code, militiamen.sector) == ("BDI", "REB")


def test_a_lone_surname_the_tagger_missed_is_the_one_office_holder_who_bears_it_but_not_inside_a_longer_name():
    # 'Lavrov criticised Kenya .' with 'Lavrov' tagged ORG, and 'Lavrov Street closed .'
    acting = actors_by_text([("Lavrov", "PROPN", "nsubj", 1, "Lavrov", "B-ORG"), ("criticised", "VERB", "ROOT", 1, "criticise", "O"),
                             ("Kenya", "PROPN", "dobj", 1, "Kenya", "B-GPE"), (".", "PUNCT", "punct", 1, ".", "O")])
    assert (acting["Lavrov"].code, acting["Lavrov"].sector) == ("RUS", "GOV")
    street = actors_by_text([("Lavrov", "PROPN", "compound", 1, "Lavrov", "O"), ("Street", "PROPN", "nsubj", 2, "Street", "O"),
                             ("closed", "VERB", "ROOT", 2, "close", "O"), (".", "PUNCT", "punct", 2, ".", "O")])
    assert "Lavrov" not in street


def test_wire_epithets_name_the_un_and_israel():
    # 'The world body condemned the Jewish state .'
    found = actors_by_text([("The", "DET", "det", 2, "the", "O"), ("world", "NOUN", "compound", 2, "world", "O"),
                            ("body", "NOUN", "nsubj", 3, "body", "O"), ("condemned", "VERB", "ROOT", 3, "condemn", "O"),
                            ("the", "DET", "det", 6, "the", "O"), ("Jewish", "ADJ", "amod", 6, "Jewish", "B-NORP"),
                            ("state", "NOUN", "dobj", 3, "state", "O"), (".", "PUNCT", "punct", 3, ".", "O")])
    assert {text: actor.key for text, actor in found.items()} == {"The world body": "UN", "the Jewish state": "ISR"}
