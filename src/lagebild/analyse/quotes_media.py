"""What names a medium: a paper, station, agency or page that passes words on.

``data/media.txt`` lists names of media ("NZZ", "Keystone-SDA", "Reuters") and the noun endings
of publications ("Fernsehsender", "Fachblatt", "Internetseite"); web addresses ("ndr.de") are
media too; a name listed in marks ("«Arena»") counts only when the text has marks. The list is
not read by the NER model, so editing it needs no retraining.
"""

from __future__ import annotations

import functools
import re

from lagebild.analyse.quotes_sources import web_address
from lagebild.language.de.lexicon import word_list

__all__ = ["is_medium", "is_medium_name"]

_LONGEST = 4  # words of the longest listed name ("Neue Zürcher Zeitung am Sonntag")


_MARKS = '„“”«»"‚‘'


@functools.cache
def _media() -> tuple[tuple[str, ...], frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    lines = word_list("media.txt")
    endings = tuple(line[1:].lower() for line in lines if line.startswith("*"))
    names = frozenset(tuple(_split(line)) for line in lines if line[:1] not in "*«")
    # names that are common words too count only in marks: "in der «Arena»", not "in der Arena"
    in_marks = frozenset(tuple(_split(line)) for line in lines if line.startswith("«"))
    return endings, names, in_marks


def _split(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-–„“”«»\"‚‘()]+", text.lower()) if w]


def is_medium(text: str) -> bool:
    """Whether ``text`` names a medium or a publication: a listed name ("NZZ", "Spiegel-Online",
    "Nachrichtenagentur Reuters"), a noun ending like one ("Fernsehsender", "Fachblatt",
    "Internetseite") or a web address ("ndr.de")."""
    endings, names, in_marks = _media()
    words = _split(text)
    if any(web_address(w) or (len(w) > 2 and w.endswith(endings)) for w in words):
        return True
    if any(mark in text for mark in _MARKS):
        names = names | in_marks
    return any(tuple(words[i : i + n]) in names for i in range(len(words)) for n in range(1, _LONGEST + 1))


def is_medium_name(text: str) -> bool:
    """Whether ``text`` is a listed name of a medium or programme, as in marks ("Regionaljournal",
    "Arena"); a noun with a medium's ending ("Feigenblatt") is not."""
    _, names, in_marks = _media()
    return tuple(_split(text)) in names | in_marks
