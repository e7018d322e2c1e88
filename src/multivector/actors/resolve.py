"""Find the actors of one parsed document and link every mention to an ``ActorRef``.

Order of evidence: the knowledge base (names, aliases, capitals, adjectives);
then the text itself ("Marat Tazhin, the Kazakh foreign minister": an
appositive or a title gives country and sector); then discourse: surnames,
"the Kazakh leader" and pronouns link back to an actor named earlier, the
subject of a clause being the likelier antecedent (centering).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..model import ActorRef, Document, Mention
from .kb import Entry, KnowledgeBase, Person, load_kb

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
SINGLE_PERSON_NOUNS = {"leader", "president", "prime minister", "premier", "foreign minister", "minister", "chancellor", "king", "head", "envoy", "ambassador"}
ROLE_RANK = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2, "head_of_organisation": 3, "deputy_foreign_minister": 4}


@dataclass
class DocActors:
    """The actors of one document: by token, in order, and the people named."""

    by_token: dict[int, Mention] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    people: dict[str, ActorRef] = field(default_factory=dict)

    def add(self, doc: Doc, start: int, end: int, actor: ActorRef, kind: str) -> Mention:
        span = doc[start:end]
        mention = Mention(actor, span.start_char, span.end_char, kind)
        actor.start, actor.end = span.start_char, span.end_char
        actor.entity_text = actor.entity_text or span.text
        self.mentions.append(mention)
        for i in range(start, end):
            self.by_token[i] = mention
        return mention

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)


@lru_cache(maxsize=4)
def _matcher(vocab) -> PhraseMatcher:
    kb = load_kb()
    matcher = PhraseMatcher(vocab, attr="ORTH")
    from spacy.lang.en import English

    tokenizer = English().tokenizer
    patterns = [tokenizer(phrase) for phrase in kb.phrases]
    matcher.add("KB", patterns)
    return matcher


def _phrase(kb: KnowledgeBase, span: Span) -> Entry | None:
    return kb.phrases.get(span.text) or kb.phrases.get(" ".join(t.text for t in span))


def sector_of(kb: KnowledgeBase, token: Token) -> str | None:
    """The PLOVER sector a head noun names ('foreign minister' → GOV), or None."""
    left = token.doc[token.i - 1] if token.i > 0 else None
    if left is not None and left.dep_ in ("compound", "amod"):
        two = f"{left.lemma_.lower()} {token.lemma_.lower()}"
        if two in kb.sector_nouns:
            return kb.sector_nouns[two]
    return kb.sector_nouns.get(token.lemma_.lower()) or kb.sector_nouns.get(token.text.lower())


def _person_actor(person: Person, date: str | None, text: str) -> ActorRef:
    term = person.term_at(date)
    return ActorRef(code=term.country, sector=term.sector, org=term.org, name=person.name, entity_text=text)


def _entry_actor(kb: KnowledgeBase, entry: Entry, text: str, date: str | None) -> ActorRef:
    if entry.kind == "person":
        return _person_actor(kb.persons[entry.name], date, text)
    if entry.kind == "igo":
        return ActorRef(code="IGO", org=entry.org, name=entry.org, entity_text=text)
    sector = entry.sector
    if entry.kind in ("country", "seat"):
        sector = "GOV"
    return ActorRef(code=entry.code, sector=sector, org=entry.org, name=entry.name, entity_text=text)


def _pick_person(kb: KnowledgeBase, candidates: list[Person], context: str) -> Person | None:
    """Among people sharing a surname, the one whose full name the article spells out, else the highest office."""
    low = context.lower()
    named = [p for p in candidates if p.name.lower() in low or any(a.lower() in low for a in p.aliases if " " in a)]
    if len(named) == 1:
        return named[0]
    pool = named or candidates
    return min(pool, key=lambda p: min(ROLE_RANK.get(t.role_kind, 9) for t in p.terms)) if pool else None


def _context_of(kb: KnowledgeBase, acts: DocActors, tokens: list[Token]) -> tuple[str | None, str | None, str | None]:
    """Country, org and sector told by the tokens around a name (title, appositive, 'of the USA')."""
    code = org = sector = None
    for tok in tokens:
        mention = acts.at(tok)
        if mention and mention.kind != "person" and code is None:
            code, org = mention.actor.code, mention.actor.org
            sector = sector or (mention.actor.sector if mention.kind in ("group",) else None)
        if sector is None and tok.pos_ in ("NOUN", "PROPN"):
            sector = sector_of(kb, tok)
    return code, org, sector


def _np_tokens(token: Token) -> list[Token]:
    """A noun's modifiers and its 'of ...' chain, not its clauses."""
    out = []
    stack = [token]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod", "prep", "pobj", "appos") and not (child.dep_ == "prep" and child.lower_ not in ("of", "at", "from", "in")):
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


def resolve_mentions(document: Document, doc: Doc, *, date: str | None = None, kb: KnowledgeBase | None = None) -> DocActors:
    kb = kb or load_kb()
    acts = DocActors()
    matcher = _matcher(doc.vocab)
    spans = filter_spans([doc[s:e] for _, s, e in matcher(doc)] + [e for e in doc.ents if e.label_ == "PERSON"])
    whole_text = document.text
    for span in spans:
        entry = _phrase(kb, span)
        text = span.text
        if entry is None and span.label_ == "PERSON":
            _add_person(kb, acts, doc, span, whole_text, date)
            continue
        if entry is None:
            continue
        if entry.kind == "adjective":
            head = span.root.head if span.root.dep_ in ("amod", "compound") else None
            if head is not None and head.i >= span.end and sector_of(kb, head):
                continue  # handled below as 'Russian military'
        acts.add(doc, span.start, span.end, _entry_actor(kb, entry, text, date), _kind(entry))
    _add_group_nouns(kb, acts, doc)
    _resolve_pronouns(acts, doc)
    return acts


def _kind(entry: Entry) -> str:
    return {"person": "person", "igo": "org", "group": "org"}.get(entry.kind, "state")


def _add_person(kb: KnowledgeBase, acts: DocActors, doc: Doc, span: Span, whole_text: str, date: str | None) -> None:
    text = re.sub(r"['’]s$", "", span.text).strip()
    end = span.end - (1 if span[-1].text in ("'s", "’s") else 0)
    known = acts.people.get(text) or next((a for n, a in acts.people.items() if n.split()[-1] == text), None)
    if known is not None:
        acts.add(doc, span.start, end, ActorRef(known.code, known.sector, known.org, known.name), "person")
        return
    person = kb.persons.get(text) or _pick_person(kb, kb.surnames.get(text.split()[-1], []), whole_text)
    if person is not None and (len(text.split()) == 1 or person.name.split()[0] == text.split()[0]):
        actor = _person_actor(person, date, text)
    else:
        near = [t for t in span.root.children if t.dep_ == "appos"] + ([span.root.head] if span.root.dep_ == "appos" else [])
        near += [t for t in doc[max(span.start - 4, span.sent.start) : span.start] if t.dep_ in ("compound", "amod")]
        tokens = [t for n in near for t in _np_tokens(n)]
        code, org, sector = _context_of(kb, acts, tokens)
        actor = ActorRef(code=code, sector=sector, org=org, name=text)
    acts.people[actor.name or text] = actor
    acts.add(doc, span.start, end, actor, "person")


def _add_group_nouns(kb: KnowledgeBase, acts: DocActors, doc: Doc) -> None:
    """'the Russian military', 'American oil companies', 'the Kazakh leader', 'the head of the State Department'."""
    for tok in doc:
        if tok.i in acts.by_token or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        sector = sector_of(kb, tok)
        if sector is None:
            continue
        modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i]
        mention = next((acts.at(c) for c in modifiers if acts.at(c) and acts.at(c).kind != "person"), None)
        start = min([tok.i] + [c.i for c in modifiers])
        if mention is None:
            mention = _adjective_here(kb, acts, doc, modifiers)
        if mention is None:
            of_chain = [t for t in _np_tokens(tok) if t.i > tok.i and acts.at(t) and acts.at(t).kind != "person"]
            mention = acts.at(of_chain[0]) if of_chain else None
            start = tok.i
        if mention is None:
            continue
        actor = ActorRef(code=mention.actor.code, sector=sector, org=mention.actor.org, name=None)
        lemma = tok.lemma_.lower()
        if lemma in SINGLE_PERSON_NOUNS and tok.tag_ in ("NN", "NNP"):
            linked = _last_person(acts, doc, tok, mention.actor.code)
            if linked is not None:
                actor = ActorRef(linked.code, linked.sector, linked.org, linked.name)
        if actor.name is None:
            actor.name = f"{kb.country_name(actor.code) if actor.code != 'IGO' else actor.org} ({sector})"
        acts.add(doc, start, tok.i + 1, actor, "person" if actor.name in acts.people else "state")


def _adjective_here(kb: KnowledgeBase, acts: DocActors, doc: Doc, modifiers: list[Token]) -> Mention | None:
    for c in modifiers:
        entry = kb.phrases.get(c.text)
        if entry and entry.kind in ("adjective", "country", "seat"):
            return acts.add(doc, c.i, c.i + 1, _entry_actor(kb, entry, c.text, None), "state")
    return None


def _last_person(acts: DocActors, doc: Doc, tok: Token, code: str | None) -> ActorRef | None:
    for mention in reversed(acts.mentions):
        if mention.kind == "person" and mention.start < tok.idx and mention.actor.code == code and mention.actor.name in acts.people:
            return mention.actor
    return None


def _is_subject(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and (span.root.dep_ in SUBJECT_DEPS or (span.root.dep_ == "appos" and span.root.head.dep_ in SUBJECT_DEPS))


def antecedent(acts: DocActors, doc: Doc, pronoun: Token, kinds: set[str]) -> Mention | None:
    """The mention a pronoun points to: a governing subject in its own sentence, else the nearest earlier sentence's subject, else its latest mention."""
    sent = pronoun.sent
    ancestors = {a.i for a in pronoun.ancestors}
    same = [m for m in acts.mentions if m.kind in kinds and sent.start_char <= m.start < pronoun.idx]
    for mention in reversed(same):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in SUBJECT_DEPS and span.root.head.i in ancestors:
            return mention
    sents = [s for s in doc.sents if s.end_char <= sent.start_char and s.text.strip()]
    for previous in reversed(sents[-3:]):
        inside = [m for m in acts.mentions if m.kind in kinds and previous.start_char <= m.start < previous.end_char]
        subjects = [m for m in inside if _is_subject(doc, m)]
        if subjects or inside:
            return (subjects or inside)[-1]
    return None


def _resolve_pronouns(acts: DocActors, doc: Doc) -> None:
    pending = sorted((t for t in doc if t.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS), key=lambda t: t.i)
    for tok in pending:
        if tok.i in acts.by_token or (tok.lower_ == "it" and tok.dep_ in ("expl", "dobj") ):
            continue
        word = tok.lower_
        kinds = {"person"} if word in PERSON_PRONOUNS else {"state", "org"}
        target = antecedent(acts, doc, tok, kinds)
        if target is not None:
            actor = target.actor
            acts.add(doc, tok.i, tok.i + 1, ActorRef(actor.code, actor.sector, actor.org, actor.name), target.kind)
        acts.mentions.sort(key=lambda m: m.start)
