"""Groups and organisations typed by their words: 'Russian troops' (RUS MIL), 'the ministry', '... Party' (PTY).

A group noun takes the country of its modifier or its 'of ...' chain; with only 'the' it is the state the text
has been describing; the head word of an organisation's name, a title or the byline gives its sector. A reader
counts one actor per country and sector, named by its first mention.
"""

from __future__ import annotations


from spacy.tokens import Doc, Span

from ..document.parsed import TokenTable, entities, token_table
from ..model import ActorRef, Document, Mention
from .kb import KnowledgeBase
from .mentions import MODIFIER_DEPS, NON_STATE_CODES, DocActors, bare, in_byline, sector_among, tokens_in
from .titles import noun_phrases_at, title_country, title_of, title_sector

STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
HOME_SECTORS = {"LEG", "JUD", "COP"}  # sectors that act inside their own country
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}  # 'the two governments' are several actors, resolved where they act
HOME_SIDES = {"government": "MIL", "opposition": "OPP"}  # 'government troops', 'opposition units': sides of a civil conflict


def add_organisations(kb: KnowledgeBase, acts: DocActors, doc: Doc, document: Document) -> None:
    """Organisations the knowledge base does not know keep their name; the words of the name, a title or the byline type them."""
    for ent in entities(doc):
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
    if in_byline(document, span.text):
        return "JRN"
    return None


def add_group_nouns(kb: KnowledgeBase, acts: DocActors, doc: Doc) -> None:
    """'the Russian military', 'American oil companies', 'rights groups', 'the head of the State Department', 'the ministry'."""
    parse = token_table(doc)
    with_the = {h for k in tokens_in(doc, ("the",)) if (h := parse.head[k]) != k}  # the nouns 'the' determines, in one pass
    for i, pos in enumerate(parse.pos):
        if pos not in ("NOUN", "PROPN") or i in acts.by_token:
            continue
        the = i in with_the
        side = i > 0 and parse.dep[i - 1] == "compound" and parse.lower[i - 1] in HOME_SIDES
        if not the and not side and parse.lower[i] not in kb.group_endings and parse.lemma[i] not in kb.group_endings:
            continue  # no group noun (every phrase looked up ends in the noun's form or lemma): the common case
        phrases = noun_phrases_at(parse, i)
        phrase = next((p for p in phrases if p in kb.non_state_nouns), None)
        if phrase is None and not the and not side and sector_among(kb, phrases) is None:
            continue  # no group noun
        kids = parse.children[i]
        modifiers = [c for c in kids if c < i and parse.dep[c] in MODIFIER_DEPS]
        if any(parse.lower[c] in COUNTS and parse.dep[c] in ("nummod", "det", "predet") for c in kids) and not any(
                c in acts.by_token for c in modifiers):
            continue  # 'the two governments' are states named before ('two Chinese officials' are China's)
        if not the and (home := _side_at_home(kb, acts, doc, i)) is not None:
            acts.add(doc, i - 1, i + 1, home, "state")
            continue
        start = min([i] + modifiers)
        if phrase is not None:
            acts.add(doc, start, i + 1, ActorRef(kb.non_state_nouns[phrase], None, None, bare(doc, start, i + 1)), "org")
            continue
        definite = the and not modifiers
        if definite and (named := _named_before(acts, parse, i)) is not None:  # 'the assembly' after the UN General Assembly
            acts.add(doc, i, i + 1, ActorRef(named.code, named.sector, named.org, named.name), "org")
            continue
        if parse.lemma[i] in kb.igo_anaphors and the and not any(parse.dep[c] == "poss" for c in modifiers):  # 'the Beijing-led bloc' too
            before = [m for m in acts.mentions if m.start < parse.idx[i] and m.actor.code == "IGO"]  # added out of order
            organisation = max(before, key=lambda m: m.start).actor if before else None
            if organisation is not None:  # 'the alliance' after NATO
                acts.add(doc, i, i + 1, ActorRef("IGO", organisation.sector, organisation.org, organisation.name), "org")
                continue
        sector = sector_among(kb, phrases)
        if sector is None:
            continue
        owner = next((m for c in modifiers if (m := acts.by_token.get(c)) and m.actor.code), None)
        if owner is None:
            of_chain = [m for c in _np_tokens(parse, i) if c > i and (m := acts.by_token.get(c)) and m.kind != "person"]
            owner = of_chain[0] if of_chain else _seat_after(acts, parse, i) if sector in HOME_SECTORS | {"GOV"} else None
            start = i if owner is not None else start
        indefinite = any(parse.lower[c] in ("a", "an") for c in kids)
        person_noun = any(p in kb.person_nouns for p in phrases)  # ``is_person_noun``, its phrases read above
        if person_noun and parse.tag[i] in ("NN", "NNP") and not indefinite:
            person = titled_person(kb, acts, parse.lemma[i], parse.idx[i], owner.actor if owner else None)
            if person is not None:
                acts.add(doc, start, i + 1, ActorRef(person.code, person.sector, person.org, person.name), "person")
                continue
        if owner is not None and owner.kind == "org" and owner.actor.code != "IGO":
            actor = ActorRef(owner.actor.code, owner.actor.sector, owner.actor.org, owner.actor.name)  # 'Gazprom executives' are Gazprom
        elif owner is not None:
            actor = _group_actor(kb, acts, owner.actor, sector, bare(doc, start, i + 1))
        elif the and not person_noun and (state := _described_state(acts, parse.idx[i], sector)):
            start = min([i] + [c for c in kids if c < i])
            actor = _group_actor(kb, acts, state, sector, f"{kb.adjectives.get(state.code or '', '')} {bare(doc, start, i + 1)}".strip())
        else:
            continue
        acts.add(doc, start, i + 1, actor, "state")


def _seat_after(acts: DocActors, parse: TokenTable, i: int) -> Mention | None:
    """'criticised the authorities in Kampala', 'the government in Kabul': a state named right after the noun with 'in'
    owns it, though the parser hung the phrase on the verb (troops in Somalia are not Somalia's: only civil sectors)."""
    after = i + 1
    if after >= len(parse.lower) or parse.lower[after] != "in" or parse.dep[after] != "prep":
        return None
    return next((m for c in parse.children[after] if parse.dep[c] == "pobj" and (m := acts.by_token.get(c)) and m.kind == "state"), None)


def _side_at_home(kb: KnowledgeBase, acts: DocActors, doc: Doc, i: int) -> ActorRef | None:
    """'government troops', 'opposition units' (the noun at ``i``): the two sides of a conflict inside the country the
    article is most about so far (not the dateline's: a conflict in Tajikistan is reported from Moscow)."""
    parse = token_table(doc)
    side = parse.lower[i - 1] if i and parse.dep[i - 1] == "compound" and parse.head[i - 1] == i else None
    if side not in HOME_SIDES or parse.tag[i] != "NNS" or (side == "government" and sector_among(kb, noun_phrases_at(parse, i)) != "MIL"):
        return None
    state = _most_named(acts, parse.idx[i])
    return ActorRef(state.code, HOME_SIDES[side], None, f"{side} {doc[i].text}") if state else None


def _most_named(acts: DocActors, offset: int) -> ActorRef | None:
    """The actor of the state named most before character ``offset``, its people counted; the latest of equals."""
    named = [m.actor for m in acts.mentions if m.start < offset and m.actor.code and m.actor.code not in NON_STATE_CODES]
    if not named:
        return None
    counts = acts.countries_named(before=offset)
    return max(reversed(named), key=lambda a: counts[a.code])


def _named_before(acts: DocActors, parse: TokenTable, i: int) -> ActorRef | None:
    """The organisation last named before the noun at ``i`` whose name ends in that noun (the head): 'the assembly', 'the company'."""
    earlier = [m for m in acts.mentions if m.kind == "org" and m.start < parse.idx[i]]
    for mention in sorted(earlier, key=lambda m: m.start, reverse=True):  # mentions are added out of order
        if parse.lower[acts.tokens_of(mention)[1] - 1] == parse.lower[i]:
            return mention.actor
    return None


def _group_actor(kb: KnowledgeBase, acts: DocActors, owner: ActorRef, sector: str, name: str) -> ActorRef:
    """The actor a group noun names: an IGO's officials are the IGO; a state's government is the state; other groups are named by their first mention."""
    if owner.code == "IGO":
        sector = None if sector == "GOV" else sector
        return ActorRef("IGO", sector, owner.org, acts.name_of(owner.org or "", None, owner.name or owner.org or ""))
    default = kb.country_name(owner.code) if sector == "GOV" else name
    return ActorRef(owner.code, sector, None, acts.name_of(owner.code or "", sector, default or name))


def _described_state(acts: DocActors, offset: int, sector: str) -> ActorRef | None:
    """'the ministry', 'the army': the state of the latest actor of that sector, else (police, courts, parliament) the
    country of the dateline or the one named most so far, its people counted, else that of the closest earlier
    government mention (of those before character ``offset``)."""
    if sector not in STATE_SECTORS:
        return None
    named = [m for m in acts.mentions if m.start < offset and m.actor.code and m.actor.code not in NON_STATE_CODES]
    earlier = [m.actor for m in named if m.kind != "person"]
    same = [a for a in earlier if a.sector == sector]
    if not same and sector in HOME_SECTORS and acts.dateline:  # 'the police' act at home: where the article reports from,
        return ActorRef(acts.dateline, "GOV")
    if not same and sector in HOME_SECTORS and named:  # else the country the text is most about, its people counted
        return _most_named(acts, offset)
    government = [a for a in earlier if a.sector == "GOV"]
    return (same or government or [None])[-1]


def titled_person(kb: KnowledgeBase, acts: DocActors, lemma: str, offset: int, owner: ActorRef | None) -> ActorRef | None:
    """'the ambassador', 'the Kazakh leader' (a noun of ``lemma`` at character ``offset``): the latest person who carries that title, or for a head of state the latest person of that country."""
    earlier = [m.actor for m in acts.mentions if m.kind == "person" and m.start < offset and m.actor.name in acts.people]
    if owner is not None:
        earlier = [a for a in earlier if a.code == owner.code]
    titled = [a for a in earlier if lemma in acts.titles.get(a.name or "", set())]
    if titled:
        return titled[-1]
    leaders = [a for a in earlier if a.sector == "GOV"]
    return leaders[-1] if leaders and owner is not None and lemma in kb.leader_nouns else None


def _np_tokens(parse: TokenTable, i: int) -> list[int]:
    """The noun at ``i``, its modifiers and its 'of ...' chain, not its clauses, in order."""
    out = []
    stack = [i]
    while stack:
        node = stack.pop()
        out.append(node)
        for child in parse.children[node]:
            dep = parse.dep[child]
            if dep in ("amod", "compound", "poss", "nmod", "prep", "pobj", "appos") and not (dep == "prep" and parse.lower[child] not in ("of", "at", "from", "in")):
                stack.append(child)
    return sorted(out)
