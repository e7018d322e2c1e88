"""Where an act is aimed when no phrase of its own names a target: another actor after it in its own clause (English
puts its object there), else the state the article is about, else another actor of the sentence; never those who
only report it or broker it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..document.parsed import TokenTable, token_table
from ..model import ActorRef, Mention
from .context import Context
from .phrases import brokered, names_a_border
from .unnamed import names_a_place

CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis")  # where a clause of its own begins


def attribution(sent: Span, trigger: Token, speech: frozenset[str]) -> set[int]:
    """Character offsets of the words that only say who reports the event ('..., the Israeli army said', 'was
    reported by the army')."""
    t, out = token_table(sent.doc), set()
    for node in (trigger.i, *t.ancestors(trigger.i)):
        for verb in (node, *(c for c in t.children[node] if t.dep[c] == "parataxis")):
            if verb != trigger.i and t.lemma[verb] in speech:
                out.update(t.idx[w] for c in t.children[verb] if t.dep[c] in ("nsubj", "agent") for w in t.subtree(c))
    out.update(t.idx[w] for i in range(sent.start, sent.end) if t.lower[i] == "according" for w in t.subtree(i))
    return out


def fallback_target(ctx: Context, sent: Span, trigger: Token, source: list[ActorRef], *, guess: bool = True) -> list[ActorRef]:
    """No target named: another actor after the act in its own clause (English puts its object there), else (when
    ``guess``) the state the article is about, else another actor of the sentence (not the one reporting it).

    People the text does not name ('thousands of protesters blocked streets') are not given a guessed target: with
    no one named in their clause, they act at home."""
    keys, t = {a.key for a in source}, token_table(ctx.doc)
    # neither those who report it nor a broker ('signed a US-brokered ceasefire'); one who accuses someone of it may
    # be its target, and often is ('charged that Colombian paramilitaries had attacked a border post')
    passed = attribution(sent, trigger, ctx.lexicon.cue("speech")) | {
        t.idx[w] for i in range(sent.start, sent.end) if brokered(ctx, t, i) for w in t.subtree(i)}
    others = [m for m in ctx.mentions_in(sent.start_char, sent.end_char) if m.start not in passed
              and m.actor.key not in keys and m.kind in ("state", "org") and m.actor.code and not names_a_place(ctx, m)
              and not names_a_border(ctx, t, ctx.acts.root_of(ctx.doc, m))]
    own = _own_clause_starts(t, trigger.i)
    after = [m for m in others if m.start > trigger.idx and m.start in own]
    if after or not guess:
        return _with_conjuncts(ctx, t, after[0], others) if after else []
    if ctx.focus is not None and ctx.focus.key not in keys and ctx.focus_repeated:
        return [ctx.focus]
    return [others[0].actor] if others else []


def _with_conjuncts(ctx: Context, t: TokenTable, first: Mention, others: list[Mention]) -> list[ActorRef]:
    """'agreed to supply gas to Afghanistan and Pakistan': an actor and those coordinated with it."""
    joined = {m.start for c in t.conjuncts(ctx.acts.root_of(ctx.doc, first)) if (m := ctx.acts.by_token.get(c))}
    out = [first.actor]
    for m in others:
        if m.start in joined and m.actor.key not in {a.key for a in out}:
            out.append(m.actor)
    return out


def _own_clause_starts(t: TokenTable, token: int) -> set[int]:
    """Where the words of a token's clause start, the clauses inside it ('..., and Uganda stayed calm') and the agent of
    a participle ('a deal brokered by China': the broker is no party to it) left out."""
    clause = token
    while t.dep[clause] not in CLAUSE_DEPS and t.head[clause] != clause:
        clause = t.head[clause]
    words = [clause]
    for word in words:  # grows as it is read
        words += [c for c in t.children[word] if t.dep[c] not in CLAUSE_DEPS and not (t.dep[c] == "agent" and t.dep[word] == "acl")]
    return {t.idx[word] for word in words}
