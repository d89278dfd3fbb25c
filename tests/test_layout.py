"""The layout scan of the plan file's text (kehoach_cli.planfile.layout)."""

from __future__ import annotations

import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_cli.planfile.layout import conflict_problems, scan
from kehoach_cli.present.labels import say

HOSTILE = st.text(
    st.sampled_from("ab [] {} # = , \" ' \\ \n <<<<<<< ======= >>>>>>> đ"), max_size=30
)


def _basic(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


@st.composite
def values(draw: st.DrawFn) -> str:
    """A TOML value as a person might write it, across lines or not."""
    text = draw(HOSTILE)
    kind = draw(st.sampled_from(["basic", "literal", "ml_basic", "ml_literal", "array", "log"]))
    if kind == "basic":
        return _basic(text)
    if kind == "literal":
        return "'" + text.replace("'", "").replace("\n", "") + "'"
    if kind == "ml_basic":
        return '"""\n' + text.replace("\\", "\\\\").replace('"', '\\"') + '"""'
    if kind == "ml_literal":
        return "'''\n" + text.replace("'", "") + "'''"
    if kind == "array":
        return "[\n  " + _basic(text) + ",\n  [1, 2],  # ]\n]"
    return "[\n  { note = " + _basic(text) + " },\n  {},\n]"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.lists(values(), max_size=3)), max_size=6))
def test_headers_are_found_and_nothing_inside_a_value_is_taken_for_one(tables):
    lines: list[str] = []
    headers: list[int] = []
    for n, (array, keys) in enumerate(tables):
        headers.append(len(lines))
        lines.append(f"[[t{n}]]" if array else f"[t{n}]  # [x]")
        for k, value in enumerate(keys):
            lines.extend(f"k{k} = {value}".split("\n"))
        lines.append("")
    text = "\n".join(lines)
    tomllib.loads(text)  # the text is valid TOML
    layout = scan(text)
    assert [table.index for table in layout.headers] == headers
    assert layout.markers == []
    for table, (_, keys) in zip(layout.headers, tables, strict=True):
        assert [entry.parts for entry in layout.keys(table)] == [
            (f"k{k}",) for k in range(len(keys))
        ]


def test_header_names_may_be_quoted_dotted_and_spaced():
    layout = scan("[ events . \"stc\" ]  # c\n[['tasks']]\nid = 'x'\n[events.a]]\n")
    assert [table.parts for table in layout.headers] == [("events", "stc"), ("tasks",), None]
    assert layout.items() == [("table", "events.stc"), ("tasks", "x"), None]


def test_conflict_markers_are_read_even_in_a_log_and_each_side_from_the_same_start():
    text = "\n".join(
        [
            "[events.stc]",
            "log = [",
            "<<<<<<< ours",
            '  { note = """a',
            "=======",
            '  { note = """b',
            ">>>>>>> theirs",
            '""" },',
            "]",
            "",
            "[[tasks]]",
            'id = "1.2"',
        ]
    )
    layout = scan(text)
    assert layout.markers == [(2, "<"), (4, "="), (6, ">")]
    assert [table.index for table in layout.headers] == [0, 10]
    (problem,) = conflict_problems(layout, "x")
    assert problem.line == 3
    assert say(problem.message).startswith(
        "xung đột ở nhật ký cập nhật của stc (dòng 3–7): hai bên ghi các cập nhật khác nhau"
    )
