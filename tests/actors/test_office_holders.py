"""The office-holder data is consistent: known codes and kinds, real dates inside their precision, one holder per office at a time."""

from __future__ import annotations

import calendar
import json
import re
from collections import defaultdict
from datetime import date
from importlib import resources

import pycountry
import pytest

FOLDER = resources.files("multivector.actors").joinpath("data/office_holders")
FILES = sorted((f for f in FOLDER.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)
CODES = {c.alpha_3 for c in pycountry.countries} | {"XKX", "IGO"}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "REB", "BUS", "JRN", "EDU", "CVL", "REL", "LAB", "REF", "MED", None}
KINDS = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "speaker", "legislative_leader",
         "cabinet_member", "head_of_organisation", "deputy_head_of_state", "deputy_foreign_minister", "un_ambassador", "notable"}
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# Offices with several holders at once: one holder per (role) title, not per kind.
BY_TITLE = {"cabinet_member", "speaker", "legislative_leader", "head_of_organisation", "deputy_foreign_minister", "notable"}


def bounds(value: str) -> tuple[date, date]:
    """The first and last day a date of any precision can mean; fails on an impossible date."""
    year, month, day = DATE.match(value).groups()
    y = int(year)
    if day:
        d = date(y, int(month), int(day))
        return d, d
    if month:
        m = int(month)
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    return date(y, 1, 1), date(y, 12, 31)


@pytest.mark.parametrize("path", FILES, ids=lambda f: f.name)
def test_terms_are_well_formed(path):
    for row in json.loads(path.read_text("utf-8")):
        where = f"{path.name}: {row.get('name')}"
        assert {"name", "aliases", "country", "sector", "role", "role_kind", "from", "to"} <= set(row), where
        assert row["country"] in CODES and row["sector"] in SECTORS and row["role_kind"] in KINDS, where
        assert row["country"] != "IGO" or row.get("org"), where
        for key in ("from", "to"):
            if row[key] is not None:
                assert isinstance(row[key], str) and DATE.match(row[key]), where
                bounds(row[key])  # a real day of a real month
        if row["to"]:
            assert bounds(row["from"])[0] <= bounds(row["to"])[1], where


def test_one_holder_per_office_at_a_time():
    offices = defaultdict(list)
    for path in FILES:
        for row in json.loads(path.read_text("utf-8")):
            if row["role_kind"] == "notable" or row.get("acting"):
                continue
            title = row["role"] if row["role_kind"] in BY_TITLE else ""
            offices[(row["country"], row.get("org"), row["role_kind"], title)].append(row)
    clashes = []
    for office, rows in offices.items():
        rows.sort(key=lambda r: bounds(r["from"])[0])
        for before, after in zip(rows, rows[1:]):
            if before["name"] == after["name"] or before["to"] is None and after["to"] is None and before is after:
                continue
            ends = bounds(before["to"])[0] if before["to"] else date.max
            starts = bounds(after["from"])[1]
            if (ends - starts).days > 1:  # certainly both in office for more than a handover day
                clashes.append(f"{office}: {before['name']} to {before['to']} / {after['name']} from {after['from']}")
    assert clashes == []


# ISO 3166 entries that are not UN member states: territories, the Holy See, Palestine, Taiwan, Western Sahara.
NOT_UN_MEMBERS = set("""ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF GUM HKG HMD
IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM SXM TCA TKL UMI VAT VGB VIR WLF PSE TWN""".split())


def test_every_un_member_state_has_office_holders():
    from multivector.actors.kb import load_kb

    kb = load_kb()
    covered = {t.country for p in {id(p): p for p in kb.persons.values()}.values() for t in p.terms}
    members = {c.alpha_3 for c in pycountry.countries} - NOT_UN_MEMBERS
    assert len(members) == 193
    assert sorted(members - covered) == []
