"""Acts on acts already told: 'China attacked Vietnam and Russia condemned the attack' aims the condemnation at the
attackers; 'Beijing has not confirmed either request' is no new request.

Events are kept in ``ctx.memo["told"]`` in document order as the coder makes them; an act the model alone typed is
known only once every sentence is coded (``aim_at_acts_told``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..model import ActorRef, Event
from .context import Context

REFERRING_DETERMINERS = ("this", "that", "these", "those", "either", "neither", "both")  # an act already told


def names_an_act_told(ctx: Context, verb: Token, etype: str) -> bool:
    """'Beijing has not confirmed either request': a verb the lexicon does not know, whose object names an act of the
    model's type already told ('either', 'this', 'those' ...), speaks about that act; it is not another one. ('The'
    is left out: read so, it cost the PLOVER records and the development articles.)"""
    return any(c.dep_ in ("dobj", "nsubjpass") and any(d.dep_ in ("det", "predet") and d.lower_ in REFERRING_DETERMINERS for d in c.children)
               and any(p.type == etype for p in ctx.lexicon.candidates(c.lemma_.lower(), "N")) for c in verb.children)


def told_before(ctx: Context, sent: Span, trigger: Token, keys: set[str]) -> list[ActorRef]:
    """'Elbegdorj called the visit historic', 'China attacked Vietnam and Russia condemned the attack': an act named
    with 'the' and no one's name is the latest such act told before it; it is aimed at that act's parties other than
    the one acting now. Only for a verb the lexicon knows: what the model alone types ('the new terms replace the
    accord') is too loosely read."""
    if not ctx.lexicon.candidates(trigger.lemma_.lower(), "V"):
        return []
    # 'called the visit historic' may be parsed as a small clause: the act is the subject of the name given
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("oprd", "ccomp"))]
    objects = [c for head in heads for c in head.children if (c.dep_ in ("dobj", "nsubjpass") if head is trigger else c.i < head.i)
               and c.pos_ == "NOUN" and any(d.lower_ in ("the", "this", "that") for d in c.children)]
    types = {p.type for o in objects for p in ctx.lexicon.candidates(o.lemma_.lower(), "N")}
    for event in reversed(ctx.memo.get("told", [])):
        if event.type in types and event.trigger_start < trigger.idx and (parties := parties_told(event, keys)):
            return parties
    if types:  # the act may be one the model typed, known only once every sentence is coded (``aim_at_acts_told``)
        ctx.memo.setdefault("told_later", {})[trigger.idx] = types
    return []


def parties_told(event: Event, keys: set[str]) -> list[ActorRef]:
    """Whom an act on ``event`` is aimed at, by those in ``keys``: the event's other party when they took part in
    it ('Mongolia called the visit historic'), else whoever did it."""
    parties = [a for a in event.source + event.target if a.key not in keys]
    if not parties:
        return []
    return parties[:1] if any(a.key in keys for a in event.source + event.target) else event.source


def aim_at_acts_told(ctx: Context, events: list[Event]) -> None:
    """Acts on an act told before that the lexicon did not find there (``told_before``), aimed once the model's
    events are known too: 'Xi ended a state visit to Mongolia. Elbegdorj called the visit historic.'"""
    waiting = ctx.memo.get("told_later", {})
    for ev in events:
        types = waiting.get(ev.trigger_start)
        if not types:
            continue
        keys = {a.key for a in ev.source}
        earlier = [e for e in events if e.trigger_start < ev.trigger_start and e.type in types and parties_told(e, keys)]
        if earlier:
            ev.target = parties_told(max(earlier, key=lambda e: e.trigger_start), keys)
