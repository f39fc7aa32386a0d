"""Speakers that a clause names around its speech cue: noun phrases without an entity
("ein Sprecher des Senders"), the subject of a clause, and the speaker of a speech verb in any
of these positions; sources behind prepositions ("laut Polizei", "Blinken zufolge") come from
:mod:`lagebild.analyse.quotes_sources`, the speaker a clause opens with where no verb points at it
from :mod:`lagebild.analyse.quotes_clausehead`.
"""

from __future__ import annotations

import functools

from lagebild.analyse.quotes_agree import object_first
from lagebild.analyse.quotes_bare import (
    bare_subject,
    coordinated_subject,
    passive_agent,
    quoted_subject,
    relative_clause,
    relative_subject,
)
from lagebild.analyse.quotes_bodies import body_phrase
from lagebild.analyse.quotes_clausehead import clause_subject, named_subject
from lagebild.analyse.quotes_fronted import fronted_verb
from lagebild.analyse.quotes_fuer import CARRIERS, view_holder
from lagebild.analyse.quotes_grammar import has_subjunctive
from lagebild.analyse.quotes_heissen import document_source
from lagebild.analyse.quotes_opening import (
    AUXILIARIES,
    name_before_apposition,
    opening_person,
    opening_subject,
    subject_before_relative,
)
from lagebild.analyse.quotes_sources import SourceWords
from lagebild.analyse.quotes_speaker import Attribution
from lagebild.analyse.quotes_subclause import subordinate_subject
from lagebild.analyse.quotes_subject import (
    _OBJECT_ARTICLES,
    _PREPOSITIONS,
    prefield_verb,
    subject_after_verb,
)
from lagebild.analyse.quotes_title import title_before
from lagebild.analyse.quotes_words import _DETERMINERS, _INFLECTED, _NOUN_DETERMINERS
from lagebild.language.de.lexicon import word_list
from lagebild.model import EntityType, Span

__all__ = ["Attribution", "Speakers"]

_AUX_REACH = 12  # words from a participle back to its auxiliary
# prepositions that open a clause with a phrase before its finite verb
_OPENING_PREPOSITIONS = frozenset(
    {"nach", "vor", "aus", "von", "bei", "mit", "zu", "zur", "zum", "in", "im", "auf", "am"}
)
_SUBJECTS = frozenset({"Ich", "Er", "Sie", "Wir"})  # sentence openers that are a speaker


@functools.cache
def _starters() -> frozenset[str]:
    """Words that open a sentence without being its subject ("Dabei", "Auch", "Bisher"); not a
    pronoun that speaks ("Er verständigte die Polizei und teilte mit, ...": "Er" is the subject)."""
    words = word_list("sentence_starters.txt")
    return frozenset(w for w in words if w.lower() not in _NOUN_DETERMINERS and w not in _SUBJECTS)


class Speakers(SourceWords):
    """Cue and speaker lookups over the words of one analysed article, clause by clause."""

    def noun_subject(self, cue: int, first: int) -> Attribution | None:
        """A noun with its article right before the verb names the speaker even when it is no
        entity ("Der Kanton erklärte, ...", "Die Ärzte warnten"): its words, without an entity."""
        j = cue - 1
        if j - 1 < first or not self.words[j].capitalised or self.words[j].punct:
            return None
        if self.words[j - 1].text.lower() not in _DETERMINERS:
            return None
        if j - 2 > first and self.words[j - 2].text.lower() in _PREPOSITIONS:
            # "die von einem Brand berichteten": the noun belongs to the preposition; not at the
            # clause's start ("In den Bekennerschreiben forderte man"), which names the source
            return None
        start = self.words[j - 1].start
        return Attribution(None, Span(start, self.words[j].end), None)

    def subject(self, first: int, end: int) -> Attribution | None:
        """The first speaker word of a clause, for a quote without a cue: "Der Minister nannte
        das Vorgehen „maßvoll“", "Er bezeichnete es als „Akt der Willkür“"."""
        for j in range(first, end):
            found = self._speaker_word(j)
            if found is None:
                continue
            index = self.mention_at[j]
            if index is not None and self._genitive(index, j):
                continue  # "würdigte Obamas Einsatz": whose deed, not who speaks
            if index is None or self.article.mentions[index].type is EntityType.PER:
                return found  # a person, a pronoun or a role; not "Nato" in "Nato-Verpflichtung"
        return None

    def _genitive(self, index: int, j: int) -> bool:
        word = self.words[j].bare
        name = self.article.entities[self.article.mentions[index].entity].name.split()
        return (
            word.endswith("s")
            and word not in name
            and (j + 1 >= len(self.words) or self.words[j + 1].capitalised)
        )

    def noun_phrase(self, i: int, stop: int) -> Attribution | None:
        """Speaker words that name no entity: an article, adjectives and a noun ("ein Reporter
        des Senders", "die 56-jährige Rechtsanwaltsfachangestellte", "Das auswärtige Amt")."""
        if i >= stop or self.words[i].text.lower() not in _NOUN_DETERMINERS:
            return None
        j = i + 1
        while (
            j < min(stop, i + 4)
            and self.words[j].text[:1].islower()
            and self.words[j].text.endswith(_INFLECTED)
        ):
            j += 1
        if j >= stop or not self.words[j].capitalised or self.words[j].punct:
            return None
        body = body_phrase(self, i, j, stop)  # "Das Bundesamt für Strassen teilte mit"
        if body is not None:
            return body
        return Attribution(None, Span(self.words[i].start, self.words[j].end), None)

    def around(self, cue: int, first: int, stop: int) -> Attribution:
        """Speaker of the speech verb at word ``cue``: right after it (inverted clause), else the
        subject before it, else a little after it."""
        want = self.claims_to_know(cue)
        if want is not None:
            # "Die Zeitung will aus Kreisen der Regierung erfahren haben": who "will", not "der Regierung"
            owner = self.around(want, first, stop)
            return Attribution(
                owner.speaker, owner.speaker_span, Span(self.words[cue].start, self.words[cue].end)
            )
        verb = prefield_verb(self, first, cue + 1, _starters())
        inverted = verb == cue
        # "Am Freitag hat der Minister bekanntgegeben, ...": the subject after the auxiliary
        aux = verb if verb is not None and verb < cue and self.words[verb].text in AUXILIARIES else None
        if aux is None:
            aux = self._aux_after_comma(cue, first)
        # "Für Stadtrat Imhof hält die Beschäftigung ... als „Beispiel“": whose view it is
        holder = view_holder(self, first, cue) if self.words[cue].text in CARRIERS else None
        found = (
            holder
            or document_source(self, cue, first, stop)
            or self._after_report(cue, first, stop)
            or quoted_subject(self, cue, first)
            or subordinate_subject(self, cue, first)
            or coordinated_subject(self, cue, first)
            or relative_subject(self, cue, first)
            or relative_clause(self, cue, first)
            or title_before(self, cue, first)
            or self._opening(cue, first, stop)
            or subject_before_relative(self, cue, first, _starters())
            or (subject_after_verb(self, cue, stop) if fronted_verb(self, first, cue) else None)
            or self.next_to(cue, first)
            or passive_agent(self, cue, first)
            or self.right_after(cue, stop)
            or (subject_after_verb(self, cue, stop) if inverted else None)
            or (subject_after_verb(self, aux, cue) if aux is not None else None)
            or name_before_apposition(self, cue if aux is None else aux, first)
            or self._after_long_prefield(cue, first, stop)
            or self.before(cue, first, strict=True)
            or self.noun_subject(cue, first)  # "Der Wetterdienst warnte ... im Mittelland"
            or self.after(cue, stop)
            or self.noun_phrase(cue + 1, stop)
            or self.noun_phrase(first, cue)
            or bare_subject(self, cue, first, _starters())
            or self.before(cue, first)
        )
        word = self.words[cue]
        span = Span(word.start, word.end)
        if found is None:
            return Attribution(None, None, span)
        found = object_first(self, found, first, cue, stop)  # "Die Bauern beschrieb die Agentur"
        return Attribution(found.speaker, found.speaker_span, span)

    def _after_long_prefield(self, cue: int, first: int, stop: int) -> Attribution | None:
        """ "Nach der Aktion von Rebellen am Freitag zur Befreiung ihrer Freunde aus dem Gefängnis
        von Kandahar kündigte heute der Präsident an, ...": a clause that opens with a preposition
        puts its subject after the finite verb, however long the phrase before it."""
        opening = self.words[first].text.lower()
        if opening not in _OPENING_PREPOSITIONS or not self.words[cue].text[:1].islower():
            return None
        if any(self.words[k].punct or self.quoted[k] for k in range(first, cue)):
            return None
        return subject_after_verb(self, cue, stop)

    def _aux_after_comma(self, cue: int, first: int) -> int | None:
        """ "In der Debatte, die ... geführt wird, hat Staatssekretär X gefordert, ...": a finite
        auxiliary right after a comma takes the clause before it as its first place."""
        for a in range(cue - 1, max(first, cue - _AUX_REACH) - 1, -1):
            word = self.words[a]
            if word.text == "," or self.quoted[a]:
                return None
            if word.text in AUXILIARIES and a > first and self.words[a - 1].text == ",":
                return a
        return None

    def _after_report(self, cue: int, first: int, stop: int) -> Attribution | None:
        """ "Sie sei „geschockt“, sagte die Königin": after a clause in Konjunktiv and its comma
        the verb comes first and its subject right after it; the clause's own subject is not
        the speaker."""
        # "Der Grund, so vermutet die Zeitung, sei ...": "so" and its verb between commas
        so = cue - 2 > first and self.words[cue - 1].text == "so" and self.words[cue - 2].text == ","
        if so:
            return subject_after_verb(self, cue, stop) or self.right_after(cue, stop)
        if cue - 1 <= first or self.words[cue - 1].text != ",":
            return None
        if not has_subjunctive(self.words[first : cue - 1]):
            return None
        return self.right_after(cue, stop) or self.after(cue, stop)

    def _opening(self, cue: int, first: int, stop: int) -> Attribution | None:
        """The subject the clause opens with ("Der Verband nannte sie „fahrlässig“"); a bare
        noun phrase yields to a person right after the verb ("Der Zeitung sagte Filep Karma")."""
        found = opening_subject(self, first, cue, _starters())
        if found is None or found.speaker is not None:
            return found
        if cue + 1 < stop and self.words[cue + 1].text in _OBJECT_ARTICLES:
            return found  # "Die Kampagne warf dem Gemeinderat X vor": the person is the object
        if self._bare_plural(found, first):
            return found  # "Kritiker werfen Keller vor, ...": the person after the verb is the object
        after = self.right_after(cue, stop)
        index = (
            self.mention_at[self.word_at(after.speaker_span.start) or 0]
            if after and after.speaker_span
            else None
        )
        if index is not None and self.article.mentions[index].type is EntityType.PER:
            return None
        return found

    def _bare_plural(self, found: Attribution, first: int) -> bool:
        """ "Kritiker", "Beobachter" opening the clause without an article: a plural subject, not
        a dative ("Der Zeitung sagte X" has its article, "Journalisten sagte X" its "-n")."""
        word = self.words[first]
        return (
            found.speaker_span is not None
            and found.speaker_span.start == word.start
            and word.capitalised
            and word.text.lower() not in _DETERMINERS
            and not word.text.endswith("n")
        )

    def opening_person(self, first: int, end: int) -> Attribution | None:
        """The person in the noun phrase words ``first`` .. ``end`` open with."""
        return opening_person(self, first, end, _starters())

    def named_subject(self, first: int, end: int) -> Attribution | None:
        """The clause's subject with the person a role noun names: see
        :func:`lagebild.analyse.quotes_clausehead.named_subject`."""
        return named_subject(self, first, end)

    def clause_subject(self, first: int, end: int) -> Attribution | None:
        """The speaker a clause opens with, even when it is no entity: see
        :func:`lagebild.analyse.quotes_clausehead.clause_subject`."""
        return clause_subject(self, first, end, _starters())
