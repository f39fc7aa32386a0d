"""What stands before the comma of a cue behind it, when it is no reported clause.

"Die Lage sei ernst, sagte X": the clause before the comma is reported. Not so a name with its
apposition ("Kurt Moser, der bernische SVP-Präsident, warf der SP ... vor": the subject) nor a
subordinate clause that frames the main clause ("Während die Regierung schwieg, forderte die
Opposition den Rücktritt": the speech act is the main clause, told in the writer's words).
"""

from __future__ import annotations

from collections.abc import Callable

from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_clause import Speakers
from lagebild.analyse.quotes_words import _DETERMINERS
from lagebild.model import Quote, QuoteKind, Span

__all__ = ["act_before", "apposition", "framing_clause", "welcomes_decision"]

# lower-case words inside a name and its apposition ("der Direktor des Senders, Peter Imhof")
_NAME_LINKS = (_DETERMINERS - {"einem"}) | {"für", "im", "am", "und"}
_INFLECTED = ("e", "en", "er", "es", "em")  # adjective endings between article and noun


def _adjective(words: list[Word], k: int) -> bool:
    """ "der politische Direktor", "Der bernische SVP-Präsident": a lower-case word with an
    adjective ending after an article (or another such adjective) and before a capitalised
    word; a verb does not stand there ("Die Firmen verhandeln" has no article before it)."""
    if not words[k].text.endswith(_INFLECTED) or k == 0 or k + 1 >= len(words):
        return False
    before = words[k - 1].text.lower()
    after = words[k + 1]
    linked = before in _NAME_LINKS or (before.endswith(_INFLECTED) and _adjective(words, k - 1))
    return linked and (after.capitalised or after.text.endswith(_INFLECTED))


def apposition(words: list[Word]) -> bool:
    """ "Beat Amstutz, Manager des FC Thun, bezeichnete ...", "Der bernische SVP-Präsident, Kurt
    Moser, warf ...": a name and its apposition before the verb are the subject, no clause
    reported by a cue behind it."""
    return any(w.text == "," for w in words) and all(
        w.capitalised or w.punct or w.text in _NAME_LINKS or w.text[:1].isdigit() or _adjective(words, k)
        for k, w in enumerate(words)
    )


# conjunctions of a clause that frames the main clause in time or cause; not "Dass" and "Ob",
# whose clause is what is said ("Ob das Projekt zustande kommt, ließ X offen")
_FRAMING = frozenset(
    {"Während", "Nachdem", "Da", "Weil", "Obwohl", "Obgleich", "Als", "Bevor", "Seitdem"}
    | {"Sobald", "Solange", "Wenn", "Falls", "Zumal"}
)


def framing_clause(words: list[Word], first: int, comma: int) -> bool:
    """ "Während Saudi-Arabien nichts ändern wollte, plädierte Venezuela für Kürzungen": the
    clause from ``first`` to ``comma`` opens with a framing conjunction and holds no other comma,
    so the speech verb after it belongs to the main clause."""
    return words[first].text in _FRAMING and not any(w.text == "," for w in words[first + 1 : comma])


def act_before(act_cue: Callable[[int], bool], speakers: Speakers, first: int, quote: Quote) -> Quote | None:
    """ "Der Rat rief die Regierung zur Mäßigung auf und forderte, die Grenze zu öffnen": the
    clause reported after the second speech verb is indirect speech, and the first verb with
    its object before "und" is a speech act of its own in the writer's words; returns it, from
    the start of the sentence to the word before "und"."""
    words = speakers.words
    if quote.cue is None:
        return None
    cue = speakers.word_at(quote.cue.start)
    if cue is None or cue <= first:
        return None
    und = next((k for k in range(cue - 1, first, -1) if words[k].text == "und"), None)
    if und is None or any(w.text == "," for w in words[und:cue]):
        return None
    if any(w.text in {":", ";"} for w in words[first:und]):
        return None  # "wies die Vorwürfe zurück: Der Senat habe ... und ...": the colon reports
    verb = next((k for k in range(first, und) if act_cue(k) and not words[k].capitalised), None)
    if verb is None or und - verb < 2:
        return None  # "sagte und betonte, ...": no object, no act of its own
    who = speakers.around(verb, first, und)
    if who.speaker is None and who.speaker_span is None:
        return None
    return Quote(
        Span(words[first].start, words[und - 1].end),
        QuoteKind.REPORTED,
        who.speaker,
        who.speaker_span,
        who.cue,
    )


_WELCOME = frozenset({"begrüßt", "begrüßte", "begrüßten", "begrüßen"})
# what one welcomes in words: a decision, a plan, a step ("begrüßte den Beschluss", "die
# Einigung", "den Vorstoß"); not people or a day ("begrüßte die Gäste", "das neue Jahr begrüßen")
DECISIONS = (
    "ung", "schluss", "urteil", "entscheid", "vorschlag", "vorstoß", "plan", "pläne", "vorhaben",
    "abkommen", "gesetz", "initiative", "schritt", "resolution", "reform", "angebot", "einigung",
)  # fmt: skip
_OBJECT_REACH = 5  # words between the verb and its object ("begrüßte in einer Stellungnahme den ...")


def welcomes_decision(words: list[Word], i: int, first: int, last: int) -> bool:
    """ "Der Verband begrüßte den Entscheid des Bundesrats", "..., während die Kantone den Vorstoß
    begrüßten": welcoming a decision is a speech act; the decision is the first noun after the
    verb, or the last before it when the verb closes the clause."""
    if words[i].text not in _WELCOME:
        return False
    after = [w for w in words[i + 1 : min(last, i + 1 + _OBJECT_REACH)] if w.capitalised]
    before = [w for w in words[max(first, i - _OBJECT_REACH) : i] if w.capitalised]
    noun = after[0] if after else (before[-1] if before else None)
    return noun is not None and noun.text.lower().endswith(DECISIONS)
