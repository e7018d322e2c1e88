"""Code one sentence on its own: the rule coder for who did what to whom, the classifier for the type.

The sentence goes through the article path (clean, parse, actors, quotes) as a
one-sentence article. Then:

1. the rule coder (``coder.code_events``) proposes events from the lexicon and
   the parse, each with a source and a target;
2. the classifier (``classifier.classify``) gives a probability for every type
   and for "no event";
3. combination: when rules fire, the primary event is the rule event whose type
   the classifier finds likeliest; its source and target stay. When the
   classifier's own best type is confident (``OVERRIDE_PROB``) and the rule
   type is much less likely (``OVERRIDE_RATIO``), the classifier's type
   replaces it. When no rule fires and the classifier predicts a type, an event
   is built from the parse: the subject's actors are the source, the first
   other actor (objects first) the target. A second rule event is kept only
   when it reports a different type the classifier also believes
   (``EXTRA_PROB``): at most two events a sentence. An event whose target no
   rule finds is aimed at the source's own country, as PLOVER codes domestic
   events ("opposition groups demanded ...").
4. confidence: from the agreement: rules and classifier agreeing score highest,
   an event from the classifier alone scores its probability scaled down.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from ..actors.resolve import DocActors, resolve_mentions
from ..document.clean import clean, parse_text
from ..model import ActorRef, Article, Event
from .classifier import classify_many
from .coder import SUBJ, attribution, code_events
from .lexicon import load_lexicon
from .quotes import extract_quotes

CODER_NAME = "multivector-hybrid"
CODER_VERSION = "0.1.0"
CODER = f"{CODER_NAME}/{CODER_VERSION}"

OVERRIDE_PROB = 0.30  # the classifier's best type is at least this likely ...
OVERRIDE_RATIO = 1.5  # ... and this many times likelier than the rule type: take the classifier's
EMIT_PROB = 0.30  # without rules, a type at least this likely (and likelier than "no event") makes an event
EXTRA_PROB = 0.30  # a second rule event needs a type the classifier gives at least this
NON_STATE = ("IGO", "NGO", "MNC")
BACKGROUND_DEPS = ("advcl", "relcl", "acl")  # 'after X attacked', 'which X signed', 'the deal signed by X'
BACKGROUND_PREPS = ("after", "following", "since", "before", "despite", "amid")
OBJ_DEPS = ("dobj", "dative", "attr", "oprd", "pobj", "prep", "agent", "xcomp", "ccomp", "advcl", "acomp")


def code_sentence(text: str) -> list[Event]:
    """The events of one sentence, the primary first."""
    return code_sentences([text])[0]


def code_sentences(texts: Iterable[str], *, nlp=None) -> list[list[Event]]:
    """``code_sentence`` over many sentences, parsed in one batch."""
    from ..nlp import load_nlp

    texts = list(texts)
    nlp = nlp or load_nlp()
    documents = []
    for text in texts:
        doc_id = "sent-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        documents.append(clean(Article(doc_id=doc_id, text=text)))
    docs = list(nlp.pipe((parse_text(d) for d in documents), batch_size=64))
    probs = classify_many([_content(doc) for doc in docs])
    out = []
    for document, doc, p in zip(documents, docs, probs):
        acts = resolve_mentions(document, doc)
        quotes = extract_quotes(document, doc, acts)
        rules = code_events(document, doc, acts, quotes)
        out.append(combine(document.doc_id, doc, acts, rules, p))
    return out


def _content(doc: Doc) -> Span:
    """The sentence without the blanks the cleaner left."""
    toks = [t for t in doc if not t.is_space]
    return doc[toks[0].i : toks[-1].i + 1] if toks else doc[:]


def combine(doc_id: str, doc: Doc, acts: DocActors, rules: list[Event], probs: list[tuple[str | None, float]]) -> list[Event]:
    """Rule events and classifier probabilities -> at most two events, the primary first."""
    prob = {label: p for label, p in probs}
    if rules:
        ranked = sorted(rules, key=lambda e: (*_prominence(doc, e), -prob.get(e.type, 0.0)))
        rule_type = ranked[0].type
        primary = _agree_on_type(doc, acts, ranked[0], probs)
        if primary.type != rule_type and _prominence(doc, primary)[0]:
            # the classifier's type is the main clause's; the rule only saw a background act
            primary = _words_not_deeds(doc, _from_parse(doc_id, doc, acts, primary.type, prob.get(primary.type, 0.0)), acts)
        _find_target(doc, acts, primary)
        _domestic(primary)
        out = [primary]
        for ev in ranked[1:]:
            if ev.type != primary.type and prob.get(ev.type, 0.0) >= EXTRA_PROB and _dyad(ev) != _dyad(primary):
                ev.confidence, ev.coder = round(0.4 + 0.4 * prob[ev.type], 3), CODER
                out.append(ev)
                break
        return out
    top, top_p = probs[0]
    if top is None:
        top, top_p = probs[1] if len(probs) > 1 else (None, 0.0)
        if top_p < EMIT_PROB or top_p * 1.0 < prob.get(None, 0.0) * 0.5:
            return []
    if top is None:
        return []
    return [_words_not_deeds(doc, _from_parse(doc_id, doc, acts, top, top_p), acts)]


# --- intentions and ultimatums ------------------------------------------------------------------


def _trigger(doc: Doc, ev: Event) -> Token | None:
    span = doc.char_span(ev.trigger_start, ev.trigger_start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) and span[0].idx == ev.trigger_start else None


def _reporting_verb(verb: Token) -> Token | None:
    """The speech verb whose report ``verb`` heads ('X said [Y must ...]', '[...], X said')."""
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in load_lexicon().cue("speech"):
        return verb.head
    return None


def _clause_chain(doc: Doc, ev: Event) -> list[Token]:
    """The trigger's verb and the control verbs above it: 'offered > to negotiate', 'is ready > to release'."""
    tok = _trigger(doc, ev)
    if tok is None:
        return []
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "attr", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    chain = [tok]
    while chain[-1].dep_ in ("xcomp", "acomp") and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


def _prominence(doc: Doc, ev: Event) -> tuple[int, int]:
    """(in a background clause?, depth): the primary event is the governing act of the main clause.

    "X accused Y of attacking Z" is an accusation, "X refused to meet Y" a
    rejection; an act told in an 'after ...' or relative clause is background.
    """
    tok = _trigger(doc, ev)
    if tok is None:
        return 1, 99
    background, depth = 0, 0
    while tok.head.i != tok.i:
        if tok.dep_ in BACKGROUND_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ in BACKGROUND_PREPS):
            background = 1
        if _reporting_verb(tok) is None:
            depth += 1
        tok = tok.head
    return background, depth


def _words_not_deeds(doc: Doc, ev: Event, acts: DocActors | None = None) -> Event:
    """PLOVER reads what kind of speech act a clause is before what it is about.

    - 'X must / should do' is a REQUEST of X (by the one who says it);
    - an announced cooperative act is AGREE, an announced hostile one THREATEN
      (a future auxiliary, 'will send aid', or an intention verb above the
      trigger, 'offered to meet');
    - a step made conditional ('unless', 'if') is an ultimatum: THREATEN.
    """
    if ev.negated:
        return ev
    lex = load_lexicon()
    chain = _clause_chain(doc, ev)
    auxes = {c.lower_ for n in chain for c in n.children if c.dep_ in ("aux", "auxpass")}
    if auxes & lex.cue("obligation_aux") and ev.type not in lex.cue("obligation_kept_types") - {"REQUEST"} and _said(chain):
        return _request(ev, chain, acts)
    heads = lex.cue("intent_heads")
    intended = (
        bool(auxes & lex.cue("future_aux"))
        or any(n.lemma_.lower() in heads for n in chain[1:])
        or (bool(chain) and chain[0].lemma_.lower() in heads and any(c.dep_ == "xcomp" for c in chain[0].children))
    )
    modal = intended or bool(auxes & lex.cue("hypothetical_aux"))
    marks = {m.lower_ for n in chain for c in n.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"}
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
    return bool(chain) and (chain[-1].dep_ == "ROOT" or _reporting_verb(chain[-1]) is not None)


def _request(ev: Event, chain: list[Token], acts: DocActors | None) -> Event:
    """'Russia said Sudan must return the helicopter': Russia asks Sudan."""
    ev.type, ev.mode = "REQUEST", None
    if acts is None or not chain:
        return ev
    verb = chain[-1]
    asked = [a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for a in _actors_in(acts, [c, *c.conjuncts], set())]
    speech = load_lexicon().cue("speech")
    trailing = (c for c in reversed(list(verb.children)) if c.dep_ == "parataxis" and c.lemma_.lower() in speech)
    reporter = _reporting_verb(verb)
    if reporter is None:
        reporter = next(trailing, None)
    speaker = _subject_actors(acts, reporter)[0] if reporter is not None else []
    if asked and speaker and {a.key for a in asked} != {a.key for a in speaker}:
        ev.source, ev.target = speaker, asked
    return ev


def _agree_on_type(doc: Doc, acts: DocActors | None, ev: Event, probs: list[tuple[str | None, float]], *, override: bool = True) -> Event:
    """A rule event's type, weighed against the classifier; its confidence from their agreement."""
    prob = {label: p for label, p in probs}
    best, best_p = next(((label, p) for label, p in probs if label is not None), (None, 0.0))
    rule_p = prob.get(ev.type, 0.0)
    if override and best is not None and best != ev.type and best_p >= OVERRIDE_PROB and best_p >= OVERRIDE_RATIO * rule_p:
        ev.type, ev.mode = best, None
        ev.confidence = round(0.35 + 0.4 * best_p, 3)
    else:
        ev.confidence = round(min(0.99, 0.55 + 0.45 * rule_p), 3)
    ev.coder = CODER
    return _words_not_deeds(doc, ev, acts)


def refine_types(doc: Doc, acts: DocActors, events: list[Event]) -> list[Event]:
    """The article path: rule types stay; the classifier sets the confidence and the intention rule applies.

    Article sentences are long and carry several events, where the sentence
    classifier's one type would overwrite the right type of a secondary
    event: on the seed articles retyping lost more events than it fixed.
    """
    spans = {key: doc.char_span(*key, alignment_mode="expand") for key in dict.fromkeys((ev.sent_start, ev.sent_end) for ev in events)}
    keys = [key for key, span in spans.items() if span is not None]
    probs = dict(zip(keys, classify_many([spans[k] for k in keys])))
    for ev in events:
        key = (ev.sent_start, ev.sent_end)
        if key in probs:
            _agree_on_type(doc, acts, ev, probs[key], override=False)
    return events


def _dyad(ev: Event) -> tuple:
    return tuple(a.key for a in ev.source), tuple(a.key for a in ev.target)


# --- an event from the parse alone -------------------------------------------------------------


def _main_verb(span: Span) -> Token:
    """The clause that reports the event: the root, or what a speech verb reports."""
    root = span.root
    node = root
    for _ in range(3):
        subj = [c for c in node.children if c.dep_ in SUBJ]
        comp = [c for c in node.children if c.dep_ in ("ccomp",) and c.pos_ in ("VERB", "AUX")]
        if node.lemma_.lower() in ("say", "report", "announce", "tell", "state", "add", "claim", "confirm") and comp:
            node = comp[0]
            continue
        if not subj and comp:
            node = comp[0]
            continue
        break
    return node


def _actors_in(acts: DocActors, tokens: Iterable[Token], skip: set[str]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for tok in tokens:
        m = acts.at(tok)
        if m is not None and m.actor.code and m.actor.key not in skip and m.actor.key not in {a.key for a in out}:
            out.append(m.actor)
    return out


def _first_actors(acts: DocActors, tokens: Iterable[Token], skip: set[str]) -> list[ActorRef]:
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
            out += _actors_in(acts, conj.subtree, skip | {a.key for a in out})[:1]
        return out
    return []


def _object_actors(acts: DocActors, verb: Token, skip: set[str]) -> list[ActorRef]:
    """The actors of the verb's objects and complements: 'rejected an offer from Afghanistan'."""
    return _first_actors(acts, [t for c in verb.children if c.dep_ in OBJ_DEPS for t in c.subtree], skip)


def _subject_actors(acts: DocActors, verb: Token) -> tuple[list[ActorRef], bool]:
    """The actors of the verb's subject (conjuncts together); for a passive, its agent. Also: passive?"""
    node = verb
    for _ in range(4):
        agent = [c for c in node.children if c.dep_ == "agent"]
        passive = [c for c in node.children if c.dep_ == "nsubjpass"]
        if passive and agent:
            return _actors_in(acts, agent[0].subtree, set()), True
        subj = [c for c in node.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            head = subj[0]
            direct = _actors_in(acts, [head, *head.conjuncts], set())
            if direct:
                for conj in head.conjuncts:
                    direct += _actors_in(acts, conj.subtree, {a.key for a in direct})
                return direct, False
            return _actors_in(acts, head.subtree, set())[:2], False
        if node.dep_ in ("xcomp", "conj", "advcl", "ccomp") and node.head.i != node.i:
            node = node.head
            continue
        break
    return [], False


def _from_parse(doc_id: str, doc: Doc, acts: DocActors, etype: str, p: float) -> Event:
    span = _content(doc)
    verb = _main_verb(span)
    source, passive = _subject_actors(acts, verb)
    keys = {a.key for a in source}
    if passive:
        patient = [c for c in verb.children if c.dep_ == "nsubjpass"]
        target = _first_actors(acts, patient[0].subtree, keys) if patient else []
    else:
        target = _object_actors(acts, verb, keys)
    if not target:
        reporters = attribution(span, verb, load_lexicon().cue("speech"))
        target = _actors_in(acts, (t for t in span if t.idx not in reporters), keys)[:1]
    if not source and target:
        # no named subject: the first actor of the sentence acts, the next one is acted on
        source, target = target, _actors_in(acts, span, {target[0].key})[:1]
    text = doc.text
    return _domestic(Event(
        doc_id=doc_id,
        type=etype,
        source=source,
        target=target,
        sentence=text[span.start_char : span.end_char],
        sent_start=span.start_char,
        sent_end=span.end_char,
        trigger=verb.text,
        trigger_start=verb.idx,
        trigger_end=verb.idx + len(verb.text),
        negated=False,
        confidence=round(0.2 + 0.5 * p, 3),
        coder=CODER,
    ))


def _find_target(doc: Doc, acts: DocActors, ev: Event) -> Event:
    """A rule event without a target: look inside the trigger's objects before calling it domestic."""
    tok = _trigger(doc, ev)
    if not ev.target and tok is not None:
        ev.target = _object_actors(acts, tok, {a.key for a in ev.source})
    return ev


def _domestic(ev: Event) -> Event:
    """No target named: PLOVER codes the act as aimed at the source's own country ("rebels demonstrated")."""
    if not ev.target and len(ev.source) == 1 and ev.source[0].code and ev.source[0].code not in NON_STATE:
        ev.target = [ActorRef(ev.source[0].code)]
    return ev


__all__ = ["CODER", "code_sentence", "code_sentences", "combine", "refine_types"]
