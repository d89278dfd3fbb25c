"""The layout of the plan file's text: tables, keys, arrays and git's conflict markers.

Validation names the line of each problem, the writer splices events and tasks
into the text, the merge cuts it into items, and a file git left conflicted is
explained region by region: all of them read the text through ``scan``. The
reading knows TOML's strings (basic, literal, multi-line) and comments, so a
"[" or "{" inside a note is never taken for a header or an entry.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from kehoach_cli.core.errors import Problem, Text, text

Key = tuple[str, ...]  # an item of the file: ("tasks", "1.2.1"), ("table", "agencies.stc")

# How the merge driver labels the two sides of a conflict in the file (git's own
# merge writes "HEAD" and a branch name): this machine's version above
# "=======", the one that came from the server below. Written into the plan
# file, so in the file's language; messages quote them from here.
OURS_LABEL = "bản của máy này"
THEIRS_LABEL = "bản từ máy chủ"


def sides() -> dict[str, Text]:
    """The two sides as messages name them: the labels above in Vietnamese, English words
    in English."""
    return {
        "ours": text("merge.side.ours", label=OURS_LABEL),
        "theirs": text("merge.side.theirs", label=THEIRS_LABEL),
    }


_BASIC = r'"(?:[^"\\\n]++|\\.)*+"'
_LITERAL = r"'[^'\n]*+'"
_BARE = r"[A-Za-z0-9_-]++"
# What matters in a value: strings (which may hold "[" or "#"), comments, and
# the brackets of arrays and inline tables.
TOKEN = re.compile(rf"\"\"\"|'''|{_BASIC}|{_LITERAL}|#|[\[\]{{}}]|[\"']")
_ML_BASIC_END = re.compile(r"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\"")
_KEY_PART = re.compile(rf"\s*({_BASIC}|{_LITERAL}|{_BARE})\s*")
_STRING = re.compile(rf"\s*({_BASIC}|{_LITERAL})\s*(?:#.*)?")
_REST = re.compile(r"\s*(?:#.*)?")
# Git writes its markers as whole lines, inside strings or not.
_MARKER = re.compile(r"(<{7}|={7}|>{7})(?: |$)")

# Runs of lines that change nothing for the reading: blank lines, comments, a
# key with its value on one line, the one-line elements of an array (a log's
# entries). The quantifiers are possessive: what they match they keep, so a
# line that is not quiet ends the run at once.
_SCALAR = r"[A-Za-z0-9+-][^\s\"'\[\]{}#,]*+"  # a number, a date, true or false
_FLAT = rf"(?:[^\"'\[\]{{}}#\n]++|{_BASIC}|{_LITERAL})*+"  # no brackets, no comment
_VALUE = rf"(?:{_BASIC}|{_LITERAL}|\[{_FLAT}\]|\{{{_FLAT}\}}|{_SCALAR})"
_PART = rf"(?:{_BARE}|{_BASIC}|{_LITERAL})"
_KEY = rf"{_PART}(?:[ \t]*+\.[ \t]*+{_PART})*+"
_END = r"[ \t]*+(?:#[^\n]*+)?\n"
_QUIET = {
    0: re.compile(rf"(?:[ \t]*+(?:{_KEY}[ \t]*+=[ \t]*+{_VALUE})?+{_END})*+"),
    1: re.compile(rf"(?:[ \t]*+(?:{_VALUE}[ \t]*+(?:,[ \t]*+)?+)*+{_END})*+"),
}


@dataclass
class KeyValue:
    """A ``key = value`` of a table."""

    index: int  # 0-based line of the key
    parts: Key  # the dotted key, quotes removed
    string: str | None = None  # the value, when it is one string on this line
    end: int = -1  # the line where the value ends
    inline: list[int] | None = None  # for an array: the line of each inline table in it


@dataclass
class Table:
    """A table: its header (none for the top of the file) and where its body ends."""

    index: int  # 0-based line of the header; -1 for the top of the file
    parts: Key | None = ()  # the dotted name; None when the header cannot be read
    array: bool = False  # an entry of an array of tables, [[…]]
    end: int = 0  # the line of the next header, or the number of lines
    keys: list[KeyValue] | None = None  # read when first asked for (``Layout.keys``)

    @property
    def name(self) -> str:
        return ".".join(self.parts or ())


@dataclass
class Layout:
    lines: list[str]
    tables: list[Table]  # the top of the file first, then one per header in order
    markers: list[tuple[int, str]]  # git's conflict markers: (line, "<", "=" or ">")
    # Where the text ends inside something left open, as (line, column), 0-based:
    open_string: tuple[int, int] | None = None  # a string never closed
    open_bracket: tuple[int, int] | None = None  # the innermost "[" or "{" never closed
    _named: dict[str, Table] = field(default_factory=dict)
    _arrays: dict[str, list[Table]] = field(default_factory=dict)
    _items: list[Key | None] | None = None

    @property
    def top(self) -> Table:
        return self.tables[0]

    @property
    def headers(self) -> list[Table]:
        return self.tables[1:]

    def table(self, name: str) -> Table | None:
        """The first ``[name]``."""
        return self._named.get(name)

    def under(self, name: str) -> Table | None:
        """The first header inside ``name``: ``[name]``, ``[[name]]``, ``[name.x]``...

        A table may be made only through the headers of the tables in it.
        """
        parts = tuple(name.split("."))
        return next((t for t in self.headers if t.parts and t.parts[: len(parts)] == parts), None)

    def entries(self, name: str) -> list[Table]:
        """Every ``[[name]]``, in order."""
        return self._arrays.get(name, [])

    def keys(self, table: Table) -> list[KeyValue]:
        """The keys of ``table`` in order, with the lines of their values."""
        if table.keys is None:
            table.keys = []
            reader = _Reader(table.keys)
            for index in range(table.index + 1, table.end):
                reader.read(self.lines[index], index)
        return table.keys

    def key(self, table: Table, name: str) -> KeyValue | None:
        """The first key of ``table`` that sets ``name`` (``name = …`` or ``name.x = …``)."""
        return next((entry for entry in self.keys(table) if entry.parts[0] == name), None)

    def content_end(self, table: Table) -> int:
        """The line after the last content line of ``table``.

        Blank lines and comments before the next header belong to that header.
        """
        end = table.end
        while end > table.index + 1 and not is_content(self.lines[end - 1]):
            end -= 1
        return end

    def items(self) -> list[Key | None]:
        """How the merge knows each table of ``headers`` (None: a header it cannot read).

        ``[[tasks]]`` and ``[[reports]]`` entries go by their id (or "#n" without
        one), other arrays by their place, tables by their name.
        """
        if self._items is None:
            counts: Counter[str] = Counter()
            self._items = []
            for table in self.headers:
                name = table.name
                if table.parts is None:
                    self._items.append(None)
                elif not table.array:
                    self._items.append(("table", name))
                else:
                    count = counts[name]
                    counts[name] += 1
                    if name in ("tasks", "reports"):
                        ident = self.key(table, "id")
                        found = ident.string if ident is not None else None
                        self._items.append((name, found if found is not None else f"#{count}"))
                    else:
                        self._items.append(("array", name, str(count)))
        return self._items

    # -- line numbers for messages (1-based) --

    def line(self, table: Table | None, key: str | None = None) -> int | None:
        """The line of ``key`` in ``table``, or of its header (0: the top of the file)."""
        if table is None:
            return None
        found = self.key(table, key) if key else None
        return (found.index if found else table.index) + 1

    def inline_line(self, table: Table | None, index: int) -> int | None:
        """The line of the ``index``-th inline table in the arrays of ``table``."""
        if table is None:
            return None
        found = [line for entry in self.keys(table) for line in entry.inline or ()]
        return (found[index] if index < len(found) else table.index) + 1


def is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _unquote(token: str) -> str:
    if token[0] == "'" or "\\" not in token:
        return token[1:-1] if token[0] in "\"'" else token
    import tomllib  # escapes are rare in keys and ids

    try:
        return str(tomllib.loads(f"v = {token}")["v"])
    except tomllib.TOMLDecodeError:  # a bad escape: the parser reports it with its line
        return token[1:-1]


def _dotted(line: str, pos: int) -> tuple[Key, int]:
    """The dotted key that starts at ``pos`` and where it ends; () if there is none."""
    parts: list[str] = []
    while m := _KEY_PART.match(line, pos):
        parts.append(_unquote(m[1]))
        pos = m.end()
        if not line.startswith(".", pos):
            return tuple(parts), pos
        pos += 1
    return (), pos


@cache
def _header(line: str) -> tuple[Key | None, bool]:
    """The dotted name of a header line (None if it cannot be read) and whether it is [[…]].

    A plan repeats the same few headers thousands of times: each is read once.
    """
    body = line.lstrip()
    array = body.startswith("[[")
    close = "]]" if array else "]"
    parts, pos = _dotted(body, len(close))
    if parts and body.startswith(close, pos) and _REST.fullmatch(body, pos + len(close)):
        return parts, array
    return None, array


def _close_multiline(line: str, start: int, quote: str) -> int:
    """Index just past the end of a multi-line string opened before ``start``; -1 if none."""
    if quote == "'''":
        end = line.find("'''", start)
        if end < 0:
            return -1
        end += 3
    else:
        m = _ML_BASIC_END.match(line, start)
        if m is None:
            return -1
        end = m.end()
    extra = 0
    while extra < 2 and line.startswith(quote[0], end):  # quotes just inside the delimiter
        end += 1
        extra += 1
    return end


@dataclass
class _State:
    quote: str | None = None  # the delimiter of an open multi-line string
    depth: int = 0  # open brackets of the value being read
    entry: KeyValue | None = None  # the key whose value is being read
    # Where things were opened, (line, column), for messages about a file cut short:
    opened: tuple[tuple[int, int], ...] = ()  # each open bracket, outermost first
    quote_at: tuple[int, int] | None = None  # the open multi-line string
    stray: tuple[int, int] | None = None  # the last quote that opened no string


class _Reader:
    """Reads lines in turn, following strings, brackets and git's conflict markers.

    Given a list, it records there each key it reads.
    """

    def __init__(self, keys: list[KeyValue] | None = None) -> None:
        self.keys = keys
        self.now = _State()
        self.before: _State | None = None  # at "<<<<<<<": the state before the conflict
        self.ours: _State | None = None  # at "=======": the state at the end of ours

    def read(self, line: str, index: int) -> str | None:
        """Read ``line``: "[" for a header, the marker's first character for a
        conflict marker, None for anything else."""
        marker = _MARKER.match(line)
        if marker:
            self._marker(marker[1][0])
            return marker[1][0]
        now = self.now
        pos = 0
        if now.quote is not None:
            pos = _close_multiline(line, 0, now.quote)
            if pos < 0:
                return None
            now.quote = None
        elif now.depth == 0:
            body = line.lstrip()
            if body.startswith("["):
                now.entry = None
                return "["
            if not body or body[0] == "#":
                return None
            pos = self._key(line, index)
        self._value(line, index, pos)
        if now.entry is not None and now.quote is None and now.depth == 0:
            now.entry.end = index
            now.entry = None
        return None

    def _key(self, line: str, index: int) -> int:
        """Start the key that ``line`` opens; where its value begins (0 if no key)."""
        parts, pos = _dotted(line, 0)
        if not parts or not line.startswith("=", pos):
            self.now.entry = None
            return 0
        pos += 1
        entry = self.now.entry = KeyValue(index, parts)
        if self.keys is not None:
            self.keys.append(entry)
        if line[pos:].lstrip().startswith("["):
            entry.inline = []
        elif string := _STRING.fullmatch(line, pos):
            entry.string = _unquote(string[1])
        return pos

    def _marker(self, kind: str) -> None:
        """Each side of a conflict is read from where the text before it left
        off; after the conflict, reading goes on from the end of ours."""
        if kind == "<":
            self.before, self.ours = replace(self.now), None
        elif kind == "=" and self.before is not None:
            self.ours, self.now = self.now, replace(self.before)
        elif kind == ">" and self.ours is not None:
            self.now, self.before, self.ours = self.ours, None, None

    def _value(self, line: str, index: int, pos: int) -> None:
        """Follow strings and brackets along ``line`` from ``pos``."""
        now = self.now
        while m := TOKEN.search(line, pos):
            token = m.group()
            pos = m.end()
            if token in ('"""', "'''"):
                end = _close_multiline(line, pos, token)
                if end < 0:
                    now.quote = token
                    now.quote_at = (index, m.start())
                    return
                pos = end
            elif token == "#":
                return
            elif token in "\"'":  # a string not closed on its line: the rest is inside it
                now.stray = (index, m.start())
                return
            elif token in "[{":
                inline = now.entry.inline if now.entry is not None else None
                if token == "{" and now.depth == 1 and inline is not None:
                    inline.append(index)
                now.depth += 1
                now.opened = (*now.opened, (index, m.start()))
            elif token in "]}":
                now.depth = max(0, now.depth - 1)
                now.opened = now.opened[:-1]


def _lines_to_read(text: str, reader: _Reader) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` that may hold a header or change the reading.

    Most of a plan is lines that change nothing (blank lines, comments, keys
    with their value on one line, the entries of a log, one a line): a run of
    them is passed over in one step.
    """
    pos = index = 0
    while pos <= len(text):
        now = reader.now
        quiet = _QUIET.get(now.depth) if now.quote is None else None
        run = quiet.match(text, pos) if quiet is not None else None
        if run is not None and run.end() > pos:
            index += text.count("\n", pos, run.end())
            pos = run.end()
            continue
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        yield index, text[pos:end]
        pos = end + 1
        index += 1


def scan(text: str) -> Layout:
    """The tables of ``text`` ("\\n" line endings) and its conflict markers."""
    lines = text.split("\n")
    table = Table(-1)
    layout = Layout(lines, [table], [])
    reader = _Reader()
    for index, line in _lines_to_read(text, reader):
        kind = reader.read(line, index)
        if kind == "[":
            table.end = index
            table = Table(index, *_header(line))
            layout.tables.append(table)
            if table.parts is None:
                continue
            if table.array:
                layout._arrays.setdefault(table.name, []).append(table)
            else:
                layout._named.setdefault(table.name, table)
        elif kind is not None:
            layout.markers.append((index, kind))
    table.end = len(lines)
    now = reader.now
    layout.open_string = now.quote_at if now.quote is not None else now.stray
    layout.open_bracket = now.opened[-1] if now.opened else None
    return layout


# -- items and conflicts ------------------------------------------------------------


def item_text(key: Key) -> Text:
    """How a person names an item: "nhiệm vụ 1.2.1", "đơn vị stc", "[plan]"."""
    kind = key[0]
    if kind in ("tasks", "reports"):
        return text(f"merge.item.{kind}", id=key[1].lstrip("#"))
    if kind == "table":
        head, _, rest = key[1].partition(".")
        if rest and head in ("agencies", "groups", "events"):
            return text(f"merge.item.{head}", id=rest)
        return text("merge.item.table", name=key[1])
    if kind == "array":
        return text("merge.item.array", name=key[1], n=int(key[2]) + 1)
    return text(f"merge.item.{kind}")


@dataclass
class _Region:
    """One conflict left in the text: its lines (1-based) and what each side holds."""

    first: int
    last: int
    key: Key | None
    ours: list[str]
    theirs: list[str]


def _regions(layout: Layout) -> list[_Region]:
    """Each "<<<<<<< … =======  … >>>>>>>" of the text, with the item it touches.

    The item is the first one whose header lies inside the region, else the
    last one before it.
    """
    items = {
        table.index: item
        for table, item in zip(layout.headers, layout.items(), strict=True)
        if item is not None
    }
    marks = dict(layout.markers)
    regions: list[_Region] = []
    start: int | None = None
    split: int | None = None
    inside: Key | None = None
    last: Key | None = None
    lines = layout.lines

    def close(end: int) -> None:
        assert start is not None
        middle = split if split is not None else end
        key = None if start == 0 else inside or last  # from the first line: the whole file
        ours, theirs = lines[start + 1 : middle], lines[middle + 1 : end]
        regions.append(_Region(start + 1, end + 1, key, ours, theirs))

    for index in sorted({*items, *marks}):
        kind = marks.get(index)
        if kind == "<":
            start, split, inside = index, None, None
        elif kind == "=" and start is not None:
            split = index
        elif kind == ">" and start is not None:
            close(index)
            start = None
        elif kind is None:
            if start is None:
                last = items[index]
            elif inside is None:
                inside = items[index]
    if start is not None:  # a conflict left open runs to the end of the file
        close(len(lines) - 1)
    return regions


def _advice(region: _Region) -> str:
    """The label of what to do with ``region``, by what its two sides hold."""
    ours = [line for line in region.ours if is_content(line)]
    theirs = [line for line in region.theirs if is_content(line)]
    headers = any(line.lstrip().startswith("[") and "=" not in line for line in ours + theirs)
    key = region.key
    if key and key[0] == "table" and key[1].startswith("events.") and not headers:
        return "error.file.conflict_events"
    if not ours or not theirs:
        return "error.file.conflict_one_side"
    whole = all(any(line.lstrip().startswith("[[") for line in side) for side in (ours, theirs))
    if key and key[0] in ("tasks", "reports") and whole:  # two versions of a whole entry
        return f"error.file.conflict_{key[0]}"
    return "error.file.conflict"


def conflict_problems(layout: Layout, name: str) -> list[Problem]:
    """One problem for each git conflict left in the text: its item, its lines and
    what to do, by what the two sides hold (events to keep from both, an item
    only one side has, two versions of an item)."""
    problems = []
    named = sides()
    for region in _regions(layout):
        ours = [line for line in region.ours if is_content(line)]
        item = item_text(region.key) if region.key else text("merge.item.file")
        advice = text(
            _advice(region),
            item=item,
            first=region.first,
            last=region.last,
            ours=named["ours"],
            theirs=named["theirs"],
            side=named["ours"] if ours else named["theirs"],
        )
        problems.append(Problem(advice, region.first, name))
    return problems
