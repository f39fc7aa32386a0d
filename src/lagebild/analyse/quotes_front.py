"""What stands before the comma of a cue behind it, when it is no reported clause.

"Die Lage sei ernst, sagte X": the clause before the comma is reported. Not so a name with its
apposition ("Kurt Moser, der bernische SVP-Präsident, warf der SP ... vor": the subject) nor a
subordinate clause that frames the main clause ("Während die Regierung schwieg, forderte die
Opposition den Rücktritt": the speech act is the main clause, told in the writer's words).
"""

from __future__ import annotations

from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_words import _DETERMINERS

__all__ = ["apposition", "framing_clause"]

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
