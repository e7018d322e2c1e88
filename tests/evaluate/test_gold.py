"""The gold scorer on hand-made predictions: exact numbers."""

from multivector.evaluate.gold import event_triples, quote_overlap, score


def _actor(code, org=None, sector="GOV", name=None):
    return {"country": code, "org": org, "sector": sector, "name": name}


GOLD = {
    "doc_id": "d",
    "publication_date": {"value": "2008-10", "precision": "month"},
    "actors": [{"name": "Marat Tazhin", "mentions": ["Tazhin", "he"], "country": "KAZ", "sector": "GOV"}],
    "events": [
        {"type": "SUPPORT", "source": [_actor("KAZ")], "target": [_actor("RUS")], "negated": False},
        {"type": "SUPPORT", "source": [_actor("KAZ")], "target": [_actor("GEO", name="South Ossetia"), _actor("GEO", name="Abkhazia")], "negated": True},
        {"type": "REJECT", "source": [_actor("KAZ")], "target": [_actor("IGO", org="CSTO", sector=None)], "negated": False},
    ],
    "quotes": [{"speaker": "Marat Tazhin", "text": "We have excellent contacts with Russia."}],
}


def test_triples_expand_compounds_and_use_org_for_igos():
    assert event_triples(GOLD["events"]) == {
        ("SUPPORT", "KAZ", "RUS", False), ("SUPPORT", "KAZ", "GEO", True), ("REJECT", "KAZ", "CSTO", False)}


def test_scores():
    pred = {
        "events": [
            {"type": "SUPPORT", "source": [_actor("KAZ")], "target": [_actor("RUS")], "negated": False},
            {"type": "SUPPORT", "source": [_actor("KAZ")], "target": [_actor("GEO")], "negated": False},  # negation missed
            {"type": "REJECT", "source": [_actor("KAZ")], "target": [_actor("IGO", org="CSTO")], "negated": False},
        ],
        "actors": [{"name": "Tazhin", "actor_key": "KAZ", "sector": "GOV"}, {"name": "Russia", "actor_key": "RUS", "sector": "GOV"}],
        "quotes": [{"speaker": "Marat Tazhin", "text": "We have excellent contacts with Russia"}],
        "date": "2008-11",
    }
    report = score([GOLD], {"d": pred})
    assert (report.events.tp, report.events.fp, report.events.fn) == (2, 1, 1)
    assert round(report.events.f1, 4) == round(2 * (2 / 3) * (2 / 3) / (4 / 3), 4)
    assert (report.negated.tp, report.negated.fn) == (0, 1)
    assert (report.actors.tp, report.actors.fp, report.actors.fn) == (1, 1, 0)
    assert report.quotes.tp == 1
    assert report.date_hit_rate == 0.0 and report.date_errors == [31]


def test_quote_overlap_counts_against_the_longer_text():
    assert quote_overlap("a b c d e", "a b c d e") == 1.0
    assert quote_overlap("a b c d e", "a b c d") == 0.8
    assert quote_overlap("a b", "a b c d e f g h i j") == 0.2


def test_interval_coverage_and_width():
    base = {"events": [], "actors": [], "quotes": []}
    inside = {**base, "date": "2008", "date_earliest": "2008-08-07", "date_latest": "2009-01-20"}
    outside = {**base, "date": "2008-11", "date_earliest": "2008-11-01", "date_latest": "2008-11-30"}
    open_low = {**base, "date": "2010", "date_earliest": None, "date_latest": "2010-12-31"}
    report = score([GOLD, {**GOLD, "doc_id": "e"}, {**GOLD, "doc_id": "f"}], {"d": inside, "e": outside, "f": open_low})
    assert report.date_covered == 2 and round(report.date_interval_coverage, 4) == 0.6667
    assert report.date_median_width_days == 166  # widths 166, 29 and open (infinite)
    no_date = score([GOLD], {"d": {**base, "date": None}})
    assert no_date.date_covered == 0 and no_date.as_dict()["date_median_width_days"] is None


def test_an_actor_or_speaker_matches_by_how_the_article_first_names_it():
    # the knowledge base spells the name its own way; the article's first mention, with its title, is the gold name
    base = {"events": [], "date": "2008-10"}
    row = {"name": "Marat Tajin", "first_text": "Foreign Minister Marat Tazhin", "actor_key": "KAZ", "sector": "GOV"}
    quote = {"speaker": "Marat Tajin", "text": "We have excellent contacts with Russia."}
    report = score([GOLD], {"d": {**base, "actors": [row], "quotes": [quote]}})
    assert (report.actors.tp, report.quotes.tp) == (1, 1)
    # a generic first mention names no one, and a name that only ends like a listed surname is another person
    for first, name in (("the ministry", "Ministry"), ("Yerlan Tazhin", "Yerlan Tazhin")):
        other = {**base, "actors": [{"name": name, "first_text": first, "actor_key": "KAZ", "sector": "GOV"}], "quotes": []}
        assert score([GOLD], {"d": other}).actors.tp == 0
