"""A disk cache of validated plans and of Vietnam's public holidays.

Parsing and validating a plan of 5,000 tasks and 20,000 events takes longer
than Python takes to start; this cache lets a command that reads an unchanged
plan skip both. It is built so that it can never change an answer:

* An entry is found by the content of the file, never by its name or
  modification time: it holds a copy of the file's bytes, which must equal
  the file's byte for byte, and is signed for a fingerprint of the code that
  validated it. It is used only for the very bytes it was made from, by the
  very code that made it. A stale entry cannot be served.
* Only valid plans are stored, as strings, integers, lists and tuples in
  ``marshal``'s format, read only once their signature matches: loading an
  entry can never run code, unlike pickle. The signature is a keyed BLAKE2b
  of what the entry depends on (its format, the code, the CRC-32 and size of
  the plan's bytes) and of its body's CRC-32 and size, under a random key
  kept in the cache directory: a body made from another plan, or an edited
  list of holidays, does not verify, and nobody without the key can make
  one. (Pairing a body with another plan of the same CRC-32 and size, or a
  signature with another body of the same CRC-32 and size, would take bytes
  crafted to collide and write access to the user's private directory below,
  which could as well change the plan itself; hashing megabytes with BLAKE2b
  instead would cost a large plan several milliseconds.)
* Only the user can feed it. The directory is created mode 0700 and used only
  while it is a real directory owned by the user that group and others cannot
  write; each file is opened without following links or waiting on a FIFO and
  read only if it is a regular file owned by the user. Anything else is
  ignored: the command reads the plan as if there were no cache.
* Nothing here may make a command fail. A missing, unreadable, corrupt or
  unwritable cache, or one from another version, just means parsing the file.
  Entries are written under a temporary name and renamed, so readers never
  see half of one.
* It lives in the user's cache directory, never in the repository:
  ``$XDG_CACHE_HOME/kehoach`` when that is an absolute path other than "/"
  (else ``~/.cache/kehoach``; on Windows ``%LOCALAPPDATA%\\kehoach\\Cache``; on
  macOS ``~/Library/Caches/kehoach``). ``KEHOACH_NO_CACHE=1`` turns it off.

Every file here is the 32 bytes of its signature, the size of its body (8
bytes), the body (``marshal.dumps`` of plain data) and, for a plan, the bytes
of the plan file; it is mapped into memory (``mmap``), not read. What an
entry depends on is not written in it: the reader signs what it expects, so
an entry of another format, code, library version or plan simply does not
verify. A plan's entry is named by the CRC-32s of the code and of the plan's
bytes and their size. A plan's body is a dict: ``sections`` as (key, title)
pairs; for each kind of record (``plan``, ``agencies``, ``groups``,
``reports``, ``tasks``, ``events``) a dict from each field of the model's
record to its values, in file order, dates as ISO text; and ``event_order``,
the events' order of effect, so that no command sorts them again.

SQLite (a table per kind of record) and JSON were tried first: at 5,000 tasks
and 22,000 events they read the plan back three and a half and twice as slowly
as ``marshal``, and a cached ``overdue`` took 1.8 and 1.5 times as long as
``python -c "import typer, tabulate"``, against 1.3 with ``marshal``.
"""

from __future__ import annotations

import contextlib
import marshal
import mmap
import os
import stat
import sys
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

try:  # CPython's own BLAKE2: signing an entry does not load OpenSSL (hashlib)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other interpreters
    from hashlib import blake2b

from kehoach_cli.core.model import Agency, Event, EventLog, Group, Plan, PlanInfo, Report, Task

ENV_OFF = "KEHOACH_NO_CACHE"
FORMAT = 13  # bump when the layout of an entry changes
MAX_PLANS = 8  # newest entries kept; older ones are removed when a new one is written
_PLAN_PREFIX = "plan-"
_SUFFIX = ".marshal"
_HOLIDAYS = "holidays.marshal"
_KEY = "key"  # the random key that signs every file of the cache
_KEY_SIZE = 32
_SIGNATURE_SIZE = 32  # bytes of a keyed BLAKE2b
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
# The records of each kind, and the model's record whose fields they have.
_RECORDS: dict[str, type] = {
    "plan": PlanInfo,
    "agencies": Agency,
    "groups": Group,
    "reports": Report,
    "tasks": Task,
    "events": Event,
}
# The types of field in the model an entry can hold, and their values' type.
_TYPES: dict[Any, type] = {
    str: str,
    str | None: str,
    int: int,
    bool: bool,
    date: date,
    date | None: date,
    tuple[str, ...]: tuple,
}


def enabled() -> bool:
    return os.environ.get(ENV_OFF, "").strip().lower() in ("", "0", "false", "no")


def cache_dir() -> Path:
    """The per-user cache directory for kehoach (not created here)."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg) and Path(xdg) != Path(xdg).parent:  # not relative, not "/"
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


def plan_key(data: bytes | BinaryIO) -> str:
    """The name of the entry for ``data`` (bytes, or a file's): CRC-32s of the
    code and of the bytes, and their size.

    The entry's signature binds its body to this name; the bytes themselves are
    compared with the copy the entry holds.
    """
    crc = size = 0
    for block in _blocks(data):
        crc, size = zlib.crc32(block, crc), size + len(block)
    return f"{zlib.crc32(code_fingerprint().encode()):08x}-{crc:08x}-{size}"


_BLOCK = 1 << 16  # what is read or compared at a time: megabytes are never copied whole


def _blocks(data: bytes | BinaryIO) -> Iterator[bytes]:
    """The bytes of ``data`` (bytes, or a file's from its start) a block at a time."""
    if isinstance(data, bytes):
        yield from (data[n : n + _BLOCK] for n in range(0, len(data), _BLOCK))
        return
    data.seek(0)
    while block := data.read(_BLOCK):
        yield block


def _entry(key: str) -> Path:
    return cache_dir() / f"{_PLAN_PREFIX}{key}{_SUFFIX}"


# -- a directory and files only the user can feed ------------------------------------


def _owned(st: os.stat_result) -> bool:
    """Owned by the user running kehoach, and not writable by group or others.

    Where there are no owners to compare (Windows: ACLs), the user's own
    profile folder is trusted as it is.
    """
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return True
    return st.st_uid == getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def usable_dir(create: bool = False) -> Path | None:
    """The cache directory if only the user can feed it (made mode 0700 if asked), else None."""
    folder = cache_dir()
    try:
        if create:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = os.lstat(folder)
    except OSError:
        return None
    return folder if stat.S_ISDIR(st.st_mode) and _owned(st) else None


_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)  # a link is refused, not followed
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO opens at once (and is then refused)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _open_private(path: Path) -> BinaryIO | None:
    """``path`` open for reading if it is a regular file of the user's, else None."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError:
        return None
    file = open(fd, "rb")  # noqa: SIM115 - closed here or by the caller
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or not _owned(st):
        file.close()
        return None
    return file


def read_private(path: Path) -> bytes | None:
    """The bytes of ``path`` if it is a regular file of the user's, else None."""
    file = _open_private(path)
    if file is None:
        return None
    with file:
        return file.read()


def _mapped(path: Path) -> mmap.mmap | None:
    """``path`` mapped read-only if it is a regular file of the user's (and not empty).

    Mapped rather than read: a large plan's entry is megabytes, and copying
    them into fresh memory costs milliseconds of a command. An entry is only
    ever replaced whole (``_write`` renames a new file over it), never changed
    in place, so what is mapped stays what was written.
    """
    file = _open_private(path)
    if file is None:
        return None
    with file:
        try:
            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # an empty file cannot be mapped
            return None


def _ends_with(stored: mmap.mmap, at: int, tail: bytes | BinaryIO) -> bool:
    """From ``at`` on, ``stored`` holds exactly the bytes of ``tail`` (bytes, or a file's)."""
    for block in _blocks(tail):
        if stored[at : at + len(block)] != block:
            return False
        at += len(block)
    return at == len(stored)


def _signing_key(folder: Path, create: bool) -> bytes | None:
    """The cache's random key; made (mode 0600) when missing and ``create``."""
    found = read_private(folder / _KEY)
    if found is None and create:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        with contextlib.suppress(OSError):
            fd = os.open(folder / _KEY, flags, 0o600)
            with open(fd, "wb") as out:
                out.write(os.urandom(_KEY_SIZE))
        found = read_private(folder / _KEY)
    return found if found is not None and len(found) == _KEY_SIZE else None


def _signature(key: bytes, depends: dict[str, str | int], body: bytes | memoryview) -> bytes:
    """What binds an entry's body to what it depends on: signed with the body's
    CRC-32 and size, so that a body of megabytes is not hashed again."""
    sign = blake2b(key=key, digest_size=_SIGNATURE_SIZE)
    parts = [f"{name}={value}" for name, value in sorted(depends.items())]
    parts.append(f"body={zlib.crc32(body):08x}-{len(body)}")
    for part in map(str.encode, parts):
        sign.update(len(part).to_bytes(8, "big"))
        sign.update(part)
    return sign.digest()


def _pack(key: bytes, depends: dict[str, str | int], body: Any, tail: bytes = b"") -> bytes:
    """A file's bytes: the signature, the size of the body, the body, then ``tail``."""
    payload = marshal.dumps(body)
    signature = _signature(key, {"format": FORMAT, **depends}, payload)
    return signature + len(payload).to_bytes(8, "big") + payload + tail


def _unpack(
    folder: Path, name: str, depends: dict[str, str | int], tail: bytes | BinaryIO = b""
) -> Any | None:
    """The body of the file ``name`` if it was written in this format for
    ``depends``, signed with this cache's key, and ends with exactly ``tail``
    (bytes, or a file's)."""
    key = _signing_key(folder, create=False)
    stored = _mapped(folder / name) if key is not None else None
    if key is None or stored is None:
        return None
    with stored:
        start = _SIGNATURE_SIZE + 8
        end = start + int.from_bytes(stored[_SIGNATURE_SIZE:start], "big")
        if not _ends_with(stored, end, tail):
            return None
        with memoryview(stored) as view, view[start:end] as body:
            # a plain comparison: only the user can put a file here, so nobody can time it
            if stored[:_SIGNATURE_SIZE] != _signature(key, {"format": FORMAT, **depends}, body):
                return None
            return marshal.loads(body)  # only bytes this cache's key signed


def _write(
    folder: Path, name: str, depends: dict[str, str | int], body: Any, tail: bytes = b""
) -> None:
    """Sign and write a file atomically: a reader sees the old file or the new one."""
    import tempfile

    key = _signing_key(folder, create=True)
    if key is None:
        return
    data = _pack(key, depends, body, tail)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, folder / name)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# -- plans ----------------------------------------------------------------------


def _stored(kind: Any, column: list[Any]) -> list[Any]:
    """One field's values as an entry holds them; TypeError for a value not of type ``kind``."""
    if kind not in _TYPES:
        raise TypeError(f"cannot cache a field of type {kind}")
    expected = _TYPES[kind]
    optional = type(None) in getattr(kind, "__args__", ())
    given = [value for value in column if value is not None] if optional else column
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


def _loaded(kind: Any, column: list[Any]) -> list[Any]:
    """One field's values as the model holds them: dates made from their text, once each."""
    if _TYPES[kind] is not date or column.count(None) == len(column):  # no dates to make
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
            name: _stored(kind, [getattr(item, name) for item in items])
            for name, kind in cls.__annotations__.items()
        }
    body["event_order"] = plan.event_order
    return body


def decode_plan(body: dict[str, Any]) -> Plan:
    """The Plan that ``encode_plan`` saw."""
    columns = {
        name: {
            field: _loaded(kind, body[name][field]) for field, kind in cls.__annotations__.items()
        }
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


def get_plan(data: bytes | BinaryIO) -> Plan | None:
    """The validated plan stored for exactly these bytes, or None. Given a file,
    its bytes are read (twice) a block at a time, never held whole: a command
    that only reads the plan has no use for them."""
    folder = usable_dir() if enabled() else None
    if folder is None:
        return None
    try:
        key = plan_key(data)
        found = _unpack(folder, _entry(key).name, _plan_depends(key), data)
        return None if found is None else decode_plan(found)
    except Exception:  # a cache must never be the reason a command fails
        return None


def put_plan(data: bytes, plan: Plan) -> None:
    """Remember ``plan`` (already validated) as what ``data`` holds; best effort."""
    folder = usable_dir(create=True) if enabled() else None
    if folder is None:
        return
    with contextlib.suppress(Exception):
        key = plan_key(data)
        _write(folder, _entry(key).name, _plan_depends(key), encode_plan(plan), data)
        _prune(folder)


def _plan_depends(key: str) -> dict[str, str | int]:
    """What a plan's entry is signed for: the code, and the plan's bytes by their name."""
    return {"code": code_fingerprint(), "plan": key}


def _prune(folder: Path) -> None:
    """Keep the newest entries; remove those of older formats."""
    entries = []
    for name in os.listdir(folder):
        if not name.startswith(_PLAN_PREFIX):
            continue
        if not name.endswith(_SUFFIX):  # an entry of an older format: never read again
            with contextlib.suppress(OSError):
                (folder / name).unlink()
            continue
        with contextlib.suppress(OSError):
            entries.append(((folder / name).lstat().st_mtime_ns, name))
    entries.sort(reverse=True)
    for _, name in entries[MAX_PLANS:]:
        with contextlib.suppress(OSError):
            (folder / name).unlink()


# -- public holidays --------------------------------------------------------------
#
# ``holidays.marshal``: the days off of each year asked for and their names, with
# the version of the ``holidays`` package they came from in the header.


def _stored_holidays(folder: Path, version: str) -> dict[str, dict[str, str]]:
    """Every year stored by this ``version`` of the library: ISO date -> name."""
    found = _unpack(folder, _HOLIDAYS, {"version": version, "names": "vi"})
    return found if isinstance(found, dict) else {}


def get_holidays(version: str, year: int) -> dict[date, str] | None:
    """The days off stored for ``year`` by this ``version`` of the library, or None."""
    folder = usable_dir() if enabled() else None
    if folder is None:
        return None
    try:
        days = _stored_holidays(folder, version).get(str(year))
        return None if days is None else {date.fromisoformat(d): n for d, n in days.items()}
    except Exception:
        return None


def put_holidays(version: str, year: int, days: dict[date, str]) -> None:
    """Add ``year`` to the stored days off, for this ``version``; best effort."""
    folder = usable_dir(create=True) if enabled() else None
    if folder is None:
        return
    try:
        years = _stored_holidays(folder, version)
    except Exception:
        years = {}  # a damaged file is replaced whole
    years[str(year)] = {day.isoformat(): name for day, name in sorted(days.items())}
    with contextlib.suppress(Exception):
        _write(folder, _HOLIDAYS, {"version": version, "names": "vi"}, years)
