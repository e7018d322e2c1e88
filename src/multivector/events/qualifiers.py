"""How an event is qualified: negated, asserted or only reported, hypothetical or future; when and where it happens."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..document.dating.expressions import is_future, resolve_date
from ..model import ActorRef
from .context import Context, sentence_ents

def is_negated(ctx: Context, trigger: Token) -> bool:
    """'did not sign', 'never accepted', 'gave no support': a negation on the trigger, its control verb or its light verb."""
    negators = ctx.lexicon.cue("negators")
    nodes = [trigger]
    if trigger.dep_ in ("xcomp",):
        nodes.append(trigger.head)
    if trigger.dep_ in ("dobj",) and trigger.head.lemma_.lower() in ctx.lexicon.cue("light_verbs"):
        nodes.append(trigger.head)
    for node in nodes:
        if any(c.dep_ == "neg" or (c.lower_ in negators and c.dep_ in ("advmod", "det", "neg")) for c in node.children):
            return True
    return False


def trigger_modality(ctx: Context, trigger: Token) -> str:
    key = ("modality", trigger.i)
    if key not in ctx.memo:
        ctx.memo[key] = _modality_of(ctx, trigger)
    return ctx.memo[key]


def _reported_sentence(ctx: Context, sent: Span) -> bool:
    key = ("reported", sent.start)
    if key not in ctx.memo:
        cue = ctx.lexicon.cue
        ctx.memo[key] = any(t.lower_ in cue("reported_adverbs") for t in sent) or "according to" in sent.text.lower()
    return ctx.memo[key]



def _modality_of(ctx: Context, trigger: Token) -> str:
    cue = ctx.lexicon.cue
    chain = [trigger] + list(trigger.ancestors)[:5]
    for node in chain:
        if node.lemma_.lower() in cue("denial") and node is not trigger and node.pos_ == "VERB":
            return "denied"
    for node in chain[1:]:
        if node.lemma_.lower() in cue("speech") and node.pos_ == "VERB":
            subj = [c for c in node.children if c.dep_ == "nsubj"]
            if subj and (subj[0].lemma_.lower() in cue("vague_sources") or any(t.lemma_.lower() in cue("vague_sources") for t in subj[0].subtree if t.pos_ in ("NOUN", "DET", "PRON"))):
                return "reported"
    if _reported_sentence(ctx, trigger.sent):
        return "reported"
    for node in chain[:3]:
        auxes = [c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")]
        if any(a in cue("hypothetical_aux") for a in auxes):
            return "hypothetical"
        if any(a in cue("future_aux") for a in auxes):
            return "future"
        if node is not trigger and node.lemma_.lower() in cue("future_heads"):
            return "future"
    return "asserted"


def under_intent(ctx: Context, trigger: Token) -> bool:
    """'aims at cooperation', 'looking forward to discussing': an intention to act is an AGREE."""
    intent = ctx.lexicon.cue("intent")
    node = trigger
    for _ in range(3):
        if node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in intent and node.pos_ in ("VERB", "ADJ", "NOUN"):
            return True
        if node.pos_ not in ("ADP", "PART", "VERB", "ADV") or node.dep_ == "ROOT":
            return node.lemma_.lower() in intent
    return False


def self_announced(ctx: Context, trigger: Token) -> bool:
    """'Kazakhstan said it would liberalise': the actor promises its own act."""
    return any(a.lemma_.lower() in ctx.lexicon.cue("speech") for a in trigger.ancestors)


def event_date(ctx: Context, sent: Span, trigger: Token, modality: str) -> tuple[str | None, str | None]:
    pub = ctx.document.date
    dates = [e for e in sentence_ents(ctx, sent) if e.label_ == "DATE"]
    own = [e for e in dates if e.root.i in {t.i for t in trigger.subtree} or e.root.head.i == trigger.i or e.root.head.head.i == trigger.i]
    for ent in own + dates:
        value, precision = resolve_date(ent.text, pub.value, future=modality == "future" or is_future(trigger))
        if value:
            return value, precision
    return pub.value, pub.precision


def event_location(ctx: Context, sent: Span, trigger: Token, etype: str, mode: str | None, target: list[ActorRef]) -> str | None:
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for tok in child.subtree:
                mention = ctx.acts.at(tok)
                if mention and mention.actor.code and mention.actor.code not in ("IGO", "NGO", "MNC"):
                    return mention.actor.code
    if (mode == "visit" or etype in ("ASSAULT", "MOBILIZE")) and target and target[0].code not in ("IGO", "NGO", "MNC", None):
        return target[0].code
    return None
