"""Actors a sentence implies without naming them: the people of a place ('police arrested', 'protesters
marched'), attackers no one names ('a journalist was killed in Beirut'), people an act hits or deals with ('killed 12
civilians in Idlib', 'talks with the opposition'), and whether a named state only says where."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.kb import load_kb
from ..actors.mentions import people_sector
from ..document.parsed import TokenTable, doc_text, sentence_of, token_table
from ..model import ActorRef
from .context import Context

OBJ = ("dobj", "dative", "attr", "oprd")


def proper_name(ctx: Context, t: TokenTable, i: int) -> str:
    """The whole name a proper noun ends ('New York', 'Heathrow Airport'), not its last word."""
    start = min([i] + [c for c in t.children[i] if t.dep[c] == "compound" and t.pos[c] == "PROPN"])
    begin, end = t.chars(start, i + 1)
    return doc_text(ctx.doc)[begin:end]


def by_mishap(ctx: Context, verb: Token) -> bool:
    """'killed in a bus crash', 'died in an earthquake': no one attacked."""
    mishaps = ctx.lexicon.cue("mishap_nouns")
    return any(o.lemma_.lower() in mishaps for c in verb.children if c.dep_ in ("prep", "agent") for o in c.children if o.dep_ == "pobj")


def place_of(ctx: Context, verb: Token) -> list[ActorRef]:
    """The country of the place the sentence names, else of the state the article reports from (as PLOVER and ICEWS
    code an attack by unnamed perpetrators: on the country where it happened)."""
    return named_place(ctx, verb) or ([ActorRef(ctx.home)] if ctx.home else [])


def named_place(ctx: Context, verb: Token) -> list[ActorRef]:
    """The country of the place ``verb``'s sentence names ('in Idlib', 'near the town of Samarra'), if it names one."""
    sent = sentence_of(ctx.doc, verb.i)
    for mention in ctx.mentions_in(sent.start_char, sent.end_char):
        if mention.kind == "state" and names_a_place(ctx, mention):
            return [ActorRef(mention.actor.code)]
    places = ctx.lexicon.cue("place_preps")
    t = token_table(ctx.doc)
    names = (proper_name(ctx, t, i) for i in range(sent.start, sent.end) if t.dep[i] == "pobj" and t.pos[i] == "PROPN"
             and (t.lower[t.head[i]] in places or _of_a_place(ctx, t, t.head[i])))
    city = next((code for name in names if (code := load_kb().city_country(name))), None)  # 'in Istanbul': a city
    return [ActorRef(city)] if city else []


def _of_a_place(ctx: Context, t: TokenTable, prep: int) -> bool:
    """'near the town of Samarra': 'of' after a noun of place names the place."""
    return t.lower[prep] == "of" and t.lemma[t.head[prep]] in ctx.lexicon.cue("place_nouns")


def local_actor(ctx: Context, verb: Token) -> list[ActorRef]:
    """'Hundreds of people blocked streets in Hong Kong', 'opposition leaders agreed', 'police arrested', 'protesters
    who demanded': a subject that names no actor is the people of the place the sentence names, else of the state
    the article reports from."""
    t = token_table(ctx.doc)
    subject = [c for c in t.children[verb.i] if t.dep[c] in ("nsubj", "csubj")] or _stranded_noun(ctx, t, verb.i)
    described = t.head[verb.i] if t.lemma[t.head[verb.i]] in ctx.lexicon.cue("unnamed_people") else None
    if described is not None and (t.dep[verb.i] == "acl" or subject and t.tag[subject[0]] in ("WP", "WDT") and t.dep[verb.i] == "relcl"):
        subject = [described]  # 'protesters who were demanding', 'protesters demanding': the people the clause describes
    elif not subject and t.dep[verb.i] in ("advcl", "conj") and t.head[verb.i] != verb.i:
        subject = [c for c in t.children[t.head[verb.i]] if t.dep[c] == "nsubj"]  # 'protesters marched, demanding ...'
    if not subject or t.pos[subject[0]] not in ("NOUN", "PROPN") or t.lower[subject[0]] in ctx.lexicon.cue("vague_sources"):
        return []
    sector = people_sector(load_kb(), t, subject[0])
    return [ActorRef(a.code, sector) for a in place_of(ctx, verb)]


def _stranded_noun(ctx: Context, t: TokenTable, verb: int) -> list[int]:
    """'On Friday suicide bombers attacked ...': a subject the parser hung on the fronted phrase, right before the verb."""
    if any(t.dep[c] in ("nsubj", "nsubjpass", "csubj") for c in t.children[verb]):
        return []
    first, i = sentence_of(ctx.doc, verb).start, verb - 1
    while i >= first and t.dep[i] in ("advmod", "aux", "neg"):
        i -= 1
    if i < first:
        return []
    fronted = {c for c in t.children[verb] if c < verb and t.dep[c] in ("prep", "npadvmod")}
    head = t.head[i] if t.dep[i] == "conj" else i
    return [i] if t.pos[i] in ("NOUN", "PROPN") and fronted & set(t.ancestors(head)) else []


def names_a_place(ctx: Context, mention) -> bool:
    """'in the Portuguese town of Sintra', 'at NATO's summit in Bucharest': where it happened, not to whom."""
    t, node = token_table(ctx.doc), ctx.acts.root_of(ctx.doc, mention)
    for _ in range(4):
        if t.lemma[node] in ctx.lexicon.cue("mission_nouns"):
            return False  # 'outside the US embassy in Manila': a state's mission abroad stands for the state, not for where
        if t.dep[node] == "pobj" and t.lower[t.head[node]] in ctx.lexicon.cue("place_preps"):
            return True
        if t.head[node] == node or t.dep[node] not in ("pobj", "prep", "compound", "amod", "poss", "nmod"):
            return False
        node = t.head[node]
    return False


def unnamed_people(ctx: Context, t: TokenTable, obj: int) -> bool:
    """'pressuring its neighbours', 'detained hundreds of people', 'ruled out talks with the protesters': the object, or
    the partner of the act it names, is people the text does not name, so no one else is."""
    people = ctx.lexicon.cue("unnamed_people")
    partners = [o for p in t.children[obj] if t.dep[p] == "prep" and t.lower[p] == "with" for o in t.children[p] if t.dep[o] == "pobj"]
    return t.dep[obj] in OBJ and (t.lemma[obj] in people or any(t.lemma[o] in people for o in partners))


def people_of_the_place(ctx: Context, t: TokenTable, verb: Token, people: int) -> list[ActorRef]:
    """'killed 12 civilians in Idlib': people no one names, hit where the sentence says, are that country's people."""
    sector = people_sector(load_kb(), t, people)
    return [ActorRef(a.code, sector) for a in named_place(ctx, verb)]


def people_by_sector(ctx: Context, t: TokenTable, verb: Token, phrase: int) -> list[ActorRef]:
    """'resumed talks with the opposition', 'clashed with rebels': people no actor names whose noun makes them a party at
    home (``home_party_sectors``; people the act is aimed at as such are ``unnamed_people``) are those of the place."""
    heads = [phrase] if t.dep[phrase] in OBJ else [o for o in t.children[phrase] if t.dep[o] == "pobj"]
    heads = [h for h in heads if t.lemma[h] not in ctx.lexicon.cue("unnamed_people")]
    sector = people_sector(load_kb(), t, heads[0]) if heads else None
    return [ActorRef(a.code, sector) for a in place_of(ctx, verb)] if sector in ctx.lexicon.cue("home_party_sectors") else []


def own_people(ctx: Context, t: TokenTable, obj: int, source: list[ActorRef]) -> list[ActorRef]:
    """'urged its citizens to leave', 'evacuated their nationals': people the one who acts calls its own are its
    country's people, the act domestic."""
    sector = people_sector(load_kb(), t, obj)
    if sector not in ctx.lexicon.cue("own_people_sectors"):
        return []  # 'pressured its neighbours': other states
    keys = {a.key for a in source}
    owners = [m.actor for c in t.children[obj] if t.dep[c] == "poss" and t.pos[c] == "PRON" and (m := ctx.acts.by_token.get(c))]
    return [ActorRef(owners[0].code, sector)] if owners and owners[0].key in keys else []
