"""The office holders an article names, as clues: in office at the writing, or after ('former'), or just before ('-elect')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ...text import parse_iso, period_end
from .clues import GRACE_DAYS, MONTH_NAMES, Bound, after, cues, within


@dataclass
class Named:
    """A known office holder named in the article: how ('former', 'then', 'elect' or None) and the terms meant."""

    person: object
    status: str | None
    terms: list
    titled: bool = True
    title: str = ""  # the words between 'former' and the name ('military ruler')


def person_status(text: str, start: int, end: int) -> tuple[str | None, str]:
    """'former', 'then' or 'elect' when the words before a name say so ('former US President X', 'his predecessor, X',
    'then-minister X') or those after it ('X, the president-elect', 'X was president'), with the title words; a word
    outside the title ends the search before the name."""
    status, glue = _status_words()
    title: list[str] = []
    for word in reversed(re.findall(r"[\w'’.-]+", text[max(0, start - 60) : start])[-6:]):
        parts = {word.lower().strip("-")} | set(word.lower().split("-"))
        for kind in ("former", "then", "elect"):
            if not parts.isdisjoint(status[kind]):
                return kind, " ".join(reversed(title + [p for p in word.lower().split("-") if p not in status[kind]]))
        if not (word[0].isupper() or word.lower() in glue):
            break
        title.append(word.lower())
    following = text[end : end + 40].lower()
    if re.match(r"^,?\s+(?:the\s+)?[\w ]{0,25}-elect\b", following):
        return "elect", ""
    was = re.match(r"^,?\s+(?:who\s+)?(?:was|had been)\s+(?:the\s+|a\s+)?(?:[a-z]+\s+)?([a-z]+)", following)
    if was and was.group(1) in glue:
        return "then", was.group(1)  # 'while X was president': a past term, maybe over
    return None, ""


@lru_cache(maxsize=1)
def _status_words() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The cue words of ``person_status`` as sets, made once: it reads them for every word before every name."""
    c = cues()
    return {kind: frozenset(words) for kind, words in c["person_status"].items()}, frozenset(c["title_words"])


def _term_range(term) -> tuple[date, date] | None:
    start = parse_iso(term.start)
    end = parse_iso(term.end)
    if start is None:
        return None
    return start[0], (period_end(*end) if end else date.max)


POINT_YEAR_RE = re.compile(rf"\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{MONTH_NAMES})\s+)?(?:19|20)\d\d\b", re.I)


def _mentions(text: str, person) -> list[tuple[int, int]]:
    """Where ``text`` names ``person``: full name, aliases or surname."""
    names = {person.name, *getattr(person, "aliases", [])}
    names |= {n.split()[-1] for n in list(names) if len(n.split()) > 1}
    names = [n for n in sorted(names, key=len, reverse=True) if len(n) > 2]
    if not names:
        return []
    firsts = "".join(sorted({re.escape(n[0]) for n in names}))  # a position no name starts with is skipped at once
    return [m.span() for m in re.finditer(rf"(?=[{firsts}])\b(?:{'|'.join(re.escape(n) for n in names)})\b", text)]


def _status_of_mentions(text: str, named: Named, found: list[tuple[int, int]] | None = None) -> Named:
    """'former President X ... X said': a bare later mention does not undo 'former'; only a mention titled as in
    office now does ('President X'). ('then' is left to the bare mentions: 'X was elected president' may be in office.)
    ``found``: the person's ``_mentions`` in ``text``, when already searched for."""
    if named.status is not None:
        return named
    found = _mentions(text, named.person) if found is None else found
    kinds = [person_status(text, a, b) for a, b in found]
    marked = [(k, t) for k, t in kinds if k == "former"]
    if not marked or any(k is None and _titled_before(text, a) for (k, _), (a, _) in zip(kinds, found)):
        return named
    return Named(named.person, marked[0][0], named.terms, named.titled, marked[0][1])


def _titled_before(text: str, at: int) -> bool:
    """Whether a capitalised title stands right before the name at ``at`` ('President X', 'Prime Minister X')."""
    words = re.findall(r"[\w'’.-]+", text[max(0, at - 40) : at])[-3:]
    return any(w[0].isupper() and w.lower() in cues()["office_titles"] for w in words)


def _dated_elsewhere(text: str, named: Named, found: list[tuple[int, int]] | None = None) -> Named:
    """A person named only in sentences placed at a year of their own ('when X came to Mongolia in 2012') was in
    office then, not necessarily at the writing: only that the term had begun is left ('then'). Not when the year
    is that of taking office ('X, elected in 1997, said'): that speaks of a term still running. ``found`` as in
    ``_status_of_mentions``."""
    if named.status is not None:
        return named
    sentences = [_sentence_at(text, a).lower() for a, _ in (_mentions(text, named.person) if found is None else found)]
    if sentences and all(POINT_YEAR_RE.search(s) and within(s, cues()["taking_office"]) is None for s in sentences):
        return Named(named.person, "then", named.terms, named.titled, named.title)
    return named


def _sentence_at(text: str, at: int) -> str:
    """The sentence around character ``at`` (between full stops or line breaks)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def people_bounds(text: str, people: list[Named]) -> list[Bound]:
    """The bounds of the people named, each read with what the rest of ``text`` says of them (where ``text`` names
    each is searched for once, for both readings)."""
    read = []
    for named in people:
        found = _mentions(text, named.person) if named.status is None else None
        read.append(_dated_elsewhere(text, _status_of_mentions(text, named, found), found))
    return _term_bounds(read)


def _term_bounds(people: list[Named]) -> list[Bound]:
    """Each person named: in office during one of the terms meant, or after it ('former'), or just before ('-elect')."""
    bounds = []
    for named in people:
        spans = [(r, t) for r, t in ((_term_range(t), t) for t in named.terms) if r]
        ranges = [r for r, _ in spans]
        if not ranges:
            continue
        name = named.person.name
        role = named.terms[-1].role
        if named.status is None:
            first, last = min(r[0] for r in ranges), max(r[1] for r in ranges)
            until = last.isoformat() if last < date.max else "now"
            held = [(lo, hi if hi == date.max else hi + timedelta(days=GRACE_DAYS)) for lo, hi in ranges]
            bounds.append(Bound(held, f"{name} ({role}) in office {first.isoformat()} to {until}",
                                weight=1.0 if named.titled else 0.5))
        elif named.status == "former":
            words = [w for w in named.title.split() if w not in cues()["determiners"]]
            if words:  # 'former military ruler X': only a term of that office ended
                ranges = [r for r, t in spans if any(w in t.role.lower() for w in words)]
            ended = [hi for _, hi in ranges if hi < date.max]
            if ended:
                left = min(ended)
                bounds.append(after(left + timedelta(days=1), f"'former' {name} ({role}) left office {left.isoformat()}"))
        elif named.status == "then":
            first = min(r[0] for r in ranges)
            bounds.append(after(first, f"'then' {name} ({role}) took office {first.isoformat()}", weight=0.5))
        elif named.status == "elect":
            bounds.append(Bound([(lo - timedelta(days=150), lo) for lo, _ in ranges],
                                f"{name} is '-elect', before taking office as {role}"))
    return bounds
