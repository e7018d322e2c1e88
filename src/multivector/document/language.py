"""Which language an article is in: the coder reads English only, and says so rather than code nothing."""

from __future__ import annotations

from functools import lru_cache

# Judge only texts long enough for a confident call; short English texts full of names can look foreign.
MIN_WORDS = 30
MIN_PROBABILITY = 0.9
SAMPLE_CHARS = 5000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def warm_up() -> None:
    """Load the language identifier's model (about 0.4 s) before the first article, not while its batch waits."""
    _identifier()


def foreign_language(text: str) -> str | None:
    """The language's name when the text is confidently not English, else None."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS and not _mostly_non_latin(sample):
        return None
    code, probability = _identifier().classify(sample)
    if code == "en" or probability < MIN_PROBABILITY:
        return None
    import pycountry

    language = pycountry.languages.get(alpha_2=code)
    return f"{language.name} ({code})" if language else code


def _mostly_non_latin(sample: str) -> bool:
    letters = [ch for ch in sample if ch.isalpha()]
    return len(letters) >= 20 and sum(1 for ch in letters if ord(ch) > 0x24F) > 0.5 * len(letters)
