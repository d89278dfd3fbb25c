"""kehoach's table layout is tabulate's "simple" layout, byte for byte."""

from __future__ import annotations

import wcwidth
from hypothesis import given, settings
from hypothesis import strategies as st
from tabulate import tabulate

from kehoach_cli.present.table import _NARROW, is_narrow, simple_table, simple_table_columns
from kehoach_cli.present.text import display_width

# Every range of the narrow class, read back from its definition.
_RANGES: list[tuple[int, int]] = []
_i = 0
while _i < len(_NARROW):
    if _i + 2 < len(_NARROW) and _NARROW[_i + 1] == "-":
        _RANGES.append((ord(_NARROW[_i]), ord(_NARROW[_i + 2])))
        _i += 3
    else:
        _RANGES.append((ord(_NARROW[_i]), ord(_NARROW[_i])))
        _i += 1
NARROW_CHARS = [chr(c) for lo, hi in _RANGES for c in range(lo, hi + 1) if chr(c) != "\n"]


def reference(cells, headers):
    return tabulate(cells, headers=headers, tablefmt="simple", disable_numparse=True)


def test_every_narrow_character_is_one_cell_wide_for_tabulate_and_for_kehoach():
    assert len(NARROW_CHARS) > 1000
    for ch in NARROW_CHARS:
        assert wcwidth.wcwidth(ch) == 1, hex(ord(ch))
        assert wcwidth.wcswidth(ch * 3) == 3, hex(ord(ch))
        assert display_width(ch) == 1, hex(ord(ch))
        assert len(ch.splitlines()) == 1, hex(ord(ch))


letters = st.sampled_from(
    [*"aăâbcdđeêghiklmnoôơpqrstuưvxyAĐƯ0123456789 .,;:-–—“”…₁→%()/", "ệ", "Ữ", "\n", " ", "\xa0"]
)
anything = st.one_of(
    st.sampled_from(NARROW_CHARS),
    st.sampled_from(
        ["\n", " ", "\t", "中", "😀", "\x1b[1m", "\x1b[0m", "\u200b", "\u0301", "\x01"]
    ),
)
text = st.text(letters, max_size=14)


@st.composite
def tables(draw, cell=text):
    width = draw(st.integers(1, 5))
    headers = draw(st.lists(cell, min_size=width, max_size=width))
    rows = draw(st.lists(st.lists(cell, min_size=width, max_size=width), min_size=1, max_size=6))
    return rows, headers


@settings(max_examples=400, deadline=None)
@given(tables())
def test_same_as_tabulate_on_vietnamese_text(table):
    rows, headers = table
    assert simple_table(rows, headers) == reference(rows, headers)


@settings(max_examples=150, deadline=None)
@given(tables(st.lists(anything, max_size=8).map("".join)))
def test_same_as_tabulate_on_any_text(table):
    rows, headers = table
    assert simple_table(rows, headers) == reference(rows, headers)


def test_examples():
    rows = [["1.3", "Sở Tài chính chủ trì\ntham mưu", ""], ["II.1.2", "Xây dựng kế hoạch", "x"]]
    headers = ["Mã", "Nội dung", "Hạn"]
    assert simple_table(rows, headers) == reference(rows, headers)
    assert simple_table([["a"]], ["b"]) == "b\n---\na"
    assert is_narrow("Nguyễn Văn A — “Kế hoạch” số 12/KH-STC…")
    assert not is_narrow("中文") and not is_narrow("\x1b[1m") and not is_narrow("a\u200bb")


def slow_width(text: str) -> int:
    """``text.display_width`` as it was before its fast path."""
    import unicodedata

    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def slow_shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    if slow_width(text) <= width:
        return text
    out: list[str] = []
    used = 0
    for ch in text:
        w = slow_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out).rstrip() + "…"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(letters, anything), max_size=30).map("".join), st.integers(0, 20))
def test_fast_width_and_shorten_agree_with_the_measured_ones(value, width):
    from kehoach_cli.present.text import shorten

    assert display_width(value) == slow_width(value)
    assert shorten(value, width) == slow_shorten(value, width)


# -- column-wise layout -----------------------------------------------------------

lines_and_blanks = st.sampled_from(["a", "ệ", "Sở", " ", "\n", "\n\n", "", "—", "\xa0", "x y"])


@st.composite
def columns_of(draw, cell):
    """Tables given column by column, with repeated cells, empty cells and empty rows."""
    width = draw(st.integers(1, 5))
    height = draw(st.integers(0, 8))
    headers = draw(st.lists(cell, min_size=width, max_size=width))
    pool = draw(st.lists(cell, min_size=1, max_size=4))
    columns = [
        draw(st.lists(st.sampled_from([*pool, ""]), min_size=height, max_size=height))
        for _ in range(width)
    ]
    return columns, headers


@settings(max_examples=400, deadline=None)
@given(columns_of(st.lists(lines_and_blanks, max_size=5).map("".join)))
def test_column_layout_is_tabulates_on_multiline_cells(table):
    columns, headers = table
    rows = [list(row) for row in zip(*columns, strict=True)]
    if rows:
        assert simple_table_columns(columns, headers) == reference(rows, headers)
    assert simple_table_columns(columns, headers) == simple_table(rows, headers)


@settings(max_examples=150, deadline=None)
@given(columns_of(st.lists(anything, max_size=6).map("".join)))
def test_column_layout_hands_other_text_to_tabulate(table):
    columns, headers = table
    rows = [list(row) for row in zip(*columns, strict=True)]
    if rows:
        assert simple_table_columns(columns, headers) == reference(rows, headers)


def test_is_narrow_of_a_long_text_is_decided_in_one_pass():
    assert is_narrow("Sở Tài chính\n" * 10_000)
    assert not is_narrow("Sở Tài chính\n" * 10_000 + "中")
    assert is_narrow("")
