"""Rendering rows as a table, JSON, CSV or Markdown.

Commands build rows of machine values (stable English keys, ISO dates, codes)
and describe columns; people's formats (table, md) pass each value through the
column's ``show`` function, machine formats (json, csv) keep the raw values.

Large outputs repeat themselves (the same agency, date, task or deadline on
many rows), so every format converts each distinct value of a column once and
assembles the lines from the converted columns in bulk. Commands with
thousands of rows may hand their values column by column (``Records``)
instead of building a dict per row.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Hashable, Iterable, Sequence
from datetime import date
from itertools import chain
from types import ModuleType
from typing import Any, NamedTuple

from kehoach_cli.present.labels import t

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


class Records:
    """Rows given column by column: ``columns[i]`` holds ``keys[i]``'s value in every row.

    Commands with thousands of rows take each column in one pass over their
    items (often a single ``zip``) rather than building and then taking apart
    a dict per row. ``render`` renders them as it renders the rows they stand
    for, ``to_json`` writes them as that list of dicts.
    """

    __slots__ = ("columns", "count", "keys")

    def __init__(self, keys: Sequence[str], columns: Sequence[Sequence[Any]]) -> None:
        if len(keys) != len(columns) or not keys:
            raise ValueError("Records need one column per key, and at least one")
        self.keys = list(keys)
        self.columns = list(columns)
        self.count = len(self.columns[0])

    def __len__(self) -> int:
        return self.count

    def column(self, key: str) -> Sequence[Any]:
        """The values of ``key`` (None in every row for a key it does not hold)."""
        if key in self.keys:
            return self.columns[self.keys.index(key)]
        return [None] * self.count

    def rows(self) -> list[dict[str, Any]]:
        return [
            dict(zip(self.keys, values, strict=True)) for values in zip(*self.columns, strict=True)
        ]


Rows = Sequence[dict[str, Any]] | Records


def map_distinct(function: Callable[[Any], str], values: Iterable[Hashable]) -> list[str]:
    """``list(map(function, values))``, calling ``function`` once per distinct value.

    Large outputs name the same agency, date, day count or task on many rows.
    """
    if not isinstance(values, list | tuple):
        values = list(values)  # walked twice
    done = dict.fromkeys(values, "")
    for value in done:
        done[value] = function(value)
    return list(map(done.__getitem__, values))


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
    if isinstance(value, Records):
        return machine_value(value.rows())
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
        if isinstance(value, Records):
            return self.records(value.keys, value.columns, value.count, level)
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
        if not any(isinstance(child, dict | list | tuple | Records) for child in children):
            flat = self.flat(level).encode(value)  # "{" items "}" or "[" items "]"
            return flat[0] + inner + flat[1:-1] + outer + flat[-1]
        if isinstance(value, dict):
            if not all(type(key) is str for key in value):
                raise TypeError("keys other than strings are left to json")
            encode = self.encode_str
            pieces = ["{"]
            for k, v in value.items():
                pieces += [inner, encode(k), ": ", self.write(v, level + 1), ","]
            pieces[-1] = outer + "}"
            return "".join(pieces)  # a large child is copied once, not at every "+"
        keys = _shared_keys(value)
        if keys:  # table rows: written column by column
            return self.records(
                keys, list(zip(*map(dict.values, value), strict=True)), len(value), level
            )
        if _records(value):
            # One call writes all the records with their items' separators, which
            # also come between records: "}" + separator + "{" occurs nowhere else
            # (the items are not containers, and strings hold no raw line break).
            flat = self.flat(level + 1).encode(value)
            between = "}" + "," + inner + "  " + "{"
            body = flat[2:-2].replace(between, inner + "}," + inner + "{" + inner + "  ")
            return "[" + inner + "{" + inner + "  " + body + inner + "}" + outer + "]"
        pieces = ["["]
        for v in value:
            pieces += [inner, self.write(v, level + 1), ","]
        pieces[-1] = outer + "]"
        return "".join(pieces)

    def records(
        self, keys: Sequence[str], columns: Sequence[Sequence[Any]], count: int, level: int
    ) -> str:
        """``count`` records with the same ``keys``, given column by column: each
        distinct value of a column is written once, and each record is then one
        join of its columns' texts."""
        if not count:
            return "[]"
        outer = "\n" + "  " * level
        inner = outer + "  "
        item = inner + "  "
        last = len(keys) - 1
        texts = [
            self.column(
                values,
                level + 2,
                ("{" + item if n == 0 else "") + self.encode_str(key) + ": ",
                inner + "}" if n == last else "",
            )
            for n, (key, values) in enumerate(zip(keys, columns, strict=True))
        ]
        rows = list(map(("," + item).join, zip(*texts, strict=True)))
        # the brackets go with the first and last records: the text is built in one join
        rows[0] = "[" + inner + rows[0]
        rows[-1] += outer + "]"
        return ("," + inner).join(rows)

    def column(self, values: Sequence[Any], level: int, lead: str, tail: str) -> list[str]:
        """``lead`` + each value written at ``level`` + ``tail``, each distinct value once."""
        kinds = set(map(type, values))
        if kinds <= _ALIKE and not {int, bool} <= kinds:
            keys: Sequence[Any] = values
        elif kinds <= {list, tuple} and set(map(type, chain.from_iterable(values))) <= {str}:
            keys = list(map(tuple, values))  # lists of names or codes
        else:
            return [lead + self.write(value, level) + tail for value in values]
        texts = dict.fromkeys(keys, "")
        if keys is values:
            for key in texts:
                texts[key] = lead + self.scalar(key) + tail
        else:
            outer = "\n" + "  " * level
            inner = outer + "  "
            for key in texts:
                strings = ("," + inner).join(map(self.encode_str, key))
                texts[key] = lead + ("[" + inner + strings + outer + "]" if key else "[]") + tail
        return list(map(texts.__getitem__, keys))

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


# Types whose equal values are written alike, so that a column's distinct values
# can be written once: not float (0.0 == -0.0) nor int together with bool (1 == True).
_ALIKE = frozenset({str, int, bool, type(None), date})


def _shared_keys(values: list[Any] | tuple[Any, ...]) -> tuple[str, ...] | None:
    """The keys, in order, of ``values`` when they are dicts with the same text keys."""
    if not all(type(item) is dict for item in values):
        return None
    shapes = set(map(tuple, values))
    if len(shapes) != 1:
        return None
    (keys,) = shapes
    return keys if keys and all(type(key) is str for key in keys) else None


def _records(values: list[Any] | tuple[Any, ...]) -> bool:
    """True when ``values`` are non-empty dicts holding no container (table rows)."""
    if not all(type(item) is dict and item for item in values):
        return False
    kinds = {type(v) for item in values for v in item.values()}
    return not any(issubclass(kind, dict | list | tuple | Records) for kind in kinds)


def _iso(value: Any) -> str:
    """Dates as ``machine_value`` writes them; json refuses anything else."""
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _csv_cell(value: Any) -> str:
    """A machine value as CSV text: lists joined by "; ", booleans in words."""
    if type(value) is str:
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in machine_value(value))
    return str(machine_value(value))


def _csv_field(text: str) -> str:
    """``text`` as ``csv.writer`` writes a field: quoted when it holds a comma,
    a quote or a line break, its quotes doubled."""
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _csv_fields(values: Sequence[Any]) -> list[str]:
    """The CSV field of each value, each distinct value converted once."""
    kinds = set(map(type, values))
    if kinds <= _ALIKE and not {int, bool} <= kinds:
        fields = dict.fromkeys(values, "")
        for value in fields:
            fields[value] = _csv_field(_csv_cell(value))
        return list(map(fields.__getitem__, values))
    if kinds <= {list, tuple} and set(map(type, chain.from_iterable(values))) <= {str}:
        return [_csv_field("; ".join(value)) for value in values]  # lists of names or codes
    return [_csv_field(_csv_cell(value)) for value in values]


def to_csv(rows: Rows, keys: Sequence[str]) -> str:
    """UTF-8 CSV with a BOM so that Excel reads Vietnamese correctly.

    Byte for byte what ``csv.writer(buffer, lineterminator="\r\n")`` writes,
    row by row; here a line is one join of its fields, already converted and
    quoted column by column.
    """
    lines = [",".join(map(_csv_field, keys))]
    if keys:
        fields = [_csv_fields(_values(rows, key)) for key in keys]
        lines.extend(map(",".join, zip(*fields, strict=True)))
    else:
        lines.extend([""] * len(rows))
    if len(keys) == 1:  # csv quotes the one empty field of a row that would be blank
        lines = [line or '""' for line in lines]
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


def _values(rows: Rows, key: str) -> Sequence[Any]:
    """``key``'s value in every row (None where a row lacks it)."""
    if isinstance(rows, Records):
        return rows.column(key)
    return [row.get(key) for row in rows]


def _plain(value: Any) -> str:
    """A value without a ``show`` function, as people read it."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, date):
        from kehoach_cli.present.wording import format_date

        return format_date(value)
    return str(value)


def _column_cells(column: Column, rows: Rows) -> Sequence[str]:
    """The column's cell in every row as people read it: ``show`` or ``_plain`` of the value.

    ``Records`` are shown as they are: their commands give what people read.
    """
    return _shown_cells(column, rows)[0]


def _shown_cells(column: Column, rows: Rows) -> tuple[Sequence[str], list[str]]:
    """``_column_cells`` of the column, and its distinct cells in the order they come."""
    key = column.key
    show = column.show
    if isinstance(rows, Records):
        if show is not None:
            raise TypeError("show functions read rows, not Records")
        values = rows.column(key)
        try:
            distinct = list(dict.fromkeys(values))
        except TypeError:  # lists, say: shown value by value below
            distinct = []
        # the usual case: the command gave text (a str equals no other type's value,
        # so the distinct values are all texts only when every value is one)
        if distinct and all(type(v) is str for v in distinct):
            return values, distinct
        cells = [v if type(v) is str else _plain(v) for v in values]
    elif show is not None and column.by_value:
        values = [row.get(key) for row in rows]
        shown: dict[Any, str] = {}
        for value, row in zip(values, rows, strict=True):
            if value not in shown:
                shown[value] = show(value, row)
        cells = list(map(shown.__getitem__, values))
    elif show is not None:
        cells = [show(row.get(key), row) for row in rows]
    else:
        cells = [v if type(v) is str else _plain(v) for v in [row.get(key) for row in rows]]
    return cells, list(dict.fromkeys(cells))


def to_table(rows: Rows, columns: Sequence[Column], lang: str, width: int | None = None) -> str:
    """A plain-text table; columns marked ``fit`` are cut or wrapped to fit ``width``.

    Cells are built, measured and fitted column by column. Large tables repeat
    themselves (the same agency, date or task on many rows), so each distinct
    text of a column is measured, cut or wrapped once, and whether a column is
    one-cell-wide text (its width then being its length) is decided once for
    the column rather than for each cell.
    """
    from kehoach_cli.present.table import is_narrow, simple_table_columns
    from kehoach_cli.present.text import display_width, shorten_all, wrap

    shown = [c for c in columns if c.table]
    headers = [t(c.label, lang) for c in shown]
    pairs = [_shown_cells(c, rows) for c in shown]
    cells = [column for column, _ in pairs]
    distinct = [texts for _, texts in pairs]
    # a column that is cut or wrapped is checked once fitted: its texts are often
    # far longer than what is shown of them
    narrow = [
        not c.fit and is_narrow("".join(texts)) for c, texts in zip(shown, distinct, strict=True)
    ]
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
                fitted = shorten_all(distinct[i], room)
            else:
                fitted = [
                    "\n".join(
                        wrap(s, room, spaced=True)
                        if _single_spaced(s)
                        else wrap(" ".join(s.split()), room)
                    )
                    or s
                    for s in distinct[i]
                ]
            cells[i] = list(map(dict(zip(distinct[i], fitted, strict=True)).__getitem__, cells[i]))
            distinct[i] = fitted  # may repeat a cell: the table only needs each one there
            narrow[i] = is_narrow("".join(fitted))
    every_narrow = all(narrow) and is_narrow("".join(headers))
    return simple_table_columns(
        cells, headers, narrow=True if every_narrow else None, distinct_cells=distinct
    )


def _column_width(texts: list[str], narrow: bool) -> int:
    """The widest line of any of ``texts`` (cells may hold several lines);
    ``narrow`` says whether they are all one-cell-wide text."""
    if narrow:
        return max(map(len, "\n".join(texts).split("\n")))
    return max(map(_cell_width, texts), default=0)


def _cell_width(text: str) -> int:
    """Cells may hold several lines (tabulate lays them out): the widest counts."""
    from kehoach_cli.present.text import display_width

    if "\n" not in text:
        return display_width(text)
    return max(display_width(line) for line in text.split("\n"))


def _md_cell(text: str) -> str:
    """A cell on one line, its pipes escaped."""
    if not _single_spaced(text):
        text = " ".join(text.split())
    return text.replace("|", "\\|") if "|" in text else text


def _single_spaced(text: str) -> bool:
    """True when ``text`` is already ``" ".join(text.split())``: checking is much
    cheaper than splitting and joining (whitespace other than the space is
    never printable)."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def to_markdown(rows: Rows, columns: Sequence[Column], lang: str) -> str:
    shown = [c for c in columns if c.table]
    lines = [
        "| " + " | ".join(t(c.label, lang) for c in shown) + " |",
        "|" + "|".join("---" for _ in shown) + "|",
    ]
    if not shown:
        return "\n".join(lines + ["|  |"] * len(rows))
    cells = [map_distinct(_md_cell, _column_cells(column, rows)) for column in shown]
    # the row's outer pipes go with its first and last cells, each distinct one once, so
    # that the rows are joined into the text in one go (copying a large text costs)
    cells[0] = map_distinct("| ".__add__, cells[0])
    cells[-1] = map_distinct(lambda cell: cell + " |", cells[-1])
    return "\n".join(chain(lines, map(" | ".join, zip(*cells, strict=True))))


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
        if not keys:
            return to_json([{} for _ in range(len(rows))])
        return to_json(Records(keys, [_values(rows, key) for key in keys]))
    if fmt == "csv":
        return to_csv(rows, [c.key for c in columns])
    if not rows:
        return empty if empty is not None else t("word.no_rows", lang)
    if fmt == "md":
        return to_markdown(rows, columns, lang)
    return to_table(rows, columns, lang)
