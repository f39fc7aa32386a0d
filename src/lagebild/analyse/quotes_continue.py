"""Free indirect speech: Konjunktiv sentences without a cue that go on reporting a speaker."""

from __future__ import annotations

from lagebild.analyse.entities_words import Word, sentence_ranges
from lagebild.analyse.quotes_chain import bridged, head, mostly_quoted, term
from lagebild.analyse.quotes_clause import Attribution, Speakers
from lagebild.analyse.quotes_fuer import view_holder
from lagebild.analyse.quotes_grammar import QUOTE_MARKS, has_subjunctive, subjunctive_i
from lagebild.model import EntityType, Quote, QuoteKind, Span

__all__ = ["find_continuations"]

_HEARSAY = frozenset({"soll", "sollen"})


def find_continuations(words: list[Word], speakers: Speakers, quotes: list[Quote]) -> list[Quote]:
    """Sentences in Konjunktiv I without a cue that go on reporting the previous speaker.

    "Bahnsprecherin Katrin Sommerfeld sagte, man bedauere das. Ein Notfahrplan sei in Kraft."
    The second sentence is INDIRECT speech of the same speaker (free indirect speech). It counts
    only right after an attributed sentence, in the same or the next paragraph; a chain of such
    sentences is one quote; one sentence in the writer's voice ends the chain at a paragraph
    break, while inside a paragraph the next sentence in Konjunktiv I goes on (see bridged); so does an
    allegation with "soll" and a perfect infinitive ("Er soll ... verholfen haben"), which goes on
    reporting a speaker up to three sentences back, as a quote of its own.
    """
    by_sentence: dict[int, Quote] = {}
    for quote in quotes:
        at = speakers.word_at(max(quote.span.end - 1, 0))
        # "Die Zahl wurde mit 214 angegeben. Zudem seien ...": a passive speech act names no
        # one, yet the next sentence goes on reporting it
        named = quote.speaker is not None or quote.speaker_span is not None
        if (named or (quote.kind is QuoteKind.REPORTED and quote.cue is not None)) and at is not None:
            by_sentence[words[at].sentence] = quote
    # a short partial quote („einen neuen Deal“) leaves its sentence free to go on reporting
    taken = {s for q in quotes if not term(q) for s in _sentences_of(words, speakers, q.span)}
    partial = _partial_only(words, speakers, quotes)
    found: list[Quote] = []
    ranges = sentence_ranges(words)
    for n, (first, stop) in enumerate(ranges):
        last = stop
        sentence, block = words[first].sentence, words[first].block
        previous = by_sentence.get(sentence - 1)
        if (
            previous is not None
            and previous.speaker is not None
            and partial.get(sentence) == previous.speaker
        ):
            taken.discard(sentence)  # the words in marks are the previous speaker's too
        if sentence in taken:
            colon = head(words, quotes, first, last)
            if colon is None:
                continue
            last = colon  # "Die Lage sei ernst: „Wir haben alles versucht.“": the words before the colon
        subjunctive = has_subjunctive(words[first:last])
        if not (subjunctive or _hearsay(words, first, last) or _conditional(words, by_sentence, first, last)):
            continue
        # a speech verb that found no quote of its own does not stop the chain: "An eine
        # Fusion sei nicht gedacht" ("gedacht") still reports the previous speaker
        if mostly_quoted(words, first, last):
            continue
        holder = view_holder(speakers, first, last) if subjunctive else None
        if holder is not None:
            # "Für den Theologen X sei der Rücktritt „verständlich“": X's view, not the last speaker's
            quote = Quote(Span(words[first].start, _end(words, first, last)), QuoteKind.INDIRECT)
            quote = Quote(quote.span, quote.kind, holder.speaker, holder.speaker_span)
            found.append(quote)
            by_sentence[sentence] = quote
            continue
        source = by_sentence.get(sentence - 1)
        skipped = False
        if source is None and n > 0 and sentence - 1 not in taken and subjunctive:
            source = _stance(words, speakers, ranges[n - 1], (first, last))
        if source is None and n > 1 and subjunctive:
            source = bridged(words, speakers, by_sentence, ranges[n - 1], (first, last))
            skipped = source is not None
        if source is None and _alleged(words, first, last):
            # "X teilte mit, ... Y wurde festgenommen. Er soll ... verholfen haben.": an allegation
            # goes on reporting a speaker one or two sentences back
            source = by_sentence.get(sentence - 2) or by_sentence.get(sentence - 3)
            skipped = source is not None
        if source is None:
            continue
        source_at = speakers.word_at(source.span.start)
        if source_at is None or block - words[source_at].block > 1:
            continue
        own = _own_speaker(words, speakers, first, last) or _in_marks_speaker(
            words, speakers, quotes, first, last
        )
        if own is not None and (own.speaker != source.speaker or own.speaker_span != source.speaker_span):
            # "Auch der Sprecher der Fraktion, X, will „prüfen“, ob ... solle": a person who
            # says it in an indicative main clause, not the previous speaker
            quote = Quote(Span(words[first].start, _end(words, first, last)), QuoteKind.INDIRECT)
            quote = Quote(quote.span, quote.kind, own.speaker, own.speaker_span)
            found.append(quote)
            by_sentence[sentence] = quote
            continue
        end = _end(words, first, last)
        if found and found[-1] is source and not skipped:
            # the chain goes on: one quote over its sentences, as a reader takes it
            quote = Quote(Span(source.span.start, end), QuoteKind.INDIRECT, *_who(source))
            found[-1] = quote
        else:
            quote = Quote(Span(words[first].start, end), QuoteKind.INDIRECT, *_who(source))
            found.append(quote)
        by_sentence[sentence] = quote
    return found


def _end(words: list[Word], first: int, last: int) -> int:
    """Where the sentence's report ends: before its full stop, after a closing mark."""
    end = last
    while end > first and words[end - 1].punct and words[end - 1].text not in QUOTE_MARKS:
        end -= 1  # the closing mark of words in marks stays
    return words[end - 1].end


def _own_speaker(words: list[Word], speakers: Speakers, first: int, last: int) -> Attribution | None:
    """A person the sentence opens with, followed by an indicative verb before any comma: the
    Konjunktiv is only in a clause that depends on what this person does."""
    who = speakers.named_subject(first, last)
    if who is None or who.speaker is None:
        who = speakers.opening_person(first, last)  # "Der Sprecher der Fraktion, Urs Keller,"
    if who is None or who.speaker is None or who.speaker_span is None:
        return None
    at = speakers.word_at(who.speaker_span.start)
    end = speakers.word_at(max(who.speaker_span.end - 1, 0))
    if at is None or end is None or speakers.mention_at[end] is None or at - first > 1:
        return None  # "hier habe Mussawi ... erhalten": a subject after the verb is reported
    if speakers.article.mentions[speakers.mention_at[end] or 0].type is not EntityType.PER:
        return None
    k = end + 1
    while k < last and words[k].text == ",":
        k += 1
    if k >= last or not words[k].text[:1].islower() or words[k].punct:
        return None
    clause = []
    for w in words[k:last]:
        if w.text == "," or w.text in QUOTE_MARKS:
            break
        clause.append(w)
    return None if has_subjunctive(clause) else who


def _in_marks_speaker(
    words: list[Word], speakers: Speakers, quotes: list[Quote], first: int, last: int
) -> Attribution | None:
    """ "Seit 2013 vertritt er die These, dass Gewalt „in der Ideologie angelegt“ sei": the words
    in marks found their speaker in this sentence's indicative main clause ("er"), before them;
    the sentence is his, even when the previous one quoted someone else."""
    comma = next((k for k in range(first, last) if words[k].text == ","), last)
    if has_subjunctive(words[first:comma]):
        return None
    for quote in quotes:
        span = quote.speaker_span
        if quote.kind is not QuoteKind.PARTIAL or quote.speaker is None or span is None:
            continue
        at = speakers.word_at(span.start)
        if at is None or not first <= at < comma or span.end > quote.span.start:
            continue
        if at == first + 1:
            continue  # "Kämen sie dem nicht nach, so „schütze sie Gott“": a condition's subject
        if quote.span.end <= words[last - 1].end:
            return Attribution(quote.speaker, span, None)
    return None


_CONDITIONAL = frozenset({"wäre", "hätte"})


def _conditional(words: list[Word], by_sentence: dict[int, Quote], first: int, last: int) -> bool:
    """ "Jung sagte, er gehe von einem Abschluss aus. Damit wäre eine Verlängerung nicht nötig.":
    Konjunktiv II in the singular is the writer's own conditional as often as a report; only
    right after an indirect quote in the same paragraph does it go on reporting."""
    source = by_sentence.get(words[first].sentence - 1)
    if source is None or source.kind is not QuoteKind.INDIRECT or source.speaker is None:
        return False
    if words[first].block != words[first - 1].block:
        return False
    comma = next((k for k in range(first, last) if words[k].text == ","), last)
    clause = [w.text for w in words[first:comma] if not w.punct]
    if not any(w in _CONDITIONAL for w in clause):
        return False  # "die die Spaltung deutlich machen würde": a subordinate clause's
    # "Die Gelder hätte ihm Millionen beschert": a past counterfactual is the writer's; "wäre"
    # and "hätte" as the main verb ("Damit wäre eine Verlängerung nicht nötig") go on reporting
    verb = clause[-1][:1].islower() and clause[-1].endswith(("t", "en"))
    return not verb


def _hearsay(words: list[Word], first: int, last: int) -> bool:
    """ "Das Motiv soll eine Kränkung gewesen sein.": "soll"/"sollen" passes on what was heard;
    it goes on reporting only right after an attributed sentence."""
    return any(w.text in _HEARSAY for w in words[first:last])


_PERFECT = frozenset({"haben", "sein"})


def _alleged(words: list[Word], first: int, last: int) -> bool:
    """ "Er soll den Ausbrechern zur Flucht verholfen haben.": "soll" with a perfect infinitive
    at the end passes on an allegation someone made, even when the article does not say who."""
    end = last
    while end > first and words[end - 1].punct:
        end -= 1
    if end - first < 4 or words[end - 1].text not in _PERFECT:
        return False
    before = words[end - 2].text
    participle = before[:1].islower() and (before.endswith(("t", "en")) or before == "worden")
    return participle and any(w.text in _HEARSAY for w in words[first : end - 2])


def _stance(
    words: list[Word], speakers: Speakers, before: tuple[int, int], here: tuple[int, int]
) -> Quote | None:
    """ "Staatspräsident Parwanow ist besorgt. Der Konflikt sei nicht ethnisch.": a sentence in
    Konjunktiv I after one whose subject is a named person or organisation reports that one,
    even when no speech verb told it; the previous sentence itself is no quote."""
    first, last = here
    if not any(subjunctive_i(w.text) for w in words[first:last]):
        return None
    start, end = before
    if words[start].block != words[first].block:
        return None
    who = speakers.named_subject(start, end)
    if who is not None and who.speaker is None and who.speaker_span is not None:
        if _institution(speakers.article.span_text(who.speaker_span)):
            span = Span(words[start].start, words[end - 1].end)
            return Quote(span, QuoteKind.REPORTED, None, who.speaker_span)
        who = _named_in(speakers, who.speaker_span)
    if who is None or who.speaker is None or who.speaker_span is None:
        return None
    at = speakers.word_at(who.speaker_span.start) or 0
    named = any(speakers.mention_at[k] is not None for k in range(at, min(end, at + 8)))
    if not named and words[at].text not in {"Er", "Sie", "er", "sie"}:
        return None
    span = Span(words[start].start, words[end - 1].end)
    return Quote(span, QuoteKind.REPORTED, who.speaker, who.speaker_span)


_INSTITUTIONS = ("anwaltschaft", "polizei", "regierung", "behörde", "behörden", "ministerium", "kommission")


def _institution(text: str) -> bool:
    """ "Die Staatsanwaltschaft erhebt Anklage. Der Mann gebe die Taten zu.": an authority the
    article does not name further speaks for itself."""
    parts = text.split()
    return len(parts) == 2 and parts[0] in {"Die", "Das"} and parts[1].lower().endswith(_INSTITUTIONS)


def _named_in(speakers: Speakers, span: Span) -> Attribution | None:
    """ "Das Robert-Koch-Institut sieht keine Gefahr.": a subject whose words hold a name that
    no role links to an entity; the name's entity."""
    at, end = speakers.word_at(span.start), speakers.word_at(max(span.end - 1, 0))
    if at is None or end is None:
        return None
    for k in range(at, end + 1):
        index = speakers.mention_at[k]
        if index is not None:
            return Attribution(speakers.article.mentions[index].entity, span, None)
    return None


def _who(source: Quote) -> tuple[int | None, Span | None]:
    """The source's speaker and its words: the chain goes on with the same attribution, and a
    role noun or pronoun there ("Der Minister", "er") is no mention of the entity."""
    return source.speaker, source.speaker_span


def _partial_only(words: list[Word], speakers: Speakers, quotes: list[Quote]) -> dict[int, int | None]:
    """Sentences whose quotes are all partial, with the speaker of their longer ones: "Keller sagte,
    ... Es sei schwierig, einen Nachfolger zu finden, „der die Kirche aus der Krise führt“." goes on
    reporting Keller when the words in marks are his (None where they are not all one speaker's)."""
    whose: dict[int, int | None] = {}
    for quote in quotes:
        for s in _sentences_of(words, speakers, quote.span):
            if quote.kind is not QuoteKind.PARTIAL:
                whose[s] = None
            elif not term(quote):
                whose[s] = quote.speaker if whose.get(s, quote.speaker) == quote.speaker else None
    return whose


def _sentences_of(words: list[Word], speakers: Speakers, span: Span) -> set[int]:
    first, last = speakers.word_at(span.start), speakers.word_at(max(span.end - 1, 0))
    if first is None or last is None:
        return set()
    return set(range(words[first].sentence, words[last].sentence + 1))
