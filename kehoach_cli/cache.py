"""A disk cache of validated plans and of Vietnam's public holidays.

Parsing and validating a plan of 5,000 tasks and 20,000 events takes longer
than Python takes to start; this cache lets a command that reads an unchanged
plan skip both. It is built so that it can never change an answer:

* An entry is found by the SHA-256 of the file's bytes (and of the code that
  validates them), never by its name or modification time, so a stale entry
  cannot be served: any edit, even one that keeps size and mtime, is a miss.
* Only valid plans are stored, and what is stored is the validated plan, as
  plain JSON data (strings, numbers, lists): loading it can never run code,
  unlike pickle.
* Nothing here may make a command fail. A missing, unreadable, corrupt or
  unwritable cache, or one from another version, just means parsing the file;
  entries are written to a temporary file and renamed, so readers never see
  half of one.
* It lives in the user's cache directory, never in the repository:
  ``$XDG_CACHE_HOME/kehoach`` (else ``~/.cache/kehoach``; on Windows
  ``%LOCALAPPDATA%\\kehoach\\Cache``; on macOS ``~/Library/Caches/kehoach``).
  ``KEHOACH_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import Any

from kehoach_cli.model import Agency, Event, Group, Plan, PlanInfo, Report, Task

ENV_OFF = "KEHOACH_NO_CACHE"
CACHE_FORMAT = 1  # bump when the layout of an entry changes
MAX_PLANS = 8  # newest entries kept; older ones are removed when a new one is written
_PLAN_PREFIX = "plan-"
_SUFFIX = ".json"
# Modules whose code decides what a valid plan is and how it is represented:
# editing any of them (an editable install) changes the key of every entry.
_CODE = ("cache.py", "model.py", "schema.py", "storage.py", "dates.py", "text.py", "workdays.py")


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


_fingerprint: bytes | None = None


def code_fingerprint() -> bytes:
    """What, besides the file's bytes, the cached plan depends on."""
    global _fingerprint
    if _fingerprint is None:
        from kehoach_cli import __version__

        here = Path(__file__).resolve().parent
        parts = [f"{CACHE_FORMAT}", __version__, sys.version]
        for name in _CODE:
            try:
                st = (here / name).stat()
                parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
            except OSError:
                parts.append(f"{name}:?")
        _fingerprint = "\n".join(parts).encode()
    return _fingerprint


def plan_key(data: bytes) -> str:
    digest = hashlib.sha256(code_fingerprint())
    digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


# -- encoding the plan as plain data -----------------------------------------
#
# Each dataclass instance becomes a list of its field values in field order.
# Field types are read from the model's annotations, so a field added to the
# model is cached without changes here; a type this codec does not know makes
# the plan uncacheable (it is simply parsed every time), never wrong. JSON
# gives back only str, int, float, bool, None, list and dict; dates travel
# as ordinals and tuples as lists.

_SIMPLE = {"str", "str|None", "int", "int|None", "bool"}
_layouts: dict[type, tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]] = {}


def _layout(cls: type) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """Field names, and the positions of date fields and of tuple fields."""
    found = _layouts.get(cls)
    if found is None:
        names: list[str] = []
        dates: list[int] = []
        tuples: list[int] = []
        for i, f in enumerate(fields(cls)):
            kind = str(f.type).replace(" ", "")
            if kind in ("date", "date|None"):
                dates.append(i)
            elif kind == "tuple[str,...]":
                tuples.append(i)
            elif kind not in _SIMPLE:
                raise TypeError(f"{cls.__name__}.{f.name}: cannot cache a field of type {kind}")
            names.append(f.name)
        found = _layouts[cls] = (tuple(names), tuple(dates), tuple(tuples))
    return found


def _encode_all(cls: type, items: Iterable[Any]) -> list[list[Any]]:
    """Rows of field values for ``items`` (all of class ``cls``), ready for JSON."""
    names, dates, tuples = _layout(cls)
    items = list(items)
    if any(type(item) is not cls for item in items):
        raise TypeError(f"not all {cls.__name__}")
    fetch = attrgetter(*names)  # every field at once, at C speed
    rows = [list(fetch(item)) if len(names) > 1 else [fetch(item)] for item in items]
    for i in dates:
        for row in rows:
            if row[i] is not None:
                row[i] = row[i].toordinal()
    for i in tuples:
        for row in rows:
            row[i] = list(row[i])
    return rows


def _decode_all(cls: type, rows: list[Any]) -> list[Any]:
    """Instances of ``cls`` from rows made by ``_encode``; raises on a bad row.

    Works a column at a time: 20,000 events are decoded in a few
    milliseconds, where a loop over rows takes ten times longer.
    """
    if not rows:
        return []
    names, dates, tuples = _layout(cls)
    if not all(type(row) is list for row in rows):
        raise TypeError(f"bad {cls.__name__} entry")
    columns = list(zip(*rows, strict=True))
    if len(columns) != len(names):
        raise TypeError(f"bad {cls.__name__} entry")
    for i in dates:
        days = {d: date.fromordinal(d) for d in set(columns[i]) if d is not None}
        columns[i] = tuple(map(days.get, columns[i]))
    for i in tuples:
        columns[i] = tuple(map(tuple, columns[i]))
    build = _builder(cls) if len(rows) >= _MANY else cls
    made = list(map(build, *columns))
    if build is not cls:
        for item in made:
            item.__class__ = cls
    return made


_MANY = 200  # below this, building the fast twin costs more than it saves
_twins: dict[type, type] = {}


def _builder(cls: type) -> type:
    """A class that makes instances of ``cls`` faster than ``cls`` itself.

    A frozen dataclass sets each field through ``object.__setattr__``, about
    four times slower than a plain ``__init__``: 40 ms for 20,000 events. For
    a frozen dataclass with ``__slots__`` and no ``__post_init__``, a plain
    twin with the same slots fills the instances, which then take their real
    class (CPython allows assigning ``__class__`` between classes of identical
    layout). What comes out is an ordinary, frozen instance of ``cls``; for
    any other class, ``cls`` itself is used.
    """
    found = _twins.get(cls)
    if found is None:
        found = cls
        names = _layout(cls)[0]
        slots = cls.__dict__.get("__slots__")
        if slots is not None and tuple(slots) == names and not hasattr(cls, "__post_init__"):
            from dataclasses import make_dataclass

            try:
                twin = make_dataclass(
                    f"_{cls.__name__}Filler",
                    [(name, object) for name in names],
                    slots=True,
                    eq=False,
                    repr=False,
                )
                probe = twin(*names)
                probe.__class__ = cls
                if all(getattr(probe, n) == n for n in names):
                    found = twin
            except TypeError:
                pass
        _twins[cls] = found
    return found


_PLAN_FIELDS = ("info", "sections", "agencies", "groups", "reports", "tasks", "events")


def encode_plan(plan: Plan) -> dict[str, Any]:
    if tuple(f.name for f in fields(Plan)) != _PLAN_FIELDS:
        raise TypeError("Plan has fields this cache does not know")
    return {
        "info": _encode_all(PlanInfo, [plan.info])[0],
        "sections": dict(plan.sections),
        "agencies": _encode_all(Agency, plan.agencies.values()),
        "groups": _encode_all(Group, plan.groups.values()),
        "reports": _encode_all(Report, plan.reports),
        "tasks": _encode_all(Task, plan.tasks),
        "events": _encode_all(Event, plan.events),
    }


def decode_plan(data: dict[str, Any]) -> Plan:
    """The Plan that ``encode_plan`` saw; raises on anything that does not fit."""
    sections = data["sections"]
    if type(sections) is not dict or not all(type(v) is str for v in sections.values()):
        raise TypeError("bad sections")
    (info,) = _decode_all(PlanInfo, [data["info"]])
    return Plan(
        info=info,
        sections=sections,
        agencies={a.key: a for a in _decode_all(Agency, data["agencies"])},
        groups={g.key: g for g in _decode_all(Group, data["groups"])},
        reports=tuple(_decode_all(Report, data["reports"])),
        tasks=tuple(_decode_all(Task, data["tasks"])),
        events=tuple(_decode_all(Event, data["events"])),
    )


# -- entries on disk ----------------------------------------------------------


def _entry(key: str) -> Path:
    return cache_dir() / f"{_PLAN_PREFIX}{key}{_SUFFIX}"


def get_plan(data: bytes) -> Plan | None:
    """The validated plan stored for exactly these bytes, or None."""
    if not enabled():
        return None
    collecting = gc.isenabled()
    gc.disable()  # tens of thousands of new objects, none of them garbage
    try:
        key = plan_key(data)
        with open(_entry(key), "rb") as handle:
            stored = json.loads(handle.read())
        if stored.get("key") != key or stored.get("format") != CACHE_FORMAT:
            return None
        return decode_plan(stored["plan"])
    except Exception:  # a cache must never be the reason a command fails
        return None
    finally:
        if collecting:
            gc.enable()


def put_plan(data: bytes, plan: Plan) -> None:
    """Remember ``plan`` (already validated) as what ``data`` holds; best effort."""
    if not enabled():
        return
    try:
        key = plan_key(data)
        payload = {"format": CACHE_FORMAT, "key": key, "plan": encode_plan(plan)}
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        _write(_entry(key), text.encode("utf-8"))
        _prune()
    except Exception:
        return


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a reader sees the old file or the new one."""
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


def _prune() -> None:
    folder = cache_dir()
    entries = []
    for name in os.listdir(folder):
        if name.startswith(_PLAN_PREFIX) and name.endswith(_SUFFIX):
            with contextlib.suppress(OSError):
                entries.append(((folder / name).stat().st_mtime_ns, name))
    entries.sort(reverse=True)
    for _, name in entries[MAX_PLANS:]:
        with contextlib.suppress(OSError):
            (folder / name).unlink()


# -- public holidays ------------------------------------------------------------
#
# Importing the ``holidays`` package costs 100-200 ms, more than a whole cached
# command. The days off of a year do not change until the package does, so
# they are kept per year, keyed on the installed package's files.

_HOLIDAYS_FILE = "holidays.json"


def _holidays_version() -> str:
    from importlib.util import find_spec

    spec = find_spec("holidays")
    if spec is None or not spec.origin:
        return "none"
    parts = []
    origin = Path(spec.origin)
    for path in (origin, origin.parent / "countries" / "vietnam.py"):
        try:
            st = path.stat()
            parts.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{path}:?")
    return "|".join(parts)


def cached_holidays(
    provider: Callable[[int], frozenset[date]],
) -> Callable[[int], frozenset[date]]:
    """``provider`` behind the disk cache: the same answers, without the import."""
    memo: dict[int, frozenset[date]] = {}

    def holidays_of(year: int) -> frozenset[date]:
        if year in memo:
            return memo[year]
        if not enabled():
            memo[year] = provider(year)
            return memo[year]
        stored: dict[str, Any] = {}
        version = ""
        try:
            version = _holidays_version()
            with open(cache_dir() / _HOLIDAYS_FILE, "rb") as handle:
                stored = json.loads(handle.read())
            if stored.get("version") == version and stored.get("format") == CACHE_FORMAT:
                days = stored["years"][str(year)]
                if type(days) is list:
                    memo[year] = frozenset(date.fromordinal(d) for d in days)
                    return memo[year]
        except Exception:
            pass
        memo[year] = provider(year)
        with contextlib.suppress(Exception):
            years = stored.get("years") if stored.get("version") == version else None
            years = dict(years) if type(years) is dict else {}
            years[str(year)] = sorted(d.toordinal() for d in memo[year])
            payload = {"format": CACHE_FORMAT, "version": version, "years": years}
            _write(cache_dir() / _HOLIDAYS_FILE, json.dumps(payload).encode())
        return memo[year]

    return holidays_of


def use_cached_holidays() -> None:
    """Let the default working-day calendar fetch holidays through this cache.

    ``workdays`` stays free of I/O: it takes a provider, and this wraps the
    default one. Idempotent; the answers are the provider's own.
    """
    from kehoach_cli import workdays

    calendar = workdays.DEFAULT_CALENDAR
    if getattr(calendar, "_provider", None) is workdays.vietnam_holidays:
        calendar._provider = cached_holidays(workdays.vietnam_holidays)
