"""Indirect and reported speech without quotation marks.

- INDIRECT: a speech verb, a comma, then the reported clause: "dass ..." / "ob ..." or a clause
  in Konjunktiv I ("Blinken betonte, man sei bereit"). The span is the clause without the
  leading "dass"/"ob" and without the sentence's final punctuation.
- REPORTED: a source named by a preposition ("laut Polizei", "nach Angaben der Polizei",
  "Blinken zufolge"): the wording is the writer's, so the span is the whole sentence.
  "Laut Polizei ..." is REPORTED, not INDIRECT, even when the verb is Konjunktiv: the choice
  keeps a sentence from being counted twice.
"""

from __future__ import annotations

from lagebild.analyse.entities_lexicon import Lexicon
from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_speaker import Attribution, Speakers
from lagebild.language.de import lemmatize
from lagebild.model import Quote, QuoteKind, Span

__all__ = ["find_indirect"]

# Konjunktiv I forms that mark reported speech ("man sei bereit"). Grammar rather than
# vocabulary, so it stays in code; "habe"/"werde" are also 1st person indicative, which is rare
# in news outside quotation marks.
_SUBJUNCTIVE = frozenset(
    [
        "sei",
        "seien",
        "habe",
        "werde",
        "könne",
        "müsse",
        "wolle",
        "solle",
        "dürfe",
        "möge",
        "gebe",
        "gehe",
        "komme",
        "liege",
        "stehe",
        "brauche",
        "zeige",
        "bleibe",
        "wisse",
        "sehe",
        "handle",
        "halte",
        "trage",
        "lasse",
        "mache",
        "plane",
        "arbeite",
        "fahre",
        "trage",
        "dürften",
        "könnten",
        "hätten",
        "wären",
        "würden",
        "erwarte",
        "fordere",
        "wünsche",
    ]
)
# "-e" forms that are no Konjunktiv although "word + n" is a verb ("bitte" is a particle here)
_NOT_SUBJUNCTIVE = frozenset(
    {"bitte", "ohne", "gerne", "heute", "alle", "eine", "keine", "meine", "seine", "ihre"}
)


def _subjunctive(word: str) -> bool:
    """Konjunktiv I, 3rd person singular: the listed forms, or a lower-case "-e" form whose
    infinitive is the word plus "n" ("prüfe" -> "prüfen", "bestehe" -> "bestehen")."""
    if word in _SUBJUNCTIVE:
        return True
    if not word.endswith("e") or not word[:1].islower() or len(word) < 4 or word in _NOT_SUBJUNCTIVE:
        return False
    return lemmatize(word) == word + "n"


def _has_subjunctive(words: list[Word]) -> bool:
    return any(_subjunctive(w.text) for w in words)


_OPENERS = frozenset({"dass", "ob"})
# words after a comma that continue the reported clause ("..., was sie benötige")
_CONTINUE = frozenset(
    {
        "der",
        "die",
        "das",
        "den",
        "dem",
        "deren",
        "dessen",
        "was",
        "wie",
        "wo",
        "wer",
        "dass",
        "ob",
        "weil",
        "wenn",
        "da",
        "und",
        "oder",
        "aber",
        "sondern",
        "um",
        "ohne",
        "sowie",
        "man",
        "er",
        "sie",
        "es",
        "wir",
        "welche",
        "welcher",
        "so",
        "als",
        "damit",
        "bevor",
        "nachdem",
        "obwohl",
    }
)
_PREPOSITIONS = frozenset({"laut", "gemäss", "gemäß"})
# "laut dem Sprecher", "laut einem Bericht", not "es war laut"
_DET = frozenset({"der", "die", "dem", "den", "des", "einem", "einer", "eines"})
# lower-case words that may stand between "nach" and its noun ("nach ersten Angaben")
_BETWEEN = ("e", "en", "er", "em")
_MAX_SUBJECT = 6  # words between the speech verb and its comma ("betonte Blinken zudem,")
_QUOTE_MARKS = frozenset('«»„“”‚‘"')


def _sentences(words: list[Word]) -> list[tuple[int, int]]:
    ranges = []
    first = 0
    for i in range(1, len(words) + 1):
        if i == len(words) or words[i].sentence != words[first].sentence:
            ranges.append((first, i))
            first = i
    return ranges


def _infinitive(words: list[Word]) -> bool:
    """ "forderte die Regierung auf, die Grenze zu öffnen": a clause ending in "zu" + verb."""
    return len(words) > 2 and words[-2].text == "zu" and words[-1].text[:1].islower()


def _clause_end(words: list[Word], k: int, last: int) -> int:
    """Index after the last word of the reported clause starting at ``k``."""
    for j in range(k, last):
        if words[j].text == "," and j + 1 < last:
            following = words[j + 1].text
            if not following[:1].isupper() and following not in _CONTINUE:
                return j
    while last > k and words[last - 1].punct:  # final period and quote marks
        last -= 1
    return last


def _indirect(words: list[Word], speakers: Speakers, first: int, last: int) -> Quote | None:
    for i in range(first, last):
        if not speakers.is_cue(i):
            continue
        comma = next((j for j in range(i + 1, min(last, i + 2 + _MAX_SUBJECT)) if words[j].text == ","), None)
        if comma is None or comma + 1 >= last:
            continue
        k = comma + 1
        end = _clause_end(words, k, last)
        if (
            words[k].text not in _OPENERS
            and not _has_subjunctive(words[k:end])
            and not _infinitive(words[k:end])
        ):
            continue
        if words[k].text in _OPENERS:
            k += 1
        if k >= end:
            continue
        who = speakers.around(i, first, comma)
        return Quote(
            Span(words[k].start, words[end - 1].end),
            QuoteKind.INDIRECT,
            who.speaker,
            who.speaker_span,
            who.cue,
        )
    return None


def _reported(words: list[Word], speakers: Speakers, lex: Lexicon, first: int, last: int) -> Quote | None:
    nouns = {second for _, second, *_ in (p for p in lex.speech_prepositions if len(p) > 1)}
    for i in range(first, last):
        lowered = words[i].text.lower()
        who: Attribution | None = None
        cue_end = i
        if (
            lowered in _PREPOSITIONS
            and i + 1 < last
            and (words[i + 1].capitalised or words[i + 1].text in _DET)
        ):
            who = speakers.source_after(i, last) or Attribution(None, None, None)
        elif lowered == "nach":
            for j in (i + 1, i + 2, i + 3):
                if j < last and words[j].text.lower() in nouns:
                    cue_end = j
                    found = speakers.source_after(j, last)
                    # "nach Medienberichten": the noun itself is the only source there is
                    who = found or Attribution(None, Span(words[i + 1].start, words[j].end), None)
                    break
                if j >= last or not (words[j].text[:1].islower() and words[j].text.endswith(_BETWEEN)):
                    break
        elif lowered in lex.speech_postpositions:
            who = speakers.source_before(i, first)
            if who is None and i > first and words[i - 1].capitalised:
                # "Medienberichten zufolge": a source that names no entity
                who = Attribution(None, Span(words[i - 1].start, words[i - 1].end), None)
        elif (
            lowered == "so"
            and first < i - 1
            and words[i - 1].text == ","
            and _has_subjunctive(words[first:last])
        ):
            # "Das Problem sei, so der Präsident, ...": the source inserted between commas
            who = speakers.after(i, last) or speakers.noun_phrase(i + 1, last)
            if who is None:
                continue
        elif lowered == "demnach" and i < first + 3:
            # "Demnach hat ...": the source is the one just named; its word is "demnach"
            who = Attribution(None, Span(words[i].start, words[i].end), None)
        if who is None:
            continue
        end = last
        while end > first and words[end - 1].punct:
            end -= 1
        cue = Span(words[i].start, words[cue_end].end)
        return Quote(
            Span(words[first].start, words[end - 1].end),
            QuoteKind.REPORTED,
            who.speaker,
            who.speaker_span,
            cue,
        )
    return None


def find_indirect(words: list[Word], speakers: Speakers, lex: Lexicon, direct: list[Span]) -> list[Quote]:
    """Indirect and reported quotes of every sentence that holds no direct quotation."""
    found = []
    for first, last in _sentences(words):
        sentence = Span(words[first].start, words[last - 1].end)
        if any(sentence.overlaps(span) for span in direct):
            continue
        if any(w.text in _QUOTE_MARKS for w in words[first:last]):
            continue
        quote = _indirect(words, speakers, first, last) or _reported(words, speakers, lex, first, last)
        if quote is not None:
            found.append(quote)
    return found


def find_continuations(words: list[Word], speakers: Speakers, quotes: list[Quote]) -> list[Quote]:
    """Sentences in Konjunktiv I without a cue that go on reporting the previous speaker.

    "Bahnsprecherin Katrin Sommerfeld sagte, man bedauere das. Ein Notfahrplan sei in Kraft."
    The second sentence is INDIRECT speech of the same speaker (free indirect speech). It counts
    only right after an attributed sentence (chains go on), in the same or the next paragraph;
    one sentence in the writer's voice ends the chain.
    """
    by_sentence: dict[int, Quote] = {}
    for quote in quotes:
        at = speakers.word_at(max(quote.span.end - 1, 0))
        if quote.speaker is not None and at is not None:
            by_sentence[words[at].sentence] = quote
    taken = {s for q in quotes for s in _sentences_of(words, speakers, q.span)}
    found = []
    for first, last in _sentences(words):
        sentence, block = words[first].sentence, words[first].block
        if sentence in taken or not _has_subjunctive(words[first:last]):
            continue
        if any(speakers.is_cue(i) or words[i].text in _QUOTE_MARKS for i in range(first, last)):
            continue
        source = by_sentence.get(sentence - 1)
        if source is None:
            continue
        source_at = speakers.word_at(source.span.start)
        if source_at is None or block - words[source_at].block > 1:
            continue
        end = last
        while end > first and words[end - 1].punct:
            end -= 1
        quote = Quote(Span(words[first].start, words[end - 1].end), QuoteKind.INDIRECT, source.speaker)
        found.append(quote)
        by_sentence[sentence] = quote
    return found


def _sentences_of(words: list[Word], speakers: Speakers, span: Span) -> set[int]:
    first, last = speakers.word_at(span.start), speakers.word_at(max(span.end - 1, 0))
    if first is None or last is None:
        return set()
    return set(range(words[first].sentence, words[last].sentence + 1))
