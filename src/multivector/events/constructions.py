"""The constructions a lexicon row asks for (its flags): whether the clause has them, and their arguments.

A noun predicated of its target ('X is our strategic partner'), a judgement said of an actor ('Georgia said Russia
was an aggressor'), military forces kept abroad ('Moscow keeps a division in Tajikistan'), leaving an organisation,
ending a cooperative act, a visit abroad, denying a claim, a question put ('asked whether ...'), a name given ('called
the vote a sham')."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.kb import load_kb
from ..document.parsed import TokenTable, token_table
from ..model import ActorRef
from .arguments import Arguments, reporting_verb, subject_of
from .context import Context
from .phrases import actor_at, phrase_actors
from .quotes import speaker_at


def copula_args(ctx: Context, noun: Token) -> Arguments:
    """'X is our strategic partner': the target is X; the source the possessor, else whoever is speaking."""
    subj = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return Arguments(_copula_source(ctx, noun), phrase_actors(ctx, subj[0].i) if subj else [], True)


def kept_forces(ctx: Context, verb: Token) -> Token | None:
    """What a basing verb keeps, when it is military: 'troops', 'a division', 'an air base', 'a naval presence' (not
    'an economic presence' or a company's 'base')."""
    lex = ctx.lexicon
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        lemma = obj.lemma_.lower()
        if lemma in lex.cue("force_nouns") or (lemma in lex.cue("facility_nouns") and any(
                m.dep_ in ("amod", "compound") and m.lemma_.lower() in lex.cue("military_modifiers") for m in obj.children)):
            return obj
    return None


def mobilizes_forces(ctx: Context, trigger: Token) -> bool:
    """What is mobilised, when named, is armed forces: 'mobilized 20,000 reservists', 'a general mobilization', not
    'mobilized pressure groups' or 'the mobilization of voters' (no military posture)."""
    lex = ctx.lexicon
    armed = lex.cue("force_nouns") | lex.cue("armed_nouns")
    named = [c for c in trigger.children if c.dep_ == "dobj"] + [
        o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return all(o.lemma_.lower() in armed or any(m.dep_ in ("amod", "compound") and m.lemma_.lower() in lex.cue("military_modifiers")
                                                for m in o.children) for o in named)


def goes_nowhere(ctx: Context, verb: Token, etype: str) -> bool:
    """'Since he returned to power', 'completed a dam': a verb the lexicon does not know, with nothing left or given back
    (no object, no 'from', no 'out'; or finishing what is no act: a pullout completed is coded at 'pullout'), is no
    retreat, whatever the model hears in it. ('Kozak left' is kept: the gold codes a departure as one, and 'leave' has
    rows of its own.)"""
    if etype != "RETREAT" or ctx.lexicon.candidates(verb.lemma_.lower(), "V"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() in ctx.lexicon.cue("completion_verbs"):
        return not any(ctx.lexicon.candidates(o.lemma_.lower(), "N") for o in objects)
    return not objects and not any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("from", "out")) for c in verb.children)


# Flags whose row names no act when the trigger takes an object of a cue list (that list, and the object's dependencies):
# 'fight the epidemic' attacks no one, 'committed war crimes' pledges nothing, 'signed a decree' or 'the bill was signed'
# agrees with no one.
OBJECTS_RULED_OUT = {"foe": ("plights", ("dobj",)), "pledging": ("wrong_nouns", ("dobj",)), "pact": ("law_nouns", ("dobj", "nsubjpass"))}


def rules_out(ctx: Context, trigger: Token, flags: frozenset[str]) -> bool:
    """A construction that leaves a row's words naming no act of its type: 'mobilized pressure groups' takes no military
    posture (``military``), 'helped support the plan' supports and gives no aid (``framing``), and the objects of
    ``OBJECTS_RULED_OUT``."""
    lex = ctx.lexicon
    return (("military" in flags and not mobilizes_forces(ctx, trigger))
            or ("framing" in flags and any(c.dep_ == "xcomp" and lex.candidates(c.lemma_.lower(), "V") for c in trigger.children))
            or any(c.dep_ in deps and c.lemma_.lower() in lex.cue(cue) for flag, (cue, deps) in OBJECTS_RULED_OUT.items()
                   if flag in flags for c in trigger.children))


def mobilizes_no_forces(ctx: Context, verb: Token) -> bool:
    """A verb of mobilising (a 'military' row) whose object is no armed force: the model may hear a mobilisation in it."""
    return any("military" in p.flags for p in ctx.lexicon.candidates(verb.lemma_.lower(), "V")) and not mobilizes_forces(ctx, verb)


def basing_args(ctx: Context, verb: Token) -> Arguments:
    """'Moscow keeps a division in Tajikistan', 'American troops are stationed outside Doha': forces kept in another
    country are military cooperation with the host, the country the clause's own place phrase names."""
    forces = kept_forces(ctx, verb)
    source = phrase_actors(ctx, forces.i, places=False) if forces is not None and forces.dep_ == "nsubjpass" else subject_of(ctx, verb.i)
    places = ctx.lexicon.cue("place_preps")
    phrases = [c for head in (verb, forces) if head is not None for c in head.children if c.dep_ == "prep" and c.lower_ in places]
    own = {a.code for a in source}
    host = [a for p in phrases for a in phrase_actors(ctx, p.i) if a.code not in own and a.code not in ("IGO", "NGO", "MNC")]
    cities = (load_kb().city_country(o.text) for p in phrases for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN")
    host = host[:1] or [ActorRef(code) for code in cities if code and code not in own][:1]
    if not host and ctx.home and ctx.home not in own and any(_the_country_here(p) for head in (verb, forces) if head is not None for p in head.children):
        host = [ActorRef(ctx.home)]
    return Arguments(source if host else [], host, True)


def _the_country_here(phrase: Token) -> bool:
    """'kept a base in the country', 'maintains its garrison here': the state the article reports from."""
    if phrase.dep_ == "advmod" and phrase.lower_ == "here":
        return True
    country = [o for o in phrase.children if o.dep_ == "pobj" and o.lemma_ == "country" and o.tag_ == "NN"]
    return phrase.dep_ == "prep" and bool(country) and [d.lower_ for d in country[0].children] == ["the"]


def judgement_args(ctx: Context, word: Token) -> Arguments:
    """'Georgia said Russia was an aggressor', 'the Kremlin's remarks were unacceptable': the one who speaks judges
    the actor the subject names. 'The base is no threat', 'the floods were a disaster' and 'the situation in Syria is
    dangerous' (a place, not an actor) judge no one."""
    denials = ctx.lexicon.cue("denial_words")
    if any(c.dep_ in ("neg", "det", "advmod") and c.lower_ in denials for t in (word, word.head) for c in t.children):
        return Arguments([], [])
    source = _copula_source(ctx, word)
    subj = [c for c in word.head.children if c.dep_ == "nsubj"]
    target = phrase_actors(ctx, subj[0].i, places=False, skip=frozenset(a.key for a in source)) if subj else []
    return Arguments(source if target else [], target, True)


def charge_args(ctx: Context, verb: Token) -> Arguments:
    """'Kenya said Uganda had violated the truce', 'complained that Uganda was meddling': the reporter accuses the one
    the breach is told of (a ``charged`` row, matched only under a report)."""
    clause = charged_clause(verb)
    reporter = reporting_verb(clause) if clause is not None else None
    source = subject_of(ctx, reporter.i) if reporter is not None else []
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] if clause is not None else []
    target = phrase_actors(ctx, subj[0].i, places=False, skip=frozenset(a.key for a in source)) if subj else []
    return Arguments(source if target else [], target, True)


def charged_clause(verb: Token) -> Token | None:
    """The reported clause a breach is told in, through the verbs that frame it ('said Uganda was trying to
    destabilise the region'), or None when no one reports it."""
    node = verb
    while node.dep_ == "xcomp" and node.head is not node:
        node = node.head
    return node if reporting_verb(node) is not None else None


def _copula_source(ctx: Context, noun: Token) -> list[ActorRef]:
    """Who predicates the noun: its possessor ('our partner'), else the speaker of the quote it stands in, else the
    one who says it ('Tokayev said Russia was a strategic partner')."""
    poss = [c for c in noun.children if c.dep_ == "poss"]
    source = [a for a in (actor_at(ctx, poss[0].i),) if a] if poss else []
    if not source and (speaker := speaker_at(ctx.quotes, noun.idx)) is not None:
        source = [speaker]
    if not source and (reporter := reporting_verb(noun.head, ("ccomp", "parataxis", "relcl"))) is not None:
        source = subject_of(ctx, reporter.i)
    return source


def denies_a_claim(ctx: Context, verb: Token) -> bool:
    """'denied targeting civilian sites', 'denies that any agreement was reached', 'denied this', 'denied the
    charges', '..., which Tehran denies': what is denied is a claim, not a request."""
    claims = ctx.lexicon.cue("accusation_nouns") | {"this", "that", "it", "report"}
    # 'Riyadh says Iran supplies the weapons, which Tehran denies' (not 'a request for talks, which Kenya denied')
    nouns = [verb.head, *(a for a in verb.head.ancestors if a.pos_ == "NOUN")][:3]
    told = verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and not any(
        p.type == "REQUEST" for n in nouns for p in ctx.lexicon.candidates(n.lemma_.lower(), "N"))
    return any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and (c.lemma_.lower() in claims or told and c.lower_ in ("which", "that", "what")))
               for c in verb.children)


def withholds_comment(ctx: Context, verb: Token) -> bool:
    """'declined to comment', 'refused to elaborate', 'did not comment': saying nothing is no act (CAMEO's 'decline
    comment' is a public statement, a kind PLOVER leaves out)."""
    words, t = ctx.lexicon.cue("comment_verbs"), token_table(verb.doc)
    return t.lemma[verb.i] in words or any(t.dep[c] == "xcomp" and t.lemma[c] in words for c in t.children[verb.i])


def menaces(ctx: Context, verb: Token) -> bool:
    """'warned Kenya', 'warned that it would retaliate': a warning given to someone, or about what an actor may do, not
    one about how things stand ('warned that the hardest part lay ahead')."""
    if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "against") for c in verb.children):
        return True
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return not clauses or any(ctx.acts.actor_at(s) is not None or s.pos_ == "PRON" for s in subjects)


def sends_words(ctx: Context, verb: Token) -> bool:
    """'sent a letter to the UN', 'sent mixed signals': what is sent is words, no troops or goods (the model hears
    'sent' as a deployment or aid); words that name an act of their own ('sent an invitation') are coded there, and
    a message that says what it does ('sent a letter urging talks') is that act."""
    return verb.lemma_.lower() in ctx.lexicon.cue("sending_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ctx.lexicon.cue("message_nouns") and not any(d.dep_ in ("acl", "relcl") for d in c.children)
        for c in verb.children)


def leaves_an_organisation(ctx: Context, verb: Token) -> bool:
    """'left the CIS', 'quit the alliance', 'withdrew from NATO': the verb's object names an international organisation."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + objects_left(verb)
    kb, text = load_kb(), ctx.document.text
    named = [m for o in objects if (m := ctx.acts.at(o)) is not None and m.actor.code == "IGO"]
    return any(not kb.city_country(text[m.start : m.end]) for m in named)  # 'left Brussels' leaves a city, not the EU


def ends_hostility(ctx: Context, verb: Token) -> bool:
    """'stopped shelling the city', 'halted attacks': what ends is a hostile act (CAMEO 087, de-escalation)."""
    hostile = {t for t, u in ctx.lexicon.retype("intention_types").items() if u == "THREATEN"}
    return any(p.type in hostile for obj in _ended(verb)
               for p in ctx.lexicon.candidates(obj.lemma_.lower(), "V" if obj.pos_ == "VERB" else "N"))


def _ended(verb: Token) -> list[Token]:
    """What an ending verb ends: 'withdrew from the talks' ends them; 'withdrew the proposal' takes back its own offer."""
    left = objects_left(verb)
    return left if left or verb.lemma_.lower() == "withdraw" else [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "nsubjpass")]


def ends_cooperation(ctx: Context, verb: Token) -> bool:
    """'stopped joint patrols', 'called off a visit', 'pulled out of business deals': what ends is a cooperative act."""
    kinds = ctx.lexicon.cue("cooperative_types")
    for obj in _ended(verb):
        if any(m.dep_ == "amod" and m.lower_ == "joint" for m in obj.children):
            return True
        partnered = bool(prep_objects(obj, "with"))
        rows = ctx.lexicon.candidates(obj.lemma_.lower(), "V" if obj.pos_ == "VERB" else "N")
        # a partner-only act ('exercises') is cooperation only with a partner: 'joint exercises', 'exercises with Belarus'
        if any(p.type in kinds and (partnered or not p.partner) for p in rows):
            return True
    return False


def abroad(ctx: Context, verb: Token) -> bool:
    """'Kerry was in Islamabad', 'is due in Manila', 'went to Beijing', 'came to the inauguration': a person or a
    government of one country in, or going to, another's capital or a gathering of leaders."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    people = [m.actor for c in subjects if (m := ctx.acts.at(c)) is not None and (m.kind == "person" or m.actor.sector == "GOV")]
    if not people:
        return False
    if any(o.lemma_.lower() in ctx.lexicon.cue("gathering_nouns") for o in prep_objects(verb, "to")):
        return True
    heads = [verb] + [c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in ("due", "expected")]  # 'is due in Manila'
    cities = [o for head in heads for prep in ("in", "to") for o in prep_objects(head, prep)
              if (entry := load_kb().phrases.get(o.text)) is not None and entry.kind == "seat"]
    where = {a.code for o in cities if (a := ctx.acts.actor_at(o)) is not None and a.code and a.code != "IGO"}
    return bool(where) and not where & {a.code for a in people}  # 'troops are in Syria': being in a country is no visit


def name_given(verb: Token) -> list[Token]:
    """What a naming verb calls its object: 'called the vote [a sham]', 'described the talks [as constructive]'."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    second = objects[1:] if len(objects) > 1 else []  # 'which it called a flagrant violation': parsed as two objects
    # 'called the ratification of the treaty "extremely hostile"': the name hung on the object's last noun
    trailing = [t for o in objects[:1] for t in o.subtree if t.dep_ == "amod" and t.i > t.head.i]
    # 'described the comments [as colonialist]', 'called President Bush [the devil]': hung on the object; an
    # apposition set off by a comma only says who the object is ('called Lavrov, the foreign minister,')
    on_object = [n for o in objects[:1] for n in prep_objects(o, "as", ("pobj", "amod", "acomp"))]
    on_object += [a for o in objects[:1] for a in o.children if a.dep_ == "appos" and a.i > o.i and not a.doc[a.left_edge.i - 1].is_punct]
    return [c for c in verb.children if c.dep_ == "oprd"] + second + trailing + prep_objects(verb, "as", ("pobj", "amod", "acomp")) + on_object


def judgement(ctx: Context, verb: Token) -> str | None:
    """ACCUSE when the name given is a negative judgement ('a sham', 'extremely hostile'), SUPPORT when a positive
    one ('constructive', 'a strategic partner'), None when it judges nothing."""
    words = {t.lemma_.lower() for name in name_given(verb) for t in _name_words(name)}
    if words & ctx.lexicon.cue("negative_evaluation"):
        return "ACCUSE"
    if words & ctx.lexicon.cue("positive_evaluation"):
        return "SUPPORT"
    return None


def _name_words(name: Token) -> list[Token]:
    """The name and its modifiers, not the phrases hung on it: 'a base [for anti-piracy patrols]' judges nothing."""
    out = [name]
    for child in name.children:
        if child.dep_ not in ("prep", "relcl", "acl", "appos"):
            out.extend(_name_words(child))
    return out


def names_its_object(verb: Token, candidates) -> bool:
    """A verb with a naming row (of its lexicon ``candidates``) that gives its object a name: it is read as naming
    ('called the vote a sham'), none of its other senses ('a phone call', 'call for')."""
    return any("naming" in p.flags for p in candidates) and bool(name_given(verb))


def names_without_judging(ctx: Context, verb: Token) -> bool:
    """'Shamkhani called the talks clear': a naming verb that gives its object a name judging nothing names no act of
    another sense ('call for')."""
    return names_its_object(verb, ctx.lexicon.candidates(verb.lemma_.lower(), "V")) and judgement(ctx, verb) is None


def objects_left(verb: Token) -> list[Token]:
    """What a verb leaves: 'withdrew [from] NATO', 'pulled out [of] the deals'."""
    return prep_objects(verb, "from") + [o for out in verb.children if out.lower_ == "out" for o in prep_objects(out, "of")]


def prep_objects(head: Token, prep: str, deps: tuple[str, ...] = ("pobj",)) -> list[Token]:
    """The objects of ``head``'s phrases opened by ``prep`` ('withdrew [from] NATO', 'described it [as] hostile')."""
    t = token_table(head.doc)
    return [head.doc[o] for c in t.children[head.i] if t.dep[c] == "prep" and t.lower[c] == prep for o in t.children[c] if t.dep[o] in deps]


def _asks_a_question(t: TokenTable, verb: int) -> bool:
    """'asked the minister whether ...', 'asked her what the moves mean', 'asked about the base': a question put, not
    a request made (token ``verb``, read from the ``TokenTable``: asked of every trigger and its heads)."""
    return t.lemma[verb] == "ask" and any(
        (t.dep[c] == "ccomp" and any(t.tag[w] in ("WP", "WRB", "WDT") or (t.dep[w] == "mark" and t.lower[w] in ("whether", "if"))
                                     for w in t.children[c]))
        or (t.dep[c] == "prep" and t.lower[c] == "about")
        for c in t.children[verb])


def questioned(token: Token) -> bool:
    """The verb that asks a question, or a word of what it asks ('whether Russia would send troops')."""
    t = token_table(token.doc)
    return _asks_a_question(t, token.i) or any(t.dep[a] == "ccomp" and _asks_a_question(t, t.head[a]) for a in (token.i, *t.ancestors(token.i)))
