"""Whether capitalised words in marks are a quotation or a name: "bezeichnete die Pläne als
„Wortbruch“" and "„Kapitulation“, sagte der Minister" quote someone; "schrieb die „Süddeutsche
Zeitung“" and "Gegenüber der «Neuen Zürcher Zeitung» sagte ..." name a paper.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.analyse.quotes_marks import PAPER_ENDINGS, MarkedQuote
from lagebild.analyse.quotes_media import is_medium_name
from lagebild.analyse.quotes_title import addressed_medium

if TYPE_CHECKING:
    from lagebild.analyse.entities_words import Word
    from lagebild.analyse.quotes_clause import Speakers

__all__ = ["is_quotation"]

_SHORT_TITLE = 4  # words in marks (with the opening mark) of a paper's or programme's name


def is_quotation(words: list[Word], speakers: Speakers, quote: MarkedQuote) -> bool:
    """Capitalised words in marks are a quotation, not a name or title, when the sentence calls
    something so ("bezeichnete die Pläne als „Wortbruch“"), when a single word names nothing the
    entity stage knows („Kapitulation“), or when a speech verb stands outside the marks."""
    open_ = speakers.word_at(quote.start - 1)
    close = speakers.word_at(quote.end)
    if open_ is None or close is None:
        return False
    if open_ > 0 and words[open_ - 1].text.lower() == "als":
        return True
    if any(speakers.mention_at[k] is not None for k in range(open_, close)):
        return False  # „Süddeutsche Zeitung“, «Titanic» known as a name
    if close - open_ == 2:
        # "wie X im «Regionaljournal» sagte": a listed medium's name in marks is no quotation
        return not (addressed_medium(speakers, open_) or is_medium_name(words[open_ + 1].text))
    title = " ".join(w.text for w in words[open_ + 1 : close])
    if close - open_ <= _SHORT_TITLE and (is_medium_name(title) or addressed_medium(speakers, open_)):
        # a short title in marks that names a medium, or where a paper is spoken to or cites:
        # "gegenüber «20 Minuten»", "zitierte der «Bote der Urschweiz» X"
        return False
    if words[close - 1].text.lower().endswith(PAPER_ENDINGS):
        return False  # "Gegenüber der «Neuen Zürcher Zeitung» sagte ...": a paper's name, inflected
    sentence = words[open_].sentence
    before = range(open_ - 1, -1, -1)
    after = range(close + 1, len(words))
    for side in (before, after):
        for k in side:
            if words[k].sentence != sentence:
                break
            if speakers.is_cue(k):
                return True
    return False
