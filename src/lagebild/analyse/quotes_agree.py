"""A plural noun phrase that opens a clause whose finite verb is singular is its object, and
the subject stands after the verb: "Die jungen Bauern, die sich an den Protesten beteiligt
hatten, beschrieb die Agentur als „aggressiv“" – the agency speaks, not the farmers."""

from __future__ import annotations

from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.analyse.quotes_subject import subject_after_verb

__all__ = ["object_first"]


def _plural_opening(sp: SpeakerWords, first: int, cue: int) -> bool:
    """ "Die jungen Bauern": "die" and an adjective in "-en" before a noun is a plural (a
    singular takes "-e": "die junge Bäuerin")."""
    if first + 2 >= cue or sp.words[first].text != "Die":
        return False
    adjective, noun = sp.words[first + 1], sp.words[first + 2]
    return adjective.text[:1].islower() and adjective.text.endswith("en") and noun.capitalised


def _singular(sp: SpeakerWords, cue: int) -> bool:
    text = sp.words[cue].text
    return text[:1].islower() and not text.endswith("en")


def object_first(sp: SpeakerWords, found: Attribution, first: int, cue: int, stop: int) -> Attribution:
    """The subject after the verb at ``cue`` when ``found`` is a plural phrase at the clause's
    start that the singular verb does not agree with; else ``found``."""
    span = found.speaker_span
    if found.speaker is not None or span is None or span.start != sp.words[first].start:
        return found
    if not (_plural_opening(sp, first, cue) and _singular(sp, cue)):
        return found
    after = subject_after_verb(sp, cue, stop)
    return found if after is None else Attribution(after.speaker, after.speaker_span, found.cue)
