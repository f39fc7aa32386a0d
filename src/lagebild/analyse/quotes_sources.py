"""Sources named by a preposition rather than a speech verb: "laut Polizei", "laut einer
dpa-Meldung", "nach Angaben des Amts", "Blinken zufolge", and the word shapes that tell such a
source ("Armeeangaben", "ndr.de")."""

from __future__ import annotations

from lagebild.analyse.quotes_bodies import body_at, body_name
from lagebild.analyse.quotes_laut import with_genitive
from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.analyse.quotes_words import _DETERMINERS, _INFLECTED
from lagebild.analyse.quotes_written import document_after
from lagebild.model import Span

__all__ = ["POSSESSIVES", "SourceWords", "noun", "speech_noun", "web_address"]


def speech_noun(text: str, nouns: set[str]) -> bool:
    """A noun that names a source after "nach": "Angaben", and compounds ending in one
    ("Armeeangaben", "UNO-Angaben", "Polizeiberichten")."""
    lowered = text.lower()
    return lowered in nouns or any(len(n) > 5 and lowered.endswith(n) for n in nouns)


# possessives and demonstratives that open a source after "laut" ("laut ihren Aussagen")
POSSESSIVES = frozenset(
    {"ihren", "ihrem", "ihrer", "seinen", "seinem", "seiner", "diesem", "dieser", "diesen", "eigenen"}
)
_LAUT = frozenset({"laut", "gemäss", "gemäß"})
_DOMAINS = (".de", ".com", ".net", ".org", ".ch", ".at")


def web_address(text: str) -> bool:
    """A website named as a source: "laut ndr.de", "laut bildblog.de"."""
    return text.islower() and text.endswith(_DOMAINS) and len(text) > 4


def noun(text: str) -> bool:
    """A noun by its spelling: capitalised, or a compound after a lower-case abbreviation
    ("dpa-Meldung", "ai-Bericht")."""
    if text[:1].isupper():
        return True
    _, dash, tail = text.partition("-")
    return bool(dash) and tail[:1].isupper()


class SourceWords(SpeakerWords):
    """Speaker lookups for sources behind prepositions and postpositions."""

    def source_after(self, i: int, stop: int) -> Attribution | None:
        """The source right after a preposition: "laut (der) Polizei", "nach Angaben des Amts";
        a noun that names no entity still names the source ("laut einem Jury-Mitglied")."""
        for j in range(i + 1, min(stop, i + 5)):
            body = body_at(self, j, stop) if self.mention_at[j] is not None else None
            if body is not None:
                # "gemäss dem Staatssekretariat für Bildung, Forschung und Innovation", found by
                # the entity stage: the words from the article on, as for a name it did not find
                return Attribution(body[1], Span(self.words[i + 1].start, self.words[body[0]].end), None)
            found = self._speaker_word(j)
            if found is not None:
                return found
            word = self.words[j]
            if (noun(word.text) or web_address(word.text)) and not word.punct:
                # "laut Augenzeugen", "laut einer dpa-Meldung", "nach Angaben eines Gutachters"
                if self.words[i].text.lower() in _LAUT:
                    return with_genitive(self, i + 1, j, stop)
                body = body_name(self, j, stop)
                if body is not None:
                    # "nach Angaben des Bundesamts für Statistik": the body's whole name
                    end = self.words[body[0]].end
                    return Attribution(body[1], Span(self.words[i + 1].start, end), None)
                return Attribution(None, Span(self.words[i + 1].start, word.end), None)
            if word.text in _DETERMINERS or word.text in POSSESSIVES:
                continue
            # an adjective before the noun: "laut israelischen Medien", "nach ersten Angaben"
            if not (word.text[:1].islower() and (j > i + 1 or self._adjective_after_laut(i, j))):
                return None
        return None

    def _adjective_after_laut(self, i: int, j: int) -> bool:
        """ "laut israelischen Medien": an adjective right after "laut"; after a noun ("nach
        Behördenangaben wurden ...") the lower-case word is the clause's verb."""
        return self.words[i].text.lower() in _LAUT and self.words[j].text.endswith(_INFLECTED)

    def source_in(self, first: int, last: int) -> Attribution | None:
        """A source named by a preposition in the clause: "laut einem Jury-Mitglied", "nach
        Angaben der Staatsanwaltschaft", "Blinken zufolge"; the preposition is the cue."""
        nouns = {p[1] for p in self.lex.speech_prepositions if len(p) > 1}
        for i in range(first, last):
            lowered = self.words[i].text.lower()
            found: Attribution | None = None
            if lowered in _LAUT:
                found = self.source_after(i, last)
            elif lowered == "nach" and i + 1 < last and speech_noun(self.words[i + 1].text, nouns):
                found = self.source_after(i + 1, last)
            elif lowered == "nach" and i + 2 < last and document_after(self.words, i + 1, last):
                # "Nach dem Artikel 65 des Grundgesetzes bestimmt ...": the document is the source
                found = self.source_after(i, last)
            elif lowered in self.lex.speech_postpositions:
                found = self.source_before(i, first)
            if found is not None:
                word = self.words[i]
                return Attribution(found.speaker, found.speaker_span, Span(word.start, word.end))
        return None
