"""Other names of an entity within one article: abbreviations and generic institutions.

- "die Gewerkschaft Deutscher Lokomotivführer (GDL)": the abbreviation in brackets right after a
  name is that name, in this article, wherever it stands ("Die GDL streikt").
- "das Landeskriminalamt" after (or before) "das Landeskriminalamt Hamburg": a generic
  institution alone is the named organisation of the article with that institution in its name
  ("Kantonspolizei Wallis" for "die Polizei"); with none, it is no entity at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from lagebild.analyse.entities_lexicon import norm
from lagebild.analyse.entities_rules import Candidate
from lagebild.analyse.entities_words import Word
from lagebild.model import EntityType

__all__ = ["abbreviation_mentions", "abbreviations", "institution_key", "names_institution"]

_MAX_ABBREVIATION_WORDS = 2  # "(GDL)", "(CAN Europe)"
ALIAS = 9  # evidence of a mention found as an alias (weakest)


def _capitals(text: str) -> str:
    return "".join(ch for ch in text if ch.isupper())


def _abbreviates(short: str, name: str) -> bool:
    """The capitals of ``short`` are those of ``name``, in order, from the first on: "HTAG" for
    "Hanseatische Terminal AG", "KVB" for "Kölner Verkehrs-Betriebe"; not "VRS" for "Rhein-Sieg"."""
    letters, capitals = _capitals(short), _capitals(name)
    if len(letters) < 2 or not capitals or letters[0] != capitals[0]:
        return False
    position = 0
    for letter in letters:
        position = capitals.find(letter, position) + 1
        if position == 0:
            return False
    return True


def abbreviations(
    words: Sequence[Word], text: str, found: Sequence[Candidate]
) -> list[tuple[Candidate, str]]:
    """(named candidate, abbreviation) for every "Name (ABBR)" in the article."""
    pairs = []
    for candidate in found:
        if candidate.type is EntityType.PER or candidate.generic:
            continue
        opening = candidate.last
        if opening >= len(words) or words[opening].text != "(":
            continue
        for size in range(1, _MAX_ABBREVIATION_WORDS + 1):
            closing = opening + 1 + size
            if closing >= len(words) or words[closing].sentence != words[opening].sentence:
                break
            if words[closing].text == ")":
                short = " ".join(w.text for w in words[opening + 1 : closing])
                if len(_capitals(words[opening + 1].text)) >= 2 and _abbreviates(
                    short, text[candidate.start : candidate.end]
                ):
                    pairs.append((candidate, short))
                break
    return pairs


def abbreviation_mentions(
    words: Sequence[Word], taken: Sequence[bool], pairs: Sequence[tuple[Candidate, str]]
) -> list[Candidate]:
    """One-word abbreviations standing where no other candidate is: "(VRS)", "die KVB", "der
    VfB" (a short form with two capitals or more; "Universität" alone is no mention)."""
    kinds = {short: named.type for named, short in pairs if " " not in short and len(_capitals(short)) >= 2}
    extra = []
    for i, word in enumerate(words):
        kind = kinds.get(word.bare)
        if kind is not None and not taken[i]:
            extra.append(Candidate(i, i + 1, word.start, word.start + len(word.bare), kind, word.bare, ALIAS))
    return extra


def institution_key(name: str) -> str:
    return norm(name).lower()


def names_institution(name: str, institution: str) -> bool:
    """Whether the entity ``name`` contains the institution: "Landeskriminalamt Hamburg" and
    "Landeskriminalamt", "Kantonspolizei Wallis" and "Polizei" (a compound ending in it)."""
    key = institution_key(institution)
    if " " in key:  # "Grosser Rat"
        return key in institution_key(name) and key != institution_key(name)
    return " " in name and any(institution_key(w).endswith(key) for w in name.split())
