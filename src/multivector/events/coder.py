"""The PLOVER coder: predicates from the lexicon, arguments from the dependency parse.

For each sentence, every verb or noun the lexicon knows is a candidate event.
Its source is the clause subject (or the agent of a passive, the possessor of a
noun, the subject of a light verb: "X voiced support for Y"); its target the
object, the dative, or a prepositional object ("with", "into", "against" ...).
An argument is the actor closest to the head of that phrase, so "support for
Russia's incursion into Georgia" targets Russia. A clause without its own
subject borrows the one of the clause it hangs from ("X tried to negotiate",
"X voiced ... but did not recognise"). "We" and "I" inside a quote are its
speaker. Negation, modality and the event's own date are read from the clause.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..actors.resolve import DocActors
from ..document.dates import is_future, resolve_date
from ..model import ActorRef, Document, Event, Quote
from .lexicon import Lexicon, Predicate, load_lexicon
from .quotes import speaker_at

CODER_NAME = "multivector"
CODER_VERSION = "0.2.0"
CODER = f"{CODER_NAME}/{CODER_VERSION}"
CODED_KINDS = ("body", "answer", "question")
SUBJ = ("nsubj", "nsubjpass", "csubj")
OBJ = ("dobj", "dative", "attr", "oprd")
MAX_PATTERN_GAP = 6
RECIPROCAL_TYPES = ("AGREE", "CONSULT", "COOPERATE")
OWN_CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "advcl", "parataxis")  # clauses that can carry an act of their own
OBJ_DEPS = ("dobj", "dative", "attr", "oprd", "pobj", "prep", "agent", "xcomp", "ccomp", "advcl", "acomp")  # where a typed clause's target can sit


@dataclass
class _Context:
    document: Document
    doc: Doc
    acts: DocActors
    quotes: list[Quote]
    lexicon: Lexicon
    focus: ActorRef | None
    answerer: ActorRef | None


def make_context(document: Document, doc: Doc, acts: DocActors, quotes: list[Quote], *, lexicon: Lexicon | None = None) -> _Context:
    """What every decision about one document needs: its text, parse, actors, quotes and the lexicon."""
    return _Context(document, doc, acts, quotes, lexicon or load_lexicon(), _focus(acts), acts.interviewee)


def coded_sentences(ctx: _Context) -> list[Span]:
    """The sentences that can report events: body and interview text, not questions, captions or datelines."""
    return [s for s in ctx.doc.sents if _coded(ctx.document, s) and not s.text.rstrip().endswith("?")]


def code_events(ctx: _Context, sents: list[Span] | None = None) -> list[Event]:
    """The lexicon's candidate events of the given sentences (default: all coded ones), each with its evidence sentence."""
    events: list[Event] = []
    for sent in coded_sentences(ctx) if sents is None else sents:
        for token in sent:
            for pred in _match(ctx.lexicon, token):
                event = _build(ctx, sent, token, pred)
                if event is not None:
                    events.append(event)
                break
    return _dedupe(events)


def _is_clause(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.dep_ in OWN_CLAUSE_DEPS and any(c.dep_ in SUBJ for c in token.children)


def other_clauses(sent: Span, taken: set[int]) -> list[tuple[Token, Span]]:
    """Clauses of the sentence with a subject of their own, none of whose words is in ``taken``: (verb, its words).

    'X signed a deal with Y, and Z protested outside': the second clause is an
    event of its own. A clause's words stop where a clause embedded in it starts.
    """
    out = []
    for verb in sent:
        if not _is_clause(verb):
            continue
        nested = {t.i for d in verb.subtree if d.i != verb.i and _is_clause(d) for t in d.subtree}
        words = [t for t in verb.subtree if t.i not in nested and not t.is_space]
        if words and not {t.i for t in words} & taken:
            out.append((verb, sent.doc[words[0].i : words[-1].i + 1]))
    return out


def clause_event(ctx: _Context, sent: Span, etype: str, confidence: float, verb: Token | None = None) -> Event | None:
    """An event of ``etype`` at ``verb`` (default: the sentence's main predicate), though the lexicon may not know it: the model typed it.

    Source: the subject (the agent of a passive); target: the objects and
    complements, else another actor of the sentence that does not only report
    it. A passive without its agent names no one who acts: no event.
    """
    verb = verb if verb is not None else main_verb(sent)
    source, passive = subject_actors(ctx.acts, verb)
    keys = {a.key for a in source}
    if passive:
        patient = [c for c in verb.children if c.dep_ == "nsubjpass"]
        target = first_actors(ctx.acts, patient[0].subtree, keys) if patient else []
    else:
        target = object_actors(ctx.acts, verb, keys)
    if not target:
        reporters = attribution(sent, verb, ctx.lexicon.cue("speech"))
        target = actors_in(ctx.acts, (t for t in sent if t.idx not in reporters), keys)[:1]
    agentless = any(c.dep_ == "nsubjpass" for c in verb.children) and not passive
    if not source and target and not agentless:
        # no actor in the subject ('the rebels', 'guerrillas'): the first actor named acts on the next one
        source, target = target, actors_in(ctx.acts, sent, {target[0].key})[:1]
    if not source:
        return None
    negated = _negated(ctx, verb) and etype not in ctx.lexicon.cue("negation_in_type")  # "refused": the refusal is the act
    return _assemble(ctx, sent, verb, etype, None, source, target, negated, confidence)


def _coded(document: Document, sent: Span) -> bool:
    first = next((t.idx for t in sent if not t.is_space), sent.start_char)
    return any(seg.start <= first < seg.end and seg.kind in CODED_KINDS for seg in document.segments)


def _focus(acts: DocActors) -> ActorRef | None:
    """The state the article is most about: the most mentioned country."""
    counts: dict[str, int] = {}
    first: dict[str, ActorRef] = {}
    for m in acts.mentions:
        if m.kind == "state" and m.actor.code and m.actor.code != "IGO":
            counts[m.actor.code] = counts.get(m.actor.code, 0) + 1
            first.setdefault(m.actor.code, m.actor)
    if not counts:
        return None
    code = max(counts, key=lambda c: counts[c])
    actor = first[code]
    return ActorRef(actor.code, "GOV", None, actor.name if actor.sector == "GOV" else None)


def _pos(token: Token) -> str | None:
    if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass")):
        return "V"
    if token.pos_ in ("NOUN", "PROPN"):
        return "N"
    if token.pos_ == "ADJ":
        return "A"
    return None


def _match(lexicon: Lexicon, token: Token) -> list[Predicate]:
    pos = _pos(token)
    if pos is None:
        return []
    out = []
    for pred in lexicon.candidates(token.lemma_.lower(), pos):
        if "friendly" in pred.flags and not any(c.dep_ == "amod" and c.lemma_.lower() in lexicon.cue("friendly_adjectives") for c in token.children):
            continue
        if "copula" in pred.flags and not (token.dep_ == "attr" and token.head.lemma_ == "be"):
            continue
        if len(pred.words) == 1 or _follows(token, pred.words[1:]):
            out.append(pred)
    return out


def _follows(token: Token, words: tuple[str, ...]) -> bool:
    """The remaining pattern words occur, in order, among the trigger's right dependents."""
    subtree = [t for t in token.subtree if t.i > token.i and t.i - token.i <= MAX_PATTERN_GAP + len(words)]
    i = 0
    for tok in subtree:
        if i < len(words) and tok.lemma_.lower() == words[i]:
            i += 1
    return i == len(words)


def _build(ctx: _Context, sent: Span, trigger: Token, pred: Predicate) -> Event | None:
    if pred.pos == "N" and trigger.dep_ == "compound":
        return None
    if "copula" in pred.flags:
        source, target, explicit_target = _copula_args(ctx, trigger)
    else:
        source, target, explicit_target = (_verb_args if pred.pos == "V" else _noun_args)(ctx, trigger, pred)
    if not source:
        return None
    confidence = 0.9
    joint = len(source) > 1 and not target and pred.type in RECIPROCAL_TYPES  # "Russia and China agreed": a joint act
    if not target and not explicit_target and not joint:
        target = _fallback_target(ctx, sent, trigger, source)
        confidence = 0.6
    keys = {a.key for a in source}
    target = [a for a in target if a.key not in keys]
    if not target and not joint and pred.type not in ("PROTEST", "MOBILIZE", "ASSAULT", "RETREAT"):
        return None
    etype, mode = pred.type, pred.mode
    negated = _negated(ctx, trigger)
    if negated and pred.negated_as:
        etype, negated = pred.negated_as, False
    if _under_intent(ctx, trigger) and etype in ("COOPERATE", "CONSULT", "AID"):
        etype, mode = "AGREE", None
    elif _modality(ctx, trigger) == "future" and etype in ctx.lexicon.cue("material_types_promised") and _self_announced(ctx, trigger):
        etype, mode = "AGREE", None
    return _assemble(ctx, sent, trigger, etype, mode, source, target, negated, confidence)


def _assemble(ctx: _Context, sent: Span, trigger: Token, etype: str, mode: str | None,
              source: list[ActorRef], target: list[ActorRef], negated: bool, confidence: float) -> Event:
    """An event at ``trigger`` with its modality, date, place and evidence read from the clause."""
    modality = _modality(ctx, trigger)
    date, precision = _event_date(ctx, sent, trigger, modality)
    start, end = _sentence_bounds(sent)
    return Event(
        doc_id=ctx.document.doc_id,
        type=etype,
        mode=mode,
        source=source,
        target=target,
        sentence=ctx.document.text[start:end],
        sent_start=start,
        sent_end=end,
        trigger=trigger.text,
        trigger_start=trigger.idx,
        trigger_end=trigger.idx + len(trigger.text),
        negated=negated,
        modality=modality,
        date=date,
        date_precision=precision,
        location=_location(ctx, sent, trigger, etype, mode, target),
        confidence=confidence,
        coder=CODER,
    )


def _sentence_bounds(sent: Span) -> tuple[int, int]:
    """The sentence without the blanked lines (dropped boilerplate) the parser saw as white space."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return sent.start_char, sent.start_char
    return words[0].idx, words[-1].idx + len(words[-1].text)


# --- arguments -------------------------------------------------------------------------


def _actor_of(ctx: _Context, token: Token) -> ActorRef | None:
    """The actor a token stands for: its mention, or the quote's speaker for 'we' and 'I'."""
    if token.lower_ in ("we", "i", "us", "our", "me", "my"):
        speaker = speaker_at(ctx.quotes, token.idx)
        if speaker is None and _in_answer(ctx, token):
            speaker = ctx.answerer
        return speaker
    mention = ctx.acts.at(token)
    return mention.actor if mention else None


def _in_answer(ctx: _Context, token: Token) -> bool:
    return any(s.kind == "answer" and s.start <= token.idx < s.end for s in ctx.document.segments)


def _nearest_actors(ctx: _Context, head: Token, *, skip: set[int] | None = None) -> list[ActorRef]:
    """Actors of a phrase: breadth-first from its head, the nearest level that has any; conjuncts together."""
    skip = skip or set()
    level = [head]
    seen = set()
    while level:
        found: list[ActorRef] = []
        for tok in level:
            actor = _actor_of(ctx, tok)
            if actor is not None and actor.code and actor.key not in {a.key for a in found}:
                found.append(actor)
        if found:
            for tok in level:
                for conj in tok.conjuncts:
                    actor = _actor_of(ctx, conj)
                    if actor is not None and actor.code and actor.key not in {a.key for a in found}:
                        found.append(actor)
            return found
        seen.update(t.i for t in level)
        level = [c for t in level for c in t.children if c.i not in seen and c.i not in skip and c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj", "appos")]
    return []


def _subject(ctx: _Context, verb: Token) -> list[ActorRef]:
    node = verb
    for _ in range(4):
        around = [node] + [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        subj = [c for n in around for c in n.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            return _nearest_actors(ctx, subj[0])
        agent = [c for c in node.children if c.dep_ == "agent"]
        if agent:
            return _nearest_actors(ctx, agent[0])
        passive = [c for c in node.children if c.dep_ == "nsubjpass"]
        if passive and node is not verb:
            return _nearest_actors(ctx, passive[0])
        if node.dep_ in ("xcomp", "conj", "advcl", "pcomp", "pobj", "prep", "acomp") and node.head.i != node.i:
            node = node.head
            continue
        break
    return []


def _verb_args(ctx: _Context, verb: Token, pred: Predicate) -> tuple[list[ActorRef], list[ActorRef], bool]:
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        agent = [c for c in verb.children if c.dep_ == "agent"]
        source = _nearest_actors(ctx, agent[0]) if agent else []
        return source, _nearest_actors(ctx, passive[0]), True
    source = _subject(ctx, verb)
    target: list[ActorRef] = []
    explicit = False
    pattern_words = set(pred.words[1:])
    for child in verb.children:
        if child.dep_ in OBJ or (child.dep_ == "prep" and child.lemma_.lower() in ctx.lexicon.cue("argument_preps")) or child.dep_ == "prt":
            if child.dep_ == "prep" and child.lemma_.lower() in ("in", "at") and pred.type not in ("CONSULT", "ASSAULT", "MOBILIZE"):
                continue
            explicit = explicit or child.dep_ in OBJ or (child.dep_ == "prep" and child.lemma_.lower() not in pattern_words)
            found = _nearest_actors(ctx, child)
            for actor in found:
                if actor.key not in {a.key for a in target}:
                    target.append(actor)
            if target:
                break
    if not source and pred.partner and len(target) > 1:
        source = target[:1]
    return source, target, explicit


def _noun_args(ctx: _Context, noun: Token, pred: Predicate) -> tuple[list[ActorRef], list[ActorRef], bool]:
    own = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i]
    source = [a for c in own for a in _nearest_actors(ctx, c)]
    by = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    if not source and by:
        source = _nearest_actors(ctx, by[0])
    target: list[ActorRef] = []
    explicit = False
    for child in noun.children:
        if child.dep_ == "prep" and child.lemma_.lower() in ctx.lexicon.cue("argument_preps") and child.lower_ != "by":
            if child.lower_ in ("in", "at") and pred.type not in ("ASSAULT", "CONSULT"):
                continue
            explicit = True
            found = _nearest_actors(ctx, child)
            if child.lower_ == "between" and len(found) > 1 and not source:
                source, found = found[:1], found[1:]
            target.extend(a for a in found if a.key not in {t.key for t in target})
            if target:
                break
    if not source:
        head = noun.head
        if noun.dep_ in ("dobj", "attr") and head.lemma_.lower() in ctx.lexicon.cue("light_verbs"):
            source = _subject(ctx, head)
        elif noun.dep_ in ("pobj",) and head.head.pos_ == "VERB":
            source = _subject(ctx, head.head)
        elif noun.dep_ in ("nsubj", "nsubjpass"):
            source = _governing_subject(ctx, noun)
        if source and noun.dep_ == "dobj" and not target:
            dative = [c for c in head.children if c.dep_ == "dative"]
            if dative:
                target, explicit = _nearest_actors(ctx, dative[0]), True
    return source, target, explicit


def _copula_args(ctx: _Context, noun: Token) -> tuple[list[ActorRef], list[ActorRef], bool]:
    """'X is our strategic partner': the target is X; the source the possessor, else whoever is speaking."""
    subj = [c for c in noun.head.children if c.dep_ == "nsubj"]
    target = _nearest_actors(ctx, subj[0]) if subj else []
    poss = [c for c in noun.children if c.dep_ == "poss"]
    source = [a for a in (_actor_of(ctx, poss[0]),) if a] if poss else []
    if not source:
        speaker = speaker_at(ctx.quotes, noun.idx)
        source = [speaker] if speaker else []
    return source, target, True


def _governing_subject(ctx: _Context, token: Token) -> list[ActorRef]:
    """'X makes it clear that cooperation with Y is a priority': the nearest clause above with a subject."""
    node = token.head
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        subj = [c for c in node.children if c.dep_ in ("nsubj",)]
        if subj:
            return _nearest_actors(ctx, subj[0])
    return []


def attribution(sent: Span, trigger: Token, speech: frozenset[str]) -> set[int]:
    """Character offsets of the words that only say who reports the event ('..., the Israeli army said')."""
    out: set[int] = set()
    for node in (trigger, *trigger.ancestors):
        for verb in (node, *(c for c in node.children if c.dep_ == "parataxis")):
            if verb.i != trigger.i and verb.lemma_.lower() in speech:
                out.update(t.idx for c in verb.children if c.dep_ == "nsubj" for t in c.subtree)
    out.update(t.idx for tok in sent if tok.lower_ == "according" for t in tok.subtree)
    return out


def _fallback_target(ctx: _Context, sent: Span, trigger: Token, source: list[ActorRef]) -> list[ActorRef]:
    """No target named: another actor of the sentence (not the one reporting it), else the state the article is about."""
    keys = {a.key for a in source}
    reporters = attribution(sent, trigger, ctx.lexicon.cue("speech"))
    for mention in ctx.acts.mentions:
        if (
            sent.start_char <= mention.start < sent.end_char
            and mention.start not in reporters
            and mention.actor.key not in keys
            and mention.kind in ("state", "org")
            and mention.actor.code
            and not _names_a_place(ctx, mention)
        ):
            return [mention.actor]
    if ctx.focus is not None and ctx.focus.key not in keys and all(a.code != "IGO" for a in source):
        return [ctx.focus]
    return []


def _names_a_place(ctx: _Context, mention) -> bool:
    """'in the Portuguese town of Sintra', 'at NATO's summit in Bucharest': where it happened, not to whom."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ in ctx.lexicon.cue("place_preps"):
            return True
        if node.head.i == node.i or node.dep_ not in ("pobj", "prep", "compound", "amod", "poss", "nmod"):
            return False
        node = node.head
    return False


# --- arguments of a clause the model typed ------------------------------------------------


def main_verb(span: Span) -> Token:
    """The clause that reports the event: the root, or what a speech verb reports."""
    root = span.root
    node = root
    for _ in range(3):
        subj = [c for c in node.children if c.dep_ in SUBJ]
        comp = [c for c in node.children if c.dep_ in ("ccomp",) and c.pos_ in ("VERB", "AUX")]
        if node.lemma_.lower() in load_lexicon().cue("speech") and comp:
            node = comp[0]
            continue
        if not subj and comp:
            node = comp[0]
            continue
        break
    return node


def actors_in(acts: DocActors, tokens: Iterable[Token], skip: set[str]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for tok in tokens:
        m = acts.at(tok)
        if m is not None and m.actor.code and m.actor.key not in skip and m.actor.key not in {a.key for a in out}:
            out.append(m.actor)
    return out


def first_actors(acts: DocActors, tokens: Iterable[Token], skip: set[str]) -> list[ActorRef]:
    """The first actor among ``tokens`` and the actors conjoined with it ('the United States and Israel')."""
    for tok in tokens:
        m = acts.at(tok)
        if m is None or not m.actor.code or m.actor.key in skip:
            continue
        head = tok
        while head.dep_ in ("compound", "amod", "poss", "nmod", "det") and head.head.i != head.i:
            head = head.head
        out = [m.actor]
        for conj in head.conjuncts:
            out += actors_in(acts, conj.subtree, skip | {a.key for a in out})[:1]
        return out
    return []


def object_actors(acts: DocActors, verb: Token, skip: set[str]) -> list[ActorRef]:
    """The actors of the verb's objects and complements: 'rejected an offer from Afghanistan'."""
    return first_actors(acts, [t for c in verb.children if c.dep_ in OBJ_DEPS for t in c.subtree], skip)


def subject_actors(acts: DocActors, verb: Token) -> tuple[list[ActorRef], bool]:
    """The actors of the verb's subject (conjuncts together); for a passive, its agent. Also: passive?"""
    node = verb
    for _ in range(4):
        agent = [c for c in node.children if c.dep_ == "agent"]
        passive = [c for c in node.children if c.dep_ == "nsubjpass"]
        if passive and agent:
            return actors_in(acts, agent[0].subtree, set()), True
        subj = [c for c in node.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            head = subj[0]
            direct = actors_in(acts, [head, *head.conjuncts], set())
            if direct:
                for conj in head.conjuncts:
                    direct += actors_in(acts, conj.subtree, {a.key for a in direct})
                return direct, False
            return actors_in(acts, head.subtree, set())[:2], False
        if node.dep_ in ("xcomp", "conj", "advcl", "ccomp") and node.head.i != node.i:
            node = node.head
            continue
        break
    return [], False


# --- negation, modality, date, place ----------------------------------------------------


def _negated(ctx: _Context, trigger: Token) -> bool:
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


def _modality(ctx: _Context, trigger: Token) -> str:
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
    if any(t.lower_ in cue("reported_adverbs") for t in trigger.sent) or "according to" in trigger.sent.text.lower():
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


def _under_intent(ctx: _Context, trigger: Token) -> bool:
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


def _self_announced(ctx: _Context, trigger: Token) -> bool:
    """'Kazakhstan said it would liberalise': the actor promises its own act."""
    return any(a.lemma_.lower() in ctx.lexicon.cue("speech") for a in trigger.ancestors)


def _event_date(ctx: _Context, sent: Span, trigger: Token, modality: str) -> tuple[str | None, str | None]:
    pub = ctx.document.date
    dates = [e for e in sent.ents if e.label_ == "DATE"]
    own = [e for e in dates if e.root.i in {t.i for t in trigger.subtree} or e.root.head.i == trigger.i or e.root.head.head.i == trigger.i]
    for ent in own + dates:
        value, precision = resolve_date(ent.text, pub.value, future=modality == "future" or is_future(trigger))
        if value:
            return value, precision
    return pub.value, pub.precision


def _location(ctx: _Context, sent: Span, trigger: Token, etype: str, mode: str | None, target: list[ActorRef]) -> str | None:
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for tok in child.subtree:
                mention = ctx.acts.at(tok)
                if mention and mention.actor.code and mention.actor.code not in ("IGO", "NGO", "MNC"):
                    return mention.actor.code
    if (mode == "visit" or etype in ("ASSAULT", "MOBILIZE")) and target and target[0].code not in ("IGO", "NGO", "MNC", None):
        return target[0].code
    return None


def _dedupe(events: list[Event]) -> list[Event]:
    seen: dict[tuple, Event] = {}
    for ev in events:
        key = (ev.type, tuple(sorted(a.key for a in ev.source)), tuple(sorted(a.key for a in ev.target)), ev.sent_start, ev.negated)
        if key not in seen or ev.confidence > seen[key].confidence:
            seen[key] = ev
    return sorted(seen.values(), key=lambda e: (e.sent_start, e.trigger_start))
