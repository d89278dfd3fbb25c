"""Text on a terminal: display width, cutting and wrapping Vietnamese text."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from kehoach_cli.present.table import is_narrow


@functools.lru_cache(maxsize=4096)
def shorten(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` terminal cells, ending with an ellipsis when cut.

    Remembered for the last few thousand texts: a long listing shows the same
    task's text on a line for each of its agencies.
    """
    if is_narrow(text):  # one cell per character: no need to measure each
        if not _tidy(text):
            text = " ".join(text.split())
        return text if len(text) <= width else text[: max(width - 1, 0)].rstrip() + "…"
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


def fill(text: str, width: int) -> str:
    """A short label wrapped on word boundaries (a table cell may hold several lines)."""
    return "\n".join(wrap(text, width, break_long_words=False)) or text


def shorten_all(texts: Sequence[str], width: int, *, narrow: bool | None = None) -> list[str]:
    """``shorten`` of each text, deciding once for all whether each character is one cell.

    ``narrow`` is ``is_narrow`` of the texts when the caller already knows it.
    Otherwise only the first ``width + 1`` characters of each (spaced) text are
    checked: when they are all one cell wide, the text is cut where they say
    whatever follows (a task's text is often three times the room it is given).
    """
    tidy = [text if _tidy(text) else " ".join(text.split()) for text in texts]
    if narrow is None:
        narrow = is_narrow("".join([text[: width + 1] for text in tidy]))
    if not narrow:
        return [shorten(text, width) for text in texts]
    cut = max(width - 1, 0)
    return [text if len(text) <= width else text[:cut].rstrip() + "…" for text in tidy]


def _tidy(text: str) -> bool:
    """True when one-cell-wide ``text`` is already spaced as ``" ".join(text.split())``
    would space it (checking is much cheaper than splitting and joining).

    The only whitespace one-cell-wide text can hold is spaces, line breaks and
    no-break spaces.
    """
    return (
        "  " not in text
        and "\n" not in text
        and "\xa0" not in text
        and text[:1] != " "
        and text[-1:] != " "
    )


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


def _plain_words(text: str, hyphens: bool = True, spaced: bool = False) -> bool:
    """True when textwrap would cut ``text`` into its words and the single spaces between.

    That is: no whitespace but single spaces between words (whitespace other than
    the space is never printable) and, when ``hyphens`` break words, no hyphen
    joined to a word. ``spaced`` says the first part is known already.
    """
    return (
        spaced or (text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ")
    ) and (not hyphens or "-" not in text or re.search("[^ ]-|-[^ ]", text) is None)


def wrap(
    text: str,
    width: int,
    *,
    break_long_words: bool = True,
    break_on_hyphens: bool = True,
    initial_indent: str = "",
    subsequent_indent: str = "",
    spaced: bool = False,
) -> list[str]:
    """``textwrap.wrap(text, width, ...)`` with the same options, line for line.

    Text made of words between single spaces (the usual case) is cut by
    looking for the last space that fits each line, a few C calls a line
    instead of textwrap's Python loop over every word and space. Anything
    else (hyphenated words, tabs, runs of spaces) goes to textwrap.
    ``spaced=True`` says the caller has checked that ``text`` is printable
    words between single spaces (checking costs more than cutting a short text).
    """
    first = width - len(initial_indent)  # room on the first line, then on the others
    rest = width - len(subsequent_indent)
    if first < 1 or rest < 1 or not _plain_words(text, break_on_hyphens, spaced):
        import textwrap

        return textwrap.wrap(
            text,
            width=width,
            break_long_words=break_long_words,
            break_on_hyphens=break_on_hyphens,
            initial_indent=initial_indent,
            subsequent_indent=subsequent_indent,
        )
    lines: list[str] = []
    start = 0
    end = len(text)
    room = first
    while end - start > room:
        space = text.rfind(" ", start, start + room + 1)
        if space < 0:  # the first word is longer than a line
            if break_long_words:
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
    if initial_indent or subsequent_indent:
        lines[1:] = [subsequent_indent + line for line in lines[1:]]
        lines[:1] = [initial_indent + line for line in lines[:1]]
    return lines
