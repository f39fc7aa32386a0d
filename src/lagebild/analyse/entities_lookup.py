"""What the name rules look up over the words: gazetteer names and the extent of a person's name.

A gazetteer name may start at a word in its listed form, in the genitive ("Russlands" ->
"Russland", "Landsbergis'"), or declined ("des Bundesamts für Statistik", "der Schweizerischen
Nationalbank"); a person's name runs over first names, particles and the surname ("Ole von
Beust"), and stops before a known place or organisation ("Eric Cantona zu United": no particle).
The rules that build candidates from these are :mod:`lagebild.analyse.entities_rules`.
"""

from __future__ import annotations

from lagebild.analyse.entities_cues import ARTICLE_PARTICLES, MAX_SURNAME_WORDS, PARTICLES
from lagebild.analyse.entities_lexicon import MAX_NAME_WORDS, GazetteerEntry, Lexicon, norm
from lagebild.analyse.entities_words import Word
from lagebild.model import EntityType

__all__ = ["Finder"]


def _strip_genitive(word: str) -> list[str]:
    """Forms to try when ``word`` is not found: "Russlands" -> "Russland", "Landsbergis'" -> ..."""
    forms = []
    if word.endswith(("'", "’")):
        forms.append(word[:-1])
    if word.endswith("es") and len(word) > 4:
        forms.append(word[:-2])
    if word.endswith("s") and len(word) > 3:
        forms.append(word[:-1])
    return forms


class Finder:
    """The words of one text with the lexicon the rules look names up in."""

    def __init__(self, words: list[Word], lex: Lexicon) -> None:
        self.words = words
        self.lex = lex
        self.starts = lex.name_starts

    def same_sentence(self, i: int, j: int) -> bool:
        return j < len(self.words) and self.words[j].sentence == self.words[i].sentence

    def nameish(self, j: int) -> bool:
        """Could word ``j`` be part of a person's name?"""
        word = self.words[j]
        return word.capitalised and not word.punct and word.text not in self.lex.nonnames

    def gazetteer(self, i: int) -> tuple[int, GazetteerEntry] | None:
        """The longest gazetteer name starting at word ``i``: (number of words, entry)."""
        first = norm(self.words[i].bare)
        declined = first in self.lex.inflected_starts
        if (
            not declined
            and first not in self.starts
            and not any(f in self.starts for f in _strip_genitive(first))
        ):
            return None
        longest = min(MAX_NAME_WORDS, len(self.words) - i)
        for n in range(longest, 0, -1):
            if not self.same_sentence(i, i + n - 1):
                continue
            key = [norm(w.bare) for w in self.words[i : i + n]]
            entry = self.lex.names.get(tuple(key))
            if entry is None and self.words[i + n - 1].capitalised:
                for form in _strip_genitive(key[-1]):
                    entry = self.lex.names.get((*key[:-1], form))
                    if entry is not None:
                        break
            if entry is None and declined and n > 1:
                # "des Bundesamts für Statistik", "der Schweizerischen Nationalbank"
                entry = self.lex.inflected.get(tuple(key))
            if entry is not None:
                return n, entry
        return None

    def person_after(self, j: int) -> int:
        """How many words from ``j`` on form a name (first names, particles, surname)."""
        n = 0
        while self.same_sentence(j, j + n) and n <= MAX_SURNAME_WORDS:
            word = self.words[j + n]
            if (self.nameish(j + n) and not self._place_or_org(j + n)) or (
                n > 0
                and word.text in PARTICLES
                and (word.text not in ARTICLE_PARTICLES or self.words[j + n - 1].text in {"von", "van"})
                and self._before_particle(j + n - 1)
                and self.same_sentence(j, j + n + 1)
                and self.words[j + n + 1].capitalised
            ):
                n += 1
            else:
                break
        while n and self.words[j + n - 1].text in PARTICLES:
            n -= 1
        return n

    def _before_particle(self, j: int) -> bool:
        """A particle follows a first name or another particle ("Ole von Beust", "von der
        Leyen"), not a surname: "Eric Cantona zu United" is a name and a preposition."""
        text = self.words[j].text
        if text in PARTICLES:
            return True
        return all(norm(part) in self.lex.first_names for part in text.split("-"))

    def _place_or_org(self, j: int) -> bool:
        found = self.gazetteer(j)
        return found is not None and found[1].type is not EntityType.PER and not found[1].ambiguous
