"""Publication-date reasoning built by hand (no model): weekdays, intervals from bounds, the matcher, 'former'."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from multivector.document.corpus import Corpus
from multivector.document.dating.clues import Bound, after, before, between
from multivector.document.dating.expressions import resolve_date
from multivector.document.dating.known_events import _ago, _anniversary, _event_clues, _month_anchor, _relative_window, _weekday_window
from multivector.document.dating.people import Named, _dated_elsewhere, _status_of_mentions, _term_bounds, person_status
from multivector.document.dating.publication import _beside, _months_free, _wire_dateline_bounds, decide, solve
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
    assert (guess.value, guess.precision) == ("2008-09", "month")  # the month of the reading's middle (2 September)


def test_a_wide_interval_says_year_not_a_month():
    guess = decide(solve([after(date(2005, 1, 26), "took office"), before(date(2009, 1, 20), "left office")]))
    assert (guess.value, guess.precision) == ("2007", "year")  # the middle of a closed reading, not its first day
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
    [bound] = _term_bounds([named])
    assert bound.ranges[0][0] == date(2004, 7, 1)


def test_in_office_means_during_the_term_or_just_after():
    titled = Named(_Person("Ann Example"), None, [_Term("2001-05-01", "2004-06-30")])
    untitled = Named(_Person("Bob Sample"), None, [_Term("2003-01-01", None)], titled=False)
    ann, bob = _term_bounds([titled, untitled])
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
    assert _term_bounds([ruler]) == []
    president = Named(_Person("Ann Example"), "former", [_Term("2015-05-29", "2023-05-29")], title="president")
    assert _term_bounds([president])[0].ranges[0][0] == date(2023, 5, 30)


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
    assert bound.reason.endswith("written between October and the following July")  # across the turn of the year
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


# --- rules of the second pass: middle years, recent months, months of events, names of a period, dated mentions ----

def test_a_reading_opened_by_recent_months_keeps_its_first_year_and_says_year_when_wide():
    recent = Bound([(date(2015, 1, 1), date(2015, 10, 31))], "months named: December (past)", recent=True)
    guess = decide(solve([recent, after(date(2014, 5, 22), "coup as past")]))
    assert (guess.value, guess.precision) == ("2015", "year")  # ten months free: a month would be a guess
    narrow = Bound([(date(2005, 9, 1), date(2005, 12, 31))], "months named", recent=True)
    assert decide(solve([narrow])).precision == "month"
    opened = Bound([(date(2014, 10, 1), date(2015, 4, 30))], "months named", recent=True)
    assert decide(solve([opened])).value == "2014"  # recent months: close to the first, not the middle


def test_a_month_named_with_an_event_of_that_month_is_its_month():
    [past] = _month_anchor(date(2005, 7, 29), date(2005, 7, 29), "in july uzbekistan gave us forces 180 days", False, "K2")
    assert past.ranges == [(date(2005, 7, 29), date(2006, 5, 31))] and past.recent
    [future] = _month_anchor(date(2005, 12, 4), date(2005, 12, 4), "the vote in december", True, "vote")
    assert future.ranges == [(date(2005, 2, 1), date(2005, 12, 31))]
    assert _month_anchor(date(2005, 7, 29), date(2005, 7, 29), "in august the base closed", False, "K2") == []
    assert _month_anchor(date(2005, 7, 29), date(2005, 7, 29), "in july last year the base", False, "K2") == []


def test_a_name_of_a_period_used_as_current_places_the_writing_in_it():
    zaire = {"name": "Zaire renamed", "start": "1997-05-17", "end": None, "precision": "day", "in_use": "until"}
    [bound] = _event_clues(zaire, (date(1997, 5, 17), "day"), "present", "troops in zaire", "troops in zaire", 10)
    assert bound.ranges == [(date(1900, 1, 1), date(1997, 7, 16))]
    renamed = _event_clues(zaire, (date(1997, 5, 17), "day"), "past", "zaire, renamed congo", "zaire, renamed congo", 0)
    assert renamed[-1].ranges == [(date(1997, 5, 17), date.max)]  # spoken of as renamed: after the renaming
    city = {"name": "Nur-Sultan", "start": "2019-03-20", "end": "2022-09-17", "precision": "day", "in_use": "during"}
    [bound] = _event_clues(city, (date(2019, 3, 20), "day"), "present", "talks in nur-sultan", "talks in nur-sultan", 9)
    assert bound.ranges == [(date(2019, 3, 20), date(2022, 11, 16))]


@dataclass
class _Known:
    name: str
    aliases: list


def test_a_person_named_only_at_a_year_of_their_own_was_then_in_office():
    ann = Named(_Known("Ann Example", []), None, [_Term("2009-01-21", "2013-02-01")])
    once = "Talks went on. When Ann Example came to the country in 2012, she praised it. Rain is forecast."
    assert _dated_elsewhere(once, ann).status == "then"
    again = once + " Example said on Monday that the talks went well."
    assert _dated_elsewhere(again, ann).status is None
    since = "Ann Example, in office since 2009, said the talks went well."
    assert _dated_elsewhere(since, ann).status is None
    elected = "Ann Example, elected in 2009, said the talks went well."
    assert _dated_elsewhere(elected, ann).status is None


def test_a_bare_later_mention_does_not_undo_former():
    ann = Named(_Known("Ann Example", []), None, [_Term("2005-11-19", "2015-01-09")])
    text = "Ann Example was elected president. Example said the port was a mistake."
    assert _status_of_mentions(text, ann).status is None  # 'then' may still be in office
    text = "Former President Ann Example spoke. Example said the port was a mistake."
    assert _status_of_mentions(text, ann).status == "former"
    titled = "Former President Ann Example spoke. President Example said the port was a mistake."
    assert _status_of_mentions(titled, ann).status is None  # called president now: in office


def test_equally_supported_readings_give_the_middle_one():
    months = Bound([(date(y, 8, 1), date(y, 12, 31)) for y in range(2015, 2020)], "months named", recent=True)
    guess = decide(solve([months, after(date(2014, 5, 26), "in office")]))
    assert (guess.value, guess.precision) == ("2017", "year")
    assert (guess.earliest, guess.latest) == ("2015-08-01", "2019-12-31")


def test_a_narrow_reading_is_dated_by_its_middle():
    week = between(date(2014, 11, 28), date(2014, 12, 4), "attack, 'friday'", recent=True)
    assert decide(solve([week])).value == "2014-12"


def test_a_wire_dateline_without_its_year_and_the_lead_weekday_fix_the_day():
    text = "TEHRAN, Jan 5 (AFP) - Iran said Tuesday it would resume talks with Europe. Diplomats welcomed it."
    day, weekday = _wire_dateline_bounds(text)
    assert (date(1993, 1, 5), date(1993, 1, 5)) in day.ranges and (date(1996, 1, 5), date(1996, 1, 5)) in day.ranges
    assert (date(1993, 1, 5), date(1993, 1, 5)) in weekday.ranges  # a Tuesday
    assert (date(1994, 1, 5), date(1994, 1, 5)) in weekday.ranges  # a Wednesday, the day after
    assert (date(1996, 1, 5), date(1996, 1, 5)) not in weekday.ranges  # a Friday
    guess = decide(solve([day, weekday, between(date(1993, 6, 1), date(1995, 12, 31), "minister in office")]))
    assert (guess.value, guess.earliest, guess.latest) == ("1994-01", "1994-01-05", "1994-01-05")
    two = decide(solve([day, weekday, between(date(1992, 6, 1), date(1995, 12, 31), "minister in office")]))
    assert (two.precision, two.earliest, two.latest) == ("year", "1993-01-05", "1994-01-05")  # 1993 or 1994: say so
    assert _wire_dateline_bounds("Talks set for March 3 - officials") == []
    assert len(_wire_dateline_bounds("BEIJING, March 3 (Xinhua) -- Talks went on last Tuesday, officials said.")) == 1
