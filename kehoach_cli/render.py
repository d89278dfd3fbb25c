"""Rendering rows as a table, JSON, CSV or Markdown.

Commands build rows of machine values (stable English keys, ISO dates, codes)
and describe columns; people's formats (table, md) pass each value through the
column's ``show`` function, machine formats (json, csv) keep the raw values.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Sequence
from datetime import date
from types import ModuleType
from typing import Any, NamedTuple

from kehoach_cli.i18n import t

FORMATS = ("table", "json", "csv", "md")


class Column(NamedTuple):
    """How people see one key of the machine rows (a named tuple: defined at import
    several times faster than a frozen dataclass)."""

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
    """``json.dumps(machine_value(data), ensure_ascii=False, indent=2)``, byte for byte.

    json writes indented output with its pure-Python encoder (~15 µs for a row
    of eight values). Here json's C encoder writes every container that holds
    no other container, and every list of such records, in one call, with
    separators that lay it out as the indented output does.
    """
    import json  # only JSON output needs it (~2 ms to import)

    try:
        return _IndentedJson(json).write(data, 0)
    except (TypeError, ValueError, RecursionError):  # json itself reports what it cannot write
        return json.dumps(machine_value(data), ensure_ascii=False, indent=2)


class _IndentedJson:
    """Indented JSON (indent=2, ensure_ascii=False) written with json's C encoder."""

    def __init__(self, json: ModuleType) -> None:
        self.json = json
        self.encode_str = json.encoder.encode_basestring
        self.encoders: dict[int, Any] = {}

    def write(self, value: Any, level: int) -> str:
        """``value`` as indented JSON whose closing bracket is indented ``level`` steps."""
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list | tuple):
            children = value
        else:
            return self.scalar(value)
        if not value:
            return "{}" if isinstance(value, dict) else "[]"
        outer = "\n" + "  " * level
        inner = outer + "  "
        if not isinstance(value, dict) and all(type(child) is str for child in value):
            strings = map(self.encode_str, value)  # a list of names, codes…
            return "[" + inner + ("," + inner).join(strings) + outer + "]"
        if not any(isinstance(child, dict | list | tuple) for child in children):
            flat = self.flat(level).encode(value)  # "{" items "}" or "[" items "]"
            return flat[0] + inner + flat[1:-1] + outer + flat[-1]
        if isinstance(value, dict):
            if not all(type(key) is str for key in value):
                raise TypeError("keys other than strings are left to json")
            encode = self.encode_str
            parts = [f"{encode(k)}: {self.write(v, level + 1)}" for k, v in value.items()]
            return "{" + inner + ("," + inner).join(parts) + outer + "}"
        if _records(value):
            # One call writes all the records with their items' separators, which
            # also come between records: "}" + separator + "{" occurs nowhere else
            # (the items are not containers, and strings hold no raw line break).
            flat = self.flat(level + 1).encode(value)
            between = "}" + "," + inner + "  " + "{"
            body = flat[2:-2].replace(between, inner + "}," + inner + "{" + inner + "  ")
            return "[" + inner + "{" + inner + "  " + body + inner + "}" + outer + "]"
        parts = [self.write(v, level + 1) for v in value]
        return "[" + inner + ("," + inner).join(parts) + outer + "]"

    def scalar(self, value: Any) -> str:
        """A value that is not a container, as json writes it after ``machine_value``."""
        if type(value) is str:
            return self.encode_str(value)
        if value is None:
            return "null"
        if value is True or value is False:
            return "true" if value else "false"
        if type(value) is int:
            return int.__repr__(value)
        if isinstance(value, date):
            return self.encode_str(value.isoformat())
        return self.flat(0).encode(value)  # floats and the rest

    def flat(self, level: int) -> Any:
        """json's C encoder, separating the items of a container at ``level`` as indent=2 does."""
        encoder = self.encoders.get(level)
        if encoder is None:
            separators = (",\n" + "  " * (level + 1), ": ")
            # no check for circular references (a third of the time): a circular
            # value recurses without end, and to_json then has json report it
            encoder = self.json.JSONEncoder(
                ensure_ascii=False, separators=separators, default=_iso, check_circular=False
            )
            self.encoders[level] = encoder
        return encoder


def _records(values: list[Any] | tuple[Any, ...]) -> bool:
    """True when ``values`` are non-empty dicts holding no container (table rows)."""
    if not all(type(item) is dict and item for item in values):
        return False
    kinds = {type(v) for item in values for v in item.values()}
    return not any(issubclass(kind, dict | list | tuple) for kind in kinds)


def _iso(value: Any) -> str:
    """Dates as ``machine_value`` writes them; json refuses anything else."""
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _csv_cell(value: Any) -> str:
    """A machine value as CSV text: lists joined by "; ", booleans in words."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in machine_value(value))
    return str(machine_value(value))


def to_csv(rows: Sequence[dict[str, Any]], keys: Sequence[str]) -> str:
    """UTF-8 CSV with a BOM so that Excel reads Vietnamese correctly."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(keys)
    if keys:  # column by column: text, the usual value, is written as it is
        columns = [
            [v if type(v) is str else _csv_cell(v) for v in [row.get(k) for row in rows]]
            for k in keys
        ]
        writer.writerows(zip(*columns, strict=True))
    else:
        writer.writerows([] for _ in rows)
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
    cells = []
    for column in shown:
        texts = _column_cells(column, rows)
        cell = {text: _md_cell(text) for text in dict.fromkeys(texts)}  # each distinct text once
        cells.append(list(map(cell.__getitem__, texts)))
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
        keys = [c.key for c in columns]
        return to_json([{k: row.get(k) for k in keys} for row in rows])
    if fmt == "csv":
        return to_csv(rows, [c.key for c in columns])
    if not rows:
        return empty if empty is not None else t("word.no_rows", lang)
    if fmt == "md":
        return to_markdown(rows, columns, lang)
    return to_table(rows, columns, lang)
