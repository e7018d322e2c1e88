"""A country or organisation as a person types it ("Kazakhstan", "kazakhstan", "KAZ", "KZ", "CSTO") to its store key.

Names come from pycountry and the knowledge base's data files (countries.json, igos.json), so the
command line and the store agree on what a name means; an unknown name is answered with the
closest known ones (difflib), never with an empty result.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from functools import lru_cache

import pycountry

from ..errors import Errors, QueryError
from .kb import read_data


@lru_cache(maxsize=1)
def names() -> tuple[dict[str, str], dict[str, str]]:
    """(lower-cased name or code → key, key → display name) for every country and organisation."""
    index: dict[str, str] = {}
    display: dict[str, str] = {}
    extra = read_data("countries.json") or {}
    for country in pycountry.countries:
        info = extra.get(country.alpha_3, {})
        forms = info.get("names", []) + [getattr(country, a, None) for a in ("common_name", "name", "official_name")]
        forms = [f for f in forms + info.get("former_names", []) if f]
        display[country.alpha_3] = forms[0]
        for form in forms + [country.alpha_3, country.alpha_2]:
            index.setdefault(_norm(form), country.alpha_3)
    for igo in read_data("igos.json") or []:
        display.setdefault(igo["code"], igo.get("name", igo["code"]))
        for form in [igo["code"], igo.get("name", "")] + igo.get("aliases", []):
            if form:
                index.setdefault(_norm(form), igo["code"])
    return index, display


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).removeprefix("the ")


def label(key: str) -> str:
    """'Kazakhstan (KAZ)'; the bare key when no name is known (a sector code such as NGO)."""
    name = names()[1].get(key)
    return f"{name} ({key})" if name and name != key else key


def resolve(value: str, present: Mapping[str, int] | None = None) -> str:
    """The store key of a country or organisation given as a code or a name; QueryError E038 with the closest otherwise.

    ``present``: the keys the store holds, with their event counts; any of them is accepted as typed
    (sector codes such as NGO too) and the busiest are offered when nothing is close."""
    present = present or {}
    raw = " ".join(str(value).split())
    if raw.upper() in present:
        return raw.upper()
    index = names()[0]
    found = index.get(_norm(raw))
    if found:
        return found
    candidates = {**index, **{k.lower(): k for k in present}}
    close = difflib.get_close_matches(_norm(raw), list(candidates), n=8, cutoff=0.7)
    keys = list(dict.fromkeys(candidates[c] for c in close))[:5]
    if keys:
        matches = ", ".join(label(k) for k in keys)
    else:
        busiest = sorted(present, key=lambda k: -present[k])[:8]
        matches = "none near it" + (f"; the store's most frequent: {', '.join(busiest)}" if busiest else "")
    raise QueryError(Errors.E038.format(value=raw, matches=matches))
