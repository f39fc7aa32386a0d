"""Add the lines trafilatura kept and the walk never saw, in reading order.

The walk covers the article container; trafilatura sometimes finds article text
outside it, or in elements the walk read as one block with something else. Each
trafilatura line is looked up in the walk's log (:class:`~.walker.Item`); a line
nobody decided on goes in after the part that holds the line before it, after a
last check against the line-level boilerplate patterns (bylines, credits, ads,
related-article labels).
"""

from __future__ import annotations

import bisect

from lagebild.extract.builder import Draft, Part
from lagebild.extract.core import CoreText
from lagebild.extract.dates import is_date_line
from lagebild.extract.page import is_offer_line
from lagebild.extract.patterns import (
    agency_line,
    byline_agency,
    byline_authors,
    credit_only,
    find_dateline,
    is_ad,
    is_box_label,
    is_furniture,
    is_stock_credit,
    is_tag_label,
    related_label,
    source_credit,
)
from lagebild.extract.walker import Item
from lagebild.model import BlockKind

__all__ = ["merge_core"]

# Lines longer than this are matched by their two ends when they are not found
# whole: trafilatura joins inline pieces that the walk saw as separate blocks.
_ENDS = 60
# A drop decides about the lines inside it only when it is line-sized (a byline,
# a credit, a related link); a dropped page section may hold the article.
_DROP_COVERS = 400


def merge_core(draft: Draft, items: list[Item], core: CoreText) -> None:
    """Insert the uncovered trafilatura lines into ``draft.parts``."""
    # A drop that only says "trafilatura did not keep this whole" decides nothing
    # about the lines trafilatura did keep inside it.
    items = [item for item in items if item.kept or (not item.judged and len(item.text) <= _DROP_COVERS)]
    walked, starts = _index(items)
    inserts: list[tuple[tuple[int, int], Part]] = []
    anchor = 0 if draft.parts and draft.parts[0].kind is BlockKind.TITLE else -1
    title = draft.title
    for number, line in enumerate(core.lines):
        if line == title:
            continue  # the headline from the meta tags: Draft.build puts it first
        item = _covering(line, walked, starts, items)
        if item is not None:
            anchor = item.anchor
            continue
        part = _classify(draft, line, core)
        if part is not None:
            inserts.append(((anchor, number), part))
    if inserts:
        _insert(draft, inserts)


def _index(items: list[Item]) -> tuple[str, list[int]]:
    """All decided texts on one string, and where each starts (for bisect)."""
    starts: list[int] = []
    position = 0
    for item in items:
        starts.append(position)
        position += len(item.text) + 1
    return "\n".join(item.text for item in items), starts


def _covering(line: str, walked: str, starts: list[int], items: list[Item]) -> Item | None:
    at = walked.find(line)
    if at < 0 and len(line) > 2 * _ENDS:
        head, tail = walked.find(line[:_ENDS]), walked.find(line[-_ENDS:])
        at = head if head >= 0 and tail >= 0 else -1
    if at < 0:
        return None
    return items[bisect.bisect_right(starts, at) - 1]


def _classify(draft: Draft, line: str, core: CoreText) -> Part | None:
    """The part a stray trafilatura line becomes, or None when it is boilerplate."""
    if is_ad(line):
        draft.drop(BlockKind.AD, line, "ad marker")
    elif is_date_line(line):
        draft.drop(BlockKind.BOILERPLATE, line, "date line")
    elif is_offer_line(line):
        draft.drop(BlockKind.BOILERPLATE, line, "paywall or consent offer")
    elif is_furniture(line):
        draft.drop(BlockKind.BOILERPLATE, line, "page furniture line (counter, widget label)")
    elif is_stock_credit(line):
        draft.drop(BlockKind.CREDIT, line, "photo credit")
    elif is_box_label(line) or is_tag_label(line):
        draft.drop(BlockKind.BOILERPLATE, line, "label without its box")
    elif related_label(line) is not None:
        draft.drop(BlockKind.RELATED, line, "link to a related article")
    elif (authors := byline_authors(line)) is not None:
        for name in authors:
            draft.add_author(name)
        draft.agency = draft.agency or byline_agency(line)
        draft.drop(BlockKind.BOILERPLATE, line, "byline")
    elif credit_only(line) is not None:
        draft.drop(BlockKind.CREDIT, line, "photo credit")
    elif (agency := agency_line(line) or source_credit(line)) is not None:
        draft.agency = draft.agency or agency
        draft.drop(BlockKind.CREDIT, line, "agency credit")
    elif line in core.headings:
        return Part(BlockKind.HEADING, line)
    else:
        dateline = find_dateline(line)
        if dateline is not None:
            draft.agency = draft.agency or dateline.agency
            draft.drop(BlockKind.CREDIT, dateline.marker, "agency marker of the dateline")
            line = dateline.text
        return Part(BlockKind.BODY, line)
    return None


def _insert(draft: Draft, inserts: list[tuple[tuple[int, int], Part]]) -> None:
    merged: list[tuple[tuple[int, int, int], Part]] = [((i, 0, 0), p) for i, p in enumerate(draft.parts)]
    merged += [((anchor, 1, number), part) for (anchor, number), part in inserts]
    merged.sort(key=lambda pair: pair[0])
    draft.parts[:] = [part for _, part in merged]
    draft.kinds.update(part.kind for _, part in inserts)
