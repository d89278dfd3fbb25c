"""Three-way merge of the plan file, for git's merge driver (pure: texts in, text out).

Git merges line by line, so two officers who record for the same agency both
append next to each other and git sees a conflict. This module merges what the
file means instead:

* events: the union of both sides' new events, each kept once; theirs are
  appended after ours, one line each, exactly as ``record``/``submit`` would
  have written them had they run one after the other;
* every other item (a ``[[tasks]]`` entry, an agency, a group, a report,
  ``[plan]``, ``[sections]``): a change on one side only is taken; the same
  change on both sides is taken once; different changes are a conflict, marked
  git-style around that item only.

It works on the text, item by item, so every untouched byte stays as it was
and a big plan costs one ``tomllib`` parse of the result (no tomlkit round
trip).

Nothing is ever dropped: the result holds every event and every task of both
sides. When no clean merged plan exists (a section renamed on one side that
the other still uses, the same id given two meanings, an agency deleted on
one side that the other records for, events edited by hand) the clashing
items are marked, each side between git's markers (labelled with
``layout.OURS_LABEL`` and ``layout.THEIRS_LABEL``), and the file does not
validate until a person resolves them. Two event logs that cannot be merged
are marked inside the log: the events both sides hold stay outside the
markers, and keeping the lines of both sides keeps every event.

What a person is told to do with each marked region (``layout.conflict_problems``)
is checked here: the text with every region resolved that way is validated,
and the items it would leave invalid are marked too.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kehoach_cli.core.errors import KehoachError
from kehoach_cli.planfile.layout import (
    OURS_LABEL,
    THEIRS_LABEL,
    TOKEN,
    Key,
    is_content,
    item_text,
    scan,
)
from kehoach_cli.planfile.schema import build_plan
from kehoach_cli.planfile.writer import append_with_tomlkit, event_line, splice_event

OURS_MARK = f"<<<<<<< {OURS_LABEL}"
SPLIT_MARK = "======="
THEIRS_MARK = f">>>>>>> {THEIRS_LABEL}"
ROUNDS = 6  # how many times the items a resolution would leave invalid are marked in turn


# -- splitting a text into items ------------------------------------------------


@dataclass
class Block:
    """One item of the file: its leading comments and blank lines, header and body."""

    key: Key
    lines: list[str]
    head: int  # index in ``lines`` of the header (or first key line of the preamble)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class Items:
    blocks: list[Block]
    epilogue: list[str]  # comments and blank lines after the last item

    @property
    def by_key(self) -> dict[Key, Block]:
        return {b.key: b for b in self.blocks}


def split(text: str, name: str = "") -> Items:
    """The items of ``text`` in order; concatenating their lines gives ``text`` back.

    An item owns the comments and blank lines above its header (the heading
    comments of the plan sit above the entries they introduce); comments after
    the last item form the epilogue.
    """
    layout = scan(text)
    lines = layout.lines
    bounds = [0, *(table.index for table in layout.headers), len(lines)]
    blocks: list[Block] = []
    carry: list[str] = []
    seen: set[Key] = set()
    for n in range(len(bounds) - 1):
        start, end = bounds[n], bounds[n + 1]
        segment = lines[start:end]
        content = [i for i, line in enumerate(segment) if is_content(line)]
        if n == 0:  # before the first header: the file's comment and top-level keys
            if not content:
                carry.extend(segment)
                continue
            key: Key = ("preamble",)
            head = len(carry) + content[0]
        else:
            item = layout.items()[n - 1]
            if item is None:
                raise KehoachError(
                    "error.merge.bad_header", file=name, line=start + 1, header=segment[0]
                )
            key = item
            head = len(carry)
            content = content or [0]
        if key in seen:
            raise KehoachError("error.merge.twice", file=name, item=item_text(key), line=start + 1)
        seen.add(key)
        last = content[-1]
        blocks.append(Block(key, carry + segment[: last + 1], head))
        carry = segment[last + 1 :]
    return Items(blocks, carry)


def event_agency(key: Key) -> str | None:
    if key[0] == "table" and key[1].startswith("events."):
        rest = key[1][len("events.") :]
        return rest if rest and "." not in rest else None
    return None


# -- events ---------------------------------------------------------------------


def freeze(value: Any) -> Any:
    """A hashable copy of a parsed TOML value, to count events as a multiset."""
    if isinstance(value, dict):
        return tuple(sorted((k, freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


def _block_data(block: Block) -> dict[str, Any] | None:
    try:
        return tomllib.loads(block.text)
    except tomllib.TOMLDecodeError:
        return None


def _log_of(block: Block | None, agency: str) -> list[dict[str, Any]] | None:
    """The parsed ``log`` of an events item; [] when absent, None when unreadable."""
    if block is None:
        return []
    data = _block_data(block)
    if data is None:
        return None
    table = data.get("events", {}).get(agency)
    if not isinstance(table, dict):
        return None
    log = table.get("log", [])
    if not isinstance(log, list) or not all(isinstance(e, dict) for e in log):
        return None
    return log


def _entry_core(line: str) -> str | None:
    """The ``{ … }`` of an event line, without indentation, comma or comment."""
    stripped = line.strip()
    if not stripped.startswith("{"):
        return None
    depth = 0
    for m in TOKEN.finditer(stripped):
        token = m.group()
        if token in "{[":
            depth += 1
        elif token in "}]":
            depth -= 1
            if depth == 0:
                rest = stripped[m.end() :].strip()
                if rest in ("", ",") or re.fullmatch(r",?\s*#.*", rest):
                    return stripped[: m.end()]
                return None
        elif token in ("#", '"""', "'''"):
            return None
    return None


def _parse_entries(cores: list[str]) -> list[Any] | None:
    """The values of one-line inline tables, parsed together (one ``tomllib`` call)."""
    try:
        return tomllib.loads("v = [\n" + ",\n".join(cores) + "\n]")["v"]
    except tomllib.TOMLDecodeError:
        return None


def _event_lines(block: Block, log: list[dict[str, Any]], first: int) -> list[str]:
    """One line for each of ``log[first:]``: the one in ``block`` if found, else rendered.

    Taking the other side's own line keeps it byte for byte as ``record``
    wrote it; ``writer.event_line`` renders the same way when a line cannot be
    matched (a hand-written log spread over several lines, say).
    """
    wanted = log[first:]
    entries = [line for line in block.lines[block.head + 1 :] if line.strip().startswith("{")]
    if len(entries) == len(log):
        cores = [_entry_core(line) for line in entries[first:]]
        if None not in cores:
            found = [core for core in cores if core is not None]
            if _parse_entries(found) == wanted:
                return found
    rendered = [event_line(fields) for fields in wanted]
    if _parse_entries(rendered) != wanted:
        raise KehoachError("error.merge.events_not_copied")
    return rendered


def _append_events(
    block: Block, agency: str, events: list[tuple[dict[str, Any], str]]
) -> Block | None:
    """``block`` with the events appended to its log, as ``writer.append_event`` would.

    All lines go in with one splice (a log of thousands of events stays fast);
    should that not give the expected log, they go in one by one.
    """
    expected = (_log_of(block, agency) or []) + [fields for fields, _ in events]
    joined = splice_event(block.text, agency, ",\n  ".join(line for _, line in events), [agency])
    attempts = [joined] if joined is not None else []
    for text in [*attempts, None]:
        if text is None:
            text = block.text
            for fields, line in events:
                spliced = splice_event(text, agency, line, [agency])
                text = spliced if spliced is not None else append_with_tomlkit(text, agency, fields)
        layout = scan(text)
        lines = layout.lines
        content = [i for i, line in enumerate(lines) if is_content(line)]
        if len(layout.headers) != 1 or not content:
            continue
        candidate = Block(block.key, lines[: content[-1] + 1], layout.headers[0].index)
        if _log_of(candidate, agency) == expected:
            return candidate
    return None


@dataclass
class _EventMerge:
    block: Block
    log: list[dict[str, Any]]
    added: list[dict[str, Any]]


def _merge_events(
    agency: str, base: Block | None, ours: Block, theirs: Block
) -> _EventMerge | None:
    """Ours plus what theirs appended and ours lacks; None if theirs did more than append."""
    base_log = _log_of(base, agency)
    ours_log = _log_of(ours, agency)
    theirs_log = _log_of(theirs, agency)
    if base_log is None or ours_log is None or theirs_log is None:
        return None
    if theirs_log[: len(base_log)] != base_log:
        return None  # theirs rewrote or removed recorded events
    new_lines = _event_lines(theirs, theirs_log, len(base_log))
    new = list(zip(theirs_log[len(base_log) :], new_lines, strict=True))
    if base is not None:
        replayed = _append_events(base, agency, new)
        if replayed is None or replayed.text != theirs.text:
            return None  # theirs also changed something else in this item
    ours_new = Counter(freeze(e) for e in ours_log)
    ours_new.subtract(freeze(e) for e in base_log)
    append: list[tuple[dict[str, Any], str]] = []
    for fields, line in new:
        frozen = freeze(fields)
        if ours_new[frozen] > 0:  # both sides recorded the very same event
            ours_new[frozen] -= 1
        else:
            append.append((fields, line))
    if not append:
        return _EventMerge(ours, ours_log, [])
    merged = _append_events(ours, agency, append)
    if merged is None:
        return None
    added = [fields for fields, _ in append]
    return _EventMerge(merged, ours_log + added, added)


# -- the merge ------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    key: Key  # named by ``layout.item_text``
    line: int  # 1-based line of the "<<<<<<<" marker in the merged text
    lines: int  # how many lines the marked region spans


@dataclass(frozen=True)
class AddedEvent:
    agency: str
    fields: dict[str, Any]


@dataclass(frozen=True)
class Merged:
    text: str
    conflicts: tuple[Conflict, ...] = ()
    added: tuple[AddedEvent, ...] = ()  # events that came from theirs
    taken: tuple[Key, ...] = ()  # other items whose version came from theirs


@dataclass
class _Clash:
    """An item both sides changed differently, or one that cannot stay as merged.

    Resolved as a person is told to: the one side that has the item, else
    (two versions: the person chooses) ours.
    """

    key: Key
    ours: Block | None
    theirs: Block | None

    def suggested(self) -> list[str]:
        side = self.ours if self.ours is not None else self.theirs
        return side.lines if side is not None else []

    def marked(self) -> tuple[list[str], list[str], list[str]]:
        """The lines before the markers (the heading both share), and each side's."""
        mine = self.ours.lines if self.ours else []
        other = self.theirs.lines if self.theirs else []
        limit = min(self.ours.head if self.ours else 0, self.theirs.head if self.theirs else 0)
        keep = _common_prefix(mine, other, limit)
        return mine[:keep], mine[keep:], other[keep:]


@dataclass
class _EventsClash:
    """Two event logs that cannot be merged line by line: the events both hold,
    then each side's own, marked. Keeping the lines of both sides keeps every event."""

    key: Key
    head: list[str]  # leading comments, the header and "log = ["
    common: list[str]
    ours: list[str]
    theirs: list[str]

    def suggested(self) -> list[str]:
        return [*self.head, *self.common, *self.ours, *self.theirs, "]"]

    def marked(self) -> tuple[list[str], list[str], list[str]]:
        return [*self.head, *self.common], self.ours, self.theirs


_Entry = Block | _Clash | _EventsClash


@dataclass
class _Plan:
    """The merged sequence of items, before rendering."""

    entries: list[_Entry] = field(default_factory=list)
    epilogue: list[str] | _Clash = field(default_factory=list)
    from_theirs: dict[Key, Block] = field(default_factory=dict)
    logs: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    added: list[AddedEvent] = field(default_factory=list)


def _same(a: Block | None, b: Block | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.lines == b.lines


def _decide(
    key: Key, base: Block | None, ours: Block | None, theirs: Block | None, out: _Plan
) -> _Entry | None:
    if _same(ours, theirs) or _same(theirs, base):
        return ours
    agency = event_agency(key)
    if _same(ours, base):
        if theirs is not None:
            out.from_theirs[key] = theirs
            if agency is not None:
                _note_new_events(agency, base, theirs, out)
        return theirs
    if agency is not None and ours is not None and theirs is not None:
        merged = _merge_events(agency, base, ours, theirs)
        if merged is not None:
            if merged.added:
                out.logs[agency] = merged.log
                out.added.extend(AddedEvent(agency, e) for e in merged.added)
            return merged.block
        return _events_clash(agency, key, ours, theirs) or _Clash(key, ours, theirs)
    return _Clash(key, ours, theirs)


def _events_clash(agency: str, key: Key, ours: Block, theirs: Block) -> _Entry | None:
    """The two logs as one, each side's own events marked; None if a log is unreadable."""
    ours_log, theirs_log = _log_of(ours, agency), _log_of(theirs, agency)
    if ours_log is None or theirs_log is None:
        return None
    try:
        ours_lines = _event_lines(ours, ours_log, 0)
        theirs_lines = _event_lines(theirs, theirs_log, 0)
    except KehoachError:
        return None
    left = Counter(freeze(e) for e in theirs_log)
    common: list[str] = []
    mine: list[str] = []
    for fields, line in zip(ours_log, ours_lines, strict=True):
        frozen = freeze(fields)
        if left[frozen] > 0:
            left[frozen] -= 1
            common.append(f"  {line},")
        else:
            mine.append(f"  {line},")
    unmatched = Counter(freeze(e) for e in ours_log)
    other: list[str] = []
    for fields, line in zip(theirs_log, theirs_lines, strict=True):
        frozen = freeze(fields)
        if unmatched[frozen] > 0:
            unmatched[frozen] -= 1
        else:
            other.append(f"  {line},")
    if not mine and not other:  # the same events, written otherwise: ours as it is
        return ours
    return _EventsClash(key, [*ours.lines[: ours.head + 1], "log = ["], common, mine, other)


def _note_new_events(agency: str, base: Block | None, theirs: Block, out: _Plan) -> None:
    """Remember the events an item taken whole from theirs brings (for the summary)."""
    base_log = _log_of(base, agency) or []
    theirs_log = _log_of(theirs, agency) or []
    left = Counter(freeze(e) for e in base_log)
    for fields in theirs_log:
        frozen = freeze(fields)
        if left[frozen] > 0:
            left[frozen] -= 1
        else:
            out.added.append(AddedEvent(agency, fields))


def _plan(base: Items, ours: Items, theirs: Items) -> _Plan:
    out = _Plan()
    base_items, ours_items, theirs_items = base.by_key, ours.by_key, theirs.by_key
    # Items only theirs has go after the nearest item before them that ours has,
    # and after the items ours added there: ours first, then theirs, as if the
    # two had worked one after the other (two new tasks at the end, say).
    after: dict[Key | None, list[Key]] = {}
    anchor: Key | None = None
    for block in theirs.blocks:
        if block.key in ours_items:
            anchor = block.key
        else:
            after.setdefault(anchor, []).append(block.key)

    def place(key: Key, ours_block: Block | None) -> None:
        chosen = _decide(key, base_items.get(key), ours_block, theirs_items.get(key), out)
        if chosen is not None:
            out.entries.append(chosen)

    waiting = list(after.get(None, []))
    for block in ours.blocks:
        added_by_ours = block.key not in base_items and block.key not in theirs_items
        if waiting and not added_by_ours:
            for key in waiting:
                place(key, None)
            waiting = []
        place(block.key, block)
        waiting.extend(after.get(block.key, []))
    for key in waiting:
        place(key, None)
    b, o, t = (Block(("epilogue",), x.epilogue, 0) for x in (base, ours, theirs))
    ending = _decide(("epilogue",), b, o, t, out)
    out.epilogue = (
        ending if isinstance(ending, _Clash) else ending.lines if isinstance(ending, Block) else []
    )
    return out


def _common_prefix(a: list[str], b: list[str], limit: int) -> int:
    n = 0
    while n < min(len(a), len(b), limit) and a[n] == b[n]:
        n += 1
    return n


@dataclass
class _Text:
    text: str
    conflicts: list[Conflict]
    starts: list[tuple[int, int]]  # (0-based first line, index in entries) of each entry


def _render(plan: _Plan, marked: bool) -> _Text:
    """The merged text: clashes between markers, or resolved as a person is told to."""
    lines: list[str] = []
    conflicts: list[Conflict] = []
    starts: list[tuple[int, int]] = []
    ending = plan.epilogue
    for index, item in enumerate([*plan.entries, ending]):
        starts.append((len(lines), index))
        if isinstance(item, Block):
            lines.extend(item.lines)
        elif isinstance(item, list):
            lines.extend(item)
        elif not marked:
            lines.extend(item.suggested())
        else:
            shared, mine, other = item.marked()
            lines.extend(shared)
            start = len(lines) + 1
            lines.extend([OURS_MARK, *mine, SPLIT_MARK, *other, THEIRS_MARK])
            if isinstance(item, _EventsClash):
                lines.append("]")
            conflicts.append(Conflict(item.key, start, len(lines) - start + 1))
    return _Text("\n".join(lines), conflicts, starts)


# -- items a resolution would leave invalid ------------------------------------------


def _check(text: str) -> tuple[dict[str, Any] | None, set[int | None] | None]:
    """``text`` parsed, and the lines (1-based) of its problems; None when it is a valid plan."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        return None, {int(found[1]) if found else None}
    result, problems = build_plan(data, text, "")
    if result is not None and not problems:
        return data, None
    return data, {p.line for p in problems} or {None}


def _entry_at(rendered: _Text, line: int) -> int:
    """The index in the entries of the item that holds ``line`` (1-based)."""
    found = 0
    for first, index in rendered.starts:
        if first >= line:
            break
        found = index
    return found


def _referenced(lines: list[str], agency: str) -> list[Key]:
    """What the events of an item refer to: the agency, and each task and report."""
    keys: list[Key] = [("table", f"agencies.{agency}")]
    try:
        table = tomllib.loads("\n".join(lines)).get("events", {}).get(agency, {})
    except tomllib.TOMLDecodeError:
        return keys
    log = table.get("log", []) if isinstance(table, dict) else []
    for event in log if isinstance(log, list) else []:
        if isinstance(event, dict):
            for kind, field_name in (("tasks", "task"), ("reports", "report")):
                if isinstance(event.get(field_name), str):
                    keys.append((kind, event[field_name]))
    return list(dict.fromkeys(keys))


def _implicated(plan: _Plan, rendered: _Text, lines: set[int | None]) -> list[list[Key]]:
    """The items behind the problems at ``lines``, most likely first: the item that
    holds each, or, for events, what they refer to (a deleted task, an agency, a
    changed lead); then the event logs themselves."""
    keys: list[Key] = []
    logs: list[Key] = []
    text_lines = rendered.text.split("\n")
    bounds = [first for first, _ in rendered.starts] + [len(text_lines)]
    for line in sorted(n for n in lines if n is not None):
        index = _entry_at(rendered, line)
        if index >= len(plan.entries):
            continue
        key = plan.entries[index].key
        agency = event_agency(key)
        if agency is None:
            keys.append(key)
        else:
            logs.append(key)
            keys.extend(_referenced(text_lines[bounds[index] : bounds[index + 1]], agency))
    return [list(dict.fromkeys(keys)), list(dict.fromkeys(logs))]


def _mark(plan: _Plan, key: Key, sides: tuple[Items, Items, Items]) -> bool:
    """Make ``key`` a clash, in place or where the side that has it puts it."""
    ours, theirs = sides[1].by_key.get(key), sides[2].by_key.get(key)
    if _same(ours, theirs):
        return False
    at = next((i for i, e in enumerate(plan.entries) if e.key == key), None)
    if at is not None and not isinstance(plan.entries[at], Block):
        return False
    agency = event_agency(key)
    clash: _Entry | None = None
    if agency is not None and ours is not None and theirs is not None:
        clash = _events_clash(agency, key, ours, theirs)
        if not isinstance(clash, _EventsClash):
            return False  # the same events on both sides: nothing to mark there
    clash = clash or _Clash(key, ours, theirs)
    plan.from_theirs.pop(key, None)
    if agency is not None:
        plan.logs.pop(agency, None)
    if at is not None:
        plan.entries[at] = clash
        return True
    holder = sides[1] if ours is not None else sides[2]
    before = [b.key for b in holder.blocks]
    placed = {e.key: i for i, e in enumerate(plan.entries)}
    previous = [placed[k] for k in before[: before.index(key)] if k in placed]
    plan.entries.insert(previous[-1] + 1 if previous else 0, clash)
    return True


def _settle(plan: _Plan, sides: tuple[Items, Items, Items]) -> tuple[bool, dict[str, Any] | None]:
    """Mark what the advised resolution would leave invalid. Whether it is then
    valid, and its text parsed (None if it cannot be)."""
    for attempt in range(ROUNDS + 1):
        rendered = _render(plan, marked=False)
        data, lines = _check(rendered.text)
        if lines is None:
            return True, data
        if attempt == ROUNDS:
            break
        for keys in _implicated(plan, rendered, lines):
            if any([_mark(plan, key, sides) for key in keys]):
                break
        else:
            break
    return False, data


# -- checks -----------------------------------------------------------------------------


def _value(data: dict[str, Any], key: Key, tasks: dict[Key, Any]) -> Any:
    kind = key[0]
    if kind in ("tasks", "reports"):
        return tasks.get(key)
    if kind == "table":
        value: Any = data
        for part in key[1].split("."):
            if not isinstance(value, dict) or part not in value:
                return None
            value = value[part]
        return value
    return None


def _entries_by_id(data: dict[str, Any]) -> dict[Key, Any]:
    found: dict[Key, Any] = {}
    for kind in ("tasks", "reports"):
        items = data.get(kind, [])
        if isinstance(items, list):
            for index, item in enumerate(items):
                if isinstance(item, dict):
                    ident = item.get("id")
                    found[(kind, ident if isinstance(ident, str) else f"#{index}")] = item
    return found


def _resolved_keys(plan: _Plan) -> list[Key]:
    """The items of the text with every clash resolved as advised."""
    keys: list[Key] = []
    for item in plan.entries:
        if not isinstance(item, _Clash) or item.suggested():
            keys.append(item.key)
    return keys


def _verified(plan: _Plan, data: dict[str, Any] | None) -> bool:
    """The merged text, resolved as advised (``data``), means what the merge intended."""
    if data is None:
        return False
    order = _resolved_keys(plan)
    parsed = _entries_by_id(data)
    if sorted(k for k in order if k[0] in ("tasks", "reports")) != sorted(parsed):
        return False
    nested = {k[1] for k in order if k[0] == "table"}
    for key, block in plan.from_theirs.items():
        if key[0] not in ("tasks", "reports", "table", "preamble"):
            continue
        alone = _block_data(block)
        if alone is None or not _holds(data, parsed, nested, key, alone):
            return False
    events = data.get("events", {})
    return all(events.get(agency, {}).get("log") == log for agency, log in plan.logs.items())


def _holds(
    data: dict[str, Any], parsed: dict[Key, Any], nested: set[str], key: Key, theirs: dict[str, Any]
) -> bool:
    """Whether the merged ``data`` holds the item ``key`` as ``theirs`` (their block alone) does."""
    if key[0] == "preamble":
        return {k: data.get(k) for k in theirs} == theirs
    got = _value(data, key, parsed)
    if key[0] == "table" and isinstance(got, dict):  # tables inside it are items of their own
        got = {k: v for k, v in got.items() if f"{key[1]}.{k}" not in nested}
    return got == _value(theirs, key, _entries_by_id(theirs))


def whole(ours: str, theirs: str) -> Merged:
    """Both versions whole, one between each pair of markers: what is left when
    the file cannot be merged item by item (a side that cannot be read)."""
    lines = [OURS_MARK, *ours.removesuffix("\n").split("\n"), SPLIT_MARK]
    lines += [*theirs.removesuffix("\n").split("\n"), THEIRS_MARK]
    return Merged("\n".join(lines) + "\n", (Conflict(("file",), 1, len(lines)),))


def merge(base: str, ours: str, theirs: str, name: str = "") -> Merged:
    """Merge three versions of the plan text ("\\n" line endings, no BOM).

    The result always holds every event and every task of both sides. Items
    that cannot be merged are marked git-style, and ``conflicts`` lists them:
    the file then does not validate until a person resolves them. Without
    conflicts the result is a valid plan (given valid sides).
    """
    if ours == theirs or theirs == base:
        return Merged(ours)
    try:
        sides = (split(base, "base"), split(ours, name), split(theirs, name))
    except KehoachError:
        return whole(ours, theirs)
    plan = _plan(*sides)
    valid, data = _settle(plan, sides)
    if not _verified(plan, data):
        return whole(ours, theirs)  # not what the merge meant: leave both to a person
    rendered = _render(plan, marked=True)
    if not valid and not rendered.conflicts:
        return whole(ours, theirs)
    taken = tuple(k for k in plan.from_theirs if event_agency(k) is None)
    return Merged(rendered.text, tuple(rendered.conflicts), tuple(plan.added), taken)
