"""References a reader resolves, on parses built by hand: 'the alliance', 'the police'."""

from spacy.lang.en import English
from spacy.tokens import Doc

from multivector.actors import resolve_mentions
from multivector.model import DateGuess, Document, Segment

VOCAB = English().vocab


def mentions(rows):
    """rows: (word, lemma, pos, dep, head[, tag]); several ROOTs make several sentences. -> {word index: actor key}."""
    doc = Doc(VOCAB, words=[r[0] for r in rows], spaces=[i < len(rows) - 1 and rows[i + 1][0] != "." for i in range(len(rows))],
              lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], tags=[r[5] if len(r) > 5 else "NN" if r[2] == "NOUN" else "NNP" for r in rows],
              deps=[r[3] for r in rows], heads=[r[4] for r in rows])
    document = Document("t", "h", doc.text, [Segment(0, len(doc.text))], date=DateGuess("2015-06", "month", "test"))
    acts = resolve_mentions(document, doc)
    return {tok.i: (acts.at(tok).actor.code, acts.at(tok).actor.org) for tok in doc if acts.at(tok)}


def test_the_alliance_is_the_organisation_named_last():
    rows = [("NATO", "NATO", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1), (".", ".", "PUNCT", "punct", 1),
            ("The", "the", "DET", "det", 4), ("alliance", "alliance", "NOUN", "nsubj", 5), ("agreed", "agree", "VERB", "ROOT", 5),
            (".", ".", "PUNCT", "punct", 5)]
    assert mentions(rows)[4] == ("IGO", "NATO")


def test_the_police_are_of_the_country_the_text_is_about():
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("thanked", "thank", "VERB", "ROOT", 1), ("Kenya", "Kenya", "PROPN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
            ("Uganda", "Uganda", "PROPN", "nsubj", 5), ("protested", "protest", "VERB", "ROOT", 5), (".", ".", "PUNCT", "punct", 5),
            ("The", "the", "DET", "det", 8), ("police", "police", "NOUN", "nsubj", 9), ("detained", "detain", "VERB", "ROOT", 9),
            ("people", "people", "NOUN", "dobj", 9), (".", ".", "PUNCT", "punct", 9)]
    assert mentions(rows)[8][0] == "KEN"


def test_an_object_pronoun_is_not_the_subject_its_participle_clause_shares():
    """'Egypt cut ties with Qatar, accusing it of financing groups': 'it' is Qatar. Egypt is the one who accuses, so
    the pronoun that is accused cannot be Egypt; and an 'it' that does the act of its verb's complement is an actor."""
    rows = [("Egypt", "Egypt", "PROPN", "nsubj", 1), ("cut", "cut", "VERB", "ROOT", 1), ("ties", "tie", "NOUN", "dobj", 1),
            ("with", "with", "ADP", "prep", 2), ("Qatar", "Qatar", "PROPN", "pobj", 3), (",", ",", "PUNCT", "punct", 1),
            ("accusing", "accuse", "VERB", "advcl", 1), ("it", "it", "PRON", "dobj", 6), ("of", "of", "ADP", "prep", 6),
            ("financing", "finance", "VERB", "pcomp", 8), ("groups", "group", "NOUN", "dobj", 9), (".", ".", "PUNCT", "punct", 1)]
    assert mentions(rows)[7][0] == "QAT"


def test_an_object_it_that_is_a_thing_stays_unresolved():
    rows = [("Egypt", "Egypt", "PROPN", "nsubj", 1), ("signed", "sign", "VERB", "ROOT", 1), ("it", "it", "PRON", "dobj", 1),
            ("in", "in", "ADP", "prep", 1), ("Cairo", "Cairo", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]
    assert 2 not in mentions(rows)


def test_a_pronoun_reads_the_mentions_in_text_order_not_in_the_order_they_were_found():
    """'The army protested and Somalia agreed . It thanked Ethiopia .': 'It' is the latest subject, Somalia, though
    'the army' is found after the names."""
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("hosted", "host", "VERB", "ROOT", 1), ("Uganda", "Uganda", "PROPN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
            ("The", "the", "DET", "det", 5), ("army", "army", "NOUN", "nsubj", 6), ("protested", "protest", "VERB", "ROOT", 6),
            ("and", "and", "CCONJ", "cc", 6), ("Somalia", "Somalia", "PROPN", "nsubj", 9), ("agreed", "agree", "VERB", "conj", 6),
            (".", ".", "PUNCT", "punct", 6),
            ("It", "it", "PRON", "nsubj", 12), ("thanked", "thank", "VERB", "ROOT", 12), ("Ethiopia", "Ethiopia", "PROPN", "dobj", 12),
            (".", ".", "PUNCT", "punct", 12)]
    found = mentions(rows)
    assert found[5][0] == "UGA" and found[11][0] == "SOM"


def test_a_plural_pronoun_after_people_of_its_own_sentence_stands_for_them_not_for_a_state():
    """'Kenya attacked Uganda . Protesters marched and police detained them .': 'them' are the protesters."""
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1), ("Uganda", "Uganda", "PROPN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
            ("Protesters", "protester", "NOUN", "nsubj", 5, "NNS"), ("marched", "march", "VERB", "ROOT", 5), ("and", "and", "CCONJ", "cc", 5),
            ("police", "police", "NOUN", "nsubj", 8), ("detained", "detain", "VERB", "conj", 5), ("them", "they", "PRON", "dobj", 8, "PRP"),
            (".", ".", "PUNCT", "punct", 5)]
    assert 9 not in mentions(rows)
    rows[4] = ("Ships", "ship", "NOUN", "nsubj", 5, "NNS")  # no people: as before, the subject of the sentence before
    assert 9 in mentions(rows)


def test_a_possessive_in_what_a_copula_says_of_its_subject_is_not_that_subject():
    # 'Kazakhstan says Russia is its partner .': its = Kazakhstan
    rows = [("Kazakhstan", "Kazakhstan", "PROPN", "nsubj", 1), ("says", "say", "VERB", "ROOT", 1), ("Russia", "Russia", "PROPN", "nsubj", 3),
            ("is", "be", "AUX", "ccomp", 1), ("its", "its", "PRON", "poss", 5, "PRP$"), ("partner", "partner", "NOUN", "attr", 3),
            (".", ".", "PUNCT", "punct", 1)]
    assert mentions(rows)[4][0] == "KAZ"


def test_a_plural_pronoun_stands_for_the_states_named_together_not_for_one_state():
    """'Kenya sanctioned Uganda and Somalia after they refused .': states are 'it'; 'they' are the two named together."""
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("sanctioned", "sanction", "VERB", "ROOT", 1), ("Uganda", "Uganda", "PROPN", "dobj", 1),
            ("and", "and", "CCONJ", "cc", 2), ("Somalia", "Somalia", "PROPN", "conj", 2), ("after", "after", "SCONJ", "mark", 7),
            ("they", "they", "PRON", "nsubj", 7, "PRP"), ("refused", "refuse", "VERB", "advcl", 1), (".", ".", "PUNCT", "punct", 1)]
    assert mentions(rows)[6][0] == "UGA"


def test_its_is_not_the_plural_subject_of_its_own_clause():
    # 'Kenya said Somali militants attacked its troops .': 'its' is Kenya's, not the militants'
    rows = [("Kenya", "Kenya", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1), ("Somali", "Somali", "ADJ", "amod", 3, "JJ"),
            ("militants", "militant", "NOUN", "nsubj", 4, "NNS"), ("attacked", "attack", "VERB", "ccomp", 1, "VBD"),
            ("its", "its", "PRON", "poss", 6, "PRP$"), ("troops", "troop", "NOUN", "dobj", 4, "NNS"), (".", ".", "PUNCT", "punct", 1)]
    assert mentions(rows)[5][0] == "KEN"


def test_people_counted_with_their_country_are_a_group_a_pronoun_can_stand_for():
    # 'Two Chinese officials arrived . They accused Kenya .'
    rows = [("Two", "two", "NUM", "nummod", 2, "CD"), ("Chinese", "Chinese", "ADJ", "amod", 2, "JJ"),
            ("officials", "official", "NOUN", "nsubj", 3, "NNS"), ("arrived", "arrive", "VERB", "ROOT", 3, "VBD"),
            (".", ".", "PUNCT", "punct", 3, "."),
            ("They", "they", "PRON", "nsubj", 6, "PRP"), ("accused", "accuse", "VERB", "ROOT", 6, "VBD"),
            ("Kenya", "Kenya", "PROPN", "dobj", 6), (".", ".", "PUNCT", "punct", 6, ".")]
    found = mentions(rows)
    assert found[2][0] == found[5][0] == "CHN"


def test_he_stands_for_a_title_the_knowledge_base_could_not_name_when_no_person_is_named():
    # 'Kenya 's president met Uganda 's leader . He criticised Sudan .'
    rows = [("Kenya", "Kenya", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0, "POS"), ("president", "president", "NOUN", "nsubj", 3),
            ("met", "meet", "VERB", "ROOT", 3, "VBD"), ("Uganda", "Uganda", "PROPN", "poss", 6), ("'s", "'s", "PART", "case", 4, "POS"),
            ("leader", "leader", "NOUN", "dobj", 3), (".", ".", "PUNCT", "punct", 3, "."),
            ("He", "he", "PRON", "nsubj", 9, "PRP"), ("criticised", "criticise", "VERB", "ROOT", 9, "VBD"),
            ("Sudan", "Sudan", "PROPN", "dobj", 9), (".", ".", "PUNCT", "punct", 9, ".")]
    assert mentions(rows)[8][0] == "KEN"
