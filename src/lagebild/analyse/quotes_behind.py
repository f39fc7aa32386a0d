"""Indirect speech with the cue behind the clause it reports: which clause, and who speaks it.

"Die Obduktion werde Tage dauern, sagte ein Polizeisprecher." / "..., wie die Polizei mitteilte.":
the span is the clause before the comma, or the whole sentence when a "wie"-clause stands in
between commas ("Die Kosten würden, wie Projektleiter Jonas Hürlimann sagte, um zehn Prozent
steigen"). ", hiess es" names no one but still reports a clause in Konjunktiv. The other shapes
of indirect speech are :mod:`lagebild.analyse.quotes_indirect`.
"""

from __future__ import annotations

from lagebild.analyse.quotes_clause import Attribution
from lagebild.analyse.quotes_front import apposition, framing_clause
from lagebild.analyse.quotes_grammar import has_subjunctive
from lagebild.analyse.quotes_sentence import MIN_CLAUSE, Sentence
from lagebild.model import Quote, Span

__all__ = ["cue_behind"]


def cue_behind(s: Sentence) -> Quote | None:
    """Die Obduktion werde Tage dauern, sagte ein Polizeisprecher. / ..., wie die Polizei mitteilte."""
    for j in range(s.first + MIN_CLAUSE, s.last - 1):
        if s.words[j].text != "," or s.inside[j]:
            continue
        cue = s._attributes(j + 1)
        if cue is None or apposition(s.words[s.first : j]) or framing_clause(s.words, s.first, j):
            continue
        tail = s.so_tail(cue)
        if tail is not None:
            so = s.words[cue]
            who = Attribution(tail.speaker, tail.speaker_span, Span(so.start, so.end))
        else:
            who = s.speakers.around(cue, j + 1, s.end())
        if who.speaker is None and who.speaker_span is None and not _it_says(s, j, cue):
            continue  # "..., sagte nichts und ging": no one is named
        return s.quote(s.first, _past_inserted(s, j, cue), who)
    return None


_HIESS = frozenset({"hieß", "hiess", "heißt", "heisst"})


def _it_says(s: Sentence, comma: int, cue: int) -> bool:
    """ "Der Verletzte sei ins Spital gebracht worden, hiess es weiter.": a Konjunktiv clause
    before ", hiess es" is reported though no one is named (not "ins Spital" for speaker); the
    speaker is found later from the text around, if at all."""
    words = s.words
    return (
        words[cue].text in _HIESS
        and cue + 1 < s.last
        and words[cue + 1].text == "es"
        and has_subjunctive(words[s.first : comma])
        and not any(s.inside[s.first : comma])  # "Die Pflicht sei «heilig», hiess es": partial only
    )


# words that open a clause of its own after ", wie X sagte,": the reported clause ended before
_OWN_CLAUSE = frozenset({"und", "doch", "aber", "jedoch", "sondern", "während", "weil", "da", "als", "dass"})
_OWN_CLAUSE_OPENERS = _OWN_CLAUSE | {"der", "die", "das", "dem", "den", "deren", "dessen", "wo", "was", "so"}


def _past_inserted(s: Sentence, comma: int, cue: int) -> int:
    """ "Die Kosten würden, wie Projektleiter Jonas Hürlimann sagte, um zehn Prozent steigen":
    a "wie"-clause set in between commas leaves the reported clause open; it runs on to the end
    of the sentence. Returns where the reported words end."""
    words = s.words
    if words[comma + 1].text != "wie" or cue + 2 >= s.end() or words[cue + 1].text != ",":
        return comma
    if s.inside[cue + 1] or words[cue + 2].text in _OWN_CLAUSE_OPENERS or s.cue(cue + 2):
        return comma
    return s.end()
