"""Whose view words in marks are when a clause opens with "für": "Für Stadtrat Beat Imhof ist
der Entscheid „ein Affront“", "Für die Gewerkschaft war das „Wortbruch“". The person or group
after "für" holds the view; the clause's subject is what the view is about."""

from __future__ import annotations

from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.model import EntityType, Span

__all__ = ["CARRIERS", "holder_inside", "view_holder"]

# verbs of the clause that only carry the view: "Für X ist/sei/bleibt ...", "Für X hält ..."
CARRIERS = frozenset({"hält", "halten", "hielt", "hielten"})
_ARTICLES = frozenset({"den", "die", "das", "einen", "eine", "ein", "seinen", "ihren", "ihre", "seine"})
_REACH = 6  # words from "für" to the person or group it names


def _holder(sp: SpeakerWords, f: int, stop: int) -> Attribution | None:
    """The person, organisation or role that the words after "für" at word ``f`` name."""
    for j in range(f + 1, min(stop, f + 1 + _REACH)):
        word = sp.words[j]
        if word.punct or sp.quoted[j]:
            return None
        if sp.mention_at[j] is not None:
            mention = sp.article.mentions[sp.mention_at[j] or 0]
            if mention.type not in {EntityType.PER, EntityType.ORG}:
                return None  # "Für Deutschland ist das „ein Gewinn“": a country's sake
            return sp._speaker_word(j)
        if word.capitalised and sp.lex.role_of(word.text):
            found = sp._speaker_word(j)
            return found if found is not None else Attribution(None, Span(word.start, word.end), None)
        if word.capitalised and j + 1 < stop and sp.mention_at[j + 1] is not None:
            continue  # "Für den Theologen Hans Keller": the name after the noun
        if word.capitalised:
            return None  # "Für die Sanierung braucht es ...": a purpose, not a person
        if word.text not in _ARTICLES and not word.text.endswith(("e", "en", "er", "es", "em")):
            return None
    return None


def view_holder(sp: SpeakerWords, first: int, open_: int) -> Attribution | None:
    """The holder named by "Für ..." at the start of the sentence from word ``first``, when no
    speech verb stands between it and the opening mark at ``open_``."""
    if open_ - first < 3 or sp.words[first].text != "Für":
        return None
    found = _holder(sp, first, open_)
    if found is None:
        return None
    for k in range(first + 1, open_):
        if sp.words[k].text in CARRIERS or sp.quoted[k]:
            continue
        if sp.is_cue(k):
            return None  # "Für die Stiftung sagte ihr Präsident: „...“": he speaks
    cue = sp.words[first]
    return Attribution(found.speaker, found.speaker_span, Span(cue.start, cue.end))


# verbs that make "für X" inside a clause whose view it is: "..., war für den Verband „Wortbruch“"
# nouns for groups and for people by what they do: "Lehrerverbände", "Gewerkschaft", "Anwohner"
_GROUP_ENDINGS = (
    "verband",
    "verbände",
    "verbänden",
    "gewerkschaft",
    "gewerkschaften",
    "partei",
    "parteien",
    "er",
    "ern",
)
_COPULAS = frozenset({"ist", "war", "sei", "wäre", "sind", "waren", "seien", "bleibt", "blieb"})


def _group(sp: SpeakerWords, f: int, stop: int) -> Attribution | None:
    """ "für die Lehrerverbände", "für die Anwohner": an article and a noun naming a group or
    people by what they do; not "für die Sanierung" (a purpose)."""
    if f + 2 >= stop or sp.words[f + 1].text not in _ARTICLES:
        return None
    noun = sp.words[f + 2]
    if not noun.capitalised or sp.quoted[f + 2] or not noun.text.lower().endswith(_GROUP_ENDINGS):
        return None
    return Attribution(None, Span(sp.words[f + 1].start, noun.end), None)


def holder_inside(sp: SpeakerWords, start: int, stop: int, open_: int) -> Attribution | None:
    """ "Was für die Direktorin eine „kluge Lösung“ ist, bleibt für den Verband „ein Wortbruch“":
    "für" and a person or group inside the clause (words ``start`` to ``stop``) of the marks at
    ``open_``, with a form of "sein" or "bleiben", holds the view; the nearest "für" before the
    marks, not the first one of the sentence."""
    words = [k for k in range(start, stop) if not sp.quoted[k]]
    if not any(sp.words[k].text in _COPULAS for k in words):
        return None
    for k in range(open_ - 1, start - 1, -1):
        if sp.words[k].text.lower() == "für" and not sp.quoted[k]:
            found = _holder(sp, k, open_) or _group(sp, k, open_)
            if found is None:
                return None
            cue = sp.words[k]
            return Attribution(found.speaker, found.speaker_span, Span(cue.start, cue.end))
    return None
