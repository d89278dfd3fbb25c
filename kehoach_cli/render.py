"""Rendering rows as a table, JSON, CSV or Markdown.

Commands build rows of machine values (stable English keys, ISO dates, codes)
and describe columns; people's formats (table, md) pass each value through the
column's ``show`` function, machine formats (json, csv) keep the raw values.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from kehoach_cli.i18n import t

FORMATS = ("table", "json", "csv", "md")


@dataclass(frozen=True)
class Column:
    key: str  # key in the machine row
    label: str  # i18n key of the header
    show: Callable[[Any, dict[str, Any]], str] | None = None
    fit: str | None = None  # "cut" to one line or "wrap" when the table is too wide
    table: bool = True  # shown in people's formats
    # ``show`` depends on the (hashable) value alone, not on the rest of the row:
    # it is then called once per distinct value rather than once per row
    by_value: bool = False


def terminal_width() -> int:
    return shutil.get_terminal_size((100, 24)).columns


def use_colour(stream: Any = None) -> bool:
    stream = stream or sys.stdout
    return bool(
        not os.environ.get("NO_COLOR")
        and hasattr(stream, "isatty")
        and stream.isatty()
        and os.environ.get("TERM") != "dumb"
    )


def machine_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [machine_value(v) for v in value]
    if isinstance(value, list):
        return [machine_value(v) for v in value]
    if isinstance(value, dict):
        return {k: machine_value(v) for k, v in value.items()}
    return value


def to_json(data: Any) -> str:
    return json.dumps(machine_value(data), ensure_ascii=False, indent=2)


def _csv_cell(value: Any) -> str:
    value = machine_value(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def to_csv(rows: Sequence[dict[str, Any]], keys: Sequence[str]) -> str:
    """UTF-8 CSV with a BOM so that Excel reads Vietnamese correctly."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(keys)
    for row in rows:
        writer.writerow([_csv_cell(row.get(k)) for k in keys])
    return "\ufeff" + buffer.getvalue()


def _plain(value: Any) -> str:
    """A value without a ``show`` function, as people read it."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, date):
        from kehoach_cli.dates import format_date

        return format_date(value)
    return str(value)


def _column_cells(column: Column, rows: Sequence[dict[str, Any]]) -> list[str]:
    """The column's cell in every row as people read it: ``show`` or ``_plain`` of the value."""
    key = column.key
    show = column.show
    if show is not None and column.by_value:
        values = [row.get(key) for row in rows]
        shown: dict[Any, str] = {}
        for value, row in zip(values, rows, strict=True):
            if value not in shown:
                shown[value] = show(value, row)
        return list(map(shown.__getitem__, values))
    if show is not None:
        return [show(row.get(key), row) for row in rows]
    return [v if type(v) is str else _plain(v) for v in [row.get(key) for row in rows]]


def to_table(
    rows: Sequence[dict[str, Any]], columns: Sequence[Column], lang: str, width: int | None = None
) -> str:
    """A plain-text table; columns marked ``fit`` are cut or wrapped to fit ``width``.

    Cells are built, measured and fitted column by column. Large tables repeat
    themselves (the same agency, date or task on many rows), so each distinct
    text of a column is measured, cut or wrapped once, and whether a column is
    one-cell-wide text (its width then being its length) is decided once for
    the column rather than for each cell.
    """
    from kehoach_cli.table import is_narrow, simple_table_columns
    from kehoach_cli.text import display_width, shorten_all, wrap

    shown = [c for c in columns if c.table]
    headers = [t(c.label, lang) for c in shown]
    cells = [_column_cells(c, rows) for c in shown]
    distinct = [list(dict.fromkeys(column)) for column in cells]
    narrow = [is_narrow("".join(texts)) for texts in distinct]
    width = width or terminal_width()
    flexible = [i for i, c in enumerate(shown) if c.fit]
    if flexible:
        fixed = sum(
            # tabulate pads headers by 2 (MIN_PADDING); columns are 2 apart
            max(display_width(headers[i]) + 2, _column_width(distinct[i], narrow[i])) + 2
            for i in range(len(shown))
            if i not in flexible
        )
        room = max(16, (width - fixed) // len(flexible) - 2)
        for i in flexible:
            if shown[i].fit == "cut":
                fitted = shorten_all(distinct[i], room, narrow=narrow[i])
            else:
                fitted = ["\n".join(wrap(" ".join(s.split()), room)) or s for s in distinct[i]]
            cells[i] = list(map(dict(zip(distinct[i], fitted, strict=True)).__getitem__, cells[i]))
    # cutting and wrapping only take characters away and add "…" or line breaks
    every_narrow = all(narrow) and is_narrow("".join(headers))
    return simple_table_columns(cells, headers, narrow=True if every_narrow else None)


def _column_width(texts: list[str], narrow: bool) -> int:
    """The widest line of any of ``texts`` (cells may hold several lines);
    ``narrow`` says whether they are all one-cell-wide text."""
    if narrow:
        return max(map(len, "\n".join(texts).split("\n")))
    return max(map(_cell_width, texts), default=0)


def _cell_width(text: str) -> int:
    """Cells may hold several lines (tabulate lays them out): the widest counts."""
    from kehoach_cli.text import display_width

    if "\n" not in text:
        return display_width(text)
    return max(display_width(line) for line in text.split("\n"))


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def to_markdown(rows: Sequence[dict[str, Any]], columns: Sequence[Column], lang: str) -> str:
    shown = [c for c in columns if c.table]
    lines = [
        "| " + " | ".join(t(c.label, lang) for c in shown) + " |",
        "|" + "|".join("---" for _ in shown) + "|",
    ]
    if not shown:
        return "\n".join(lines + ["|  |"] * len(rows))
    cells = [list(map(_md_cell, _column_cells(c, rows))) for c in shown]
    lines.extend(["| " + " | ".join(row) + " |" for row in zip(*cells, strict=True)])
    return "\n".join(lines)


def render(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[Column],
    fmt: str,
    lang: str,
    *,
    empty: str | None = None,
) -> str:
    """Rows in the requested format; ``empty`` is what people see when there are none."""
    if fmt == "json":
        return to_json([{c.key: row.get(c.key) for c in columns} for row in rows])
    if fmt == "csv":
        return to_csv(rows, [c.key for c in columns])
    if not rows:
        return empty if empty is not None else t("word.no_rows", lang)
    if fmt == "md":
        return to_markdown(rows, columns, lang)
    return to_table(rows, columns, lang)
