"""Plain-text tables in tabulate's "simple" layout, without importing tabulate.

Importing tabulate costs 40-60 ms (it looks up its own version through
importlib.metadata and loads wcwidth), a third of a typical command, and it
takes seconds on a table of thousands of rows. For the text kehoach shows
(Vietnamese letters, digits, punctuation, line breaks inside cells) the
layout is simple, and ``simple_table`` reproduces tabulate's output byte for
byte (tests compare the two on random tables). For any character whose width
is less certain (CJK, emoji, control or zero-width characters, ANSI colour
codes), it hands the table to tabulate itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MIN_PADDING = 2  # tabulate pads each header by this much
SEPARATOR = "  "

# Characters that take exactly one terminal cell for wcwidth (as tabulate
# measures), are printable, neither combining nor zero-width, and split into
# lines only at "\n": ASCII, Latin-1 (without the soft hyphen), Latin
# Extended-A/B, Latin Extended Additional (Vietnamese letters such as ệ),
# general punctuation (– — “ ” …), sub- and superscripts (₁), currency (₫),
# letter-like symbols (№), arrows (→) and mathematical operators (≤).
_NARROW = (
    "\n\x20-\x7e\xa0-\xac\xae-\u024f\u1e00-\u1eff\u2010-\u2027\u2030-\u205e"
    "\u2070\u2071\u2074-\u208e\u2090-\u209c\u20a0-\u20c0\u2100-\u214f\u2190-\u22ff"
)
_OTHER = re.compile(f"[^{_NARROW}]")


def is_narrow(text: str) -> bool:
    """True when every character of ``text`` is one cell wide (or a line break)."""
    return _OTHER.search(text) is None


def simple_table(cells: Sequence[Sequence[str]], headers: Sequence[str]) -> str:
    """``tabulate(cells, headers, tablefmt="simple", disable_numparse=True)``."""
    every = "\n".join([*headers, *("\n".join(row) for row in cells)])
    if not is_narrow(every):
        from tabulate import tabulate

        return tabulate(cells, headers=headers, tablefmt="simple", disable_numparse=True)
    multiline = any("\n" in c for c in headers) or any("\n" in c for r in cells for c in r)
    columns: list[list[str]] = []
    widths: list[int] = []
    for j, header in enumerate(headers):
        strings = [row[j].strip() for row in cells]
        if multiline:
            width = max(len(line) for line in header.split("\n")) + MIN_PADDING
            for s in strings:
                width = max(width, *(len(line) for line in s.split("\n")))
            padded = ["\n".join(line.ljust(width) for line in s.splitlines()) for s in strings]
        else:
            width = max([len(header) + MIN_PADDING, *(len(s) for s in strings)])
            padded = [s.ljust(width) for s in strings]
        columns.append(padded)
        widths.append(width)
    lines: list[str] = []
    if multiline:
        head = [
            "\n".join(line.ljust(w) for line in h.split("\n"))
            for h, w in zip(headers, widths, strict=True)
        ]
        _multiline_row(lines, head, widths)
    else:
        lines.append(
            SEPARATOR.join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()
        )
    lines.append(SEPARATOR.join("-" * w for w in widths).rstrip())
    for row in zip(*columns, strict=True):
        if multiline:
            _multiline_row(lines, row, widths)
        else:
            lines.append(SEPARATOR.join(row).rstrip())
    return "\n".join(lines)


def _multiline_row(lines: list[str], cells: Sequence[str], widths: Sequence[int]) -> None:
    """One table row whose cells may span several lines (blank-filled below)."""
    split = [c.splitlines() for c in cells]
    height = max(map(len, split))
    for i in range(height):
        parts = [c[i] if i < len(c) else " " * w for c, w in zip(split, widths, strict=True)]
        lines.append(SEPARATOR.join(parts).rstrip())
