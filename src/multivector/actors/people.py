"""People named in a document: names the knowledge base knows, and others placed by the title beside them.

"Marat Tazhin, the Kazakh foreign minister": the knowledge base gives the person's office at the article's date;
a title the text sets beside a name places a person it does not know, or an office holder acting for another
body ('U.N. mediator Diego Cordovez'); a lone surname is the full name written elsewhere in the article.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from ..document.parsed import TokenTable, doc_text, entities, sentence_of, token_table
from ..model import ActorRef, Document
from .kb import RANK, KnowledgeBase, Person
from .mentions import MODIFIER_DEPS, NON_STATE_CODES, DocActors, in_byline, in_segment, sector_of, tokens_in
from .references import antecedent
from .titles import Title, is_person_noun, title_country, title_of, title_sector

def _person_actor(person: Person, date: str | None, text: str) -> ActorRef:
    term = person.term_at(date)
    return ActorRef(code=term.country, sector=term.sector, org=term.org, name=person.name, entity_text=text)


def defined_acronym(span: Span) -> bool:
    """'Municipality Association (AKK)': capitals in brackets after a name abbreviate that name, not a person's initials."""
    doc = span.doc
    return (len(span) == 1 and span.text.isupper() and span.start > 1 and span.end < len(doc)
            and doc[span.start - 1].text == "(" and doc[span.end].text == ")" and doc[span.start - 2].is_title)


def whole_name(kb: KnowledgeBase, ent: Span) -> Span:
    """A person's name with the given names the tagger left out ('said Gergely Nemeth' tagged 'Nemeth')."""
    start, first = ent.start, sentence_of(ent.doc, ent.start).start
    while start > first:
        tok = ent.doc[start - 1]
        if not (tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and tok.dep_ == "compound" and ent.start <= tok.head.i < ent.end):
            break
        if tok.text in kb.phrases or sector_of(kb, tok) or is_person_noun(kb, tok):
            break
        start -= 1
    last = ent.doc[ent.end - 1]
    end = ent.end - 1 if ent.end - start > 1 and (last.tag_ == "POS" or last.lower_ in ("'s", "’s")) else ent.end  # "Boko Haram's": not its 's
    return ent.doc[start : end]


def untagged_names(kb: KnowledgeBase, doc: Doc, acts: DocActors, names: list[Span]) -> list[Span]:
    """Proper names the tagger did not call PERSON that a person noun sets beside them ('the ambassador, Reuben Brigety')."""
    taken = {i for s in names for i in range(s.start, s.end)} | set(acts.by_token)
    out, pos = [], token_table(doc).pos
    for ent in entities(doc):
        if (ent.label_ == "PERSON" or not taken.isdisjoint(range(ent.start, ent.end))
                or not all(pos[k] == "PROPN" for k in range(ent.start, ent.end))):
            continue
        root = ent.root
        beside = [root.head] if root.dep_ == "appos" else []
        beside += [c for c in root.children if c.dep_ == "appos"]
        if ent.start > 0 and doc[ent.start - 1].head.i == root.i and doc[ent.start - 1].dep_ == "compound":
            beside.append(doc[ent.start - 1])
        if any(is_person_noun(kb, t) for t in beside):
            out.append(ent)
    return out + _known_surnames(kb, doc, taken | {k for e in out for k in range(e.start, e.end)})


def _known_surnames(kb: KnowledgeBase, doc: Doc, taken: set[int]) -> list[Span]:
    """A lone proper noun that only one office holder bears as a surname, which the tagger missed or took for an
    organisation ('Lavrov criticised ...', 'Modi met ...'): that person."""
    parse = token_table(doc)
    return [Span(doc, i, i + 1) for i in range(len(doc)) if parse.pos[i] == "PROPN" and i not in taken and doc[i].is_title
            and (doc[i].ent_iob_ == "O" or doc[i].ent_type_ in ("ORG", "NORP") and _lone_entity(doc, i)) and _stands_alone(parse, i)
            and kb.person(doc[i].text) is not None and kb.city_country(doc[i].text) is None]


def _stands_alone(parse: TokenTable, i: int) -> bool:
    """Not a word of a longer proper name ('the Montenegro Municipality Association'), but one that acts or is acted on."""
    return parse.dep[i] in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj") and not any(
        parse.dep[c] == "compound" and parse.pos[c] == "PROPN" for c in parse.children[i])


def _lone_entity(doc: Doc, i: int) -> bool:
    """Token ``i`` is a whole entity of one word."""
    return doc[i].ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")


def _name_text(kb: KnowledgeBase, span: Span) -> tuple[str, int]:
    """A name without an honorific before it ('Mr Putin') or its possessive ending, and the token where it ends."""
    possessive = span[-1].text in ("'s", "’s")
    text = re.sub(r"['’]s$", "", span.text).strip()
    first, _, rest = text.partition(" ")
    return (rest if first in kb.honorifics and rest else text), span.end - (1 if possessive else 0)


def add_people(kb: KnowledgeBase, acts: DocActors, doc: Doc, names: list[Span], document: Document, date: str | None) -> None:
    """Names the knowledge base knows first, then other full names, then lone surnames, so that a surname in a headline finds its full name.

    A person the knowledge base does not know is placed by the first title any of their mentions carries."""
    read = [_name_text(kb, span) for span in names]  # kept for _add_person
    texts = [text for text, _ in read]
    full_names = [t for t in texts if len(t.split()) > 1]

    def full_name(text: str) -> str:
        return text if len(text.split()) > 1 else next((f for f in full_names if f.split()[-1] == text), text)

    own = [title_of(kb, doc[span.start : end]) for span, (_, end) in zip(names, read)]  # read once, kept for _add_person
    titles: dict[str, list[Title]] = {}
    for text, title in zip(texts, own):
        if title is not None:
            titles.setdefault(full_name(text), []).append(title)

    def order(item: tuple[Span, tuple[str, int], Title | None]) -> tuple[bool, bool, int]:
        span, (text, _), _ = item
        known = text in kb.persons or text.split()[-1] in kb.surnames
        return (not known, len(text.split()) == 1, span.start)

    for span, (text, end), title in sorted(zip(names, read, own), key=order):
        _add_person(kb, acts, doc, span, text, end, document, date, title, titles.get(full_name(text), []))


def add_untagged_surnames(acts: DocActors, doc: Doc) -> None:
    """A surname the tagger did not mark ('Orlov flies to Ankara') is the person named in full elsewhere in the article;
    so is a given name that only one of them carries and no one bears as a surname ('Abiy' after Abiy Ahmed)."""
    full = [(name.split(), actor) for name, actor in acts.people.items() if len(name.split()) > 1 and actor.code]
    by_surname = {parts[-1]: actor for parts, actor in full}
    given = Counter(parts[0] for parts, _ in full)
    by_surname |= {parts[0]: actor for parts, actor in full if given[parts[0]] == 1 and parts[0] not in by_surname}
    text, parse = doc_text(doc), token_table(doc)
    for i in tokens_in(doc, {surname.lower() for surname in by_surname}):  # the tokens spelt as a surname, in any case
        actor = by_surname.get(text[parse.idx[i] : parse.idx[i] + parse.length[i]])
        if actor is not None and parse.pos[i] == "PROPN" and i not in acts.by_token:
            acts.add(doc, i, i + 1, ActorRef(actor.code, actor.sector, actor.org, actor.name), "person")


def _pick_person(kb: KnowledgeBase, candidates: list[Person], context: str) -> Person | None:
    """Among people sharing a surname, the one whose full name the article spells out, else the highest office."""
    low = context.lower()
    named = [p for p in candidates if p.name.lower() in low or any(a.lower() in low for a in p.aliases if " " in a)]
    if len(named) == 1:
        return named[0]
    pool = named or candidates
    return min(pool, key=lambda p: RANK.get(p.principal.role_kind, len(RANK))) if pool else None


def _add_person(kb: KnowledgeBase, acts: DocActors, doc: Doc, span: Span, text: str, end: int, document: Document,
                date: str | None, title: Title | None, titles: list[Title]) -> None:
    """Record a name (``text`` and ``end``: its ``_name_text``), placed by its own ``title`` (``title_of`` the name) or
    else by the first of ``titles``."""
    name = doc[span.start : end]
    known = acts.people.get(text) or next((a for n, a in acts.people.items() if n.split()[-1] == text.split()[-1] and len(text.split()) == 1), None)
    if known is not None:
        actor = ActorRef(known.code, known.sector, known.org, known.name)
    else:
        person = kb.persons.get(text) or _pick_person(kb, kb.surnames.get(text.split()[-1], []), document.text)
        if person is not None and _names_person(kb, text, person):
            actor = _person_actor(person, date, text)
            if title is not None:
                actor = _as_titled(kb, acts, person, actor, title)
        elif in_byline(document, text):
            actor = ActorRef(code=None, sector="JRN", name=text)  # the writer or the outlet
        else:
            actor = _titled_actor(kb, acts, doc, document, title or next(iter(titles), None), text)
        acts.people[actor.name or text] = actor
    if title is not None and actor.name:
        acts.titles.setdefault(actor.name, set()).add(title.head.lemma_.lower())
    start = title.tokens[0].i if title is not None and title.before_name and title.tokens[-1].i == name.start - 1 else name.start
    acts.add(doc, start, end, actor, "person")
    if title is not None and start == name.start and title.head.i not in acts.by_token:
        head_start = min([title.head.i] + [c.i for c in title.head.children if c.dep_ in MODIFIER_DEPS and c.i < title.head.i])
        acts.add(doc, head_start, title.head.i + 1, ActorRef(actor.code, actor.sector, actor.org, actor.name), "person")


def _names_person(kb: KnowledgeBase, text: str, person: Person) -> bool:
    """A surname alone, the name or an alias in full, or the same given name and surname; a middle name written
    differently is another person ('Hassan Abdi Farah' is not 'Hassan Abshir Farah')."""
    words = text.split()
    if len(words) == 1 or text in (person.name, *person.aliases):
        return True
    if len(words) > 2 and all(len(n.split()) > 2 and n.split()[1:-1] != words[1:-1] for n in (person.name, *person.aliases)):
        return False
    return words[0] in _given_names(kb, person)


def _given_names(kb: KnowledgeBase, person: Person) -> set[str]:
    """The first words of a person's name and aliases that are names ('Raul' of 'Raul Castro'), not titles ('King'
    of 'King Abdullah bin Abdulaziz', 'Sheikh' of 'Sheikh Hamad bin Isa')."""
    titles = kb.person_nouns | kb.honorifics | {"sheikh", "prince", "princess", "queen", "sultan", "crown"}
    return {first for n in (person.name, *person.aliases) if (first := n.split()[0]).lower() not in titles and first not in titles}


def _as_titled(kb: KnowledgeBase, acts: DocActors, person: Person, actor: ActorRef, title: Title) -> ActorRef:
    """A known person as the text's title places them in this story: 'U.N. mediator Diego Cordovez' acts for the UN,
    'NATO Secretary-General Jens Stoltenberg' for NATO, 'Senator John Kerry' from the legislature."""
    code, org = title_country(kb, title, acts.actor_at)
    said = title_sector(kb, title.head)
    if code and (code, org) != (actor.code, actor.org):
        term = next((t for t in person.terms if t.country == code and (code != "IGO" or t.org == org)), None)
        sector = None if code == "IGO" else term.sector if term else said or actor.sector
        return ActorRef(code=code, sector=sector, org=org, name=actor.name, entity_text=actor.entity_text)
    if said and actor.code != "IGO":
        actor.sector = said
    return actor


def _titled_actor(kb: KnowledgeBase, acts: DocActors, doc: Doc, document: Document, title: Title | None, text: str) -> ActorRef:
    """A person the knowledge base does not know, placed by their title.

    A title with no country named is that of an earlier 'the US ambassador', else an office of the state the article reports from."""
    if title is None:
        return ActorRef(code=None, name=text)
    sector = title_sector(kb, title.head)
    code, org = title_country(kb, title, acts.actor_at)
    owner = next((c for c in title.head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if code is None and owner is not None and (named := antecedent(acts, doc, owner.i, {"state", "org"})) is not None:
        code, org = named.actor.code, named.actor.org  # 'The Kremlin played it down. Its spokesman, Dmitry Peskov, ...'
    if code is None:
        code = _same_title_earlier(acts, doc, title.head)
    if code is None and sector is not None:
        code = _focal_country(kb, acts, doc, document)
    if code == "IGO":
        sector = None
    return ActorRef(code=code, sector=sector, org=org, name=text)


def _same_title_earlier(acts: DocActors, doc: Doc, head: Token) -> str | None:
    """The country of the same title written earlier with its country ('the US ambassador' ... 'Ambassador Mike Raynor')."""
    parse = token_table(doc)
    for k in range(head.i - 1, -1, -1):
        if parse.lemma[k] == parse.lemma[head.i]:
            owner = next((m.actor for c in parse.children[k] if parse.dep[c] in MODIFIER_DEPS and (m := acts.by_token.get(c))), None)
            if owner is not None and owner.code:
                return owner.code
    return None


def dateline_country(kb: KnowledgeBase, document: Document) -> str | None:
    """The country of the city the article's dateline names ('MANILA, Oct 20 (Reuters) -')."""
    for seg in document.segments:
        if seg.kind == "dateline":
            place = document.text[seg.start : seg.end].split(",")[0].strip().title()
            entry = kb.phrases.get(place)
            code = entry.code if entry is not None and entry.kind in ("seat", "country") else kb.city_country(place)
            if code:
                return code
    return None


def _focal_country(kb: KnowledgeBase, acts: DocActors, doc: Doc, document: Document) -> str | None:
    """The state the article reports from: its dateline's city, else the first state of its headline, else the state it names most."""
    if acts.dateline:
        return acts.dateline
    states = [m for m in acts.mentions if m.kind == "state" and m.actor.code and m.actor.code not in NON_STATE_CODES]
    headline = [m.actor.code for m in states if in_segment(document, m.start, "title") or in_segment(document, m.start, "standfirst")]
    if headline:
        return headline[0]
    counts = Counter(m.actor.code for m in states)
    return counts.most_common(1)[0][0] if counts else None
