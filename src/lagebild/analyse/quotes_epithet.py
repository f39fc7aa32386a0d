"""Nouns that name a person by origin, nationality or party after the person was named: "Der
Trainer Didier Lambert war enttäuscht. „Wir haben zu viele Chancen vergeben“, sagte der
Franzose." – like "er" or "sie", the article giving the gender."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from lagebild.analyse.entities_lexicon import norm
from lagebild.analyse.entities_words import Word
from lagebild.language.de.lexicon import word_list

__all__ = ["epithet_pronoun", "holds_role", "name_after_age", "person_noun_at"]

_FEDERAL = {False: "bundesrat", True: "bundesrätin"}  # by "-in": the minister, the councillor
_MINISTER = {"bundesrat": "minister", "bundesrätin": "ministerin"}
_AGED = re.compile(r"\d+-[Jj]ährige[rn]?$")  # "der 29-Jährige", "die 34-jährige"


@functools.cache
def _entries() -> tuple[frozenset[str], tuple[str, ...]]:
    words = word_list("quotes_person_nouns.txt")
    whole = frozenset(norm(w).lower() for w in words if not w.startswith("*"))
    suffixes = tuple(norm(w[1:]).lower() for w in words if w.startswith("*"))
    return whole, suffixes


def epithet_pronoun(article_word: str, noun: str) -> str | None:
    """ "er" for "der Sozialdemokrat", "sie" for "die Baslerin" or "die SVP-Politikerin"; None
    when the noun names no person by origin or party. A hyphenated prefix ("SVP-", "US-") is
    the party or country, not the person."""
    pronoun = {"der": "er", "die": "sie"}.get(article_word.lower())
    if pronoun is None:
        return None
    whole, suffixes = _entries()
    word = norm(noun.rsplit("-", 1)[-1]).lower()
    if word in whole or word.endswith(suffixes):
        return pronoun
    return None


def person_noun_at(words: list[Word], i: int) -> str | None:
    """The pronoun the article and noun at word ``i`` stand for: "der 29-Jährige", "sagte der
    Franzose."; not an adjective before a noun ("sagte der Basler Regierungsrat Kaspar Sutter")."""
    if i == 0 or words[i - 1].sentence != words[i].sentence:
        return None
    if _AGED.match(words[i].text):
        return {"der": "er", "die": "sie"}.get(words[i - 1].text.lower())
    pronoun = epithet_pronoun(words[i - 1].text, words[i].text)
    after = words[i + 1] if i + 1 < len(words) else None
    if after is not None and after.sentence == words[i].sentence and after.capitalised:
        return None
    return pronoun


def name_after_age(words: list[Word], i: int, person: Callable[[int], bool]) -> int | None:
    """The word of a person's name right after an age at word ``i`` or after its noun ("die
    45-jährige Pflegefachfrau Sandra Huber"), which names the speaker."""
    if not _AGED.match(words[i].text):
        return None
    for j in range(i + 1, min(len(words), i + 3)):
        if words[j].punct or words[j].sentence != words[i].sentence:
            return None
        if person(j):
            return j
    return None


def holds_role(wanted: str, roles: list[str]) -> bool:
    """Whether an entity with ``roles`` (lower case) is "der/die <wanted>": a role ending in it
    ("Aussenministerin" for "Ministerin"); a Swiss federal councillor is a minister and the
    other way round ("Bundesrat Beat Jans ... sagte der Justizminister")."""
    if any(role.endswith(wanted) for role in roles):
        return True
    if wanted.endswith(("minister", "ministerin")):
        return _FEDERAL[wanted.endswith("in")] in roles
    return wanted in _MINISTER and any(role.endswith(_MINISTER[wanted]) for role in roles)
