"""Which dated events a sentence names, in one pass over its words.

Trying every entry's phrases on every sentence grows with the list (thousands
of entries). Instead each phrase is indexed by one of its words, the one fewest
phrases share ('kabila' in 'since the death of kabila', not 'since': a sentence
holding a common word does not check hundreds of phrases), filed also under
its plural forms: a sentence looks up its words, only
the phrases found there are checked with their exact pattern (a phrase of one
word by looking it up among the sentence's words), and only the
entries that own one of them (a phrase of the group the entry requires that
other entries use least: it cannot match without one) are judged by their
``all``/``any``/``none`` rules (``dated_events/README.md``). An entry with
neither ``all`` nor ``any`` phrases never matches.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

WORD_RE = re.compile(r"\w+")


def phrase_re(phrase: str) -> re.Pattern:
    """The phrase at word boundaries, also as its simple plural or possessive."""
    return re.compile(r"\b" + re.escape(phrase.lower()) + r"(?:s|es|'s)?\b")


def _index_words(phrase: str) -> list[str]:
    """The words of a phrase that ``phrases_in`` finds among the words of any text the phrase matches.

    A word followed by another stands whole in the text; so does the last, or with a plural ending ('s', 'es'; the
    possessive is a word of its own), under which a word of two letters or more is filed too ('world war i' may be
    'world war is'). A one-word phrase is indexed by its word, as found or not."""
    words = WORD_RE.findall(phrase)
    if len(words) > 1 and len(words[-1]) < 2 and phrase.endswith(words[-1]):
        return words[:-1]
    return words


@dataclass
class EventMatcher:
    """An index of the phrases of ``entries`` (dicts with ``all``, ``any``, ``none``)."""

    entries: list[dict]
    patterns: dict[str, re.Pattern | None] = field(default_factory=dict)
    by_word: dict[str, set[str]] = field(default_factory=dict)  # by its index word, as it is and with plural endings
    owners: dict[str, set[int]] = field(default_factory=dict)
    always: set[str] = field(default_factory=set)
    one_word: set[str] = field(default_factory=set)  # the phrases that are one word (``WORD_RE``): found by lookup
    rules: list[tuple] = field(default_factory=list)

    def __post_init__(self) -> None:
        for i, entry in enumerate(self.entries):
            positive = [p for group in entry.get("all", []) for p in group] + list(entry.get("any", []))
            for phrase in positive + list(entry.get("none", [])):
                phrase = phrase.lower()
                if phrase not in self.patterns:
                    self.patterns[phrase] = None  # compiled on first use (``_pattern``): most phrases never meet a sentence
            groups = [[p.lower() for p in g] for g in entry.get("all", [])]
            anys = [p.lower() for p in entry.get("any", [])]
            self.rules.append((groups, anys, [p.lower() for p in entry.get("none", [])]))
        # each entry is filed under the phrases of one group it cannot match without: of those it requires (every
        # ``all`` group, and ``any``), the one whose phrases the fewest entries use ('helsinki', not 'putin')
        uses = Counter(p for groups, anys, _ in self.rules for p in {*anys, *(p for g in groups for p in g)})
        for i, (groups, anys, _) in enumerate(self.rules):
            required = [*groups, anys] if groups and anys else groups or [anys]
            for phrase in min(required, key=lambda group: sum(uses[p] for p in group)):
                self.owners.setdefault(phrase, set()).add(i)
        keys = {phrase: _index_words(phrase) for phrase in self.patterns}
        sharing = Counter(word for words in keys.values() for word in set(words))
        for phrase, words in keys.items():
            if not words:
                self.always.add(phrase)
            else:
                key = min(words, key=lambda w: sharing[w])
                for form in (key, key + "s", key + "es") if len(key) > 1 else (key,):
                    self.by_word.setdefault(form, set()).add(phrase)
        self.one_word = {phrase for phrase in self.patterns if WORD_RE.fullmatch(phrase)}

    def phrases_in(self, text: str) -> set[str]:
        """The indexed phrases present in lower-cased ``text``.

        A phrase of one word is there when the word is, or with the plural ending its pattern allows ('s' or 'es';
        the possessive is a word of its own): a set lookup, not a search of the sentence."""
        words = set(WORD_RE.findall(text))
        candidates = set(self.always)
        by_word = self.by_word
        for word in words:
            phrases = by_word.get(word)
            if phrases:
                candidates.update(phrases)
        one_word = self.one_word
        return {phrase for phrase in candidates
                if (phrase in words or phrase + "s" in words or phrase + "es" in words if phrase in one_word
                    else phrase in text and self._pattern(phrase).search(text))}

    def _pattern(self, phrase: str) -> re.Pattern:
        pattern = self.patterns[phrase]
        if pattern is None:
            pattern = self.patterns[phrase] = phrase_re(phrase)
        return pattern

    def match(self, text: str) -> list[tuple[dict, list[re.Match]]]:
        """The entries whose rules ``text`` (one lower-cased sentence) meets, each with its phrases found (``any`` first)."""
        found = self.phrases_in(text)
        out = []
        for i in sorted({i for p in found for i in self.owners.get(p, ())}):
            groups, anys, nones = self.rules[i]
            if any(found.isdisjoint(g) for g in groups) or anys and found.isdisjoint(anys) or not found.isdisjoint(nones):
                continue
            hits = [p for p in dict.fromkeys(anys + [p for g in groups for p in g]) if p in found]
            out.append((self.entries[i], [self._pattern(p).search(text) for p in hits]))
        return out
