"""Word tables of the name rules (:mod:`lagebild.analyse.entities_rules`): particles, the words
that announce a place, a company, a club or a speaker, and the endings of words that are no names.
Closed sets of function words and codes, kept beside the rules that read them.
"""

from __future__ import annotations

__all__ = [
    "ARTICLE_PARTICLES",
    "CANTON_CODES",
    "CLUB_PREFIXES",
    "COMPANY_SUFFIXES",
    "MAX_SURNAME_WORDS",
    "NOT_NAME_ENDINGS",
    "ORG_HEADS",
    "PARTICLES",
    "PLACE_PREPOSITIONS",
    "REGIONS",
    "SPEAKER_VERBS",
    "SUBJECT_LEFT",
]

PARTICLES = frozenset(
    {"von", "van", "de", "der", "den", "da", "di", "del", "du", "zu", "bin", "al", "el", "ter"}
)
# "der"/"den" are name particles only after "von"/"van" ("von der Leyen"), else articles
ARTICLE_PARTICLES = frozenset({"der", "den"})
# what may stand before a subject-first speaker: "Imboden sagte:", ", Imboden sagte"
SUBJECT_LEFT = frozenset({",", ":", "und", "aber", "(", "–", "-"})
PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "im",
        "aus",
        "nach",
        "bei",
        "von",
        "vom",
        "bis",
        "Kanton",
        "Kantons",
        "Stadt",
        "Region",
        "Gemeinde",
    }
)
COMPANY_SUFFIXES = frozenset(
    {"AG", "GmbH", "SE", "KG", "Inc", "Inc.", "Ltd", "Ltd.", "Holding", "Group", "SA"}
)
CLUB_PREFIXES = frozenset(
    {"FC", "SC", "VfB", "VfL", "BSC", "FK", "SV", "TSV", "HC", "EHC", "EV", "AC", "SSC", "FSV"}
)
#: Swiss canton codes, written after a place to say which canton it lies in ("Alpnach OW")
CANTON_CODES = frozenset(
    {
        "AG",
        "AI",
        "AR",
        "BE",
        "BL",
        "BS",
        "FR",
        "GE",
        "GL",
        "GR",
        "JU",
        "LU",
        "NE",
        "NW",
        "OW",
        "SG",
        "SH",
        "SO",
        "SZ",
        "TG",
        "TI",
        "UR",
        "VD",
        "VS",
        "ZG",
        "ZH",
    }
)
# mountain ranges and regions that a place adjective makes a name of its own ("Walliser Alpen")
REGIONS = frozenset({"Alpen", "Voralpen", "Jura", "Oberland", "Unterland", "Mittelland"})
ORG_HEADS = ("ministerium", "ministeriums", "departement", "departements")
MAX_SURNAME_WORDS = 3
# speech verbs whose neighbour is the speaker, not an object; chosen by hand from the errors on
# GermEval 2014 dev ("meldet Blechschäden", "fordert Konsequenzen")
SPEAKER_VERBS = frozenset(
    {
        "sagte",
        "sagt",
        "erklärte",
        "erklärt",
        "betonte",
        "betont",
        "meinte",
        "meint",
        "ergänzte",
        "ergänzt",
        "schreibt",
        "schrieb",
        "warnte",
        "warnt",
        "kommentierte",
        "bestätigte",
        "präzisierte",
        "antwortete",
        "antwortet",
        "erwiderte",
        "entgegnete",
        "unterstrich",
        "bekräftigte",
        "mahnte",
        "fragte",
        "fragt",
        "sprach",
        "spricht",
        "resümierte",
        "bilanzierte",
        "erzählte",
        "erzählt",
        "berichtete",
        "beteuerte",
        "versicherte",
        "klagte",
    }
)
# endings of capitalised words that are not names when they start a clause
NOT_NAME_ENDINGS = (
    "lich",
    "ig",
    "isch",
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "weise",
    "mals",
    "dessen",
    "ens",
    "end",
    "falls",
    "halb",
    "wärts",
    "ismus",
    "ität",
    "ern",
    "eln",
)
