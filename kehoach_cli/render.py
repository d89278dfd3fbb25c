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


def _human(column: Column, row: dict[str, Any]) -> str:
    value = row.get(column.key)
    if column.show is not None:
        return column.show(value, row)
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def to_table(
    rows: Sequence[dict[str, Any]], columns: Sequence[Column], lang: str, width: int | None = None
) -> str:
    from kehoach_cli.table import simple_table  # tabulate's layout, without its import cost
    from kehoach_cli.text import display_width, shorten

    shown = [c for c in columns if c.table]
    headers = [t(c.label, lang) for c in shown]
    cells = [[_human(c, row) for c in shown] for row in rows]
    width = width or terminal_width()
    flexible = [i for i, c in enumerate(shown) if c.fit]
    if flexible:
        fixed = sum(
            # tabulate pads headers by 2 (MIN_PADDING); columns are 2 apart
            max([display_width(headers[i]) + 2] + [_cell_width(r[i]) for r in cells]) + 2
            for i in range(len(shown))
            if i not in flexible
        )
        room = max(16, (width - fixed) // len(flexible) - 2)
        for i in flexible:
            for r in cells:
                if shown[i].fit == "cut":
                    r[i] = shorten(r[i], room)
                else:
                    r[i] = _wrap(r[i], room)
    return simple_table(cells, headers)


def _cell_width(text: str) -> int:
    """Cells may hold several lines (tabulate lays them out): the widest counts."""
    from kehoach_cli.text import display_width

    if "\n" not in text:
        return display_width(text)
    return max(display_width(line) for line in text.split("\n"))


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(" ".join(text.split()), width=width)) or text


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def to_markdown(rows: Sequence[dict[str, Any]], columns: Sequence[Column], lang: str) -> str:
    shown = [c for c in columns if c.table]
    lines = [
        "| " + " | ".join(t(c.label, lang) for c in shown) + " |",
        "|" + "|".join("---" for _ in shown) + "|",
    ]
    for row in rows:
        lines.append("| " + " | ".join(_md_cell(_human(c, row)) for c in shown) + " |")
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
