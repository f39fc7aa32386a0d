"""Word lists for entities and quotes, read lazily from ``lagebild/language/de/data``.

Every list is a plain UTF-8 text file, one entry per line, ``#`` starts a comment. Names are
compared after :func:`norm` (ß and ss alike, one apostrophe), so Swiss and German spellings
match the same entry.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from itertools import product

from lagebild.language.de.lexicon import word_list
from lagebild.model import EntityType

__all__ = [
    "GazetteerEntry",
    "Lexicon",
    "lexicon",
    "norm",
]

#: Longest gazetteer name, in words; lookups try this many words and fewer.
MAX_NAME_WORDS = 6
# case endings a role noun takes before a name: "Amtskollege-n", "Präsident-en", "Minister-s"
_ROLE_ENDINGS = ("n", "en", "s", "es")
_ARTICLES = frozenset({"Der", "Die", "Das"})


def norm(word: str) -> str:
    """The form used to look a word up: Swiss ss for ß, one apostrophe."""
    return word.replace("ß", "ss").replace("’", "'")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    canonical: str
    type: EntityType
    ambiguous: bool = False  # also a common word: needs a place preposition before it
    institution: bool = False  # a generic institution ("Polizei"), see organisations.txt
    person_alias: bool = False  # a short form of a well-known person ("Putin")


@dataclass(frozen=True, slots=True)
class Lexicon:
    #: names keyed by their normalised words
    names: dict[tuple[str, ...], GazetteerEntry]
    first_names: frozenset[str]  # the rules' first names: first_names.txt and first_names_more.txt
    nonnames: frozenset[str]
    role_words: frozenset[str]
    role_suffixes: tuple[str, ...]
    honorifics: frozenset[str]
    #: finite form -> particle that must follow ("teilte" -> "mit"), "" for none
    speech_verbs: dict[str, frozenset[str]]
    speech_prepositions: frozenset[tuple[str, ...]]  # "laut", "nach Angaben"
    speech_postpositions: frozenset[str]  # "zufolge"
    speech_nouns: frozenset[str]
    #: first words of ``names``: most tokens start no name, and this says so without a lookup loop
    name_starts: frozenset[str] = frozenset()
    #: the CRF's first-name feature reads first_names.txt alone, the list it was trained with
    feature_first_names: frozenset[str] = frozenset()
    #: declined forms of multi-word organisation names ("des Bundesamts für Statistik", "der
    #: Schweizerischen Nationalbank"), for the rules only: the CRF's list feature reads ``names``
    inflected: dict[tuple[str, ...], GazetteerEntry] = field(default_factory=dict)
    #: first words of ``inflected``
    inflected_starts: frozenset[str] = frozenset()

    def _listed(self, word: str) -> bool:
        head = norm(word.rsplit("-", 1)[-1])
        if head in self.role_words or norm(word) in self.role_words:
            return True
        lowered = head.lower()
        return any(lowered.endswith(suffix) for suffix in self.role_suffixes)

    def role_base(self, word: str) -> str | None:
        """``word`` as a role in its base form, or None when it is no role.

        Roles are kept in the nominative singular: before a name a role also stands in the
        dative ("seinem Amtskollegen X"), listed so that it is found, and the role an entity
        carries is the base form ("Amtskollege") when that is listed too.
        """
        if not self._listed(word):
            return None
        for ending in _ROLE_ENDINGS:
            if word.endswith(ending) and len(word) > len(ending) + 2 and self._listed(word[: -len(ending)]):
                return word[: -len(ending)]
        return word

    def role_of(self, word: str) -> bool:
        """Whether ``word`` (maybe with a hyphenated prefix, "US-Aussenminister") is a role."""
        return self._listed(word)

    def speech_verb(self, word: str) -> frozenset[str] | None:
        """The particles the speech verb ``word`` needs ("" when none), or None if it is none."""
        return self.speech_verbs.get(norm(word.lower()))


def _lines(name: str) -> list[str]:
    return list(word_list(name))


def _add_names(
    names: dict[tuple[str, ...], GazetteerEntry],
    file: str,
    kind: EntityType,
) -> None:
    for line in _lines(file):
        institution = line.startswith("@")
        forms = [form.strip() for form in line.lstrip("@").split("|")]
        canonical = forms[0].lstrip("?")
        for index, form in enumerate(forms):
            ambiguous = form.startswith("?")
            # words are looked up without a trailing hyphen ("Schnee- und Lawinenforschung")
            key = tuple(w.rstrip("-") for w in norm(form.lstrip("?")).split())
            if len(key) > 1 and key[0] in _ARTICLES:
                continue  # "Die Grünen": the name is found without its article ("die Grünen")
            if key in names:  # earlier files win: countries before places before organisations
                continue
            names[key] = GazetteerEntry(
                canonical,
                kind,
                ambiguous=ambiguous,
                institution=institution,
                person_alias=kind is EntityType.PER and index > 0,
            )


# adjective endings of a name's leading adjective: "Eidgenössisches", "Schweizerische", "Deutscher"
_ADJECTIVE_ENDINGS = ("es", "er", "e")
_DECLINED_ADJECTIVE = ("e", "es", "er", "en", "em")
# nouns with these endings are feminine or plural and take no case ending in the singular
_NO_CASE_ENDING = ("ion", "ung", "heit", "keit", "schaft", "tät", "ei", "ur", "ik", "en", "s", "x", "z")


def _adjective_forms(word: str) -> list[str]:
    """ "Eidgenössisches" -> its declined forms, or [] when it is no adjective by its ending."""
    for ending in _ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2 and word[-len(ending) - 1].islower():
            stem = word[: -len(ending)]
            return [stem + e for e in _DECLINED_ADJECTIVE]
    return []


def _noun_forms(word: str) -> list[str]:
    """ "Bundesamt" -> "Bundesamt", "Bundesamts", "Bundesamtes": its genitive singular."""
    if word.endswith(_NO_CASE_ENDING) or not word[-1:].isalpha():
        return [word]
    if word.endswith("e"):
        return [word, word + "s"]
    return [word, word + "s", word + "es"]


def _inflected(names: dict[tuple[str, ...], GazetteerEntry]) -> dict[tuple[str, ...], GazetteerEntry]:
    """Declined forms of the multi-word organisation names: leading adjectives in every case
    ending and the first noun in the genitive ("Eidgenössischen Departements für auswärtige
    Angelegenheiten"); the words after the first noun keep their form."""
    forms: dict[tuple[str, ...], GazetteerEntry] = {}
    for key, entry in names.items():
        if entry.type is not EntityType.ORG or len(key) < 2 or not key[0][:1].isupper():
            continue
        head = 0
        options: list[list[str]] = []
        while head < len(key) - 1 and (adjective := _adjective_forms(key[head])):
            options.append(adjective)
            head += 1
        options.append(_noun_forms(key[head]))
        for declined in product(*options):
            variant = (*declined, *key[head + 1 :])
            if variant != key and variant not in names:
                forms.setdefault(variant, entry)
    return forms


def _speech_verbs() -> dict[str, frozenset[str]]:
    verbs: dict[str, set[str]] = {}
    for line in _lines("speech_verbs.txt"):
        verb, _, particle = line.partition(" ")
        verbs.setdefault(norm(verb.lower()), set()).add(particle)
    return {verb: frozenset(particles) for verb, particles in verbs.items()}


@functools.cache
def lexicon() -> Lexicon:
    """All word lists, loaded once per process on first use."""
    names: dict[tuple[str, ...], GazetteerEntry] = {}
    _add_names(names, "gazetteer_countries.txt", EntityType.LOC)
    _add_names(names, "gazetteer_persons.txt", EntityType.PER)
    _add_names(names, "organisations.txt", EntityType.ORG)
    _add_names(names, "gazetteer_places.txt", EntityType.LOC)
    _add_names(names, "organisations_world.txt", EntityType.ORG)
    roles = _lines("roles.txt")
    nouns = _lines("speech_nouns.txt")
    return Lexicon(
        names=names,
        first_names=frozenset(norm(n) for n in (*_lines("first_names.txt"), *_lines("first_names_more.txt"))),
        feature_first_names=frozenset(norm(n) for n in _lines("first_names.txt")),
        nonnames=frozenset(_lines("gazetteer_nonnames.txt")),
        role_words=frozenset(norm(r) for r in roles if r[0] not in "*!"),
        role_suffixes=tuple(norm(r[1:]).lower() for r in roles if r.startswith("*")),
        honorifics=frozenset(r[1:] for r in roles if r.startswith("!")),
        speech_verbs=_speech_verbs(),
        speech_prepositions=frozenset(tuple(n[1:].lower().split()) for n in nouns if n[0] == ">"),
        speech_postpositions=frozenset(n[1:].lower() for n in nouns if n[0] == "<"),
        speech_nouns=frozenset(n for n in nouns if n[0] not in "<>"),
        name_starts=frozenset(key[0] for key in names),
        inflected=(inflected := _inflected(names)),
        inflected_starts=frozenset(key[0] for key in inflected),
    )
