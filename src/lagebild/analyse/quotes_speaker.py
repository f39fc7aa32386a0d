"""Finding the speaker near a cue: after it, before it, right next to it.

Organisations and places may speak too ("Litauen verlangt"), as news writes them; names after a
preposition ("am Dienstag in Hannover erklärte"), places inside the clause and genitives are
passed over. The words themselves (mentions, pronouns, roles, institutions) are
:mod:`lagebild.analyse.quotes_words`.
"""

from __future__ import annotations

from lagebild.analyse.quotes_brackets import bracket_open
from lagebild.analyse.quotes_roleref import apposed_name
from lagebild.analyse.quotes_words import (
    _ADDRESSED,
    _BACK_WINDOW,
    _DETERMINERS,
    _INFLECTED,
    _MARKS,
    _NAME_PREPOSITIONS,
    _OPENING_MARKS,
    _PLACE_PREPOSITIONS,
    _PRONOUNS,
    _WINDOW,
    Attribution,
    WordLookup,
)
from lagebild.model import EntityType, Span

__all__ = ["Attribution", "SpeakerWords"]


class SpeakerWords(WordLookup):
    """Cue and speaker lookups over the words of one analysed article."""

    def after(self, i: int, stop: int) -> Attribution | None:
        """The speaker in the few words after word ``i`` (not at or beyond ``stop``)."""
        for j in range(i + 1, min(stop, i + 1 + _WINDOW)):
            if self.words[j].text in _ADDRESSED:
                return None  # "sagte gegenüber der Agentur dpa": whom it was said to
            # "sagte der Oberrabbiner Israels, Yona Metzger.": the person, not the genitive
            found = (apposed_name(self, j) if self.lex.role_of(self.words[j].text) else None) or (
                self._speaker_word(j)
            )
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
                    and not self._with_article(k, start)
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

    def _with_article(self, k: int, start: int) -> bool:
        """A name after "mit" and a dative article: "hat in einem Interview mit der Süddeutschen
        Zeitung gefordert" (whom the speaker talked to, not the speaker)."""
        return (
            k - 2 >= start
            and self.words[k - 1].text in {"der", "dem"}
            and self.words[k - 2].text.lower() == "mit"
        )

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
