"""The dated-event data is consistent: unique ids, real dates inside their precision, known codes and people, keywords that can match."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pycountry
import pytest

from tests.actors.test_office_holders import bounds

FOLDER = resources.files("multivector.document").joinpath("data/dated_events")
FILES = sorted((f for f in FOLDER.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)
CODES = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
KINDS = {"summit", "state_visit", "treaty", "agreement", "accession", "withdrawal", "election", "inauguration", "referendum",
         "war", "battle", "attack", "coup", "crisis", "sanctions", "protest", "disaster", "death", "resignation",
         "independence", "conference", "other"}
PRECISION = {4: "year", 7: "month", 10: "day"}


def _events() -> list[tuple[str, dict]]:
    return [(f.name, e) for f in FILES for e in json.loads(f.read_text("utf-8"))]


@pytest.mark.parametrize("path", FILES, ids=lambda f: f.name)
def test_entries_are_well_formed(path):
    for entry in json.loads(path.read_text("utf-8")):
        where = f"{path.name}: {entry.get('id')}"
        assert {"id", "name", "start", "end", "precision", "kind", "countries", "people", "all", "any", "none"} <= set(entry), where
        first, _ = bounds(entry["start"])
        assert entry["precision"] == PRECISION[len(entry["start"])], where
        assert 1990 <= first.year <= 2026, where
        if entry["end"]:
            assert bounds(entry["end"])[1] >= first, where
        assert entry["kind"] in KINDS and set(entry["countries"]) <= CODES, where
        groups = entry["all"]
        assert groups and all(groups), where
        assert len(groups) >= 2 or entry["any"], where  # one condition alone matches too much
        for phrase in [p for g in groups for p in g] + entry["any"] + entry["none"]:
            assert phrase == phrase.lower() and phrase.strip() and phrase[-1].isalnum(), (where, phrase)


def test_ids_are_unique_and_there_are_thousands():
    ids = Counter(e["id"] for _, e in _events())
    assert [i for i, n in ids.items() if n > 1] == []
    assert len(ids) >= 2000


def test_every_participant_is_known_to_the_knowledge_base():
    from multivector.actors.kb import load_kb

    persons = load_kb().persons
    unknown = sorted({p for _, e in _events() for p in e["people"] if p not in persons})
    assert unknown == []
