"""The medium that passes a quote on, next to who said it (``Quote.source``).

News often names both the person whose words they are and the paper, agency or page that
reported them: "„…“, zitiert die «Luzerner Zeitung» Polizeisprecher Kurt Meier" – Meier speaks,
the paper is the source. Likewise "Urs Tanner wird von der NZZ mit den Worten zitiert", "Ein
Fernsehsender zitierte Alain Berset mit den Worten: …", "bestätigte der Minister laut Reuters,
dass …", "sagte Meier gegenüber SRF", "sagte Meier der «Aargauer Zeitung»".

The source is looked for in the sentence of the quote's cue, outside the quote, and is never the
speaker. In a sentence with "zitieren" any medium, page or title there is the source; elsewhere
a medium must stand after "laut", "nach Angaben", "gegenüber", "im Interview mit", or in the
dative right after the speaker's name. What counts as a medium is
:mod:`lagebild.analyse.quotes_media`.
"""

from __future__ import annotations

import dataclasses

from lagebild.analyse.quotes_clause import Speakers
from lagebild.analyse.quotes_media import is_medium
from lagebild.analyse.quotes_sources import web_address
from lagebild.analyse.quotes_speaker import Attribution
from lagebild.analyse.quotes_words import _INFLECTED, _OPENING_MARKS
from lagebild.model import EntityType, Quote, QuoteKind, Span

__all__ = ["with_sources"]

_CITES = frozenset({"zitiert", "zitierte", "zitieren", "zitierten", "zitiere"})
# prepositions before a medium that passed words on or was spoken to
_BEFORE_MEDIUM = frozenset({"laut", "gemäss", "gemäß", "gegenüber", "im", "in", "auf"})
_DATIVE = frozenset({"der", "dem"})  # "sagte Meier der «Aargauer Zeitung»"
_WHERE = frozenset({"in", "auf"})  # with a dative where words were said, else a direction
_DATIVE_ARTICLES = frozenset({"der", "dem", "einer", "einem"})
# a medium of the speaker's own ("in ihrer Onlineausgabe", "auf seiner Website") is no other source
_POSSESSIVES = frozenset({"ihrer", "ihrem", "seiner", "seinem", "ihren", "seinen", "eigenen", "eigener"})
_PHRASE_WORDS = frozenset(
    {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einer", "eines"}
)
_CLOSING = frozenset('“”»«"')
# a name after these is where or from whom, not the one cited ("zitiert ... aus einem Brief von X")
_NOT_CITED = frozenset({"von", "vom", "in", "im", "aus", "nach", "bei", "beim", "mit", "über", "laut"})
_SUBJECTS = frozenset({"er", "sie", "Er", "Sie"})
_TWO_WORDS = frozenset({("nach", "Angaben"), ("interview", "mit")})
_BY_MEDIUM = frozenset({"laut", "gemäss", "gemäß", "nach", "zufolge"})
_TITLE_WORDS = 8  # words of a title in marks ("„La Gazetta dello Sport“")
_SHORT_TITLE = 3  # words of a title in marks that is a paper's name, not a partial quote


@dataclasses.dataclass(frozen=True, slots=True)
class _Found:
    entity: int | None
    span: Span


class _Sources:
    def __init__(self, sp: Speakers, quote: Quote, first: int, last: int) -> None:
        self.sp = sp
        self.quote = quote
        self.first = first
        self.last = last

    def free(self, i: int) -> bool:
        """Word ``i`` is in the clause around the quote: not quoted, not the quote itself."""
        word = self.sp.words[i]
        if self.sp.quoted[i]:
            return False
        if self.quote.kind is QuoteKind.REPORTED:
            return True  # a reported act spans its clause, speaker and cue included
        around = Span(max(0, self.quote.span.start - 1), self.quote.span.end + 1)  # with its marks
        return not around.overlaps(Span(word.start, word.end))

    def is_speaker(self, found: _Found) -> bool:
        quote = self.quote
        if quote.speaker_span is not None and quote.speaker_span.overlaps(found.span):
            return True
        return found.entity is not None and found.entity == quote.speaker

    def phrase(self, i: int) -> _Found | None:
        """The name, title or noun phrase starting at word ``i`` (articles and adjectives
        first), or None when none starts there."""
        sp, words = self.sp, self.sp.words
        j = i
        while j < self.last and (words[j].text.lower() in _PHRASE_WORDS or self._adjective(j)):
            j += 1
        if j >= self.last or not self.free(j):
            return None
        start = words[i].start
        index = sp.mention_at[j]
        if index is not None:
            mention = sp.article.mentions[index]
            return _Found(mention.entity, Span(start, mention.span.end))
        if words[j].text in _OPENING_MARKS:
            return self._title(j, start)
        if web_address(words[j].text):
            return _Found(None, Span(start, words[j].end))
        if words[j].capitalised and not words[j].punct:
            # a noun, maybe with a title or a name after it: "Fachblatt „La Gazetta dello Sport“"
            # or a name: "Radio SRF", "Nachrichtenagentur Reuters"
            after = self.phrase(j + 1) if j + 1 < self.last and self.free(j + 1) else None
            named = after is not None and after.entity is not None and words[j + 1].capitalised
            if after is not None and (words[j + 1].text in _OPENING_MARKS or named):
                return _Found(after.entity, Span(start, after.span.end))
            return _Found(None, Span(start, words[j].end))
        return None

    def _adjective(self, j: int) -> bool:
        text = self.sp.words[j].text
        return text[:1].islower() and text.endswith(_INFLECTED) and not web_address(text)

    def _title(self, j: int, start: int) -> _Found | None:
        words = self.sp.words
        for k in range(j + 1, min(self.last, j + _TITLE_WORDS)):
            if words[k].text in _CLOSING:
                index = next(
                    (self.sp.mention_at[m] for m in range(j + 1, k) if self.sp.mention_at[m] is not None),
                    None,
                )
                entity = None if index is None else self.sp.article.mentions[index].entity
                return _Found(entity, Span(start, words[k].end))
        return None

    def medium(self, found: _Found | None) -> bool:
        if found is None or self.is_speaker(found) or self._own(found):
            return False
        if found.entity is not None and self.sp.article.entities[found.entity].type is EntityType.PER:
            return False
        text = self.sp.article.span_text(found.span)
        if found.entity is not None and is_medium(self.sp.article.entities[found.entity].name):
            return True
        return is_medium(text)

    def cited(self) -> _Found | None:
        """In a sentence with "zitieren": the medium there that is not the speaker."""
        words = self.sp.words
        if not any(self.free(i) and words[i].text.lower() in _CITES for i in range(self.first, self.last)):
            return None
        for i in range(self.first, self.last):
            if not self.free(i) or (i > self.first and self.free(i - 1) and self._inside_phrase(i)):
                continue
            found = self.phrase(i)
            if found is not None and (self.medium(found) or self._title_medium(found)):
                return found
        return None

    def _inside_phrase(self, i: int) -> bool:
        """Word ``i`` continues the phrase before it (an adjective or noun after an article)."""
        before = self.sp.words[i - 1].text.lower()
        return before in _PHRASE_WORDS or self._adjective(i - 1)

    def _own(self, found: _Found) -> bool:
        first = self.sp.word_at(found.span.start)
        return first is not None and self.sp.words[first].text.lower() in _POSSESSIVES

    def _title_medium(self, found: _Found) -> bool:
        """A short title in marks next to "zitiert" is the paper that quotes: "zitiert die
        „Computerwoche“"; words in marks that go on ("ein „Bürger erster Klasse zu werden“")
        are a partial quote."""
        text = self.sp.article.span_text(found.span)
        opening = next((k for k, ch in enumerate(text) if ch in _OPENING_MARKS), None)
        if opening is None or self.is_speaker(found) or self._own(found):
            return False
        return len(text[opening:].split()) <= _SHORT_TITLE

    def named(self) -> _Found | None:
        """A medium after "laut", "gegenüber", "in", "im Interview mit" …, or in the dative
        right after the speaker's name ("sagte Meier der «Aargauer Zeitung»")."""
        words = self.sp.words
        for i in range(self.first, self.last):
            if not self.free(i):
                continue
            lowered = words[i].text.lower()
            found: _Found | None = None
            if lowered in _BEFORE_MEDIUM and self._dative_after(i):
                found = self.phrase(i + 1)
            elif i + 2 < self.last and (lowered, words[i + 1].text) in _TWO_WORDS:
                found = self.phrase(i + 2)  # "nach Angaben der NZZ", "Interview mit der NZZ"
            elif lowered in _DATIVE and self._after_name(i):
                found = self.phrase(i)
            if self.medium(found):
                return found
        return None

    def _dative_after(self, i: int) -> bool:
        """ "in"/"auf" name where words were said with a dative ("im Fernsehen", "auf der
        Internetseite"), not with the accusative of a direction ("Zugriff auf die Website")."""
        if self.sp.words[i].text.lower() not in _WHERE or i + 1 >= self.last:
            return True
        return (
            self.sp.words[i + 1].text.lower() in _DATIVE_ARTICLES or not self.sp.words[i + 1].text.islower()
        )

    def _after_name(self, i: int) -> bool:
        """Word ``i`` follows the speaker's name, so "der" opens a dative, not a genitive."""
        span = self.quote.speaker_span
        if span is None or span.end > self.sp.words[i].start or i == 0:
            return False
        index = self.sp.mention_at[i - 1]
        return (
            self.sp.words[i - 1].end == span.end
            and index is not None
            and self.sp.article.mentions[index].type is EntityType.PER
        )


class _Swap(_Sources):
    """The speaker found is the medium, and the one whose words they are stands in the clause:
    "wie Urs Tanner von der NZZ zitiert wird", "Die Zeitung zitiert den Prediger mit den
    Worten „…“", "bestätigte der Minister laut Keystone-SDA, dass …"."""

    def swapped(self, cue: int) -> tuple[Attribution, _Found] | None:
        quote, words = self.quote, self.sp.words
        if quote.speaker_span is None:
            return None
        medium = _Found(quote.speaker, quote.speaker_span)
        text = self.sp.article.span_text(medium.span)
        name = "" if medium.entity is None else self.sp.article.entities[medium.entity].name
        if not (is_medium(text) or (name and is_medium(name))) or self._own(medium):
            return None
        cites = [i for i in range(self.first, self.last) if self.free(i) and words[i].text.lower() in _CITES]
        if cites:
            person = self._cited(cites[0], medium)
        elif words[cue].text.lower() in _BY_MEDIUM:
            person = self._other_speaker(cue, medium)
        else:
            person = None
        return None if person is None else (person, medium)

    def _cited(self, z: int, medium: _Found) -> Attribution | None:
        """The person nearest to "zitiert" that is not the medium and not after a preposition."""
        sp, words = self.sp, self.sp.words
        order = sorted(range(self.first, self.last), key=lambda k: abs(k - z))
        for k in order:
            word = words[k]
            if not self.free(k) or medium.span.overlaps(Span(word.start, word.end)):
                continue
            start = self._phrase_start(k)
            if start > self.first and words[start - 1].text.lower() in _NOT_CITED:
                continue
            if word.text.lower() in _PHRASE_WORDS or not (word.capitalised or word.text in _SUBJECTS):
                continue
            found = sp._speaker_word(k)  # the quote finder's word lookups
            if found is None and start < k and not is_medium(word.text):
                # "zitiert den Gemeindepräsidenten": a noun phrase that names no one yet
                found = Attribution(None, Span(words[start].start, word.end), None)
            if found is None or found.speaker_span is None:
                continue
            if found.speaker is not None and sp.article.entities[found.speaker].type is not EntityType.PER:
                continue
            return found
        return None

    def _phrase_start(self, k: int) -> int:
        """The first word of the noun phrase that ends at word ``k`` (its article, adjectives)."""
        words = self.sp.words
        while k > self.first and (words[k - 1].text.lower() in _PHRASE_WORDS or self._adjective(k - 1)):
            k -= 1
        return k

    def _other_speaker(self, cue: int, medium: _Found) -> Attribution | None:
        """ "bestätigte der Minister laut Keystone-SDA, dass …": the subject of the speech verb
        beside "laut"."""
        sp = self.sp
        stop = sp.word_at(self.quote.span.start)
        end = self.last if stop is None or stop <= cue else stop
        for k in range(self.first, end):
            if k == cue or not self.free(k) or not sp.is_cue(k):
                continue
            found = sp.around(k, self.first, end)
            if found.speaker_span is None or found.speaker_span.overlaps(medium.span):
                continue
            if is_medium(sp.article.span_text(found.speaker_span)):
                continue
            return found
        return None


def _sentence(sp: Speakers, i: int) -> tuple[int, int]:
    sentence = sp.words[i].sentence
    first = last = i
    while first > 0 and sp.words[first - 1].sentence == sentence:
        first -= 1
    while last < len(sp.words) and sp.words[last].sentence == sentence:
        last += 1
    return first, last


def with_sources(sp: Speakers, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with ``source`` and ``source_span`` set where the cue's sentence names the
    medium that passed the words on."""
    result = []
    for quote in quotes:
        cue = None if quote.cue is None else sp.word_at(quote.cue.start)
        if cue is None or (quote.speaker is None and quote.speaker_span is None):
            result.append(quote)
            continue
        first, last = _sentence(sp, cue)
        swap = _Swap(sp, quote, first, last).swapped(cue)
        if swap is not None:
            person, medium = swap
            result.append(
                dataclasses.replace(
                    quote,
                    speaker=person.speaker,
                    speaker_span=person.speaker_span,
                    source=medium.entity,
                    source_span=medium.span,
                )
            )
            continue
        finder = _Sources(sp, quote, first, last)
        found = finder.cited() or finder.named()
        if found is None:
            result.append(quote)
        else:
            result.append(dataclasses.replace(quote, source=found.entity, source_span=found.span))
    return result
