"""Speakers of quotations in marks.

A quotation in marks gets its speaker from, in this order:

1. a cue right after it: «...», sagte Landsbergis / «...», so der Minister;
2. a cue before it in its sentence: Blinken sagte: «...» / Litauen verlangt, dass ... «...»;
3. any other speech verb in its sentence;
4. the context (:func:`lagebild.analyse.quotes_context.from_earlier`): the nearest earlier quote
   or speech verb with a speaker in the same paragraph,
   at most two sentences back ("versicherte Blinken ... Die Verpflichtung sei «unantastbar».").
"""

from __future__ import annotations

from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_agree import cited_person
from lagebild.analyse.quotes_clause import Attribution, Speakers
from lagebild.analyse.quotes_colon import colon_subject
from lagebild.analyse.quotes_context import from_earlier
from lagebild.analyse.quotes_fronted import fronted_verb
from lagebild.analyse.quotes_fuer import view_holder
from lagebild.analyse.quotes_grammar import has_subjunctive
from lagebild.analyse.quotes_heissen import document_source
from lagebild.analyse.quotes_lead import lead_noun_source, with_words
from lagebild.analyse.quotes_listed import listed_speaker
from lagebild.analyse.quotes_marks import MarkedQuote
from lagebild.analyse.quotes_nouns import noun_owner
from lagebild.analyse.quotes_opening import AUXILIARIES
from lagebild.analyse.quotes_partial import NO_ONE, behind_preposition, clause_speaker, relative_speaker
from lagebild.analyse.quotes_relative import in_closed_relative
from lagebild.analyse.quotes_subclause import PERFECT
from lagebild.analyse.quotes_subject import subject_after_verb
from lagebild.analyse.quotes_titlelike import is_quotation
from lagebild.analyse.quotes_wie import wie_speaker
from lagebild.analyse.quotes_written import written_source
from lagebild.model import Article, EntityType, Quote, QuoteKind, Span

__all__ = ["attribute_marked"]

_TAIL_CUE = 3  # words after the closing mark in which ", sagte X" must begin
_LEAD_BACK = frozenset({"Das", "Dies", "Diese", "Dieses", "So"})  # "Das sagte der Minister."
# "zeigte sich überzeugt": a stance before the quote, its subject the speaker
_ZEIGEN = frozenset({"zeigte", "zeigten", "zeigt", "zeigen"})
# "„Wo bleibt das Geld?“, will der Gemeinderat wissen": asking, told right after the question
_WOLLEN = frozenset({"will", "wollte", "wollen", "wollten"})


class _Direct:
    def __init__(self, words: list[Word], speakers: Speakers, marked: list[MarkedQuote]) -> None:
        self.words = words
        self.speakers = speakers
        self.inside = [False] * len(words)
        for quote in marked:
            first = speakers.word_at(quote.start)
            last = speakers.word_at(quote.end)
            if first is not None and last is not None:
                for k in range(first, last):
                    self.inside[k] = True

    def sentence_range(self, i: int) -> tuple[int, int]:
        first = last = i
        sentence = self.words[i].sentence
        while first > 0 and self.words[first - 1].sentence == sentence:
            first -= 1
        while last < len(self.words) and self.words[last].sentence == sentence:
            last += 1
        return first, last

    def after(self, close: int) -> Attribution | None:
        """«...», sagte X / «...», so X / «...», wie X sagte."""
        _, stop = self.sentence_range(close)
        seen = 0
        for j in range(close + 1, stop):
            word = self.words[j]
            if self.inside[j]:  # the next quotation has begun
                break
            if word.punct:
                continue
            seen += 1
            if seen > _TAIL_CUE:
                break
            if word.text == "und":  # "„...“ und verwies auf ...": the subject stands before
                break
            # "„…“, zeigte sich der Trainer zufrieden": a stance told right after the quote
            stance = word.text in _ZEIGEN and j + 1 < stop and self.words[j + 1].text == "sich"
            stance = stance or (seen == 1 and word.text in _WOLLEN and _wissen(self.words, j, stop))
            if self.speakers.is_cue(j) or stance or (word.text == "so" and self.words[j - 1].punct):
                if word.text == "so" and j + 1 < stop and self.speakers.is_cue(j + 1):
                    return self._told(j + 1, close, stop)  # "„…“, so heisst es in der Erklärung"
                return self._told(j, close, stop)
        return None

    def _told(self, j: int, close: int, stop: int) -> Attribution:
        """Who tells the quote closing at ``close`` through the verb (or "so") at word ``j``."""
        found = (
            document_source(self.speakers, j, close + 1, stop)
            or self.speakers.after(j, stop)
            or (lead_noun_source(self.speakers, j + 1, stop) if j + 1 < stop else None)
            or self.speakers.before(j, close + 1)
            or self.speakers.noun_phrase(j + 1, stop)  # "..., beschreibt ein Anwohner"
            or subject_after_verb(self.speakers, j, stop)  # "„…?“ fragen sich Experten"
        )
        cue = Span(self.words[j].start, self.words[j].end)
        end = j + 1 + (j + 1 < stop and self.words[j + 1].text in PERFECT)  # "bezeichnet hat."
        if found is None and (end >= stop or self.words[end].punct):
            # "... den Bericht als „falsch“ zurückgewiesen.": the clause's own subject
            first, _ = self.sentence_range(close)
            found = self.speakers.around(j, first, stop)
        if found is None or (found.speaker is None and found.speaker_span is None):
            return Attribution(None, None, cue)
        found = cited_person(self.speakers, found, j, stop)  # "zitiert die Zeitung X"
        return Attribution(found.speaker, found.speaker_span, cue)

    def before(self, open_: int, direct: bool) -> Attribution | None:
        """X sagte: «...» / Dazu sagte X: «...» / Litauen verlangt, dass ... «...»."""
        first, _ = self.sentence_range(open_)
        end = open_
        if first == open_ and direct and open_ > 0 and self.words[open_ - 1].text == ":":
            # a splitter that ends sentences at colons: the cue is in the sentence before
            end = open_ - 1
            first, _ = self.sentence_range(end)
        skipped: int | None = None
        for j in range(end - 1, first - 1, -1):
            so = self.words[j].text == "so" and j > first and self.words[j - 1].text == ","
            if not self.inside[j] and (self.speakers.is_cue(j) or so):  # "..., so X weiter: «...»"
                if in_closed_relative(self.words, self.speakers.quoted, j, first, end):
                    skipped = j if skipped is None else skipped  # ", der ... aufgerufen haben soll,"
                    continue
                if self.words[j].capitalised:
                    # "sind nach Angaben des Leiters „...“": a speech noun names its source
                    source = self.speakers.source_in(first, end)
                    if source is not None:
                        return source
                return self.speakers.around(j, first, end)
        return None if skipped is None else self.speakers.around(skipped, first, end)

    def next_sentence(self, close: int) -> Attribution | None:
        """ "„Ja, es gibt Zumutungen.“ Das musste der Minister einräumen.": a quote that is a
        sentence of its own, told by a speech verb in the next sentence that opens with "Das"."""
        _, stop = self.sentence_range(close)
        if stop >= len(self.words) or self.words[stop].text not in _LEAD_BACK or self.inside[stop]:
            return None
        if self.words[stop].block != self.words[close].block:
            return None
        _, last = self.sentence_range(stop)
        for j in range(stop + 1, last):
            if not self.inside[j] and self.speakers.is_cue(j):
                return self.speakers.around(j, stop, last)
        return None

    def anywhere(self, i: int) -> Attribution | None:
        first, last = self.sentence_range(i)
        for j in range(first, last):
            if not self.inside[j] and self.speakers.is_cue(j):
                return self.speakers.around(j, first, last)
        return None


def _wissen(words: list[Word], j: int, stop: int) -> bool:
    """ "wissen" ends the clause that word ``j`` opens ("will der Gemeinderat wissen.")."""
    k = j + 1
    while k < stop and not words[k].punct:
        k += 1
    return k - 1 > j and words[k - 1].text == "wissen"


def _reported(direct: _Direct, i: int) -> bool:
    """The sentence of word ``i`` is in Konjunktiv I outside its marks: it goes on reporting
    an earlier speaker ("Der Rücktritt sei ein „natürlicher Vorgang“"), not its subject."""
    first, last = direct.sentence_range(i)
    return has_subjunctive([direct.words[k] for k in range(first, last) if not direct.inside[k]])


def _fronted(direct: _Direct, open_: int, close: int) -> Attribution | None:
    """ "Als „verpasste Chance“ beurteilte der Fraktionschef das Wirken ...": words in marks in
    the first phrase, the finite verb right after them, and its subject after the verb."""
    first, last = direct.sentence_range(open_)
    verb = close + 1
    if verb >= last:
        return None
    words = direct.words
    # "Zu den Features von „Maelstrom“ gehört ...": after other first phrases only a speech verb
    chain = fronted_verb(direct.speakers, first, verb) and direct.speakers.is_cue(verb)
    if not (chain or (open_ - 1 == first and words[first].text == "Als")):
        return None
    if not words[verb].text[:1].islower() or words[verb].punct or words[verb].text in AUXILIARIES:
        return None  # "Bei der Herstellung der „Genbäume“ werden die Triebe geteilt": passive
    return subject_after_verb(direct.speakers, verb, last)


def _person(speakers: Speakers, found: Attribution) -> bool:
    return found.speaker is not None and speakers.article.entities[found.speaker].type is EntityType.PER


def _after_colon(direct: _Direct, open_: int) -> bool:
    return open_ > 0 and direct.words[open_ - 1].text == ":" and not direct.inside[open_ - 1]


def _attribute(direct: _Direct, quote: MarkedQuote) -> Quote:
    speakers = direct.speakers
    open_ = speakers.word_at(quote.start - 1)
    close = speakers.word_at(quote.end)
    found: Attribution | None = None
    if open_ is not None:
        # "Auf dem Transparent war „…“ zu lesen": no one speaks, the transparent carries the words
        # (a sentence split inside the marks goes on to the one the closing mark ends)
        first, last = direct.sentence_range(open_)
        last = last if close is None else max(last, direct.sentence_range(close)[1])
        found = written_source(speakers, first, last, open_)
    if open_ is not None and found is None:
        # "..., Anna Berger („...“), und der Präsident Beat Imhof: „...“": a list of speakers
        found = listed_speaker(speakers, open_)
    if open_ is not None and found is None and quote.kind is QuoteKind.PARTIAL:
        first = direct.sentence_range(open_)[0]
        # "den Vorwurf der SVP, ...", "Wie X festhält, verlangt «...»"
        found = noun_owner(speakers, first, open_) or wie_speaker(speakers, first, open_)
    if close is not None and found is None:
        found = direct.after(close)
    if found is None and open_ is not None:
        # "Für Stadtrat Imhof ist der Entscheid „ein Affront“": whose view it is
        found = view_holder(speakers, direct.sentence_range(open_)[0], open_)
    # speaker words without an entity ("teilte die Polizei mit") are an answer too
    if (found is None or (found.speaker is None and found.speaker_span is None)) and open_ is not None:
        before = direct.before(open_, quote.kind is QuoteKind.DIRECT)
        found = before if before is not None and (found is None or before.speaker is not None) else found
    if found is None and open_ is not None and quote.kind is QuoteKind.PARTIAL:
        found = relative_speaker(speakers, *direct.sentence_range(open_), open_)
    if found is None and open_ is not None:
        found = direct.anywhere(open_)
    if found is None and close is not None and quote.kind is QuoteKind.DIRECT:
        found = direct.next_sentence(close)
    if found is None and open_ is not None:
        first, last = direct.sentence_range(open_)
        found = speakers.source_in(first, last)
    if found is None and open_ is not None and close is not None and quote.kind is QuoteKind.PARTIAL:
        first, last = direct.sentence_range(open_)
        found = with_words(speakers, first, open_, close, last) or _fronted(direct, open_, close)
    if found is None and open_ is not None and quote.kind is QuoteKind.PARTIAL:
        # no cue at all: words in marks inside a sentence belong to its subject
        first, last = direct.sentence_range(open_)
        # "wird vom Lawinendienst als „sehr hoch“ eingestuft", "Pro Bahn, der das als „...“ sieht"
        found = clause_speaker(speakers, first, last, open_)
        # "Vergleiche werden gezogen mit „...“": the subject of a passive is no speaker
        passive = found is NO_ONE
        if found is None or passive:
            found = speakers.subject(first, open_)
            found = None if behind_preposition(speakers, found) else found
        # a noun that names no one, in Konjunktiv, is no speaker: the sentence goes on
        # reporting an earlier one ("Der Rücktritt sei ein „natürlicher Vorgang“")
        reported = found is None and (passive or _reported(direct, open_))
        subject = speakers.clause_subject(first, open_) if found is None and not reported else None
        # "Russlands «rücksichtslose Aggression»": a genitive right before the marks is no speaker
        span = subject.speaker_span if subject is not None else None
        if span is not None and open_ > 0 and span.end < direct.words[open_ - 1].start:
            found = subject
    if (found is None or found.speaker_span is None) and open_ is not None and _after_colon(direct, open_):
        # "Bundesinnenminister Schäuble: „...“", "Die Bewohner sehen es gelassen: „...“"
        colon = open_ - 1
        first, _ = direct.sentence_range(colon)
        subject = colon_subject(speakers, first, colon)
        if subject is not None and _reported(direct, colon) and not _person(speakers, subject):
            # "Queensland sei Neuseeland zu Dank verpflichtet: „...“": a sentence in Konjunktiv
            # goes on reporting the earlier speaker; a place or a thing there is no speaker
            subject = None
        if subject is not None:
            cue = found.cue if found is not None else None
            found = Attribution(subject.speaker, subject.speaker_span, cue)
    span = Span(quote.start, quote.end)
    if found is None:
        return Quote(span, quote.kind)
    return Quote(span, quote.kind, found.speaker, found.speaker_span, found.cue)


def attribute_marked(
    article: Article, words: list[Word], speakers: Speakers, marked: list[MarkedQuote]
) -> list[Quote]:
    """Every quotation in marks as a quote, with its speaker where the text names one."""
    marked = [q for q in marked if not q.title_like or is_quotation(words, speakers, q)]
    direct = _Direct(words, speakers, marked)
    return from_earlier(speakers, direct.inside, [_attribute(direct, q) for q in marked])
