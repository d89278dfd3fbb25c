"""A disk cache of validated plans and of Vietnam's public holidays.

Parsing and validating a plan of 5,000 tasks and 20,000 events takes longer
than Python takes to start; this cache lets a command that reads an unchanged
plan skip both. It is built so that it can never change an answer:

* An entry is found by the content of the file, never by its name or
  modification time, and holds a copy of the file's bytes, which must equal
  the file's byte for byte, and a fingerprint of the code that validated it,
  which must equal the running code's. A stale entry cannot be served.
* Only valid plans are stored, as strings, integers, lists and tuples in
  ``marshal``'s format, read only once their CRC-32 matches: loading an entry
  can never run code, unlike pickle.
* Nothing here may make a command fail. A missing, unreadable, corrupt or
  unwritable cache, or one from another version, just means parsing the file.
  Entries are written under a temporary name and renamed, so readers never
  see half of one.
* It lives in the user's cache directory, never in the repository:
  ``$XDG_CACHE_HOME/kehoach`` (else ``~/.cache/kehoach``; on Windows
  ``%LOCALAPPDATA%\\kehoach\\Cache``; on macOS ``~/Library/Caches/kehoach``).
  ``KEHOACH_NO_CACHE=1`` turns it off.

Every file here has three parts: a header line (a JSON object: the format,
the size and CRC-32 of the body, and what the entry depends on), the body
(``marshal.dumps`` of plain data) and, for a plan, the bytes of the plan file.
A plan's body is a dict: ``sections`` as (key, title) pairs; for each kind of
record (``plan``, ``agencies``, ``groups``, ``reports``, ``tasks``,
``events``) a dict from each field of the model's dataclass to its values, in
file order, dates as ISO text; and ``event_order``, the events' order of
effect, so that no command sorts them again.

SQLite (a table per kind of record) and JSON were tried first: at 5,000 tasks
and 22,000 events they read the plan back three and a half and twice as slowly
as ``marshal``, and a cached ``overdue`` took 1.8 and 1.5 times as long as
``python -c "import typer, tabulate"``, against 1.3 with ``marshal``.
"""

from __future__ import annotations

import contextlib
import json
import marshal
import os
import sys
import zlib
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

from kehoach_cli.core.model import Agency, Event, EventLog, Group, Plan, PlanInfo, Report, Task

ENV_OFF = "KEHOACH_NO_CACHE"
FORMAT = 10  # bump when the layout of an entry changes
MAX_PLANS = 8  # newest entries kept; older ones are removed when a new one is written
_PLAN_PREFIX = "plan-"
_SUFFIX = ".marshal"
_HOLIDAYS = "holidays.marshal"
# Modules whose code decides what a valid plan is and how it is represented:
# editing any of them (an editable install) changes the fingerprint.
_CODE = (
    "planfile/cache.py",
    "planfile/schema.py",
    "planfile/load.py",
    "core/model.py",
    "core/dates.py",
    "core/text.py",
    "core/calendar.py",
)
# The records of each kind, and the dataclass whose fields they have.
_RECORDS: dict[str, type] = {
    "plan": PlanInfo,
    "agencies": Agency,
    "groups": Group,
    "reports": Report,
    "tasks": Task,
    "events": Event,
}
# The types of field (as written in the model) an entry can hold, and their values' type.
_TYPES = {
    "str": str,
    "str | None": str,
    "int": int,
    "bool": bool,
    "date": date,
    "date | None": date,
    "tuple[str, ...]": tuple,
}


def enabled() -> bool:
    return os.environ.get(ENV_OFF, "").strip().lower() in ("", "0", "false", "no")


def cache_dir() -> Path:
    """The per-user cache directory for kehoach (not created here)."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "kehoach"
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        if local:
            return Path(local) / "kehoach" / "Cache"
    elif sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "kehoach"
    return Path.home() / ".cache" / "kehoach"


_fingerprint: str | None = None


def code_fingerprint() -> str:
    """What, besides the file's bytes, the cached plan depends on."""
    global _fingerprint
    if _fingerprint is None:
        from kehoach_cli import __version__

        here = Path(__file__).resolve().parent.parent
        parts = [str(FORMAT), __version__, sys.version]
        for name in _CODE:
            try:
                st = (here / name).stat()
                parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
            except OSError:
                parts.append(f"{name}:?")
        _fingerprint = "\n".join(parts)
    return _fingerprint


def plan_key(data: bytes) -> str:
    """The name of the entry for ``data``: CRC-32s of the code and of the bytes, and their size.

    Only a name: the entry is used only if the fingerprint and the bytes it
    holds equal the code's and the file's.
    """
    return f"{zlib.crc32(code_fingerprint().encode()):08x}-{zlib.crc32(data):08x}-{len(data)}"


def _entry(key: str) -> Path:
    return cache_dir() / f"{_PLAN_PREFIX}{key}{_SUFFIX}"


# -- files --------------------------------------------------------------------


def _pack(depends: dict[str, str], body: Any, tail: bytes = b"") -> bytes:
    """A file's bytes: the header, the body, then ``tail``."""
    payload = marshal.dumps(body)
    header = {"format": FORMAT, "size": len(payload), "crc32": zlib.crc32(payload), **depends}
    return json.dumps(header).encode() + b"\n" + payload + tail


def _unpack(path: Path, depends: dict[str, str]) -> tuple[Any, bytes] | None:
    """The body and the tail of the file at ``path``, if it was written in
    this format for ``depends`` and its body is intact."""
    with open(path, "rb") as file:
        header = json.loads(file.readline())
        payload = file.read(header["size"])
        tail = file.read()
    expected = {"format": FORMAT, "size": len(payload), "crc32": zlib.crc32(payload), **depends}
    if header != expected:
        return None
    return marshal.loads(payload), tail  # only bytes this module wrote, checked


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a reader sees the old file or the new one."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# -- plans ----------------------------------------------------------------------


def _stored(kind: str, column: list[Any]) -> list[Any]:
    """One field's values as an entry holds them; TypeError for a value not of type ``kind``."""
    if kind not in _TYPES:
        raise TypeError(f"cannot cache a field of type {kind}")
    expected = _TYPES[kind]
    given = [value for value in column if value is not None] if "None" in kind else column
    if any(type(value) is not expected for value in given):
        raise TypeError(f"a value that is not {kind}")
    if expected is tuple and any(type(item) is not str for value in column for item in value):
        raise TypeError("a tuple of something other than strings")
    if expected is date:
        column = [None if day is None else day.isoformat() for day in column]
    # One object per distinct value: marshal writes the others as references to
    # it, and loading them makes no new object.
    distinct: dict[Any, Any] = {}
    return [distinct.setdefault(value, value) for value in column]


def _loaded(kind: str, column: list[Any]) -> list[Any]:
    """One field's values as the model holds them: dates made from their text, once each."""
    if _TYPES[kind] is not date:
        return column
    days: dict[str | None, date | None] = {None: None}
    days.update((text, date.fromisoformat(text)) for text in set(column) - {None})
    return [days[text] for text in column]


def _records(plan: Plan) -> dict[str, list[Any]]:
    return {
        "plan": [plan.info],
        "agencies": list(plan.agencies.values()),
        "groups": list(plan.groups.values()),
        "reports": list(plan.reports),
        "tasks": list(plan.tasks),
        "events": list(plan.events),
    }


def encode_plan(plan: Plan) -> dict[str, Any]:
    """The body of an entry for ``plan``; TypeError for what it could not give back."""
    if any(key != a.key for key, a in plan.agencies.items()) or any(
        key != g.key for key, g in plan.groups.items()
    ):
        raise TypeError("agencies or groups not keyed by their own key")
    body: dict[str, Any] = {"sections": list(plan.sections.items())}
    for name, items in _records(plan).items():
        cls = _RECORDS[name]
        if any(type(item) is not cls for item in items):
            raise TypeError(f"not all {cls.__name__}")
        body[name] = {
            f.name: _stored(str(f.type), [getattr(item, f.name) for item in items])
            for f in fields(cls)
        }
    body["event_order"] = plan.event_order
    return body


def decode_plan(body: dict[str, Any]) -> Plan:
    """The Plan that ``encode_plan`` saw."""
    columns = {
        name: {f.name: _loaded(str(f.type), body[name][f.name]) for f in fields(cls)}
        for name, cls in _RECORDS.items()
    }

    def made(name: str) -> list[Any]:
        return list(map(_RECORDS[name], *columns[name].values()))

    (info,) = made("plan")
    return Plan(
        info=info,
        sections=dict(body["sections"]),
        agencies={a.key: a for a in made("agencies")},
        groups={g.key: g for g in made("groups")},
        reports=tuple(made("reports")),
        tasks=tuple(made("tasks")),
        # columns: a command makes only the events it shows
        events=EventLog.from_columns(columns["events"], order=body["event_order"]),
    )


def get_plan(data: bytes) -> Plan | None:
    """The validated plan stored for exactly these bytes, or None."""
    if not enabled():
        return None
    try:
        found = _unpack(_entry(plan_key(data)), {"code": code_fingerprint()})
        if found is None or found[1] != data:
            return None
        return decode_plan(found[0])
    except Exception:  # a cache must never be the reason a command fails
        return None


def put_plan(data: bytes, plan: Plan) -> None:
    """Remember ``plan`` (already validated) as what ``data`` holds; best effort."""
    if not enabled():
        return
    with contextlib.suppress(Exception):
        entry = _pack({"code": code_fingerprint()}, encode_plan(plan), data)
        _write(_entry(plan_key(data)), entry)
        _prune()


def _prune() -> None:
    """Keep the newest entries; remove those of older formats."""
    folder = cache_dir()
    entries = []
    for name in os.listdir(folder):
        if not name.startswith(_PLAN_PREFIX):
            continue
        if not name.endswith(_SUFFIX):  # an entry of an older format: never read again
            with contextlib.suppress(OSError):
                (folder / name).unlink()
            continue
        with contextlib.suppress(OSError):
            entries.append(((folder / name).stat().st_mtime_ns, name))
    entries.sort(reverse=True)
    for _, name in entries[MAX_PLANS:]:
        with contextlib.suppress(OSError):
            (folder / name).unlink()


# -- public holidays --------------------------------------------------------------
#
# ``holidays.marshal``: the days off of each year asked for, with the version of
# the ``holidays`` package they came from in the header.


def _stored_holidays(version: str) -> dict[str, list[str]]:
    """Every year stored by this ``version`` of the library, as ISO dates."""
    found = _unpack(cache_dir() / _HOLIDAYS, {"version": version})
    return found[0] if found is not None else {}


def get_holidays(version: str, year: int) -> frozenset[date] | None:
    """The days off stored for ``year`` by this ``version`` of the library, or None."""
    if not enabled():
        return None
    try:
        days = _stored_holidays(version).get(str(year))
        return None if days is None else frozenset(map(date.fromisoformat, days))
    except Exception:
        return None


def put_holidays(version: str, year: int, days: frozenset[date]) -> None:
    """Add ``year`` to the stored days off, for this ``version``; best effort."""
    if not enabled():
        return
    try:
        years = _stored_holidays(version)
    except Exception:
        years = {}  # a damaged file is replaced whole
    years[str(year)] = sorted(day.isoformat() for day in days)
    with contextlib.suppress(Exception):
        _write(cache_dir() / _HOLIDAYS, _pack({"version": version}, years))
