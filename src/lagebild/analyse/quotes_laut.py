"""The source after "laut" with the genitive that owns it: "laut Vorschlag der CDU", "laut
einem Bericht des Magazins Spiegel" (the CDU's proposal, the magazine's report)."""

from __future__ import annotations

from lagebild.analyse.quotes_bodies import body_name
from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.model import Span

__all__ = ["with_genitive"]

_GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer"})
_ADJECTIVES = 3  # lower-case words between the genitive article and its noun
_NAME_WORDS = 5  # capitalised words of the genitive's noun and name


def with_genitive(sp: SpeakerWords, start: int, j: int, stop: int) -> Attribution:
    """Words ``start`` .. ``j`` (a noun) and a genitive after them, with the entity it names."""
    end, entity = j, None
    body = body_name(sp, j, stop)
    if body is not None:
        # "laut dem Bundesamt für Energie": the body's whole name
        return Attribution(body[1], Span(sp.words[start].start, sp.words[body[0]].end), None)
    if j + 2 < stop and sp.words[j + 1].text in _GENITIVE_ARTICLES:
        k = j + 2
        while k < min(stop, j + 2 + _ADJECTIVES) and sp.words[k].text[:1].islower():
            k += 1  # "des staatlichen Senders"
        limit = min(stop, k + _NAME_WORDS)
        while k < limit and sp.words[k].capitalised and not sp.words[k].punct:
            found = sp._speaker_word(k)
            entity = entity if found is None or found.speaker is None else found.speaker
            end = k
            k += 1
    return Attribution(entity, Span(sp.words[start].start, sp.words[end].end), None)
