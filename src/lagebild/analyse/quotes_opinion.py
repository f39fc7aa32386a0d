"""Phrases that introduce a view rather than words, as a cue for the clause after them: "Sie
geht davon aus, dass ...", "X ist der Meinung, dass ...", "Die Behörde hält es für möglich,
dass ...", "Er war sich sicher, dass ...". The cue is the finite verb, so that the subject
before or after it is found as the speaker.
"""

from __future__ import annotations

from lagebild.analyse.entities_words import Word

__all__ = ["judges_as", "opinion_cue", "sees_in"]

_GO = frozenset({"geht", "gehen", "ging", "gingen", "gehe"})
_PARTICIPLES = frozenset({"ausgegangen", "ausgehen"})
_BE = frozenset({"ist", "sind", "war", "waren", "sei", "seien", "bleibt", "blieb", "zeigte", "zeigten"})
_HOLD = frozenset({"hält", "hielt", "halten", "hielten", "halte"})
_VIEWS = frozenset({"Meinung", "Auffassung", "Überzeugung", "Ansicht", "Ansichten", "Einschätzung"})
# a view someone holds or shares: "Er vertritt die These, dass ...", "Sie teilen die Ansicht, ..."
_HOLD_VIEW = frozenset(
    {"vertritt", "vertrat", "vertreten", "vertraten", "teilt", "teilte", "teilen", "teilten"}
)
_HELD = _VIEWS | {"These", "Position", "Meinung"}
_SURE = frozenset({"sicher", "überzeugt", "zuversichtlich", "besorgt", "optimistisch", "gewiss"})
_SEE = frozenset({"sieht", "sah", "sehen", "sahen", "sehe"})
_IN = frozenset({"in", "im", "darin"})
# the view someone sees in a thing: "sieht darin eine Gefahr", "sehen im Vorschlag keine Lösung"
_VIEW_ARTICLES = frozenset({"ein", "eine", "einen", "kein", "keine", "keinen", "den", "die", "das"})
# a decision told like a statement: "Der Gemeinderat beschloss, die Schule zu schliessen", "Das
# Gericht hat entschieden, dass ..."; not "ist noch nicht entschieden, ..."
_DECIDE = frozenset({"beschloss", "beschlossen", "beschließt", "entschied", "entschieden", "entscheidet"})
# an agreement told like a statement: "Die Parteien einigten sich darauf, dass ...", "Die
# Gemeinden haben sich geeinigt, die Schule gemeinsam zu führen"
_AGREE = frozenset({"einigte", "einigten", "geeinigt"})
_REACH = 6  # words from the verb to the comma that opens the reported clause
_SEE_REACH = 9  # "sah es das Gericht zunächst als erwiesen an, dass ..."


def _comma_within(words: list[Word], i: int, stop: int, reach: int = _REACH) -> int | None:
    for j in range(i + 1, min(stop, i + 1 + reach)):
        if words[j].text == ",":
            return j
    return None


def opinion_cue(words: list[Word], i: int, stop: int) -> bool:
    """Word ``i`` is the verb of a phrase of opinion that a comma and a clause follow."""
    text = words[i].text
    comma = _comma_within(words, i, stop, _SEE_REACH if text in _SEE else _REACH)
    if comma is None:
        return False
    between = [w.text for w in words[i + 1 : comma]]
    if text in _GO:
        return between[-2:] == ["davon", "aus"]
    if text in _PARTICIPLES:
        return i > 0 and words[i - 1].text == "davon" and comma == i + 1
    if text in _BE:
        return bool(between) and (
            (between[-1] in _VIEWS and "der" in between) or (between[-1] in _SURE and "sich" in between)
        )
    if text in _HOLD_VIEW:
        return bool(between) and between[-1] in _HELD and "die" in between
    if text in _DECIDE:
        return not any(w.text in {"nicht", "noch"} for w in words[max(0, i - 3) : i])
    if text in _AGREE:
        return "sich" in between[:2] or any(w.text == "sich" for w in words[max(0, i - 4) : i])
    if text in _HOLD:
        return "es" in between[:3] and "für" in between
    if text in _SEE:
        # "sah es als erwiesen an, dass ...", "sieht es als seine Aufgabe an, ... zu ...",
        # "sehen als zentrale Aussage, dass ..."
        return (bool(between) and between[-1] == "an" and "es" in between[:4]) or between[:1] == ["als"]
    return False


def sees_in(words: list[Word], i: int, stop: int) -> bool:
    """ "Die Grünen sehen in diesem Vorschlag keine Lösung.", "Experten sehen darin einen ersten
    Schritt": a view told in the writer's words, with the verb of seeing as its cue."""
    if words[i].text not in _SEE:
        return False
    for j in range(i + 1, min(stop, i + 1 + _REACH)):
        if words[j].punct:
            return False
        if words[j].text in _IN:
            return any(w.text in _VIEW_ARTICLES for w in words[j + 2 : min(stop, j + 8)])
    return False


# verbs that judge a thing as something: "Die Gewerkschaft wertete den Abschluss als Erfolg",
# "Der Rat verurteilte den Anschlag als feige", "Das Amt stuft die Lage als ernst ein"; a
# speech act only with "als" (not "Das Gericht verurteilte den Mann zu drei Jahren")
_JUDGE = frozenset(
    {"wertet", "wertete", "werteten", "bewertet", "bewertete", "bewerteten", "beurteilt", "beurteilte"}
    | {"beurteilten", "würdigt", "würdigte", "würdigten", "verurteilt", "verurteilte", "verurteilten"}
    | {"stuft", "stufte", "stuften", "betrachtet", "betrachtete", "betrachteten"}
)
_JUDGE_REACH = 12  # words from the verb to its "als"
_SENTENCED = frozenset({"zu", "wegen", "Haft", "Jahren", "Gefängnis"})


# the same in the passive, with whose judgement it is after "von": "Die Aktion wurde von den
# Veranstaltern als Erfolg gewertet", "Der Verfasser wurde vom Gericht als Querulant eingestuft"
_JUDGED = frozenset({"gewertet", "bewertet", "eingestuft", "gewürdigt", "beurteilt", "betrachtet"})
_AGENT = frozenset({"von", "vom"})


def _judged_by(words: list[Word], i: int) -> bool:
    start = next((j + 1 for j in range(i - 1, -1, -1) if words[j].punct), 0)
    clause = [w.text for w in words[start:i]]
    return "als" in clause and any(t in _AGENT for t in clause[: clause.index("als")])


def judges_as(words: list[Word], i: int, stop: int) -> bool:
    """Word ``i`` judges a thing "als" something before the next punctuation."""
    if words[i].text in _JUDGED and _judged_by(words, i):
        return True
    if words[i].text not in _JUDGE:  # "betrachtet" is finite too: "Der Rat betrachtet X als ..."
        return False
    end = next((j for j in range(i + 1, stop) if words[j].punct), stop)
    if any(w.text in _SENTENCED for w in words[i + 1 : end]):
        return False  # "verurteilte den Mann als Mittäter zu drei Jahren Haft"
    # "wird mit INES 1 bewertet und gilt damit als ...": the "als" of another verb after "und"
    reach = next((j for j in range(i + 1, end) if words[j].text == "und"), end)
    return any(w.text == "als" for w in words[i + 1 : min(reach, i + 1 + _JUDGE_REACH)])
