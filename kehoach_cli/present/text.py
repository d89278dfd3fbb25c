"""Text on a terminal: display width, cutting and wrapping Vietnamese text."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from kehoach_cli.present.table import is_narrow


@cache
def _shown_unsafe() -> re.Pattern[str]:
    """What the output may not carry as it is (``core.text.UNSAFE``), except the
    CSV's line ends and the byte-order mark that starts a CSV for Excel."""
    from kehoach_cli.core.text import UNSAFE  # not needed by the help, which shows no plan

    return re.compile(rf"(?!\r\n)(?!\A\ufeff){UNSAFE.pattern}")


def printable(text: str) -> str:
    """``text`` safe for a terminal: each control, bidi or invisible format
    character written as ``\\uXXXX``, so no text in a plan can move the cursor,
    set a title or write the clipboard. JSON reads the same escape as the character."""
    # The usual case: every line printable (what is not printable includes every
    # unsafe character), which str.isprintable checks faster than any pattern.
    if all(map(str.isprintable, text.split("\n"))):
        return text
    return _shown_unsafe().sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` terminal cells and ending with an
    ellipsis when cut.

    A long text is cut after its first ``width`` characters when they are one
    cell each, and the spaced start of a text is the start of the spaced text:
    a task's text, often many times the room it is given, is spaced only as
    far as it is shown.
    """
    start = _spaced(text[: 2 * (width + 1)])
    if len(start) > width and is_narrow(start[: width + 1]):
        return start[: max(width - 1, 0)].rstrip() + "…"
    text = " ".join(text.split())
    if display_width(text) <= width:
        return text
    out: list[str] = []
    used = 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out).rstrip() + "…"


def _spaced(text: str) -> str:
    """``" ".join(text.split())``, without splitting text already spaced so: its
    only whitespace (``isprintable``) is single spaces, none first."""
    if "  " in text or text[:1] == " " or not text.isprintable():
        return " ".join(text.split())
    return text.rstrip(" ")


def fill(text: str, width: int) -> str:
    """A short label wrapped on word boundaries (a table cell may hold several lines)."""
    return "\n".join(wrap(text, width, break_long_words=False)) or text


def display_width(text: str) -> int:
    """Terminal cells taken by ``text`` (combining marks take none)."""
    if is_narrow(text):  # the usual case, Vietnamese included: one cell each
        return len(text)
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


_JOINED_HYPHEN = re.compile("-(?:(?<=[^ ]-)|(?=[^ ]))")  # a hyphen with no space on a side
# Whitespace other than the space and the no-break space, which is part of a word
# for textwrap (its whitespace is ASCII) but whitespace for str.strip().
_OTHER_WHITESPACE = re.compile(r"[^\S \xa0]")


def _plain_words(text: str, hyphens: bool) -> bool:
    """True when textwrap would cut ``text`` into its words and the single spaces
    between: no other whitespace, no whitespace at an end or beside a space
    (textwrap would drop it), and (when ``hyphens`` break words) no hyphen
    joined to a word."""
    if "  " in text or " \xa0" in text or "\xa0 " in text:
        return False
    if text[:1].isspace() or text[-1:].isspace() or _OTHER_WHITESPACE.search(text):
        return False
    return not (hyphens and "-" in text and _JOINED_HYPHEN.search(text))


def wrap(
    text: str,
    width: int,
    *,
    break_long_words: bool = True,
    break_on_hyphens: bool = True,
    initial_indent: str = "",
    subsequent_indent: str = "",
) -> list[str]:
    """``textwrap.wrap(text, width, ...)`` with the same options, line for line.

    Tables wrap thousands of cells, and textwrap is slow at it. Text made of
    words between single spaces (the usual case) is cut here at the last space
    that fits each line; anything else (hyphenated words, tabs, runs of spaces)
    goes to textwrap.
    """
    first = width - len(initial_indent)  # room on the first line, then on the others
    rest = width - len(subsequent_indent)
    lines = None
    if first >= 1 and rest >= 1 and _plain_words(text, break_on_hyphens):
        lines = _cut_at_spaces(text, first, rest, break_long_words)
    if lines is None:
        import textwrap

        return textwrap.wrap(
            text,
            width=width,
            break_long_words=break_long_words,
            break_on_hyphens=break_on_hyphens,
            initial_indent=initial_indent,
            subsequent_indent=subsequent_indent,
        )
    if initial_indent or subsequent_indent:
        lines[1:] = [subsequent_indent + line for line in lines[1:]]
        lines[:1] = [initial_indent + line for line in lines[:1]]
    return lines


def _cut_at_spaces(text: str, first: int, rest: int, break_long_words: bool) -> list[str] | None:
    """The lines textwrap makes of words between single spaces, ``first`` cells on
    the first line and ``rest`` on the others; None for a case it is left to
    textwrap: cutting a word that holds a no-break space, a piece of which may
    be that space alone, which textwrap drops."""
    lines: list[str] = []
    start = 0
    end = len(text)
    room = first
    while end - start > room:
        space = text.rfind(" ", start, start + room + 1)
        if space < 0:  # the first word is longer than a line
            if break_long_words:
                if "\xa0" in text[start : start + room + 1]:
                    return None
                lines.append(text[start : start + room])
                start += room
                room = rest
                continue
            space = text.find(" ", start)
            if space < 0:
                break
            lines.append(text[start:space])
            start = space + 1
            room = rest
            continue
        after = text.find(" ", space + 1)
        longest = (end if after < 0 else after) - space - 1 > room
        used = space - start + 1  # the words and the space after them
        if break_long_words and longest and used <= room:
            # textwrap starts a word too long for any line right here
            if "\xa0" in text[space : (end if after < 0 else after)]:
                return None
            lines.append(text[start : start + room])
            start += room
            if used == room:  # ... with no room left: the line keeps its space
                start = space + 1
            room = rest
            continue
        lines.append(text[start:space])
        start = space + 1
        room = rest
    if start < end:
        lines.append(text[start:])
    return lines
