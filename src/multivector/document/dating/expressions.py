"""How a clause places itself in time: its tense, and its own date expression read against the publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ...text import format_date, parse_iso, period_end
from ..parsed import sentence_of, token_table
from .clues import MONTH_RE, YEAR_RE, add_months, cues


def is_future(token) -> bool:
    """Whether the clause around ``token`` speaks of what is still to come (or may come: 'if ...')."""
    c = cues()
    t = token_table(token.doc)
    node = token.i
    for _ in range(8):
        for child in t.children[node]:
            if t.dep[child] in ("aux", "auxpass") and t.lower[child] in c["future_aux"]:
                return True
            if t.lemma[child] in c["future_children"]:
                return True
            if t.dep[child] == "mark" and t.lower[child] in c["conditional_marks"]:
                return True  # 'if voters approve it in a referendum': not (yet) happened
        if t.lemma[node] in c["future_heads"] and t.pos[node] in ("VERB", "ADJ", "ADV", "NOUN"):
            return True
        if t.head[node] == node:
            break
        node = t.head[node]
    return False


def tense(token) -> str:
    """'future', 'past' or 'present' for the clause around ``token``: past needs past-tense evidence."""
    if is_future(token):
        return "future"
    c = cues()
    t = token_table(token.doc)
    if any(t.lower[i] in c["past_words"] for i in range(max(token.i - 3, sentence_of(token.doc, token.i).start), token.i)):
        return "past"
    node = token.i
    for _ in range(6):
        tag, children = t.tag[node], t.children[node]
        if tag == "VB" and any(t.lower[ch] == "to" and t.dep[ch] == "aux" for ch in children):
            return "present"  # 'urged X to hold elections in December': not yet happened
        if tag in ("VBD", "VBN") or any(t.dep[ch] in ("aux", "auxpass") and t.lower[ch] in c["past_aux"] for ch in children):
            return "past"
        if tag == "VBG" and any(t.dep[ch] == "aux" and t.lower[ch] in c["present_aux"] for ch in children):
            return "future"  # 'is seeking another term in the 4 December vote': under way or planned, not past
        if t.pos[node] in ("VERB", "AUX") and tag in ("VBZ", "VBP", "VB") and t.dep[node] in ("ROOT", "ccomp", "conj", "relcl"):
            return "present"
        if t.head[node] == node:
            break
        node = t.head[node]
    return "present"


UNIT_SHIFT = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}


@lru_cache(maxsize=8192)
def resolve_date(expression: str, publication: str | None, *, future: bool = False) -> tuple[str | None, str | None]:
    """An event's date expression ('in August', 'last week', 'on Thursday', 'in 2010') read against the publication date.

    Weekdays and 'this/last/next week, month, year' are counted here (a weekday is the one of the
    publication's week when that is today or past: 'on Thursday' in a Thursday article is that day);
    other expressions go to dateparser. An expression finer than the publication date's precision
    inherits it. Cached: dateparser is slow and the same expressions recur across articles of one date.
    """
    pub = parse_iso(publication)
    expr = re.sub(r"^(in|on|since|during|by|from|of|at)\s+", "", expression.strip(), flags=re.I)
    expr = re.sub(r"['’]s$", "", expr)
    if not expr or not re.search(r"\d|[A-Za-z]{3}", expr):
        return None, None
    if re.search(r"\b(years?|months?|weeks?|days?|decades?)\b", expr, re.I) and not re.search(r"\b(ago|last|next|this|previous|coming)\b", expr, re.I):
        return None, None  # a duration ('for 20 years'), not a date
    if YEAR_RE.fullmatch(expr):
        return expr, "year"
    counted = _counted(expr.lower(), pub, future)
    if counted is not None:
        return counted
    explicit = bool(MONTH_RE.search(expr) or YEAR_RE.search(expr))
    if pub and not explicit and pub[1] != "day":
        return format_date(pub[0], pub[1]), pub[1]  # 'last week' in an article dated to the month: that month
    return _dateparser(expr, pub, future)


def _counted(expr: str, pub: tuple[date, str] | None, future: bool) -> tuple[str | None, str | None] | None:
    """Weekdays and calendar units relative to the publication date; None when ``expr`` is neither."""
    m = re.fullmatch(r"(?:(last|this|next|coming|previous)\s+|(earlier|later)\s+this\s+)?(week|month|year|"
                     r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(morning|afternoon|evening|night))?", expr)
    if m is None:
        m2 = re.fullmatch(r"(yesterday|today|tonight|tomorrow)", expr)
        if m2 is None:
            return None
        if pub is None:
            return None, None
        if pub[1] != "day":
            return format_date(*pub), pub[1]
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m2.group(1)]
        return (pub[0] + timedelta(days=shift)).isoformat(), "day"
    if pub is None:
        return None, None
    which, within, unit = m.group(1), m.group(2), m.group(3)
    day, precision = pub
    if unit in ("month", "year") or unit == "week":
        shift = 0 if within else UNIT_SHIFT.get(which or "this", 0)
        if unit == "year":
            return str(day.year + shift), "year"
        if precision == "year":
            return str(day.year), "year"
        if unit == "month":
            return format_date(add_months(day, shift), "month"), "month"
        if precision != "day":
            return format_date(day, precision), precision
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=shift)
        thursday = monday + timedelta(days=3)  # the week's month is that of its Thursday (ISO 8601)
        return format_date(thursday, "month"), "month"
    if precision != "day":
        return format_date(day, precision), precision  # 'on Tuesday' in an article dated to the month or year
    index = cues()["weekdays"].index(unit)
    back = (day.weekday() - index) % 7
    if which in ("last", "previous"):
        return (day - timedelta(days=back or 7)).isoformat(), "day"
    if which in ("next", "coming") or (future and back):
        return (day + timedelta(days=(index - day.weekday()) % 7 or 7)).isoformat(), "day"
    return (day - timedelta(days=back)).isoformat(), "day"


def _dateparser(expr: str, pub: tuple[date, str] | None, future: bool) -> tuple[str | None, str | None]:
    from datetime import datetime

    from dateparser.date import DateDataParser

    base = period_end(*pub) if pub else None
    settings = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_TIME_AS_PERIOD": False}
    if base:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    elif not YEAR_RE.search(expr):
        return None, None
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(expr)
    if data is None or data.date_obj is None:
        return None, None
    period = data.period or "day"
    precision = {"day": "day", "week": "day", "month": "month", "year": "year", "time": "day"}.get(period, "day")
    return format_date(data.date_obj.date(), precision), precision


def warm_up() -> None:
    """Read one date, so dateparser builds its time-zone patterns (on its first date, not cached) before the first article."""
    _dateparser("1 March 2014", None, False)
