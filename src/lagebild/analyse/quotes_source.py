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
:mod:`lagebild.analyse.quotes_media`; where in the sentence it stands, :mod:`lagebild.analyse.quotes_via`.

Where the speaker finders took the medium itself for the speaker ("wie Corine Mauch von der NZZ
zitiert wird", "Laut Keystone-SDA bestätigte der Gemeindepräsident, …", "Der «NZZ am Sonntag»
sagte Bundesrat X"), the person it passes on becomes the speaker and the medium the source.
"""

from __future__ import annotations

import dataclasses

from lagebild.analyse.entities_lexicon import norm
from lagebild.analyse.quotes_clause import Speakers
from lagebild.analyse.quotes_media import is_medium
from lagebild.analyse.quotes_speaker import Attribution
from lagebild.analyse.quotes_via import PHRASE_WORDS, Found, ViaFinder
from lagebild.model import EntityType, Quote, QuoteKind, Span

__all__ = ["with_sources"]

# a name after these is where or from whom, not the one cited ("zitiert ... aus einem Brief von X")
_NOT_CITED = frozenset(
    {
        "von",
        "vom",
        "in",
        "im",
        "aus",
        "nach",
        "bei",
        "beim",
        "mit",
        "über",
        "laut",
        "an",
        "für",
        "gegen",
        "zu",
    }
)
_SUBJECTS = frozenset({"er", "sie", "Er", "Sie"})
# endings of nouns for persons ("Prediger", "Präsident", "Journalistin", "Kommandant")
_PERSON_ENDINGS = (
    "er",
    "erin",
    "ent",
    "entin",
    "ist",
    "istin",
    "ant",
    "antin",
    "eur",
    "or",
    "orin",
    "zeuge",
    "zeugin",
)
_WERDEN = frozenset({"wird", "wurde", "werden", "wurden"})
_DATIVE_OPENINGS = frozenset({"Der", "Dem", "der", "dem"})  # "Der «NZZ» sagte X"
_BY_MEDIUM = frozenset({"laut", "gemäss", "gemäß", "nach", "zufolge"})


class _Swap(ViaFinder):
    """The speaker found is the medium, and the one whose words they are stands in the clause:
    "wie Urs Tanner von der NZZ zitiert wird", "Die Zeitung zitiert den Prediger mit den
    Worten „…“", "bestätigte der Minister laut Keystone-SDA, dass …"."""

    def swapped(self, cue: int) -> tuple[Attribution, Found] | None:
        quote, words = self.quote, self.sp.words
        if quote.speaker_span is None:
            return None
        medium = Found(quote.speaker, quote.speaker_span)
        text = self.sp.article.span_text(medium.span)
        name = "" if medium.entity is None else self.sp.article.entities[medium.entity].name
        if self._own(medium) or text in _SUBJECTS:
            return None
        cites = self.cites()
        if cites and not self._person(medium):
            # "zitiert die Partei ihren Präsidenten": any body that cites a person passes on
            person = self._cited(cites[0], medium)
        elif not (is_medium(text) or (name and is_medium(name))):
            person = None
        elif cites:
            person = self._cited(cites[0], medium)
        elif words[cue].text.lower() in _BY_MEDIUM:
            person = self._other_speaker(cue, medium)
        else:
            person = self._after_dative(cue, medium)
        return None if person is None else (person, medium)

    def _after_dative(self, cue: int, medium: Found) -> Attribution | None:
        """ "Der «NZZ am Sonntag» sagte Bundesrat X, …": a paper in the dative before the verb
        was spoken to; the person right after the verb speaks."""
        sp, words = self.sp, self.sp.words
        first = sp.word_at(medium.span.start)
        if first is None or medium.span.end > words[cue].start:
            return None
        # "Laut Kicker sagte der Trainer …": a medium after "laut" before the verb passed it on
        by_medium = first > self.first and words[first - 1].text.lower() in _BY_MEDIUM
        if words[first].text not in _DATIVE_OPENINGS and not by_medium:
            return None
        found = sp.after(cue, self.last)
        if found is None or found.speaker_span is None or is_medium(sp.article.span_text(found.speaker_span)):
            return None
        kind = None if found.speaker is None else sp.article.entities[found.speaker].type
        # after "laut" a body may speak too: "Laut SRF sagte die Polizei, …", "… teilte die Stadt Bern mit"
        if kind is not EntityType.PER and not (by_medium and kind in (None, EntityType.ORG)):
            return None
        return Attribution(found.speaker, found.speaker_span, found.cue)

    def _person_noun(self, text: str) -> bool:
        """A noun for a person, maybe inflected: "den Gemeindepräsidenten", "den Prediger"."""
        for stem in (text, text.removesuffix("en"), text.removesuffix("n")):
            if self.sp.lex.role_of(stem) or stem.endswith(_PERSON_ENDINGS):
                return True
        return False

    def _person(self, found: Found) -> bool:
        entity = None if found.entity is None else self.sp.article.entities[found.entity]
        return entity is not None and entity.type is EntityType.PER

    def _cited(self, z: int, medium: Found) -> Attribution | None:
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
            if word.text.lower() in PHRASE_WORDS or not (word.capitalised or word.text in _SUBJECTS):
                continue
            found = sp._speaker_word(k)  # the quote finder's word lookups
            if found is None and start < k and self._person_noun(word.text) and not is_medium(word.text):
                # "zitiert den Gemeindepräsidenten": a noun phrase that names no one yet
                found = Attribution(None, Span(words[start].start, word.end), None)
            if found is None or found.speaker_span is None:
                continue
            if found.speaker is not None and sp.article.entities[found.speaker].type is not EntityType.PER:
                continue
            return found
        return None

    def _phrase_start(self, k: int) -> int:
        """The first word of the noun phrase that ends at word ``k``: its article, adjectives,
        and the role and first names before a name ("an Gemeinderätin Irma Scheidegger")."""
        words = self.sp.words
        while k > self.first and (
            words[k - 1].text.lower() in PHRASE_WORDS
            or self._adjective(k - 1)
            or (words[k].capitalised and words[k - 1].capitalised and not words[k - 1].initial)
        ):
            k -= 1
        return k

    def _other_speaker(self, cue: int, medium: Found) -> Attribution | None:
        """ "bestätigte der Minister laut Keystone-SDA, dass …": the subject of the speech verb
        beside "laut"."""
        sp = self.sp
        stop = sp.word_at(self.quote.span.start)
        end = self.last if stop is None or stop <= cue else stop
        for k in range(self.first, end):
            if k == cue or not self.free(k) or not sp.is_cue(k) or self._passive(k):
                continue
            found = sp.around(k, self.first, end)
            if found.speaker_span is not None and found.speaker_span.overlaps(medium.span):
                # "Laut Keystone-SDA sagte Polizeisprecherin X, …": the medium stands in the
                # prefield, the person right after the verb speaks
                after = sp.after(k, end) or sp.noun_phrase(k + 1, end)
                if after is None or after.speaker_span is None:
                    continue
                found = Attribution(after.speaker, after.speaker_span, found.cue)
            if found.speaker_span is None or found.speaker_span.overlaps(medium.span):
                continue
            if is_medium(sp.article.span_text(found.speaker_span)) or not self._speaks(found):
                continue
            return found
        return None

    def _passive(self, k: int) -> bool:
        """The cue is a participle after "wird"/"wurde": "Laut der NZZ wird das Spital
        geschlossen" – its subject says nothing."""
        words = self.sp.words
        return words[k].text[:1].islower() and any(
            words[j].text.lower() in _WERDEN for j in range(self.first, k)
        )

    def _speaks(self, found: Attribution) -> bool:
        """Someone who can speak: a person or body, or a noun for a person ("der Sprecher"); not
        the subject of a passive ("Laut der NZZ wird das Spital geschlossen")."""
        if found.speaker is not None:
            return self.sp.article.entities[found.speaker].type in (EntityType.PER, EntityType.ORG)
        span = found.speaker_span
        words = [] if span is None else self.sp.article.span_text(span).split()
        return bool(words) and (
            words[-1] in _SUBJECTS or self._person_noun(words[-1]) or self._institution(words[-1])
        )

    def _institution(self, word: str) -> bool:
        """A body named by its kind: "Laut SRF sagte die Polizei, …"."""
        entry = self.sp.lex.names.get((norm(word),))
        return entry is not None and entry.institution


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
    marked = tuple(q.span for q in quotes if q.kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL))
    for quote in quotes:
        cue = None if quote.cue is None else sp.word_at(quote.cue.start)
        if cue is None or (quote.speaker is None and quote.speaker_span is None):
            result.append(quote)
            continue
        first, last = _sentence(sp, cue)
        swap = _Swap(sp, quote, first, last, marked).swapped(cue)
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
        finder = ViaFinder(sp, quote, first, last, marked)
        found = finder.cited() or finder.named()
        if found is None:
            result.append(quote)
        else:
            result.append(dataclasses.replace(quote, source=found.entity, source_span=found.span))
    return result
