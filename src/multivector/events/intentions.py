"""Words are not deeds: what kind of speech act a clause is, read before what it is about (PLOVER).

'X must' is a REQUEST, an announced act AGREE or THREATEN, a conditional step an ultimatum, a promise takes the type
of what it promises. ``sentence.combine`` applies these to every event of a sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..document.parsed import token_table
from ..model import Event
from .arguments import reporting_verb, subject_of
from .phrases import phrase_actors
from .qualifiers import light_verb_object


def trigger_of(doc: Doc, ev: Event) -> Token | None:
    """The token the event's trigger starts at."""
    i = token_table(doc).starting_at(ev.trigger_start)
    return doc[i] if i is not None else None


def clause_chain(doc: Doc, ev: Event) -> list[Token]:
    """The trigger's verb and the control verbs above it: 'offered > to negotiate', 'is ready > to release'."""
    tok = trigger_of(doc, ev)
    if tok is None:
        return []
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    chain = [tok]
    while chain[-1].dep_ in ("xcomp", "acomp") and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


def promised_acts(ctx, rules: list[Event]) -> None:
    """A promise is an agreement only when what it promises is cooperative: 'rebels vowed to fight the army' is a
    threat, 'vowed to veto the plan' the veto announced (as 'will veto' is), aimed where the content is."""
    intent, intended = ctx.lexicon.cue("intent_heads"), ctx.lexicon.retype("intention_types")
    for ev in rules:
        tok = trigger_of(ctx.doc, ev)
        if ev.type != "AGREE" or tok is None or tok.lemma_.lower() not in intent:
            continue
        content = [e for e in rules if (t := trigger_of(ctx.doc, e)) is not None and _promised_by(ctx, t) == tok.i
                   and e.type != "AGREE" and intended.get(e.type) != "AGREE"]
        if content:
            ev.type, ev.mode = intended.get(content[0].type, content[0].type), None
            ev.target = content[0].target or ev.target
            if ev.type == content[0].type:
                ev.modality = "future"  # the veto is announced, not cast


def _promised_by(ctx, tok: Token) -> int | None:
    """The verb whose 'to' clause ``tok`` is, or whose clause's light verb takes it ('vowed to impose sanctions')."""
    clause = tok.head if tok.pos_ == "NOUN" and light_verb_object(ctx, tok.i) else tok
    return clause.head.i if clause.dep_ == "xcomp" else None


def words_not_deeds(ctx, ev: Event) -> Event:
    """PLOVER reads what kind of speech act a clause is before what it is about.

    - 'X must / should (not) do' is a REQUEST of X (by the one who says it): 'must not move closer' demands, it
      denies nothing;
    - an announced cooperative act is AGREE, an announced hostile one THREATEN
      (a future auxiliary, 'will send aid', or an intention verb above the
      trigger, 'offered to meet');
    - a step made conditional ('unless', 'if') is an ultimatum: THREATEN;
    - an announced cooperative act, negated ('will not join'), is a refusal: REJECT.
    """
    lex = ctx.lexicon
    chain, t = clause_chain(ctx.doc, ev), token_table(ctx.doc)
    auxes = {t.lower[c] for n in chain for c in t.children[n.i] if t.dep[c] in ("aux", "auxpass")}
    if auxes & lex.cue("obligation_aux") and ev.type not in lex.cue("obligation_kept_types") - {"REQUEST"} and _said(chain):
        ev.negated = False
        return _request(ctx, ev, chain)
    if ev.negated:
        if auxes & (lex.cue("future_aux") | lex.cue("ability_aux")) and lex.retype("intention_types").get(ev.type, ev.type) == "AGREE":
            ev.type, ev.mode, ev.negated = "REJECT", None, False  # 'would not take part', 'cannot accept': a refusal
        elif auxes & lex.cue("future_aux") and lex.retype("intention_types").get(ev.type, ev.type) == "THREATEN":
            ev.type, ev.mode, ev.negated = "AGREE", None, False  # 'would not retaliate': an intention to de-escalate
        return ev
    heads = lex.cue("intent_heads")
    intended = (
        bool(auxes & lex.cue("future_aux"))
        or any(n.lemma_.lower() in heads for n in chain[1:])
        or (bool(chain) and chain[0].lemma_.lower() in heads and any(c.dep_ == "xcomp" for c in chain[0].children))
    )
    modal = intended or bool(auxes & lex.cue("hypothetical_aux"))
    marks = {t.lower[m] for n in chain for c in t.children[n.i] if t.dep[c] == "advcl" for m in t.children[c] if t.dep[m] == "mark"}
    new = None
    if modal and marks & lex.cue("ultimatum_marks") and (ev.type in lex.retype("intention_types") or ev.type == "AGREE"):
        new = "THREATEN"
    elif modal and marks & lex.cue("conditional_marks"):
        new = lex.retype("conditional_types").get(ev.type)
    if new is None and intended:
        new = lex.retype("intention_types").get(ev.type)
    if new is not None:
        ev.type, ev.mode = new, None
    return ev


def _said(chain: list[Token]) -> bool:
    """The clause is the sentence's own statement or what a speech verb reports ('agreed that X should' is not)."""
    return bool(chain) and (chain[-1].dep_ == "ROOT" or reporting_verb(chain[-1]) is not None)


def _request(ctx, ev: Event, chain: list[Token]) -> Event:
    """'Russia said Sudan must return the helicopter': Russia asks Sudan."""
    ev.type, ev.mode = "REQUEST", None
    if not chain:
        return ev
    verb = chain[-1]
    asked = [a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for a in phrase_actors(ctx, c.i)]
    speech = ctx.lexicon.cue("speech")
    trailing = (c for c in reversed(list(verb.children)) if c.dep_ == "parataxis" and c.lemma_.lower() in speech)
    reporter = reporting_verb(verb)
    if reporter is None:
        reporter = next(trailing, None)
    speaker = subject_of(ctx, reporter.i) if reporter is not None else []
    if asked and speaker and {a.key for a in asked} != {a.key for a in speaker}:
        ev.source, ev.target = speaker, asked
    return ev
