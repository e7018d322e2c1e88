"""Actor linking with the spaCy model: titles, places, headlines and interviews as the tagger sees them."""

from __future__ import annotations

import pytest

from multivector.actors import resolve_mentions
from multivector.model import Document, Segment

pytestmark = pytest.mark.model


def resolve(parts: list[tuple[str, str]]):
    """Resolve a document made of (kind, text) segments, one per line; returns the text and its actors by mention text."""
    from multivector.nlp import load_nlp

    text, segments = "", []
    for kind, part in parts:
        segments.append(Segment(len(text), len(text) + len(part), kind))
        text += part + "\n"
    document = Document("model", "hash", text, segments)
    acts = resolve_mentions(document, load_nlp()(text))
    return {text[m.start : m.end]: m.actor for m in acts.mentions}


def test_an_expert_is_placed_by_the_city_they_work_in():
    found = resolve([("body", '"The army has not changed," said Chidi Okoro, a security analyst in Lagos.')])
    expert = next(a for t, a in found.items() if "Okoro" in t)
    assert (expert.code, expert.sector, expert.name) == ("NGA", "EDU", "Chidi Okoro")


def test_a_title_before_a_name_is_part_of_the_person_mention():
    found = resolve([("body", "Russian Foreign Minister Pavel Orlov arrived in Ankara on Monday.")])
    minister = found["Russian Foreign Minister Pavel Orlov"]
    assert (minister.code, minister.sector, minister.name) == ("RUS", "GOV", "Pavel Orlov")


def test_a_surname_in_the_headline_is_the_full_name_given_later():
    found = resolve([("title", "Orlov flies to Ankara"), ("body", "Russian Foreign Minister Pavel Orlov arrived in Ankara on Monday.")])
    assert found["Orlov"].name == "Pavel Orlov"
    assert found["Orlov"].code == "RUS"


def test_we_in_an_interview_answer_is_the_interviewee():
    found = resolve([
        ("body", "Kenyan Trade Minister Otieno Waweru spoke to our reporter."),
        ("question", "Will Kenya sign the deal?"),
        ("answer", "We will sign it next month."),
    ])
    assert found["We"].name == "Otieno Waweru"


def test_cities_are_found_under_their_english_spelling_the_written_one_first():
    from multivector.actors.kb import load_kb

    kb = load_kb()
    assert (kb.city_country("Herat"), kb.city_country("Samarra")) == ("AFG", "IRQ")  # 'Herāt', 'Sāmarrā’' in GeoNames
    assert kb.city_country("Kant") == "KGZ"  # not India's 'Kānt', though it is larger
    assert (kb.city_country("Basra"), kb.city_country("Bombay")) == ("IRQ", "IND")  # 'Basrah', 'Mumbai' in GeoNames
