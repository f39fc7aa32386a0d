"""Where a quote's medium stands in the sentence around it: the paper, agency, page or
document after "laut", "gegenüber", "im Interview mit", in the dative after the speaker's name,
or anywhere in a sentence with "zitieren" (see :mod:`lagebild.analyse.quotes_source`)."""

from __future__ import annotations

import dataclasses

from lagebild.analyse.quotes_clause import Speakers
from lagebild.analyse.quotes_grammar import CITES
from lagebild.analyse.quotes_media import is_medium, is_medium_name
from lagebild.analyse.quotes_sources import web_address
from lagebild.analyse.quotes_words import _INFLECTED, _OPENING_MARKS
from lagebild.model import EntityType, Quote, QuoteKind, Span

__all__ = ["CITES", "PHRASE_WORDS", "Found", "ViaFinder"]

# prepositions before a medium that passed words on or was spoken to
_BEFORE_MEDIUM = frozenset({"laut", "gemäss", "gemäß", "gegenüber", "im", "in", "auf", "am", "zu"})
_DATIVE = frozenset({"der", "dem"})  # "sagte Meier der «Aargauer Zeitung»"
_WHERE = frozenset({"in", "auf"})  # with a dative where words were said, else a direction
_DATIVE_ARTICLES = frozenset({"der", "dem", "einer", "einem"})
# a medium of the speaker's own ("in ihrer Onlineausgabe", "auf seiner Website") is no other source
_POSSESSIVES = frozenset({"ihrer", "ihrem", "seiner", "seinem", "ihren", "seinen", "eigenen", "eigener"})
PHRASE_WORDS = frozenset(
    {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines"}
)
_CLOSING = frozenset('“”»«"')
# documents that quote someone, in a sentence with "zitieren" ("in einem Brief", "im Urteil")
_DOCUMENTS = (
    "brief", "buch", "erklärung", "schreiben", "interview", "stellungnahme", "rede", "mitteilung",
    "studie", "gutachten", "urteil", "protokoll", "buches", "briefes", "briefs", "urteils",
)  # fmt: skip
# words after a comma that open a clause of its own: "…, die von der NZZ oft zitiert wird"
_SUBORDINATE = frozenset(
    {"der", "die", "das", "den", "dem", "dessen", "deren", "nachdem", "weil", "obwohl", "als", "wenn", "dass"}
)
# "im Gespräch mit der NZZ", "auf Anfrage von CH Media"
_TWO_WORDS = frozenset(
    {("nach", "Angaben"), ("interview", "mit"), ("gespräch", "mit"), ("anfrage", "von"), ("anfrage", "vom")}
)
_TITLE_WORDS = 8  # words of a title in marks ("„La Gazetta dello Sport“")
_SHORT_TITLE = 3  # words of a title in marks that is a paper's name, not a partial quote


@dataclasses.dataclass(frozen=True, slots=True)
class Found:
    entity: int | None
    span: Span


class ViaFinder:
    """Finds the medium in the sentence around one quote (``first``..``last`` words)."""

    def __init__(
        self, sp: Speakers, quote: Quote, first: int, last: int, marked: tuple[Span, ...] = ()
    ) -> None:
        self.sp = sp
        self.quote = quote
        self.first = first
        self.last = last
        self.marked = marked  # words in marks that are quotes, so no title („Kapitulation“)

    def free(self, i: int) -> bool:
        """Word ``i`` is in the clause around the quote: not quoted, not the quote itself."""
        word = self.sp.words[i]
        if self.sp.quoted[i]:
            return False
        if self.quote.kind is QuoteKind.REPORTED:
            return True  # a reported act spans its clause, speaker and cue included
        around = Span(max(0, self.quote.span.start - 1), self.quote.span.end + 1)  # with its marks
        return not around.overlaps(Span(word.start, word.end))

    def is_speaker(self, found: Found) -> bool:
        quote = self.quote
        if quote.speaker_span is not None and quote.speaker_span.overlaps(found.span):
            return True
        return found.entity is not None and found.entity == quote.speaker

    def phrase(self, i: int) -> Found | None:
        """The name, title or noun phrase starting at word ``i`` (articles and adjectives
        first), or None when none starts there."""
        sp, words = self.sp, self.sp.words
        j = i
        while j < self.last and (words[j].text.lower() in PHRASE_WORDS or self._adjective(j)):
            j += 1
        if j >= self.last or not self.free(j):
            return None
        start = words[i].start
        index = sp.mention_at[j]
        if index is not None:
            mention = sp.article.mentions[index]
            return Found(mention.entity, Span(start, mention.span.end))
        if words[j].text in _OPENING_MARKS:
            title = self._title(j, start)
            inside = title is not None and any(title.span.overlaps(m) for m in self.marked)
            named = j + 1 < self.last and self._named(words[j + 1].text, j + 1)
            return None if inside and not named else title
        if web_address(words[j].text):
            return Found(None, Span(start, words[j].end))
        if words[j].capitalised and not words[j].punct:
            # a noun, maybe with a title or a name after it: "Fachblatt „La Gazetta dello Sport“"
            # or a name: "Radio SRF", "Nachrichtenagentur Reuters"
            listed = self._listed(j)
            if listed is not None:
                return Found(None, Span(start, words[listed].end))  # "gegenüber Tele Bärn"
            after = self.phrase(j + 1) if j + 1 < self.last and self.free(j + 1) else None
            named = (
                after is not None
                and words[j + 1].capitalised
                and (after.entity is not None or self._listed(j + 1) is not None)
            )
            if after is not None and (words[j + 1].text in _OPENING_MARKS or named):
                return Found(after.entity, Span(start, after.span.end))
            owner = self._owner(j)
            if owner is not None:
                return Found(owner.entity, Span(start, owner.span.end))
            return Found(None, Span(start, words[j].end))
        return None

    def _listed(self, j: int) -> int | None:
        """The last word of a listed medium's name of two or three words from word ``j`` that the
        entity stage did not find: "Tele Bärn", "Tele 1"."""
        for k in (j + 2, j + 1):
            name = " ".join(w.text for w in self.sp.words[j : k + 1])
            if k < self.last and all(self.free(m) for m in range(j, k + 1)) and is_medium_name(name):
                return k
        return None

    def _owner(self, j: int) -> Found | None:
        """ "laut einem Bericht der «Basler Zeitung»": a report or document (word ``j``) with
        the named medium it belongs to in the genitive; not "den Chefredaktor der NZZ"."""
        words = self.sp.words
        text = words[j].text.lower()
        if j + 1 >= self.last or words[j + 1].text not in ("der", "des") or not self.free(j + 1):
            return None
        if not (is_medium(text) or text.endswith(_DOCUMENTS)):
            return None
        owner = self.phrase(j + 1)
        if owner is None or owner.entity is None or not self.medium(owner):
            return None
        return owner

    def _adjective(self, j: int) -> bool:
        text = self.sp.words[j].text
        return (
            text[:1].islower()
            and text.endswith(_INFLECTED)
            and not web_address(text)
            and text not in CITES
            and self.sp.lex.speech_verb(text) is None
        )

    def _title(self, j: int, start: int) -> Found | None:
        words = self.sp.words
        for k in range(j + 1, min(self.last, j + _TITLE_WORDS)):
            if self.sp.quoted[k] and not self._named(words[k].text, k):
                return None  # a quotation, not a title: „Kapitulation“
            if words[k].text in _CLOSING:
                # the entity named by the whole title, not by a word in it («Schweiz am Wochenende»)
                named = {self.sp.mention_at[m] for m in range(j + 1, k)}
                index = named.pop() if len(named) == 1 else None
                entity = None if index is None else self.sp.article.mentions[index].entity
                return Found(entity, Span(start, words[k].end))
        return None

    def _named(self, text: str, k: int) -> bool:
        """A word in marks that names a medium: a known name, a web address, a listed medium."""
        return self.sp.mention_at[k] is not None or web_address(text) or is_medium(text)

    def medium(self, found: Found | None) -> bool:
        if found is None or self.is_speaker(found) or self._own(found):
            return False
        text = self.sp.article.span_text(found.span)
        if found.entity is not None and self.sp.article.entities[found.entity].type is EntityType.PER:
            # a listed medium in marks that the entity stage took for a person: "in der «Arena»"
            return any(ch in _OPENING_MARKS for ch in text) and is_medium(text)
        if found.entity is not None and is_medium(self.sp.article.entities[found.entity].name):
            return True
        return is_medium(text)

    def cited(self) -> Found | None:
        """In a sentence with "zitieren": the medium, title or document there that is not the
        speaker, else an organisation ("zitiert die Gewerkschaft Unia ihren Präsidenten")."""
        if not self.cites():
            return None
        bodies = []
        for i in range(self.first, self.last):
            if not self.free(i) or (i > self.first and self.free(i - 1) and self._inside_phrase(i)):
                continue
            found = self.phrase(i)
            if found is None:
                continue
            if self.medium(found) or self._title_medium(found) or self._document(found):
                return found
            if self._body(found):
                bodies.append(found)
        return bodies[0] if bodies else None

    def cites(self) -> list[int]:
        """The words "zitiert" … in the cue's clause; not in a clause of their own after a comma
        ("sagte X, nachdem ihn der «Blick» zitiert hatte")."""
        words, cue = self.sp.words, self.sp.word_at(self.quote.cue.start) if self.quote.cue else None
        found = [i for i in range(self.first, self.last) if self.free(i) and words[i].text.lower() in CITES]
        if cue is None:
            return found
        return [i for i in found if i == cue or not self._clause_between(min(i, cue), max(i, cue))]

    def _clause_between(self, a: int, b: int) -> bool:
        words = self.sp.words
        return any(
            words[k].text == "," and self.free(k) and words[k + 1].text.lower() in _SUBORDINATE
            for k in range(a, b)
        )

    def _inside_phrase(self, i: int) -> bool:
        """Word ``i`` continues the phrase before it (an adjective or noun after an article)."""
        before = self.sp.words[i - 1].text.lower()
        return before in PHRASE_WORDS or self._adjective(i - 1)

    def _title_medium(self, found: Found) -> bool:
        """A short title in marks next to "zitiert" is the paper that quotes: "zitiert die
        „Computerwoche“"; words in marks that go on ("ein „Bürger erster Klasse zu werden“")
        are a partial quote."""
        text = self.sp.article.span_text(found.span)
        opening = next((k for k, ch in enumerate(text) if ch in _OPENING_MARKS), None)
        if opening is None or self.is_speaker(found) or self._own(found):
            return False
        return len(text[opening:].split()) <= _SHORT_TITLE

    def _body(self, found: Found) -> bool:
        """An organisation that cites someone: "zitiert die Gewerkschaft Unia ihren Präsidenten"."""
        entity = None if found.entity is None else self.sp.article.entities[found.entity]
        return entity is not None and entity.type is EntityType.ORG and not self.is_speaker(found)

    def _document(self, found: Found) -> bool:
        """A document that quotes ("In einem Brief an die Gemeinde wird X zitiert")."""
        text = self.sp.article.span_text(found.span)
        last = text.split()[-1].lower() if text.split() else ""
        return (
            found.entity is None
            and not self.is_speaker(found)
            and not self._own(found)
            and (last.endswith(_DOCUMENTS))
        )

    def _own(self, found: Found) -> bool:
        first = self.sp.word_at(found.span.start)
        return first is not None and self.sp.words[first].text.lower() in _POSSESSIVES

    def named(self) -> Found | None:
        """A medium after "laut", "gegenüber", "in", "im Interview mit" …, or in the dative
        right after the speaker's name ("sagte Meier der «Aargauer Zeitung»")."""
        words = self.sp.words
        for i in range(self.first, self.last):
            if not self.free(i):
                continue
            lowered = words[i].text.lower()
            found: Found | None = None
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
