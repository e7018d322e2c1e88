"""The PLOVER coder: predicates from the lexicon, each made an event with arguments from the parse.

For each sentence, every verb or noun the lexicon knows is a candidate event;
``arguments`` finds who acts and on whom, ``qualifiers`` whether it is negated,
reported or future and when and where it happens. ``sentence`` weighs these
rule events against the classifier.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..actors.groups import STATE_SECTORS
from ..model import CODER, ActorRef, Document, Event
from ..document.parsed import TokenTable, sentence_text, sentences, token_table
from .arguments import Arguments, members_together, noun_args, verb_args, voiced_by_commentators
from .constructions import (abroad, basing_args, charge_args, charged_clause, copula_args, denies_a_claim, ends_cooperation, ends_hostility, goes_nowhere,
                            judgement, judgement_args, kept_forces, leaves_an_organisation, menaces, mobilizes_no_forces, names_its_object,
                            names_without_judging, questioned, rules_out, sends_words, withholds_comment)
from .context import Context
from .lexicon import Predicate, load_lexicon
from .phrases import says_when
from .qualifiers import event_date, event_location, is_negated, not_done_yet, self_announced, trigger_modality, under_intent
from .targets import fallback_target
from .told import names_an_act_told, told_before

CODED_KINDS = ("body", "answer", "question")
ATTRIBUTION_GAP = 40  # characters between a quote's end and its speaker's name in '"...," said X'
SUBJ = ("nsubj", "nsubjpass", "csubj")
MAX_PATTERN_GAP = 6
CLAUSE_BOUNDARIES = ("oprd", "xcomp", "ccomp", "relcl", "acl", "advcl", "parataxis", "csubj")
RECIPROCAL_TYPES = ("AGREE", "CONSULT", "COOPERATE")
# Constructions whose type no model overrides: a judgement named ('called the vote a sham'), the end of a cooperative act
# ('pulled out of the deals'), forces kept abroad (the model hears 'troops stationed' as a deployment), a breach reported
# ('said Uganda had violated the truce': the reporter accuses), an attack on words ('attacked the plan': accusation), a
# role said of a state ('Russia is our strategic partner': support, not the agreement the model hears in 'partner'), a
# ``fixed`` pattern ('cancelled the debt': aid, not a cut tie). ('left the CIS', 'was in Islamabad' stay open to the
# classifier: measured, overriding them loses on the dev articles.)
DECIDING = frozenset({"naming", "ending", "de-escalating", "basing", "charged", "words_object", "copula", "fixed"})
GATHERING_SETTINGS = ("at", "during")  # prepositions that make a meeting the setting of another act
OWN_CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "advcl", "parataxis")  # clauses that can carry an act of their own
SHARED_SUBJECT_DEPS = ("conj", "advcl")  # clauses that can share the subject of the verb they hang from


def coded_sentences(ctx: Context) -> list[Span]:
    """The sentences that can report events: body and interview text, not questions, captions or datelines, nor what
    a commentator says ('"Ruto is buying time," said an economist at a Nairobi institute': an opinion, no act)."""
    # quotes, of one sentence or more, that the attribution right after them gives to a commentator: '"...," said X'
    commentary = [(q.start, q.speaker.start) for q in ctx.quotes if q.speaker is not None and q.speaker.start is not None
                  and q.speaker.sector in ctx.lexicon.cue("commentator_sectors") and q.end <= q.speaker.start <= q.end + ATTRIBUTION_GAP]
    return [s for s in sentences(ctx.doc) if _coded(ctx.document, s) and not sentence_text(s).rstrip().endswith("?")
            and not any(quote < s.end_char and s.start_char <= speaker for quote, speaker in commentary)]


def code_events(ctx: Context, sents: list[Span] | None = None) -> list[Event]:
    """The lexicon's candidate events of the given sentences (default: all coded ones), each with its evidence sentence."""
    events: list[Event] = ctx.memo.setdefault("told", [])  # in document order: 'the visit' may be one told before
    for sent in coded_sentences(ctx) if sents is None else sents:
        for token in _lexicon_words(ctx, sent):
            for pred in _match(ctx, token):
                event = _build(ctx, sent, token, pred)
                if event is not None:
                    events.append(event)
                break
    return _dedupe(events)


def other_clauses(sent: Span, taken: set[int]) -> list[tuple[Token, Span]]:
    """Clauses of the sentence with a subject of their own, or sharing one ('X met Y and signed ...', '..., accusing
    Z of ...'), none of whose words is in ``taken``: (verb, its words).

    'X signed a deal with Y, and Z protested outside': the second clause is an
    event of its own. A clause's words stop where a clause embedded in it starts.
    Read from the token table: every clause's subtree once, not once per clause above it.
    """
    parse = token_table(sent.doc)
    lexicon = load_lexicon()
    speech = lexicon.cue("speech")
    clauses = [i for i in range(sent.start, sent.end) if parse.pos[i] in ("VERB", "AUX") and parse.dep[i] in OWN_CLAUSE_DEPS
               and (any(parse.dep[c] in SUBJ for c in parse.children[i]) or parse.dep[i] in SHARED_SUBJECT_DEPS)]
    trees = {i: parse.subtree(i) for i in clauses}
    out = []
    for i in clauses:
        if parse.lemma[i] in speech and any(parse.dep[c] in ("ccomp", "parataxis") for c in parse.children[i]):
            continue  # a speech verb only reports the clause it governs
        if parse.dep[i] == "ccomp" and not_done_yet(parse, i, {p.type for p in lexicon.candidates(parse.lemma[parse.head[i]], "V")}):
            continue
        nested = set().union(*(trees[d] for d in clauses if d != i and d in trees[i]))
        words = sorted(t for t in trees[i] - nested if not parse.is_space[t])
        if words and taken.isdisjoint(words):
            out.append((sent.doc[i], sent.doc[words[0] : words[-1] + 1]))
    return out


def clause_event(ctx: Context, sent: Span, etype: str, confidence: float, verb: Token | None = None) -> Event | None:
    """An event of ``etype`` at ``verb`` (default: the sentence's main predicate), though the lexicon may not know it: the model typed it.

    Its arguments come from the same finder as a lexicon event's. A passive
    without its agent names no one who acts: no event.
    """
    verb = typed_act(ctx, sent, verb)
    if verb is None:
        return None
    if verb.lemma_.lower() in ctx.lexicon.cue("speech") and etype in ctx.lexicon.cue("material_types_promised"):
        return None  # 'assessed the cooperation': speaking of a deed is not doing it
    if names_an_act_told(ctx, verb, etype) or goes_nowhere(ctx, verb, etype) or names_without_judging(ctx, verb):
        return None
    # 'mobilized pressure groups': no military posture, whatever the model hears in 'mobilized'
    if _intends_no_act(ctx, verb) or (etype == "MOBILIZE" and mobilizes_no_forces(ctx, verb)):
        return None
    negated = is_negated(ctx, verb) and etype not in ctx.lexicon.cue("negation_in_type")  # "refused": the refusal is the act
    args = verb_args(ctx, verb, etype)
    # 'Poland said Belarus was orchestrating the crisis': the model hears an accusation, which the reporter makes (a verb
    # that accuses by itself, 'said Belarus accused Lithuania', keeps its own subject)
    if (etype == "ACCUSE" and not any(p.type == "ACCUSE" for p in ctx.lexicon.candidates(verb.lemma_.lower(), "V"))
            and charged_clause(verb) is not None and (charged := charge_args(ctx, verb)).source):
        args = charged
    return _event_at(ctx, sent, verb, etype, None, args, negated, confidence)


def _intends_no_act(ctx: Context, verb: Token) -> bool:
    """'Oil-rich nation aims to play neutral role': an intention whose 'to' clause names no act the lexicon knows,
    neither its verb nor a noun it takes, is no event, whatever the model hears in 'aims to'."""
    if verb.lemma_.lower() not in ctx.lexicon.cue("intent"):
        return False
    clauses = [c for c in verb.children if c.dep_ == "xcomp"]
    words = [w for c in clauses for w in (c, *(o for o in c.subtree if o.pos_ == "NOUN"))]
    return bool(clauses) and not any(ctx.lexicon.candidates(w.lemma_.lower(), "V" if w.pos_ == "VERB" else "N") for w in words)


def typed_act(ctx: Context, sent: Span, verb: Token | None = None) -> Token | None:
    """The verb at which ``clause_event`` would put an event of the model's type, or None when it would put none of any
    type: the sentence coder asks the model only about clauses where its answer can be used."""
    verb, t = _act_under(ctx, verb if verb is not None else main_verb(sent)), token_table(ctx.doc)
    if t.pos[verb.i] not in ("VERB", "AUX") or t.lemma[verb.i] in ctx.lexicon.cue("empty_verbs") or questioned(verb):
        return None  # 'was', 'looked', 'began': a verb that names no act of its own; a question and what it asks
    if withholds_comment(ctx, verb) or sends_words(ctx, verb):
        return None
    idle = ctx.lexicon.cue("idle_objects")  # 'pays attention to its partners', 'took note of': an idiom, no act
    if any(t.dep[c] == "dobj" and t.lemma[c] in idle for c in t.children[verb.i]):
        return None
    return verb


def _act_under(ctx: Context, verb: Token) -> Token:
    """The act an empty verb frames: 'wants to join', 'was willing to work with', 'remained open to reviving'; and the
    act a denial is about ('denied sending troops', 'denied that its troops had entered': the act, denied)."""
    empty, t, i = ctx.lexicon.cue("empty_verbs"), token_table(ctx.doc), verb.i
    denied = [c for c in t.children[i] if t.dep[c] == "xcomp" and t.tag[c] == "VBG" or t.dep[c] == "ccomp"] if t.lemma[i] in ctx.lexicon.cue("denial") else []
    if denied:
        return ctx.doc[denied[0]]
    for _ in range(3):
        if t.lemma[i] not in empty:
            break
        heads = [i, *(c for c in t.children[i] if t.dep[c] in ("acomp", "attr", "oprd"))]
        heads += [p for h in heads[1:] for p in t.children[h] if t.dep[p] == "prep"]
        acts = [c for h in heads for c in t.children[h] if t.dep[c] in ("xcomp", "pcomp") and t.pos[c] == "VERB"]
        if not acts:
            break
        i = acts[0]
    return verb if i == verb.i else ctx.doc[i]


def _coded(document: Document, sent: Span) -> bool:
    parse = token_table(sent.doc)
    words = parse.words(sent.start, sent.end)
    first = parse.idx[words[0]] if words else sent.start_char
    return any(seg.start <= first < seg.end and seg.kind in CODED_KINDS for seg in document.segments)


def _pos(token: Token) -> str | None:
    return _pos_at(token_table(token.doc), token.i)


def _pos_at(parse: TokenTable, i: int) -> str | None:
    pos = parse.pos[i]
    if pos == "VERB" or (pos == "AUX" and parse.dep[i] not in ("aux", "auxpass")):
        return "V"
    if pos in ("NOUN", "PROPN"):
        return "N"
    if pos == "ADJ":
        return "A"
    return None


def _lexicon_words(ctx: Context, sent: Span) -> list[Token]:
    """The sentence's words the lexicon has rows for (verbs, nouns, adjectives), found in the ``TokenTable``: a Token is
    made only for them. A word of a name is no act ('the Organisation of Islamic Cooperation', 'the Partnership for Peace')."""
    parse, rows, names = token_table(ctx.doc), ctx.lexicon.by_trigger, ctx.acts.by_token
    return [ctx.doc[i] for i in range(sent.start, sent.end) if parse.pos[i] in ("VERB", "AUX", "NOUN", "PROPN", "ADJ")
            and (parse.lemma[i], _pos_at(parse, i)) in rows and not (parse.pos[i] == "PROPN" and i in names)]


def _match(ctx: Context, token: Token) -> list[Predicate]:
    """The trigger's lexicon rows whose constructions the clause has, read once a token (``lexicon_keeps_type`` asks again)."""
    matched = ctx.memo.setdefault("matched", {})
    if token.i not in matched:
        matched[token.i] = _rows_matched(ctx, token)
    return matched[token.i]


def _rows_matched(ctx: Context, token: Token) -> list[Predicate]:
    lexicon = ctx.lexicon
    pos = _pos(token)
    if pos is None or withholds_comment(ctx, token):
        return []
    out = []
    candidates = lexicon.candidates(token.lemma_.lower(), pos)
    named = names_its_object(token, candidates)
    for pred in candidates:
        if "friendly" in pred.flags and not any(c.dep_ == "amod" and c.lemma_.lower() in lexicon.cue("friendly_adjectives") for c in token.children):
            continue
        if "trading" in pred.flags and not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in lexicon.cue("trade_words") for c in token.children):
            continue
        if "by_phone" in pred.flags and not any(c.dep_ in ("compound", "amod") and c.lower_ in ("telephone", "phone") for c in token.children):
            continue  # 'a telephone call', not 'a call for calm'
        # 'Russia remains Mongolia's main supplier' says what Russia does; 'Paris became Yerevan's friend' is no one's word
        copulas = lexicon.cue("copular_verbs") if "doer" in pred.flags else ("be",)
        if "copula" in pred.flags and not (token.dep_ in ("attr", "acomp") and token.head.lemma_ in copulas):
            continue
        if "intransitive" in pred.flags and any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "at") or c.lower_ == "back"
                                                 for c in token.children):  # 'struck back (at dozens of targets)' too
            continue
        if "charged" in pred.flags and charged_clause(token) is None:
            continue
        if "words_object" in pred.flags and not any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.cue("words_nouns") for c in token.children):
            continue
        if "no_clause" in pred.flags and any(c.dep_ == "xcomp" for c in token.children):
            continue  # 'sought help' asks; 'sought to block' only frames the act it governs
        if ("naming" in pred.flags) != named:
            continue  # 'call' names only with a name given; with one, it is no phone call
        if pred.mode == "phone" and any(c.dep_ == "dobj" and ctx.acts.actor_at(c) is None for c in token.children):
            continue  # 'called Erdogan' is a call; 'call the deal the deal of the century' is not
        if "actor_object" in pred.flags and not any(c.dep_ in ("dobj", "nsubjpass") and ctx.acts.actor_at(c) is not None for c in token.children):
            continue  # 'received the Armenian president', not 'received aid'
        if "refusal" in pred.flags and denies_a_claim(ctx, token):
            continue  # 'denied targeting civilians', 'Russia denies this': the act denied is coded, not a rejection
        if "basing" in pred.flags and not kept_forces(ctx, token):
            continue
        if rules_out(ctx, token, pred.flags):
            continue
        if "ending" in pred.flags and not ends_cooperation(ctx, token):
            continue
        if "de-escalating" in pred.flags and not ends_hostility(ctx, token):
            continue
        if "organisation" in pred.flags and not leaves_an_organisation(ctx, token):
            continue
        if "abroad" in pred.flags and not abroad(ctx, token):
            continue
        if "menacing" in pred.flags and not menaces(ctx, token):
            continue
        if len(pred.words) == 1 or _follows(token, pred.words[1:]):
            out.append(pred)
    return out


def lexicon_keeps_type(ctx: Context, token: Token, model_type: str | None) -> bool:
    """No model overrides the type of the trigger's row when the row asked for a construction that decides it
    ('called the vote a sham' is ACCUSE whatever 'called' usually means), nor with a type that only the trigger's
    longer patterns give, none of which is here ('expelled 300 citizens' has no diplomat in it, so it is no 'expel
    diplomat' sanction, whatever the model hears in 'expelled')."""
    matched = _match(ctx, token)
    if not matched:
        return False
    if matched[0].flags & DECIDING:
        return True
    longer = {p.type for p in ctx.lexicon.candidates(token.lemma_.lower(), _pos(token)) if len(p.words) > 1 and p not in matched}
    return model_type in longer - {p.type for p in matched}


def _follows(token: Token, words: tuple[str, ...]) -> bool:
    """The remaining pattern words occur, in order, among the trigger's right dependents, each in the trigger's own
    phrase or that of a pattern word before it ('called [for] talks', 'the closure of the [embassy]', 'is due [in]
    Manila'), not inside another clause or a name given ('called it a victory [for] sense'), and not a preposition
    that says when ('gave Serbia jets [in] 2017' has not given in)."""
    parse = token_table(token.doc)
    matched = [token.i]
    # a particle after the object, however long the object ('forced the UN food agency, the WFP, out of')
    objects = sum(len(parse.subtree(c)) for c in parse.children[token.i] if parse.dep[c] in ("dobj", "dative") and c > token.i)
    for i in parse.ordered_subtree(token.i):
        if (token.i < i <= token.i + MAX_PATTERN_GAP + len(words) + objects and len(matched) <= len(words)
                and parse.lemma[i] == words[len(matched) - 1] and _within_phrase(parse, i, matched) and not says_when(parse, i)):
            matched.append(i)
    return len(matched) == len(words) + 1


def _within_phrase(parse: TokenTable, i: int, anchors: list[int]) -> bool:
    """Token ``i`` reaches one of ``anchors`` by climbing its heads without crossing a clause or a name given."""
    node, head = i, parse.head
    while head[node] != node:
        if head[node] in anchors:
            return True
        node = head[node]
        if parse.dep[node] in CLAUSE_BOUNDARIES:
            return False
    return False


def _build(ctx: Context, sent: Span, trigger: Token, pred: Predicate) -> Event | None:
    if pred.pos == "N" and trigger.dep_ == "compound":
        return None
    if pred.pos == "N" and pred.type == "CONSULT" and trigger.dep_ == "pobj" and trigger.head.lower_ in GATHERING_SETTINGS:
        return None  # 'at NATO's summit in Bucharest, the alliance promised': where the act happened, not an act
    if pred.pos == "N" and pred.type == "AGREE" and trigger.dep_ == "nsubj":
        return None  # 'the treaty closed a painful chapter': a text that does something, not an agreement made
    if questioned(trigger):
        return None
    if "basing" in pred.flags:
        args = basing_args(ctx, trigger)
    elif "judgement" in pred.flags:
        args = judgement_args(ctx, trigger)
    elif "charged" in pred.flags:
        args = charge_args(ctx, trigger)
    elif "copula" in pred.flags:
        args = copula_args(ctx, trigger)
        if "doer" in pred.flags:  # 'Russia is Mongolia's main supplier': Russia supplies Mongolia
            args = replace(args, source=args.target, target=args.source)
    elif pred.pos == "V":
        args = verb_args(ctx, trigger, pred.type, partner=pred.partner, visit=pred.mode == "visit" and "guest" not in pred.flags)
        if "guest" in pred.flags:  # 'Yeltsin received the Armenian president': the guest visits the host
            args = replace(args, source=args.target, target=args.source)
    else:
        args = noun_args(ctx, trigger, pred)
    etype, mode = pred.type, pred.mode
    if "civil" in pred.flags and args.source and all(a.sector not in STATE_SECTORS for a in args.source):
        etype, mode = "PROTEST", "obstruct"  # 'farmers blocked highways': people obstructing passage protest
    if "naming" in pred.flags:
        etype = judgement(ctx, trigger)
        if etype is None:
            return None  # "called the talks a first round": a name that judges nothing
    negated = is_negated(ctx, trigger)
    if negated and pred.negated_as:
        etype, negated = pred.negated_as, False
    if under_intent(ctx, trigger) and etype in ("COOPERATE", "CONSULT", "AID", "SUPPORT"):
        etype, mode = "AGREE", None
    elif trigger_modality(ctx, trigger) == "future" and etype in ctx.lexicon.cue("material_types_promised") and self_announced(ctx, trigger):
        etype, mode = "AGREE", None
    return _event_at(ctx, sent, trigger, etype, mode, args, negated, 0.9)


def _event_at(ctx: Context, sent: Span, trigger: Token, etype: str, mode: str | None, args: "Arguments",
              negated: bool, confidence: float) -> Event | None:
    """An event from its trigger and the arguments the parse gives, or None when it names no one who acts.

    - a joint act ("Russia and China signed a treaty", "the two sides met")
      has no target unless a partner is named ("... with Iran");
    - an act on an act named with 'the' ('condemned the attack', 'the deal was
      welcomed') is aimed at that act's parties (``told.told_before``);
    - with no target phrase, the target is another actor of the sentence, else
      the state the article is about (confidence at most 0.6); an act still
      without a target keeps an empty one (``sentence._domestic`` may aim it home).
    """
    source, target = args.source, args.target
    if not source or voiced_by_commentators(ctx, trigger):
        return None
    keys = {a.key for a in source}
    # the source named again is no target; its country's opposition or rebels are ('talks with the opposition'), and
    # its people ('urged its citizens to leave')
    home = ctx.lexicon.cue("home_party_sectors") | ctx.lexicon.cue("own_people_sectors")
    target = [a for a in target if a.key not in keys or a.sector in home]
    # visitors meet their host; hosts and mediators act on the parties, not on each other
    joint = ((len(source) > 1 or members_together(trigger)) and etype in RECIPROCAL_TYPES and not args.partner_named
             and mode not in ("visit", "host", "third-party"))
    if joint:
        target = []
    elif not target and (told := told_before(ctx, sent, trigger, keys)):
        target = told
    elif not target and not args.explicit:
        target = fallback_target(ctx, sent, trigger, source, guess=not args.unnamed_source)
        confidence = min(confidence, 0.6)
    return _assemble(ctx, sent, trigger, etype, mode, source, target, negated, confidence)


def _assemble(ctx: Context, sent: Span, trigger: Token, etype: str, mode: str | None,
              source: list[ActorRef], target: list[ActorRef], negated: bool, confidence: float) -> Event:
    """An event at ``trigger`` with its modality, date, place and evidence read from the clause."""
    modality = trigger_modality(ctx, trigger)
    date, precision = event_date(ctx, sent, trigger, modality)
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
        location=event_location(ctx, sent, trigger, etype, mode, target),
        confidence=confidence,
        coder=CODER,
    )


def _sentence_bounds(sent: Span) -> tuple[int, int]:
    """The sentence without the blanked lines (dropped boilerplate) the parser saw as white space."""
    parse = token_table(sent.doc)
    words = parse.words(sent.start, sent.end)
    return parse.chars(words[0], words[1] + 1) if words else (sent.start_char, sent.start_char)


def main_verb(span: Span) -> Token:
    """The clause that reports the event: the root, or what a speech verb reports."""
    t, node = token_table(span.doc), span.root.i
    for _ in range(3):
        subj = [c for c in t.children[node] if t.dep[c] in SUBJ]
        comp = [c for c in t.children[node] if t.dep[c] == "ccomp" and t.pos[c] in ("VERB", "AUX")]
        if t.lemma[node] in load_lexicon().cue("speech") and comp:
            node = comp[0]
            continue
        if not subj and comp:
            node = comp[0]
            continue
        break
    return span.doc[node]


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per type and dyad in a sentence: the first told ('shelled villages, wounding five' is the shelling),
    as sure as the surest reading of it."""
    seen: dict[tuple, Event] = {}
    for ev in sorted(events, key=lambda e: e.trigger_start):
        key = (ev.type, tuple(sorted(a.key for a in ev.source)), tuple(sorted(a.key for a in ev.target)), ev.sent_start, ev.negated)
        if key in seen:
            seen[key].confidence = max(seen[key].confidence, ev.confidence)
        else:
            seen[key] = ev
    return sorted(seen.values(), key=lambda e: (e.sent_start, e.trigger_start))
