"""Publication-date reasoning built by hand (no model): weekdays, intervals from bounds, the matcher, 'former'."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from multivector.document.corpus import Corpus
from multivector.document.dates import (
    Bound,
    Named,
    _ago,
    _anniversary,
    _beside,
    _months_free,
    _people_bounds,
    _relative_window,
    _weekday_window,
    after,
    before,
    between,
    decide,
    person_status,
    resolve_date,
    solve,
)
from multivector.document.event_match import EventMatcher
from multivector.model import DateGuess


@dataclass
class _Term:
    start: str | None
    end: str | None
    role: str = "President"


@dataclass
class _Person:
    name: str


# --- weekdays and relative dates -------------------------------------------------------------

def test_a_weekday_in_an_article_of_that_weekday_is_that_day():
    assert resolve_date("on Thursday", "2024-07-04") == ("2024-07-04", "day")  # 4 July 2024 was a Thursday
    assert resolve_date("on Monday", "2024-07-04") == ("2024-07-01", "day")
    assert resolve_date("last Thursday", "2024-07-04") == ("2024-06-27", "day")
    assert resolve_date("next Thursday", "2024-07-04") == ("2024-07-11", "day")
    assert resolve_date("on Friday", "2024-07-04", future=True) == ("2024-07-05", "day")


def test_calendar_units_count_from_the_publication_date():
    assert resolve_date("last week", "2024-07-04") == ("2024-06", "month")
    assert resolve_date("next month", "2024-12-04") == ("2025-01", "month")
    assert resolve_date("earlier this year", "2024-07-04") == ("2024", "year")
    assert resolve_date("last year", "2024-07-04") == ("2023", "year")
    assert resolve_date("yesterday", "2024-07-01") == ("2024-06-30", "day")


def test_an_uncertain_publication_date_is_inherited():
    assert resolve_date("on Tuesday", "2014") == ("2014", "year")
    assert resolve_date("last month", "2014-05") == ("2014-04", "month")
    assert resolve_date("for 20 years", "2014-05-02") == (None, None)


# --- intervals from bounds -------------------------------------------------------------------

def test_the_interval_is_where_the_bounds_meet():
    guess = decide(solve([after(date(2008, 8, 7), "war as past"), before(date(2008, 9, 30), "summit to come")]))
    assert (guess.earliest, guess.latest) == ("2008-08-07", "2008-09-30")
    assert (guess.value, guess.precision) == ("2008-08", "month")


def test_a_wide_interval_says_year_not_a_month():
    guess = decide(solve([after(date(2005, 1, 26), "took office"), before(date(2009, 1, 20), "left office")]))
    assert (guess.value, guess.precision) == ("2005", "year")
    assert (guess.earliest, guess.latest) == ("2005-01-26", "2009-01-20")


def test_conflicting_evidence_keeps_the_best_supported_reading():
    bounds = [after(date(2014, 1, 1), "a"), after(date(2014, 3, 1), "b"), before(date(2014, 6, 30), "c"),
              before(date(2010, 1, 1), "a misread clue")]
    guess = decide(solve(bounds))
    assert guess.earliest == "2014-03-01" and guess.latest == "2014-06-30"
    assert guess.reason.startswith("b; before: c")


def test_text_alone_never_gives_a_day():
    guess = decide(solve([after(date(2019, 3, 20), "took office"), before(date(2019, 3, 20), "left office")]))
    assert guess.precision == "month"


def test_no_evidence_no_date():
    assert decide(solve([])).value is None


def test_only_an_upper_bound_gives_its_year():
    guess = decide(solve([before(date(2010, 12, 31), "'2010' to come")]))
    assert (guess.value, guess.precision, guess.earliest) == ("2010", "year", None)


# --- people ----------------------------------------------------------------------------------

def test_former_puts_the_article_after_the_term():
    named = Named(_Person("Ann Example"), "former", [_Term("2001-05-01", "2004-06-30")])
    [bound] = _people_bounds([named])
    assert bound.ranges[0][0] == date(2004, 7, 1)


def test_in_office_means_during_the_term_or_just_after():
    titled = Named(_Person("Ann Example"), None, [_Term("2001-05-01", "2004-06-30")])
    untitled = Named(_Person("Bob Sample"), None, [_Term("2003-01-01", None)], titled=False)
    ann, bob = _people_bounds([titled, untitled])
    assert ann.ranges == [(date(2001, 5, 1), date(2004, 8, 29))]  # 60 days of 'the outgoing president'
    assert ann.weight == 1.0 and bob.weight == 0.5 and bob.ranges[0][1] == date.max


def test_person_status_from_the_words_around_the_name():
    text = "the former president Ann Example and Bob Sample, the president-elect, met then-minister Cy Other."
    ann, bob, cy = text.index("Ann Example"), text.index("Bob Sample"), text.index("Cy Other")
    assert person_status(text, ann, ann + 11) == ("former", "president")
    assert person_status(text, bob, bob + 10) == ("elect", "")
    assert person_status(text, cy, cy + 8) == ("then", "minister")
    assert person_status("President Ann Example said", 10, 21) == (None, "")
    assert person_status("while Ann Example was president, the port", 6, 17) == ("then", "president")
    soviet = "the former Soviet republic's president, Ann Example, said"
    assert person_status(soviet, soviet.index("Ann"), soviet.index("Ann") + 11) == (None, "")  # 'former' is not his


def test_former_of_another_office_says_nothing_of_this_one():
    ruler = Named(_Person("Ann Example"), "former", [_Term("2015-05-29", "2023-05-29")], title="military ruler")
    assert _people_bounds([ruler]) == []
    president = Named(_Person("Ann Example"), "former", [_Term("2015-05-29", "2023-05-29")], title="president")
    assert _people_bounds([president])[0].ranges[0][0] == date(2023, 5, 30)


# --- events, months, weekdays, anniversaries -------------------------------------------------

ENTRIES = [
    {"id": "a", "name": "Vilnius summit", "start": "2023-07-11", "all": [["vilnius"], ["summit"]], "any": ["nato"], "none": ["2025"]},
    {"id": "b", "name": "Crimea annexation", "start": "2014-03-18", "all": [["crimea"]], "any": ["annexation", "annexed"], "none": ["2022"]},
    {"id": "c", "name": "war", "start": "2008-08-07", "all": [["georgia"], ["war"]], "any": [], "none": []},
]


def test_the_one_pass_matcher_keeps_all_any_none():
    m = EventMatcher(ENTRIES)
    assert [e["id"] for e, _ in m.match("ahead of next week's nato summit in vilnius")] == ["a"]
    assert m.match("the vilnius summit of 2025 of nato") == []  # none
    assert m.match("the summit in vilnius") == []  # any
    assert [e["id"] for e, _ in m.match("since russia annexed crimea")] == ["b"]
    assert [e["id"] for e, _ in m.match("after the wars in georgia's regions")] == ["c"]  # plural and possessive
    assert m.match("georgian warlords") == []  # word boundaries


def test_relative_phrases_place_the_writing_near_the_event():
    assert _relative_window(date(2023, 7, 11), "day", "week", -1) == (date(2023, 7, 3), date(2023, 7, 9))
    assert _relative_window(date(2014, 5, 22), "day", "year", 1) == (date(2015, 1, 1), date(2015, 12, 31))
    assert _relative_window(date(2014, 5, 1), "month", "week", 1) is None  # a week of a month-dated event is unknown
    assert _weekday_window(date(2024, 7, 3), date(2024, 7, 4), "leaders met on thursday", False) == (date(2024, 7, 4), date(2024, 7, 10), "thursday")


def test_last_year_beside_an_explicit_year_fixes_the_year():
    table = {"last year": 1, "this year": 0, "next year": -1}
    assert _beside("the vote held in ", ", last year, was close", table) == "last year"
    assert _beside("last year (", ") the vote", table) == "last year"
    assert _beside("last year the bank lent more than in ", " to the port", table) is None  # not beside the year


def test_units_ago_beside_an_event():
    assert _ago("the first summit was held in xi'an two years ago") == ("year", 2)
    assert _ago("signed 3 months ago in minsk") == ("month", 3)
    assert _ago("no count here years ago") is None
    assert _relative_window(date(2023, 5, 18), "day", "year", 2, loose=True) == (date(2024, 5, 1), date(2026, 5, 31))


def test_anniversaries():
    assert _anniversary("the 20th anniversary of independence") == 20
    assert _anniversary("the fiftieth anniversary of the alliance") == 50
    assert _anniversary("nato's 50th anniversary summit") is None  # the summit is not fifty years after itself
    assert _anniversary("no jubilee here") is None


def test_months_without_a_year_leave_the_longest_stretch_free():
    bound = _months_free({8: {"past"}, 9: {"past"}})
    assert bound.ranges[0][0].month == 10 and bound.ranges[0][1].month == 7 and bound.recent
    assert _months_free({12: {"future"}}) is None  # any month of the year before December


# --- the corpus as evidence ------------------------------------------------------------------

def test_an_undated_copy_borrows_the_date_of_its_dated_original():
    story = ("The foreign ministers of the two countries met in the capital on Monday and agreed to open a new border "
             "crossing, expand rail freight and hold joint exercises next spring, officials said after the talks. ") * 3
    corpus = Corpus()
    corpus.add("wire", story, DateGuess("2015-11-30", "day", "metadata", "2015-11-30", "2015-11-30"))
    lent = corpus.borrow("copy", story + " Photo: Reuters.")
    assert lent.value == "2015-11-30" and "same story as 'wire'" in lent.reason
    assert lent.earliest <= "2015-11-30" <= lent.latest
    assert corpus.borrow("other", "A different story about fishing quotas in the North Sea and the prices of cod.") is None


def test_bound_ranges_are_a_union():
    twice = Bound([(date(2000, 1, 1), date(2003, 12, 31)), (date(2008, 1, 1), date(2011, 12, 31))], "two terms")
    guess = decide(solve([twice, after(date(2005, 1, 1), "'2005' as past")]))
    assert guess.earliest == "2008-01-01"
    assert between(date(2001, 1, 1), date(2001, 2, 1), "x").ranges == [(date(2001, 1, 1), date(2001, 2, 1))]
