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

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..actors.mentions import DocActors
from ..document.dating.expressions import is_future, resolve_date
from ..model import ActorRef, Document, Event, Quote
from .lexicon import Lexicon, Predicate, load_lexicon
from .quotes import speaker_at

from ..model import CODER  # the coder's name/version: plain data, in model.py, that the store reads too

CODED_KINDS = ("body", "answer", "question")
SUBJ = ("nsubj", "nsubjpass", "csubj")
OBJ = ("dobj", "dative", "attr", "oprd")
MAX_PATTERN_GAP = 6
RECIPROCAL_TYPES = ("AGREE", "CONSULT", "COOPERATE")
OWN_CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "advcl", "parataxis")  # clauses that can carry an act of their own
PHRASE_STOPS = ("relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj")  # a phrase's actors are not looked for past these
SPEAKER_WORDS = ("we", "i", "us", "our", "me", "my")
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}


@dataclass
class _Context:
    document: Document
    doc: Doc
    acts: DocActors
    quotes: list[Quote]
    lexicon: Lexicon
    focus: ActorRef | None
    focus_repeated: bool  # the focus is named more than once: a state named once (as in a one-sentence text) is no default target
    answerer: ActorRef | None
    memo: dict = field(default_factory=dict)  # per document: its entities, each trigger's modality, each sentence's hedges


def make_context(document: Document, doc: Doc, acts: DocActors, quotes: list[Quote], *, lexicon: Lexicon | None = None) -> _Context:
    """What every decision about one document needs: its text, parse, actors, quotes and the lexicon."""
    focus, mentions = _focus(acts)
    return _Context(document, doc, acts, quotes, lexicon or load_lexicon(), focus, mentions > 1, acts.interviewee)


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
    speech = load_lexicon().cue("speech")
    for verb in sent:
        if not _is_clause(verb) or (verb.lemma_.lower() in speech and any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)):
            continue  # a speech verb only reports the clause it governs
        nested = {t.i for d in verb.subtree if d.i != verb.i and _is_clause(d) for t in d.subtree}
        words = [t for t in verb.subtree if t.i not in nested and not t.is_space]
        if words and not {t.i for t in words} & taken:
            out.append((verb, sent.doc[words[0].i : words[-1].i + 1]))
    return out


def clause_event(ctx: _Context, sent: Span, etype: str, confidence: float, verb: Token | None = None) -> Event | None:
    """An event of ``etype`` at ``verb`` (default: the sentence's main predicate), though the lexicon may not know it: the model typed it.

    Its arguments come from the same finder as a lexicon event's. A passive
    without its agent names no one who acts: no event.
    """
    verb = verb if verb is not None else main_verb(sent)
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in ctx.lexicon.cue("empty_verbs"):
        return None  # 'was', 'looked', 'began': a verb that names no act of its own
    negated = is_negated(ctx, verb) and etype not in ctx.lexicon.cue("negation_in_type")  # "refused": the refusal is the act
    return _event_at(ctx, sent, verb, etype, None, _verb_args(ctx, verb, etype), negated, confidence)


def _coded(document: Document, sent: Span) -> bool:
    first = next((t.idx for t in sent if not t.is_space), sent.start_char)
    return any(seg.start <= first < seg.end and seg.kind in CODED_KINDS for seg in document.segments)


def _focus(acts: DocActors) -> tuple[ActorRef | None, int]:
    """The state the article is most about, the most mentioned country, and how often it is mentioned."""
    counts: dict[str, int] = {}
    first: dict[str, ActorRef] = {}
    for m in acts.mentions:
        if m.kind == "state" and m.actor.code and m.actor.code != "IGO":
            counts[m.actor.code] = counts.get(m.actor.code, 0) + 1
            first.setdefault(m.actor.code, m.actor)
    if not counts:
        return None, 0
    code = max(counts, key=lambda c: counts[c])
    actor = first[code]
    return ActorRef(actor.code, "GOV", None, actor.name if actor.sector == "GOV" else None), counts[code]


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
        args = _copula_args(ctx, trigger)
    elif pred.pos == "V":
        args = _verb_args(ctx, trigger, pred.type, pred.words[1:], partner=pred.partner, visit=pred.mode == "visit")
    else:
        args = _noun_args(ctx, trigger, pred)
    etype, mode = pred.type, pred.mode
    negated = is_negated(ctx, trigger)
    if negated and pred.negated_as:
        etype, negated = pred.negated_as, False
    if _under_intent(ctx, trigger) and etype in ("COOPERATE", "CONSULT", "AID"):
        etype, mode = "AGREE", None
    elif _modality(ctx, trigger) == "future" and etype in ctx.lexicon.cue("material_types_promised") and _self_announced(ctx, trigger):
        etype, mode = "AGREE", None
    return _event_at(ctx, sent, trigger, etype, mode, args, negated, 0.9)


def _event_at(ctx: _Context, sent: Span, trigger: Token, etype: str, mode: str | None, args: "Arguments",
              negated: bool, confidence: float) -> Event | None:
    """An event from its trigger and the arguments the parse gives, or None when it names no one who acts.

    - a joint act ("Russia and China signed a treaty", "the two sides met")
      has no target unless a partner is named ("... with Iran");
    - with no target phrase, the target is another actor of the sentence, else
      the state the article is about (confidence at most 0.6); an act still
      without a target keeps an empty one (``sentence._domestic`` may aim it home).
    """
    source, target = args.source, args.target
    if not source:
        return None
    keys = {a.key for a in source}
    target = [a for a in target if a.key not in keys]
    joint = len(source) > 1 and etype in RECIPROCAL_TYPES and not args.partner_named
    if joint:
        target = []
    elif not target and not args.explicit:
        target = _fallback_target(ctx, sent, trigger, source)
        confidence = min(confidence, 0.6)
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


@dataclass
class Arguments:
    """Who acts and on whom, as the parse gives them; ``explicit``: a phrase said to whom (a preposition), though it named no actor; ``partner_named``: by "with"."""

    source: list[ActorRef]
    target: list[ActorRef]
    explicit: bool = False
    partner_named: bool = False


def _actor_of(ctx: _Context, token: Token) -> ActorRef | None:
    """The actor a token stands for: its mention, or the quote's speaker for 'we' and 'I'."""
    if token.lower_ in SPEAKER_WORDS:
        speaker = speaker_at(ctx.quotes, token.idx)
        if speaker is None and _in_answer(ctx, token):
            speaker = ctx.answerer
        return speaker
    mention = ctx.acts.at(token)
    return mention.actor if mention else None


def _in_answer(ctx: _Context, token: Token) -> bool:
    return any(s.kind == "answer" and s.start <= token.idx < s.end for s in ctx.document.segments)


def _collective(ctx: _Context, token: Token) -> list[ActorRef]:
    """'the two countries', 'both sides': the states last named before it, as many as it counts."""
    if token.lemma_.lower() not in ctx.lexicon.cue("collective_nouns"):
        return []
    count = next((COUNTS[c.lower_] for c in token.children if c.lower_ in COUNTS and c.dep_ in ("nummod", "det", "predet")), 0)
    if not count:
        return []
    out: list[ActorRef] = []
    earlier = [m for m in ctx.acts.mentions if m.start < token.idx and m.kind == "state" and m.actor.code and m.actor.code != "IGO"]
    for mention in sorted(earlier, key=lambda m: -m.start):
        if mention.actor.code not in {a.code for a in out}:
            out.append(ActorRef(mention.actor.code, "GOV"))
        if len(out) == count:
            return out
    return []


def phrase_actors(ctx: _Context, head: Token, *, places: bool = True, skip: frozenset[str] = frozenset()) -> list[ActorRef]:
    """Actors of a phrase: breadth-first from its head, the nearest level that has any; conjuncts together.

    Without ``places``, a phrase that only says where ('in Paris', 'at a summit in Brussels') is passed over;
    actors in ``skip`` (the source, when a target is looked for: 'offered its troops to Lebanon') do not count."""
    level = [head, *head.conjuncts, *_companions(ctx, head)]
    seen = set()
    while level:
        found: list[ActorRef] = []
        for tok in level:
            for actor in [_actor_of(ctx, tok)] if ctx.acts.at(tok) or tok.lower_ in SPEAKER_WORDS else _collective(ctx, tok):
                if actor is not None and actor.code and actor.key not in skip and actor.key not in {a.key for a in found}:
                    found.append(actor)
        if found:
            for tok in level:
                for conj in tok.conjuncts:
                    actor = _actor_of(ctx, conj)
                    if actor is not None and actor.code and actor.key not in skip and actor.key not in {a.key for a in found}:
                        found.append(actor)
            return found
        seen.update(t.i for t in level)
        level = [c for t in level for c in t.children if c.i not in seen and c.dep_ not in PHRASE_STOPS
                 and (places or not _is_place(ctx, c))]
    return []


def _companions(ctx: _Context, head: Token) -> list[Token]:
    """'Uzbekistan, together with Georgia and Azerbaijan, refused': the ones named with 'together with' or 'along with' act too."""
    companion = ctx.lexicon.cue("companion_adverbs")
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
             and (any(a.lemma_.lower() in companion for a in c.children) or any(a.lemma_.lower() in companion for a in head.children))]
    return [obj for prep in preps for pobj in prep.children if pobj.dep_ == "pobj" for obj in (pobj, *pobj.conjuncts)]


def _names_whom(ctx: _Context, prep: Token) -> bool:
    """A phrase that could say to whom, though it names no actor: not 'in September', 'at the weekend', 'in the capital'."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ not in ctx.lexicon.cue("place_preps") and not (objects and objects[0].ent_type_ in ("DATE", "TIME"))


def _is_place(ctx: _Context, prep: Token) -> bool:
    """'in Paris', 'at a summit in Brussels', 'across the region': a phrase that says where; not 'in defiance of China'."""
    if prep.dep_ != "prep" or prep.lower_ not in ctx.lexicon.cue("place_preps"):
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and (objects[0].ent_type_ in ("GPE", "LOC", "FAC") or objects[0].lemma_.lower() in ctx.lexicon.cue("place_nouns"))


def subject_of(ctx: _Context, verb: Token) -> list[ActorRef]:
    """The actors of a verb's subject, or of the clause it hangs from ('X tried to negotiate'); a passive's agent."""
    node = verb
    for _ in range(4):
        around = [node] + [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        subj = [c for n in around for c in n.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            return phrase_actors(ctx, subj[0], places=False)
        agent = [c for c in node.children if c.dep_ == "agent"]
        if agent:
            return phrase_actors(ctx, agent[0], places=False)
        passive = [c for c in node.children if c.dep_ == "nsubjpass"]
        if passive and node is not verb:
            return phrase_actors(ctx, passive[0], places=False)
        if node.dep_ in ("xcomp", "conj", "advcl", "pcomp", "pobj", "prep", "acomp") and node.head.i != node.i:
            node = node.head
            continue
        break
    return []


def _verb_args(ctx: _Context, verb: Token, etype: str, pattern: tuple[str, ...] = (), *, partner: bool = False, visit: bool = False) -> Arguments:
    """A verb's subject (the agent of a passive) and the first of its objects, datives and argument phrases that names an actor.

    Failing those, the subject of the clause it governs: 'demanded that the US cancel ...' asks the US."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        agent = [c for c in verb.children if c.dep_ == "agent"]
        source = phrase_actors(ctx, agent[0], places=False) if agent else []
        return Arguments(source, phrase_actors(ctx, passive[0], places=False), True)
    args = Arguments(subject_of(ctx, verb) or _local_actor(ctx, verb) or _reporter(ctx, verb), [])
    skip = frozenset(a.key for a in args.source)
    places = visit or etype in ctx.lexicon.cue("place_target_types")  # "shelled villages across Georgia", "arrived in Beijing"
    for child in verb.children:
        is_prep = child.dep_ == "prep" and child.lemma_.lower() in ctx.lexicon.cue("argument_preps")
        if not (child.dep_ in OBJ or is_prep or child.dep_ == "prt") or (_is_place(ctx, child) and not places):
            continue  # a place says where, not to whom ('met in Sochi')
        args.target = phrase_actors(ctx, child, places=places, skip=skip)
        if args.target:
            args.partner_named = is_prep and child.lower_ in ctx.lexicon.cue("partner_preps")
            break
        args.explicit = args.explicit or (is_prep and child.lemma_.lower() not in pattern and _names_whom(ctx, child))
    if not args.target:
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        args.target = phrase_actors(ctx, subjects[0], skip=skip) if subjects else []
    if not args.source and partner and len(args.target) > 1:
        args.source, args.target = args.target[:1], args.target[1:]
    return args


def _noun_args(ctx: _Context, noun: Token, pred: Predicate) -> Arguments:
    own = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i]
    args = Arguments([a for c in own for a in phrase_actors(ctx, c, places=False)], [])
    by = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    if not args.source and by:
        args.source = phrase_actors(ctx, by[0], places=False)
    for child in noun.children:
        if child.dep_ == "prep" and child.lemma_.lower() in ctx.lexicon.cue("argument_preps") and child.lower_ != "by":
            if _is_place(ctx, child) and pred.type not in ctx.lexicon.cue("place_target_types"):
                continue
            args.explicit = True
            found = phrase_actors(ctx, child)
            if child.lower_ == "between" and len(found) > 1 and not args.source:
                args.source, found = found[:1], found[1:]
            args.partner_named = args.partner_named or bool(found and child.lower_ in ctx.lexicon.cue("partner_preps"))
            args.target += [a for a in found if a.key not in {t.key for t in args.target}]
            if args.target:
                break
    if not args.source:
        head = noun.head
        if noun.dep_ in ("dobj", "attr") and head.lemma_.lower() in ctx.lexicon.cue("light_verbs"):
            args.source = subject_of(ctx, head)
        elif noun.dep_ in ("pobj",) and head.head.pos_ == "VERB":
            args.source = subject_of(ctx, head.head)
        elif noun.dep_ in ("nsubj", "nsubjpass"):
            args.source = _governingsubject_of(ctx, noun)
        if args.source and noun.dep_ == "dobj" and not args.target:
            dative = [c for c in head.children if c.dep_ == "dative"]
            if dative:
                args.target, args.explicit = phrase_actors(ctx, dative[0]), True
    return args


def _copula_args(ctx: _Context, noun: Token) -> Arguments:
    """'X is our strategic partner': the target is X; the source the possessor, else whoever is speaking."""
    subj = [c for c in noun.head.children if c.dep_ == "nsubj"]
    target = phrase_actors(ctx, subj[0]) if subj else []
    poss = [c for c in noun.children if c.dep_ == "poss"]
    source = [a for a in (_actor_of(ctx, poss[0]),) if a] if poss else []
    if not source:
        speaker = speaker_at(ctx.quotes, noun.idx)
        source = [speaker] if speaker else []
    return Arguments(source, target, True)


def _governingsubject_of(ctx: _Context, token: Token) -> list[ActorRef]:
    """'X makes it clear that cooperation with Y is a priority': the nearest clause above with a subject."""
    node = token.head
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        subj = [c for c in node.children if c.dep_ in ("nsubj",)]
        if subj:
            return phrase_actors(ctx, subj[0])
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


def _reporter(ctx: _Context, verb: Token) -> list[ActorRef]:
    """'French farmers said they would blockade Paris': a pronoun no actor resolves, in a report, is whoever reports it."""
    pronoun = any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)
    if not pronoun or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ctx.lexicon.cue("speech"):
        return []
    return subject_of(ctx, verb.head) or _local_actor(ctx, verb.head)


def _local_actor(ctx: _Context, verb: Token) -> list[ActorRef]:
    """'Hundreds of people blocked streets in Hong Kong', 'opposition leaders agreed': a subject that names no
    actor is the people of the place the sentence names, else of the state the article is about."""
    sent = verb.sent
    subject = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subject or subject[0].pos_ not in ("NOUN", "PROPN") or subject[0].lower_ in ctx.lexicon.cue("vague_sources"):
        return []
    for mention in ctx.acts.mentions:
        if sent.start_char <= mention.start < sent.end_char and mention.kind == "state" and _names_a_place(ctx, mention):
            return [ActorRef(mention.actor.code)]
    return [ActorRef(ctx.focus.code)] if ctx.focus is not None else []


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
    if ctx.focus is not None and ctx.focus.key not in keys and all(a.code != "IGO" for a in source) and ctx.focus_repeated:
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


# --- negation, modality, date, place ----------------------------------------------------


def is_negated(ctx: _Context, trigger: Token) -> bool:
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


def _modality(ctx: _Context, trigger: Token) -> str:
    key = ("modality", trigger.i)
    if key not in ctx.memo:
        ctx.memo[key] = _modality_of(ctx, trigger)
    return ctx.memo[key]


def _reported_sentence(ctx: _Context, sent: Span) -> bool:
    key = ("reported", sent.start)
    if key not in ctx.memo:
        cue = ctx.lexicon.cue
        ctx.memo[key] = any(t.lower_ in cue("reported_adverbs") for t in sent) or "according to" in sent.text.lower()
    return ctx.memo[key]


def _sentence_ents(ctx: _Context, sent: Span) -> list[Span]:
    """``sent.ents`` from the document's entities read once (``Span.ents`` rebuilds every entity of the document)."""
    if "ents" not in ctx.memo:
        ctx.memo["ents"] = ctx.doc.ents
    out = []
    for ent in ctx.memo["ents"]:
        if ent.start >= sent.start:
            if ent.end <= sent.end:
                out.append(ent)
            else:
                break
    return out


def _modality_of(ctx: _Context, trigger: Token) -> str:
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
    dates = [e for e in _sentence_ents(ctx, sent) if e.label_ == "DATE"]
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
