"""Tables and Markdown are tabulate's row-by-row layout, byte for byte; JSON and CSV are
what json and csv write."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tabulate import tabulate

from kehoach_cli.present.labels import t
from kehoach_cli.present.render import (
    Column,
    Columns,
    machine_value,
    render,
    to_csv,
    to_json,
    to_markdown,
    to_table,
)
from tests.test_table import slow_shorten, slow_width


def human(column: Column, row: dict[str, Any]) -> str:
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


def cell_width(text: str) -> int:
    return max(slow_width(line) for line in text.split("\n"))


def reference_widths(natural: list[int], least: list[int], room: int) -> list[int]:
    """The widest columns cut down to a common level, one cell at a time, until the
    line fits (never below their least), then the cells left over given back."""
    gaps = 2 * (len(natural) - 1)
    level = max(natural)

    def at(level: int) -> list[int]:
        return [min(n, max(level, m)) for n, m in zip(natural, least, strict=True)]

    while level > 0 and sum(at(level)) + gaps > room:
        level -= 1
    widths = at(level)
    if sum(natural) + gaps <= room:
        return natural
    for i in range(len(widths)):
        if sum(widths) + gaps < room and widths[i] == level < natural[i]:
            widths[i] += 1
    return widths


def reference_least(column: Column, header: str, texts: list[str]) -> int:
    least = slow_width(header) + 2
    if column.fit == "fill":
        for text in texts:
            for word in text.split():
                least = max(least, slow_width(word))
    else:
        least = max(least, 10)
    return least


def reference_fit(fit: str, text: str, width: int) -> str:
    if fit == "cut":
        return slow_shorten(text, width)
    lines = []
    for line in text.split("\n"):
        if fit == "wrap":
            lines += textwrap.wrap(" ".join(line.split()), width=width)
        else:
            lines.append("\n".join(textwrap.wrap(line, width, break_long_words=False)) or line)
    return "\n".join(lines) or text


def reference_table(rows: list[dict[str, Any]], columns: list[Column], width: int) -> str:
    """The table as it was laid out row by row, cell by cell, by tabulate itself:
    text columns cut or wrapped first, then names, to fit ``width``."""
    shown = [c for c in columns if c.table]
    shown = [c for c in shown if not c.fit or any(human(c, row).strip() for row in rows)]
    headers = [t(c.label, "vi") for c in shown]
    cells = [[human(c, row) for c in shown] for row in rows]
    natural = [
        max([slow_width(headers[i]) + 2] + [cell_width(r[i]) for r in cells])
        for i in range(len(shown))
    ]
    widths = natural
    for kinds in (("cut", "wrap"), ("cut", "wrap", "fill")):
        least = [
            min(natural[i], reference_least(c, headers[i], [r[i] for r in cells]))
            if c.fit in kinds
            else natural[i]
            for i, c in enumerate(shown)
        ]
        widths = reference_widths(natural, least, width)
        if sum(widths) + 2 * (len(widths) - 1) <= width:
            break
    for i, column in enumerate(shown):
        if column.fit and widths[i] < natural[i]:
            for r in cells:
                r[i] = reference_fit(column.fit, r[i], widths[i])
    return tabulate(cells, headers=headers, tablefmt="simple", disable_numparse=True)


def reference_markdown(rows: list[dict[str, Any]], columns: list[Column]) -> str:
    shown = [c for c in columns if c.table]
    lines = [
        "| " + " | ".join(t(c.label, "vi") for c in shown) + " |",
        "|" + "|".join("---" for _ in shown) + "|",
    ]
    for row in rows:
        cells = (" ".join(human(c, row).split()).replace("|", "\\|") for c in shown)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


# Cell texts: Vietnamese sentences (long ones get cut or wrapped), runs of spaces,
# line breaks, hyphens, a pipe, and now and then a wide or combining character.
words = st.sampled_from(
    ["Sở", "Tài", "chính", "kế", "hoạch", "UBND", "huyện", "1.2.3", "—", "-", "kinh-tế", "|"]
)
spaces = st.sampled_from([" ", " ", " ", "  ", "\n", "\xa0"])
texts = st.one_of(
    st.lists(st.tuples(words, spaces).map("".join), max_size=14).map("".join),
    st.sampled_from(["", " đầu và cuối ", "Trung 中文", "Ha\u0300 Ti\u0303nh", "x" * 40]),
)
values = st.one_of(
    texts,
    st.none(),
    st.integers(-5, 400),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2022, 12, 31)),
    st.lists(texts, max_size=3),
)


def show_upper(value: Any, row: dict[str, Any]) -> str:
    return str(value).upper()


def show_with_row(value: Any, row: dict[str, Any]) -> str:
    return f"{value}\n({row.get('b')})"


@st.composite
def tables(draw):
    """Rows drawn from a few distinct values per key (big tables repeat themselves)."""
    keys = ["a", "b", "c", "d"]
    pools = {k: draw(st.lists(values, min_size=1, max_size=4)) for k in keys}
    rows = [
        {k: draw(st.sampled_from(pools[k])) for k in keys} for _ in range(draw(st.integers(1, 12)))
    ]
    columns = [
        Column(
            key,
            draw(st.sampled_from(["col.text", "col.due", "col.agency", "mon.col.overdue"])),
            show=draw(st.sampled_from([None, None, show_upper, show_with_row])),
            fit=draw(st.sampled_from([None, None, "cut", "wrap", "fill"])),
            table=draw(st.sampled_from([True, True, True, False])),
        )
        for key in draw(st.lists(st.sampled_from(keys), min_size=1, max_size=5))
    ]
    return rows, [*columns, Column("a", "col.id")]  # a table shows some column


@settings(max_examples=300, deadline=None)
@given(tables(), st.integers(10, 160))
def test_table_is_the_row_by_row_layout(table, width):
    rows, columns = table
    assert to_table(rows, columns, "vi", width=width) == reference_table(rows, columns, width)


@settings(max_examples=200, deadline=None)
@given(tables())
def test_markdown_is_the_row_by_row_layout(table):
    rows, columns = table
    assert to_markdown(rows, columns, "vi") == reference_markdown(rows, columns)


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


@settings(max_examples=200, deadline=None)
@given(tables(), st.sampled_from(["table", "md", "json", "csv", "csv-vi"]))
def test_rows_given_a_column_at_a_time_render_as_the_rows_do(table, fmt):
    rows, columns = table
    rows = [{key: _hashable(value) for key, value in row.items()} for row in rows]
    # a column whose cells read another key of the row, as it declares
    columns = [*columns, Column("c", "col.due", show_with_row, reads=("b",))]
    given = Columns({key: [row[key] for row in rows] for key in rows[0]})
    assert given.rows() == rows and len(given) == len(rows)
    assert render(given, columns, fmt, "vi") == render(rows, columns, fmt, "vi")
    assert render(Columns({"a": []}), columns, fmt, "vi") == render([], columns, fmt, "vi")


def test_a_column_that_reads_other_keys_is_given_those_keys_alone():
    seen: list[dict[str, Any]] = []

    def show(value: Any, row: dict[str, Any]) -> str:
        seen.append(row)
        return f"{value} {row['kind']}"

    rows = [{"ref": "1.1", "kind": "task", "title": f"việc {n}"} for n in range(50)]
    column = Column("ref", "mon.col.item", show, reads=("kind",))
    assert to_table(rows, [column], "vi").splitlines()[2:] == ["1.1 task"] * 50
    assert seen == [{"ref": "1.1", "kind": "task"}]  # worded once, from the keys it reads


def test_a_long_table_of_repeated_rows():
    title = "Tổ chức triển khai thực hiện hiệu quả các nghị quyết của Trung ương, Tỉnh ủy " * 2
    rows = [
        {"days": n % 7, "agency": f"Sở {n % 3}", "due": date(2021, 1, 1 + n % 28), "title": title}
        for n in range(300)
    ]
    columns = [
        Column("days", "mon.col.overdue", lambda v, r: t("mon.days", "vi", n=v)),
        Column("agency", "col.agency"),
        Column("due", "col.due"),
        Column("title", "col.text", fit="cut"),
    ]
    for width in (80, 100):
        assert to_table(rows, columns, "vi", width=width) == reference_table(rows, columns, width)
    assert render(rows, columns, "md", "vi") == reference_markdown(rows, columns)


# -- machine formats ------------------------------------------------------------------

scalars = st.one_of(
    st.text(max_size=8),
    st.sampled_from(["Sở Tài chính", 'say "hi"\n\t\\', "\x00\u2028", "🎉"]),
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2022, 12, 31)),
)
keys = st.one_of(st.text(max_size=6), st.sampled_from(["kind", "ref", "due", 1, None, True, 2.5]))
records = st.lists(
    st.dictionaries(
        keys, st.one_of(scalars, st.sampled_from(["}", "},\n    {", "a}, {"])), max_size=4
    ),
    max_size=4,
)
# Table rows: dicts with the same keys, each column drawn from a few values
# (scalars of every kind, 1 and True, 0.0 and -0.0, lists of text).
columns_of = st.lists(
    st.one_of(scalars, st.sampled_from([1, True, 0.0, -0.0, 0, False])) | st.lists(st.text()),
    min_size=1,
    max_size=3,
)


@st.composite
def same_keys(draw):
    keys = draw(st.lists(st.text(max_size=4), min_size=1, max_size=4, unique=True))
    pools = [draw(columns_of) for _ in keys]
    count = draw(st.integers(0, 6))
    return [
        {k: draw(st.sampled_from(pool)) for k, pool in zip(keys, pools, strict=True)}
        for _ in range(count)
    ]


documents = st.recursive(
    st.one_of(scalars, records),
    lambda inner: st.one_of(
        same_keys(),
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(keys, inner, max_size=4),
    ),
    max_leaves=20,
)


@settings(max_examples=500, deadline=None)
@given(documents)
def test_json_is_jsons_indented_output(data):
    assert to_json(data) == json.dumps(machine_value(data), ensure_ascii=False, indent=2)


@settings(max_examples=300, deadline=None)
@given(same_keys())
def test_json_of_rows_is_jsons_output(rows):
    expected = json.dumps(machine_value(rows), ensure_ascii=False, indent=2)
    assert to_json(rows) == expected


def test_json_of_rows_and_of_what_json_refuses():
    rows = [{"ref": "1.2", "due": date(2021, 2, 1), "who": ["a", "b"], "n": 3, "x": None}] * 3
    document = {"today": date(2021, 3, 1), "rows": rows, "empty": [], "nothing": {}}
    assert to_json(document) == json.dumps(machine_value(document), ensure_ascii=False, indent=2)
    with pytest.raises(TypeError):
        to_json({"rows": [{"bad": {1, 2}}]})


def csv_cell(value: Any) -> str:
    value = machine_value(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def reference_csv(rows: list[dict[str, Any]], keys: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(keys)
    for row in rows:
        writer.writerow([csv_cell(row.get(k)) for k in keys])
    return "\ufeff" + buffer.getvalue()


@settings(max_examples=200, deadline=None)
@given(tables())
def test_csv_is_the_row_by_row_csv(table):
    rows, columns = table
    keys = [c.key for c in columns]
    assert to_csv(rows, keys) == reference_csv(rows, keys)
    assert to_csv(rows, []) == reference_csv(rows, [])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(["a", "b", "c"]), documents), max_size=5))
def test_csv_of_any_machine_values(rows):
    assert to_csv(rows, ["a", "b", "c"]) == reference_csv(rows, ["a", "b", "c"])
    assert to_csv(rows, ["a"]) == reference_csv(rows, ["a"])  # a blank line is quoted
    assert to_csv(rows, ['a,"b"']) == reference_csv(rows, ['a,"b"'])


def test_a_column_that_reads_other_keys_is_worded_once_per_distinct_values():
    """``Column.reads``: each row's cell is what ``show`` says of that row, and
    ``show`` is asked once for each distinct value with its read values."""
    kinds = [("1.1", "task", None)] * 50 + [("bc", "report", "2021-01")] * 30
    kinds += [("bc", "report", "2021-02")] * 20 + [("1.2", "task", None)]
    rows = [{"ref": ref, "kind": kind, "period": period} for ref, kind, period in kinds]
    asked = []

    def show(value: Any, row: dict[str, Any]) -> str:
        asked.append(value)
        return f"{row['kind']} {value} {row['period'] or ''}".strip()

    column = Column("ref", "col.text", show, reads=("kind", "period"))
    table = render(rows, [column], "table", "vi")
    lines = table.splitlines()[2:]
    assert lines == [f"{kind} {ref} {period or ''}".strip() for ref, kind, period in kinds]
    assert sorted(asked) == ["1.1", "1.2", "bc", "bc"]
