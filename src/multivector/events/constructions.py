"""The arguments of the constructions a lexicon row asks for (its flags): a noun predicated of its target ('X is our
strategic partner'), a judgement said of an actor ('Georgia said Russia was an aggressor'), military forces kept
abroad ('Moscow keeps a division in Tajikistan')."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.kb import load_kb
from ..model import ActorRef
from .arguments import Arguments, actor_of, phrase_actors, reporting_verb, subject_of
from .context import Context
from .quotes import speaker_at


def copula_args(ctx: Context, noun: Token) -> Arguments:
    """'X is our strategic partner': the target is X; the source the possessor, else whoever is speaking."""
    subj = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return Arguments(_copula_source(ctx, noun), phrase_actors(ctx, subj[0]) if subj else [], True)


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


def basing_args(ctx: Context, verb: Token) -> Arguments:
    """'Moscow keeps a division in Tajikistan', 'American troops are stationed outside Doha': forces kept in another
    country are military cooperation with the host, the country the clause's own place phrase names."""
    forces = kept_forces(ctx, verb)
    source = phrase_actors(ctx, forces, places=False) if forces is not None and forces.dep_ == "nsubjpass" else subject_of(ctx, verb)
    places = ctx.lexicon.cue("place_preps")
    phrases = [c for head in (verb, forces) if head is not None for c in head.children if c.dep_ == "prep" and c.lower_ in places]
    own = {a.code for a in source}
    host = [a for p in phrases for a in phrase_actors(ctx, p) if a.code not in own and a.code not in ("IGO", "NGO", "MNC")]
    cities = (load_kb().city_country(o.text) for p in phrases for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN")
    host = host[:1] or [ActorRef(code) for code in cities if code and code not in own][:1]
    return Arguments(source if host else [], host, True)


def judgement_args(ctx: Context, word: Token) -> Arguments:
    """'Georgia said Russia was an aggressor', 'the Kremlin's remarks were unacceptable': the one who speaks judges
    the actor the subject names. 'The base is no threat', 'the floods were a disaster' and 'the situation in Syria is
    dangerous' (a place, not an actor) judge no one."""
    denials = ctx.lexicon.cue("denial_words")
    if any(c.dep_ in ("neg", "det", "advmod") and c.lower_ in denials for t in (word, word.head) for c in t.children):
        return Arguments([], [])
    source = _copula_source(ctx, word)
    if not source and (reporter := reporting_verb(word.head, ("ccomp", "parataxis", "relcl"))) is not None:
        source = subject_of(ctx, reporter)
    subj = [c for c in word.head.children if c.dep_ == "nsubj"]
    target = phrase_actors(ctx, subj[0], places=False, skip=frozenset(a.key for a in source)) if subj else []
    return Arguments(source if target else [], target, True)


def _copula_source(ctx: Context, noun: Token) -> list[ActorRef]:
    """Who predicates the noun: its possessor ('our partner'), else the speaker of the quote it stands in."""
    poss = [c for c in noun.children if c.dep_ == "poss"]
    source = [a for a in (actor_of(ctx, poss[0]),) if a] if poss else []
    if not source and (speaker := speaker_at(ctx.quotes, noun.idx)) is not None:
        source = [speaker]
    return source
