"""Rules that propose name candidates over words: gazetteers, role cues, first names, patterns.

Every German noun is capitalised, so a capitalised word is no evidence of a name on its own.
A candidate needs positive evidence: a gazetteer entry, a first name, a role or honorific
before it, a speech verb before it (", sagte Müller."), or an organisation pattern
("... AG", "FC ...", "...ministerium", "Bundesamt für ...": :mod:`lagebild.analyse.entities_bodies`).
Gazetteer look-ups and the extent of a person's name are :mod:`lagebild.analyse.entities_lookup`.
Overlaps are settled by :func:`resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.analyse.entities_bodies import federal_body
from lagebild.analyse.entities_cues import (
    CANTON_CODES,
    CLUB_PREFIXES,
    COMPANY_SUFFIXES,
    NOT_NAME_ENDINGS,
    ORG_HEADS,
    PARTICLES,
    PLACE_PREPOSITIONS,
    REGIONS,
    SPEAKER_VERBS,
    SUBJECT_LEFT,
)
from lagebild.analyse.entities_lexicon import GazetteerEntry, Lexicon, norm
from lagebild.analyse.entities_lookup import Finder
from lagebild.analyse.entities_qualify import place_adjective, qualify
from lagebild.analyse.entities_words import Word
from lagebild.model import EntityType

__all__ = ["Candidate", "find_candidates", "resolve"]

# Evidence kinds, strongest first: settles ties between candidates of the same length.
# CRF marks a mention found by the trained model (lagebild.analyse.entities_crf).
GAZETTEER, ROLE, FIRST_NAME, PATTERN, SPEECH, PREFIX, CRF = range(7)
# one to three initials as one word: "C.Y.", "H.", "J.R.R."
_INITIALS = re.compile(r"^(?:[A-ZÄÖÜ]\.){1,3}$")


@dataclass(frozen=True, slots=True)
class Candidate:
    first: int  # index of the first word it uses (the role cue included)
    last: int  # index after the last word it uses
    start: int  # character span of the name itself
    end: int
    type: EntityType
    name: str  # canonical name ("Litauen" for "Litauens") or the surface name of a person
    evidence: int
    role: str | None = None
    generic: bool = False  # a generic institution alone ("die Polizei"): no name, no entity
    #: the institution of a generic ("Polizei") or qualified ("Kantonspolizei Zürich") candidate
    institution: str | None = None

    @property
    def size(self) -> int:
        return self.last - self.first


def _span(words: list[Word], first: int, last: int) -> tuple[int, int, str]:
    start, end = words[first].start, words[last - 1].end
    if words[last - 1].text != words[last - 1].bare:
        end = words[last - 1].start + len(words[last - 1].bare)
    return start, end, " ".join(w.bare for w in words[first:last])


def _person(
    words: list[Word], first: int, name_first: int, last: int, *, evidence: int, role: str | None
) -> Candidate:
    start, end, name = _span(words, name_first, last)
    return Candidate(first, last, start, end, EntityType.PER, name, evidence, role)


def _at(finder: Finder, i: int) -> list[Candidate]:
    words, lex = finder.words, finder.lex
    word = words[i]
    found: list[Candidate] = []
    next_is_name = finder.same_sentence(i, i + 1) and finder.person_after(i + 1) > 0
    # role or honorific before a name: "US-Aussenminister Antony Blinken", "Frau Keller"
    if word.capitalised and next_is_name:
        honorific = word.text in lex.honorifics or f"{word.text}." in lex.honorifics
        role = None if honorific else lex.role_base(word.text)
        if honorific or role:
            n = finder.person_after(i + 1)
            found.append(_person(words, i, i + 1, i + 1 + n, evidence=ROLE, role=role))
    # first name and surname: "Gabrielius Landsbergis"
    if norm(word.text) in lex.first_names and next_is_name:
        n = finder.person_after(i + 1)
        found.append(_person(words, i, i, i + 1 + n, evidence=FIRST_NAME, role=None))
    # initials and a surname: "C.Y. Leung", "H. P. Kälin" (not the second initial of a name)
    if _INITIALS.match(word.text) and next_is_name and not (i and _INITIALS.match(words[i - 1].text)):
        n = finder.person_after(i + 1)
        while n and _INITIALS.match(words[i + n].text):
            n -= 1  # the name ends in a surname, not in an initial
        if n:
            found.append(_person(words, i, i, i + 1 + n, evidence=FIRST_NAME, role=None))
    # gazetteer names
    # lower-case names are listed as such ("dpa", "taz", "epd"): only an exact entry matches
    lower_name = word.text.islower() and (norm(word.bare),) in finder.lex.names
    gazetteer = finder.gazetteer(i) if word.capitalised or word.text in PARTICLES or lower_name else None
    if gazetteer is not None:
        n, entry = gazetteer
        previous = words[i - 1].text if i and finder.same_sentence(i - 1, i) else ""
        if not entry.ambiguous or previous in PLACE_PREPOSITIONS:
            found.append(_gazetteer_candidate(finder, i, n, entry))
    elif "-" in word.bare[1:]:
        found.extend(_hyphen_prefix(finder, i))
    # speech verb before a name: ", sagte Müller." / "sagte Filep Karma:"
    if _singular_speech_verb(finder, i) or word.text == "so":
        found.extend(_speaker_after_verb(finder, i))
    found.extend(_subject_speaker(finder, i))
    found.extend(_org_patterns(finder, i))
    found.extend(_federal_body(finder, i))
    found.extend(_place_with_canton(finder, i))
    return found


def _place_with_canton(finder: Finder, i: int) -> list[Candidate]:
    """ "Saas-Grund VS", "Alpnach OW": the word before a Swiss canton code is a place."""
    words = finder.words
    if words[i].text not in CANTON_CODES or not i or not finder.same_sentence(i - 1, i):
        return []
    place = words[i - 1]
    if not place.capitalised or place.punct or place.text in finder.lex.nonnames or place.initial:
        return []
    return [Candidate(i - 1, i, place.start, place.end, EntityType.LOC, place.bare, PATTERN)]


def _singular_speech_verb(finder: Finder, i: int) -> bool:
    """A speech verb that takes no object, in the singular: "sagte", not "sagten" ("warnen
    Experten") nor "meldet" ("meldet Blechschäden"): the capitalised word next to it is its speaker."""
    return finder.words[i].text in SPEAKER_VERBS


def _speaker_after_verb(finder: Finder, i: int) -> list[Candidate]:
    words = finder.words
    if not finder.same_sentence(i, i + 1) or finder.gazetteer(i + 1) is not None:
        return []
    n = min(finder.person_after(i + 1), 2)
    if n == 0 or not _looks_like_name(words[i + 1].text):
        return []
    if finder.same_sentence(i, i + 1 + n) and words[i + 1 + n].capitalised:
        return []  # "sagte Bundeskanzler Olaf ...": more capitalised words, no clear end
    start, end, name = _span(words, i + 1, i + 1 + n)
    return [Candidate(i + 1, i + 1 + n, start, end, EntityType.PER, name, SPEECH)]


def _looks_like_name(word: str) -> bool:
    """Not an adverb, adjective or abstract noun by its ending ("Ähnlich", "Unterdessen")."""
    return not word.lower().endswith(NOT_NAME_ENDINGS)


def _subject_speaker(finder: Finder, i: int) -> list[Candidate]:
    """A surname right before a speech verb, at a clause start: "Imboden sagte: ..."."""
    words = finder.words
    word = words[i]
    if not (word.initial or (i and words[i - 1].text in SUBJECT_LEFT)):
        return []
    if not finder.same_sentence(i, i + 1) or not _singular_speech_verb(finder, i + 1):
        return []
    if not finder.nameish(i) or not _looks_like_name(word.text) or finder.lex.role_of(word.text):
        return []
    if finder.gazetteer(i) is not None:
        return []
    start, end, name = _span(words, i, i + 1)
    return [Candidate(i, i + 1, start, end, EntityType.PER, name, SPEECH)]


def _gazetteer_candidate(finder: Finder, i: int, n: int, entry: GazetteerEntry) -> Candidate:
    words = finder.words
    if entry.institution:
        return _institution(finder, i, i + n, entry.canonical, kind=entry.type, evidence=GAZETTEER)
    if entry.canonical in REGIONS and i and finder.same_sentence(i - 1, i) and place_adjective(finder, i - 1):
        # "die Walliser Alpen": a range of its own, not the Alps
        start, end, surface = _span(words, i - 1, i + n)
        return Candidate(i - 1, i + n, start, end, entry.type, surface, GAZETTEER)
    start, end, surface = _span(words, i, i + n)
    name = surface if norm(surface) == norm(entry.canonical) else entry.canonical
    # the article's own spelling (ß or ss) when it is the canonical name
    return Candidate(i, i + n, start, end, entry.type, name, GAZETTEER)


def _institution(
    finder: Finder, first: int, last: int, institution: str, *, kind: EntityType, evidence: int
) -> Candidate:
    """A generic institution, or the named organisation it is part of ("Tiroler Landtag")."""
    words = finder.words
    qualified = qualify(finder, first, last, institution)
    if qualified is None:
        start, end, _ = _span(words, first, last)
        return Candidate(
            first, last, start, end, kind, institution, evidence, generic=True, institution=institution
        )
    start, end, surface = _span(words, qualified.first, qualified.last)
    name = surface if norm(surface) == norm(qualified.name) else qualified.name
    return Candidate(
        qualified.first, qualified.last, start, end, kind, name, evidence, institution=institution
    )


def _hyphen_prefix(finder: Finder, i: int) -> list[Candidate]:
    """ "Nato-Ostflanke", "US-Truppen": a mention of the known first part only."""
    word = finder.words[i]
    prefix = word.bare.split("-", 1)[0]
    entry = finder.lex.names.get((norm(prefix),))
    if entry is None or entry.ambiguous or entry.institution or not prefix[:1].isupper():
        return []
    return [Candidate(i, i + 1, word.start, word.start + len(prefix), entry.type, entry.canonical, PREFIX)]


def _org_patterns(finder: Finder, i: int) -> list[Candidate]:
    words = finder.words
    word = words[i]
    found = []
    if word.text in COMPANY_SUFFIXES and i:
        first = i
        while (
            first > 0 and i - first < 3 and finder.same_sentence(i, first - 1) and finder.nameish(first - 1)
        ):
            first -= 1
        if first < i:
            start, end, name = _span(words, first, i + 1)
            found.append(Candidate(first, i + 1, start, end, EntityType.ORG, name, PATTERN))
    if word.text in CLUB_PREFIXES:
        last = i + 1
        while (
            last - i <= 3
            and finder.same_sentence(i, last)
            and (finder.nameish(last) or words[last].text.isdigit())
        ):
            last += 1
        if last > i + 1:
            start, end, name = _span(words, i, last)
            found.append(Candidate(i, last, start, end, EntityType.ORG, name, PATTERN))
    lowered = word.text.lower()
    if word.capitalised and any(lowered.endswith(h) and len(lowered) > len(h) + 2 for h in ORG_HEADS):
        name = word.text[:-1] if word.text.endswith("s") else word.text
        if lowered.startswith("bundes"):
            # a federal ministry is one named office ("Bundeswirtschaftsministerium")
            found.append(Candidate(i, i + 1, word.start, word.end, EntityType.ORG, name, PATTERN))
        else:
            # "das Aussenministerium" names an office of some state, like "die Polizei": generic
            found.append(_institution(finder, i, i + 1, name, kind=EntityType.ORG, evidence=PATTERN))
    return found


def _federal_body(finder: Finder, i: int) -> list[Candidate]:
    """ "Bundesamt für Strassen": see :mod:`lagebild.analyse.entities_bodies`."""
    body = federal_body(finder, i)
    if body is None:
        return []
    start, stop, _ = _span(finder.words, body.first, body.last)
    org = EntityType.ORG
    return [Candidate(body.first, body.last, start, stop, org, body.name, PATTERN, institution=body.head)]


def find_candidates(words: list[Word], lex: Lexicon) -> list[Candidate]:
    """Every candidate any rule proposes; they may overlap."""
    finder = Finder(words, lex)
    candidates: list[Candidate] = []
    for i, word in enumerate(words):
        if word.punct:
            continue
        candidates.extend(_at(finder, i))
    return candidates


def resolve(candidates: list[Candidate], n_words: int) -> list[Candidate]:
    """Keep non-overlapping candidates: longer first, then stronger evidence, then earlier."""
    taken = [False] * n_words
    kept = []
    for candidate in sorted(candidates, key=lambda c: (-c.size, c.evidence, c.first)):
        if any(taken[candidate.first : candidate.last]):
            continue
        for k in range(candidate.first, candidate.last):
            taken[k] = True
        kept.append(candidate)
    kept.sort(key=lambda c: c.start)
    return kept
