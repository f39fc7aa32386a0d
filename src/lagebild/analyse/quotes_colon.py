"""The speaker of a quote after a colon with no speech verb of its own: the subject of the
clause before the colon ("Bundesinnenminister Schäuble: „…“", "Die Bewohner sehen es gelassen:
„…“", "Dabei hatte sich Pieper zu dem Zwischenruf hinreißen lassen: „…“")."""

from __future__ import annotations

from lagebild.analyse.quotes_clause import Attribution, Speakers

__all__ = ["colon_subject"]


def _in_genitive(speakers: Speakers, found: Attribution, first: int) -> bool:
    """A name right after a noun that is no role: "nach dem Abschluss des Falls Kowalski"."""
    if found.speaker_span is None:
        return False
    at = speakers.word_at(found.speaker_span.start)
    if at is None or at <= first or speakers.mention_at[at] is None:
        return False
    before = speakers.words[at - 1]
    if not before.capitalised or before.punct or speakers.lex.role_of(before.text) or at - 2 < first:
        return False
    return speakers.words[at - 2].text in {"des", "eines"}  # not "Die ersten Worte Armstrongs"


def colon_subject(speakers: Speakers, first: int, colon: int) -> Attribution | None:
    """The subject of words ``first`` .. ``colon``, the clause a colon ends."""
    subject = speakers.clause_subject(first, colon)
    if subject is None or subject.speaker is None:
        # "Dabei hatte sich Pieper zu dem Zwischenruf hinreißen lassen: „...“", "Das
        # Angebot lehnt er ab: „...“": a person or pronoun in the clause before the colon
        person = speakers.subject(first, colon)
        named = person is not None and person.speaker is not None
        if person is not None and (subject is None or (named and not _in_genitive(speakers, person, first))):
            subject = person
    return subject
