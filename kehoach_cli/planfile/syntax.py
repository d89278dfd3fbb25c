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
_OPENED_BRACKET = {"unclosed_array", "unclosed_inline"}


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


def _end_of_text(layout: Layout, key: str) -> tuple[int, int]:
    """Where to point when tomllib says "at end of document": the opening
    of what was never closed, else the end of the last line with content."""
    opened = None
    if key in _OPENED_STRING:
        opened = layout.open_string
    elif key in _OPENED_BRACKET:
        opened = layout.open_bracket
    if opened is not None:
        return opened
    lines = layout.lines
    index = len(lines) - 1
    while index > 0 and not lines[index].strip():
        index -= 1
    return index, len(lines[index].rstrip()) if lines else 0


def syntax_problem(message: str, layout: Layout, name: str) -> Problem:
    """The problem for tomllib's ``message`` about the text read into ``layout``."""
    where = _WHERE.search(message)
    base = message[: where.start()] if where else message
    key, values, hint_for = _match(base)
    if where and where[1]:
        index, column = int(where[1]) - 1, int(where[2]) - 1
    else:
        index, column = _end_of_text(layout, key)
        if where is not None and (key in _OPENED_STRING or key in _OPENED_BRACKET):
            key = f"{key}_at_end"
    line = layout.lines[index] if 0 <= index < len(layout.lines) else ""
    hint = hint_for(line, column) if hint_for else None
    said = text(
        "error.toml.problem",
        message=text(f"error.toml.{key}", **values),
        hint=text("error.toml.hint", hint=hint) if hint else "",
        quote=quote(layout.lines, index, column),
    )
    return Problem(said, index + 1, name, column + 1)
