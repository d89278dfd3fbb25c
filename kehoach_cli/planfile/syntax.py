"""TOML syntax errors as people read them: the line, the spot, and what to write instead.

``tomllib`` says what went wrong in English, with the line and column or
"at end of document". Its messages are matched here, in one place, and turned
into label keys; a file cut short inside an array, a table or a string is
reported where that was opened, found by ``planfile.layout``'s reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kehoach_cli.core.errors import Problem, Text, text
from kehoach_cli.planfile.layout import Layout

_WHERE = re.compile(r" \(at (?:line (\d+), column (\d+)|end of document)\)$")
_QUOTE_WIDTH = 72  # characters of the faulty line shown around the spot
# A date as people write it: 31/07/2021, 31-07-2021, 31.7.2021, 2021/07/31, 2021-7-31.
_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_YEAR_FIRST = re.compile(r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b")
_BARE_WORDS = re.compile(r"=\s*([^\s\"'\[{#][^#]*?)\s*(?:#.*)?$")

Hint = Callable[[str, int], Text | None]  # (the faulty line, 0-based column) -> hint


def _date_hint(line: str, column: int) -> Text | None:
    """A date written the way people write it, and how TOML wants it."""
    value = line.partition("=")[2]
    if m := _DAY_FIRST.search(value):
        day, month, year = m.groups()
    elif m := _YEAR_FIRST.search(value):
        year, month, day = m.groups()
    else:
        return None
    wanted = f"{year}-{int(month):02d}-{int(day):02d}"
    if wanted == m.group():  # written right, but no such day
        return None
    return text("error.toml.hint.date", written=m.group(), wanted=wanted)


def _value_hint(line: str, column: int) -> Text | None:
    """A date, or words that should be quoted."""
    if hint := _date_hint(line, column):
        return hint
    m = _BARE_WORDS.search(line)
    if m and not re.fullmatch(r"[\d.+-]+|true|false", m[1]):
        return text("error.toml.hint.quote_words", words=m[1])
    return None


def _newline_hint(line: str, column: int) -> Text | None:
    return _date_hint(line, column) or text("error.toml.hint.one_per_line")


def _array_hint(line: str, column: int) -> Text | None:
    return text("error.toml.hint.missing_comma")


def _equals_hint(line: str, column: int) -> Text | None:
    return text("error.toml.hint.quote_key")


# tomllib's message (without its location) -> the label key and a hint maker.
_MESSAGES: list[tuple[re.Pattern[str], str, Hint | None]] = [
    (
        re.compile(r"Expected newline or end of document after a statement"),
        "newline",
        _newline_hint,
    ),
    (re.compile(r"Invalid value"), "invalid_value", _value_hint),
    (re.compile(r"Invalid date or datetime"), "invalid_date", _date_hint),
    (re.compile(r"Illegal character '\\n'"), "unclosed_quote", None),
    (re.compile(r"Illegal character '\\r'"), "lone_cr", None),
    (re.compile(r"(?:Illegal|Found invalid) character (?P<char>.*)"), "control", None),
    (re.compile(r"Unterminated string"), "unclosed_string", None),
    (re.compile(r"Expected (?P<char>'\"\"\"'|\"'''\"|\"'\"|'\"')$"), "unclosed_string", None),
    (re.compile(r"Unclosed array"), "unclosed_array", _array_hint),
    (re.compile(r"Unclosed inline table"), "unclosed_inline", None),
    (re.compile(r"Expected '\]' at the end of a table declaration"), "header_end", None),
    (re.compile(r"Expected '\]\]' at the end of an array declaration"), "array_header_end", None),
    (re.compile(r"Expected '=' after a key in a key/value pair"), "expected_equals", _equals_hint),
    (re.compile(r"Invalid initial character for a key part"), "key_start", None),
    (re.compile(r"Invalid statement"), "invalid_statement", None),
    (re.compile(r"Cannot overwrite a value"), "overwrite", None),
    (re.compile(r"Duplicate inline table key '(?P<key>.*)'"), "duplicate_key", None),
    (re.compile(r"Cannot declare \((?P<key>.*)\) twice"), "declared_twice", None),
    (re.compile(r"Cannot redefine namespace \((?P<key>.*)\)"), "redefine", None),
    (re.compile(r"Cannot mutate immutable namespace \((?P<key>.*)\)"), "immutable", None),
    (re.compile(r"Unescaped '\\' in a string"), "backslash", None),
    (re.compile(r"Invalid hex value"), "bad_escape", None),
    (re.compile(r"Escaped character is not a Unicode scalar value"), "bad_escape", None),
]
_OPENED_STRING = {"unclosed_string", "unclosed_quote"}


def _match(message: str) -> tuple[str, dict[str, str], Hint | None]:
    for pattern, key, hint in _MESSAGES:
        if m := pattern.fullmatch(message):
            values = {name: _key_name(value) for name, value in m.groupdict().items()}
            return key, values, hint
    return "other", {"message": message}, None


def _key_name(value: str) -> str:
    """``'tasks', 'x'`` as a dotted name ``tasks.x`` (tomllib prints a tuple)."""
    parts = re.findall(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"", value)
    return ".".join(a or b for a, b in parts) or value


def quote(lines: list[str], index: int, column: int) -> str:
    """The line ``index`` (0-based) and a caret under ``column`` (0-based).

    A long line is cut around the spot. Tabs are kept so the caret lines up.
    """
    line = lines[index] if 0 <= index < len(lines) else ""
    start = max(0, min(column - _QUOTE_WIDTH // 2, len(line) - _QUOTE_WIDTH))
    shown = line[start : start + _QUOTE_WIDTH]
    before = "".join("\t" if ch == "\t" else " " for ch in shown[: column - start])
    return f"      {shown}\n      {before}^"


def _only_blanks_after(lines: list[str], index: int, column: int) -> bool:
    """Whether nothing but spaces and line ends follows the spot."""
    rest = [lines[index][column:] if index < len(lines) else "", *lines[index + 1 :]]
    return not "".join(rest).strip()


def _left_open(layout: Layout, key: str) -> tuple[str, tuple[int, int]] | None:
    """What the file ends inside (a string, an array, a table) and where it was opened."""
    string, bracket = layout.open_string, layout.open_bracket
    if string is not None and (key in _OPENED_STRING or bracket is None):
        return "unclosed_string_at_end", string
    if bracket is not None:
        index, column = bracket
        kind = "array" if layout.lines[index][column] == "[" else "inline"
        return f"unclosed_{kind}_at_end", bracket
    return None


def _last_content(lines: list[str]) -> tuple[int, int]:
    """The end of the last line with content."""
    index = len(lines) - 1
    while index > 0 and not lines[index].strip():
        index -= 1
    return index, len(lines[index].rstrip()) if lines else 0


def syntax_problem(message: str, layout: Layout, name: str) -> Problem:
    """The problem for tomllib's ``message`` about the text read into ``layout``.

    When the file ends inside something left open, the problem is placed where
    that was opened, whatever tomllib stumbled on at the end.
    """
    where = _WHERE.search(message)
    base = message[: where.start()] if where else message
    key, values, hint_for = _match(base)
    spot = (int(where[1]) - 1, int(where[2]) - 1) if where and where[1] else None
    opened = (
        _left_open(layout, key) if spot is None or _only_blanks_after(layout.lines, *spot) else None
    )
    if opened is not None:
        key, spot = opened
        values, hint_for = {}, None
    index, column = spot if spot is not None else _last_content(layout.lines)
    line = layout.lines[index] if 0 <= index < len(layout.lines) else ""
    hint = hint_for(line, column) if hint_for else None
    said = text(
        "error.toml.problem",
        message=text(f"error.toml.{key}", **values),
        hint=text("error.toml.hint", hint=hint) if hint else "",
        quote=quote(layout.lines, index, column),
    )
    return Problem(said, index + 1, name, column + 1)
