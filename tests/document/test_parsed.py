"""The TokenTable reads the parse as spaCy's Tokens do, on parses built by hand."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.document.parsed import sentence_of, token_table


def test_conjuncts_are_those_of_the_token_in_the_same_order():
    # 'Russia, China and Iran met Turkey and Iraq, and Egypt and Jordan protested': nested and separate coordinations
    words = ["Russia", ",", "China", "and", "Iran", "met", "Turkey", "and", "Iraq", ",", "and", "Egypt", "and", "Jordan", "protested"]
    heads = [5, 0, 0, 2, 2, 5, 5, 6, 6, 5, 5, 14, 11, 11, 5]
    deps = ["nsubj", "punct", "conj", "cc", "conj", "ROOT", "dobj", "cc", "conj", "punct", "cc", "nsubj", "cc", "conj", "conj"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    table = token_table(doc)
    for token in doc:
        assert table.conjuncts(token.i) == tuple(c.i for c in token.conjuncts), token.text


def test_a_token_s_sentence_is_the_one_spacy_gives():
    words = ["Russia", "protested", ".", "China", "agreed", ".", "Iran", "waited", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 4, 4, 7, 7, 7], deps=["nsubj", "ROOT", "punct"] * 3)
    for token in doc:
        assert (sentence_of(doc, token.i).start, sentence_of(doc, token.i).end) == (token.sent.start, token.sent.end)


def test_the_words_are_spacy_s_from_doc_to_doc_and_once_the_spellings_are_emptied(monkeypatch):
    import multivector.document.parsed as parsed

    vocab = Vocab()
    texts = [["Russia", "Protested", "the", "Talks", "."], ["The", "talks", "resumed", "in", "Astana", "."]]
    for kept in (parsed.SPELLINGS_KEPT, 0):  # 0: emptied before every new word
        monkeypatch.setattr(parsed, "SPELLINGS_KEPT", kept)
        for words in texts:
            doc = Doc(vocab, words=words, lemmas=[w.upper() for w in words], pos=["PROPN"] + ["NOUN"] * (len(words) - 1),
                      deps=["ROOT"] + ["dep"] * (len(words) - 1), heads=[0] * len(words))
            table = token_table(doc)
            assert list(table.lower) == [t.lower_ for t in doc] and list(table.lemma) == [t.lemma_.lower() for t in doc]
            assert list(table.pos) == [t.pos_ for t in doc] and list(table.dep) == [t.dep_ for t in doc]
            assert list(table.tag) == [t.tag_ for t in doc] and list(table.ent_type) == [t.ent_type_ for t in doc]
