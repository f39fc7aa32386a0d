"""The trained CRF and the rules together: which mentions the entity stage keeps.

Three systems, so each can be measured on its own (``lagebild eval ner --system``):

- ``rules``: gazetteers, role cues, first names, organisation patterns
  (:mod:`lagebild.analyse.entities_rules`);
- ``crf``: the CRF trained on GermEval 2014 (:mod:`lagebild.analyse.ner`);
- ``combined`` (the default): the CRF's mentions, then the rules add and fix them
  (:mod:`lagebild.analyse.entities_combine`).

Document-level consistency comes after, in :func:`lagebild.analyse.entities.link_entities`:
one entity per real-world thing and every mention typed like its entity.
The choices were measured on GermEval bucket 1 with a CRF trained on buckets 2-4, never on the
held-out bucket.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from lagebild.analyse.entities_combine import combine
from lagebild.analyse.entities_cues import CANTON_CODES
from lagebild.analyse.entities_forms import name_base
from lagebild.analyse.entities_lexicon import Lexicon, norm
from lagebild.analyse.entities_rules import (
    CRF,
    FIRST_NAME,
    GAZETTEER,
    PATTERN,
    PREFIX,
    ROLE,
    Candidate,
    find_candidates,
    resolve,
)
from lagebild.analyse.entities_words import Word, sentence_ranges
from lagebild.analyse.ner.conll import spans_of
from lagebild.analyse.ner.features import known_word
from lagebild.analyse.ner.model import NerModel
from lagebild.analyse.ner.stack import rule_marks
from lagebild.model import EntityType

__all__ = ["System", "candidates", "combine", "crf_candidates"]

_ADD = frozenset({GAZETTEER, ROLE, FIRST_NAME, PATTERN, PREFIX})
_REPLACE = frozenset({GAZETTEER, ROLE, FIRST_NAME})


class System(StrEnum):
    RULES = "rules"
    CRF = "crf"
    COMBINED = "combined"


def _canonical(surface: str, kind: EntityType, lex: Lexicon) -> str:
    """The gazetteer name of a place or organisation ("Russlands" -> "Russland"), else the words."""
    if kind is EntityType.PER:
        return surface
    key = tuple(norm(surface).split())
    entry = lex.names.get(key)
    if entry is None and key and key[-1].endswith("s"):
        entry = lex.names.get((*key[:-1], key[-1][:-1]))
    if entry is not None and entry.type is kind:
        return entry.canonical
    # "in der Deutschen Bucht" -> "Deutsche Bucht"
    return " ".join(name_base(surface.split()))


#: A CRF mention the rules do not back needs this marginal probability on every word; chosen on
#: the examples/ corpus (eval/run.py): 0.5 trades 0.7 points of entity recall there for 1.4 of
#: precision; on GermEval it changes little (0.738 -> 0.741 news F1 of the CRF).
MIN_CONFIDENCE = 0.5
_LEADING = frozenset({"Der", "Die", "Das", "Den", "Dem", "Des", "der", "die", "das", "den", "dem", "des"})
# capitalised at a sentence start only: the model sometimes takes them into the name ("Und Tischer")
_LEADING_SENTENCE = frozenset(
    {
        "Und",
        "Aber",
        "Auch",
        "Doch",
        "Denn",
        "Oder",
        "Sondern",
        "Als",
        "Wie",
        "Wenn",
        "Weil",
        "Dass",
        "Ob",
        "So",
        "Nur",
        "Noch",
        "Schon",
        "Dann",
        "Da",
        "Dort",
        "Hier",
        "Nach",
        "Vor",
        "Mit",
        "Bei",
        "Für",
        "Von",
        "Aus",
        "Zu",
        "Im",
        "Am",
        "Beim",
        "Vom",
        "Zum",
        "Zur",
        "Ein",
        "Eine",
        "Einer",
        "Einem",
        "Einen",
        "Eines",
        "Dieser",
        "Diese",
        "Dieses",
        "Laut",
        "Gegen",
        "Seit",
        "Um",
        "Unter",
    }
)
# lower-case words that may stand inside a name ("Bundesamt für Umwelt", "Ole von Beust")
_INNER = frozenset(
    {"von", "van", "der", "den", "des", "de", "di", "da", "du", "für", "und", "am", "im", "zu", "of"}
)
# currencies and units the model learned as OTH from GermEval; not entities in a digest
_NOT_OTH = frozenset({"Euro", "Franken", "Dollar", "Pfund", "Rubel", "Yen", "Cent", "Rappen"})


# heads of nouns that say what kind of company follows ("Logistikkonzern", "Rettungsunternehmen")
_DESCRIPTORS = ("unternehmen", "konzern", "firma", "hersteller", "anbieter", "dienstleister", "betreiber")
# nouns used as prepositions, never inside a name ("Chiang Mai" is, so not every non-name word)
_ENDS_NAME = frozenset({"Richtung", "Anfang", "Ende"})
# words that name the kind of place before the place: "im Kanton Wallis" is Wallis
_PLACE_CLASSES = frozenset({"Kanton", "Kantons", "Bundesland", "Bundeslandes", "Gemeinde", "Region"})


def _trim(words: Sequence[Word], i: int, j: int, kind: str) -> tuple[int, int]:
    """The words of a CRF span that belong to the name: without a leading article ("Die
    Bundesliga" at a sentence start), a place class ("Kanton Wallis"), a Swiss canton code
    ("Alpnach OW"), nor what follows a noun used as a preposition ("FC Basel Richtung
    Stuttgart")."""
    while i < j and (words[i].text in _LEADING or (words[i].initial and words[i].text in _LEADING_SENTENCE)):
        i += 1
    # "Rettungsunternehmen Air Zermatt", "Chemiekonzern Bayer": the kind of company goes
    while j - i > 1 and words[i].text.lower().endswith(_DESCRIPTORS):
        i += 1
    if kind == "LOC":
        while j - i > 1 and words[i].text in _PLACE_CLASSES:
            i += 1
    for k in range(i + 1, j):
        if words[k].text in _ENDS_NAME:
            j = k
            break
    code = words[j - 1].text if j - i > 1 else ""
    if code in CANTON_CODES and (kind == "LOC" or code != "AG"):
        j -= 1  # "Saas-Grund VS" (the model may call the pair an organisation; "X AG" is one)
    return i, j


def _split_by_rules(words: Sequence[Word], i: int, j: int, rules: Sequence[Candidate]) -> bool:
    """Whether the rules found two names where the CRF found one over "und": "Liste Fritz und
    Grüne" is two parties. "Industrie- und Handelskammer" stays one name."""
    for k in range(i + 1, j - 1):
        if words[k].text != "und":
            continue
        if any((i <= c.first and c.last == k) or (k + 1 == c.first and c.last <= j) for c in rules):
            return True
    return False


def _place_and_noun(words: Sequence[Word], i: int, j: int) -> bool:
    """ "Münchner Hauptbahnhof", "Hamburger Containerterminal": a place adjective and an ordinary
    noun describe a thing of the place; the model learned such pairs from names ("Kölner Dom")."""
    if j - i != 2 or not words[i].capitalised or not words[i].text.endswith("er"):
        return False
    noun = words[i + 1].bare
    return noun[:1].isupper() and "-" not in noun and known_word(noun)


def _plausible(words: Sequence[Word], kind: str) -> bool:
    """Drop spans the CRF runs over a clause ("Die Zentralbahn fährt zwischen Hergiswil")."""
    if any(w.text[:1].islower() and w.text not in _INNER for w in words):
        return False
    if words[-1].text in _INNER:
        return False
    return not (kind == "OTH" and words[0].bare in _NOT_OTH)


def crf_candidates(
    words: Sequence[Word],
    model: NerModel,
    lex: Lexicon,
    rules: Sequence[Candidate],
    min_confidence: float = MIN_CONFIDENCE,
    *,
    outside: list[float] | None = None,
) -> list[Candidate]:
    """The CRF's mentions, sentence by sentence; ``rules`` are the rules' mentions, its features.

    ``outside``, when given, is filled with the model's probability per word that the word is
    outside any name (for :func:`lagebild.analyse.entities_combine.combine`).
    """
    found: list[Candidate] = []
    marks = rule_marks(rules, [w.start for w in words])
    for first, stop in sentence_ranges(words):
        tags, confidence, no_name = model.tag_with_marginals(
            [w.text for w in words[first:stop]], marks[first:stop] if model.stacked else None
        )
        if outside is not None:
            outside.extend(no_name)
        for a, b, kind in spans_of(tags):
            if min(confidence[a:b]) < min_confidence and not any(marks[first + a : first + b]):
                continue  # an unsure guess the rules do not back
            i, j = first + a, first + b
            role = None
            # the model sometimes takes the role into the name: "Amtsinhaber Ole von Beust"
            if (
                kind == "PER"
                and j - i > 1
                and (lex.role_of(words[i].text) or words[i].text in lex.honorifics)
            ):
                role = lex.role_base(words[i].text)
                i += 1
            if kind == "PER" and lex.role_of(words[j - 1].text):
                continue  # "Wetzlars Coach Gennadij Chalepo": a name does not end in a role
            i, j = _trim(words, i, j, kind)
            if i == j or not _plausible(words[i:j], kind) or _split_by_rules(words, i, j, rules):
                continue
            if _place_and_noun(words, i, j) and not any(marks[i:j]):
                continue
            if j - i == 1 and words[i].text in CANTON_CODES and i > first and words[i - 1].capitalised:
                continue  # "Saas-Grund VS": the canton of the place before, not an organisation
            start, end = words[i].start, words[j - 1].start + len(words[j - 1].bare)
            surface = " ".join(w.bare for w in words[i:j])
            entity_type = EntityType(kind)
            name = _canonical(surface, entity_type, lex)
            found.append(Candidate(i, j, start, end, entity_type, name, CRF, role))
    return found


def candidates(
    words: list[Word], lex: Lexicon, model: NerModel | None, system: System = System.COMBINED
) -> list[Candidate]:
    """The mentions ``system`` finds in ``words``, before document-level linking."""
    rules = resolve(find_candidates(words, lex), len(words))
    if system is System.RULES or model is None:
        return rules
    outside: list[float] = []
    crf = crf_candidates(words, model, lex, rules, outside=outside)
    if system is System.CRF:
        return crf
    return combine(crf, rules, words, outside, ordinary_words(words, lex))


def ordinary_words(words: Sequence[Word], lex: Lexicon) -> frozenset[int]:
    """Indices of words the German dictionary knows and no name list holds ("Atomkerne", "Wiener")."""
    return frozenset(
        k
        for k, w in enumerate(words)
        if w.text[:1].isalpha()
        and norm(w.bare) not in lex.first_names
        and (norm(w.bare),) not in lex.names
        and known_word(w.bare)
    )
