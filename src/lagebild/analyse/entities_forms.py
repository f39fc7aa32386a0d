"""Base forms of the words of a name: the form an entity is listed under, not the one the
sentence needed.

German inflects the adjectives inside names ("in der Deutschen Bucht", "nach Angaben der
Hanseatischen Terminal AG", "das russische Aussenministerium"). The canonical name of an entity
uses the strong nominative form ("Deutsche Bucht", "Russisches Aussenministerium"), which depends
on the grammatical gender of the name's head noun. The gender is read from the noun's ending; a
noun whose ending says nothing leaves the name as written.
"""

from __future__ import annotations

__all__ = ["adjective_base", "gender", "name_base", "national_adjective", "strong_form"]

# Endings of nouns (and whole short nouns) by gender, for the heads of organisation and place
# names. Longest match wins ("Gerichtshof" is masculine by "hof", "Gericht" neuter).
_GENDER_ENDINGS: dict[str, str] = {
    **dict.fromkeys(
        (
            "ung",
            "heit",
            "keit",
            "schaft",
            "tät",
            "ion",
            "ei",
            "ie",
            "ik",
            "ur",
            "bucht",
            "bahn",
            "bank",
            "kammer",
            "union",
            "zeitung",
            "armee",
            "wehr",
            "behörde",
            "versammlung",
            "marine",
            "waffe",
            "ag",
            "gmbh",
            "stiftung",
            "schule",
            "klinik",
            "gruppe",
            "liga",
            "allianz",
            "agentur",
            "regierung",
            "polizei",
            "gewerkschaft",
            "anstalt",
            "kasse",
            "mündung",
            "insel",
            "küste",
            "region",
            "provinz",
        ),
        "f",
    ),
    **dict.fromkeys(
        (
            "ministerium",
            "amt",
            "gericht",
            "spital",
            "departement",
            "parlament",
            "institut",
            "büro",
            "kommando",
            "komitee",
            "sekretariat",
            "zentrum",
            "werk",
            "haus",
            "museum",
            "theater",
            "gremium",
            "forum",
            "netzwerk",
            "kabinett",
            "konsulat",
            "tal",
            "gebirge",
            "land",
            "meer",
        ),
        "n",
    ),
    **dict.fromkeys(
        (
            "rat",
            "tag",
            "dienst",
            "senat",
            "bund",
            "verband",
            "verein",
            "konzern",
            "hof",
            "rundfunk",
            "fonds",
            "kanton",
            "hafen",
            "bahnhof",
            "platz",
            "kreis",
            "bezirk",
            "pass",
            "berg",
            "fluss",
            "konzil",
            "ausschuss",
            "gipfel",
            "club",
            "klub",
        ),
        "m",
    ),
}
_LONGEST = max(len(e) for e in _GENDER_ENDINGS)
_STRONG = {"f": "e", "n": "es", "m": "er"}
# inflected endings of an adjective, longest first
_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")


def gender(noun: str) -> str | None:
    """ "f", "m" or "n" for a head noun by its ending, or None when the ending says nothing."""
    lowered = noun.lower()
    for size in range(min(_LONGEST, len(lowered)), 1, -1):
        found = _GENDER_ENDINGS.get(lowered[-size:])
        if found is not None:
            return found
    return None


def strong_form(stem: str, noun_gender: str) -> str:
    """The strong nominative adjective before a noun of ``noun_gender``: "Deutsch" -> "Deutsche"."""
    return stem + _STRONG[noun_gender]


def _stem(word: str) -> str | None:
    for ending in _ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return None


def adjective_base(word: str, head: str) -> str:
    """``word``, an inflected adjective before the noun ``head``, in its strong nominative form.

    Only "-ischen"/"-schen"-like adjectives are touched ("Deutschen", "Technischen",
    "Hanseatischen"): other words ending in "-en" are as often nouns ("Bremen", "Essen").

    >>> adjective_base("Deutschen", "Bucht")
    'Deutsche'
    """
    noun_gender = gender(head)
    if noun_gender is None or not word[:1].isupper():
        return word
    lowered = word.lower()
    if not lowered.endswith(("schen", "ischen", "ischem", "ischer", "isches", "ische")):
        return word
    stem = _stem(word)
    return word if stem is None else strong_form(stem, noun_gender)


def national_adjective(word: str, head: str) -> str | None:
    """ "russische" before "Aussenministerium" -> "Russisches"; None when ``word`` is no adjective
    of a country or region ("-isch", "deutsch") or the head's gender is unknown."""
    noun_gender = gender(head)
    lowered = word.lower()
    if noun_gender is None or not word[:1].isalpha():
        return None
    stem = _stem(lowered)
    if stem is None or not (stem.endswith("isch") or stem == "deutsch"):
        return None
    return strong_form(stem[:1].upper() + stem[1:], noun_gender)


def name_base(parts: list[str]) -> list[str]:
    """The words of a place or organisation name with its leading adjectives in their base
    form: ["Deutschen", "Bucht"] -> ["Deutsche", "Bucht"], ["Technischen", "Universität",
    "Hamburg"] -> ["Technische", "Universität", "Hamburg"]. The head is the last word whose
    gender is known ("AG" in "Hanseatischen Terminal AG")."""
    head = next((p for p in reversed(parts[1:]) if gender(p) is not None), None)
    if head is None:
        return parts
    out = list(parts)
    for k, part in enumerate(parts[:-1]):
        base = adjective_base(part, head)
        if base == part:
            break
        out[k] = base
    return out
