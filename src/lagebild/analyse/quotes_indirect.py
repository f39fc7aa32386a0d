"""Indirect speech without quotation marks, and the sentences each quote finder may look at.

- A speech verb, a comma, then the reported clause: "dass ..." / "ob ..." / a clause in
  Konjunktiv I ("Blinken betonte, man sei bereit") / an infinitive ("kündigte an, ...
  vorzugehen"). The span runs from the clause (without "dass"/"ob") to the end of the sentence.
- The cue after the clause: "Die Obduktion werde Tage dauern, sagte ein Polizeisprecher." /
  "..., wie die Polizei mitteilte." The span is the clause before the comma
  (:mod:`lagebild.analyse.quotes_behind`).
- The cue in front: "Wie die Nato mitteilte, sind ..." / "Wie aus Kreisen der Regierung
  verlautete, ...". The span is the clause after the comma.

A sentence with a quotation in marks is searched too; the cue must stand outside the marks.
"""

from __future__ import annotations

from collections.abc import Sequence

from lagebild.analyse.entities_lexicon import Lexicon
from lagebild.analyse.entities_words import Word, sentence_ranges
from lagebild.analyse.quotes_acts import speech_act
from lagebild.analyse.quotes_after import PURPOSE, adverbial, source_outside
from lagebild.analyse.quotes_anaphor import points_back
from lagebild.analyse.quotes_behind import cue_behind
from lagebild.analyse.quotes_clause import Attribution, Speakers
from lagebild.analyse.quotes_front import act_before
from lagebild.analyse.quotes_grammar import has_subjunctive, infinitive
from lagebild.analyse.quotes_nouns import insists_on, noun_clause
from lagebild.analyse.quotes_opinion import opinion_cue
from lagebild.analyse.quotes_passive import earlier_speaker, speak_on
from lagebild.analyse.quotes_relsource import relative_source
from lagebild.analyse.quotes_reported import reported
from lagebild.analyse.quotes_sentence import TAIL_WINDOW, Sentence
from lagebild.analyse.quotes_wonach import wonach
from lagebild.analyse.quotes_written import written_clause
from lagebild.model import EntityType, Quote, Span

__all__ = ["find_indirect"]

_OPENERS = frozenset({"dass", "ob"})
_MAX_SUBJECT = 6  # words between the speech verb and its comma ("betonte Blinken zudem,")
_STATEMENT = 3  # sentences of a paragraph that "Das gab X bekannt" may take up at most


def _after_verb(s: Sentence) -> Quote | None:
    """X sagte, dass ... / X sagte, man sei bereit / X kündigte an, ... vorzugehen."""
    words = s.words
    for i in range(s.first, s.last):
        if not s.cue(i) and (s.inside[i] or not opinion_cue(words, i, s.last)):
            continue
        comma = next(
            (j for j in range(i + 1, min(s.last, i + 2 + _MAX_SUBJECT)) if words[j].text == ","), None
        )
        if comma is None or comma + 1 >= s.last or s.inside[comma]:
            continue
        comma, named = s.past_apposition(i, comma)
        k = comma + 1
        if s.cue(k) and words[k].text[:1].islower():
            continue  # "X wollte sich nicht festlegen, sagte aber, ...": the second verb speaks
        if words[k].text in PURPOSE:
            continue  # "Die Gemeinde gab die Pläne bekannt, um die Bürger zu informieren": a purpose
        end = s.tail_cue(k)
        if adverbial(words, k, end):
            continue  # "er werde sich äußern, wenn der Kandidat feststehe": when, not what
        if (
            words[k].text not in _OPENERS
            and not has_subjunctive(words[k:end])
            and not infinitive(words[k:end])
        ):
            continue
        if words[k].text in _OPENERS:
            k += 1
        # "…; Die Zeitung berichtete daraufhin, dass …": a semicolon ends the clause before it
        first = max(
            (j + 1 for j in range(s.first, i) if words[j].text == ";" and not s.inside[j]), default=s.first
        )
        who = named or s.speakers.around(i, first, comma)
        if who.speaker is None and who.speaker_span is None and words[first].text == "Aus":
            # "Aus der Regierung ist zu hören, ...": the circle it comes from speaks
            circle = s.speakers.source_after(first, i)
            who = who if circle is None else Attribution(circle.speaker, circle.speaker_span, who.cue)
        quote = s.quote(k, end, _closing_source(s, end, who))
        if quote is not None:
            return quote
    return None


def _closing_source(s: Sentence, end: int, who: Attribution) -> Attribution:
    """A person named by a closing ", so X" reports the sentence when its verb has no person
    for subject: "Luzern wird aufgefordert, die Brücke zu öffnen, so Gemeinderat Hans Arnold."
    (Luzern is asked, Arnold says so)."""
    entities = s.speakers.article.entities
    if who.speaker is not None and entities[who.speaker].type is EntityType.PER:
        return who
    if end + 1 >= s.last or s.words[end].text != ",":
        return who
    tail = s.so_tail(end + 1)
    if tail is None or tail.speaker is None or entities[tail.speaker].type is not EntityType.PER:
        return who
    so = s.words[end + 1]
    return Attribution(tail.speaker, tail.speaker_span, Span(so.start, so.end))


# verbs of a finding that a document or study tells: "Wie eine Studie ergab, trinken ...", "Wie aus
# dem Bericht hervorgeht, ..."; only after "Wie", where they name a source
_FINDINGS = frozenset(
    {"ergab", "ergaben", "ergibt", "ergeben", "hervorgeht", "hervorging", "zeigt", "zeigte", "zeigen"}
    | {"zeigten", "belegt", "belegte", "belegen"}
)


def _cue_in_front(s: Sentence) -> Quote | None:
    """Wie die Nato am Montag mitteilte, sind ... / Wie aus Kreisen der Regierung verlautete, ...
    / "Der Bericht hält fest: Wie die Auswertung ergab, ..." (after a colon)."""
    words = s.words
    first = s.first
    if words[first].text != "Wie":
        first = next((k + 1 for k in range(s.first, s.last - 1) if words[k].text == ":"), s.last)
        if first >= s.last or words[first].text != "Wie" or s.inside[first]:
            return None
    commas = 0
    # a relative clause after the source may be long: "Wie Norman Paech, der als Begleitung
    # des Anwalts ... in Atlanta anwesend war, dazu feststellt, ..."
    for c in range(first + 1, min(s.last, first + 1 + 4 * TAIL_WINDOW)):
        if words[c].text == ",":
            commas += 1  # "Wie Philip Panynag, ein Sprecher der SPLA, mitteilte, ..."
            if commas > 2:
                return None
            continue
        finding = words[c].text in _FINDINGS and not s.inside[c]
        # "Wie von der Gemeinde zu erfahren war, ...": the verb "war" after the cue
        comma = c + 2 if s.speakers.to_learn(c) and words[c + 1].text in {"war", "ist"} else c + 1
        if (s.cue(c) or finding) and comma < s.last and words[comma].text == ",":
            # the source stands right after "Wie", before any apposition
            who = s.document(first, c) if finding else None
            who = who or s.speakers.after(first, c) or s.speakers.around(c, first + 1, c)
            if who.speaker is None and who.speaker_span is None:
                who = s.speakers.source_after(first + 1, c) or who  # "wie aus Kreisen ... verlautete"
            if who.cue is None:  # the speech verb of the "wie"-clause is the cue
                who = Attribution(who.speaker, who.speaker_span, Span(words[c].start, words[c].end))
            return s.quote(comma + 1, s.end(), who)
    return None


def _statement(
    speakers: Speakers, quoted: list[bool], ranges: list[tuple[int, int]], n: int, found: list[Quote]
) -> int:
    """The first sentence of the statement that "Das/Dies <verb> X" in sentence ``n`` points back
    to: the sentence before it, or a whole short paragraph that opens the text or a new turn
    ("Der Ausbau wird privat finanziert. Die Maut deckt die Kosten. Das gab Minister X bekannt.")."""
    words = speakers.words
    k = n - 1
    block = words[ranges[k][0]].block
    while k > 0 and n - k < _STATEMENT and words[ranges[k - 1][0]].block == block:
        first, last = ranges[k - 1]
        if (
            any(quoted[first:last])
            or any(speakers.is_cue(i) for i in range(first, last))
            or any(q.span.end > words[first].start for q in found[-1:])
        ):
            return n - 1  # a sentence with a quote or a source of its own
        k -= 1
    if k > 0 and words[ranges[k - 1][0]].block == block:
        return n - 1  # not the start of the paragraph: only the sentence before
    return k


def _inside_marks(words: list[Word], speakers: Speakers, direct: list[Span]) -> list[bool]:
    inside = [False] * len(words)
    for span in direct:
        first = speakers.word_at(span.start - 1)
        last = speakers.word_at(span.end)
        if first is not None and last is not None:
            for k in range(first, min(last + 1, len(words))):
                inside[k] = True
    return inside


def find_indirect(
    words: list[Word], speakers: Speakers, lex: Lexicon, direct: list[Span], terms: Sequence[Span] = ()
) -> list[Quote]:
    """Indirect and reported quotes of every sentence, outside its quotations in marks; a
    sentence whose only marks are ``terms`` (short partial quotes) may be reported speech."""
    inside = _inside_marks(words, speakers, direct)
    # a term or title in marks ("nach Angaben des Magazins „Der Spiegel“", „gravierende Bedenken“)
    # leaves the sentence the writer's report; a longer quotation is the statement itself
    quoted = _inside_marks(words, speakers, [d for d in direct if d not in terms])
    found: list[Quote] = []
    ranges = sentence_ranges(words)
    for n, (first, last) in enumerate(ranges):
        s = Sentence(words, speakers, first, last, inside)
        before = (
            (ranges[_statement(speakers, quoted, ranges, n, found)][0], ranges[n - 1][1]) if n > 0 else None
        )
        if before is not None and not any(quoted[before[0] : last]):
            back = points_back(s.cue, speakers, (first, last), before)
            if back is not None:
                while found and found[-1].span.start >= words[before[0]].start:
                    found.pop()  # the previous sentences' own reading yields to their named source
                found.append(back)
                continue
        # "Es gibt Studien, nach denen ...": the relative clause is the source's, not the main clause's
        quote = relative_source(speakers, first, last) if not any(quoted[first:last]) else None
        if quote is not None:
            found.append(quote)
            continue
        quote = _cue_in_front(s) or _after_verb(s)
        if quote is not None and not any(quoted[first:last]):
            before_act = act_before(s.act_cue, speakers, first, quote)  # "rief ... auf und forderte, ..."
            if before_act is not None:
                found.append(before_act)
        quote = quote or cue_behind(s)
        quote = source_outside(quote, speakers, lex, (first, last)) if not any(quoted[first:last]) else quote
        if quote is None and not any(quoted[first:last]):
            # Konjunktiv in the next sentence goes on reporting this one's speech act
            after = ranges[n + 1] if n + 1 < len(ranges) else (last, last)
            sources = reported(words, speakers, lex, first, last)
            if len(sources) > 1:
                found.extend(sources)
                continue
            following = words[after[0] : after[1]]
            earlier = earlier_speaker(words, speakers, found, first)
            act = (
                None if sources else speech_act(s.act_cue, speakers, first, last, following, earlier=earlier)
            )
            if isinstance(act, tuple):  # two main clauses, each with its own speaker
                found.extend(act)
                continue
            quote = sources[0] if sources else act
        quote = quote or wonach(speakers, first, last)  # a speech act around it names the source
        quote = quote or noun_clause(speakers, inside, first, last)  # "der Vorwurf, ... habe"
        quote = quote or insists_on(speakers, inside, first, last)  # "besteht darauf, dass ..."
        quote = quote or written_clause(speakers, inside, first, last)  # "Im Bericht steht, dass"
        quote = speak_on(words, speakers, found, first, quote)  # "Kritisiert wird, dass ..."
        if quote is not None:
            found.append(quote)
            again = _after_but(s, quote)
            if again is not None:
                found.append(again)
    return found


def _after_but(s: Sentence, quote: Quote) -> Quote | None:
    """ "Préval sagte, Keller sei tot, doch ein Sprecher erklärte, dies nicht bestätigen zu
    können": the clause after "doch" has its own speech verb and report, or its own report
    after a colon."""
    j = s.speakers.word_at(quote.span.end)
    if j is None or j + 1 >= s.last or s.words[j].text != "," or not s._writer_again(j + 1):
        return None
    rest = Sentence(s.words, s.speakers, j + 2, s.last, s.inside)
    found = _after_verb(rest)
    colon = next((k for k in range(j + 2, s.last) if s.words[k].text == ":" and not s.inside[k]), None)
    if found is None and colon is not None:
        # "doch die Richterin ließ sich nicht darauf ein: Eine Strafe sei „…“, so Ute Bader"
        found = cue_behind(Sentence(s.words, s.speakers, colon + 1, s.last, s.inside))
    return found
