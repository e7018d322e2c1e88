"""Named national institutions that news names without their country (groups.json): 'the Duma', 'the FSB', 'Aramco'."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
import spacy
from spacy.tokens import Doc

from multivector.actors import resolve_mentions
from multivector.actors.kb import load_kb, read_data
from multivector.model import Document, Segment

NON_STATE = {"IGO", "NGO", "MNC"}

# alias as news writes it -> (country slot, PLOVER sector, group name)
INSTITUTIONS = {
    # legislatures
    "the State Duma": ("RUS", "LEG", "State Duma"),
    "Duma": ("RUS", "LEG", "State Duma"),
    "Knesset": ("ISR", "LEG", "Knesset"),
    "Verkhovna Rada": ("UKR", "LEG", "Verkhovna Rada"),
    "Bundestag": ("DEU", "LEG", "Bundestag"),
    "Lok Sabha": ("IND", "LEG", "Lok Sabha"),
    "National People's Congress": ("CHN", "LEG", "National People's Congress"),
    "Mazhilis": ("KAZ", "LEG", "Mazhilis"),
    "Jogorku Kenesh": ("KGZ", "LEG", "Jogorku Kenesh"),
    "U.S. Congress": ("USA", "LEG", "US Congress"),
    # intelligence and security services
    "CIA": ("USA", "SPY", "CIA"),
    "FSB": ("RUS", "SPY", "FSB"),
    "MI6": ("GBR", "SPY", "MI6"),
    "Mossad": ("ISR", "SPY", "Mossad"),
    "Inter-Services Intelligence": ("PAK", "SPY", "Inter-Services Intelligence"),
    "SBU": ("UKR", "SPY", "SBU"),
    "KNB": ("KAZ", "SPY", "National Security Committee of Kazakhstan"),
    # militaries
    "IDF": ("ISR", "MIL", "Israel Defense Forces"),
    "Revolutionary Guards": ("IRN", "MIL", "Islamic Revolutionary Guard Corps"),
    "Quds Force": ("IRN", "MIL", "Quds Force"),
    "Tatmadaw": ("MMR", "MIL", "Tatmadaw"),
    "People's Liberation Army": ("CHN", "MIL", "People's Liberation Army"),
    # police and border agencies
    "FBI": ("USA", "COP", "FBI"),
    "Customs and Border Protection": ("USA", "COP", "Customs and Border Protection"),
    "Rosgvardia": ("RUS", "COP", "Rosgvardia"),
    "Scotland Yard": ("GBR", "COP", "Metropolitan Police Service"),
    "Guardia Civil": ("ESP", "COP", "Guardia Civil"),
    # media
    "Interfax": ("RUS", "JRN", "Interfax"),
    "Interfax-Ukraine": ("UKR", "JRN", "Interfax-Ukraine"),
    "IRNA": ("IRN", "JRN", "IRNA"),
    "KCNA": ("PRK", "JRN", "KCNA"),
    "Al Jazeera": ("QAT", "JRN", "Al Jazeera"),
    "Associated Press": ("USA", "JRN", "Associated Press"),
    "Agence France-Presse": ("FRA", "JRN", "AFP"),
    # central banks
    "the Fed": ("USA", "GOV", "Federal Reserve"),
    "Bank of England": ("GBR", "GOV", "Bank of England"),
    "People's Bank of China": ("CHN", "GOV", "People's Bank of China"),
    "Reserve Bank of India": ("IND", "GOV", "Reserve Bank of India"),
    # companies
    "Saudi Aramco": ("SAU", "BUS", "Saudi Aramco"),
    "Gazprom Neft": ("RUS", "BUS", "Gazprom Neft"),
    "China Merchants Port Holdings": ("CHN", "BUS", "China Merchants Group"),
    "SOCAR": ("AZE", "BUS", "SOCAR"),
    "Lockheed Martin": ("USA", "BUS", "Lockheed Martin"),
    "Airbus": ("MNC", "BUS", "Airbus"),
}

# Aliases that differ only in case and name two different groups on purpose: the phrase matcher is case-sensitive.
CASE_PAIRS = {"jem"}  # JEM (Justice and Equality Movement, Sudan) and JeM (Jaish-e-Mohammed, Pakistan)


def assert_group(alias, code, sector, name):
    """The alias names the knowledge base's group ``name`` of that country and sector."""
    entry = load_kb().phrases.get(alias)
    assert entry is not None, alias
    assert (entry.kind, entry.code, entry.sector, entry.name) == ("group", code, sector, name)


def assert_no_group(aliases, sectors=None):
    """None of the aliases names a group (of one of ``sectors``, when given)."""
    phrases = load_kb().phrases
    for alias in aliases:
        entry = phrases.get(alias)
        assert entry is None or entry.kind != "group" or sectors is not None and entry.sector not in sectors, alias


@pytest.mark.parametrize("alias", sorted(INSTITUTIONS))
def test_an_institution_resolves_to_its_country_and_sector(alias):
    assert_group(alias, *INSTITUTIONS[alias])


def test_ambiguous_short_forms_are_left_out():
    """'AP', 'ICE', 'RT', 'MIT', 'CCTV', 'CSIS', 'NSA', 'MENA', 'PTI': common words or other bodies' names."""
    assert_no_group(("AP", "ICE", "RT", "MIT", "CCTV", "CSIS", "NSA", "MENA", "PTI", "Congress", "House of Commons", "Majlis", "Diet", "Fed"))


def test_every_group_entry_is_well_formed():
    data = read_data("groups.json")
    kb = load_kb()
    sectors = {k for k in read_data("sectors.json") if not k.startswith("_")}
    igos = {igo["code"] for igo in read_data("igos.json")}
    for group in data["groups"]:
        assert {"name", "code", "sector", "aliases"} <= set(group), group
        assert set(group) <= {"name", "code", "org", "sector", "aliases"}, group
        assert group["code"] in NON_STATE or group["code"] in kb.country_names, group["name"]
        assert group["sector"] is None or group["sector"] in sectors, group["name"]
        assert group.get("org") is None or group["org"] in igos, group["name"]
        assert group["aliases"] and all(isinstance(a, str) and a == " ".join(a.split()) for a in group["aliases"]), group["name"]


def test_no_alias_names_two_groups():
    data = read_data("groups.json")
    names = [g["name"] for g in data["groups"]]
    assert len(names) == len(set(names))
    owners: dict[str, set[str]] = defaultdict(set)
    for group in data["groups"]:
        aliases = group["aliases"]
        assert len(aliases) == len(set(aliases)), group["name"]
        for alias in aliases:
            owners[alias.lower()].add(group["name"])
    shared = {alias: sorted(groups) for alias, groups in owners.items() if len(groups) > 1 and alias not in CASE_PAIRS}
    assert not shared, shared


def test_every_group_alias_reaches_its_group():
    """No person, organisation or earlier group holds the phrase first (the knowledge base keeps the first entry of a phrase)."""
    kb = load_kb()
    for group in read_data("groups.json")["groups"]:
        for alias in group["aliases"]:
            entry = kb.phrases.get(alias)
            assert entry is not None and entry.kind == "group" and entry.name == group["name"], (alias, entry)


def test_the_file_keeps_one_entry_a_line():
    from multivector.actors.kb import DATA

    lines = DATA.joinpath("groups.json").read_text("utf-8").splitlines()
    entries = [line for line in lines if line.startswith('    {"name"')]
    assert len(entries) == len(read_data("groups.json")["groups"]) + len(read_data("groups.json")["regions"])
    assert all(json.loads(line.rstrip(",")) for line in entries)


def test_a_named_service_is_an_actor_in_a_sentence():
    """'The FSB detained a Ukrainian': the service is Russia's intelligence, not a bare name."""
    rows = [("The", "DET", "det", 1, "the", "O"), ("FSB", "PROPN", "nsubj", 2, "FSB", "B-ORG"), ("detained", "VERB", "ROOT", 2, "detain", "O"),
            ("a", "DET", "det", 4, "a", "O"), ("Ukrainian", "PROPN", "dobj", 2, "Ukrainian", "B-NORP"), (".", "PUNCT", "punct", 2, ".", "O")]
    doc = Doc(spacy.blank("en").vocab, words=[r[0] for r in rows], spaces=[i + 1 < len(rows) and rows[i + 1][0] != "." for i in range(len(rows))],
              pos=[r[1] for r in rows], deps=[r[2] for r in rows], heads=[r[3] for r in rows], lemmas=[r[4] for r in rows],
              ents=[r[5] for r in rows], sent_starts=[i == 0 for i in range(len(rows))])
    acts = resolve_mentions(Document("institutions", "hash", doc.text, [Segment(0, len(doc.text), "body")]), doc)
    found = {doc.text[m.start : m.end]: (m.actor.code, m.actor.sector) for m in acts.mentions}
    assert found.get("The FSB", found.get("FSB")) == ("RUS", "SPY")
