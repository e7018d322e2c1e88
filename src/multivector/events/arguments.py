"""Who acts and on whom: an event's source and target from the dependency parse.

The source is the clause subject (or the agent of a passive, the possessor of
a noun, the subject of a light verb: "X voiced support for Y"); the target the
object, the dative, or a prepositional object ("with", "into", "against" ...).
An argument is the actor closest to the head of its phrase, so "support for
Russia's incursion into Georgia" targets Russia. A clause without its own
subject borrows the one of the clause it hangs from; "we" and "I" inside a
quote are its speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..actors.kb import load_kb
from ..document.parsed import TokenTable, sentence_of, token_table
from ..model import ActorRef
from .context import Context
from .lexicon import Predicate, load_lexicon
from .phrases import actor_at, brokered, is_place, phrase_actors, recipient, with_objects
from .unnamed import OBJ, by_mishap, local_actor, own_people, people_by_sector, people_of_the_place, place_of, unnamed_people

FINITE_TAGS = {"VBD", "VBZ", "VBP"}  # a verb with its own tense, not an infinitive or participle


@dataclass
class Arguments:
    """Who acts and on whom, as the parse gives them; ``explicit``: the act is aimed at people the text does not name,
    so at no one else ('detained hundreds of people'); ``partner_named``: by "with"; ``unnamed_source``: the doers are
    people the text does not name ('protesters'), who act on no one the story names elsewhere."""

    source: list[ActorRef]
    target: list[ActorRef]
    explicit: bool = False
    partner_named: bool = False
    unnamed_source: bool = False


def _is_companion(ctx: Context, t: TokenTable, prep: int) -> bool:
    """'together with Sweden', 'along with Uganda': a phrase naming those who act with the subject, not on whom."""
    companion = ctx.lexicon.cue("companion_adverbs")
    if t.dep[prep] == "prep" and t.lower[prep] == "with":  # 'join [together] with Sweden': the adverb hung on the verb
        before = prep - 1 if prep else prep
        return (any(t.lemma[a] in companion for a in t.children[prep]) or t.lemma[t.head[prep]] in companion
                or (t.dep[before] == "advmod" and t.head[before] == t.head[prep] and t.lemma[before] in companion))
    return t.dep[prep] in ("prep", "advmod") and t.lemma[prep] in companion and any(t.lower[w] == "with" for w in t.children[prep])


def _verb_companions(ctx: Context, verb: int) -> list[ActorRef]:
    """'Finland applied to join NATO together with Sweden': those named as acting with the subject of the verb or its complement."""
    t = token_table(ctx.doc)
    objects = [o for node in (verb, *(c for c in t.children[verb] if t.dep[c] == "xcomp")) for o in _companion_objects(ctx, t, node)]
    return [actor for o in objects if ctx.acts.by_token.get(o) and (actor := actor_at(ctx, o)) is not None and actor.code]


def _companion_objects(ctx: Context, t: TokenTable, node: int) -> list[int]:
    """The objects of ``node``'s companion phrases ('together with X and Y', 'along with X')."""
    phrases = [c for c in t.children[node] if _is_companion(ctx, t, c)]
    return [obj for phrase in phrases for w in ([phrase] if t.lower[phrase] == "with" else t.children[phrase]) if t.lower[w] == "with"
            for obj in with_objects(t, w)]


def _more_of_the_same(ctx: Context, t: TokenTable, verb: int, obj: int) -> list[ActorRef]:
    """'killed a Turkish soldier and wounded three others': the others are more of whom the conjoined verb names."""
    if t.lemma[obj] not in ctx.lexicon.cue("more_of_the_same"):
        return []
    conjuncts = [t.head[verb]] if t.dep[verb] == "conj" else [c for c in t.children[verb] if t.dep[c] == "conj"]
    named = [o for v in conjuncts for o in t.children[v] if t.dep[o] in OBJ]
    return phrase_actors(ctx, named[0], places=False) if named else []


def _partners_of(ctx: Context, t: TokenTable, obj: int, skip: frozenset[str]) -> list[ActorRef]:
    """'signed the CIS charter with Uzbekistan and Tajikistan': the partners the object's 'with' names, not the body
    that names the document."""
    for w in t.children[obj]:
        if t.dep[w] == "prep" and t.lower[w] == "with" and (partners := phrase_actors(ctx, w, skip=skip)):
            return partners  # the first: 'ties with Doha in solidarity with Riyadh' (the parser may hang both on 'ties')
    return []


def _other_branch(ctx: Context, t: TokenTable, obj: int, source: list[ActorRef]) -> bool:
    """'Kenyan lawmakers criticised the Kenyan government': the object is another branch of the source's own country, so
    the act is domestic and the search must not go on to a foreign name further along ('accused Bakiyev of selling the
    base to Moscow'). A branch is named by its sector: 'shut their airspace' names the source again, no branch; and
    weapons are things, no branch ('delivered the tanks to Ukraine')."""
    if t.lemma[obj] in ctx.lexicon.cue("weapon_nouns"):
        return False
    found = phrase_actors(ctx, obj, places=False)
    keys, own = {a.key for a in source}, {(a.key, a.sector) for a in source}
    return bool(found) and all(a.key in keys and a.sector is not None and (a.key, a.sector) not in own for a in found)


def subject_of(ctx: Context, verb: int) -> list[ActorRef]:
    """The actors of a verb's subject, or of the clause it hangs from ('X tried to negotiate'); a passive's agent."""
    t, node = token_table(ctx.doc), verb
    for _ in range(4):
        around = [node] + [c for c in t.children[node] if t.dep[c] in ("aux", "auxpass")]
        subj = [c for n in around for c in t.children[n] if t.dep[c] in ("nsubj", "csubj")]
        if subj:
            found = phrase_actors(ctx, _antecedent_of_relative(ctx, t, subj[0]), places=False)
            for other in subj[1:]:  # 'Abiy and al-Sisi met': the small parser gives a coordinated subject two heads
                found += [a for a in phrase_actors(ctx, other, places=False) if a.key not in {f.key for f in found}]
            more = (_stranded_subjects(ctx, node, ctx.doc[subj[0]].left_edge.i) + _verb_companions(ctx, node)
                    if node == verb and found else [])
            return found + [a for a in more if a.key not in {f.key for f in found}]
        if node == verb and (stranded := _stranded_subjects(ctx, verb, verb)):
            return stranded
        head = t.head[node]
        # the object, or a passive's subject: 'accused Kenya of sending', 'Kenya was accused of sending'
        controller = [o for o in t.children[t.head[head]] if t.dep[o] in ("dobj", "nsubjpass")] if t.dep[node] == "pcomp" and t.dep[head] == "prep" else []
        if t.dep[node] == "xcomp" and t.lemma[head] in ctx.lexicon.cue("object_control_verbs"):
            # 'urged Georgia to withdraw', 'pressed Bakiyev to shut the base': the object does it ('summoned the
            # ambassador to protest' is not such a verb: the one who summons protests)
            controller = [o for o in t.children[head] if t.dep[o] == "dobj" and o < node]
        if controller:  # 'accused the administration of refusing', 'praised Kenya for sending': the object does it
            return phrase_actors(ctx, controller[0], places=False)
        agent = [c for c in t.children[node] if t.dep[c] == "agent"]
        if agent:
            return phrase_actors(ctx, agent[0], places=False)
        passive = [c for c in t.children[node] if t.dep[c] == "nsubjpass"]
        if passive and node != verb:
            return phrase_actors(ctx, passive[0], places=False)
        if t.dep[node] in ("xcomp", "conj", "advcl", "pcomp", "pobj", "prep", "acomp") and head != node:
            above = _finite_conjunct_head(t, node)
            node = head if above is None else above
            continue
        break
    return []


def _doers(ctx: Context, verb: Token) -> tuple[list[ActorRef], bool]:
    """Who does the verb's act: its subject's actors, else the people of the place its subject names without naming
    an actor ('protesters marched'), with whether they are such people."""
    named = subject_of(ctx, verb.i)
    local = [] if named else local_actor(ctx, verb)
    return named or local, bool(local)


def _doers_of_the_moment(ctx: Context, t: TokenTable, verb: int) -> list[ActorRef]:
    """The actors of the subject of a 'when' or 'as' clause of the verb ('were killed when soldiers fired')."""
    marks = ctx.lexicon.cue("moment_marks")
    for clause in t.children[verb]:
        if t.dep[clause] == "advcl" and any(t.dep[m] in ("mark", "advmod") and t.lower[m] in marks for m in t.children[clause]):
            subject = [c for c in t.children[clause] if t.dep[c] == "nsubj"]
            if subject and (found := phrase_actors(ctx, subject[0], places=False)):
                return found
    return []


def _finite_conjunct_head(t: TokenTable, verb: int) -> int | None:
    """A finite verb parsed as the conjunct of an infinitive ('expected Sweden to join soon and called on Ankara') or
    of a verb after a modal ('promised Kenya that Rwanda would send troops but declined to ...') shares the subject
    of the nearest finite verb above it, not that of the verb it cannot be conjoined to."""
    head = t.head[verb]
    if t.dep[verb] != "conj" or t.tag[verb] not in FINITE_TAGS or not any(
            t.dep[c] == "aux" and (t.lower[c] == "to" or t.tag[c] == "MD") for c in t.children[head]):
        return None
    return next((a for a in t.ancestors(head) if t.tag[a] in FINITE_TAGS), None)


def _antecedent_of_relative(ctx: Context, t: TokenTable, subject: int) -> int:
    """'Russia, which supplied weapons to Armenia': a relative pronoun stands for the actor its clause describes
    (only an actor: 'the resolution on Syria, which condemned Israel' is not Syria's act)."""
    clause = t.head[subject]
    if t.tag[subject] in ("WDT", "WP") and t.dep[clause] == "relcl" and t.head[clause] != clause and ctx.acts.by_token.get(t.head[clause]):
        return t.head[clause]
    return subject


def telling_clause(ctx: Context, noun: Token) -> Token | None:
    """The relative clause that tells a nominal act with its own subject and a light verb: 'the sanctions [the EU
    imposed on Russia]', 'the aid [Washington gives Islamabad]' (the noun fills the clause's object)."""
    for clause in noun.children:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in ctx.lexicon.cue("light_verbs") and any(
                c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in clause.children):
            return clause
    return None


def _stranded_subjects(ctx: Context, verb: int, start: int) -> list[ActorRef]:
    """'On Thursday, in Sintra, Ukraine and NATO initialled ...', 'On May 21 Kuchma and Polish President Kwasniewski signed ...':
    the actors named, joined by 'and' or commas, right before the subject (or before a verb without one) that the parser
    hung on a fronted phrase of the verb. Before a subject they need the 'and' that joins them to it; a place ends them."""
    doc, parse, first, i = ctx.doc, token_table(ctx.doc), sentence_of(ctx.doc, verb).start, start - 1
    if start < verb:  # before a subject: 'X and <subject>'
        if i < first or parse.lower[i] != "and":
            return []
        i -= 1
    else:  # before a verb with no subject: skip 'already', 'also', 'have'
        while i >= first and parse.dep[i] in ("advmod", "aux", "neg"):
            i -= 1
    fronted = {c for c in parse.children[verb] if c < verb and parse.dep[c] in ("prep", "npadvmod", "advmod")}
    out: list[ActorRef] = []
    while i >= first:
        mention = ctx.acts.by_token.get(i)
        if mention is None or mention.kind not in ("state", "person", "org"):
            break
        root = ctx.acts.root_of(doc, mention)
        if fronted.isdisjoint(parse.ancestors(root)) or (parse.dep[root] == "pobj" and is_place(ctx, parse.head[root])):
            break
        if mention.actor.code and mention.actor.key not in {a.key for a in out}:
            out.insert(0, mention.actor)
        i = ctx.acts.tokens_of(mention)[0] - 1
        while i >= first and parse.lower[i] in (",", "and"):
            i -= 1
    return out


def verb_args(ctx: Context, verb: Token, etype: str, *, partner: bool = False, visit: bool = False) -> Arguments:
    """A verb's subject (the agent of a passive) and the first of its objects, datives and argument phrases that names an actor.

    Failing those, the subject of the clause it governs: 'demanded that the US cancel ...' asks the US."""
    t = token_table(ctx.doc)
    children = t.children[verb.i]
    passive = [c for c in children if t.dep[c] == "nsubjpass"]
    borrowed = not passive and any(t.dep[c] == "auxpass" for c in children)  # 'on being awarded the presidency, X ...'
    agent = [c for c in children if t.dep[c] == "agent"]
    if agent and t.dep[verb.i] == "acl" and t.tag[verb.i] == "VBN" and t.lemma[verb.i] not in ctx.lexicon.cue("mediating_participles"):
        # 'Washington, backed by London, accused ...', 'rebels backed by Rwanda': done to what the participle describes (a
        # deal 'brokered by' someone has parties of its own)
        source = phrase_actors(ctx, agent[0], places=False)
        skip = frozenset(a.key for a in source)  # what it describes may name no one: 'weapons supplied by Russia to Syria'
        return Arguments(source, phrase_actors(ctx, t.head[verb.i], places=False, skip=skip) or recipient(ctx, t, children, skip), True)
    if passive or borrowed:
        stance = [c for c in children if t.lower[c] == "to" and t.dep[c] == "prep"]
        if passive and not agent and stance and t.lemma[verb.i] in ctx.lexicon.cue("stative_passives"):
            # 'Kenya is opposed to Ugandan mediation': a state of the subject, who opposes what follows 'to'
            holder = phrase_actors(ctx, passive[0], places=False)
            return Arguments(holder, phrase_actors(ctx, stance[0], skip=frozenset(a.key for a in holder)))
        source = phrase_actors(ctx, agent[0], places=False) if agent else []
        if not agent and etype in ctx.lexicon.cue("unknown_agent_local_types") and not by_mishap(ctx, verb):
            # 'five were killed when soldiers fired on their car': the clause of the moment names who did it; else
            # 'a journalist was killed in Beirut': attackers of that country, unnamed
            source = _doers_of_the_moment(ctx, t, verb.i) or place_of(ctx, verb)
        target = phrase_actors(ctx, passive[0], places=False) if passive else subject_of(ctx, t.head[verb.i])
        if passive and not target:  # 'tents were sent by Turkey to Pakistan': what is given names no one, whom it went to does
            target = recipient(ctx, t, children, frozenset(a.key for a in source)) or target
        return Arguments(source, target, True)
    source, unnamed = _doers(ctx, verb)
    args = Arguments(source or _reporter(ctx, verb), [], unnamed_source=unnamed)
    skip = frozenset(a.key for a in args.source)
    places = visit or etype in ctx.lexicon.cue("place_target_types")  # "shelled villages across Georgia", "arrived in Beijing"
    if visit:  # 'is due in Manila', 'is expected in Moscow': where the visitor goes hangs on the adjective
        children = [*children, *(p for c in children if t.dep[c] == "acomp" for p in t.children[c] if t.dep[p] == "prep")]
    if t.lemma[verb.i] in ctx.lexicon.cue("recipient_verbs"):  # 'extradited a Russian to the US': cooperation with the US
        children = sorted(children, key=lambda c: not (t.dep[c] == "prep" and t.lower[c] == "to"))
    for child in children:
        dep = t.dep[child]
        # 'shelled villages near Mariupol': for an act that may hit a place, any phrase of place can name the target
        is_prep = (dep == "prep" and (t.lemma[child] in ctx.lexicon.cue("argument_preps") or places and is_place(ctx, child))
                   and not _is_companion(ctx, t, child))
        if not (dep in OBJ or is_prep or dep == "prt") or (is_place(ctx, child) and not places):
            continue  # a place says where, not to whom ('met in Sochi')
        # 'wounded three others', 'signed the charter with Uzbekistan': whom the object points to, before what it names
        pointed_to = (_more_of_the_same(ctx, t, verb.i, child) or _partners_of(ctx, t, child, skip)
                      or own_people(ctx, t, child, args.source)) if dep in OBJ else []
        args.target = pointed_to or phrase_actors(ctx, child, places=places, skip=skip) or people_by_sector(ctx, t, verb, child)
        if args.target:
            args.partner_named = is_prep and t.lower[child] in ctx.lexicon.cue("partner_preps")
            break
        args.explicit = args.explicit or unnamed_people(ctx, t, child) or (dep == "dobj" and _other_branch(ctx, t, child, args.source))
        if args.explicit:
            if places and t.lemma[child] in ctx.lexicon.cue("unnamed_people"):
                args.target = people_of_the_place(ctx, t, verb, child)
            break  # 'accused Bakiyev of selling the base to Moscow': the object is the target, whoever follows it
    if not args.target:
        clauses = [c for c in children if t.dep[c] in ("ccomp", "xcomp")]
        subjects = [s for c in clauses for s in t.children[c] if t.dep[s] in ("nsubj", "nsubjpass")]
        args.target = (phrase_actors(ctx, subjects[0], skip=skip) if subjects
                       else _where_the_clause_acts(ctx, t, verb.i, etype, skip) or _addressee(ctx, t, verb.i, skip))
    if not args.source and partner and len(args.target) > 1:
        args.source, args.target = args.target[:1], args.target[1:]
    givers = _givers(ctx, t, verb.i) if args.source else []
    return Arguments(givers, args.source) if givers else args


def _addressee(ctx: Context, t: TokenTable, verb: int, skip: frozenset[str]) -> list[ActorRef]:
    """'sent a message to Clinton urging restraint', 'wrote to Erdogan urging restraint': what a message says is aimed
    at whom it went to."""
    if t.dep[verb] not in ("acl", "advcl") or any(t.dep[c] in ("nsubj", "nsubjpass") for c in t.children[verb]):
        return []  # a clause with a subject of its own ('after Kenya attacked') is no part of the message
    sender = t.head[t.head[verb]] if t.dep[verb] == "acl" else t.head[verb]
    messages = ctx.lexicon.cue("message_nouns")
    if t.lemma[sender] not in ctx.lexicon.cue("writing_verbs") and not any(
            t.dep[c] == "dobj" and t.lemma[c] in messages for c in t.children[sender]):
        return []
    to = [c for c in t.children[sender] if t.dep[c] == "dative" or (t.dep[c] == "prep" and t.lower[c] == "to")]
    return phrase_actors(ctx, to[0], skip=skip) if to else []


def _where_the_clause_acts(ctx: Context, t: TokenTable, verb: int, etype: str, skip: frozenset[str]) -> list[ActorRef]:
    """'threatened to launch a ground operation in northern Syria': a threat is aimed where its 'to' clause would
    strike, and cooperation where it works ('won a contract to build a port in Tanzania'); not other acts (see
    docs/coder.md)."""
    if etype not in ("THREATEN", "COOPERATE"):
        return []
    objects = [c for c in t.children[verb] if t.dep[c] == "dobj"]
    for clause in [c for c in t.children[verb] if t.dep[c] == "xcomp"] + [c for o in objects for c in t.children[o] if t.dep[c] == "acl"]:
        words = [clause, *(c for c in t.children[clause] if t.dep[c] == "dobj")]
        for place in (p for w in words for p in t.children[w] if is_place(ctx, p)):
            if found := phrase_actors(ctx, place, skip=skip):
                return found
    return []


def measure_of(noun: Token) -> Token | None:
    """The amount that measures an act noun: '$200 million' in '$200 million in aid', '500 tons' in '500 tons of aid'."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "of") or prep.dep_ != "prep":
        return None
    amount = prep.head
    return amount if amount.tag_ == "CD" or any(c.dep_ == "nummod" for c in amount.children) else None


def _givers(ctx: Context, t: TokenTable, verb: int) -> list[ActorRef]:
    """'Kenya received 50 million dollars from Japan', 'obtained a loan from the IMF': those it came from, who act on
    the subject, who only receives (none for a verb that receives nothing)."""
    if t.lemma[verb] not in ctx.lexicon.cue("receiving_verbs"):
        return []
    # 'from' on the verb, or on what is received ('a consignment of relief from Riyadh'), unless it is people (who visit)
    held, cue = [c for c in t.children[verb] if t.dep[c] == "dobj"], ctx.lexicon.cue
    for n in held:  # grows as it is read
        held += [g for c in t.children[n] if t.dep[c] == "prep" and t.lower[c] == "of" for g in t.children[c] if t.dep[g] == "pobj"]
    people = cue("collective_nouns") | cue("commentator_nouns") | cue("unnamed_people")
    held = [] if any(t.lemma[n] in people or n in ctx.acts.by_token for n in held) else held
    return [a for n in (verb, *held) for c in t.children[n] if t.dep[c] == "prep" and t.lower[c] == "from"
            for a in phrase_actors(ctx, c, places=False)]


def noun_args(ctx: Context, noun: Token, pred: Predicate) -> Arguments:
    # 'a UN-brokered ceasefire' is not the UN's; 'UN-sponsored negotiations' are its mediation (CONSULT, third party)
    own = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i
           and (pred.type == "CONSULT" or not brokered(ctx, token_table(ctx.doc), c.i)) and not _venue(ctx, noun, c)]
    args = Arguments([a for c in own for a in phrase_actors(ctx, c.i, places=False)], [])
    # 'a visit by Xi', 'appeals from the UN agency' (but 'a withdrawal from Syria' leaves Syria: it is the target)
    agentive = ("by",) if pred.type in ctx.lexicon.cue("left_behind_types") else ("by", "from")
    # 'the expulsion of two diplomats by Norway': the parser may hang the doer on the object of 'of'
    of_objects = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    by = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in agentive]
    by += [c for o in of_objects for c in o.children if c.dep_ == "prep" and c.lower_ == "by"]
    if not args.source and by:
        args.source = phrase_actors(ctx, by[0].i, places=False)
    for child in noun.children:
        if child.dep_ == "prep" and child.lemma_.lower() in ctx.lexicon.cue("argument_preps") and child.lower_ not in agentive:
            if is_place(ctx, child.i) and pred.type not in ctx.lexicon.cue("place_target_types"):
                continue
            found = phrase_actors(ctx, child.i) or people_by_sector(ctx, token_table(ctx.doc), noun, child.i)
            if child.lower_ == "between" and len(found) > 1 and not args.source:
                args.source, found = found[:1], found[1:]
            args.partner_named = args.partner_named or bool(found and child.lower_ in ctx.lexicon.cue("partner_preps"))
            args.target += [a for a in found if a.key not in {t.key for t in args.target}]
            if args.target:
                break
    clause = telling_clause(ctx, noun)
    if not args.source and clause is not None:  # 'the sanctions the EU imposed on Russia', 'the aid Washington gives Islamabad'
        told = verb_args(ctx, clause, pred.type)
        args.source = told.source
        if not args.target:
            args.target, args.explicit = told.target, args.explicit or told.explicit
    if not args.source and noun.dep_ == "dobj" and (givers := _givers(ctx, token_table(ctx.doc), noun.head.i)):
        receivers = subject_of(ctx, noun.head.i)  # 'received a loan from Japan': the lender acts, on the one who receives
        if receivers:
            return Arguments(givers, receivers)
    if not args.source:
        noun = measure_of(noun) or noun  # 'announced $200 million in aid': the aid stands where its amount does
        head = noun.head
        # 'voiced support', and 'wrapping up a visit', 'joined the talks': the one who carries the act out
        if noun.dep_ in ("dobj", "attr") and head.lemma_.lower() in ctx.lexicon.cue("light_verbs") | ctx.lexicon.cue("carrying_verbs"):
            args.source, args.unnamed_source = _doers(ctx, head)  # 'activists who staged a rally' carry it out too
        elif noun.dep_ in ("pobj",) and head.head.pos_ in ("VERB", "AUX"):
            args.source = subject_of(ctx, head.head.i)
        elif noun.dep_ in ("nsubj", "nsubjpass"):
            args.source = _governingsubject_of(ctx, noun)
        if args.source and noun.dep_ == "dobj" and not args.target:
            dative = [c for c in head.children if c.dep_ == "dative"]
            if dative:
                args.target, args.explicit = phrase_actors(ctx, dative[0].i), True
    if args.source and not args.target and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        # 'a Ukrainian drone attack set fire to an oil depot in Bryansk': the act hits what its verb does
        hit = verb_args(ctx, noun.head, pred.type)
        args.target = [a for a in hit.target if a.key not in {s.key for s in args.source}]
    return args


def _venue(ctx: Context, noun: Token, modifier: Token) -> bool:
    """'the Helsinki summit', 'the Minsk talks': a city named before a gathering says where it met, not who met."""
    return (modifier.dep_ == "compound" and modifier.pos_ == "PROPN" and noun.lemma_.lower() in ctx.lexicon.cue("gathering_nouns")
            and load_kb().city_country(modifier.text) is not None)


def reporting_verb(clause: Token, deps: tuple[str, ...] = ("ccomp", "parataxis")) -> Token | None:
    """The speech verb whose report a clause is: 'said [the move was illegal]', '[...], X said'."""
    verb = reported_by(token_table(clause.doc), clause.i, deps)
    return None if verb is None else clause.doc[verb]


def reported_by(t: TokenTable, clause: int, deps: tuple[str, ...] = ("ccomp", "parataxis")) -> int | None:
    """``reporting_verb`` on token positions."""
    return t.head[clause] if t.dep[clause] in deps and t.lemma[t.head[clause]] in load_lexicon().cue("speech") else None


def _governingsubject_of(ctx: Context, token: Token) -> list[ActorRef]:
    """'X makes it clear that cooperation with Y is a priority', 'X says trade with Y will continue': the nearest clause
    above with a subject; not one that only reports an act the noun does ('a roadside bombing killed a soldier, the
    military said' is not the military's bombing)."""
    node = token.head
    acts = bool(ctx.lexicon.candidates(node.lemma_.lower(), "V"))
    for _ in range(4):
        if node.head.i == node.i or (acts and reporting_verb(node) is not None):
            break
        node = node.head
        subj = [c for c in node.children if c.dep_ in ("nsubj",)]
        if subj:
            return phrase_actors(ctx, subj[0].i)
    return []


def members_together(trigger: Token) -> bool:
    """'NATO leaders are due to meet in Vilnius', 'EU ministers agreed', 'leaders of the AU agreed': the members of
    one body act among themselves."""
    t, node = token_table(trigger.doc), trigger.i
    for _ in range(3):
        subjects = [c for c in t.children[node] if t.dep[c] == "nsubj"]
        if subjects:
            people = subjects[0]
            body = [c for c in t.children[people] if t.dep[c] == "compound"]
            body += [o for c in t.children[people] if t.dep[c] == "prep" and t.lower[c] == "of" for o in t.children[c] if t.dep[o] == "pobj"]
            return t.tag[people] == "NNS" and any(t.pos[b] == "PROPN" for b in body)
        if t.dep[node] not in ("xcomp", "acomp") or t.head[node] == node:
            return False
        node = t.head[node]
    return False


def voiced_by_commentators(ctx: Context, trigger: Token) -> bool:
    """'analysts see Kenya squeezing Uganda', 'experts discuss the summit': what commentators say, see or do
    is an opinion about acts, not one; an act named with its own doer ('discuss Ruto's refusal') stays one."""
    t, commentators = token_table(ctx.doc), ctx.lexicon.cue("commentator_nouns")
    return t.pos[trigger.i] == "VERB" and any(t.dep[c] == "nsubj" and t.lemma[c] in commentators for node in (trigger.i, *t.ancestors(trigger.i)) for c in t.children[node])


def _reporter(ctx: Context, verb: Token) -> list[ActorRef]:
    """'French farmers said they would blockade Paris': a pronoun no actor resolves, in a report, is whoever reports it."""
    pronoun = any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)
    if not pronoun or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ctx.lexicon.cue("speech"):
        return []
    return subject_of(ctx, verb.head.i) or local_actor(ctx, verb.head)
