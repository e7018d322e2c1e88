"""Ground floor: text and date helpers every layer may use. Imports nothing of the package but ``errors``."""

from __future__ import annotations

import calendar
import re
from datetime import date

from .errors import Errors, QueryError

# Characters folded for matching only: the same length, so offsets survive.
_FOLD = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
})
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_YEAR = r"(000[1-9]|00[1-9]\d|0[1-9]\d{2}|[1-9]\d{3})"  # no year 0
_LEAP_YEAR = r"(\d\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)"
_MONTH_DAY = r"((0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)"
# A real year, month or day, or nothing: the pattern API parameters declare, so that every value it allows is accepted.
DATE_OR_EMPTY = rf"^({_YEAR}(-(0[1-9]|1[0-2]))?|{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)?$"


_TO_FOLD = re.compile("[" + "".join(map(chr, sorted(_FOLD))) + "]")


def fold(text: str) -> str:
    """Fold no-break spaces and typographic quotes into plain ones, keeping length.

    Only the characters to fold are visited (found by a regular expression, none in ASCII text): ``str.translate``
    looks every character of a text that is not ASCII up in its table, which costs eight times more."""
    return text if text.isascii() else _TO_FOLD.sub(_folded, text)


def _folded(match: re.Match) -> str:
    return _FOLD[ord(match.group())]


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


def check_date(value: str | None) -> str | None:
    """A date bound as given (YYYY, YYYY-MM or YYYY-MM-DD), refused unless it is a real month or day."""
    if value is None:
        return None
    if not DATE_RE.match(value):
        raise QueryError(Errors.E030.format(value=value))
    year, month, day = (value.split("-") + ["01", "01"])[:3]
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        raise QueryError(Errors.E030.format(value=value)) from None
    return value


def format_date(day: date, precision: str) -> str:
    return {"day": day.isoformat(), "month": day.strftime("%Y-%m"), "year": str(day.year)}[precision]


def period_end(day: date, precision: str) -> date:
    if precision == "year":
        return date(day.year, 12, 31)
    return month_end(day) if precision == "month" else day


def month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
