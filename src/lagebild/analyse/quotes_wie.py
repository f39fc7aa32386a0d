"""Whose words in marks are when the sentence opens with a "wie"-clause that names a speaker.

"Wie Urs Gerber, der als Beobachter in Chur anwesend war, dazu festhält, verlangt «das Gesetz
eine klare Absicht»": the clause in front says who speaks for the rest of the sentence; the verb
after it ("verlangt") belongs to the quoted words, its subject stands inside the marks.
"""

from __future__ import annotations

from lagebild.analyse.quotes_clause import Attribution, Speakers
from lagebild.model import Span

__all__ = ["wie_speaker"]

_REACH = 32  # words from "Wie" to the verb of its clause (an apposition or relative clause between)
_COMMAS = 2  # commas between "Wie" and its verb: "Wie X, ein Sprecher der Partei, mitteilte,"


def wie_speaker(speakers: Speakers, first: int, open_: int) -> Attribution | None:
    """The speaker of the "Wie X sagte," clause that opens the sentence at word ``first``, when
    the marks at ``open_`` come after it."""
    words = speakers.words
    if words[first].text != "Wie" or speakers.quoted[first]:
        return None
    commas = 0
    for c in range(first + 1, min(open_ - 1, first + 1 + _REACH)):
        if speakers.quoted[c]:
            return None
        if words[c].text == ",":
            commas += 1
            if commas > _COMMAS:
                return None
            continue
        if speakers.is_cue(c) and words[c + 1].text == ",":
            who = speakers.after(first, c) or speakers.around(c, first + 1, c)
            if who.speaker is None and who.speaker_span is None:
                return None
            cue = words[c]
            return Attribution(who.speaker, who.speaker_span, Span(cue.start, cue.end))
    return None
