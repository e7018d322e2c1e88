"""Quotes and their speakers, on parses built by hand."""

from multivector.actors import resolve_mentions
from multivector.events import extract_quotes

from .test_coder_handbuilt import parsed


def test_a_quote_belongs_to_the_subject_of_its_clause_before_the_paragraph_s_first_speaker():
    # 'Lavrov said the talks went well . Wang Yi called the talks " very good indeed " .'
    rows = [("Lavrov", "Lavrov", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("talks", "talk", "NOUN", "NNS", "nsubj", 4),
            ("went", "go", "VERB", "VBD", "ccomp", 1), ("well", "well", "ADV", "RB", "advmod", 4), (".", ".", "PUNCT", ".", "punct", 1),
            ("Wang", "Wang", "PROPN", "NNP", "compound", 8), ("Yi", "Yi", "PROPN", "NNP", "nsubj", 9),
            ("called", "call", "VERB", "VBD", "ROOT", 9), ("the", "the", "DET", "DT", "det", 11),
            ("talks", "talk", "NOUN", "NNS", "dobj", 9), ('"', '"', "PUNCT", "``", "punct", 14),
            ("very", "very", "ADV", "RB", "advmod", 14), ("good", "good", "ADJ", "JJ", "oprd", 9),
            ("indeed", "indeed", "ADV", "RB", "advmod", 14), ('"', '"', "PUNCT", "''", "punct", 14), (".", ".", "PUNCT", ".", "punct", 9)]
    ents = ["B-PERSON", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 9
    document, doc = parsed(rows, ents=ents)
    quotes = extract_quotes(document, doc, resolve_mentions(document, doc))
    assert [(q.text, q.speaker.code if q.speaker else None) for q in quotes] == [("very good indeed", "CHN")]


def test_a_word_or_two_in_quotation_marks_is_a_quote_only_when_its_clause_names_who_says_it():
    def quotes_of(subject, ent):
        # '<subject> declared his " separation " .'
        rows = [(subject, subject, "PROPN", "NNP", "nsubj", 1), ("declared", "declare", "VERB", "VBD", "ROOT", 1),
                ("his", "his", "PRON", "PRP$", "poss", 4), ('"', '"', "PUNCT", "``", "punct", 4),
                ("separation", "separation", "NOUN", "NN", "dobj", 1), ('"', '"', "PUNCT", "''", "punct", 4),
                (".", ".", "PUNCT", ".", "punct", 1)]
        document, doc = parsed(rows, ents=[ent] + ["O"] * 6)
        return [(q.text, q.speaker.code if q.speaker else None) for q in extract_quotes(document, doc, resolve_mentions(document, doc))]
    assert quotes_of("Lavrov", "B-PERSON") == [("separation", "RUS")]
    assert quotes_of("Parliament", "O") == []


def test_an_interview_answer_is_quoted_whole_for_the_person_interviewed():
    from multivector.document.clean import clean
    from multivector.model import Article
    from multivector.nlp import load_nlp
    from multivector.document.clean import parse_text

    text = ("We asked Sergey Lavrov about the talks.\n\nQ: Why now?\n\n"
            "A: Because the time had come. Both sides were ready. Nobody wanted to wait.\n\nQ: And next?\n")
    document = clean(Article(doc_id="i", text=text))
    doc = load_nlp()(parse_text(document))
    quotes = extract_quotes(document, doc, resolve_mentions(document, doc))
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Because the time had come. Both sides were ready. Nobody wanted to wait.", "Sergey Lavrov")]
