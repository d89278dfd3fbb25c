"""Rendering rows as a table, JSON, CSV or Markdown.

Commands build rows of machine values (stable English keys, ISO dates, codes)
and describe columns; people's formats (table, md) pass each value through the
column's ``show`` function, machine formats (json, csv) keep the raw values.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NamedTuple

from kehoach_cli.present.labels import t

Rows = Sequence[dict[str, Any]]


class Column(NamedTuple):
    """How people see one key of the machine rows."""

    key: str  # key in the machine row
    label: str  # i18n key of the header
    show: Callable[[Any, dict[str, Any]], str] | None = None
    fit: str | None = None  # "cut" to one line or "wrap" when the table is too wide
    table: bool = True  # shown in people's formats
    # a cell that depends on its value alone: worded once per distinct value
    word: Callable[[Any], str] | None = None


def terminal_width() -> int:
    return shutil.get_terminal_size((100, 24)).columns


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


def _cells(column: Column, rows: Rows) -> list[str]:
    """The column's cell in every row as people read it."""
    show, key = column.show, column.key
    if column.word is not None:
        values = [row.get(key) for row in rows]
        worded = {value: column.word(value) for value in set(values)}
        return [worded[value] for value in values]
    if show is None:
        return [_plain(row.get(key)) for row in rows]
    return [show(row.get(key), row) for row in rows]


def to_table(rows: Rows, columns: Sequence[Column], lang: str, width: int | None = None) -> str:
    """A plain-text table; columns marked ``fit`` are cut or wrapped to share the
    room the others leave of ``width``.

    Large tables repeat themselves (the same agency, date or task on many
    rows): each distinct text of a column is measured, cut or wrapped once.
    """
    from kehoach_cli.present.table import simple_table_columns
    from kehoach_cli.present.text import display_width, shorten

    shown = [c for c in columns if c.table]
    headers = [t(c.label, lang) for c in shown]
    cells = [_cells(c, rows) for c in shown]
    flexible = [i for i, c in enumerate(shown) if c.fit]
    if flexible:
        fixed = sum(
            # tabulate pads headers by 2; columns are 2 apart
            max(display_width(headers[i]) + 2, _widest(cells[i])) + 2
            for i in range(len(shown))
            if i not in flexible
        )
        room = max(16, ((width or terminal_width()) - fixed) // len(flexible) - 2)
        for i in flexible:
            fit = shorten if shown[i].fit == "cut" else _wrapped
            fitted = {text: fit(text, room) for text in set(cells[i])}
            cells[i] = [fitted[text] for text in cells[i]]
    return simple_table_columns(cells, headers)


def _widest(cells: list[str]) -> int:
    """The widest line of any cell (cells may hold several lines)."""
    from kehoach_cli.present.table import is_narrow
    from kehoach_cli.present.text import display_width

    lines = [line for cell in set(cells) for line in cell.split("\n")]
    if is_narrow("".join(lines)):  # one cell per character: widths are lengths
        return max(map(len, lines), default=0)
    return max(map(display_width, lines), default=0)


def _wrapped(text: str, width: int) -> str:
    from kehoach_cli.present.text import wrap

    return "\n".join(wrap(" ".join(text.split()), width)) or text


def _md_cell(text: str) -> str:
    """A cell on one line, its pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def to_markdown(rows: Rows, columns: Sequence[Column], lang: str) -> str:
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
    rows: Rows,
    columns: Sequence[Column],
    fmt: str,
    lang: str,
    *,
    empty: str | None = None,
) -> str:
    """Rows in the requested format; ``empty`` is what people see when there are none."""
    if fmt == "json":
        keys = list(dict.fromkeys(c.key for c in columns))
        return to_json([{key: row.get(key) for key in keys} for row in rows])
    from kehoach_cli.present.text import printable

    if fmt == "csv":
        return printable(to_csv(rows, [c.key for c in columns]))
    if not rows:
        return empty if empty is not None else t("word.no_rows", lang)
    if fmt == "md":
        return printable(to_markdown(rows, columns, lang))
    return printable(to_table(rows, columns, lang))
