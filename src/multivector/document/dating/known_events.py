"""Known dated events the sentences name, as clues: told as past, future or going on, and how far from the writing."""

from __future__ import annotations

import calendar
import json
import re
from datetime import date, timedelta
from functools import lru_cache

from ..parsed import doc_text, sentences
from ...text import fold, month_end, parse_iso, period_end
from ..event_match import EventMatcher
from .clues import (DATA, DOMAIN_START, GRACE_DAYS, MONTH_NAMES, MONTHS, RECENT_STRETCH, Bound, add_months, after, before,
                    between, cues, safe_date, within)
from .expressions import tense

DASHES = str.maketrans("\u2010\u2011\u2012\u2013\u2014\u2212", "------")  # 'China–Central Asia' is 'china-central asia'
NEAR_CHARS = 80  # a phrase this close to a dated event's name speaks of that event ('last week's summit')


@lru_cache(maxsize=1)
def dated_events() -> list[dict]:
    folder = DATA.joinpath("dated_events")
    events = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".json"):
            events.extend(json.loads(item.read_text("utf-8")))
    return events


@lru_cache(maxsize=1)
def event_matcher() -> EventMatcher:
    return EventMatcher(dated_events())


def event_bounds(doc) -> list[Bound]:
    """Known events the sentences name, in one pass over each sentence (``EventMatcher``)."""

    matcher = event_matcher()
    bounds = []
    seen: set[tuple] = set()
    whole = doc_text(doc)
    for sent in sentences(doc):
        text = fold(whole[sent.start_char : sent.end_char]).lower().translate(DASHES)  # the sentence's text, sliced
        for event, hits in matcher.match(text):
            when = parse_iso(event.get("start"))
            spans = [doc.char_span(sent.start_char + h.start(), sent.start_char + h.end(), alignment_mode="expand") for h in hits]
            tokens = [span.root for span in spans if span is not None]
            if when is None or not tokens:
                continue
            hit = hits[0]
            near = text[max(0, hit.start() - NEAR_CHARS) : hit.end() + NEAR_CHARS]
            for bound in _event_clues(event, when, _told(tokens), text, near, max(h.start() for h in hits)):
                key = (event.get("id") or event.get("name"), bound.reason)
                if key not in seen:
                    seen.add(key)
                    bounds.append(bound)
    return bounds


def _told(tokens) -> str:
    """How a sentence tells an event: future if its first phrase (``any`` first) says so, past if all its phrases do."""
    tenses = [tense(t) for t in tokens]
    if tenses[0] == "future":
        return "future"
    return "past" if set(tenses) == {"past"} else "present"


def _event_clues(event: dict, when: tuple[date, str], told: str, text: str, near: str, at: int) -> list[Bound]:
    """The bounds one mention of a dated event gives: its tense, and any phrase ``near`` it placing the writing close to it."""
    c = cues()
    start, precision = when[0], event.get("precision") or when[1]
    if precision not in ("day", "month", "year"):
        precision = when[1]
    end = parse_iso(event.get("end"))
    label = f"{event['name']} ({event['start']})"
    clues = []
    future = told == "future"
    years = _anniversary(text[:at])  # 'the 20th anniversary of <the event>', not '<the event>'s 50th anniversary summit'
    relative = None if years else within(near, c["relative_to_event"])  # 'next week' then speaks of the anniversary
    if years:
        mark = safe_date(start.year + years, start.month, min(start.day, 28))
        if mark:
            clues.append(between(mark - timedelta(days=183), mark + timedelta(days=183),
                                 f"the {years}th anniversary of {label}", weight=1.5))
    elif relative is None and (ago := _ago(near)) is not None:
        unit, count = ago
        window = _relative_window(start, precision, unit, count, loose=True)
        if window:
            clues.append(between(*window, f"{label} was {count} {unit}(s) ago", weight=1.5, recent=unit != "year"))
    elif relative is not None:
        unit, shift = c["relative_to_event"][relative]
        window = _relative_window(start, precision, unit, shift)
        if window:
            clues.append(between(*window, f"{label} is '{relative}'", weight=1.5, recent=unit != "year"))
    elif precision == "day":
        window = _weekday_window(start, end[0] if end else start, text, future)  # 'On Monday, ...' opens the sentence
        if window:
            clues.append(between(*window[:2], f"{label}, '{window[2]}'", weight=1.5, recent=True))
    in_use = event.get("in_use")  # a name of a period: 'Nur-Sultan' 'during' the event, 'Zaire' 'until' its renaming
    if in_use and not future and within(text, c["renaming_words"]) is None:
        last = period_end(*end) if in_use == "during" and end else start
        first = start if in_use == "during" else DOMAIN_START
        return [between(first, last + timedelta(days=GRACE_DAYS), f"a name of {label} is used as current", weight=1.5)]
    if not years and relative is None and precision in ("day", "month"):
        clues += _month_anchor(start, end[0] if end else start, text, future, label)
    if future:
        clues.append(before(period_end(start, precision), f"{label} is still to come"))
    elif end and within(text, c["ongoing_words"]) is not None:
        clues.append(between(start, period_end(*end), f"{label} is going on"))
    elif told == "past":
        clues.append(after(start, f"refers to {label} as past"))
    else:  # the present tense tells less: 'faces him in the election' may be before it
        clues.append(after(start, f"refers to {label} in the present tense", weight=0.5))
    return clues


BARE_MONTH_RE = re.compile(rf"\b(?:in|since|of|by|until|from|early|late|mid-?)\s+({MONTH_NAMES.lower()})\b"
                           r"(?!\s*,?\s*(?:19|20)\d\d)(?!\s+(?:last|next|this) year)")


def _month_anchor(start: date, end: date, text: str, future: bool, label: str) -> list[Bound]:
    """'In July, Uzbekistan evicted US forces ...': a month named without its year, in the sentence of an event
    that falls in that month, is that event's month; a month named so is one of the last (or next) ten, so the
    writing is within ten months after the event (before it if still to come)."""
    named = {MONTHS[m.group(1)] for m in BARE_MONTH_RE.finditer(text)}
    if not named & {start.month, end.month}:
        return []
    month = calendar.month_name[start.month if start.month in named else end.month]
    if future:
        return [between(add_months(start, -RECENT_STRETCH), period_end(start, "month"),
                        f"{label} is '{month}' to come", weight=1.5, recent=True)]
    return [between(start, month_end(add_months(start, RECENT_STRETCH)), f"{label} is '{month}', of the last months",
                    weight=1.5, recent=True)]


def _relative_window(start: date, precision: str, unit: str, shift: int, *, loose: bool = False) -> tuple[date, date] | None:
    """The days of writing when the event is ``shift`` ``unit``s before it ('last week's summit': one week).

    ``loose`` for a count of units ago ('two years ago', 'three months ago'), which writers round: a year or a month
    either side of the count, a few days either side of weeks."""
    if unit == "year":
        if loose:
            return date(start.year + shift - 1, start.month, 1), month_end(date(start.year + shift + 1, start.month, 1))
        return date(start.year + shift, 1, 1), date(start.year + shift, 12, 31)
    if unit == "month" and precision in ("day", "month"):
        if loose:
            return add_months(start, shift - 1), month_end(add_months(start, shift + 1))
        first = add_months(start, shift)
        return first, month_end(first)
    if precision != "day":
        return None
    if unit == "week":
        if loose:
            return start + timedelta(weeks=shift, days=-3), start + timedelta(weeks=shift, days=3)
        monday = start - timedelta(days=start.weekday()) + timedelta(weeks=shift)
        return monday, monday + timedelta(days=6)
    return start + timedelta(days=shift), start + timedelta(days=shift + (1 if loose else 0))


def _ago(text: str) -> tuple[str, int] | None:
    """'two years ago' as ('year', 2)."""
    numbers = cues()["numbers"]
    m = re.search(r"\b(\d{1,2}|[a-z]+)\s+(day|week|month|year)s?\s+ago\b", text)
    if m is None:
        return None
    count = int(m.group(1)) if m.group(1).isdigit() else numbers.get(m.group(1))
    return (m.group(2), count) if count else None


def _weekday_window(start: date, end: date, text: str, future: bool) -> tuple[date, date, str] | None:
    """'on Saturday' beside an event of a week or less: the writing is within the week after that day (before it if
    future); 'last Saturday' a week later."""
    for index, name in enumerate(cues()["weekdays"]):
        m = re.search(rf"\b(on|since|from|until|by|last)\s+{name}\b|\b{name}'s\b", text) if name in text else None
        if not m:
            continue
        day = start
        while day <= min(end, start + timedelta(days=6)):
            if day.weekday() == index:
                if future:
                    return day - timedelta(days=6), day, name
                if m.group(1) == "last":
                    return day + timedelta(days=1), day + timedelta(days=13), f"last {name}"
                return day, day + timedelta(days=6), name
            day += timedelta(days=1)
    return None


def _anniversary(text: str) -> int | None:
    """The N of 'the Nth anniversary of' in a sentence."""
    c = cues()
    for word in c["anniversary_words"]:
        m = re.search(rf"\b(?:(\d{{1,3}})(?:st|nd|rd|th)|([a-z]+(?:-[a-z]+)?))\s+{word}\s+of\b", text) if word in text else None
        if m:
            if m.group(1):
                return int(m.group(1))
            if m.group(2) in c["ordinals"]:
                return c["ordinals"][m.group(2)]
    return None
