"""The subject of a subordinate clause that ends in its speech verb: "…, während die
„Initiative Roter Löwe“ den Vorschlag unterstützt und fordert, dass …" – the initiative speaks,
not the proposal it supports. The subject follows the conjunction right after the comma.
"""

from __future__ import annotations

from lagebild.analyse.quotes_grammar import QUOTE_MARKS
from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.analyse.quotes_words import _INFLECTED
from lagebild.model import EntityType, Span

__all__ = ["PERFECT", "subordinate_subject"]

# conjunctions of a clause with its verb last ("während", "weil"), not "wie" (a source of its own)
_CONJUNCTIONS = frozenset({"während", "weil", "da", "nachdem", "obwohl", "wobei", "wogegen", "zumal"})
# articles of a subject in the nominative ("die Initiative", "das Komitee", "ein Verband")
_SUBJECT_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})
# words after a verb at the end of its clause: "fordert, dass", "fordert und ..."
_CLAUSE_END = frozenset({",", ".", ":", ";", "und"})
# a perfect's auxiliary after the verb ends the clause too: "weil die Regierung ihn als «Partner»
# bezeichnet hat"; not "wird"/"wurde", whose subject is what is called so
PERFECT = frozenset({"hat", "hatte", "habe", "hätte", "haben", "hatten", "hätten"})
_REACH = 5  # words between the article and its noun ("die den Grünen nahestehende")


def subordinate_subject(sp: SpeakerWords, cue: int, first: int) -> Attribution | None:
    """The subject after the conjunction that opens the clause of the verb at ``cue``."""
    if cue + 1 < len(sp.words) and sp.words[cue + 1].text not in _CLAUSE_END | PERFECT:
        return None  # "während der Debatte erklärte Imhof": a preposition; the verb is second
    comma = next((k for k in range(cue - 1, first, -1) if sp.words[k].text == "," and not sp.quoted[k]), None)
    if comma is None:
        # "Obwohl Brunner mit Mehreinnahmen rechnet, sei man …": the clause opens the sentence
        return _opening_name(sp, cue, first)
    if comma + 3 >= cue:
        return None
    if sp.words[comma + 1].text not in _CONJUNCTIONS or sp.words[comma + 2].text not in _SUBJECT_ARTICLES:
        return None
    j = comma + 2
    k = j + 1
    while k < min(cue, j + _REACH) and not sp.words[k].capitalised and sp.words[k].text not in QUOTE_MARKS:
        if not sp.words[k].text.endswith(_INFLECTED) and sp.words[k].text not in {"den", "dem"}:
            return None  # a verb or an adverb: no noun phrase
        k += 1
    if k >= cue:
        return None
    if sp.words[k].text in QUOTE_MARKS:  # a name in marks: „Initiative Roter Löwe“
        close = next((m for m in range(k + 1, cue) if sp.words[m].text in QUOTE_MARKS), None)
        if close is None:
            return None
        end = close
    else:
        end = k
        while end + 1 < cue and sp.words[end + 1].capitalised and not sp.words[end + 1].punct:
            end += 1
    entity = None
    for m in range(k, end + 1):
        index = sp.mention_at[m]
        if index is not None and sp.article.mentions[index].type is not EntityType.LOC:
            entity = sp.article.mentions[index].entity
            break
    return Attribution(entity, Span(sp.words[j].start, sp.words[end].end), None)


def _opening_name(sp: SpeakerWords, cue: int, first: int) -> Attribution | None:
    """A person named right after the conjunction that opens the sentence: "Obwohl Brunner
    aufgrund der guten Konjunktur mit Mehreinnahmen von drei Milliarden Franken rechnet, …"."""
    if first + 2 >= cue or sp.words[first].text.lower() not in _CONJUNCTIONS:
        return None
    name = first + 2 if sp.lex.role_of(sp.words[first + 1].text) else first + 1  # "Obwohl Ministerin X"
    index = sp.mention_at[name]
    if name >= cue or index is None or sp.article.mentions[index].type is not EntityType.PER:
        return None
    end = name
    while end + 1 < cue and sp.mention_at[end + 1] == index:
        end += 1
    entity = sp.article.mentions[index].entity
    return Attribution(entity, Span(sp.words[first + 1].start, sp.words[end].end), None)
