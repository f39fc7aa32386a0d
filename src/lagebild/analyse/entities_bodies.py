"""Federal and cantonal bodies named by a head noun and "für": where the name runs, and its nominative.

"Bundesamt für Strassen", "Direktion für Entwicklung und Zusammenarbeit": a head noun, "für" and
its fields, the last after "und" ("für Bildung, Forschung und Innovation"; a list without "und"
at its end is no name). A declined name is given in the nominative: "des Eidgenössischen
Departements für auswärtige Angelegenheiten" -> "Eidgenössisches Departement für auswärtige
Angelegenheiten". The candidate is made in :mod:`lagebild.analyse.entities_rules`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lagebild.analyse.entities_lookup import Finder

__all__ = ["Body", "federal_body"]


@dataclass(frozen=True, slots=True)
class Body:
    first: int  # first word, the adjective included
    last: int  # word after the last
    name: str  # in the nominative: "Eidgenössisches Departement für auswärtige Angelegenheiten"
    head: str  # the head noun in the nominative ("Bundesamt"): the institution


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


def _body_field(finder: Finder, j: int) -> int:
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


def federal_body(finder: Finder, i: int) -> Body | None:
    """ "Bundesamt für Strassen", "des Eidgenössischen Departements für auswärtige
    Angelegenheiten": a body head, "für" and its fields ("für Bildung, Forschung und
    Innovation"), named in the nominative ("Eidgenössisches Departement für ...")."""
    words = finder.words
    head = _body_head(words[i].text)
    if head is None or not finder.same_sentence(i, i + 1) or words[i + 1].text != "für":
        return None
    last = i + 2
    size = _body_field(finder, last)
    if not size:
        return None
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
    # inner words as written ("Schnee- und"), the last without its punctuation
    rest = " ".join([*(w.text for w in words[i + 1 : last - 1]), words[last - 1].bare])
    name = " ".join(p for p in (prefix, head, rest) if p).replace(" ,", ",")
    return Body(first, last, name, head)
