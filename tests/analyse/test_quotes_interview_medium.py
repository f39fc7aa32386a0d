"""A newspaper after "mit der" is whom the speaker talked to, not the speaker.

Sentences written for lagebild. Once the entity stage found declined newspaper names ("der
Neuen Zürcher Zeitung"), the speaker finder took the paper before the participle for the subject.
"""

from __future__ import annotations

from test_quotes_de import analyse, table


def test_the_paper_of_an_interview_is_no_speaker() -> None:
    article = analyse(
        "Der Delegierte der Bauern im Vorstand der Bundesagentur für Arbeit (BA), Hans Muster, hat "
        "in einem Gespräch mit der Neuen Zürcher Zeitung verlangt, dass die Gebühren sinken."
    )
    assert [speaker for _, _, speaker in table(article)] == ["Hans Muster"]
