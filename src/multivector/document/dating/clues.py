"""What every dating clue is made of: the cue words, month and year patterns, and ``Bound``, the days a clue allows."""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

DATA = resources.files("multivector.document").joinpath("data")
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m and m != "May"})
YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_RE = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?({MONTH_NAMES})\b"
    r"(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+((?:19|20)\d\d))?"
)
DOMAIN_START = date(1900, 1, 1)
RECENT_STRETCH = 10  # months: how far back a month named without its year reaches
GRACE_DAYS = 60  # a holder is still named with the title for a while after leaving office ('the outgoing president')


@lru_cache(maxsize=1)
def cues() -> dict:
    """The cue words of ``data/date_cues.json``, without its ``_doc`` notes."""
    data = json.loads(DATA.joinpath("date_cues.json").read_text("utf-8"))
    return {k: {kk: vv for kk, vv in v.items() if not kk.startswith("_")} if isinstance(v, dict) else v
            for k, v in data.items() if not k.startswith("_")}


def today() -> date:
    return date.today()


@dataclass
class Bound:
    """The days one clue allows (a union of ranges), its weight and whether it speaks of the last weeks or months."""

    ranges: list[tuple[date, date]]
    reason: str
    weight: float = 1.0
    recent: bool = False


def after(day: date, reason: str, **kw) -> Bound:
    return Bound([(day, date.max)], reason, **kw)


def before(day: date, reason: str, **kw) -> Bound:
    return Bound([(DOMAIN_START, day)], reason, **kw)


def between(first: date, last: date, reason: str, **kw) -> Bound:
    return Bound([(first, last)], reason, **kw)


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def safe_date(year: int, month: int = 1, day: int = 1) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def within(text: str, phrases) -> str | None:
    """The longest of ``phrases`` in ``text``, at word boundaries (searched for only where the text holds it at all)."""
    for phrase in sorted(phrases, key=len, reverse=True):
        if phrase in text and re.search(r"\b" + re.escape(phrase) + r"\b", text):
            return phrase
    return None
