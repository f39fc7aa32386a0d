"""Words of one article as the quote finder sees them: cue verbs and the words that name a speaker.

The speaker is a mention ("sagte Landsbergis"), a pronoun ("sagte er": the most recent person
mentioned before), or a role noun ("sagte der Kanzler": the entity that was introduced with
that role). A generic institution that stands for no named organisation of the article ("teilte
die Polizei mit") is no entity: the quote gets no speaker entity, but its speaker words ("die
Polizei"). Where in a clause the speaker stands is :mod:`lagebild.analyse.quotes_speaker`; which
word is a cue verb, :mod:`lagebild.analyse.quotes_cues`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from lagebild.analyse.entities_lexicon import Lexicon, norm
from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_antecedent import phrase_speaking
from lagebild.analyse.quotes_cues import claims_to_know, particle_before, speech_cue, to_learn
from lagebild.analyse.quotes_epithet import holds_role, name_after_age, person_noun_at
from lagebild.analyse.quotes_pronoun import demonstrative, resolve_pronoun, subject_before
from lagebild.analyse.quotes_roleref import apposed_role
from lagebild.analyse.quotes_spokes import INDEFINITE, spokes_for, spokesperson
from lagebild.model import Article, EntityType, Span

__all__ = ["Attribution", "WordLookup"]

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


class WordLookup:
    """Cue and speaker word lookups over the words of one analysed article."""

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

    # -- cues: see lagebild.analyse.quotes_cues ----------------------------------------------
    def is_cue(self, i: int) -> bool:
        """A speech verb (not "so"), with its separable particle if it needs one."""
        return speech_cue(self.words, self.lex, i)

    def claims_to_know(self, i: int) -> int | None:
        """ "will ... erfahren haben": the index of the "will", whose subject is the source."""
        return claims_to_know(self.words, i)

    def to_learn(self, i: int) -> bool:
        """ "Von der Staatsanwaltschaft war zu erfahren, dass ...": what a body said."""
        return to_learn(self.words, i)

    def particle_before(self, i: int) -> bool:
        """A cue only by its particle written apart right before it ("bekannt gegeben")."""
        return particle_before(self.words, self.lex, i)

    # -- speakers ---------------------------------------------------------------------------
    def _mention(self, i: int) -> Attribution:
        index = self.mention_at[i]
        assert index is not None
        mention = self.article.mentions[index]
        return Attribution(mention.entity, mention.span, None)

    def refers_to(self, i: int, pronoun: str) -> int | None:
        """The person the word at ``i`` stands for when it refers like ``pronoun`` ("er", "sie")."""
        word = self.words[i]
        return resolve_pronoun(
            self.article,
            self.lex,
            pronoun=pronoun,
            at=word.start,
            sentence_of=self.sentence_of,
            quoted=self.quoted,
            mention_words=self.mention_word,
            sentence=word.sentence,
        )

    def _pronoun(self, i: int) -> Attribution:
        word = self.words[i]
        entity = self.refers_to(i, word.text)
        # "Die Firma Stadler Rail hält an den Plänen fest, wie sie mitteilte": the firm speaks
        decided, by = phrase_speaking(
            self.article, self.lex, self.words, i, self.mention_at, self.quoted, entity
        )
        if decided:
            return Attribution(by, Span(word.start, word.end), None)
        if entity is not None:
            entity = subject_before(self.article, self.lex, self.words, self.mention_word, i=i, entity=entity)
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
            if holds_role(wanted, [norm(role).lower() for role in entity.roles]):
                best = index if best is None else self._more_recent(best, index, word.start)
        best = apposed_role(self, i, wanted) if best is None else best
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
        index = self.mention_at[i]
        if index is not None:
            # "twitterte Bundesrat Ignazio Cassis": a role the entity stage took for the
            # government it sits in stands before the person who holds it
            after = self.mention_at[i + 1] if i + 1 < len(self.words) else None
            if (
                after is not None
                and after != index
                and self.article.mentions[index].type is not EntityType.PER
                and self.article.mentions[after].type is EntityType.PER
                and self.lex.role_of(word.text)
            ):
                return self._mention(i + 1)
            if self.article.mentions[index].type is not EntityType.PER and "-" in word.text:
                # "sagte die SVP-Politikerin": the party is in the word, the person was named before
                pronoun = person_noun_at(self.words, i)
                if pronoun is not None:
                    return self._like_pronoun(i, pronoun)
            return self._mention(i)
        if word.text in _PRONOUNS or demonstrative(self.words, i):
            return self._pronoun(i)
        pronoun = person_noun_at(self.words, i)
        if pronoun is not None:
            # "sagte die 45-jährige Pflegefachfrau Sandra Huber": the name after the age
            j = name_after_age(self.words, i, self._person_at)
            if j is not None:
                index = self.mention_at[j]
                assert index is not None
                mention = self.article.mentions[index]
                return Attribution(mention.entity, Span(self.words[i - 1].start, mention.span.end), None)
            # "sagte der 29-Jährige", "sagte der Franzose": the person last named, like "er"
            return self._like_pronoun(i, pronoun)
        if not word.capitalised:
            return None
        spokes = spokes_for(self, i) if spokesperson(word.text) else None
        if spokes is not None and (
            not i or self.words[i - 1].text.lower() in INDEFINITE or not self.lex.role_of(word.text)
        ):
            # "sagte ein Sprecher der Stadtpolizei Zürich": no one named, the body speaks
            return spokes
        if self.lex.role_of(word.text):
            # "der Staatspräsident Gintanas Nauseda": the name after the role wins
            if i + 1 < len(self.words) and self.mention_at[i + 1] is not None:
                return self._mention(i + 1)
            role = self._role(i)
            if role.speaker is not None:
                return role
            # "der Regierungsrat" is a person's role and a government: no one with the role yet
            return spokes or self._institution(i) or role
        return self._institution(i)

    def _like_pronoun(self, i: int, pronoun: str) -> Attribution:
        """The article and noun at word ``i`` stand for the person last named, like ``pronoun``."""
        entity = self.refers_to(i, pronoun)
        return Attribution(entity, Span(self.words[i - 1].start, self.words[i].end), None)

    def _person_at(self, j: int) -> bool:
        index = self.mention_at[j]
        return index is not None and self.article.mentions[index].type is EntityType.PER
