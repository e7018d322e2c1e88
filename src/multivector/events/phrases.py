"""The actors of a phrase: breadth-first from its head over the parse, on token positions.

Every argument the coder finds is a phrase's actors, so this walk runs for every subject, object and prepositional
phrase of every trigger. It reads the document's ``TokenTable`` (plain lists, conjuncts found once per Doc) rather
than spaCy Tokens, which are built anew at every ``.children``, ``.head`` and ``.conjuncts``; ``arguments`` keeps the
clause-level choices of which phrase to read.
"""

from __future__ import annotations

from ..actors.groups import COUNTS
from ..actors.kb import load_kb
from ..document.parsed import TokenTable, doc_text, sentence_of, token_table
from ..model import ActorRef
from .context import Context
from .quotes import speaker_at
from .unnamed import proper_name

PHRASE_STOPS = ("relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj")  # a phrase's actors are not looked for past these
SPEAKER_WORDS = ("we", "i", "us", "our", "me", "my")


def actor_at(ctx: Context, i: int) -> ActorRef | None:
    """The actor token ``i`` stands for: its mention ('US' is the United States), or the quote's speaker for 'we' and 'I'."""
    mention = ctx.acts.by_token.get(i)
    if mention:
        return mention.actor
    parse = token_table(ctx.doc)
    if parse.lower[i] in SPEAKER_WORDS:
        offset = parse.idx[i]
        speaker = speaker_at(ctx.quotes, offset)
        if speaker is None and any(s.kind == "answer" and s.start <= offset < s.end for s in ctx.document.segments):
            speaker = ctx.answerer
        return speaker
    return None


def phrase_actors(ctx: Context, head: int, *, places: bool = True, skip: frozenset[str] = frozenset()) -> list[ActorRef]:
    """Actors of the phrase headed by token ``head``: breadth-first from it, the nearest level that has any; conjuncts together.

    Without ``places``, a phrase that only says where ('in Paris', 'at a summit in Brussels') is passed over;
    actors in ``skip`` (the source, when a target is looked for: 'offered its troops to Lebanon') do not count."""
    t, mentions, collective = token_table(ctx.doc), ctx.acts.by_token, ctx.lexicon.cue("collective_nouns")
    people = ctx.lexicon.cue("unnamed_people")  # whose describing participle still names their place
    head = _object_antecedent(t, head)
    level = [head, *t.conjuncts(head), *_listed_after(ctx, t, head), *_companions(ctx, t, head)]
    seen: set[int] = set()
    placed: set[int] = set()  # tokens inside a phrase of place below the head ('the coalition [in Afghanistan]')
    while level:
        found: list[ActorRef] = []
        where: list[ActorRef] = []
        for i in level:
            if names_a_border(ctx, t, i):
                continue
            named = [actor_at(ctx, i)] if mentions.get(i) or t.lower[i] in SPEAKER_WORDS else []
            # a name no country goes with ('Kharkiv' the tagger took for a person) may still be a city
            for actor in ((t.lemma[i] in collective and _collective(ctx, t, i, skip))
                          or [a for a in named if a is not None and a.code]
                          or (_city_at(ctx, t, i) if places else [])):
                if actor is not None and actor.code and actor.key not in skip and actor.key not in {a.key for a in found + where}:
                    (where if i in placed else found).append(actor)
        found = found or where  # 'the US-led coalition in Afghanistan' is the coalition's, not Afghanistan's
        if found:
            for i in level:
                for conj in (*t.conjuncts(i), *_of_conjuncts(t, i), *_apposition_conjuncts(t, i)):
                    actor = actor_at(ctx, conj)
                    if actor is not None and actor.code and actor.key not in skip and actor.key not in {a.key for a in found}:
                        found.append(actor)
                found += [a for a in _adjective_conjuncts(ctx, t, i) if a.key not in skip and a.key not in {f.key for f in found}]
            return found
        seen.update(level)
        # conjuncts stand with their head: 'a group of oil companies and Russia's Lukoil' reaches Lukoil
        nearer = [c for i in level for c in t.children[i]
                  if (t.dep[c] not in PHRASE_STOPS or t.dep[c] == "acl" and t.lemma[i] in people)
                  and not _reason_complement(ctx, t, c) and not brokered(ctx, t, c)]
        nearer += [c for i in level for c in t.conjuncts(i)]
        level = list(dict.fromkeys(c for c in nearer if c not in seen and (places or t.dep[c] != "prep" or not is_place(ctx, c))))
        placed.update(c for c in level if t.head[c] in placed or t.dep[c] == "prep" and is_place(ctx, c))  # only a preposition says where
    return []


def names_a_border(ctx: Context, t: TokenTable, i: int) -> bool:
    """'a stronghold on the Thai border': the state whose border it is says where, and on either side of it."""
    return t.dep[i] in ("amod", "compound", "poss") and t.lemma[t.head[i]] in ctx.lexicon.cue("border_nouns")


def reason_noun(ctx: Context, t: TokenTable, noun: int, kinds: str = "reason_nouns") -> bool:
    """'in solidarity with Bolivia', 'in protest at': a noun that 'in' takes, of the cue list ``kinds``, giving the reason
    of another act."""
    return t.dep[noun] == "pobj" and t.lower[t.head[noun]] == "in" and t.lemma[noun] in ctx.lexicon.cue(kinds)


def brokered(ctx: Context, t: TokenTable, modifier: int) -> bool:
    """'a UN-brokered ceasefire', 'a Qatari-mediated truce': the modifier names a third party, neither the one who
    makes the act nor the one it is made with."""
    return t.dep[modifier] == "amod" and t.lemma[modifier] in ctx.lexicon.cue("mediating_participles")


def _reason_complement(ctx: Context, t: TokenTable, prep: int) -> bool:
    """'downgraded its ties with Doha in solidarity with Riyadh': a phrase right after 'in solidarity', 'in support',
    names an ally of the one acting, wherever the parser hung it, not whom the act is aimed at ('in defiance of
    Chinese authorities' does)."""
    return t.dep[prep] == "prep" and prep > 0 and reason_noun(ctx, t, prep - 1, "allied_reasons")


def _city_at(ctx: Context, t: TokenTable, i: int) -> list[ActorRef]:
    """'financed the railway to Mombasa', 'shelled villages near Mariupol': a city named in a phrase that may say
    where stands for its country (a capital is already its government's mention)."""
    if t.pos[i] != "PROPN" or t.dep[i] not in ("pobj", "dobj"):
        return []
    code = load_kb().city_country(proper_name(ctx, t, i))
    return [ActorRef(code, "GOV")] if code else []


def _collective(ctx: Context, t: TokenTable, i: int, skip: frozenset[str]) -> list[ActorRef]:
    """'the two countries', 'both sides': as many states as it counts, those in ``skip`` aside ('Iraq and Oman hosted
    talks between the two governments' are not talks between Iraq and Oman): the states its own sentence names before
    it, their people counted as them, when they are that many ('Ruto hosted Museveni, and the two countries
    agreed'), else the states named most
    before it, the latest of equals (the story's protagonists, not whoever was named last). Token ``i`` is a
    collective noun."""
    count = next((COUNTS[t.lower[c]] for c in t.children[i] if t.lower[c] in COUNTS and t.dep[c] in ("nummod", "det", "predet")), 0)
    if not count:
        return []
    begins = ctx.doc[i].left_edge.idx
    earlier = [m for m in ctx.acts.mentions if m.end <= begins and m.kind in ("state", "person") and m.actor.code
               and m.actor.code != "IGO" and m.actor.key not in skip]
    sentence_starts = sentence_of(ctx.doc, i).start_char
    here = list(dict.fromkeys(m.actor.code for m in earlier if m.start >= sentence_starts))
    if len(here) == count:
        return [ActorRef(code, "GOV") for code in here]
    listed = _latest_list(ctx, t, i, count, skip)
    if listed:
        return [ActorRef(code, "GOV") for code in listed]
    named: dict[str, list[int]] = {}
    for mention in earlier:
        named.setdefault(mention.actor.code, []).append(mention.start)
    ranked = sorted(named, key=lambda code: (-len(named[code]), -max(named[code])))
    return [ActorRef(code, "GOV") for code in ranked[:count]] if len(ranked) >= count else []


def _latest_list(ctx: Context, t: TokenTable, i: int, count: int, skip: frozenset[str]) -> list[str]:
    """'Saudi Arabia, the UAE, Bahrain and Egypt cut ties ... the four states shut their airspace', 'brought Pashinyan
    and Aliyev together, and the two leaders agreed': the latest list of exactly that many states (or their people)
    named together before the collective noun at ``i``; a pair only in the noun's own sentence, since pairs are
    common."""
    before = ctx.doc[i].left_edge.idx
    since = sentence_of(ctx.doc, i).start_char if count == 2 else 0
    for j in sorted((j for j, m in ctx.acts.by_token.items() if since <= m.start and m.end <= before), reverse=True):
        members = [m for k in _listed_with(t, j) if (m := ctx.acts.by_token.get(k)) and m.kind in ("state", "person")
                   and m.actor.code and m.actor.code not in ("IGO", "NGO", "MNC")]
        codes = list(dict.fromkeys(m.actor.code for m in sorted(members, key=lambda m: m.start) if m.actor.key not in skip))
        if len(codes) == count and len(members) == len(codes):
            return codes
    return []


def _listed_with(t: TokenTable, i: int) -> list[int]:
    """Token ``i`` and those listed with it, whether the parser joined them as conjuncts or appositions."""
    listed = [i]
    for word in listed:  # grows as it is read
        linked = [c for c in t.children[word] if t.dep[c] in ("conj", "appos")]
        if t.dep[word] in ("conj", "appos"):
            linked.append(t.head[word])
        listed += [w for w in linked if w not in listed]
    return listed


def _word(ctx: Context, t: TokenTable, i: int) -> str:
    """Token ``i``'s text (``Token.text``), sliced from the document's."""
    return doc_text(ctx.doc)[t.idx[i] : t.idx[i] + t.length[i]]


def _adjective_conjuncts(ctx: Context, t: TokenTable, head: int) -> list[ActorRef]:
    """'French and Egyptian warships', 'US and British forces': the second country's group acts too."""
    mention = ctx.acts.by_token.get(head)
    group = mention.actor if mention else None
    if group is None or not group.code or group.code in ("IGO", "NGO", "MNC"):
        return []
    out = []
    for conj in (c for mod in t.children[head] if t.dep[mod] in ("amod", "compound") for c in t.conjuncts(mod)):
        start = min([conj] + [m for m in t.children[conj] if m < conj and t.dep[m] in ("amod", "compound")])  # 'South Korean'
        entry = load_kb().phrases.get(doc_text(ctx.doc)[t.idx[start] : t.idx[conj] + t.length[conj]])
        if entry is not None and entry.kind in ("adjective", "country") and entry.code != group.code:
            out.append(ActorRef(entry.code, group.sector))
    return out


def _of_conjuncts(t: TokenTable, head: int) -> list[int]:
    """'the presidents of Brazil and Argentina': the others named in the head's 'of' phrase, which act with the first."""
    return [conj for prep in t.children[head] if t.dep[prep] == "prep" and t.lower[prep] == "of"
            for obj in t.children[prep] if t.dep[obj] == "pobj" for conj in t.conjuncts(obj)]


def _apposition_conjuncts(t: TokenTable, head: int) -> list[int]:
    """'talks between the Saudi adviser Musaed al-Aiban and Ali Shamkhani': the parser joins the second name to the
    first one's apposition, not to the head."""
    return [conj for appos in t.children[head] if t.dep[appos] == "appos" for conj in t.conjuncts(appos)]


def _companions(ctx: Context, t: TokenTable, head: int) -> list[int]:
    """'Uzbekistan, together with Georgia and Azerbaijan, refused': the ones named with 'together with' or 'along with' act too."""
    companion = ctx.lexicon.cue("companion_adverbs")
    preps = [c for c in t.children[head] if t.dep[c] == "prep" and t.lower[c] == "with"
             and (any(t.lemma[a] in companion for a in t.children[c]) or any(t.lemma[a] in companion for a in t.children[head]))]
    return [obj for prep in preps for obj in with_objects(t, prep)]


def recipient(ctx: Context, t: TokenTable, children: list[int], skip: frozenset[str]) -> list[ActorRef]:
    """Whom something given went to, among a verb's ``children``: the 'to' phrase or the dative ('sent by Turkey to
    Pakistan', 'weapons supplied by Russia to Syria')."""
    return [a for c in children if t.dep[c] == "dative" or (t.dep[c] == "prep" and t.lower[c] == "to")
            for a in phrase_actors(ctx, c, skip=skip)][:1]


def with_objects(t: TokenTable, prep: int) -> list[int]:
    """The objects of a 'with' phrase, each with its conjuncts."""
    return [obj for pobj in t.children[prep] if t.dep[pobj] == "pobj" for obj in (pobj, *t.conjuncts(pobj))]


def says_when(t: TokenTable, prep: int) -> bool:
    """A preposition whose object is a date or a time ('in 2017', 'on Tuesday'): it says when, not to whom."""
    objects = [c for c in t.children[prep] if t.dep[c] == "pobj"]
    return bool(objects) and t.ent_type[objects[0]] in ("DATE", "TIME")


def is_place(ctx: Context, prep: int) -> bool:
    """'in Paris', 'at a summit in Brussels', 'across the region': a phrase that says where; not 'in defiance of China'."""
    t = token_table(ctx.doc)
    if t.dep[prep] != "prep" or t.lower[prep] not in ctx.lexicon.cue("place_preps"):
        return False
    objects = [c for c in t.children[prep] if t.dep[c] == "pobj"]
    if objects and t.lower[prep] == "at" and _a_country(ctx, objects[0]):
        return False  # 'lashed out at Uganda': one is in a country, and aims at it
    return bool(objects) and (t.ent_type[objects[0]] in ("GPE", "LOC", "FAC") or t.lemma[objects[0]] in ctx.lexicon.cue("place_nouns")
                              or _a_city(ctx, t, objects[0]))


def _a_country(ctx: Context, i: int) -> bool:
    """Token ``i`` is part of a country's name ('Uganda', 'the United States') or of its seat of government
    ('lashed out at Washington': one aims at a capital as at its government), not of another city's."""
    mention = ctx.acts.by_token.get(i)
    entry = load_kb().phrases.get(doc_text(ctx.doc)[mention.start : mention.end]) if mention is not None else None
    return entry is not None and entry.kind in ("country", "seat")


def _a_city(ctx: Context, t: TokenTable, i: int) -> bool:
    """A capital the tagger did not mark as a place ('in Vilnius')."""
    entry = load_kb().phrases.get(_word(ctx, t, i))
    return entry is not None and entry.kind == "seat" and not any(t.dep[c] == "compound" for c in t.children[i])


def _listed_after(ctx: Context, t: TokenTable, head: int) -> list[int]:
    """'Saudi Arabia, the United Arab Emirates, Bahrain and Egypt': a list the parser hung on its first name as an
    apposition that names an actor and heads the rest ('Putin, the Russian president' says who, not who else;
    'Poland, a member of NATO and the EU' says what Poland is)."""
    mentions = ctx.acts.by_token
    return [w for c in t.children[head] if t.dep[c] == "appos" and mentions.get(c) and any(t.dep[g] == "conj" for g in t.children[c])
            for w in (c, *t.conjuncts(c))]


def _object_antecedent(t: TokenTable, i: int) -> int:
    """'the leaders of the CSTO, whom he had asked for help': an object relative pronoun stands for the phrase its
    clause describes."""
    clause = t.head[t.head[i]] if t.dep[i] == "pobj" else t.head[i]
    if t.tag[i] in ("WP", "WDT") and t.dep[i] in ("dobj", "dative", "pobj") and t.dep[clause] == "relcl" and t.head[clause] != clause:
        return t.head[clause]
    return i
