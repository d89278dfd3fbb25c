"""Excel task tables: the sheet with the table, its columns by meaning, a task per row.

``read_xlsx`` opens the workbook; ``table`` and ``rows_to_tasks`` are pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kehoach_cli.core.text import fold

# Column meaning -> header words (folded), most specific first.
_HEADERS = (
    ("support", ("phoi hop",)),
    ("lead", ("chu tri", "soan thao", "don vi thuc hien", "co quan thuc hien", "don vi thuc hien")),
    ("due", ("thoi gian", "thoi han", "han hoan thanh", "ngay du kien", "tien do", "han")),
    ("note", ("ghi chu",)),
    ("number", ("stt", "tt", "so tt")),
    ("content", ("noi dung", "ten van ban", "nhiem vu", "ten de an", "ten nhiem vu", "cong viec")),
)
_ROMAN = re.compile(r"[IVX]{1,5}\.?")
_ARABIC = re.compile(r"\d{1,3}\.?")


@dataclass
class Row:
    """A data row of a task table: a group (section) or a task."""

    number: str
    content: str
    lead: str = ""
    support: str = ""
    due: Any = None
    note: str = ""
    group: bool = False


@dataclass
class Table:
    """A sheet's task table: its name and rows."""

    name: str
    rows: list[Row] = field(default_factory=list)


def read_xlsx(path: Path) -> list[tuple[str, list[list[Any]]]]:
    """Every sheet's cells, with a merged header cell's value in each cell it covers."""
    import openpyxl  # only the import command needs it

    book = openpyxl.load_workbook(str(path), data_only=True)
    sheets = []
    for sheet in book.worksheets:
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        for merged in sheet.merged_cells.ranges:
            value = sheet.cell(merged.min_row, merged.min_col).value
            spans_columns = merged.max_col > merged.min_col
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    header_like = _header_words(value) or not spans_columns
                    if r - 1 < len(rows) and c - 1 < len(rows[r - 1]) and header_like:
                        rows[r - 1][c - 1] = value
        sheets.append((sheet.title, rows))
    return sheets


def _header_words(value: Any) -> str:
    """The meaning of a header cell, or ""."""
    if not isinstance(value, str):
        return ""
    words = fold(value)
    if not words or len(words) > 60:
        return ""
    for meaning, names in _HEADERS:
        if any(re.search(rf"(^| ){n}($| )", words) for n in names):
            return meaning
    return ""


def _columns(rows: list[list[Any]], at: int) -> tuple[dict[str, int], int]:
    """Column of each meaning from the header row at ``at`` (and the one below it when
    the header takes two rows); the index of the first data row."""
    header = rows[at]
    below = rows[at + 1] if at + 1 < len(rows) else []
    two_rows = sum(1 for v in below if _header_words(v)) >= 1 and not any(
        isinstance(v, str) and len(v) > 60 for v in below
    )
    columns: dict[str, int] = {}
    for index, value in enumerate(header):
        under = below[index] if two_rows and index < len(below) else None
        meaning = _header_words(under) if under is not None and under != value else ""
        meaning = meaning or _header_words(value)
        if meaning and meaning not in columns:
            columns[meaning] = index
    return columns, at + (2 if two_rows else 1)


def find_table(name: str, rows: list[list[Any]]) -> Table | None:
    """The task table of a sheet, found by its header row; None when it has none."""
    for at, row in enumerate(rows[:20]):
        meanings = {_header_words(v) for v in row} - {""}
        if "content" in meanings and len(meanings) >= 2:
            columns, first = _columns(rows, at)
            return Table(name, [r for r in (_row(raw, columns) for raw in rows[first:]) if r])
    return None


def _cell(raw: list[Any], columns: dict[str, int], meaning: str) -> Any:
    index = columns.get(meaning)
    return raw[index] if index is not None and index < len(raw) else None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _row(raw: list[Any], columns: dict[str, int]) -> Row | None:
    number = _text(_cell(raw, columns, "number"))
    content = _text(_cell(raw, columns, "content"))
    if not content and number and not _ARABIC.fullmatch(number) and not _ROMAN.fullmatch(number):
        content, number = number, ""  # a group title written in the number column
    if not content or re.fullmatch(r"\(?\d+\)?", content):
        return None  # blank, or the row of column numbers (1) (2) (3)
    row = Row(
        number.rstrip("."),
        content,
        _text(_cell(raw, columns, "lead")),
        _text(_cell(raw, columns, "support")),
        _cell(raw, columns, "due"),
        _text(_cell(raw, columns, "note")),
    )
    empty = not (row.lead or row.support or _text(row.due))
    row.group = empty and (bool(_ROMAN.fullmatch(number)) or not number or content.isupper())
    if empty and _ARABIC.fullmatch(number) and _is_title(content):
        row.group = True
    return row


def _is_title(content: str) -> bool:
    return len(content) < 120 and not content.endswith(".")


def as_date(value: Any) -> date | None:
    from datetime import datetime

    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None
