"""Find the actors of one parsed document and link every mention to an ``ActorRef``.

Order of evidence: the knowledge base (countries, capitals, organisations,
office holders); then the text itself: a title or appositive beside a name
gives country and sector ("Marat Tazhin, the Kazakh foreign minister"), the
head noun of an organisation's name gives its sector ("... Party": PTY), a
group noun takes the country of its modifier ("Russian troops"); then
discourse: surnames, "the ambassador", "the ministry" and pronouns link back
to an actor named earlier, the subject of a clause being the likelier
antecedent (centering).

A reader counts one actor for each country and sector that common nouns
describe: "Nigeria", "Abuja" and "Nigerian officials" are Nigeria's
government, named as the country; "Russian troops" and later "the Russian
army" are one actor, named by its first mention.

This module finds the names the knowledge base knows and runs the steps in
order; the steps live beside it: ``people`` (names and their titles),
``groups`` (group nouns and organisations typed by their words),
``references`` (pronouns and interviews across sentences), all filling the
document's record, ``mentions.DocActors``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..document.parsed import doc_text, entities, token_table
from ..model import ActorRef, Document
from .groups import add_group_nouns, add_organisations
from .kb import Entry, KnowledgeBase, load_kb
from .mentions import DocActors, bare
from .people import add_people, add_untagged_surnames, dateline_country, defined_acronym, untagged_names, whole_name
from .references import add_interview_speaker, find_interviewee, resolve_pronouns, resolve_relative_possessives

STANCE_PREFIXES = ("anti", "pro")  # 'anti-Syria', 'pro-Moscow': a stance, not an affiliation


@lru_cache(maxsize=4)
def _matcher(vocab) -> PhraseMatcher:
    kb = load_kb()
    matcher = PhraseMatcher(vocab, attr="ORTH")
    from spacy.lang.en import English

    tokenizer = English().tokenizer
    patterns = [tokenizer(phrase) for phrase in kb.phrases]
    matcher.add("KB", patterns)
    return matcher


def warm_up(vocab) -> None:
    """Build the phrase matcher of the knowledge base's names for ``vocab`` before the first document."""
    _matcher(vocab)


def _phrase(kb: KnowledgeBase, span: Span) -> Entry | None:
    """The knowledge base's entry for a name as written, else for its words joined by single spaces."""
    text, parse = doc_text(span.doc), token_table(span.doc)
    entry = kb.phrases.get(text[span.start_char : span.end_char])
    if entry is None:
        entry = kb.phrases.get(" ".join(text[parse.idx[k] : parse.idx[k] + parse.length[k]] for k in range(span.start, span.end)))
    return entry


def _entry_actor(kb: KnowledgeBase, acts: DocActors, entry: Entry, span: Span) -> ActorRef:
    text = doc_text(span.doc)[span.start_char : span.end_char]  # ``span.text``, without a Token per word
    if entry.kind == "igo":
        return ActorRef(code="IGO", org=entry.org, name=acts.name_of(entry.name, None, bare(span.doc, span.start, span.end)), entity_text=text)
    if entry.kind in ("country", "seat", "adjective"):
        return ActorRef(code=entry.code, sector="GOV", name=acts.name_of(entry.code, "GOV", entry.name), entity_text=text)
    return ActorRef(code=entry.code, sector=entry.sector, org=entry.org, name=entry.name, entity_text=text)


def _residence(kb: KnowledgeBase, span: Span) -> str | None:
    """'the Albanians of southern Serbia', 'ethnic Russians in Ukraine': a people coded by the country it lives in."""
    for prep in span.root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                name = " ".join(t.text for t in obj.subtree if t.dep_ == "compound" or t is obj)
                place = kb.phrases.get(name)
                if place is not None and place.kind in ("country", "seat"):
                    return place.code
    return None


def _stance(span: Span) -> bool:
    """'anti-Syria', 'pro-Moscow', 'pro-Western': a name that says what someone stands for or against."""
    t, dash = token_table(span.doc), span.start - 1
    return (span.start >= 2 and doc_text(span.doc)[t.idx[dash] : t.idx[dash] + t.length[dash]] in ("-", "–")
            and t.lower[dash - 1] in STANCE_PREFIXES)


def _kind(entry: Entry) -> str:
    return {"person": "person", "igo": "org", "group": "org"}.get(entry.kind, "state")


def resolve_mentions(document: Document, doc: Doc, *, date: str | None = None, kb: KnowledgeBase | None = None) -> DocActors:
    kb = kb or load_kb()
    acts = DocActors(dateline=dateline_country(kb, document))
    matcher = _matcher(doc.vocab)
    known = [Span(doc, s, e) for _, s, e in matcher(doc)]  # ``doc[s:e]`` without its slice checks
    named = {(k.start, k.end) for k in known}
    people = [n for n in (whole_name(kb, e) for e in entities(doc) if e.label_ == "PERSON") if (n.start, n.end) not in named]
    spans = filter_spans(known + people)  # the knowledge base's reading of a name ('Boko Haram') before the tagger's PERSON
    entries = [(span, _phrase(kb, span)) for span in spans]
    for span, entry in sorted(entries, key=lambda pair: len(pair[0])):
        if entry is not None and entry.kind == "igo":
            acts.names[(entry.name, None)] = bare(doc, span.start, span.end)  # an organisation is named as fully as the article spells it
    names = []
    for span, entry in entries:
        if entry is not None and entry.kind == "person" and defined_acronym(span):
            continue
        if entry is None or entry.kind == "person":
            names.append(span)
        elif _stance(span):
            continue  # 'an anti-Syria journalist' is not Syria's
        else:
            actor = _entry_actor(kb, acts, entry, span)
            if entry.kind == "demonym" and (home := _residence(kb, span)) is not None:
                actor = ActorRef(code=home, sector=actor.sector, org=actor.org, name=actor.name, entity_text=actor.entity_text)
            acts.add(doc, span.start, span.end, actor, _kind(entry))
    names += untagged_names(kb, doc, acts, names)
    add_people(kb, acts, doc, names, document, date)
    add_untagged_surnames(acts, doc)
    add_organisations(kb, acts, doc, document)
    add_group_nouns(kb, acts, doc)
    acts.interviewee = find_interviewee(acts, document)
    resolve_relative_possessives(acts, doc)
    resolve_pronouns(acts, doc, document, acts.interviewee)
    if acts.interviewee is not None:
        add_interview_speaker(acts, doc, document, acts.interviewee)
    acts.mentions.sort(key=lambda m: m.start)
    return acts
