"""Rules that propose name candidates over words: gazetteers, role cues, first names, patterns.

Every German noun is capitalised, so a capitalised word is no evidence of a name on its own.
A candidate needs positive evidence: a gazetteer entry, a first name, a role or honorific
before it, a speech verb before it (", sagte Müller."), or an organisation pattern
("... AG", "FC ...", "...ministerium"). Overlaps are settled by :func:`resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.analyse.entities_cues import (
    ARTICLE_PARTICLES,
    CANTON_CODES,
    CLUB_PREFIXES,
    COMPANY_SUFFIXES,
    MAX_SURNAME_WORDS,
    NOT_NAME_ENDINGS,
    ORG_HEADS,
    PARTICLES,
    PLACE_PREPOSITIONS,
    REGIONS,
    SPEAKER_VERBS,
    SUBJECT_LEFT,
)
from lagebild.analyse.entities_lexicon import MAX_NAME_WORDS, GazetteerEntry, Lexicon, norm
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


class _Finder:
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


def _at(finder: _Finder, i: int) -> list[Candidate]:
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


def _place_with_canton(finder: _Finder, i: int) -> list[Candidate]:
    """ "Saas-Grund VS", "Alpnach OW": the word before a Swiss canton code is a place."""
    words = finder.words
    if words[i].text not in CANTON_CODES or not i or not finder.same_sentence(i - 1, i):
        return []
    place = words[i - 1]
    if not place.capitalised or place.punct or place.text in finder.lex.nonnames or place.initial:
        return []
    return [Candidate(i - 1, i, place.start, place.end, EntityType.LOC, place.bare, PATTERN)]


def _singular_speech_verb(finder: _Finder, i: int) -> bool:
    """A speech verb that takes no object, in the singular: "sagte", not "sagten" ("warnen
    Experten") nor "meldet" ("meldet Blechschäden"): the capitalised word next to it is its speaker."""
    return finder.words[i].text in SPEAKER_VERBS


def _speaker_after_verb(finder: _Finder, i: int) -> list[Candidate]:
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


def _subject_speaker(finder: _Finder, i: int) -> list[Candidate]:
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


def _gazetteer_candidate(finder: _Finder, i: int, n: int, entry: GazetteerEntry) -> Candidate:
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
    finder: _Finder, first: int, last: int, institution: str, *, kind: EntityType, evidence: int
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


def _hyphen_prefix(finder: _Finder, i: int) -> list[Candidate]:
    """ "Nato-Ostflanke", "US-Truppen": a mention of the known first part only."""
    word = finder.words[i]
    prefix = word.bare.split("-", 1)[0]
    entry = finder.lex.names.get((norm(prefix),))
    if entry is None or entry.ambiguous or entry.institution or not prefix[:1].isupper():
        return []
    return [Candidate(i, i + 1, word.start, word.start + len(prefix), entry.type, entry.canonical, PREFIX)]


def _org_patterns(finder: _Finder, i: int) -> list[Candidate]:
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


# head nouns of a federal or cantonal body named by "für": "Bundesamt für Energie", "Direktion
# für Entwicklung und Zusammenarbeit"; nominative -> whether it is feminine (its adjective's ending)
_BODY_HEADS = {
    "Bundesamt": False,
    "Amt": False,
    "Staatssekretariat": False,
    "Departement": False,
    "Institut": False,
    "Direktion": True,
    "Kommission": True,
}
# "Eidgenössisches Departement", "des Kantonalen Amts": the adjective stems before such a head
_BODY_ADJECTIVES = ("Eidgenössisch", "Kantonal")
_ARTICLE_WORDS = frozenset({"der", "die", "das", "den", "dem", "des", "und", "oder"})


def _body_head(word: str) -> str | None:
    """ "Bundesamts" -> "Bundesamt": the nominative of a body head noun, else None."""
    for form in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if form in _BODY_HEADS:
            return form
    return None


def _body_field(finder: _Finder, j: int) -> int:
    """Words from ``j`` on of one field after "für": a noun, maybe after an adjective
    ("auswärtige Angelegenheiten") or a truncated compound ("Schnee- und Lawinenforschung")."""
    words = finder.words

    def noun(k: int) -> bool:
        word = words[k]
        return (
            finder.same_sentence(j, k)
            and word.capitalised
            and not word.punct
            and not (word.text.isupper() and len(word.text) > 1)  # "BFE": an abbreviation after it
            and word.text not in finder.lex.nonnames
        )

    if not finder.same_sentence(j, j):
        return 0
    if noun(j):
        return 1
    word = words[j].text
    if (
        word.isalpha()
        and word.islower()
        and word not in _ARTICLE_WORDS
        and word.endswith(("e", "en", "es", "er"))
    ):
        return 2 if finder.same_sentence(j, j + 1) and noun(j + 1) else 0
    return 0


def _federal_body(finder: _Finder, i: int) -> list[Candidate]:
    """ "Bundesamt für Strassen", "des Eidgenössischen Departements für auswärtige
    Angelegenheiten": a body head, "für" and its fields ("für Bildung, Forschung und
    Innovation"), named in the nominative ("Eidgenössisches Departement für ...")."""
    words = finder.words
    head = _body_head(words[i].text)
    if head is None or not finder.same_sentence(i, i + 1) or words[i + 1].text != "für":
        return []
    last = i + 2
    size = _body_field(finder, last)
    if not size:
        return []
    last += size
    # more fields: ", Verkehr" ... "und Kommunikation"; a list without "und" at its end is no name
    end = last
    while finder.same_sentence(i, end + 1) and words[end].text in {",", "und"}:
        more = _body_field(finder, end + 1)
        if not more:
            break
        closing = words[end].text == "und"
        end += 1 + more
        if closing:
            last = end
            break
    first, prefix = i, ""
    if i and finder.same_sentence(i - 1, i):
        before = words[i - 1].text
        stem = next((s for s in _BODY_ADJECTIVES if before.startswith(s)), None)
        if stem is not None and before[len(stem) :] in {"e", "es", "er", "en", "em"}:
            first, prefix = i - 1, stem + ("e" if _BODY_HEADS[head] else "es")
    start, stop, _ = _span(words, first, last)
    # inner words as written ("Schnee- und"), the last without its punctuation
    rest = " ".join([*(w.text for w in words[i + 1 : last - 1]), words[last - 1].bare])
    name = " ".join(p for p in (prefix, head, rest) if p).replace(" ,", ",")
    return [Candidate(first, last, start, stop, EntityType.ORG, name, PATTERN, institution=head)]


def find_candidates(words: list[Word], lex: Lexicon) -> list[Candidate]:
    """Every candidate any rule proposes; they may overlap."""
    finder = _Finder(words, lex)
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
