"""Plain-text tables in tabulate's "simple" layout, without importing tabulate.

Importing tabulate takes a large share of a short command (it looks up its own
version through importlib.metadata and loads wcwidth), and it is slow on tables
of thousands of rows. For the text kehoach shows (Vietnamese letters, digits,
punctuation, line breaks inside cells) the layout is simple, and
``simple_table`` reproduces tabulate's output byte for byte (tests compare the
two on random tables). For any character whose width is less certain (CJK,
emoji, control or zero-width characters, ANSI colour codes), it hands the table
to tabulate itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain

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
_NARROW_TEXT = re.compile(f"[{_NARROW}]*")


def is_narrow(text: str) -> bool:
    """True when every character of ``text`` is one cell wide (or a line break)."""
    return _NARROW_TEXT.fullmatch(text) is not None


def simple_table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> str:
    """``tabulate(rows, headers, tablefmt="simple", disable_numparse=True)``."""
    columns = [[row[j] for row in rows] for j in range(len(headers))]
    return simple_table_columns(columns, headers)


def simple_table_columns(columns: Sequence[Sequence[str]], headers: Sequence[str]) -> str:
    """``simple_table`` for cells given column by column.

    Large tables repeat themselves: each distinct cell of a column is checked,
    measured and padded once.
    """
    every = "".join(chain(headers, *(set(column) for column in columns)))
    if not is_narrow(every):
        from tabulate import tabulate

        rows = [list(row) for row in zip(*columns, strict=True)]
        return tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True)
    # with cells of several lines, tabulate leaves out the rows whose cells are
    # all empty: there can be such a row only if every column has an empty cell
    if "\n" in every and all(any(not cell.strip() for cell in set(column)) for column in columns):
        kept = [row for row in zip(*columns, strict=True) if any(cell.strip() for cell in row)]
        columns = [list(column) for column in zip(*kept, strict=True)] or [[] for _ in headers]
    stripped = [{cell: cell.strip() for cell in set(column)} for column in columns]
    widths = [
        max(
            max(len(line) for line in header.split("\n")) + MIN_PADDING,
            max((len(line) for text in texts.values() for line in text.split("\n")), default=0),
        )
        for header, texts in zip(headers, stripped, strict=True)
    ]
    lines = _laid_out([[header] for header in headers], [{h: h} for h in headers], widths)
    lines.append(SEPARATOR.join("-" * width for width in widths).rstrip())
    lines += _laid_out(columns, stripped, widths)
    return "\n".join(lines)


def _laid_out(
    columns: Sequence[Sequence[str]], texts: list[dict[str, str]], widths: list[int]
) -> list[str]:
    """The lines of rows given column by column, each cell shown as ``texts`` has
    it, padded to its column's width: a row is as tall as its tallest cell, and
    a shorter cell is blank below."""
    shown = [
        {cell: _lines(text, width) for cell, text in found.items()}
        for found, width in zip(texts, widths, strict=True)
    ]
    blanks = [" " * width for width in widths]
    tall = [i for i, found in enumerate(shown) if any(len(lines) > 1 for lines in found.values())]
    if not tall:
        return _first_lines(columns, shown)
    tall_cells = list(zip(*(columns[i] for i in tall), strict=True))
    if 2 * len(set(tall_cells)) > len(tall_cells):  # most rows have tall cells of their own
        pairs = zip(shown, columns, strict=True)
        return _side_by_side([[found[c] for c in column] for found, column in pairs], blanks)
    # Many rows share their tall cells (the same moved deadline on hundreds of
    # rows): the lines below a row depend on those cells alone, laid out once each.
    below: dict[tuple[str, ...], list[str]] = {}
    out: list[str] = []
    for first, cells in zip(_first_lines(columns, shown), tall_cells, strict=True):
        out.append(first)
        lines = below.get(cells)
        if lines is None:
            tall_lines = [shown[i][cell] for i, cell in zip(tall, cells, strict=True)]
            lines = below[cells] = _lines_below(tall, tall_lines, blanks)
        out += lines
    return out


def _first_lines(columns: Sequence[Sequence[str]], shown: list[dict[str, list[str]]]) -> list[str]:
    """The first line of every row."""
    firsts = [
        [found[cell][0] for cell in column] for found, column in zip(shown, columns, strict=True)
    ]
    return [SEPARATOR.join(row).rstrip() for row in zip(*firsts, strict=True)]


def _lines_below(columns: list[int], cells: list[list[str]], blanks: list[str]) -> list[str]:
    """The lines under the first of a row whose cells in ``columns`` (by position)
    are ``cells``, each as its lines; every other column is blank there."""
    found = []
    for n in range(1, max(map(len, cells))):
        line = list(blanks)
        for column, lines in zip(columns, cells, strict=True):
            if n < len(lines):
                line[column] = lines[n]
        found.append(SEPARATOR.join(line).rstrip())
    return found


def _side_by_side(columns: list[list[list[str]]], blanks: list[str]) -> list[str]:
    """Rows whose cells (given column by column, each as its lines) may span several
    lines: each row is as tall as its tallest cell, shorter cells are blank-filled
    below, and the table's lines are the columns' lines side by side, without
    trailing blanks."""
    heights = [max(map(len, row)) for row in zip(*columns, strict=True)]
    filled = []
    for cells, blank in zip(columns, blanks, strict=True):
        lines: list[str] = []
        for cell, height in zip(cells, heights, strict=True):
            lines += cell
            if len(cell) < height:
                lines += [blank] * (height - len(cell))
        filled.append(lines)
    return [SEPARATOR.join(parts).rstrip() for parts in zip(*filled, strict=True)]


def _lines(cell: str, width: int) -> list[str]:
    """The lines of a cell, each padded to ``width``."""
    return [line.ljust(width) for line in cell.split("\n")]
