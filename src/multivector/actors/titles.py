"""What the words beside a name say about it: the title before it, the appositive after it.

"Russian Foreign Minister Sergei Lavrov", "Nigeria's ambassador to the United
States, Adebowale Adefuye", "Amaka Eze, a security analyst in Lagos",
"Unocal, an American oil company": the head noun of the title gives the
sector; the country is the one the title belongs to, named by a modifier
('Russian', "Nigeria's"), by 'of X' or 'from X', or else by where the person
works ('in Lagos', 'at a Moscow institute'); never by 'to X' or 'with X',
which name the other side.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..document.parsed import TokenTable, entities_in, sentence_of, token_table
from .kb import KnowledgeBase

STOP_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "PERSON"}
MODIFIER_RANK, OF_RANK, PLACE_RANK = 0, 1, 2


@dataclass
class Title:
    """The words that describe a name, and the noun at their head ('minister', 'analyst', 'company')."""

    tokens: list[Token]
    head: Token
    before_name: bool


def noun_phrase(kb: KnowledgeBase, token: Token, table: Collection[str]) -> str | None:
    """The longest key of ``table`` ending at ``token``: 'secretary-general', 'foreign minister', 'minister'."""
    return noun_phrase_at(token_table(token.doc), token.i, table)


def noun_phrase_at(parse: TokenTable, i: int, table: Collection[str]) -> str | None:
    """``noun_phrase`` at position ``i`` of a Doc's ``TokenTable``: asked of every noun, it makes no Token."""
    return next((c for c in noun_phrases_at(parse, i) if c in table), None)


def noun_phrases_at(parse: TokenTable, i: int) -> list[str]:
    """The phrases ``noun_phrase_at`` looks up, longest first: made once for a noun looked up in several tables."""
    lower, lemma = parse.lower, parse.lemma
    candidates = []
    if i >= 2 and lower[i - 1] == "-":
        candidates.append(f"{lower[i - 2]}-{lower[i]}")
    if i >= 1 and parse.dep[i - 1] in ("compound", "amod") and parse.head[i - 1] == i:
        candidates += [f"{lemma[i - 1]} {lemma[i]}", f"{lower[i - 1]} {lemma[i]}", f"{lower[i - 1]} {lower[i]}"]
    candidates += [lemma[i], lower[i]]
    return candidates


def title_sector(kb: KnowledgeBase, head: Token) -> str | None:
    """The sector a title's head noun names, ELI when the title is a past office ('former president').

    A leader takes the sector of what they lead: 'leader of the opposition' is OPP, 'head of the army' MIL."""
    phrase = noun_phrase(kb, head, kb.sector_nouns)
    if phrase is None:
        return None
    sector = kb.sector_nouns[phrase]
    if phrase in kb.leader_nouns or phrase == "head":
        led = [kb.sector_nouns[p] for prep in head.children if prep.lower_ == "of" for t in prep.subtree if (p := noun_phrase(kb, t, kb.sector_nouns))]
        sector = next((s for s in led if s != "GOV"), sector)
    lower = token_table(head.doc).lower
    former = any(lower[k].strip("-") in kb.former_words for k in range(max(head.i - 4, sentence_of(head.doc, head.i).start), head.i))
    return "ELI" if former and sector == "GOV" else sector


def is_person_noun(kb: KnowledgeBase, token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and noun_phrase(kb, token, kb.person_nouns) is not None


def left_title(kb: KnowledgeBase, name: Span) -> Title | None:
    """The title written before a name, word by word up to a determiner, a verb or punctuation: 'Russian Foreign Minister'."""
    doc = name.doc
    tokens: list[Token] = []
    i, first = name.start - 1, sentence_of(doc, name.start).start
    while i >= first:
        tok = doc[i]
        hyphen = tok.text == "-" and tokens and i > first
        if "\n" in tok.whitespace_ or tok.ent_type_ in STOP_ENTS:
            break
        if not (hyphen or tok.pos_ in ("PROPN", "NOUN", "ADJ") or tok.tag_ == "POS"):
            break
        tokens.insert(0, tok)
        i -= 1
    nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or title_sector(kb, nouns[-1]) is None and not kb.non_state_nouns.get(nouns[-1].lemma_.lower()):
        return None
    return Title(tokens, nouns[-1], True)


def appositive_title(kb: KnowledgeBase, name: Span) -> Title | None:
    """The noun phrase set beside a name by commas: 'X, a security analyst in Lagos' or 'Nigeria's ambassador ..., X'."""
    root = name.root
    if root.dep_ == "appos" and root.head.i < name.start and root.head.pos_ == "NOUN" and _names_a_person(kb, root.head):
        head = root.head
        tokens = [t for t in head.subtree if t.i < name.start and t not in root.subtree and not t.is_punct]
        return Title(tokens, head, True)
    for child in root.children:
        after = child.right_edge.i + 1
        clause_subject = after < len(name.doc) and name.doc[after].pos_ in ("VERB", "AUX")  # 'X, the embassy said': a subject, not an appositive
        if child.dep_ == "appos" and child.i > name.end and child.pos_ == "NOUN" and not clause_subject and _names_a_person(kb, child):
            return Title([t for t in child.subtree if not t.is_punct], child, False)
    return None


def _names_a_person(kb: KnowledgeBase, head: Token) -> bool:
    """An appositive that says who someone is ('a security analyst', 'the ambassador'), not what happened ('the first visit')."""
    return title_sector(kb, head) is not None or is_person_noun(kb, head) or bool(kb.non_state_nouns.get(head.lemma_.lower()))


def title_of(kb: KnowledgeBase, name: Span) -> Title | None:
    return left_title(kb, name) or appositive_title(kb, name)


def _governing_prep(token: Token, title: Title) -> Token | None:
    """The preposition of the title under which ``token`` stands ('to' in 'ambassador to South Africa'), if any."""
    inside = {t.i for t in title.tokens} | {title.head.i}
    node = token
    while node.i != node.head.i and node.head.i in inside:
        if node.dep_ == "pobj" and node.head.pos_ == "ADP":
            return node.head
        node = node.head
        if node.i == title.head.i:
            break
    return None


def title_country(kb: KnowledgeBase, title: Title, mention_at) -> tuple[str | None, str | None]:
    """The country (and org) the title belongs to, as ``(code, org)``.

    ``mention_at(token)`` gives the actor already resolved at a token, if any.
    A modifier outranks 'of X', which outranks a place ('in Lagos'); 'to X' never counts.
    """
    best: tuple[int, str | None, str | None] | None = None
    for tok in title.tokens:
        prep = _governing_prep(tok, title)
        word = prep.lower_ if prep is not None else None
        if word in kb.foreign_preps:
            continue
        rank = MODIFIER_RANK if word is None else PLACE_RANK if word in kb.place_preps else OF_RANK
        actor = mention_at(tok)
        code, org = (actor.code, actor.org) if actor is not None and actor.code else (None, None)
        if code is None and tok.ent_type_ in ("GPE", "LOC") and tok.pos_ == "PROPN":
            code = kb.city_country(_entity_text(tok))
            rank = max(rank, PLACE_RANK)
        if code is not None and (best is None or rank < best[0]):
            best = (rank, code, org)
    return (best[1], best[2]) if best else (None, None)


def _entity_text(token: Token) -> str:
    """The whole named entity a token belongs to ('Kuala Lumpur' for 'Lumpur')."""
    for ent in entities_in(token.sent):
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text
