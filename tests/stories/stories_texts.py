"""German test articles written for lagebild's story tests (invented people and events).

- ``ferry``: an agency report on a ferry adrift on Lake Constance;
- ``reprint``: the same agency text as another outlet printed it (own title and
  lead, Swiss spelling, a paragraph shortened, one added, one dropped);
- ``own``: another outlet's own report on the same event (same people, other words);
- ``other``: a neighbouring topic (a storm, a lake, boats) but another event;
- ``council``: a story with nothing in common with the others.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from lagebild.model import Article

#: The clock of the story tests: test articles are published hours after it.
DAY0 = datetime.fromisoformat("2026-03-10T20:00:00+01:00")

MakeArticle = Callable[..., Article]

DATA = Path(__file__).resolve().parent / "data"
NAMES = ("ferry", "reprint", "own", "other", "council")


def text(name: str) -> str:
    return (DATA / f"{name}.txt").read_text("utf-8")
