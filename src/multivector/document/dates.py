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

``resolve_date`` reads an event's own date expression against the publication date.
"""

from __future__ import annotations

import calendar
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from ..model import DateGuess
from ..text import fold, format_date, month_end, parse_iso, period_end
from .event_match import EventMatcher

DATA = resources.files(__package__).joinpath("data")
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m and m != "May"})
YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_RE = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?({MONTH_NAMES})\b"
    r"(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+((?:19|20)\d\d))?"
)
DATELINE_RE = re.compile(
    rf"\b(?:(\d{{1,2}})\s+({MONTH_NAMES})|({MONTH_NAMES})\s+(\d{{1,2}}))(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b"
)
WIRE_DATELINE_RE = re.compile(  # 'TEHRAN, Jan 5 (AFP) -', 'BEIJING, March 3 (Xinhua) --': a wire dateline without its year
    r"(?m)^\s*[A-Z][A-Za-z.'’ -]{1,40},(?:\s+[A-Z][A-Za-z.]+,)?\s+"
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b\s*(?:\([A-Za-z -]{2,30}\))?\s*[-–—:]"
)
DASHES = str.maketrans("\u2010\u2011\u2012\u2013\u2014\u2212", "------")  # 'China–Central Asia' is 'china-central asia'
DOMAIN_START = date(1900, 1, 1)
MONTH_CLUE = 62  # days: an interval this narrow fixes the month
RECENT_CLUE = 183  # days: a clue about recent months fixes the month inside an interval up to half a year (wider, a guess)
RECENT_STRETCH = 10  # months: how far back a month named without its year reaches
GRACE_DAYS = 60  # a holder is still named with the title for a while after leaving office ('the outgoing president')
NEAR_CHARS = 80  # a phrase this close to a dated event's name speaks of that event ('last week's summit')
TOLERANCE = 0.5  # the interval reaches as far as the days that miss no more than this weight of the best reading


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


@dataclass
class Named:
    """A known office holder named in the article: how ('former', 'then', 'elect' or None) and the terms meant."""

    person: object
    status: str | None
    terms: list
    titled: bool = True
    title: str = ""  # the words between 'former' and the name ('military ruler')


@dataclass
class Interval:
    """What the clues allow: the reading chosen among the best-supported stretches, the clues that close it, and the span of all."""

    run: tuple[date, date]
    low: Bound | None
    high: Bound | None
    first: tuple[date, date]  # the first and last best runs widened to the days that miss at most TOLERANCE of the best weight
    last: tuple[date, date]


# --- dates and periods ---------------------------------------------------------------------------

def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _safe(year: int, month: int = 1, day: int = 1) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --- tense ---------------------------------------------------------------------------------------

def is_future(token) -> bool:
    """Whether the clause around ``token`` speaks of what is still to come (or may come: 'if ...')."""
    c = cues()
    node = token
    for _ in range(8):
        for child in node.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in c["future_aux"]:
                return True
            if child.lemma_.lower() in c["future_children"]:
                return True
            if child.dep_ == "mark" and child.lower_ in c["conditional_marks"]:
                return True  # 'if voters approve it in a referendum': not (yet) happened
        if node.lemma_.lower() in c["future_heads"] and node.pos_ in ("VERB", "ADJ", "ADV", "NOUN"):
            return True
        if node.head is node:
            break
        node = node.head
    return False


def tense(token) -> str:
    """'future', 'past' or 'present' for the clause around ``token``: past needs past-tense evidence."""
    if is_future(token):
        return "future"
    c = cues()
    left = token.doc[max(token.i - 3, token.sent.start) : token.i]
    if any(t.lower_ in c["past_words"] for t in left):
        return "past"
    node = token
    for _ in range(6):
        if node.tag_ == "VB" and any(ch.lower_ == "to" and ch.dep_ == "aux" for ch in node.children):
            return "present"  # 'urged X to hold elections in December': not yet happened
        if node.tag_ in ("VBD", "VBN") or any(ch.dep_ in ("aux", "auxpass") and ch.lower_ in c["past_aux"] for ch in node.children):
            return "past"
        if node.tag_ == "VBG" and any(ch.dep_ == "aux" and ch.lower_ in c["present_aux"] for ch in node.children):
            return "future"  # 'is seeking another term in the 4 December vote': under way or planned, not past
        if node.pos_ in ("VERB", "AUX") and node.tag_ in ("VBZ", "VBP", "VB") and node.dep_ in ("ROOT", "ccomp", "conj", "relcl"):
            return "present"
        if node.head is node:
            break
        node = node.head
    return "present"


# --- the knowledge of dated events -----------------------------------------------------------------

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


def person_status(text: str, start: int, end: int) -> tuple[str | None, str]:
    """'former', 'then' or 'elect' when the words before a name say so ('former US President X', 'his predecessor, X',
    'then-minister X') or those after it ('X, the president-elect', 'X was president'), with the title words; a word
    outside the title ends the search before the name."""
    c = cues()
    status, glue = c["person_status"], set(c["title_words"])
    title: list[str] = []
    for word in reversed(re.findall(r"[\w'’.-]+", text[max(0, start - 60) : start])[-6:]):
        parts = {word.lower().strip("-")} | set(word.lower().split("-"))
        for kind in ("former", "then", "elect"):
            if parts & set(status[kind]):
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


# --- inference -----------------------------------------------------------------------------------

def infer_publication_date(doc, people: list[Named], metadata_date: str | None = None, *,
                           borrowed: DateGuess | None = None) -> DateGuess:
    """Date the article from its metadata, a dateline, a same-story article of the batch (``borrowed``), else its text."""
    text = doc.text  # spaCy joins the tokens anew on every access: read once, handed to every clue
    firm = firm_date(metadata_date, text)
    if firm is not None:
        return firm
    if borrowed is not None:
        return borrowed
    return decide(solve(text_bounds(doc, people, text)))


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
    day = _safe(int(year), MONTHS[(month_a or month_b).lower()], int(day_s or day_b))
    return _fixed(day, "day", f"dateline '{line.group(0)}' at the top of the article") if day else None


def _fixed(day: date, precision: str, reason: str) -> DateGuess:
    return DateGuess(format_date(day, precision), precision, reason, day.isoformat(), period_end(day, precision).isoformat())


def text_bounds(doc, people: list[Named], text: str | None = None) -> list[Bound]:
    """Every clue of the text as a bound (``text``: ``doc.text``, when the caller has it already)."""
    text = doc.text if text is None else text
    bounds = _year_bounds(doc, text)
    bounds += _people_bounds([_dated_elsewhere(text, _status_of_mentions(text, named)) for named in people])
    bounds += _event_bounds(doc, text)
    bounds += _wire_dateline_bounds(text)
    dated, month = _month_bounds(doc, text)
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
    days = [d for d in (_safe(year, month, day) for year in range(DOMAIN_START.year, today().year + 1)) if d]
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


def _merged(ranges: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """The ranges as disjoint ones inside [DOMAIN_START, today], so a clue counts once on any day."""
    out: list[tuple[date, date]] = []
    for lo, hi in sorted((max(lo, DOMAIN_START), min(hi, today())) for lo, hi in ranges):
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
    deltas: dict[date, float] = defaultdict(float)
    for b in bounds:
        for lo, hi in _merged(b.ranges):
            deltas[lo] += b.weight
            deltas[hi + timedelta(days=1)] -= b.weight
    points = sorted(set(deltas) | {DOMAIN_START})
    segments = []
    score = 0.0
    for i, point in enumerate(points):
        score += deltas.get(point, 0.0)
        if point > end:
            break
        last = min(points[i + 1] - timedelta(days=1), end) if i + 1 < len(points) else end
        segments.append((point, last, round(score, 6)))
    best = max(s for _, _, s in segments)
    if best <= 0:
        return None
    runs: list[tuple[date, date]] = []
    for lo, hi, s in segments:
        if s != best:
            continue
        if runs and lo == runs[-1][1] + timedelta(days=1):
            runs[-1] = (runs[-1][0], hi)
        else:
            runs.append((lo, hi))
    closers = [_closers(bounds, run[0], end) for run in runs]
    # equally supported readings, each as likely: the middle one (of those that open on a clue about recent months,
    # if any), which errs least; the interval spans them all
    recent = [i for i, (low, _) in enumerate(closers) if low is not None and low.recent] or list(range(len(runs)))
    chosen = recent[(len(recent) - 1) // 2]
    near = [(lo, hi) for lo, hi, s in segments if s >= best - TOLERANCE]
    return Interval(runs[chosen], *closers[chosen], _around(near, runs[0]), _around(near, runs[-1]))


def _closers(bounds: list[Bound], first: date, end: date) -> tuple[Bound | None, Bound | None]:
    """The clues met on ``first`` that close a reading from below (the latest start) and from above (the earliest end)."""
    spans = [(lo, hi, b) for b in bounds for lo, hi in _merged(b.ranges) if lo <= first <= hi]
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


# --- clues ---------------------------------------------------------------------------------------

def _within(text: str, phrases) -> str | None:
    """The longest of ``phrases`` in ``text``, at word boundaries."""
    for phrase in sorted(phrases, key=len, reverse=True):
        if re.search(r"\b" + re.escape(phrase) + r"\b", text):
            return phrase
    return None


def _beside(left: str, right: str, phrases) -> str | None:
    """The longest of ``phrases`` right beside a word: '2014, last year', 'last year (2014)', 'this year in 2014'."""
    for phrase in sorted(phrases, key=len, reverse=True):
        p = re.escape(phrase)
        if re.search(rf"\b{p}\W{{1,4}}(?:in\s+)?$", left) or re.match(rf"^\W{{1,4}}{p}\b", right):
            return phrase
    return None


def _year_bounds(doc, text: str | None = None) -> list[Bound]:
    c = cues()
    not_after = "|".join(re.escape(w) for w in c["not_a_year_after"])
    bounds = []
    text = doc.text if text is None else text  # built anew by spaCy on every access
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
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if len(n) > 2)
    return [m.span() for m in re.finditer(rf"\b(?:{pattern})\b", text)] if pattern else []


def _status_of_mentions(text: str, named: Named) -> Named:
    """'former President X ... X said': a bare later mention does not undo 'former'; only a mention titled as in
    office now does ('President X'). ('then' is left to the bare mentions: 'X was elected president' may be in office.)"""
    if named.status is not None:
        return named
    found = _mentions(text, named.person)
    kinds = [person_status(text, a, b) for a, b in found]
    marked = [(k, t) for k, t in kinds if k == "former"]
    if not marked or any(k is None and _titled_before(text, a) for (k, _), (a, _) in zip(kinds, found)):
        return named
    return Named(named.person, marked[0][0], named.terms, named.titled, marked[0][1])


def _titled_before(text: str, at: int) -> bool:
    """Whether a capitalised title stands right before the name at ``at`` ('President X', 'Prime Minister X')."""
    words = re.findall(r"[\w'’.-]+", text[max(0, at - 40) : at])[-3:]
    return any(w[0].isupper() and w.lower() in cues()["office_titles"] for w in words)


def _dated_elsewhere(text: str, named: Named) -> Named:
    """A person named only in sentences placed at a year of their own ('when X came to Mongolia in 2012') was in
    office then, not necessarily at the writing: only that the term had begun is left ('then'). Not when the year
    is that of taking office ('X, elected in 1997, said'): that speaks of a term still running."""
    if named.status is not None:
        return named
    sentences = [_sentence_at(text, a).lower() for a, _ in _mentions(text, named.person)]
    if sentences and all(POINT_YEAR_RE.search(s) and _within(s, cues()["taking_office"]) is None for s in sentences):
        return Named(named.person, "then", named.terms, named.titled, named.title)
    return named


def _sentence_at(text: str, at: int) -> str:
    """The sentence around character ``at`` (between full stops or line breaks)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def _people_bounds(people: list[Named]) -> list[Bound]:
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


def _event_bounds(doc, whole: str | None = None) -> list[Bound]:
    """Known events the sentences name, in one pass over each sentence (``EventMatcher``)."""

    matcher = event_matcher()
    bounds = []
    seen: set[tuple] = set()
    whole = doc.text if whole is None else whole
    for sent in doc.sents:
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
    relative = None if years else _within(near, c["relative_to_event"])  # 'next week' then speaks of the anniversary
    if years:
        mark = _safe(start.year + years, start.month, min(start.day, 28))
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
    if in_use and not future and _within(text, c["renaming_words"]) is None:
        last = period_end(*end) if in_use == "during" and end else start
        first = start if in_use == "during" else DOMAIN_START
        return [between(first, last + timedelta(days=GRACE_DAYS), f"a name of {label} is used as current", weight=1.5)]
    if not years and relative is None and precision in ("day", "month"):
        clues += _month_anchor(start, end[0] if end else start, text, future, label)
    if future:
        clues.append(before(period_end(start, precision), f"{label} is still to come"))
    elif end and any(re.search(r"\b" + re.escape(w) + r"\b", text) for w in c["ongoing_words"]):
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
        m = re.search(rf"\b(on|since|from|until|by|last)\s+{name}\b|\b{name}'s\b", text)
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
        m = re.search(rf"\b(?:(\d{{1,3}})(?:st|nd|rd|th)|([a-z]+(?:-[a-z]+)?))\s+{word}\s+of\b", text)
        if m:
            if m.group(1):
                return int(m.group(1))
            if m.group(2) in c["ordinals"]:
                return c["ordinals"][m.group(2)]
    return None


def _month_bounds(doc, text: str | None = None) -> tuple[list[Bound], Bound | None]:
    """Months with their year, bounds like years; months named without one: the article falls in the longest stretch of the year they leave free.

    A past month ('in September') is not the month of writing (a report of this month says 'earlier this
    month'), a past day ('on April 2') may be; a future month ('in December') may be. Past mentions cluster
    just before the writing, future ones just after, so the longest free stretch of the year is where it was
    written.
    """
    marks: dict[int, set[str]] = defaultdict(set)
    dated: list[Bound] = []
    text = doc.text if text is None else text  # built anew by spaCy on every access
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
            first = _safe(int(year), month, day_num or 1)
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
    ranges = []
    for year in range(DOMAIN_START.year, today().year + 1):
        lo = date(year, stretch[0], 1)
        ranges.append((lo, month_end(add_months(lo, len(stretch) - 1))))
    return Bound(ranges, f"months named: {names}; written between {first} and {last}", recent=opens)


# --- an event's own date -------------------------------------------------------------------------

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
