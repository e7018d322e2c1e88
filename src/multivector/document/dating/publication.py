"""When was the article written? Metadata or a dateline when there is one, else what the text betrays.

Each clue in the text becomes a ``Bound``: the days it allows (a union of
ranges) and how much it counts.
- a past-tense year ("in 2014") or a known event told as past puts the
  article after it, a future one before it, an ongoing one inside it;
  "last week's summit", "on Saturday" beside a dated event, "the 20th
  anniversary of" a dated event place it close to the event;
- "2014, last year" fixes the year; a month with its year bounds like a year;
- the people named are in office (or just out of it); "former", "late" and
  "his predecessor" put the article after the term, "then-" after its start,
  "-elect" just before it;
- months named without a year ("in September", "on April 2") are recent: the
  article falls in the ten months after the latest one named as past, in the
  longest stretch of the year they leave free; named in the sentence of a dated
  event of that month ("In July, Uzbekistan evicted ..."), they are its month;
- a name of a period used as the current one ("Zaire", "Nur-Sultan") places the
  article in that period;
- a wire dateline without its year ("TEHRAN, Jan 5 (AFP) -") is the day of
  writing in some year, and a weekday told in its lead leaves one year in six;
- a person named only where the sentence gives a year of its own ("when X came
  in 2012") was in office then; a bare later mention does not undo "former".
The best reading is the stretch of days that meets the most (weighted) clues,
so a misread clue is outvoted rather than fatal; the interval reaches the days
that miss at most ``TOLERANCE`` of that weight. Of equally supported stretches
the middle one is read. The estimate is the middle of the reading (its first day
when it opens on a clue about recent months, which point close to the writing),
with a month's precision only when the interval is that narrow or, up to half a
year, opens on recent months, else the year: a confident wrong month is worse
than an honest year. Text alone never gives a day.

The clues of people and of known events are read in ``people`` and ``known_events``.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from ...model import DateGuess
from ..parsed import doc_text
from ...text import format_date, month_end, parse_iso, period_end
from .clues import (DOMAIN_START, MONTH_NAMES, MONTH_RE, MONTHS, RECENT_STRETCH, YEAR_RE, Bound, add_months, after, before,
                    between, cues, safe_date, today)
from .expressions import tense
from .known_events import event_bounds
from .people import Named, people_bounds

DATELINE_RE = re.compile(
    rf"\b(?:(\d{{1,2}})\s+({MONTH_NAMES})|({MONTH_NAMES})\s+(\d{{1,2}}))(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b"
)
WIRE_DATELINE_RE = re.compile(  # 'TEHRAN, Jan 5 (AFP) -', 'BEIJING, March 3 (Xinhua) --': a wire dateline without its year
    r"(?m)^\s*[A-Z][A-Za-z.'’ -]{1,40},(?:\s+[A-Z][A-Za-z.]+,)?\s+"
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b\s*(?:\([A-Za-z -]{2,30}\))?\s*[-–—:]"
)
MONTH_CLUE = 62  # days: an interval this narrow fixes the month
RECENT_CLUE = 183  # days: a clue about recent months fixes the month inside an interval up to half a year (wider, a guess)
TOLERANCE = 0.5  # the interval reaches as far as the days that miss no more than this weight of the best reading


@dataclass
class Interval:
    """What the clues allow: the reading chosen among the best-supported stretches, the clues that close it, and the span of all."""

    run: tuple[date, date]
    low: Bound | None
    high: Bound | None
    first: tuple[date, date]  # the first and last best runs widened to the days that miss at most TOLERANCE of the best weight
    last: tuple[date, date]


def infer_publication_date(doc, people: list[Named], metadata_date: str | None = None, *,
                           borrowed: DateGuess | None = None) -> DateGuess:
    """Date the article from its metadata, a dateline, a same-story article of the batch (``borrowed``), else its text."""
    text = doc_text(doc)
    firm = firm_date(metadata_date, text)
    if firm is not None:
        return firm
    if borrowed is not None:
        return borrowed
    return decide(solve(text_bounds(doc, people)))


def firm_date(metadata_date: str | None, text: str) -> DateGuess | None:
    """The date of the metadata or of a dateline, when there is one."""
    meta = parse_iso(metadata_date)
    if meta:
        day, precision = meta
        return _fixed(day, precision, f"from the article's metadata ({metadata_date})")
    return dateline(text)


def dateline(text: str) -> DateGuess | None:
    """A full date at the top of the article ('May 31, 1997'), read as its dateline."""
    line = DATELINE_RE.search(text[:400])
    if not line:
        return None
    day_s, month_a, month_b, day_b, year = line.groups()
    day = safe_date(int(year), MONTHS[(month_a or month_b).lower()], int(day_s or day_b))
    return _fixed(day, "day", f"dateline '{line.group(0)}' at the top of the article") if day else None


def _fixed(day: date, precision: str, reason: str) -> DateGuess:
    return DateGuess(format_date(day, precision), precision, reason, day.isoformat(), period_end(day, precision).isoformat())


def text_bounds(doc, people: list[Named]) -> list[Bound]:
    """Every clue of the text as a bound."""
    text = doc_text(doc)
    bounds = _year_bounds(doc)
    bounds += people_bounds(text, people)
    bounds += event_bounds(doc)
    bounds += _wire_dateline_bounds(text)
    dated, month = _month_bounds(doc)
    bounds += dated
    if month is not None and bounds:  # months without a year place the writing only inside other clues
        bounds.append(month)
    return bounds


def _wire_dateline_bounds(text: str) -> list[Bound]:
    """A wire dateline without its year ('TEHRAN, Jan 5 (AFP) -') is the day of writing in some year; a weekday told
    in the lead after it ('said on Tuesday') is that day or the day before, which leaves about one year in six."""
    line = WIRE_DATELINE_RE.search(text[:500])
    if line is None:
        return []
    month, day = MONTHS[line.group(1).lower()[:3]], int(line.group(2))
    days = [d for d in (safe_date(year, month, day) for year in range(DOMAIN_START.year, today().year + 1)) if d]
    if not days:
        return []
    label = f"{line.group(1)} {day}"
    bounds = [Bound([(d, d) for d in days], f"dateline '{label}' without a year", weight=2.0)]
    lead = re.split(r"(?<=[a-z0-9])\.\s", text[line.end() : line.end() + 400])[0].lower()
    told = re.search(r"\b(?:on\s+)?(" + "|".join(cues()["weekdays"]) + r")\b", lead)
    if told and not re.search(r"\b(?:last|next|this|coming|previous)\s+" + told.group(1), lead):
        weekday = cues()["weekdays"].index(told.group(1))
        fits = [(d, d) for d in days if d.weekday() in (weekday, (weekday + 1) % 7)]
        bounds.append(Bound(fits, f"dateline '{label}' is a {told.group(1).title()} or the day after", weight=1.0))
    return bounds


def _merged(ranges: list[tuple[date, date]], end: date) -> list[tuple[date, date]]:
    """The ranges as disjoint ones inside [DOMAIN_START, end] (today), so a clue counts once on any day."""
    out: list[tuple[date, date]] = []
    for lo, hi in sorted((max(lo, DOMAIN_START), min(hi, end)) for lo, hi in ranges):
        if lo > hi:
            continue
        if out and lo <= out[-1][1] + timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def solve(bounds: list[Bound]) -> Interval | None:
    """The stretches of days that meet the greatest weight of clues (a sweep over the ranges' ends)."""
    if not bounds:
        return None
    end = today()
    merged = [(b, _merged(b.ranges, end)) for b in bounds]  # read again by ``_closers``, once per best run
    deltas: dict[date, float] = defaultdict(float)
    for b, ranges in merged:
        for lo, hi in ranges:
            deltas[lo] += b.weight
            deltas[hi + timedelta(days=1)] -= b.weight
    points = sorted(set(deltas) | {DOMAIN_START})
    scores = []  # the weight met from each point to the day before the next: a segment's last day is made only where read
    score = 0.0
    for point in points:
        score += deltas.get(point, 0.0)
        if point > end:
            break
        scores.append(round(score, 6))
    best = max(scores)
    if best <= 0:
        return None

    def segment(i: int) -> tuple[date, date]:
        return points[i], min(points[i + 1] - timedelta(days=1), end) if i + 1 < len(points) else end

    runs: list[tuple[date, date]] = []
    for i, s in enumerate(scores):
        if s != best:
            continue
        lo, hi = segment(i)
        if runs and lo == runs[-1][1] + timedelta(days=1):
            runs[-1] = (runs[-1][0], hi)
        else:
            runs.append((lo, hi))
    closers = [_closers(merged, run[0], end) for run in runs]
    # equally supported readings, each as likely: the middle one (of those that open on a clue about recent months,
    # if any), which errs least; the interval spans them all
    recent = [i for i, (low, _) in enumerate(closers) if low is not None and low.recent] or list(range(len(runs)))
    chosen = recent[(len(recent) - 1) // 2]
    near = [segment(i) for i, s in enumerate(scores) if s >= best - TOLERANCE]
    return Interval(runs[chosen], *closers[chosen], _around(near, runs[0]), _around(near, runs[-1]))


def _closers(merged: list[tuple[Bound, list[tuple[date, date]]]], first: date, end: date) -> tuple[Bound | None, Bound | None]:
    """The clues met on ``first`` that close a reading from below (the latest start) and from above (the earliest end),
    of the bounds with their ``_merged`` ranges."""
    spans = [(lo, hi, b) for b, ranges in merged for lo, hi in ranges if lo <= first <= hi]
    low = max(((lo, b) for lo, _, b in spans if lo > DOMAIN_START), key=lambda x: (x[0], x[1].recent, x[1].weight), default=(None, None))[1]
    high = min(((hi, b) for _, hi, b in spans if hi < end), key=lambda x: (x[0], -x[1].weight), default=(None, None))[1]
    return low, high


def _around(segments: list[tuple[date, date]], run: tuple[date, date]) -> tuple[date, date]:
    """The stretch of contiguous ``segments`` that holds ``run``."""
    lo, hi = run
    for a, b in reversed(segments):
        if b == lo - timedelta(days=1) or a <= lo <= b:
            lo = min(lo, a)
    for a, b in segments:
        if a == hi + timedelta(days=1) or a <= hi <= b:
            hi = max(hi, b)
    return lo, hi


def decide(interval: Interval | None) -> DateGuess:
    """The estimate, its precision and reason, and the interval, from what ``solve`` found.

    Text alone never gives a day: two terms that meet on a handover day are not a dateline.
    """
    if interval is None or interval.low is None:
        if interval is None or interval.high is None:
            return DateGuess(None, None, "no date in the metadata and no dating evidence in the text")
        last = interval.run[1]
        return DateGuess(str(last.year), "year", f"no earlier bound; {interval.high.reason}", None, interval.last[1].isoformat())
    first = interval.run[0]
    lo, hi = interval.first[0], interval.last[1]
    width = (hi - lo).days
    precision = "month" if width <= MONTH_CLUE or (interval.low.recent and width <= RECENT_CLUE) else "year"
    if (precision == "year" and interval.run[1] < today() and not interval.low.recent) or width <= MONTH_CLUE:
        first = _middle(interval.run)  # any day of a closed or narrow reading is as likely (unless it opens on recent months): its middle errs least
    high = f"; before: {interval.high.reason}" if interval.high else ""
    earliest = lo.isoformat() if lo > DOMAIN_START else None
    return DateGuess(format_date(first, precision), precision, interval.low.reason + high, earliest, hi.isoformat())


def _middle(run: tuple[date, date]) -> date:
    return run[0] + (run[1] - run[0]) / 2


def _beside(left: str, right: str, phrases) -> str | None:
    """The longest of ``phrases`` right beside a word: '2014, last year', 'last year (2014)', 'this year in 2014'."""
    for phrase in sorted(phrases, key=len, reverse=True):
        p = re.escape(phrase)
        if re.search(rf"\b{p}\W{{1,4}}(?:in\s+)?$", left) or re.match(rf"^\W{{1,4}}{p}\b", right):
            return phrase
    return None


def _year_bounds(doc) -> list[Bound]:
    c = cues()
    not_after = "|".join(re.escape(w) for w in c["not_a_year_after"])
    bounds = []
    text = doc_text(doc)
    lower = text.lower()
    for match in YEAR_RE.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or not span.text.strip():
            continue
        nxt = lower[match.end() : match.end() + 12]
        if re.match(r"\s*[-–]\s*\d", nxt) or re.match(rf"^\s*({not_after})\b", nxt):
            continue
        if _month_year_at(text, match.start()):
            continue  # 'May 8, 2014' is read as a month with its year
        year = int(match.group(1))
        sent = span.root.sent
        relative = _beside(lower[sent.start_char : match.start()], lower[match.end() : sent.end_char], c["relative_to_year"])
        if relative is not None:
            shift = c["relative_to_year"][relative]
            bounds.append(between(date(year + shift, 1, 1), date(year + shift, 12, 31),
                                  f"'{match.group(0)}' is '{relative}'", weight=1.5))
            continue
        before_text = lower[max(0, match.start() - 4) : match.start()]
        year_tense = tense(span.root)
        if year_tense == "future" or (before_text.endswith("by ") and year_tense != "past"):
            bounds.append(before(date(year, 12, 31), f"'{match.group(0)}' is spoken of as still to come"))
        elif year_tense == "past":
            bounds.append(after(date(year, 1, 1), f"'{match.group(0)}' is spoken of as past"))
    return bounds


def _month_year_at(text: str, year_start: int) -> bool:
    """Whether the year at ``year_start`` ends a 'Month [day,] year' expression."""
    return any(m.group(4) and m.start(4) == year_start for m in MONTH_RE.finditer(text, max(0, year_start - 25), year_start + 4))


def _month_bounds(doc) -> tuple[list[Bound], Bound | None]:
    """Months with their year, bounds like years; months named without one: the article falls in the longest stretch of the year they leave free.

    A past month ('in September') is not the month of writing (a report of this month says 'earlier this
    month'), a past day ('on April 2') may be; a future month ('in December') may be. Past mentions cluster
    just before the writing, future ones just after, so the longest free stretch of the year is where it was
    written.
    """
    marks: dict[int, set[str]] = defaultdict(set)
    dated: list[Bound] = []
    text = doc_text(doc)
    for match in MONTH_RE.finditer(text):
        day_a, month_name, day_b, year = match.groups()
        if month_name == "May" and not (day_a or day_b or year) and not re.search(
                r"\b(in|since|of|by|until|from|early|late|mid|last|this|next)\s+$", text[max(0, match.start() - 8) : match.start()], re.I):
            continue  # the modal verb, not the month
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        month = MONTHS[month_name.lower()]
        day_num = int(day_a or day_b or 0)
        when_tense = tense(span.root)
        following = text[match.end() : match.end() + 12].lower()
        if year is None and re.match(r"^\s*(last|next) year", following):
            continue  # 'in May last year': a month of another year
        if year is not None:
            first = safe_date(int(year), month, day_num or 1)
            if first is None:
                continue
            if when_tense == "future":
                dated.append(before(month_end(first), f"'{match.group(0).strip()}' is still to come"))
            elif when_tense == "past":
                dated.append(after(first, f"'{match.group(0).strip()}' has passed"))
            continue
        if when_tense == "future":
            marks[month].add("future")
        elif when_tense == "past" or day_num:  # 'talks on May 8th' in the present is a reported fact
            marks[month].add("past day" if day_num else "past")
    return dated, _months_free(marks)


def _months_free(marks: dict[int, set[str]]) -> Bound | None:
    """The bound of the longest stretch of the year between the months marked (see ``_month_bounds``).

    A stretch that opens after a past month and closes at a future one is preferred. When it opens
    right after a past month it speaks of recent months: it is cut to the ten months that follow, and
    its first month is the month of the estimate when the other clues allow.
    """
    if not marks:
        return None
    ordered = sorted(marks)
    pasts = any(m & {"past", "past day"} for m in marks.values())
    futures = any("future" in m for m in marks.values())
    best: tuple = ()
    for i, month in enumerate(ordered):
        nxt = ordered[(i + 1) % len(ordered)]
        gap = (nxt - month - 1) % 12 if len(ordered) > 1 else 11
        stretch = [(month + k - 1) % 12 + 1 for k in range(1, gap + 1)]
        if "past day" in marks[month]:
            stretch = [month] + stretch
        if "future" in marks[nxt] and nxt not in stretch:
            stretch = stretch + [nxt]
        opens = bool(marks[month] & {"past", "past day"})
        fitting = (opens or not pasts) and ("future" in marks[nxt] or not futures)
        key = (fitting, len(stretch), opens)
        if stretch and key > best[:3]:
            best = (*key, stretch)
    if not best or len(best[3]) >= 12:
        return None
    stretch, opens = best[3], best[2]
    if opens:
        stretch = stretch[:RECENT_STRETCH]  # a month named without its year is one of the last ten
    names = ", ".join(f"{calendar.month_name[m]} ({'/'.join(sorted(marks[m]))})" for m in ordered)
    first, last = calendar.month_name[stretch[0]], calendar.month_name[stretch[-1]]
    last = f"the following {last}" if stretch[-1] < stretch[0] else last  # 'between October and the following July'
    ranges = []
    for year in range(DOMAIN_START.year, today().year + 1):
        lo = date(year, stretch[0], 1)
        ranges.append((lo, month_end(add_months(lo, len(stretch) - 1))))
    return Bound(ranges, f"months named: {names}; written between {first} and {last}", recent=opens)
