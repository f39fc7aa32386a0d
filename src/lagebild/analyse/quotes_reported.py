"""Reported speech: a source named by a preposition, and speech acts told in the writer's words.

- "laut Polizei", "nach Angaben der Polizei", "Blinken zufolge", "..., so der Präsident, ...":
  the wording is the writer's, so the span is the whole sentence.
- speech acts told in the writer's words are :mod:`lagebild.analyse.quotes_acts`.
"""

from __future__ import annotations

from lagebild.analyse.entities_lexicon import Lexicon
from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_clause import Attribution, Speakers
from lagebild.analyse.quotes_grammar import QUOTE_MARKS, has_subjunctive, trim_end
from lagebild.analyse.quotes_sources import _LAUT, POSSESSIVES, noun, speech_noun, web_address
from lagebild.model import Quote, QuoteKind, Span

__all__ = ["reported"]

# "laut dem Sprecher", "laut einem Bericht", not "es war laut"
_DET = frozenset({"der", "die", "dem", "den", "des", "einem", "einer", "eines"})
# lower-case words that may stand between "nach" and its noun ("nach ersten Angaben")
_BETWEEN = ("e", "en", "er", "em")


def _source_start(words: list[Word], i: int, last: int) -> bool:
    """Word ``i`` may open the source after "laut": a noun or name, an article, a possessive or
    an adjective before a noun ("laut ihren Aussagen", "laut israelischen Medien"), a compound
    after an abbreviation ("laut ai-Bericht") or a web address ("laut ndr.de"); not "es war laut"."""
    word = words[i]
    if word.capitalised or word.text in _DET or _title_at(words, i, last) or noun(word.text):
        return True
    if web_address(word.text) or word.text in POSSESSIVES:
        return True
    return (
        word.text.endswith(_BETWEEN)
        and i + 1 < last
        and (
            words[i + 1].capitalised
            or (words[i + 1].text.endswith(_BETWEEN) and i + 2 < last and words[i + 2].capitalised)
        )
    )


# nouns after "nach" that tell a time unless an indefinite article makes them a source:
# "nach einer Veröffentlichung im Fachblatt", not "nach der Veröffentlichung kam es zu Protesten"
_AFTER_EVENT = frozenset({"urteil", "veröffentlichung", "nachricht"})
_INDEFINITE = frozenset({"einem", "einer", "eines"})


def _source_noun(words: list[Word], i: int, j: int) -> bool:
    return words[j].text.lower() not in _AFTER_EVENT or words[i + 1].text in _INDEFINITE


# nouns of a document whose content "Danach ..." goes on to tell
_DOCUMENTS = (
    "studie", "bericht", "umfrage", "analyse", "darstellung", "untersuchung", "gutachten",
    "statistik", "zahlen", "erhebung", "auswertung", "dokument", "entwurf", "prognose",
)  # fmt: skip


def _after_document(words: list[Word], first: int) -> bool:
    """ "Die Bank veröffentlichte neue Quartalszahlen. Danach verzeichnet sie Verluste.":
    "Danach" opens a sentence right after one that names a document, and means "according to
    it"; otherwise it tells a time ("Danach fuhr er nach Hause")."""
    if words[first].text != "Danach" or first == 0:
        return False
    sentence, block = words[first - 1].sentence, words[first].block
    k = first - 1
    while k >= 0 and words[k].sentence == sentence and words[k].block == block:
        if words[k].capitalised and words[k].text.lower().endswith(_DOCUMENTS):
            return True
        k -= 1
    return False


_VIEWS = frozenset({"Meinung", "Ansicht", "Auffassung", "Einschätzung", "Überzeugung", "Vernehmen"})
_HOLDERS = frozenset({"seiner", "ihrer", "Seiner", "dessen", "deren", "dem", "Dem"})


def _view_before(words: list[Word], i: int, first: int) -> bool:
    """ "seiner Meinung nach", "dem Vernehmen nach", "Grupps Ansicht nach": "nach" after a view
    and whose it is. Not "Ihrer Meinung nach" (an interviewer's question), nor a view in a
    relative clause ("die Regierung, die ihrer Meinung nach ..."), nor one whose holder a speech
    verb of the sentence names ("X erklärte, Y besitze seiner Meinung nach ...")."""
    if i - 2 < first or words[i - 1].text not in _VIEWS:
        return False
    if i - 4 >= first and words[i - 4].text == "," and words[i - 3].text.lower() in {"die", "der", "das"}:
        return False
    holder = words[i - 2].text
    return holder in _HOLDERS or (holder[:1].isupper() and holder.endswith("s") and len(holder) > 3)


def _title_at(words: list[Word], i: int, last: int) -> bool:
    """A title in marks: "laut „Welt“"."""
    return i + 1 < last and words[i].text in QUOTE_MARKS and words[i + 1].text[:1].isupper()


def _title(speakers: Speakers, i: int, last: int) -> Attribution:
    """The words of a title in marks after ``i`` (the mark, or an article before it: "gemäss der
    «Berner Zeitung»"), with the entity named in it, or no one."""
    words = speakers.words
    if words[i].text in _DET and i + 1 < last:
        i += 1
    if not _title_at(words, i, last):
        return Attribution(None, None, None)
    j = i + 1
    while j < last and words[j].text not in QUOTE_MARKS and j < i + 6:
        j += 1
    named = {speakers.mention_at[k] for k in range(i + 1, j)} - {None}
    index = named.pop() if len(named) == 1 else None
    entity = None if index is None else speakers.article.mentions[index].entity
    return Attribution(entity, Span(words[i + 1].start, words[j - 1].end), None)


def reported(words: list[Word], speakers: Speakers, lex: Lexicon, first: int, last: int) -> list[Quote]:
    """Reported speech of the sentence ``first`` .. ``last``: one quote per source it names.
    "Nach Angaben der Behörden sind 384 Menschen gestorben, darunter laut UNO 62 Zivilisten":
    the part after the comma before the second source is that source's."""
    quote = _reported_from(words, speakers, lex, first, last)
    if quote is None or quote.cue is None:
        return [] if quote is None else [quote]
    after = speakers.word_at(quote.cue.end - 1)
    if after is None:
        return [quote]
    second = _reported_from(words, speakers, lex, after + 1, last)
    if second is None or second.cue is None or (second.speaker is None and second.speaker_span is None):
        return [quote]
    cue = speakers.word_at(second.cue.start)
    comma = max((k for k in range(after + 1, cue or after) if words[k].text == ","), default=None)
    if comma is None or comma <= after + 1:
        return [quote]
    end = trim_end(words, first, comma)
    stop = trim_end(words, comma + 1, last)
    if end <= first or stop <= comma + 1:
        return [quote]
    head = Quote(Span(quote.span.start, words[end - 1].end), *_rest(quote))
    tail = Quote(Span(words[comma + 1].start, words[stop - 1].end), *_rest(second))
    return [head, tail]


def _rest(quote: Quote) -> tuple[QuoteKind, int | None, Span | None, Span | None]:
    return quote.kind, quote.speaker, quote.speaker_span, quote.cue


def _reported_from(
    words: list[Word], speakers: Speakers, lex: Lexicon, first: int, last: int
) -> Quote | None:
    nouns = {second for _, second, *_ in (p for p in lex.speech_prepositions if len(p) > 1)}
    for i in range(first, last):
        lowered = words[i].text.lower()
        who: Attribution | None = None
        cue_end = i
        if lowered in _LAUT and i + 1 < last and _source_start(words, i + 1, last):
            who = speakers.source_after(i, last) or _title(speakers, i + 1, last)
        elif lowered == "nach":
            for j in (i + 1, i + 2, i + 3):
                if j < last and speech_noun(words[j].text, nouns) and _source_noun(words, i, j):
                    cue_end = j
                    # "nach Angaben der Polizei"; not "dienten nach israelischen Angaben dem
                    # Transport": a phrase after the noun that is no genitive is no source
                    genitive = j + 1 < last and (
                        words[j + 1].text in _GENITIVES or speakers.mention_at[j + 1] is not None
                    )
                    found = speakers.source_after(j, last) if genitive else None
                    # "nach Medienberichten": the noun itself is the only source there is
                    who = found or Attribution(None, Span(words[i + 1].start, words[j].end), None)
                    break
                if j >= last or not (words[j].text[:1].islower() and words[j].text.endswith(_BETWEEN)):
                    break
            if (
                who is None
                and _view_before(words, i, first)
                and not any(speakers.is_cue(k) for k in range(first, last))
            ):
                # "Seiner Meinung nach hätte ...", "Dem Vernehmen nach soll ...": the view is the source
                who = Attribution(None, Span(words[i - 2].start, words[i - 1].end), None)
        elif lowered in lex.speech_postpositions:
            who = speakers.source_before(i, first)
            if who is None and i > first and noun(words[i - 1].text) and not words[i - 1].punct:
                # "Medienberichten zufolge": a source that names no entity
                who = Attribution(None, Span(words[i - 1].start, words[i - 1].end), None)
        elif (
            lowered == "so"
            and first < i - 1
            and words[i - 1].text == ","
            and (has_subjunctive(words[first:last]) or _so_source(words, i, last))
        ):
            # "Das Problem sei, so der Präsident, ...": the source inserted between commas
            who = speakers.after(i, last) or speakers.noun_phrase(i + 1, last)
            if who is None:
                continue
        elif (lowered == "demnach" and i < first + 3) or (i == first and _after_document(words, first)):
            # "Demnach hat ...": the source is the one just named; its word is "demnach"
            who = Attribution(None, Span(words[i].start, words[i].end), None)
        if who is None:
            continue
        end = trim_end(words, first, last)
        cue = Span(words[i].start, words[cue_end].end)
        return Quote(
            Span(words[first].start, words[end - 1].end),
            QuoteKind.REPORTED,
            who.speaker,
            who.speaker_span,
            cue,
        )
    return None


_SO_ARTICLES = frozenset({"der", "die", "das", "ein", "eine", "einer"})


def _so_source(words: list[Word], i: int, last: int) -> bool:
    """ "Die Streiks ruhen über Ostern, so der Verhandlungsführer.": in the indicative, "so" names
    a source only before an article or a name ("so verdi-Chef X"), not in "so dass", "so auch",
    "so wurde ...", and only at the end of the sentence: "..., so die Sprachregelung, hingerichtet"."""
    if i + 1 >= last or any(w.text == "," for w in words[i + 1 : last]):
        return False
    after = words[i + 1]
    named = after.capitalised or ("-" in after.text and after.text.rsplit("-", 1)[1][:1].isupper())
    return after.text in _SO_ARTICLES or (named and not after.punct)


_GENITIVES = frozenset({"der", "des", "eines", "einer", "von", "vom", "seiner", "ihrer", "dessen", "deren"})
