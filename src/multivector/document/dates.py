"""When was the article written? Metadata when there is any, else what the text betrays.

Evidence from the text becomes bounds on the publication date:
- a past-tense year ("in 2014") or a known event told as past ("the Russian
  incursion into Georgia") puts the article after it; a future one before it;
- the people named hold office only in their terms (a Secretary of State in
  office 2005–2009);
- a named month without a year ("in September") is read in the year the other
  evidence points to; a past month puts the article after that month.
The estimate is the earliest date all bounds allow, with the precision of the
evidence that set it and a one-line reason.

``resolve_date`` reads an event's own date expression against the publication date.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from ..model import DateGuess

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m and m != "May"})
YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
MONTH_RE = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+((?:19|20)\d\d))?"
)
DATELINE_RE = re.compile(
    r"\b(?:(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}))(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b"
)
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}
FUTURE_LEMMAS = {"due", "plan", "expect", "intend", "schedule", "forward", "prepare", "upcoming", "soon", "next"}


@dataclass
class Bound:
    day: date
    precision: str
    reason: str
    weight: float = 1.0


@lru_cache(maxsize=1)
def dated_events() -> list[dict]:
    folder = resources.files(__package__).joinpath("data/dated_events")
    events = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".json"):
            events.extend(json.loads(item.read_text("utf-8")))
    for event in events:
        event["_all"] = [[_phrase_re(p) for p in group] for group in event.get("all", [])]
        event["_any"] = [_phrase_re(p) for p in event.get("any", [])]
        event["_none"] = [_phrase_re(p) for p in event.get("none", [])]
    return events


def _phrase_re(phrase: str) -> re.Pattern:
    return re.compile(r"\b" + re.escape(phrase.lower()) + r"(?:s|es|'s)?\b")


def parse_iso(value: str | None) -> tuple[date, str] | None:
    """'2014', '2014-05' or '2014-05-08' (or a longer timestamp) as a date and its precision."""
    if not value:
        return None
    m = re.match(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", str(value))
    if not m:
        import dateparser

        parsed = dateparser.parse(str(value), languages=["en"])
        return (parsed.date(), "day") if parsed else None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            return date(year, int(month), int(day)), "day"
        if month:
            return date(year, int(month), 1), "month"
        return date(year, 1, 1), "year"
    except ValueError:
        return None


def format_date(day: date, precision: str) -> str:
    return {"day": day.isoformat(), "month": day.strftime("%Y-%m"), "year": str(day.year)}[precision]


def _period_end(day: date, precision: str) -> date:
    if precision == "year":
        return date(day.year, 12, 31)
    return _month_end(day) if precision == "month" else day


def _month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def is_future(token) -> bool:
    """Whether the clause around ``token`` speaks of what is still to come."""
    node = token
    for _ in range(8):
        for child in node.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in FUTURE_AUX:
                return True
            if child.lemma_.lower() in {"upcoming", "next", "soon", "forward"}:
                return True
        if node.lemma_.lower() in FUTURE_LEMMAS and node.pos_ in ("VERB", "ADJ", "ADV", "NOUN"):
            return True
        if node.head is node:
            break
        node = node.head
    return False


PAST_AUX = {"did", "had", "has", "have", "was", "were"}
PAST_WORDS = {"last", "since", "earlier", "ago", "previous", "past"}


def tense(token) -> str:
    """'future', 'past' or 'present' for the clause around ``token``: past needs past-tense evidence."""
    if is_future(token):
        return "future"
    left = token.doc[max(token.i - 3, token.sent.start) : token.i]
    if any(t.lower_ in PAST_WORDS for t in left):
        return "past"
    node = token
    for _ in range(6):
        if node.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in node.children):
            return "present"  # 'urged X to hold elections in December': not yet happened
        if node.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX for c in node.children):
            return "past"
        if node.pos_ in ("VERB", "AUX") and node.tag_ in ("VBZ", "VBP", "VB") and node.dep_ in ("ROOT", "ccomp", "conj"):
            return "present"
        if node.head is node:
            break
        node = node.head
    return "present"


def infer_publication_date(doc, people, metadata_date: str | None = None, *, title: str | None = None) -> DateGuess:
    """Date the article: ``people`` are the KB persons named (``Person`` objects, with the text around them)."""
    meta = parse_iso(metadata_date)
    if meta:
        day, precision = meta
        return DateGuess(format_date(day, precision), precision, f"from the article's metadata ({metadata_date})")
    head = doc.text[:400]
    line = DATELINE_RE.search(head)
    if line:
        day_s, month_a, month_b, day_b, year = line.groups()
        try:
            day = date(int(year), MONTHS[(month_a or month_b).lower()], int(day_s or day_b))
            return DateGuess(day.isoformat(), "day", f"dateline '{line.group(0)}' at the top of the article")
        except ValueError:
            pass
    lower: list[Bound] = []
    upper: list[Bound] = []
    _year_bounds(doc, lower, upper)
    _people_bounds(people, lower, upper)
    _event_bounds(doc, lower, upper)
    first = _best(lower, upper)
    if first is not None:
        ceiling = min((b.day for b in upper if first <= b.day), default=None)
        _month_bounds(doc, first, ceiling, lower, upper)
    return _decide(lower, upper)


def _score(day: date, lower: list[Bound], upper: list[Bound]) -> float:
    return sum(b.weight for b in lower if b.day <= day) + sum(b.weight for b in upper if day <= b.day)


def _best(lower: list[Bound], upper: list[Bound]) -> date | None:
    """The earliest date that satisfies the most evidence: one misread clue cannot move it far."""
    candidates = sorted({b.day for b in lower} | {b.day for b in upper})
    if not candidates:
        return None
    return max(candidates, key=lambda d: (_score(d, lower, upper), -d.toordinal()))


def _year_bounds(doc, lower: list[Bound], upper: list[Bound]) -> None:
    for match in YEAR_RE.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or not span.text.strip():
            continue
        nxt = doc.text[match.end() : match.end() + 6].lower()
        if re.match(r"\s*[-–]\s*\d", nxt) or re.match(r"^\s*(years?|km|%|people|tonnes|million|billion)", nxt):
            continue
        year = int(match.group(1))
        before = doc.text[max(0, match.start() - 4) : match.start()].lower()
        year_tense = tense(span.root)
        if year_tense == "future" or (before.endswith("by ") and year_tense != "past"):
            upper.append(Bound(date(year, 12, 31), "year", f"'{match.group(0)}' is spoken of as still to come"))
        elif year_tense == "past":
            lower.append(Bound(date(year, 1, 1), "year", f"'{match.group(0)}' is spoken of as past"))


def _people_bounds(people, lower: list[Bound], upper: list[Bound]) -> None:
    """People in office at once: the latest start and the earliest end of their terms, skipping anyone who conflicts."""
    spans = []
    for person, former, terms in people:
        if former or not terms:
            continue
        start = min((parse_iso(t.start) or (date(1900, 1, 1), "year"))[0] for t in terms)
        ends = [parse_iso(t.end) for t in terms]
        end = None if any(e is None for e in ends) else max(e[0] for e in ends)
        spans.append((person.name, terms[-1].role, start, end))
    lo = hi = None
    kept = []
    for span in sorted(spans, key=lambda s: (s[3] is None, s[3] or date.max)):
        new_lo = max(lo, span[2]) if lo else span[2]
        new_hi = min(hi, span[3]) if hi and span[3] else (hi or span[3])
        if new_hi is not None and new_lo > new_hi:
            continue  # not in office together with the others: a historical mention
        lo, hi = new_lo, new_hi
        kept.append(span)
    if not kept:
        return
    who = max(kept, key=lambda s: s[2])
    lower.append(Bound(lo, "month", f"{who[0]} ({who[1]}) took office {lo.isoformat()}"))
    if hi:
        last = min((s for s in kept if s[3]), key=lambda s: s[3])
        upper.append(Bound(hi, "month", f"{last[0]} ({last[1]}) left office {hi.isoformat()}"))


def _event_bounds(doc, lower: list[Bound], upper: list[Bound]) -> None:
    from ..document.clean import fold

    for sent in doc.sents:
        text = fold(sent.text).lower()
        for event in dated_events():
            if not all(any(p.search(text) for p in group) for group in event["_all"]):
                continue
            if event["_any"] and not any(p.search(text) for p in event["_any"]):
                continue
            if any(p.search(text) for p in event["_none"]):
                continue
            when = parse_iso(event.get("start"))
            if when is None:
                continue
            hit = next((m for p in event["_any"] + [p for g in event["_all"] for p in g] for m in [p.search(text)] if m), None)
            token = sent.doc.char_span(sent.start_char + hit.start(), sent.start_char + hit.end(), alignment_mode="expand") if hit else None
            if token is not None and is_future(token.root):
                upper.append(Bound(when[0], "month", f"{event['name']} ({event['start']}) is still to come"))
            else:
                lower.append(Bound(when[0], "month", f"refers to {event['name']} ({event['start']}) as past"))


def _month_bounds(doc, estimate: date, ceiling: date | None, lower: list[Bound], upper: list[Bound]) -> None:
    """Months without a year, read in the year of the estimate so far; a past month that would pass the ceiling is last year's."""
    for match in MONTH_RE.finditer(doc.text):
        day_a, month_name, day_b, year = match.groups()
        if year:
            continue
        if month_name == "May" and not (day_a or day_b) and not re.search(r"\b(in|since|of|by|until|from|early|late|mid|last|this|next)\s+$", doc.text[max(0, match.start() - 8) : match.start()], re.I):
            continue  # the modal verb, not the month
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        month = MONTHS[month_name.lower()]
        day_num = int(day_a or day_b or 0)
        when_tense = tense(span.root)
        anchor = estimate.year
        if when_tense == "past" and ceiling is not None and date(anchor, month, 1) > ceiling:
            anchor -= 1
        elif when_tense == "future" and month < estimate.month:
            anchor += 1
        try:
            when = date(anchor, month, day_num or 1)
        except ValueError:
            continue
        if when_tense == "future":
            upper.append(Bound(_month_end(when), "month", f"'{match.group(0).strip()}' ({anchor}) is still to come"))
        elif when_tense == "present" and not day_num:
            continue  # 'elections in December': no safe reading; a day ('on May 8th') is a reported fact
        elif day_num:
            lower.append(Bound(when, "month", f"'{match.group(0).strip()}' ({anchor}) has passed"))
        else:
            after = _month_end(when) + timedelta(days=1)
            lower.append(Bound(after, "month", f"'{match.group(0).strip()}' ({anchor}) is over"))


def _decide(lower: list[Bound], upper: list[Bound]) -> DateGuess:
    best = _best(lower, upper)
    if best is None:
        return DateGuess(None, None, "no date in the metadata and no dating evidence in the text")
    met_lower = [b for b in lower if b.day <= best]
    met_upper = [b for b in upper if best <= b.day]
    if not met_lower:
        hi = min(met_upper, key=lambda b: b.day)
        return DateGuess(str(hi.day.year), "year", f"no earlier bound; {hi.reason}")
    lo = max(met_lower, key=lambda b: (b.day, b.precision != "year"))
    hi = min(met_upper, key=lambda b: b.day) if met_upper else None
    reason = lo.reason + (f"; before: {hi.reason}" if hi else "")
    return DateGuess(format_date(lo.day, lo.precision), lo.precision, reason)


@lru_cache(maxsize=8192)
def resolve_date(expression: str, publication: str | None, *, future: bool = False) -> tuple[str | None, str | None]:
    """An event's date expression ('in August', 'last week', 'May 8th', 'in 2010') read against the publication date.

    Cached: dateparser is slow and the same expressions recur across articles of one date.
    """
    from dateparser.date import DateDataParser

    pub = parse_iso(publication)
    expr = re.sub(r"^(in|on|since|during|by|from|of|at)\s+", "", expression.strip(), flags=re.I)
    expr = re.sub(r"['’]s$", "", expr)
    if not expr or not re.search(r"\d|[A-Za-z]{3}", expr):
        return None, None
    if re.search(r"\b(years?|months?|weeks?|days?|decades?)\b", expr, re.I) and not re.search(r"\b(ago|last|next|this|previous)\b", expr, re.I):
        return None, None  # a duration ('for 20 years'), not a date
    if YEAR_RE.fullmatch(expr):
        return expr, "year"
    explicit = bool(MONTH_RE.search(expr) or YEAR_RE.search(expr))
    if pub and not explicit and pub[1] != "day":
        return format_date(pub[0], pub[1]), pub[1]  # 'last week' in an article dated to the month: that month
    base = _period_end(*pub) if pub else None
    settings = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_TIME_AS_PERIOD": False}
    if base:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    elif not YEAR_RE.search(expr):
        return None, None
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(expr)
    if data is None or data.date_obj is None:
        return None, None
    period = data.period or "day"
    if period == "week":
        period = "day"
    precision = {"day": "day", "month": "month", "year": "year", "time": "day"}.get(period, "day")
    return format_date(data.date_obj.date(), precision), precision

