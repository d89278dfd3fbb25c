"""Rendering rows as a table, JSON, CSV or Markdown.

Commands build rows of machine values (stable English keys, ISO dates, codes)
and describe columns; people's formats (table, md) pass each value through the
column's ``show`` function, machine formats (json, csv) keep the raw values.
A listing of thousands of rows can be handed over a column at a time
(``Columns``): the people's table is laid out a column at a time anyway.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NamedTuple

from kehoach_cli.present.labels import t

Rows = Sequence[dict[str, Any]]


class Columns:
    """Rows given a column at a time: ``values[key]`` holds every row's value of
    ``key``, in row order. Made without a dict per row; the formats that need
    the rows make them."""

    __slots__ = ("values",)

    def __init__(self, values: dict[str, Sequence[Any]]) -> None:
        self.values = values

    def __len__(self) -> int:
        """The number of rows."""
        return len(next(iter(self.values.values()), ()))

    def rows(self) -> list[dict[str, Any]]:
        keys = list(self.values)
        return [
            dict(zip(keys, row, strict=True)) for row in zip(*self.values.values(), strict=True)
        ]


class Column(NamedTuple):
    """How people see one key of the machine rows."""

    key: str  # key in the machine row
    label: str  # i18n key of the header
    show: Callable[[Any, dict[str, Any]], str] | None = None
    # when the table is wider than the terminal: the text columns are "cut" to one
    # line or "wrap"ped first, then "fill" columns (names) wrap between words
    fit: str | None = None
    table: bool = True  # shown in people's formats
    # a cell that depends on its value alone: worded once per distinct value
    word: Callable[[Any], str] | None = None
    # the other keys of the row that ``show`` reads (keys every row has): ``show``
    # is then given a row of these keys alone, once per distinct values of them
    reads: tuple[str, ...] = ()


MIN_TEXT = 10  # a cut or wrapped column keeps at least this many cells
GAP = 2  # cells between two columns


def terminal_width() -> int:
    """``COLUMNS`` when set, else the terminal's width, else (a file, a pipe, a
    cron mail) 80."""
    return shutil.get_terminal_size((80, 24)).columns


def paragraph(text: str, width: int | None = None, *, indent: str = "") -> str:
    """Each line of ``text`` wrapped between words (never inside a word, hyphenated
    names and file names included) to ``width`` (the terminal's); what runs over
    starts with ``indent``."""
    from kehoach_cli.present.text import wrap

    room = width or terminal_width()
    lines: list[str] = []
    for line in text.split("\n"):
        wrapped = wrap(
            line, room, break_long_words=False, break_on_hyphens=False, subsequent_indent=indent
        )
        lines += wrapped or [line]
    return "\n".join(lines)


def machine_value(value: Any) -> Any:
    """``value`` as JSON holds it: dates as ISO text, tuples as lists."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [machine_value(v) for v in value]
    if isinstance(value, dict):
        return {k: machine_value(v) for k, v in value.items()}
    return value


def to_json(data: Any) -> str:
    """``data`` as indented JSON, dates written as ISO text (``machine_value``)."""
    import json

    return json.dumps(data, ensure_ascii=False, indent=2, default=_iso)


def _iso(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _csv_field(value: Any) -> str:
    """A machine value as a CSV field: lists joined by "; ", booleans in words,
    quoted as csv quotes (when it holds a comma, a quote or a line break)."""
    if isinstance(value, str):
        text = value
    elif value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, list | tuple):
        text = "; ".join(str(v) for v in machine_value(value))
    else:
        text = str(machine_value(value))
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def to_csv(rows: Rows, keys: Sequence[str]) -> str:
    """UTF-8 CSV with a BOM so that Excel reads Vietnamese correctly.

    What ``csv.writer(buffer, lineterminator="\r\n")`` writes, line for line;
    the csv module takes a few times longer on a listing of long texts.
    """
    lines = [",".join([_csv_field(key) for key in keys])]
    lines += [",".join([_csv_field(row.get(key)) for key in keys]) for row in rows]
    if len(keys) == 1:  # csv quotes the one empty field of a line that would be blank
        lines = [line or '""' for line in lines]
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


PEOPLE_CSV = "csv-vi"  # CSV as people read it: worded headers and values, numbers kept


def _people_value(column: Column, value: Any, row: dict[str, Any], lang: str) -> Any:
    """A cell of the people's CSV: counts and rates stay numbers, the rest in words."""
    if column.word is not None:
        return column.word(value)
    if column.show is not None:
        return column.show(value, row)
    if isinstance(value, bool):
        return t("csv.yes" if value else "csv.no", lang)
    if isinstance(value, int | float):
        return value
    return _plain(value)


def to_people_csv(rows: Rows, columns: Sequence[Column], lang: str) -> str:
    """CSV with the columns' headers and people's values (every column, ``table`` or not)."""
    headers = [t(c.label, lang) for c in columns]
    people = [
        {
            h: _people_value(c, row.get(c.key), row, lang)
            for h, c in zip(headers, columns, strict=True)
        }
        for row in rows
    ]
    return to_csv(people, headers)


def _plain(value: Any) -> str:
    """A value without a ``show`` function, as people read it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, date):
        from kehoach_cli.present.wording import format_date

        return format_date(value)
    return str(value)


def _values(rows: Rows | Columns, key: str) -> Sequence[Any]:
    """Every row's value of ``key``."""
    if isinstance(rows, Columns):
        return rows.values[key]
    return [row.get(key) for row in rows]


def _cells(column: Column, rows: Rows | Columns) -> list[str]:
    """The column's cell in every row as people read it."""
    show, key = column.show, column.key
    if column.word is not None:
        values = _values(rows, key)
        worded = {value: column.word(value) for value in set(values)}
        return [worded[value] for value in values]
    if show is None:
        return [_plain(value) for value in _values(rows, key)]
    if column.reads:
        keys = (key, *column.reads)
        read = list(zip(*[_values(rows, k) for k in keys], strict=True))
        shown = {
            values: show(values[0], dict(zip(keys, values, strict=True))) for values in set(read)
        }
        return [shown[values] for values in read]
    if isinstance(rows, Columns):
        rows = rows.rows()
    return [show(row.get(key), row) for row in rows]


def to_table(
    rows: Rows | Columns, columns: Sequence[Column], lang: str, width: int | None = None
) -> str:
    """A plain-text table no wider than ``width`` (the terminal's by default) when
    its columns allow: text columns (``fit`` "cut" or "wrap") give up room first,
    then names (``fit`` "fill") wrap between words.

    Large tables repeat themselves (the same agency, date or task on many
    rows): each distinct text of a column is measured, cut or wrapped once.
    """
    from kehoach_cli.present.table import simple_table_columns
    from kehoach_cli.present.text import display_width

    shown = [c for c in columns if c.table]
    cells = [_cells(c, rows) for c in shown]
    # a text column with nothing in it (no notes, no one named) is left out
    kept = [i for i, c in enumerate(shown) if not c.fit or any(map(str.strip, set(cells[i])))]
    shown, cells = [shown[i] for i in kept], [cells[i] for i in kept]
    headers = [t(c.label, lang) for c in shown]
    # tabulate pads headers by 2
    natural = [max(display_width(h) + 2, _widest(c)) for h, c in zip(headers, cells, strict=True)]
    room = width or terminal_width()
    widths = natural
    for kinds in (("cut", "wrap"), ("cut", "wrap", "fill")):
        least = [
            _least(c.fit, h, natural[i], cells[i]) if c.fit in kinds else natural[i]
            for i, (c, h) in enumerate(zip(shown, headers, strict=True))
        ]
        widths = shares(natural, least, room)
        if sum(widths) + GAP * (len(widths) - 1) <= room:
            break
    for i, column in enumerate(shown):
        if widths[i] < natural[i] and column.fit:
            fit = _FITS[column.fit]
            fitted = {text: fit(text, widths[i]) for text in set(cells[i])}
            cells[i] = [fitted[text] for text in cells[i]]
    return simple_table_columns(cells, headers)


def shares(natural: Sequence[int], least: Sequence[int], room: int) -> list[int]:
    """Column widths that fit ``room`` with the gaps between them: every column
    its ``natural`` width, except that the widest give up room, down to a common
    level and never below their ``least``, until the line fits (or cannot)."""
    gaps = GAP * (len(natural) - 1)

    def at(level: int) -> list[int]:
        return [min(n, max(level, m)) for n, m in zip(natural, least, strict=True)]

    if sum(natural) + gaps <= room:
        return list(natural)
    low, high = 0, max(natural)  # the highest level whose widths fit
    while low < high:
        middle = (low + high + 1) // 2
        if sum(at(middle)) + gaps <= room:
            low = middle
        else:
            high = middle - 1
    widths = at(low)
    spare = room - gaps - sum(widths)
    for i, (w, n) in enumerate(zip(widths, natural, strict=True)):
        if spare > 0 and w == low < n:  # the cells left over go to the first capped columns
            widths[i] += 1
            spare -= 1
    return widths


def _least(fit: str | None, header: str, natural: int, cells: list[str]) -> int:
    """The narrowest a column may become: its header, and for names the longest word."""
    from kehoach_cli.present.text import display_width

    least = display_width(header) + 2
    if fit == "fill":
        words = {word for cell in set(cells) for word in cell.split()}
        least = max([least, *map(display_width, words)])
    else:
        least = max(least, MIN_TEXT)
    return min(least, natural)


def _widest(cells: list[str]) -> int:
    """The widest line of any cell (cells may hold several lines)."""
    from kehoach_cli.present.table import is_narrow
    from kehoach_cli.present.text import display_width

    lines = [line for cell in set(cells) for line in cell.split("\n")]
    if is_narrow("".join(lines)):  # one cell per character: widths are lengths
        return max(map(len, lines), default=0)
    return max(map(display_width, lines), default=0)


def _cut(text: str, width: int) -> str:
    from kehoach_cli.present.text import shorten

    return shorten(text, width)


def _wrapped(text: str, width: int) -> str:
    """Each line of ``text`` wrapped to ``width``, words broken if need be."""
    from kehoach_cli.present.text import wrap

    lines = [part for line in text.split("\n") for part in wrap(" ".join(line.split()), width)]
    return "\n".join(lines) or text


def _filled(text: str, width: int) -> str:
    """Each line of ``text`` wrapped to ``width`` between words."""
    from kehoach_cli.present.text import fill

    return "\n".join(fill(line, width) for line in text.split("\n"))


_FITS: dict[str, Callable[[str, int], str]] = {"cut": _cut, "wrap": _wrapped, "fill": _filled}


def _md_cell(text: str) -> str:
    """A cell on one line, its pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def to_markdown(rows: Rows | Columns, columns: Sequence[Column], lang: str) -> str:
    shown = [c for c in columns if c.table]
    lines = [
        "| " + " | ".join(t(c.label, lang) for c in shown) + " |",
        "|" + "|".join("---" for _ in shown) + "|",
    ]
    if not shown:
        return "\n".join(lines + ["|  |"] * len(rows))
    cells = [_cells(c, rows) for c in shown]
    lines += ["| " + " | ".join(map(_md_cell, row)) + " |" for row in zip(*cells, strict=True)]
    return "\n".join(lines)


def render(
    rows: Rows | Columns,
    columns: Sequence[Column],
    fmt: str,
    lang: str,
    *,
    empty: str | None = None,
) -> str:
    """Rows in the requested format; ``empty`` is what people see when there are none."""
    # control characters are escaped where the text leaves the program (cli.base.echo, export)
    if fmt in ("json", "csv", PEOPLE_CSV):  # a row at a time; people's formats, a column
        return _listing(rows.rows() if isinstance(rows, Columns) else rows, columns, fmt, lang)
    if not rows:
        return empty if empty is not None else t("word.no_rows", lang)
    if fmt == "md":
        return to_markdown(rows, columns, lang)
    return to_table(rows, columns, lang)


def _listing(rows: Rows, columns: Sequence[Column], fmt: str, lang: str) -> str:
    """Rows as JSON, CSV or people's CSV."""
    if fmt == "json":
        keys = list(dict.fromkeys(c.key for c in columns))
        return to_json([{key: row.get(key) for key in keys} for row in rows])
    if fmt == "csv":
        return to_csv(rows, [c.key for c in columns])
    return to_people_csv(rows, columns, lang)
