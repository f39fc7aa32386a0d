"""One sentence as the indirect-speech finders see it: its words, which of them stand in
quotation marks, its cues, and where a reported clause in it ends (before ", sagte X", ", so X",
", wie X sagte", or a clause in the writer's voice after "doch"/"aber")."""

from __future__ import annotations

from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_clause import Attribution, Speakers
from lagebild.analyse.quotes_grammar import QUOTE_MARKS, has_subjunctive
from lagebild.analyse.quotes_opinion import judges_as, sees_in
from lagebild.model import EntityType, Quote, QuoteKind, Span

__all__ = ["MIN_CLAUSE", "TAIL_WINDOW", "Sentence"]

_BUT = frozenset({"doch", "aber", "jedoch"})  # a clause after these may be the writer's again
MIN_CLAUSE = 3  # words a reported clause needs at least
TAIL_WINDOW = 8  # words after "wie" in which its speech verb must stand ("wie X am Montag mitteilte")
_ROLE_ARTICLES = frozenset({"der", "die", "ein", "eine"})  # "sagte der Sprecher der Polizei, X, ..."
_SO_TAIL = 12  # words from a closing ", so X" to the end of the sentence ("so X im Fernsehen")


class Sentence:
    """The words of one sentence, and which of them stand inside quotation marks."""

    def __init__(self, words: list[Word], speakers: Speakers, first: int, last: int, inside: list[bool]):
        self.words = words
        self.speakers = speakers
        self.first = first
        self.last = last
        self.inside = inside

    def cue(self, i: int) -> bool:
        return not self.inside[i] and self.speakers.is_cue(i)

    def act_cue(self, i: int) -> bool:
        """A cue of a speech act told in the writer's words: a speech verb, or a view someone
        sees in a thing ("Die Grünen sehen darin keine Lösung")."""
        if self.cue(i):
            return not self.speakers.particle_before(i)
        return not self.inside[i] and (
            sees_in(self.words, i, self.last) or judges_as(self.words, i, self.last)
        )

    def end(self) -> int:
        """Index after the last word that is no final punctuation."""
        end = self.last
        while end > self.first and self.words[end - 1].punct and not self.inside[end - 1]:
            end -= 1
        return end

    def quote(self, start: int, stop: int, who: Attribution) -> Quote | None:
        while stop > start and self.words[stop - 1].punct and not self.inside[stop - 1]:
            stop -= 1
        if stop - start < MIN_CLAUSE or all(self.inside[start:stop]):
            return None  # too short, or a quotation in marks that is found as such
        span = Span(self.words[start].start, self.words[stop - 1].end)
        return Quote(span, QuoteKind.INDIRECT, who.speaker, who.speaker_span, who.cue)

    def past_apposition(self, cue: int, comma: int) -> tuple[int, Attribution | None]:
        """ "Am Montag sagte der Sprecher der Polizei, Hans Muster, es gebe keine Verletzten": the
        name between two commas after the role behind the verb is its apposition and the one who
        speaks; the reported clause begins after the second comma. Returns that comma and the
        name, else ``comma`` and None."""
        s, words, sp = self, self.words, self.speakers
        index = sp.mention_at[comma + 1]
        if words[cue + 1].text not in _ROLE_ARTICLES or index is None:
            return comma, None
        mention = sp.article.mentions[index]
        persons = {
            m
            for m in sp.mention_at[cue + 1 : comma]
            if m is not None and sp.article.mentions[m].type is EntityType.PER
        }
        if mention.type is not EntityType.PER or persons:
            return comma, None  # "sagte die Ministerin Eva Roth, Meier ...": the role has its name already
        j = comma + 1
        while j < s.last and sp.mention_at[j] == index:
            j += 1
        if j + MIN_CLAUSE >= s.last or words[j].text != "," or s.inside[j]:
            return comma, None
        return j, Attribution(mention.entity, mention.span, Span(words[cue].start, words[cue].end))

    def document(self, first: int, c: int) -> Attribution | None:
        """ "Wie (sich) aus einer Mitteilung der Armee hervorgeht": the document is the source."""
        s, k = self, first
        while k + 1 < c and s.words[k + 1].text in {"sich", "aus"}:
            k += 1
        found = s.speakers.source_after(k, c)
        cue = Span(s.words[c].start, s.words[c].end)
        if found is None or found.speaker_span is None:
            return None
        # "aus einer Mitteilung der Stadt Winterthur": the body whose document it is stands up to
        # the verb; it speaks when the text knows it as a person or organisation
        sp = s.speakers
        j = sp.word_at(found.speaker_span.end - 1)
        if found.speaker is None and j is not None and j + 2 < c and s.words[j + 1].text in {"der", "des"}:
            if any(w.punct for w in s.words[j + 2 : c]):
                return Attribution(None, found.speaker_span, cue)
            stop = next((k for k in range(j + 2, c) if not _genitive_word(s.words[k].text)), c)
            named = {sp.mention_at[k] for k in range(j + 2, stop)} - {None}
            entity = None
            if len(named) == 1:
                mention = sp.article.mentions[named.pop() or 0]
                entity = mention.entity if mention.type in {EntityType.ORG, EntityType.PER} else None
            return Attribution(entity, Span(found.speaker_span.start, s.words[stop - 1].end), cue)
        return Attribution(found.speaker, found.speaker_span, cue)

    def tail_cue(self, k: int) -> int:
        """Where a reported clause starting at ``k`` ends: before ", sagte X" / ", so X" / ", wie
        X sagte", else at the end of the sentence."""
        for j in range(k, self.last - 1):
            if self.words[j].text == "," and not self.inside[j] and self._attributes(j + 1) is not None:
                return j
            if self.words[j].text == "," and not self.inside[j] and self._writer_again(j + 1):
                return j
        return self.end()

    def _writer_again(self, j: int) -> bool:
        """ "Der Verteidiger betonte, er sei unschuldig, doch die Richterin ließ sich auf nichts
        ein": after "doch" or "aber" a clause in Indikativ is the writer's own again."""
        if self.words[j].text not in _BUT or j + 2 >= self.last:
            return False
        stop = j + 1
        while stop < self.last and self.words[stop].text not in {",", ":", ";"} and not self.inside[stop]:
            stop += 1
        clause = self.words[j + 1 : stop]
        return len(clause) >= MIN_CLAUSE and not has_subjunctive(clause)

    def _attributes(self, j: int) -> int | None:
        """The cue of a tail attribution beginning at word ``j``: "sagte X", "wie X sagte",
        "so X" when it closes the sentence."""
        if self.cue(j) or self.so_tail(j) is not None:
            return j
        if self.words[j].text.lower() == "wie":
            for c in range(j + 1, min(self.last, j + 1 + TAIL_WINDOW)):
                if self.words[c].text == "," or self.inside[c]:
                    return None
                if self.cue(c):
                    return c
        return None

    def so_tail(self, j: int) -> Attribution | None:
        """ "Das Werk bleibt geschlossen, so Firmensprecher Beat Huber am Montag.": "so" and its
        source close the sentence, in Indikativ too; "so dass" and "so wie" are no source, and
        "..., so der Präsident, sei ..." (the source between commas) is reported speech."""
        end = self.end()
        if self.words[j].text != "so" or self.inside[j] or end - j > _SO_TAIL or j + 1 >= end:
            return None
        if any(w.text in {",", ":", ";"} or w.text in QUOTE_MARKS for w in self.words[j + 1 : end]):
            return None
        sp = self.speakers
        return sp.right_after(j, end) or sp.noun_phrase(j + 1, end) or sp.unknown_name(j + 1, end)


def _genitive_word(text: str) -> bool:
    """A word of a body named in the genitive: "der Stadt Winterthur", "des Bundesamtes für
    Umwelt", "der kantonalen Polizei"; not "vom Montag"."""
    return (
        text[:1].isupper() or text in {"der", "des", "für", "und"} or text.endswith(("e", "en", "er", "es"))
    )
