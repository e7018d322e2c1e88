"""How an event is qualified: negated, asserted or only reported, hypothetical or future; when and where it happens."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..document.dating.expressions import is_future, resolve_date
from ..document.parsed import TokenTable, entities_in, sentence_of, sentence_text, token_table
from ..model import ActorRef, Event
from .context import Context


def light_verb_object(ctx: Context, i: int) -> bool:
    """Token ``i`` is the object of a light verb ('gave no support', 'mounted an invasion'): the noun is the act."""
    t = token_table(ctx.doc)
    return t.dep[i] == "dobj" and t.lemma[t.head[i]] in ctx.lexicon.cue("light_verbs")


def is_negated(ctx: Context, trigger: Token) -> bool:
    """'did not sign', 'never accepted', 'gave no support': a negation on the trigger, its control verb or its light verb;
    and what is done without ('ended without an agreement', 'left without signing')."""
    negators, t, i = ctx.lexicon.cue("negators"), token_table(ctx.doc), trigger.i
    if t.dep[i] in ("pobj", "pcomp") and t.lower[t.head[i]] == "without":
        return True
    nodes = [i]
    if t.dep[i] in ("xcomp",):
        nodes.append(t.head[i])
    if light_verb_object(ctx, i):
        nodes.append(t.head[i])
    for node in nodes:
        if any(t.dep[c] == "neg" or (t.lower[c] in negators and t.dep[c] in ("advmod", "det", "neg")) for c in t.children[node]):
            return True
        if t.dep[node] == "xcomp" and t.lemma[t.head[node]] in ctx.lexicon.cue("failing_verbs"):
            return True  # 'failed to reach a deal': it did not happen
    return False


def not_done_yet(t: TokenTable, clause: int, governing: set[str]) -> bool:
    """'demanded that Russia withdraw', 'agreed that both sides should cooperate': what a request (``governing`` holds
    the types of the act the clause hangs from) asks for, or what an agreement says should be done, has not happened:
    it is that act's content."""
    return "REQUEST" in governing or "AGREE" in governing and any(t.tag[c] == "MD" for c in t.children[clause])


def in_condition(ctx: Context, start_char: int) -> bool:
    """'unless Baghdad accepts its terms', 'if he set foot in the country': what a condition names has not happened;
    it is the terms of another act (a threat, an offer), not an act of its own. So is a step awaited in the present
    tense ('before they demobilize', 'until their demands are met'); told in the past, it happened."""
    t = token_table(ctx.doc)
    i = t.starting_at(start_char)
    marks, pending = ctx.lexicon.cue("conditional_marks"), ctx.lexicon.cue("pending_marks")
    while i is not None and t.head[i] != i:
        if t.dep[i] == "advcl":
            mark = next((t.lower[m] for m in t.children[i] if t.dep[m] == "mark"), None)
            if mark in marks or (mark in pending and _present_tense(t, i)):
                return True
        i = t.head[i]
    return False


def _present_tense(t, verb: int) -> bool:
    """The clause's finite verb, itself or its auxiliary, is in the present ('demobilize', 'are met')."""
    finite = [verb, *(c for c in t.children[verb] if t.dep[c] in ("aux", "auxpass"))]
    return any(t.tag[k] in ("VBP", "VBZ") for k in finite) and not any(t.tag[k] in ("VBD", "MD") for k in finite)


def unable(ctx: Context, ev: Event) -> bool:
    """'They can't prevent the signing': what one cannot do is neither done nor threatened."""
    t = token_table(ctx.doc)
    i = t.starting_at(ev.trigger_start)
    return ev.negated and i is not None and any(t.dep[c] == "aux" and t.lower[c] in ctx.lexicon.cue("ability_aux")
                                                for n in (i, t.head[i]) for c in t.children[n])


def trigger_modality(ctx: Context, trigger: Token) -> str:
    key = ("modality", trigger.i)
    if key not in ctx.memo:
        ctx.memo[key] = _modality_of(ctx, trigger)
    return ctx.memo[key]


def _reported_sentence(ctx: Context, sent: Span) -> bool:
    key = ("reported", sent.start)
    if key not in ctx.memo:
        adverbs, lower = ctx.lexicon.cue("reported_adverbs"), token_table(ctx.doc).lower
        ctx.memo[key] = not adverbs.isdisjoint(lower[sent.start : sent.end]) or "according to" in sentence_text(sent).lower()
    return ctx.memo[key]



def _modality_of(ctx: Context, trigger: Token) -> str:
    cue = ctx.lexicon.cue
    t = token_table(ctx.doc)
    chain = [trigger.i] + t.ancestors(trigger.i)[:5]
    for below, node in zip(chain, chain[1:]):
        if t.lemma[node] in cue("denial") and t.pos[node] == "VERB":
            if t.dep[below] == "conj":
                break  # 'Yerevan denied the charge and blamed Baku': the blaming is a second act, asserted
            return "denied"
    for node in chain[1:]:
        if t.lemma[node] in cue("speech") and t.pos[node] == "VERB":
            subj = [c for c in t.children[node] if t.dep[c] == "nsubj"]
            if subj and (t.lemma[subj[0]] in cue("vague_sources") or any(t.lemma[w] in cue("vague_sources") for w in t.subtree(subj[0]) if t.pos[w] in ("NOUN", "DET", "PRON"))):
                return "reported"
    if _reported_sentence(ctx, sentence_of(ctx.doc, trigger.i)):
        return "reported"
    # 'promised that Rwanda would send troops but declined': a finite verb the parser conjoins to a modal's verb has a tense
    # of its own, not the modal
    own = chain[:1] if t.dep[trigger.i] == "conj" and t.tag[trigger.i] in ("VBD", "VBZ", "VBP") else chain[:3]
    for below, node in zip([None, *own[:2]], own):
        auxes = [t.lemma[c] for c in t.children[node] if t.dep[c] in ("aux", "auxpass")]  # lemmas: "ca" (n't) is "can", "wo" is "will"
        if any(a in cue("hypothetical_aux") for a in auxes) or t.lemma[node] in cue("weighing_verbs"):
            return "hypothetical"  # 'could impose', 'is considering (joining)', 'weighs sending troops': not done
        if any(a in cue("future_aux") for a in auxes):
            return "future"
        # 'is set to visit', 'plans talks'; not the subject of such a verb ('a drone attack set fire to a depot')
        if below is not None and t.lemma[node] in cue("future_heads") and t.dep[below] not in ("nsubj", "nsubjpass"):
            return "future"
    return "asserted"


def under_intent(ctx: Context, trigger: Token) -> bool:
    """'aims at cooperation', 'looking forward to discussing': an intention to act is an AGREE."""
    intent, t = ctx.lexicon.cue("intent"), token_table(ctx.doc)
    node = trigger.i
    for _ in range(3):
        if t.head[node] == node:
            return False
        node = t.head[node]
        if t.lemma[node] in intent and t.pos[node] in ("VERB", "ADJ", "NOUN"):
            return True
        if t.pos[node] not in ("ADP", "PART", "VERB", "ADV") or t.dep[node] == "ROOT":
            return t.lemma[node] in intent
    return False


def self_announced(ctx: Context, trigger: Token) -> bool:
    """'Kazakhstan said it would liberalise': the actor promises its own act."""
    t = token_table(ctx.doc)
    return any(t.lemma[a] in ctx.lexicon.cue("speech") for a in t.ancestors(trigger.i))


def event_date(ctx: Context, sent: Span, trigger: Token, modality: str) -> tuple[str | None, str | None]:
    pub = ctx.document.date
    dates = _date_entities(ctx, sent)
    if not dates:
        return pub.value, pub.precision
    parse, i = token_table(ctx.doc), trigger.i
    own = [d for d in dates if (root := d[0]) == i or i in parse.ancestors(root)]  # in the trigger's subtree
    for _, text in own + dates:
        value, precision = resolve_date(text, pub.value, future=modality == "future" or is_future(trigger))
        if value:
            return value, precision
    return pub.value, pub.precision


def _date_entities(ctx: Context, sent: Span) -> list[tuple[int, str]]:
    """The sentence's DATE entities as (root token, text), read once for all the events of the sentence."""
    key = ("dates", sent.start, sent.end)
    if key not in ctx.memo:
        ctx.memo[key] = [(e.root.i, e.text) for e in entities_in(sent) if e.label_ == "DATE"]
    return ctx.memo[key]


def event_location(ctx: Context, sent: Span, trigger: Token, etype: str, mode: str | None, target: list[ActorRef]) -> str | None:
    parse = token_table(ctx.doc)
    for child in parse.children[trigger.i]:
        if parse.dep[child] == "prep" and parse.lower[child] in ("in", "at"):
            for tok in parse.ordered_subtree(child):
                mention = ctx.acts.by_token.get(tok)
                if mention and mention.actor.code and mention.actor.code not in ("IGO", "NGO", "MNC"):
                    return mention.actor.code
    if (mode == "visit" or etype in ("ASSAULT", "MOBILIZE")) and target and target[0].code not in ("IGO", "NGO", "MNC", None):
        return target[0].code
    return None
