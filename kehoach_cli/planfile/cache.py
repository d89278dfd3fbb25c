"""A disk cache of validated plans and of Vietnam's public holidays.

Parsing and validating a plan of 5,000 tasks and 20,000 events takes longer
than Python takes to start; this cache lets a command that reads an unchanged
plan skip both. It is built so that it can never change an answer:

* An entry is found by the content of the file, never by its name or
  modification time: its key is the CRC-32 and the size of the file's bytes
  (and a hash of the code that validates them), and it holds a copy of those
  bytes, which must equal the file's byte for byte. A stale entry cannot be
  served: any edit, even one that keeps size, mtime and CRC, is a miss.
* Only valid plans are stored, and what is stored is the validated plan, as
  plain text and integers (see "encoding the plan" below), checked against a
  CRC-32 before use: loading it can never run code, unlike pickle.
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
import os
import sys
import zlib
from collections import deque
from collections.abc import Callable, Container, Iterable
from dataclasses import fields
from datetime import date
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from typing import Any, Literal, cast

from kehoach_cli.core.model import Agency, Event, EventLog, Group, Plan, PlanInfo, Report, Task

ENV_OFF = "KEHOACH_NO_CACHE"
CACHE_FORMAT = 9  # bump when the layout of an entry changes
MAX_PLANS = 8  # newest entries kept; older ones are removed when a new one is written
_PLAN_PREFIX = "plan-"
_SUFFIX = ".bin"
# Modules whose code decides what a valid plan is and how it is represented:
# editing any of them (an editable install) changes the key of every entry.
_CODE = (
    "planfile/cache.py",
    "planfile/schema.py",
    "planfile/load.py",
    "core/model.py",
    "core/dates.py",
    "core/text.py",
    "core/calendar.py",
)


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

        here = Path(__file__).resolve().parent.parent
        parts = [f"{CACHE_FORMAT}", __version__, sys.version, sys.byteorder]
        for name in _CODE:
            try:
                st = (here / name).stat()
                parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
            except OSError:
                parts.append(f"{name}:?")
        _fingerprint = "\n".join(parts).encode()
    return _fingerprint


def plan_key(data: bytes) -> str:
    """The name of the entry for ``data``: the code's hash, then the bytes' CRC-32 and size.

    The entry also holds ``data`` itself and is used only if that copy equals
    the file: an exact check, cheaper than a cryptographic hash of the file
    (BLAKE2b takes ~6 ms for a 5,000-task plan, CRC-32 ~1 ms, comparing ~0.2 ms).
    """
    global _code_key
    if _code_key is None:
        try:  # BLAKE2 is built into CPython; hashlib would first load OpenSSL (~4 ms)
            from _blake2 import blake2b
        except ImportError:  # pragma: no cover - an interpreter built without it
            from hashlib import blake2b
        _code_key = blake2b(code_fingerprint(), digest_size=16).hexdigest()
    return f"{_code_key}-{zlib.crc32(data):08x}-{len(data)}"


_code_key: str | None = None


# -- encoding the plan ----------------------------------------------------------
#
# An entry's body has two parts: every distinct string of the plan once, in
# UTF-16, separated by NUL; then every number, as 32-bit integers (64-bit if
# one does not fit) in the machine's byte order (part of the key). Each
# dataclass is stored a column at a time, one number per instance and field:
# a string is its position in the string table (0 for None), a date its
# position in a table of days (0 for None), a tuple of strings its position in a
# table of tuples. The tables of tuples and days come first.
# Field types are read from the model's annotations, so a field added to the
# model is cached without changes here; a type this codec does not know makes
# the plan uncacheable (it is simply parsed every time), never wrong.
#
# Why not JSON: at 5,000 tasks and 20,000 events, JSON gives back a quarter of
# a million separate strings, and decoding them took longer than a whole
# command may. Here each distinct string is decoded once (a split of one UTF-16
# text), the numbers come out of one memoryview at C speed, and instances are
# built a column at a time. Nothing in an entry can run code when loaded: it
# is text and integers, checked against a CRC-32 before use.

_MAGIC = b"kehoach-plan-cache\n"
_SPARSE = 4  # a column is stored sparse when under a quarter of it differs from the rest
_SEPARATOR = "\0"
# UTF-16 rather than UTF-8: Vietnamese text (a fifth of its letters accented,
# each two or three bytes in UTF-8) decodes about twice as fast from it, for a
# string table about half as large again.
_TEXT_CODEC = "utf-16-le"
_KINDS = {
    "str": "str",
    "str|None": "str?",
    "date": "date",
    "date|None": "date?",
    "int": "int",
    "tuple[str,...]": "tuple",
}
_CLASSES = (PlanInfo, Agency, Group, Report, Task, Event)
_PLAN_FIELDS = ("info", "sections", "agencies", "groups", "reports", "tasks", "events")
_layouts: dict[type, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _layout(cls: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Field names of ``cls`` and how each is stored."""
    found = _layouts.get(cls)
    if found is None:
        names: list[str] = []
        kinds: list[str] = []
        for f in fields(cls):
            kind = _KINDS.get(str(f.type).replace(" ", ""))
            if kind is None:
                raise TypeError(f"{cls.__name__}.{f.name}: cannot cache a field of type {f.type}")
            names.append(f.name)
            kinds.append(kind)
        found = _layouts[cls] = (tuple(names), tuple(kinds))
    return found


class _Encoder:
    """Gathers the string table, the tuple table and the numbers of one entry."""

    def __init__(self) -> None:
        self.strings: dict[str | None, int] = {None: 0}
        self.tuples: dict[tuple[str, ...], int] = {}
        self.tuple_numbers: list[int] = []
        self.days: dict[date | None, int] = {None: 0}
        self.numbers: list[int] = []

    def string_codes(self, column: list[Any]) -> list[int]:
        table = self.strings
        for value in set(column).difference(table):
            if type(value) is not str or _SEPARATOR in value:
                raise TypeError("a string this cache cannot hold")
            table[value] = len(table)
        return list(map(table.__getitem__, column))

    def tuple_codes(self, column: list[Any]) -> list[int]:
        table = self.tuples
        for value in dict.fromkeys(column).keys() - table.keys():  # first-seen order
            if type(value) is not tuple:
                raise TypeError("not a tuple")
            table[value] = len(table)
            self.tuple_numbers += [len(value), *self.string_codes(list(value))]
        return list(map(table.__getitem__, column))

    def day_codes(self, column: list[Any]) -> list[int]:
        table = self.days
        for value in set(column).difference(table):
            if type(value) is not date:
                raise TypeError("not a date")
            table[value] = len(table)
        return list(map(table.__getitem__, column))

    def add(self, cls: type, items: list[Any]) -> None:
        """The columns of ``items``, every one an instance of exactly ``cls``."""
        names, kinds = _layout(cls)
        if not set(map(type, items)) <= {cls}:
            raise TypeError(f"not all {cls.__name__}")
        for name, kind in zip(names, kinds, strict=True):
            column = list(map(attrgetter(name), items))
            if kind.startswith("str"):
                codes = self.string_codes(column)
            elif kind.startswith("date"):
                codes = self.day_codes(column)
            elif kind == "tuple":
                codes = self.tuple_codes(column)
            elif set(map(type, column)) <= {int}:
                codes = column
            else:
                raise TypeError(f"{cls.__name__}.{name} is not an int")
            if kind in ("str", "date") and 0 in codes:
                raise TypeError(f"{cls.__name__}.{name} is None")
            self.column(codes)

    def column(self, codes: list[int]) -> None:
        """Dense (``0, code...``), or sparse when one value fills most of it
        (``1, fill, k, k positions, k codes``): notes, references and the
        report fields of status events are mostly empty."""
        from collections import Counter
        from itertools import compress

        if not codes:
            self.numbers.append(0)
            return
        # A value that fills most of the column fills most of any sample of it.
        ((fill, _),) = Counter(codes[:: max(1, len(codes) // 256)]).most_common(1)
        if (len(codes) - codes.count(fill)) * _SPARSE > len(codes):
            self.numbers += [0, *codes]
            return
        positions = list(compress(range(len(codes)), map(fill.__ne__, codes)))
        self.numbers += [1, fill, len(positions), *positions]
        self.numbers += map(codes.__getitem__, positions)

    def body(self, counts: list[int]) -> bytes:
        import array

        # after the first key of each table (None, code 0) every key is a string or a date
        strings = cast("list[str]", list(self.strings)[1:])
        text = _SEPARATOR.join(strings).encode(_TEXT_CODEC)  # in index order
        days = [day.toordinal() for day in cast("list[date]", list(self.days)[1:])]  # in code order
        numbers = [*counts, len(self.tuples), *self.tuple_numbers, len(days), *days, *self.numbers]
        width = "i" if max(numbers, default=0) < 2**31 and min(numbers, default=0) >= 0 else "q"
        return (
            b"%d %s\n" % (len(text), width.encode()) + text + array.array(width, numbers).tobytes()
        )


def encode_plan(plan: Plan) -> bytes:
    """The body of an entry for ``plan``; raises TypeError on what it cannot hold."""
    if tuple(f.name for f in fields(Plan)) != _PLAN_FIELDS:
        raise TypeError("Plan has fields this cache does not know")
    encoder = _Encoder()
    # The values filling the long columns (an event's agency and status, the
    # commonest days) take the first codes: CPython keeps one object for each
    # integer up to 256, so reading those columns back makes no new integers.
    events = plan.events
    encoder.string_codes([*plan.agencies, *sorted(set(events.column("status")) - {None})])
    from collections import Counter

    days = Counter(events.column("date"))
    days.update(task.due for task in plan.tasks if task.due is not None)
    encoder.day_codes([day for day, _ in days.most_common(255)])
    encoder.numbers += encoder.string_codes(list(plan.sections))
    encoder.numbers += encoder.string_codes(list(plan.sections.values()))
    groups: list[list[Any]] = [
        [plan.info],
        list(plan.agencies.values()),
        list(plan.groups.values()),
        list(plan.reports),
        list(plan.tasks),
        list(plan.events),
    ]
    for cls, items in zip(_CLASSES, groups, strict=True):
        encoder.add(cls, items)
    encoder.column(plan.events.effect_order())  # derived, but a sort a command need not redo
    if any(key != a.key for key, a in plan.agencies.items()) or any(
        key != g.key for key, g in plan.groups.items()
    ):
        raise TypeError("agencies or groups not keyed by their own key")
    return encoder.body([len(plan.sections), *map(len, groups)])


class _Decoder:
    """Reads back what ``_Encoder`` wrote; raises on anything that does not fit.

    It reads straight from the entry's bytes (a memory map): the numbers are
    taken a column at a time, never all turned into Python integers at once.
    """

    def __init__(
        self, body: memoryview | bytes, strings: list[str | None] | None = None, width: str = ""
    ) -> None:
        body = memoryview(body)
        if strings is None:
            end = bytes(body[:32]).index(b"\n")
            length, kind = bytes(body[:end]).split(b" ")
            width = kind.decode()
            start = end + 1
            strings = [None, *_split_text(body[start : start + int(length)])]
            body = body[start + int(length) :]
        if width not in ("i", "q"):
            raise ValueError("unknown number width")
        self.strings = strings
        self.width = width
        # "i" or "q" as checked above: 32-bit when every number fits, as they do in practice
        self.numbers = body.cast(cast("Literal['i', 'q']", width))
        self.at = 0

    def take(self, n: int) -> memoryview:
        if n < 0 or self.at + n > len(self.numbers):
            raise ValueError("entry cut short")
        taken = self.numbers[self.at : self.at + n]
        self.at += n
        return taken

    def strings_of(self, column: Iterable[int]) -> list[Any]:
        # The CRC has vouched for every number, and the encoder never writes
        # None (0) where a string belongs; an index past the end still raises.
        return list(map(self.strings.__getitem__, column))

    def read_tables(self) -> None:
        """The tables of tuples and of days that columns refer to."""
        (count,) = self.take(1)
        found: list[tuple[str, ...]] = []
        for _ in range(count):
            (size,) = self.take(1)
            found.append(tuple(self.strings_of(self.take(size))))
        self.tuples = found
        (count,) = self.take(1)
        self.days: list[date | None] = [None, *map(date.fromordinal, self.take(count))]

    def column(self, count: int, convert: Callable[[Iterable[int]], list[Any]]) -> list[Any]:
        """The values of one column written by ``_Encoder.column``."""
        (mode,) = self.take(1)
        if mode == 0:
            return convert(self.take(count))
        if mode != 1:
            raise ValueError("unknown column layout")
        fill, k = self.take(2)
        positions = self.take(k)
        column = convert([fill]) * count
        for at, value in zip(positions, convert(self.take(k)), strict=True):
            column[at] = value
        return column

    def skip_column(self, count: int, kind: str) -> Callable[[], list[Any]]:
        """Step over one column, checked now, and return what decodes it later:
        a command may never need it. The numbers are copied, the entry itself
        is closed by then."""
        if kind not in ("str", "str?", "int"):
            raise ValueError(f"cannot defer a {kind} column")
        start = self.at
        (mode,) = self.take(1)
        if mode == 0:
            codes = self.take(count)
        elif mode == 1:
            k = self.take(2)[1]
            if max(self.take(k), default=0) >= count:
                raise ValueError("position out of range")
            codes = self.take(k)
        else:
            raise ValueError("unknown column layout")
        if kind != "int" and max(codes, default=0) >= len(self.strings):
            raise ValueError("string out of range")
        later = _Decoder(self.numbers[start : self.at].tobytes(), self.strings, self.width)
        return lambda: later.column(count, later.strings_of if kind != "int" else _ints)

    def read(self, cls: type, count: int) -> list[Any]:
        # nothing deferred: every column is a list
        columns = cast("Iterable[list[Any]]", self.read_columns(cls, count).values())
        if count == 0:
            return []
        build = _builder(cls) if count >= _MANY else cls
        made = list(map(build, *columns))
        if build is not cls:  # give each its real class, in a loop run by C
            deque(map(setattr, made, repeat("__class__"), repeat(cls)), maxlen=0)
        return made

    def read_columns(
        self, cls: type, count: int, defer: Container[str] = ()
    ) -> dict[str, list[Any] | Callable[[], list[Any]]]:
        """The values of each field of ``count`` instances of ``cls``, a list per
        field; for the fields in ``defer``, what reads the list when asked."""
        columns: dict[str, list[Any] | Callable[[], list[Any]]] = {}
        for name, kind in zip(*_layout(cls), strict=True):
            if name in defer:
                columns[name] = self.skip_column(count, kind)
            elif kind.startswith("str"):
                columns[name] = self.column(count, self.strings_of)
            elif kind.startswith("date"):
                columns[name] = self.column(
                    count, self.dates_of if kind == "date?" else self.required_dates_of
                )
            elif kind == "tuple":
                columns[name] = self.column(count, self.tuples_of)
            else:
                columns[name] = self.column(count, _ints)
        return columns

    def tuples_of(self, column: Iterable[int]) -> list[tuple[str, ...]]:
        return list(map(self.tuples.__getitem__, column))

    def dates_of(self, column: Iterable[int]) -> list[date | None]:
        return list(map(self.days.__getitem__, column))

    def required_dates_of(self, column: Iterable[int]) -> list[date | None]:
        if 0 in column:
            raise ValueError("missing date")
        return self.dates_of(column)


_CHUNK = 32 * 1024


def _split_text(text: memoryview) -> list[str]:
    """The NUL-separated strings of ``text``, decoded a few pages at a
    time: decoding a megabyte at once makes a text as large to split and
    throw away, in memory the process touches for the first time."""
    from codecs import getincrementaldecoder

    decoder = getincrementaldecoder(_TEXT_CODEC)()  # keeps a character cut at a chunk's end
    found: list[str] = []
    tail = ""
    for start in range(0, len(text), _CHUNK):
        pieces = decoder.decode(text[start : start + _CHUNK]).split(_SEPARATOR)
        pieces[0] = tail + pieces[0]
        tail = pieces.pop()
        found += pieces
    found.append(tail + decoder.decode(b"", final=True))
    return found


def _ints(column: Iterable[int]) -> list[int]:
    return column.tolist() if isinstance(column, memoryview) else list(column)


# Fields of an event that judging never reads: decoded when an event is made.
_DEFERRED = ("note", "ref", "by", "seq")


def decode_plan(body: memoryview | bytes) -> Plan:
    """The Plan that ``encode_plan`` saw; raises on anything that does not fit."""
    decoder = _Decoder(body)
    n_sections, *counts = decoder.take(1 + len(_CLASSES)).tolist()
    decoder.read_tables()
    keys = decoder.strings_of(decoder.take(n_sections))
    titles = decoder.strings_of(decoder.take(n_sections))
    info, agencies, groups, reports, tasks = (
        decoder.read(cls, n) for cls, n in zip(_CLASSES[:-1], counts[:-1], strict=True)
    )
    # Events stay columns: a command makes only the events it shows.
    event_columns = decoder.read_columns(Event, counts[-1], defer=_DEFERRED)
    event_order = decoder.column(counts[-1], _ints)
    if decoder.at != len(decoder.numbers) or counts[0] != 1:
        raise ValueError("entry does not end where it should")
    return Plan(
        info=info[0],
        sections=dict(zip(keys, titles, strict=True)),
        agencies={a.key: a for a in agencies},
        groups={g.key: g for g in groups},
        reports=tuple(reports),
        tasks=tuple(tasks),
        events=EventLog.from_columns(event_columns, _maker(Event), event_order),
    )


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


def _maker(cls: type) -> Callable[..., Any]:
    """A function making one instance of ``cls`` from its field values, through
    the fast twin of ``_builder`` when there is one. The twin is built on the
    first call: most commands make no event at all."""
    build: type | None = None

    def make(*values: Any) -> Any:
        nonlocal build
        if build is None:
            build = _builder(cls)
        made = build(*values)
        if build is not cls:
            made.__class__ = cls
        return made

    return make


# -- entries on disk ----------------------------------------------------------


def _entry(key: str) -> Path:
    return cache_dir() / f"{_PLAN_PREFIX}{key}{_SUFFIX}"


# An entry: the magic line, its key, then "CRC-of-body SIZE-of-file", the
# file's bytes, and the body (see "encoding the plan").


def get_plan(data: bytes) -> Plan | None:
    """The validated plan stored for exactly these bytes, or None."""
    if not enabled():
        return None
    collecting = gc.isenabled()
    gc.disable()  # tens of thousands of new objects, none of them garbage
    try:
        key = plan_key(data)
        with open(_entry(key), "rb") as handle:
            import mmap

            # Mapped, not read: an entry holds the plan file's bytes and more,
            # and reading them would copy every page into fresh memory.
            with (
                mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped,
                memoryview(mapped) as stored,
            ):
                return _plan_of(stored, key, data)
    except Exception:  # a cache must never be the reason a command fails
        return None
    finally:
        if collecting:
            gc.enable()


def _plan_of(stored: memoryview, key: str, data: bytes) -> Plan | None:
    header = _MAGIC + key.encode() + b"\n"
    if stored[: len(header)] != header:
        return None
    end = len(header) + bytes(stored[len(header) : len(header) + 48]).index(b"\n")
    crc, size = map(int, bytes(stored[len(header) : end]).split(b" "))
    start = end + 1
    copy = stored[start : start + size]
    if size != len(data) or len(copy) != size or not data.startswith(copy):
        return None  # another file with the same CRC and size
    body = stored[start + size :]
    if zlib.crc32(body) != crc:
        return None
    return decode_plan(body)


def put_plan(data: bytes, plan: Plan) -> None:
    """Remember ``plan`` (already validated) as what ``data`` holds; best effort."""
    if not enabled():
        return
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of new numbers, none of them garbage
    try:
        key = plan_key(data)
        body = encode_plan(plan)
        header = _MAGIC + key.encode() + b"\n%d %d\n" % (zlib.crc32(body), len(data))
        _write(_entry(key), header + data + body)
        _prune()
    except Exception:
        return
    finally:
        if collecting:
            gc.enable()


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


def _prune() -> None:
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


# -- public holidays ------------------------------------------------------------
#
# The days off of a year do not change until the ``holidays`` package does, so
# they are kept per year, with the version of the package they came from
# (``kehoach_cli.planfile.holidays`` says which).

_HOLIDAYS_FILE = "holidays.txt"  # "kehoach-holidays FORMAT", the version, then "YEAR ORD ORD ..."


def _read_holidays(version: str) -> dict[int, list[int]]:
    """The years stored for this ``version`` of the holidays package; {} if none."""
    with open(cache_dir() / _HOLIDAYS_FILE, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    if lines[:2] != [f"kehoach-holidays {CACHE_FORMAT}", version.replace("\n", "?")]:
        return {}
    years: dict[int, list[int]] = {}
    for line in lines[2:]:
        if line:
            year, *days = map(int, line.split(" "))
            years[year] = days
    return years


def get_holidays(version: str, year: int) -> frozenset[date] | None:
    """The days off stored for ``year`` by this ``version`` of the library, or None."""
    if not enabled():
        return None
    try:
        days = _read_holidays(version).get(year)
        return None if days is None else frozenset(map(date.fromordinal, days))
    except Exception:
        return None


def put_holidays(version: str, year: int, days: frozenset[date]) -> None:
    """Add ``year`` to the stored days off, for this ``version``; best effort."""
    if not enabled():
        return
    try:
        years = _read_holidays(version)
    except Exception:
        years = {}  # a damaged file is replaced whole
    years[year] = sorted(day.toordinal() for day in days)
    lines = [f"kehoach-holidays {CACHE_FORMAT}", version.replace("\n", "?")]
    lines += [" ".join(map(str, [y, *found])) for y, found in sorted(years.items())]
    with contextlib.suppress(Exception):
        _write(cache_dir() / _HOLIDAYS_FILE, ("\n".join(lines) + "\n").encode("utf-8"))
