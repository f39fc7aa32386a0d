"""Finding the speech cue and the speaker near a quote.

The speaker is a mention ("sagte Landsbergis"), a pronoun ("sagte er": the most recent person
mentioned before), or a role noun ("sagte der Kanzler": the entity that was introduced with
that role). Places and organisations may speak too ("Litauen verlangt"), as news writes them.
A generic institution that stands for no named organisation of the article ("teilte die Polizei
mit") is no entity: the quote gets no speaker entity, but its speaker words ("die Polizei").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from lagebild.analyse.entities_lexicon import Lexicon, norm
from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_brackets import bracket_open
from lagebild.analyse.quotes_pronoun import demonstrative, resolve_pronoun
from lagebild.model import Article, EntityType, Span

__all__ = ["Attribution", "SpeakerWords"]

_PRONOUNS = frozenset({"er", "sie", "Er", "Sie", "letzterer", "letztere", "Letzterer", "Letztere"})
_DETERMINERS = frozenset(
    {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einer", "eines", "von", "vom"}
)
# articles a speaker noun phrase begins with ("ein Sprecher", "die Autoren")
_NOUN_DETERMINERS = frozenset({"der", "die", "das", "ein", "eine", "einer", "dieser", "diese"})
_INFLECTED = ("e", "en", "er", "es", "em")  # adjective endings between article and noun
_WINDOW = 6
_MARKS = frozenset('«»„“”‚‘"')
_OPENING_MARKS = frozenset('«»„"')
# a name after one of these is a place or an addressee, not the one who speaks
_PLACE_PREPOSITIONS = frozenset({"in", "im", "aus", "nach", "bei", "beim", "am", "gegenüber", "vor"})
# prepositions before a name that make it no subject ("Über Fossett sagte Branson")
_NAME_PREPOSITIONS = _PLACE_PREPOSITIONS | {"über", "zu", "mit", "für", "gegen", "von", "an", "auf"}
# prepositions before whom something was said to ("sagte gegenüber der Zeitung")
_ADDRESSED = frozenset({"gegenüber"})
# a verb at the end of its clause stands far from its subject: "X wird in ... zitiert"
_BACK_WINDOW = 14  # words searched on either side of a cue; subjects sit close to their verb


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: int | None
    speaker_span: Span | None
    cue: Span | None


class SpeakerWords:
    """Cue and speaker lookups over the words of one analysed article."""

    def __init__(self, article: Article, words: list[Word], lex: Lexicon) -> None:
        self.article = article
        self.words = words
        self.lex = lex
        self.starts = [w.start for w in words]
        self.mention_at: list[int | None] = [None] * len(words)
        self.quoted = [False] * len(words)  # inside quotation marks: see mark_quoted
        self.mention_word = [-1] * len(article.mentions)
        self.sentence_of = [w.sentence for w in words]
        for index, mention in enumerate(article.mentions):
            i = self.word_at(mention.span.start)
            if i is not None:
                self.mention_word[index] = i
            while i is not None and i < len(words) and words[i].start < mention.span.end:
                if self.mention_at[i] is None:
                    self.mention_at[i] = index
                i += 1

    def mark_quoted(self, spans: list[tuple[int, int]]) -> None:
        """Mark the words inside quotation marks (character ranges), which speak no speaker."""
        for start, end in spans:
            i = self.word_at(start)
            while i is not None and i < len(self.words) and self.words[i].start < end:
                self.quoted[i] = True
                i += 1

    def word_at(self, char: int) -> int | None:
        """Index of the word containing or starting after ``char``."""
        i = bisect.bisect_right(self.starts, char) - 1
        if i >= 0 and self.words[i].end > char:
            return i
        return i + 1 if i + 1 < len(self.words) else None

    # -- cues -------------------------------------------------------------------------------
    def is_cue(self, i: int) -> bool:
        """A speech verb (not "so"), with its separable particle later in the sentence if needed."""
        word = self.words[i]
        if word.text.lower() == "so" or self._noun_inside(i):
            return False
        particles = self.lex.speech_verb(word.text)
        if particles is None:
            return False
        if "" in particles:
            return True
        sentence = word.sentence
        j = i + 1
        while j < len(self.words) and self.words[j].sentence == sentence:
            if self.words[j].text in particles:
                return True
            j += 1
        return False

    def _noun_inside(self, i: int) -> bool:
        """A capitalised word inside its sentence is a noun, no verb: "Nach Angaben des Amts"
        ("angaben"), "die Frage" ("frage"), "Berichte" ("berichte")."""
        word = self.words[i]
        if not word.text[:1].isupper() or i == 0:
            return False
        before = self.words[i - 1]
        return before.sentence == word.sentence and before.text not in _MARKS | {":", "("}

    # -- speakers ---------------------------------------------------------------------------
    def _mention(self, i: int) -> Attribution:
        index = self.mention_at[i]
        assert index is not None
        mention = self.article.mentions[index]
        return Attribution(mention.entity, mention.span, None)

    def _pronoun(self, i: int) -> Attribution:
        word = self.words[i]
        entity = resolve_pronoun(
            self.article,
            self.lex,
            pronoun=word.text,
            at=word.start,
            sentence_of=self.sentence_of,
            quoted=self.quoted,
            mention_words=self.mention_word,
            sentence=word.sentence,
        )
        return Attribution(entity, Span(word.start, word.end), None)

    def _institution(self, i: int) -> Attribution | None:
        """ "die Polizei", "laut Staatsanwaltschaft": speaker words without an entity."""
        word = self.words[i]
        entry = self.lex.names.get((norm(word.bare),))
        if entry is None or not entry.institution:
            return None
        start = word.start
        if (
            i
            and self.words[i - 1].text.lower() in _DETERMINERS
            and self.words[i - 1].sentence == word.sentence
        ):
            start = self.words[i - 1].start
        return Attribution(None, Span(start, word.start + len(word.bare)), None)

    def _role(self, i: int) -> Attribution:
        word = self.words[i]
        wanted = norm(self.lex.role_base(word.text) or word.text).lower()
        best: int | None = None
        for index, entity in enumerate(self.article.entities):
            if any(norm(role).lower().endswith(wanted) for role in entity.roles):
                best = index if best is None else self._more_recent(best, index, word.start)
        return Attribution(best, Span(word.start, word.end), None)

    def _more_recent(self, a: int, b: int, before: int) -> int:
        def last(entity: int) -> int:
            spans = [
                m.span.start for m in self.article.mentions if m.entity == entity and m.span.start < before
            ]
            return max(spans, default=-1)

        return b if last(b) > last(a) else a

    def _speaker_word(self, i: int) -> Attribution | None:
        word = self.words[i]
        if self.mention_at[i] is not None:
            return self._mention(i)
        if word.text in _PRONOUNS or demonstrative(self.words, i):
            return self._pronoun(i)
        if not word.capitalised:
            return None
        if self.lex.role_of(word.text):
            # "der Staatspräsident Gintanas Nauseda": the name after the role wins
            if i + 1 < len(self.words) and self.mention_at[i + 1] is not None:
                return self._mention(i + 1)
            role = self._role(i)
            if role.speaker is not None:
                return role
            # "der Regierungsrat" is a person's role and a government: no one with the role yet
            return self._institution(i) or role
        return self._institution(i)

    def after(self, i: int, stop: int) -> Attribution | None:
        """The speaker in the few words after word ``i`` (not at or beyond ``stop``)."""
        for j in range(i + 1, min(stop, i + 1 + _WINDOW)):
            if self.words[j].text in _ADDRESSED:
                return None  # "sagte gegenüber der Agentur dpa": whom it was said to
            found = self._speaker_word(j)
            if found is not None:
                return found
            if self.words[j].text in _OPENING_MARKS and j + 1 < stop and self.words[j + 1].capitalised:
                # a paper's title in marks: "schreibt die „Computerwoche“"
                return self.unknown_name(j + 1, stop)
            if self.words[j].punct:  # the speaker does not stand beyond a comma
                return None
            unknown = self.unknown_name(j, stop) if j == i + 1 and self.words[j].capitalised else None
            if unknown is not None:
                return unknown
        return None

    def source_before(self, i: int, start: int) -> Attribution | None:
        """The source right before a postposition: "Blinken zufolge", "dem Sprecher zufolge"."""
        return self._speaker_word(i - 1) if i - 1 >= start else None

    def before(self, i: int, start: int, strict: bool = False) -> Attribution | None:
        """The speaker in the few words before word ``i`` (not before ``start``): words quoted
        in marks are skipped ("hatte den Bericht als „falsch“ zurückgewiesen"), and so is a
        name after a preposition ("am Dienstag in Hannover erklärte"), a place inside the
        clause ("rief die Armee in Tripolis auf") and a genitive ("des Olympiaturms"); with
        ``strict`` these are no speaker at all, so that other finders may try first."""
        j = i - 1
        place: Attribution | None = None  # a name after a preposition, if no one else is named
        while j >= max(start, i - _BACK_WINDOW):
            if self.quoted[j] or self.words[j].text in _MARKS:
                j -= 1
                continue
            found = self._speaker_word(j)
            if found is not None:
                index = self.mention_at[j]
                k = j
                while index is not None and k > start and self.mention_at[k - 1] == index:
                    k -= 1
                if index is None or (
                    (k == start or self.words[k - 1].text not in _PLACE_PREPOSITIONS)
                    and not self._aside(index, j, k, start)
                ):
                    return found
                place = place or found
                j = k - 1
                continue
            if self.words[j].text == ")":
                # "die Sprecherin der Fraktion, Sandra Muster (GRÜNE), erklärte": a party in
                # brackets stands between the name and the verb
                opening = bracket_open(self.words, self.quoted, j, start)
                if opening is not None:
                    j = opening - 1
                    continue
            if self.words[j].punct and self.words[j].text != ",":  # a colon, a dash
                break
            j -= 1
        return None if strict else place

    def _aside(self, index: int, j: int, k: int, start: int) -> bool:
        """A mention (words ``k`` .. ``j``) that cannot be the subject: a place inside the
        clause, or a name in the genitive ("Olympiaturms", "Kachelmanns")."""
        mention = self.article.mentions[index]
        word = self.words[j].bare
        if word.endswith("s") and word not in self.article.entities[mention.entity].name.split():
            return True
        # "Die Handelskammer zu Köln": a place after "zu" ends an institution's name
        return (
            mention.type is EntityType.LOC and k > start and self.words[k - 1].text not in {",", "und", "zu"}
        )

    def next_to(self, cue: int, first: int) -> Attribution | None:
        """A person or pronoun right before the verb is its subject: "Schröder sagte hierzu der
        Süddeutschen Zeitung" (the newspaper after the verb is whom she told)."""
        j = cue - 1
        if j < first or (self.words[j].text in {"sie", "Sie"} and j > first):
            return None  # "sagte sie" inverted is found by right_after; "..., die sie sagte"
        index = self.mention_at[j]
        if index is not None:
            k = j
            while k > first and self.mention_at[k - 1] == index:
                k -= 1
            if k > first and self.words[k - 1].text.lower() in _NAME_PREPOSITIONS:
                return None  # "Über Steve Fossett sagte Branson": the name after a preposition
            if self.article.mentions[index].type is EntityType.PER:
                return self._mention(j)
            # "UNICEF rief Russland auf": an organisation or country before a finite verb
            # with its object after it; not "hat das Netzwerk Twitter aufgefordert,"
            follows = cue + 1 < len(self.words) and not self.words[cue + 1].punct
            if follows and self._opens_clause(k, first) and not self._aside(index, j, k, first):
                return self._mention(j)
            return None
        if self.words[j].text in _PRONOUNS and j == first:
            return self._pronoun(j)
        return None

    def _opens_clause(self, k: int, first: int) -> bool:
        """Only articles, adjectives and names stand between the clause's start (or a comma or
        "und") and word ``k``: "das Hilfswerk UNICEF", not "Gegenüber dem Tagesspiegel"."""
        j = k - 1
        while j >= first and self.words[j].text not in {",", "und"}:
            text = self.words[j].text
            lowered = text.lower()
            if lowered in _NAME_PREPOSITIONS:
                return False
            if not (lowered in _DETERMINERS or self.words[j].capitalised or text.endswith(_INFLECTED)):
                return False
            j -= 1
        return True

    def unknown_name(self, j: int, stop: int) -> Attribution | None:
        """A name the entity stage missed, alone before the end of the clause ("..., so Murtha."):
        its words, and the entity whose name ends in it ("John Murtha") when there is one."""
        k = j
        while k < min(stop, j + 3) and self.words[k].capitalised and not self.words[k].punct:
            k += 1
        if k == j or (k < stop and not self.words[k].punct) or self.lex.role_of(self.words[j].text):
            return None
        last = self.words[k - 1].bare
        speaker = None
        for index, entity in enumerate(self.article.entities):
            if entity.type is EntityType.PER and entity.name.split()[-1] == last:
                speaker = index
        return Attribution(speaker, Span(self.words[j].start, self.words[k - 1].end), None)

    def right_after(self, i: int, stop: int) -> Attribution | None:
        """A speaker standing right after the verb, maybe behind an article: the subject of an
        inverted clause ("Der Zeitung sagte Filep Karma:", "Im Interview erklärte er:")."""
        for j in range(i + 1, min(stop, i + 3)):
            found = self._speaker_word(j)
            if found is not None:
                return found
            if self.words[j].text not in _DETERMINERS:
                return None
        return None
