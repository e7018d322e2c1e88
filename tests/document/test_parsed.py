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


def test_a_stretch_of_a_subtree_comes_in_subtree_order_even_where_the_parse_crosses_itself():
    # 'reports came today of talks': 'of talks' hangs on 'reports' across the verb (a non-projective parse), so the
    # subtree of 'came' reads 'reports of talks' before 'today'
    words = ["reports", "today", "came", "of", "talks"]
    heads = [2, 2, 2, 0, 3]
    deps = ["nsubj", "npadvmod", "ROOT", "prep", "pobj"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    table = token_table(doc)
    assert table.ordered_subtree(2) == [0, 3, 4, 1, 2]
    for root in range(len(doc)):
        for start in range(len(doc)):
            for end in range(start, len(doc) + 1):
                whole = [i for i in table.ordered_subtree(root) if start <= i < end]
                assert table.ordered_subtree_among(root, start, end) == whole
                assert whole == [t.i for t in doc[root].subtree if start <= t.i < end]
