"""The structure of a plan document given as paragraphs: parts, sections, tasks.

Pure functions over text; reading .txt or .docx files is done elsewhere. The
shapes follow docs/format.md: a bullet is a task, a numbered subsection written
as one paragraph is a task, other numbered headings are sections.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kehoach_cli.core.text import unaccented

_PART = re.compile(r"phan thu (nhat|hai|ba|tu|nam)\b")
_PART_NUMBERS = {"nhat": "", "hai": "II", "ba": "III", "tu": "IV", "nam": "V"}
_ROMAN_HEAD = re.compile(r"(?P<n>[IVX]{1,4})\.\s+(?P<text>\S.*)")
_NUMBER_HEAD = re.compile(r"(?P<n>\d{1,2}(?:\.\d{1,2})*)(?:\.\s*|\s+)(?P<text>\S.*)")
_BULLET = re.compile(r"(?:[-–—•*]|[a-zđ]\))\s*(?P<text>\S.*)")
_SUB_BULLET = re.compile(r"\+\s*(?P<text>\S.*)")
_END_OF_BODY = re.compile(r"(noi nhan|tm\.? uy ban nhan dan)\b")
_OPEN_END = re.compile(r"[^.;:!?…”\"»)]$")
_STARTS_LOWER = re.compile(
    r"[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]"
)
TRUNCATED = "… "


@dataclass
class Section:
    """A heading that has tasks under it."""

    id: str
    title: str
    missing: bool = False  # the heading is lost from the source (a truncated start)


@dataclass
class RawTask:
    """A task as the document writes it, before who and when are read from it."""

    id: str
    section: str
    text: str
    paragraph: bool = False  # a numbered subsection written as one paragraph
    truncated: bool = False  # its beginning is lost from the source


@dataclass
class Outline:
    """Sections and tasks in document order, and what the head and foot of the document say."""

    sections: list[Section] = field(default_factory=list)
    tasks: list[RawTask] = field(default_factory=list)
    head: list[str] = field(default_factory=list)  # paragraphs before the first heading
    foot: list[str] = field(default_factory=list)  # from "Nơi nhận" on


def paragraphs(text: str) -> list[str]:
    """The non-blank lines of an extracted text, each a paragraph."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def join_page_breaks(items: list[str]) -> list[str]:
    """Sentences cut by a page break rejoined: a paragraph that starts in lower case
    continues the previous one when that one has no closing punctuation."""
    joined: list[str] = []
    for item in items:
        if joined and _starts_lower(item) and _OPEN_END.search(joined[-1]):
            joined[-1] = f"{joined[-1]} {item}"
        else:
            joined.append(item)
    return joined


def _starts_lower(text: str) -> bool:
    """A paragraph that starts with a lower-case letter continues a sentence."""
    return bool(_STARTS_LOWER.match(text)) and text[0].islower()


def _plain(text: str) -> str:
    return unaccented(text).replace("*", "").strip()


@dataclass
class _Cursor:
    """Where the parser is: the current part prefix and section, and bullet counts."""

    prefix: str = ""
    section: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    known: set[str] = field(default_factory=set)


def outline(items: list[str]) -> Outline:
    """The sections and tasks of a document given as paragraphs."""
    items = join_page_breaks(items)
    found = Outline()
    body = _split_foot(items, found)
    start = _first_heading(body)
    cursor = _Cursor()
    _preamble(body[:start], body[start:], found, cursor)
    rest = body[start:]
    index = 0
    while index < len(rest):
        index = _step(rest, index, found, cursor)
    return found


def _split_foot(items: list[str], found: Outline) -> list[str]:
    for index, item in enumerate(items):
        if _END_OF_BODY.match(_plain(item)):
            found.foot = items[index:]
            return items[:index]
    return items


def _kind(item: str) -> str:
    plain = _plain(item)
    if _PART.match(plain):
        return "part"
    if _ROMAN_HEAD.fullmatch(item):
        return "roman"
    if _NUMBER_HEAD.fullmatch(item) and not re.match(r"\d+/", item):
        return "number"
    if _BULLET.fullmatch(item):
        return "bullet"
    if _SUB_BULLET.fullmatch(item):
        return "sub"
    return "body"


def _first_heading(items: list[str]) -> int:
    for index, item in enumerate(items):
        if _kind(item) in ("part", "roman", "number"):
            return index
    return len(items)


def _preamble(head: list[str], rest: list[str], found: Outline, cursor: _Cursor) -> None:
    """Paragraphs before the first heading: the document's head, or, when the text
    starts in the middle of a subsection (its first heading is N.M with M > 1), the
    tasks of the lost subsection N.(M-1)."""
    first = rest[0] if rest else ""
    m = _NUMBER_HEAD.fullmatch(first) if _kind(first) == "number" else None
    parts = m["n"].split(".") if m else []
    if len(parts) < 2 or int(parts[-1]) < 2 or not head:
        found.head = head
        return
    lost = ".".join([*parts[:-1], str(int(parts[-1]) - 1)])
    for depth in range(1, len(parts) + 1):  # the lost subsection and the sections above it
        _add_section(found, cursor, ".".join(lost.split(".")[:depth]), "")
        found.sections[-1].missing = True
    cursor.section = lost
    for index, item in enumerate(head):
        text = _BULLET.fullmatch(item)
        task = _bullet(found, cursor, text["text"] if text else item)
        if index == 0 and _starts_lower(item):
            task.text = TRUNCATED + task.text
            task.truncated = True


def _add_section(found: Outline, cursor: _Cursor, sid: str, title: str) -> None:
    if sid not in cursor.known:
        cursor.known.add(sid)
        found.sections.append(Section(sid, title))


def _bullet(found: Outline, cursor: _Cursor, text: str) -> RawTask:
    section = cursor.section or "1"
    if not cursor.section:
        _add_section(found, cursor, section, "")
    n = cursor.counts[section] = cursor.counts.get(section, 0) + 1
    task = RawTask(f"{section}.{n}", section, text)
    found.tasks.append(task)
    return task


def _step(items: list[str], index: int, found: Outline, cursor: _Cursor) -> int:
    """Read the paragraph at ``index``; the index of the next one to read."""
    item = items[index]
    kind = _kind(item)
    if kind == "part":
        return _part(items, index, found, cursor)
    if kind == "roman":
        m = _ROMAN_HEAD.fullmatch(item)
        assert m
        cursor.prefix = m["n"]
        cursor.section = m["n"]
        _add_section(found, cursor, m["n"], m["text"])
    elif kind == "number":
        _numbered(items, index, found, cursor)
    elif kind == "sub" and found.tasks:
        found.tasks[-1].text += "\n" + item
    else:
        m = _BULLET.fullmatch(item)
        _bullet(found, cursor, m["text"] if m and kind == "bullet" else item)
    return index + 1


def _part(items: list[str], index: int, found: Outline, cursor: _Cursor) -> int:
    """``Phần thứ hai`` and, on the next line in capitals, its title."""
    m = _PART.match(_plain(items[index]))
    assert m
    cursor.prefix = _PART_NUMBERS[m[1]]
    title = items[index][m.end() :].strip(" :.-–")
    nxt = items[index + 1] if index + 1 < len(items) else ""
    if not title and nxt and nxt.upper() == nxt and _kind(nxt) == "body":
        title = nxt
        index += 1
    if cursor.prefix:
        _add_section(found, cursor, cursor.prefix, title)
        cursor.section = cursor.prefix
    return index + 1


def _numbered(items: list[str], index: int, found: Outline, cursor: _Cursor) -> None:
    """A numbered heading: a section when bullets or deeper numbers follow it, else a task."""
    m = _NUMBER_HEAD.fullmatch(items[index])
    assert m
    number, text = m["n"], m["text"]
    sid = f"{cursor.prefix}.{number}" if cursor.prefix else number
    parent = sid.rsplit(".", 1)[0] if "." in sid else ""
    nxt = items[index + 1] if index + 1 < len(items) else ""
    nxt_kind = _kind(nxt)
    below = _NUMBER_HEAD.fullmatch(nxt) if nxt_kind == "number" else None
    deeper = below is not None and below["n"].startswith(number + ".")
    if nxt_kind in ("bullet", "sub") or deeper or (nxt_kind == "body" and text.endswith(":")):
        _add_section(found, cursor, sid, text)
        cursor.section = sid
        return
    if parent:
        _add_section(found, cursor, parent, "")
    found.tasks.append(RawTask(sid, parent or sid, text, paragraph=True))
    if not parent:
        _add_section(found, cursor, sid, "")
    cursor.section = parent
