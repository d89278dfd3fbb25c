"""Finding and loading the plan file (read side).

Reads use the standard library's ``tomllib``; tomlkit is only for writing. A
plan already validated with the same bytes comes from ``kehoach_cli.planfile.cache``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from kehoach_cli.core.errors import KehoachError, Problem, os_reason, text

if TYPE_CHECKING:
    from kehoach_cli.core.model import Plan
    from kehoach_cli.planfile.layout import KeyValue, Layout

PLAN_RELATIVE = Path("data") / "tasks.toml"
ENV_FILE = "KEHOACH_FILE"
EMBEDDED_NAME = "<kế hoạch mẫu 2021>"
_BOM = b"\xef\xbb\xbf"
_HUGE_NUMBER = re.compile(r"\d{1000,}")
_NESTING_LIMIT = 100


def sample_path() -> Path:
    """The 2021 plan shipped with the package (copied into the wheel at build time)."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "sample" / "tasks.toml"
    if packaged.is_file():
        return packaged
    return here.parent / PLAN_RELATIVE  # running from a source checkout


class PlanSource(NamedTuple):
    """Where the plan comes from: a file, or the sample shipped with the package."""

    path: Path
    embedded: bool = False

    @property
    def display(self) -> str:
        return EMBEDDED_NAME if self.embedded else str(self.path)


def without_sample_mark(text: str) -> str:
    """``text`` without the ``sample = true`` line of its ``[plan]``: a copy to write in.

    Only that line goes; every other byte stays, comments and layout included.
    """
    from kehoach_cli.planfile.layout import scan

    layout = scan(text)
    mark = _sample_mark(layout)
    if mark is None:
        return text
    lines = layout.lines
    del lines[mark.index]  # a boolean: one line
    return "\n".join(lines)


def _sample_mark(layout: Layout) -> KeyValue | None:
    """The ``sample`` key of the ``[plan]`` table, where the file has one."""
    table = layout.table("plan")
    return layout.key(table, "sample") if table is not None else None


def is_marked_sample(text: str) -> bool:
    """``text`` has ``sample = true`` in its ``[plan]``, read without validating the rest."""
    import tomllib

    from kehoach_cli.planfile.layout import scan

    layout = scan(text)
    mark = _sample_mark(layout)
    if mark is None:
        return False
    try:
        return tomllib.loads(layout.lines[mark.index]).get("sample") is True
    except tomllib.TOMLDecodeError:
        return False


def find_plan(option: str | Path | None, cwd: Path | None = None) -> PlanSource:
    """``--file``, else ``KEHOACH_FILE``, else the nearest data/tasks.toml, else the sample."""
    chosen = option or os.environ.get(ENV_FILE)
    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_file():
            raise KehoachError("error.file.not_found", path=str(path), env=ENV_FILE)
        return PlanSource(path)
    start = (cwd or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        candidate = folder / PLAN_RELATIVE
        if candidate.is_file():
            return PlanSource(candidate)
    return PlanSource(sample_path(), embedded=True)


class RawFile:
    """A plan file's bytes, its text and the byte-level style it must be written back in.

    ``text`` has "\n" line endings and no BOM. It is decoded when first asked
    for, and the line ending looked for: a plan that comes from the cache
    never needs either, and both scan the whole file.
    """

    __slots__ = ("_newline", "_text", "bom", "data")

    def __init__(self, text: str | None, bom: bool, newline: str | None, data: bytes) -> None:
        self._text = text
        self.bom = bom
        self._newline = newline
        self.data = data

    @classmethod
    def of_bytes(cls, data: bytes) -> RawFile:
        """The file as read; its text and line ending are found when first asked for."""
        return cls(None, data.startswith(_BOM), None, data)

    @property
    def newline(self) -> str:
        """How the file ends its lines (CR LF or LF), which a write keeps."""
        if self._newline is None:
            self._newline = "\r\n" if b"\r\n" in self.data else "\n"
        return self._newline

    @property
    def text(self) -> str:
        if self._text is None:
            body = self.data[3:] if self.bom else self.data
            text = body.decode("utf-8")
            self._text = text.replace("\r\n", "\n") if self.newline == "\r\n" else text
        return self._text

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RawFile):
            return NotImplemented
        return (self.data, self.bom, self.newline, self.text) == (
            other.data,
            other.bom,
            other.newline,
            other.text,
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RawFile({len(self.data)} bytes, bom={self.bom}, newline={self.newline!r})"


def decode(data: bytes, name: str) -> RawFile:
    """The file with its text decoded now, so that bytes that are not UTF-8 are a user error."""
    raw = RawFile.of_bytes(data)
    try:
        _ = raw.text  # decode now: a bad byte must be reported before anything else
    except UnicodeDecodeError as exc:
        body = data[3:] if raw.bom else data
        line = body[: exc.start].count(b"\n") + 1
        problem = Problem(text("error.file.save_as_utf8"), line, name)
        raise KehoachError("error.file.not_utf8", [problem], file=name) from None
    return raw


def read_bytes(source: PlanSource) -> bytes:
    try:
        return source.path.read_bytes()
    except OSError as exc:
        raise KehoachError(
            "error.file.unreadable", file=source.display, reason=os_reason(exc)
        ) from None


def read_raw(source: PlanSource) -> RawFile:
    return decode(read_bytes(source), source.display)


def parse_toml(raw: RawFile, name: str) -> dict:
    """``tomllib.loads`` with every way it can fail turned into a user error."""
    import tomllib  # not needed when the plan comes from the cache

    try:
        return tomllib.loads(raw.text)
    except tomllib.TOMLDecodeError as exc:
        from kehoach_cli.planfile.layout import conflict_problems, scan
        from kehoach_cli.planfile.syntax import syntax_problem

        layout = scan(raw.text)
        conflicts = conflict_problems(layout, name)
        if conflicts:  # name each conflicting item, not just the first marker's line
            raise KehoachError(
                "error.file.conflicts", conflicts, file=name, n=len(conflicts)
            ) from None
        problem = syntax_problem(str(exc), layout, name)
        if layout.markers:
            hint = text("error.file.conflict_marker", line=layout.markers[0][0] + 1)
            problem = problem._replace(message=hint)
        raise KehoachError("error.file.syntax", [problem], file=name) from None
    except RecursionError:
        problem = Problem(text("error.file.too_deep"), _deepest_line(raw.text), name)
        raise KehoachError("error.file.unreadable_toml", [problem], file=name) from None
    except (ValueError, MemoryError) as exc:
        m = _HUGE_NUMBER.search(raw.text)
        line = raw.text[: m.start()].count("\n") + 1 if m else None
        problem = Problem(text("error.file.huge_value", kind=type(exc).__name__), line, name)
        raise KehoachError("error.file.unreadable_toml", [problem], file=name) from None


def _deepest_line(text: str) -> int | None:
    """The first line where brackets nest deeper than any plan needs."""
    depth = 0
    for number, line in enumerate(text.split("\n"), start=1):
        for char in line:
            if char in "[{":
                depth += 1
            elif char in "]}":
                depth -= 1
            if depth > _NESTING_LIMIT:
                return number
    return None


def load(source: PlanSource) -> tuple[Plan, RawFile]:
    """Read, parse and validate; any problem raises one KehoachError listing all.

    A plan already validated with these exact bytes comes from the cache
    (kehoach_cli.planfile.cache) instead, which skips parsing and validation.
    """
    from kehoach_cli.planfile import cache

    data = read_bytes(source)
    plan = cache.get_plan(data)
    if plan is not None:
        return plan, RawFile.of_bytes(data)  # valid: these bytes were parsed before
    return _parsed(data, source)


def _parsed(data: bytes, source: PlanSource) -> tuple[Plan, RawFile]:
    """The plan ``data`` holds, parsed and validated, then stored in the cache."""
    from kehoach_cli.planfile import cache

    raw = decode(data, source.display)
    plan = validate(raw, source.display)
    cache.put_plan(raw.data, plan)
    return plan, raw


def load_plan(source: PlanSource) -> Plan:
    """The plan alone, for a command that only reads it: checked against the
    cache a block at a time from the file, whose bytes are then not kept."""
    from kehoach_cli.planfile import cache

    try:
        with source.path.open("rb") as file:
            plan = cache.get_plan(file)
    except OSError:  # said by ``read_bytes``, which opens the file again
        plan = None
    return plan if plan is not None else _parsed(read_bytes(source), source)[0]


def validate(raw: RawFile, name: str) -> Plan:
    """Parse and validate ``raw``, bypassing the cache."""
    return parse_and_validate(raw, name)[0]


def parse_and_validate(raw: RawFile, name: str) -> tuple[Plan, dict]:
    """The validated plan and the raw TOML data it came from (writers compare the data)."""
    from kehoach_cli.planfile.schema import build_plan

    data = parse_toml(raw, name)
    plan, problems = build_plan(data, raw.text, name)
    if problems or plan is None:
        raise KehoachError("error.file.invalid", problems, file=name, n=len(problems))
    return plan, data
