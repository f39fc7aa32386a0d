"""Quotes told right after a name in a list of speakers: "so der Bürgermeister Urs Keller, die
Leiterin der Stiftung, Anna Berger („Niemand hat es mehr verdient.“), und der Präsident Beat
Imhof: „Der Preis kommt nicht zu früh.“" – each quote belongs to the name right before it, not
to the verb the list hangs on."""

from __future__ import annotations

from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.analyse.quotes_words import _INFLECTED
from lagebild.model import EntityType

__all__ = ["listed_speaker"]

_JOINERS = frozenset({"und", "sowie", "oder", "der", "die", "das", "des", "ein", "eine", "eines", "einer"})


def _person_before(sp: SpeakerWords, k: int) -> int | None:
    """The first word of the person's name that ends at word ``k``."""
    index = sp.mention_at[k] if k >= 0 else None
    if index is None or sp.quoted[k] or sp.article.mentions[index].type is not EntityType.PER:
        return None
    while k > 0 and sp.mention_at[k - 1] == index:
        k -= 1
    return k


def _verbless_item(sp: SpeakerWords, start: int) -> bool:
    """The words before ``start`` back to a comma are a list item with no verb of its own:
    ", und der norwegische Ministerpräsident" (articles, adjectives, nouns)."""
    k = start - 1
    while k >= 0 and sp.words[k].text != ",":
        word = sp.words[k]
        if sp.quoted[k] or word.punct:
            return False
        if not (word.capitalised or word.text in _JOINERS or word.text.endswith(_INFLECTED)):
            return False
        if not word.capitalised and sp.is_cue(k):
            return False
        k -= 1
    return k >= 0 and sp.words[k].text == "," and not sp.quoted[k]


def listed_speaker(sp: SpeakerWords, open_: int) -> Attribution | None:
    """The person named right before the opening mark at word ``open_``, behind "(" or ":"."""
    if open_ < 2 or sp.words[open_ - 1].text not in {"(", ":"}:
        return None
    start = _person_before(sp, open_ - 2)
    if start is None:
        return None
    if sp.words[open_ - 1].text == ":" and not _verbless_item(sp, start):
        return None  # "Er wandte sich an Urs Keller: „...“", "Keller sagte:": other rules
    return sp._speaker_word(open_ - 2)
