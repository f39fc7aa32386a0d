"""Reader for scraped plain text: one paragraph, caption, bullet or marker a line.

The shape it reads is that of text copied out of a news page (see the seed
article): an optional headline, the lead, an image caption printed twice (once
with its credit, "… - AFP"), a key-points box under a label, ad markers,
sub-headings between body paragraphs, and "Mehr zum Thema:" with the page's tag
links glued together. Every input line ends either in a content part or in
``Draft.removed``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from lagebild.extract.builder import Draft
from lagebild.extract.patterns import (
    agency_line,
    bullet_text,
    byline_agency,
    byline_authors,
    credit_only,
    find_dateline,
    is_ad,
    is_box_label,
    is_tag_label,
    looks_like_heading,
    related_label,
    split_credit,
)
from lagebild.extract.tags import looks_glued, split_tag_line
from lagebild.model import BlockKind

__all__ = ["read_text"]

# How far apart (in non-empty lines) a caption and its credited copy may be.
_CAPTION_WINDOW = 3
# A box without bullet characters: at most this many plain lines, each short.
_PLAIN_BOX_ITEMS = 5
_PLAIN_BOX_CHARS = 300
# Lines after "Mehr zum Thema" longer than this are article text again.
_RELATED_MAX_CHARS = 160


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    blank_before: bool


class _Mode(enum.Enum):
    BODY = "body"
    BOX = "box"
    RELATED = "related"
    TAGS = "tags"


@dataclass(slots=True)
class _CaptionRole:
    text: str
    credit: str | None
    duplicate: bool  # the credited copy of a caption printed elsewhere
    credit_text: str | None = None  # the suffix removed from a caption kept in place


def read_text(text: str) -> Draft:
    """Read scraped text into a Draft (content parts + removed boilerplate)."""
    lines = _lines(text)
    roles = _caption_roles([line.text for line in lines])
    return _Reader(lines, roles).run()


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        lines.append(_Line(stripped, blank))
        blank = False
    return lines


def _caption_roles(lines: list[str]) -> dict[int, _CaptionRole]:
    """Find captions: a line printed again with a credit, or a line ending in a credit."""
    roles: dict[int, _CaptionRole] = {}
    for i, line in enumerate(lines):
        found = split_credit(line)
        if found is None or i in roles:
            continue
        base, credit = found
        twin = _find_twin(lines, i, base, roles)
        if twin is not None:
            roles[twin] = _CaptionRole(lines[twin], credit, duplicate=False)
            roles[i] = _CaptionRole(line, credit, duplicate=True)
        elif looks_like_caption(base):
            roles[i] = _CaptionRole(base, credit, duplicate=False, credit_text=line[len(base) :].strip())
    return roles


def looks_like_caption(base: str) -> bool:
    """A credited line standing alone: short enough to be a caption, not a paragraph."""
    return 0 < len(base) <= 300 and len(base.split()) <= 50


def _find_twin(lines: list[str], i: int, base: str, roles: dict[int, _CaptionRole]) -> int | None:
    low, high = max(0, i - _CAPTION_WINDOW), min(len(lines), i + _CAPTION_WINDOW + 1)
    for j in range(low, high):
        if j != i and j not in roles and lines[j] == base:
            return j
    return None


class _Reader:
    def __init__(self, lines: list[_Line], roles: dict[int, _CaptionRole]) -> None:
        self.lines = lines
        self.roles = roles
        self.draft = Draft()
        self.mode = _Mode.BODY
        self.box_items = 0
        self.box_bulleted = False
        self.seen: set[str] = set()

    def run(self) -> Draft:
        for i, line in enumerate(self.lines):
            self._line(i, line)
        return self.draft

    # -- dispatch ------------------------------------------------------------
    def _line(self, i: int, line: _Line) -> None:
        text = line.text
        role = self.roles.get(i)
        if role is not None:
            self._caption(role)
        elif is_ad(text):
            self.draft.drop(BlockKind.AD, text, "ad marker")
        elif not self._structured(line):
            self.mode = _Mode.BODY
            self._body_line(i, text)

    def _structured(self, line: _Line) -> bool:
        """A box item, a label, or a line of a related/tag block: consumed here."""
        if self.mode is _Mode.BOX and self._box_item(line):
            return True
        if self._label(line.text):
            return True
        return self.mode in (_Mode.RELATED, _Mode.TAGS) and self._related_item(line.text)

    def _caption(self, role: _CaptionRole) -> None:
        if role.duplicate:
            self.draft.drop(BlockKind.DUPLICATE, role.text, "caption repeated with its photo credit")
            return
        if role.credit_text:
            self.draft.drop(BlockKind.CREDIT, role.credit_text, "photo credit after a caption")
        self.draft.add(BlockKind.CAPTION, role.text, credit=role.credit)
        self.seen.add(role.text)

    # -- key-points box --------------------------------------------------------
    def _box_item(self, line: _Line) -> bool:
        item = bullet_text(line.text)
        if item is not None and (self.box_bulleted or self.box_items == 0):
            self.box_bulleted = True
        elif item is None and not self.box_bulleted and self._plain_box_item(line):
            item = line.text
        else:
            return False
        self.draft.add(BlockKind.KEY_POINT, item)
        self.box_items += 1
        return True

    def _plain_box_item(self, line: _Line) -> bool:
        # A box whose bullets were lost in scraping: short lines right under the label.
        if self.box_items >= _PLAIN_BOX_ITEMS or len(line.text) > _PLAIN_BOX_CHARS:
            return False
        return self.box_items == 0 or not line.blank_before

    # -- labels: box, related, tags -------------------------------------------
    def _label(self, text: str) -> bool:
        if is_box_label(text):
            label = text.strip(" +:").strip()
            self.draft.key_points_label = self.draft.key_points_label or label
            self.draft.drop(BlockKind.KEY_POINTS_LABEL, text, "label of the page's key-points box")
            self.mode, self.box_items, self.box_bulleted = _Mode.BOX, 0, False
            return True
        if is_tag_label(text):
            self.draft.drop(BlockKind.TAG_LIST, text, "label of the page's tag list")
            self.mode = _Mode.TAGS
            return True
        found = related_label(text)
        if found is None:
            return False
        _, rest = found
        if rest:
            self.draft.drop(BlockKind.RELATED, text, "link to a related article")
        else:
            self.draft.drop(BlockKind.RELATED, text, "label of a related-articles block")
            self.mode = _Mode.RELATED
        return True

    def _related_item(self, text: str) -> bool:
        item = bullet_text(text) or text
        if looks_glued(item) or _is_tag_list(item) or (self.mode is _Mode.TAGS and len(item) <= 80):
            for tag in split_tag_line(item):
                self.draft.add_tag(tag)
            self.draft.drop(BlockKind.TAG_LIST, text, "the page's topic tags")
            return True
        if len(item) <= _RELATED_MAX_CHARS and not _is_sentence_paragraph(item):
            self.draft.drop(BlockKind.RELATED, text, "headline of a related article")
            return True
        return False

    # -- everything else -----------------------------------------------------
    def _body_line(self, i: int, text: str) -> None:
        credit = credit_only(text)
        if credit is not None:
            self._credit_line(text, credit)
            return
        authors = byline_authors(text)
        if authors is not None:
            for name in authors:
                self.draft.add_author(name)
            self.draft.agency = self.draft.agency or byline_agency(text)
            self.draft.drop(BlockKind.BOILERPLATE, text, "byline")
            return
        agency = agency_line(text)
        if agency is not None:
            self.draft.agency = self.draft.agency or agency
            self.draft.drop(BlockKind.CREDIT, text, "agency credit")
            return
        if text in self.seen:
            self.draft.drop(BlockKind.DUPLICATE, text, "line repeated verbatim")
            return
        self.seen.add(text)
        self._content(i, text)

    def _credit_line(self, text: str, credit: str) -> None:
        parts = self.draft.parts
        if parts and parts[-1].kind is BlockKind.CAPTION and parts[-1].credit is None:
            parts[-1].credit = credit
        self.draft.drop(BlockKind.CREDIT, text, "photo credit")

    def _content(self, i: int, text: str) -> None:
        kinds = self.draft.kinds
        started = bool(kinds & {BlockKind.TITLE, BlockKind.LEAD, BlockKind.BODY})
        following = self._next_text(i)
        if not started and looks_like_heading(text) and following is not None:
            self.draft.title = text
            self.draft.add(BlockKind.TITLE, text)
            return
        if (
            looks_like_heading(text, max_words=12, max_chars=100)
            and following is not None
            and _introduces_text(following)
        ):
            self.draft.add(BlockKind.HEADING, text)
            return
        dateline = find_dateline(text)
        if dateline is not None:
            self.draft.agency = self.draft.agency or dateline.agency
            self.draft.drop(BlockKind.CREDIT, dateline.marker, "agency marker of the dateline")
            text = dateline.text
        self.draft.add(BlockKind.BODY if BlockKind.LEAD in kinds else BlockKind.LEAD, text)

    def _next_text(self, i: int) -> str | None:
        """The next line that is neither an ad nor a caption: what this line introduces."""
        for j in range(i + 1, len(self.lines)):
            text = self.lines[j].text
            if j in self.roles or is_ad(text):
                continue
            return text
        return None


def _introduces_text(following: str) -> bool:
    """A sub-heading stands over text, not over another heading or a label."""
    return not (
        looks_like_heading(following)
        or is_box_label(following)
        or related_label(following) is not None
        or is_tag_label(following)
    )


def _is_tag_list(text: str) -> bool:
    """Short names separated by commas, bars or bullets: ``Aleppo, EU, NATO``."""
    pieces = split_tag_line(text)
    return len(pieces) >= 2 and all(len(p.split()) <= 4 and p[-1:] not in ".!?" for p in pieces)


def _is_sentence_paragraph(text: str) -> bool:
    return len(text.split()) > 25 or (text.endswith(".") and len(text.split()) > 12)
