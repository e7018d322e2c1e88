"""Organisation memberships and chairs that the text asserts.

"Kazakhstan is a member of the Customs Union and the Eurasian Union" gives two
memberships; "Kazakhstan ... is due to lead the OSCE in 2010" a chair.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..actors.mentions import DocActors
from ..document.parsed import token_table
from ..model import Document, Membership

MEMBER_NOUNS = {"member": "member", "founder": "founding member", "chair": "chair", "chairman": "chair", "observer": "observer"}
CHAIR_VERBS = {"lead", "chair", "head", "preside"}


def _orgs(acts: DocActors, token: Token) -> list[str]:
    out = []
    for tok in [token] + list(token.conjuncts):
        for t in tok.subtree:
            mention = acts.at(t)
            if mention and mention.actor.code == "IGO" and mention.actor.org not in out:
                out.append(mention.actor.org)
                break
    return out


def _members(acts: DocActors, token: Token) -> list[str]:
    out = []
    for tok in [token] + list(token.conjuncts):
        mention = acts.at(tok)
        if mention and mention.actor.code and mention.actor.code not in ("IGO", "NGO", "MNC") and mention.actor.code not in out:
            out.append(mention.actor.code)
    return out


def _candidates(doc: Doc) -> list[Token]:
    """The tokens whose lemma is a member noun or a chair verb, in order: the lemmas as the ``TokenTable`` spells them,
    a Token made only for those."""
    return [doc[i] for i, lemma in enumerate(token_table(doc).lemma) if lemma in CUE_LEMMAS]


CUE_LEMMAS = set(MEMBER_NOUNS) | CHAIR_VERBS


def extract_memberships(document: Document, doc: Doc, acts: DocActors) -> list[Membership]:
    found: list[Membership] = []
    for tok in _candidates(doc):
        role = None
        org_heads: list[Token] = []
        subject = None
        lemma = tok.lemma_.lower()
        if lemma in MEMBER_NOUNS and tok.dep_ in ("attr", "appos"):
            role = MEMBER_NOUNS[lemma]
            org_heads = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in")]
            verb = tok.head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if tok.dep_ == "attr" else verb
        elif lemma in CHAIR_VERBS and tok.pos_ == "VERB":
            role = "chair"
            org_heads = [c for c in tok.children if c.dep_ == "dobj"]
            node = tok
            while subject is None and node is not None:
                subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                node = node.head if node.head.i != node.i else None
        if not role or subject is None:
            continue
        members = _members(acts, subject)
        orgs = [o for h in org_heads for o in _orgs(acts, h)]
        years = re.findall(r"\b(?:19|20)\d\d\b", tok.sent.text)
        since = until = years[0] if role == "chair" and years else None
        for member in members:
            for org in orgs:
                found.append(
                    Membership(document.doc_id, member, org, role, tok.sent.text.strip(), tok.sent.start_char, tok.sent.end_char, since, until)
                )
    unique = {(m.member, m.organization, m.role): m for m in found}
    return list(unique.values())
