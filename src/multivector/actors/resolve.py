"""Find the actors of one parsed document and link every mention to an ``ActorRef``.

Order of evidence: the knowledge base (countries, capitals, organisations,
office holders); then the text itself: a title or appositive beside a name
gives country and sector ("Marat Tazhin, the Kazakh foreign minister"), the
head noun of an organisation's name gives its sector ("... Party": PTY), a
group noun takes the country of its modifier ("Russian troops"); then
discourse: surnames, "the ambassador", "the ministry" and pronouns link back
to an actor named earlier, the subject of a clause being the likelier
antecedent (centering).

A reader counts one actor for each country and sector that common nouns
describe: "Nigeria", "Abuja" and "Nigerian officials" are Nigeria's
government, named as the country; "Russian troops" and later "the Russian
army" are one actor, named by its first mention.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from spacy.attrs import LOWER, ORTH, POS
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..model import ActorRef, Document, Mention
from .kb import RANK, Entry, KnowledgeBase, Person, load_kb
from .titles import (
    Title,
    is_person_noun,
    noun_phrase,
    title_country,
    title_of,
    title_sector,
)

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
THING_PRONOUNS = {"it", "its"}
PLURAL_PRONOUNS = {"they", "them", "their"}
ALL_PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
SPEAKER_PRONOUNS = {"i", "me", "my", "we", "us", "our"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
MODIFIER_DEPS = ("amod", "compound", "poss", "nmod")
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
HOME_SECTORS = {"LEG", "JUD", "COP"}  # sectors that act inside their own country
NON_STATE_CODES = {"IGO", "NGO", "MNC"}
DETERMINERS = {"the", "a", "an"}


@dataclass
class DocActors:
    """The actors of one document: by token, in order, the people named and the titles they carry."""

    by_token: dict[int, Mention] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    people: dict[str, ActorRef] = field(default_factory=dict)
    titles: dict[str, set[str]] = field(default_factory=dict)
    names: dict[tuple[str, str | None], str] = field(default_factory=dict)
    interviewee: ActorRef | None = None  # in an interview, whose answers these are
    sentences: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)  # (start, end) chars of the
    # sentences that hold text, read once from the parse (``sentence_bounds``), not once a pronoun

    def sentence_bounds(self, doc: Doc) -> list[tuple[int, int]]:
        if self.sentences is None:
            text = doc.text  # a sentence's text is its slice of the document's (``Span.text`` joins its tokens anew)
            self.sentences = [(s.start_char, s.end_char) for s in doc.sents if text[s.start_char : s.end_char].strip()]
        return self.sentences

    def add(self, doc: Doc, start: int, end: int, actor: ActorRef, kind: str) -> Mention:
        """Record a mention; a mention it wholly covers ('Russian' inside 'Russian troops') gives way."""
        span = doc[start:end]
        mention = Mention(actor, span.start_char, span.end_char, kind)
        actor.start, actor.end = span.start_char, span.end_char
        actor.entity_text = actor.entity_text or span.text
        covered = {id(m) for i in range(start, end) if (m := self.by_token.get(i)) and m.start >= mention.start and m.end <= mention.end}
        if covered:
            self.mentions = [m for m in self.mentions if id(m) not in covered]
        self.mentions.append(mention)
        for i in range(start, end):
            self.by_token[i] = mention
        return mention

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def actor_at(self, token: Token) -> ActorRef | None:
        mention = self.by_token.get(token.i)
        return mention.actor if mention else None

    def name_of(self, key: str, sector: str | None, default: str) -> str:
        """The one name of the actor that common nouns describe for this country (or org) and sector."""
        return self.names.setdefault((key, sector), default)


@lru_cache(maxsize=4)
def _matcher(vocab) -> PhraseMatcher:
    kb = load_kb()
    matcher = PhraseMatcher(vocab, attr="ORTH")
    from spacy.lang.en import English

    tokenizer = English().tokenizer
    patterns = [tokenizer(phrase) for phrase in kb.phrases]
    matcher.add("KB", patterns)
    return matcher


def warm_up(vocab) -> None:
    """Build the phrase matcher of the knowledge base's names for ``vocab`` before the first document."""
    _matcher(vocab)


def _phrase(kb: KnowledgeBase, span: Span) -> Entry | None:
    return kb.phrases.get(span.text) or kb.phrases.get(" ".join(t.text for t in span))


def sector_of(kb: KnowledgeBase, token: Token) -> str | None:
    """The PLOVER sector a head noun names ('foreign minister' → GOV), or None."""
    phrase = noun_phrase(kb, token, kb.sector_nouns)
    return kb.sector_nouns[phrase] if phrase else None


def _bare(span: Span) -> str:
    """A mention's text as a name: without a leading article or a trailing possessive."""
    words = list(span)
    while words and (words[0].lower_ in DETERMINERS or words[0].tag_ in ("PRP$", "CD")):
        words = words[1:]
    if words and words[-1].tag_ == "POS":
        words = words[:-1]
    return span.doc[words[0].i : words[-1].i + 1].text if words else span.text


def _person_actor(person: Person, date: str | None, text: str) -> ActorRef:
    term = person.term_at(date)
    return ActorRef(code=term.country, sector=term.sector, org=term.org, name=person.name, entity_text=text)


def _entry_actor(kb: KnowledgeBase, acts: DocActors, entry: Entry, span: Span) -> ActorRef:
    if entry.kind == "igo":
        return ActorRef(code="IGO", org=entry.org, name=acts.name_of(entry.org, None, _bare(span)), entity_text=span.text)
    if entry.kind in ("country", "seat", "adjective"):
        return ActorRef(code=entry.code, sector="GOV", name=acts.name_of(entry.code, "GOV", entry.name), entity_text=span.text)
    return ActorRef(code=entry.code, sector=entry.sector, org=entry.org, name=entry.name, entity_text=span.text)


def _kind(entry: Entry) -> str:
    return {"person": "person", "igo": "org", "group": "org"}.get(entry.kind, "state")


def resolve_mentions(document: Document, doc: Doc, *, date: str | None = None, kb: KnowledgeBase | None = None) -> DocActors:
    kb = kb or load_kb()
    acts = DocActors()
    matcher = _matcher(doc.vocab)
    spans = filter_spans([doc[s:e] for _, s, e in matcher(doc)] + [_whole_name(kb, e) for e in doc.ents if e.label_ == "PERSON"])
    for span in sorted(spans, key=len):
        entry = _phrase(kb, span)
        if entry is not None and entry.kind == "igo":
            acts.names[(entry.org or "", None)] = _bare(span)  # an organisation is named as fully as the article spells it
    names = []
    for span in spans:
        entry = _phrase(kb, span)
        if entry is not None and entry.kind == "person" and _defined_acronym(span):
            continue
        if entry is None or entry.kind == "person":
            names.append(span)
        else:
            acts.add(doc, span.start, span.end, _entry_actor(kb, acts, entry, span), _kind(entry))
    names += _untagged_names(kb, doc, acts, names)
    _add_people(kb, acts, doc, names, document, date)
    _add_untagged_surnames(acts, doc)
    _add_organisations(kb, acts, doc, document)
    _add_group_nouns(kb, acts, doc)
    acts.interviewee = _interviewee(acts, document)
    _resolve_pronouns(acts, doc, document, acts.interviewee)
    if acts.interviewee is not None:
        _add_interview_speaker(acts, doc, document, acts.interviewee)
    acts.mentions.sort(key=lambda m: m.start)
    return acts


def _defined_acronym(span: Span) -> bool:
    """'Municipality Association (AKK)': capitals in brackets after a name abbreviate that name, not a person's initials."""
    doc = span.doc
    return (len(span) == 1 and span.text.isupper() and span.start > 1 and span.end < len(doc)
            and doc[span.start - 1].text == "(" and doc[span.end].text == ")" and doc[span.start - 2].is_title)


def _whole_name(kb: KnowledgeBase, ent: Span) -> Span:
    """A person's name with the given names the tagger left out ('said Gergely Nemeth' tagged 'Nemeth')."""
    start = ent.start
    while start > ent.sent.start:
        tok = ent.doc[start - 1]
        if not (tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and tok.dep_ == "compound" and ent.start <= tok.head.i < ent.end):
            break
        if tok.text in kb.phrases or sector_of(kb, tok) or is_person_noun(kb, tok):
            break
        start -= 1
    return ent.doc[start : ent.end]


def _untagged_names(kb: KnowledgeBase, doc: Doc, acts: DocActors, names: list[Span]) -> list[Span]:
    """Proper names the tagger did not call PERSON that a person noun sets beside them ('the ambassador, Reuben Brigety')."""
    taken = {i for s in names for i in range(s.start, s.end)} | set(acts.by_token)
    out = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" or any(i in taken for i in range(ent.start, ent.end)) or not all(t.pos_ == "PROPN" for t in ent):
            continue
        root = ent.root
        beside = [root.head] if root.dep_ == "appos" else []
        beside += [c for c in root.children if c.dep_ == "appos"]
        if ent.start > 0 and doc[ent.start - 1].head.i == root.i and doc[ent.start - 1].dep_ == "compound":
            beside.append(doc[ent.start - 1])
        if any(is_person_noun(kb, t) for t in beside):
            out.append(ent)
    return out


def _name_text(span: Span) -> tuple[str, int]:
    """A name without its possessive ending, and the token where it ends."""
    possessive = span[-1].text in ("'s", "’s")
    return re.sub(r"['’]s$", "", span.text).strip(), span.end - (1 if possessive else 0)


def _add_people(kb: KnowledgeBase, acts: DocActors, doc: Doc, names: list[Span], document: Document, date: str | None) -> None:
    """Names the knowledge base knows first, then other full names, then lone surnames, so that a surname in a headline finds its full name.

    A person the knowledge base does not know is placed by the first title any of their mentions carries."""
    texts = [_name_text(span)[0] for span in names]
    full_names = [t for t in texts if len(t.split()) > 1]

    def full_name(text: str) -> str:
        return text if len(text.split()) > 1 else next((f for f in full_names if f.split()[-1] == text), text)

    titles: dict[str, list[Title]] = {}
    for span, text in zip(names, texts):
        title = title_of(kb, doc[span.start : _name_text(span)[1]])
        if title is not None:
            titles.setdefault(full_name(text), []).append(title)

    def order(item: tuple[Span, str]) -> tuple[bool, bool, int]:
        span, text = item
        known = text in kb.persons or text.split()[-1] in kb.surnames
        return (not known, len(text.split()) == 1, span.start)

    for span, text in sorted(zip(names, texts), key=order):
        _add_person(kb, acts, doc, span, document, date, titles.get(full_name(text), []))


def _tokens_with(doc: Doc, attr: int, values) -> list[Token]:
    """The tokens whose ``attr`` (a hash or symbol id from ``Doc.to_array``) is one of ``values``, in order: one array
    scan, instead of a Python object made for every token of the document."""
    wanted = np.array(sorted(values), dtype=np.uint64)
    if not len(wanted) or not len(doc):
        return []
    column = doc.to_array(attr).astype(np.uint64, copy=False)
    return [doc[int(i)] for i in np.flatnonzero(np.isin(column, wanted))]


PRONOUN_HASHES = frozenset(hash_string(p) for p in ALL_PRONOUNS)
SPEAKER_HASHES = frozenset(hash_string(p) for p in SPEAKER_PRONOUNS)


def _add_untagged_surnames(acts: DocActors, doc: Doc) -> None:
    """A surname the tagger did not mark ('Orlov flies to Ankara') is the person named in full elsewhere in the article."""
    by_surname = {name.split()[-1]: actor for name, actor in acts.people.items() if len(name.split()) > 1 and actor.code}
    for tok in _tokens_with(doc, ORTH, {hash_string(surname) for surname in by_surname}):  # the tokens spelt as a surname
        actor = by_surname.get(tok.text)
        if actor is not None and tok.pos_ == "PROPN" and tok.i not in acts.by_token:
            acts.add(doc, tok.i, tok.i + 1, ActorRef(actor.code, actor.sector, actor.org, actor.name), "person")


def _pick_person(kb: KnowledgeBase, candidates: list[Person], context: str) -> Person | None:
    """Among people sharing a surname, the one whose full name the article spells out, else the highest office."""
    low = context.lower()
    named = [p for p in candidates if p.name.lower() in low or any(a.lower() in low for a in p.aliases if " " in a)]
    if len(named) == 1:
        return named[0]
    pool = named or candidates
    return min(pool, key=lambda p: RANK.get(p.principal.role_kind, len(RANK))) if pool else None


def _add_person(kb: KnowledgeBase, acts: DocActors, doc: Doc, span: Span, document: Document, date: str | None, titles: list[Title]) -> None:
    text, end = _name_text(span)
    name = doc[span.start : end]
    title = title_of(kb, name)
    known = acts.people.get(text) or next((a for n, a in acts.people.items() if n.split()[-1] == text.split()[-1] and len(text.split()) == 1), None)
    if known is not None:
        actor = ActorRef(known.code, known.sector, known.org, known.name)
    else:
        person = kb.persons.get(text) or _pick_person(kb, kb.surnames.get(text.split()[-1], []), document.text)
        if person is not None and (len(text.split()) == 1 or person.name.split()[0] == text.split()[0]):
            actor = _person_actor(person, date, text)
            if title is not None:
                actor = _as_titled(kb, acts, person, actor, title)
        elif _in_byline(document, text):
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
    if code is None:
        code = _same_title_earlier(acts, doc, title.head)
    if code is None and sector is not None:
        code = _focal_country(kb, acts, doc, document)
    if code == "IGO":
        sector = None
    return ActorRef(code=code, sector=sector, org=org, name=text)


def _same_title_earlier(acts: DocActors, doc: Doc, head: Token) -> str | None:
    """The country of the same title written earlier with its country ('the US ambassador' ... 'Ambassador Mike Raynor')."""
    for tok in reversed(doc[: head.i]):
        if tok.lemma_.lower() == head.lemma_.lower() and tok.i != head.i:
            owner = next((acts.actor_at(c) for c in tok.children if c.dep_ in MODIFIER_DEPS and acts.actor_at(c)), None)
            if owner is not None and owner.code:
                return owner.code
    return None


def _focal_country(kb: KnowledgeBase, acts: DocActors, doc: Doc, document: Document) -> str | None:
    """The state the article reports from: its dateline's city, else the first state of its headline, else the state it names most."""
    for seg in document.segments:
        if seg.kind == "dateline":
            place = document.text[seg.start : seg.end].split(",")[0].strip().title()
            entry = kb.phrases.get(place)
            code = entry.code if entry is not None and entry.kind in ("seat", "country") else kb.city_country(place)
            if code:
                return code
    states = [m for m in acts.mentions if m.kind == "state" and m.actor.code and m.actor.code not in NON_STATE_CODES]
    headline = [m.actor.code for m in states if _in_segment(document, m.start, "title") or _in_segment(document, m.start, "standfirst")]
    if headline:
        return headline[0]
    counts = Counter(m.actor.code for m in states)
    return counts.most_common(1)[0][0] if counts else None


def _add_organisations(kb: KnowledgeBase, acts: DocActors, doc: Doc, document: Document) -> None:
    """Organisations the knowledge base does not know keep their name; the words of the name, a title or the byline type them."""
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        inside = [acts.at(t) for t in ent if acts.at(t)]
        if any(m.kind in ("person", "org") and not _inside_group(m, ent) for m in inside) or len(inside) == len(ent):
            continue
        span = doc[ent.start + (1 if ent[0].lower_ == "the" else 0) : ent.end]
        slot = next((kb.non_state_nouns[p] for p in (span.text.lower(), span[-1].lower_) if p in kb.non_state_nouns), None)
        sector = _org_sector(kb, span, document)
        title = title_of(kb, span)
        code, org = next(((m.actor.code, m.actor.org) for m in inside if m.kind == "state"), (None, None))
        if title is not None:
            sector = sector or title_sector(kb, title.head)
            if code is None:
                code, org = title_country(kb, title, acts.actor_at)
        code = slot or code
        if code is None or (sector is None and code not in NON_STATE_CODES):
            continue
        acts.add(doc, span.start, span.end, ActorRef(code=code, sector=sector, org=org, name=span.text), "org")


def _inside_group(mention: Mention, ent: Span) -> bool:
    """A known organisation's name inside a longer one ('Gazprom' in 'Gazprom Neft'): the longer name is the actor."""
    return mention.kind == "org" and mention.actor.code != "IGO" and (mention.start > ent.start_char or mention.end < ent.end_char)


def _org_sector(kb: KnowledgeBase, span: Span, document: Document) -> str | None:
    """The sector the words of a name give (the last word heads it: 'Port Holdings', 'Progressive Party'); a byline's organisation is the outlet."""
    words = [t.lower_ for t in span if not t.is_punct]
    for size in (3, 2, 1):
        for i in range(len(words) - size, -1, -1):
            phrase = " ".join(words[i : i + size])
            if phrase in kb.org_heads:
                return kb.org_heads[phrase]
    if _in_byline(document, span.text):
        return "JRN"
    return None


def _in_segment(document: Document, offset: int, kind: str) -> bool:
    return any(s.kind == kind and s.start <= offset < s.end for s in document.segments)


def _in_byline(document: Document, name: str) -> bool:
    """Whether a byline ('By Chinedu Okafor', 'By Vestnik Kavkaza') names it: the writer or the outlet."""
    return any(s.kind == "byline" and name in document.text[s.start : s.end] for s in document.segments)


def _add_group_nouns(kb: KnowledgeBase, acts: DocActors, doc: Doc) -> None:
    """'the Russian military', 'American oil companies', 'rights groups', 'the head of the State Department', 'the ministry'."""
    for tok in _tokens_with(doc, POS, (NOUN, PROPN)):
        if tok.i in acts.by_token or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        phrase = noun_phrase(kb, tok, kb.non_state_nouns)
        if phrase is None and tok.lemma_.lower() not in kb.igo_anaphors and sector_of(kb, tok) is None:
            continue  # no group noun: the common case, left before its modifiers are gathered
        modifiers = [c for c in tok.children if c.dep_ in MODIFIER_DEPS and c.i < tok.i]
        start = min([tok.i] + [c.i for c in modifiers])
        if phrase is not None:
            acts.add(doc, start, tok.i + 1, ActorRef(kb.non_state_nouns[phrase], None, None, _bare(doc[start : tok.i + 1])), "org")
            continue
        if tok.lemma_.lower() in kb.igo_anaphors and any(c.lower_ == "the" for c in tok.children) and not modifiers:
            organisation = next((m.actor for m in reversed(acts.mentions) if m.start < tok.idx and m.actor.code == "IGO"), None)
            if organisation is not None:  # 'the alliance' after NATO
                acts.add(doc, tok.i, tok.i + 1, ActorRef("IGO", organisation.sector, organisation.org, organisation.name), "org")
                continue
        sector = sector_of(kb, tok)
        if sector is None:
            continue
        owner = next((acts.at(c) for c in modifiers if acts.at(c) and acts.at(c).actor.code), None)
        if owner is None:
            of_chain = [t for t in _np_tokens(tok) if t.i > tok.i and acts.at(t) and acts.at(t).kind != "person"]
            owner = acts.at(of_chain[0]) if of_chain else None
            start = tok.i if owner is not None else start
        indefinite = any(c.lower_ in ("a", "an") for c in tok.children)
        if is_person_noun(kb, tok) and tok.tag_ in ("NN", "NNP") and not indefinite:
            person = _titled_person(kb, acts, tok, owner.actor if owner else None)
            if person is not None:
                acts.add(doc, start, tok.i + 1, ActorRef(person.code, person.sector, person.org, person.name), "person")
                continue
        if owner is not None and owner.kind == "org" and owner.actor.code != "IGO":
            actor = ActorRef(owner.actor.code, owner.actor.sector, owner.actor.org, owner.actor.name)  # 'Gazprom executives' are Gazprom
        elif owner is not None:
            actor = _group_actor(kb, acts, owner.actor, sector, _bare(doc[start : tok.i + 1]))
        elif any(c.lower_ == "the" for c in tok.children) and not is_person_noun(kb, tok) and (state := _described_state(acts, tok, sector)):
            start = min([tok.i] + [c.i for c in tok.children if c.i < tok.i])
            actor = _group_actor(kb, acts, state, sector, f"{kb.adjectives.get(state.code or '', '')} {_bare(doc[start : tok.i + 1])}".strip())
        else:
            continue
        acts.add(doc, start, tok.i + 1, actor, "state")


def _group_actor(kb: KnowledgeBase, acts: DocActors, owner: ActorRef, sector: str, name: str) -> ActorRef:
    """The actor a group noun names: an IGO's officials are the IGO; a state's government is the state; other groups are named by their first mention."""
    if owner.code == "IGO":
        sector = None if sector == "GOV" else sector
        return ActorRef("IGO", sector, owner.org, acts.name_of(owner.org or "", None, owner.name or owner.org or ""))
    default = kb.country_name(owner.code) if sector == "GOV" else name
    return ActorRef(owner.code, sector, None, acts.name_of(owner.code or "", sector, default or name))


def _described_state(acts: DocActors, tok: Token, sector: str) -> ActorRef | None:
    """'the ministry', 'the army': the state of the latest actor of that sector, else (police, courts, parliament) the state
    named most so far, else that of the closest earlier government mention."""
    if sector not in STATE_SECTORS:
        return None
    earlier = [m.actor for m in acts.mentions if m.start < tok.idx and m.kind != "person" and m.actor.code and m.actor.code not in NON_STATE_CODES]
    same = [a for a in earlier if a.sector == sector]
    if not same and sector in HOME_SECTORS and earlier:  # 'the police' act at home: in the country the text is most about
        counts = Counter(a.code for a in earlier)
        return max(reversed(earlier), key=lambda a: counts[a.code])
    government = [a for a in earlier if a.sector == "GOV"]
    return (same or government or [None])[-1]


def _titled_person(kb: KnowledgeBase, acts: DocActors, tok: Token, owner: ActorRef | None) -> ActorRef | None:
    """'the ambassador', 'the Kazakh leader': the latest person who carries that title, or for a head of state the latest person of that country."""
    lemma = tok.lemma_.lower()
    earlier = [m.actor for m in acts.mentions if m.kind == "person" and m.start < tok.idx and m.actor.name in acts.people]
    if owner is not None:
        earlier = [a for a in earlier if a.code == owner.code]
    titled = [a for a in earlier if lemma in acts.titles.get(a.name or "", set())]
    if titled:
        return titled[-1]
    leaders = [a for a in earlier if a.sector == "GOV"]
    return leaders[-1] if leaders and owner is not None and lemma in kb.leader_nouns else None


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


def _is_subject(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and (span.root.dep_ in SUBJECT_DEPS or (span.root.dep_ == "appos" and span.root.head.dep_ in SUBJECT_DEPS))


def antecedent(acts: DocActors, doc: Doc, pronoun: Token, kinds: set[str], *, not_named: str | None = None) -> Mention | None:
    """The mention a pronoun points to: a governing subject in its own sentence, else the nearest earlier sentence's subject, else its latest mention.

    ``not_named`` is a person the pronoun cannot be (the interviewee, inside their own answer)."""
    sent = pronoun.sent
    ancestors = {a.i for a in pronoun.ancestors}
    candidates = [m for m in acts.mentions if m.kind in kinds and (not_named is None or m.actor.name != not_named)]
    same = [m for m in candidates if sent.start_char <= m.start < pronoun.idx]
    for mention in reversed(same):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in SUBJECT_DEPS and span.root.head.i in ancestors:
            return mention
    sents = [(a, b) for a, b in acts.sentence_bounds(doc) if b <= sent.start_char]
    for start_char, end_char in reversed(sents[-3:]):
        inside = [m for m in candidates if start_char <= m.start < end_char]
        subjects = [m for m in inside if _is_subject(doc, m)]
        if subjects or inside:
            return (subjects or inside)[-1]
    return None


def _resolve_pronouns(acts: DocActors, doc: Doc, document: Document, interviewee: ActorRef | None) -> None:
    pending = [t for t in _tokens_with(doc, LOWER, PRONOUN_HASHES) if t.lower_ in ALL_PRONOUNS]
    for tok in pending:
        if tok.i in acts.by_token or (tok.lower_ == "it" and tok.dep_ in ("expl", "dobj")):
            continue
        kinds = {"person"} if tok.lower_ in PERSON_PRONOUNS else {"state", "org"}
        speaking = interviewee is not None and _in_segment(document, tok.idx, "answer")
        target = antecedent(acts, doc, tok, kinds, not_named=interviewee.name if speaking else None)
        if target is not None:
            actor = target.actor
            acts.add(doc, tok.i, tok.i + 1, ActorRef(actor.code, actor.sector, actor.org, actor.name), target.kind)
        acts.mentions.sort(key=lambda m: m.start)


def _interviewee(acts: DocActors, document: Document) -> ActorRef | None:
    """In an interview, the person named last before the first question who is not the writer or the outlet."""
    first = next((s.start for s in document.segments if s.kind in ("question", "answer")), None)
    if first is None:
        return None
    people = [m.actor for m in acts.mentions if m.kind == "person" and m.start < first and m.actor.sector != "JRN" and m.actor.name in acts.people]
    return people[-1] if people else None


def _add_interview_speaker(acts: DocActors, doc: Doc, document: Document, speaker: ActorRef) -> None:
    """The answers are the interviewee's speech: 'I' and 'we' there are the interviewee."""
    for tok in _tokens_with(doc, LOWER, SPEAKER_HASHES):
        if tok.lower_ in SPEAKER_PRONOUNS and tok.i not in acts.by_token and _in_segment(document, tok.idx, "answer"):
            acts.add(doc, tok.i, tok.i + 1, ActorRef(speaker.code, speaker.sector, speaker.org, speaker.name), "person")
    acts.mentions.sort(key=lambda m: m.start)
