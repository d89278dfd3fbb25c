"""Writing the plan file: append-only events, atomic replace, one writer at a time.

Events are spliced into the text as one line each, rendered by tomlkit (never
by formatting strings into TOML), so every other byte of the file stays as it
was. The result is re-read with ``tomllib`` and validated before it replaces
the file; if the splice cannot be done safely we fall back to a full tomlkit
round trip, which is slower but equally exact.

Budget on the normal path: one ``tomllib`` parse of the new text (the re-read
check), the old plan from the cache, no tomlkit parse. The old text is parsed
only when the cache does not have it or the change is more than one inserted
block.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kehoach_cli.core.errors import KehoachError, Problem, Text, os_reason, text
from kehoach_cli.core.model import Plan
from kehoach_cli.core.text import UNSAFE
from kehoach_cli.planfile.layout import Layout, Table, is_content, scan
from kehoach_cli.planfile.load import PlanSource, RawFile, decode, parse_toml

# True once this process has replaced a file: set in the same step as the
# replacement, with Ctrl-C held back, so that an interrupted command can say
# truthfully whether its entry was written.
written = False

LOCK_SUFFIX = ".kehoach-lock"
TMP_MARK = ".kehoach-tmp"
LOCK_TIMEOUT_ENV = "KEHOACH_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 10.0
# The order of docs/format.md: what, then the free text, then who.
EVENT_KEY_ORDER = (
    "date",
    "task",
    "status",
    "report",
    "period",
    "withdraws",
    "extended_to",
    "note",
    "ref",
    "by",
)
TASK_KEY_ORDER = ("id", "section", "kind", "text", "lead", "support", "due", "references", "note")
# C0 controls except tab and newline, DEL, and lone surrogates (how Python hands
# over command-line bytes that are not UTF-8). Escape sequences in a note would
# also garble every terminal that later shows it.
# What typed text may not hold: bytes that were not UTF-8 (surrogates), and
# what could drive a terminal (``core.text.UNSAFE``).
_FORBIDDEN = re.compile(rf"[\ud800-\udfff]|{UNSAFE.pattern}")

Change = Callable[[Plan, RawFile], "str | Iterable[str]"]
Verify = Callable[[dict[str, Any], dict[str, Any]], bool]
# (old plan, old text, new text, new raw data) -> True when the new text is known
# to hold exactly the old data plus the change, without parsing the old text.
QuickVerify = Callable[[Plan, str, str, dict[str, Any]], bool]


# -- the lock -----------------------------------------------------------------


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


def lock_timeout() -> float:
    """Seconds a writer waits for another one: ``KEHOACH_LOCK_TIMEOUT`` or 10."""
    value = os.environ.get(LOCK_TIMEOUT_ENV)
    if not value:
        return DEFAULT_LOCK_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        raise KehoachError("error.file.lock_timeout", env=LOCK_TIMEOUT_ENV, value=value) from None
    return max(0.0, seconds)


def _open_lock(target: Path, mode: int) -> int:
    """The lock file's descriptor; read-only if someone else created it (cron as another user)."""
    try:
        return os.open(target, os.O_RDWR | os.O_CREAT, mode)
    except PermissionError:
        if not target.exists():
            raise
        return os.open(target, os.O_RDONLY)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)  # every process must lock the same byte
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _still_current(fd: int, target: Path) -> bool:
    """The file we locked is still the one at ``target`` (a releasing holder removes it)."""
    if sys.platform == "win32":
        return True  # the lock file is never removed there
    try:
        named = os.stat(target)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the plan's lock file; the OS releases it if the holder dies.

    An OS lock (``flock``/``msvcrt``) on a separate file, not an ``O_EXCL``
    marker: a killed holder cannot leave a stale lock behind. On POSIX the
    holder removes the file before releasing it, so nothing is left beside the
    plan (``git status`` stays clean); a waiter that then wins the removed
    file notices and starts again on a fresh one. A killed holder leaves the
    file behind, which is harmless: its lock died with it.
    """
    if timeout is None:
        timeout = lock_timeout()
    target = lock_path(path)
    try:
        mode = path.stat().st_mode & 0o666
    except OSError:
        mode = 0o644
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = _open_lock(target, mode)
        except OSError as exc:
            raise KehoachError(
                "error.file.lock_unusable", path=str(target), reason=os_reason(exc)
            ) from None
        try:
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise KehoachError(
                        "error.file.busy",
                        path=str(path),
                        seconds=f"{timeout:g}",
                        env=LOCK_TIMEOUT_ENV,
                    )
                time.sleep(0.05)
        except BaseException:
            os.close(fd)
            raise
        if _still_current(fd, target):
            break
        _unlock(fd)
        os.close(fd)
    try:
        yield
    finally:
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.unlink(target)
        _unlock(fd)
        os.close(fd)


# -- atomic replacement -------------------------------------------------------


def _clean_leftovers(path: Path) -> None:
    """Temporary files of writers that were killed; safe because we hold the lock."""
    import glob

    pattern = os.path.join(glob.escape(str(path.parent)), f".{glob.escape(path.name)}{TMP_MARK}*")
    for leftover in glob.glob(pattern):
        with contextlib.suppress(OSError):
            os.unlink(leftover)


def _replace(source: str, target: Path) -> None:
    """``os.replace``; on Windows a reader holding the file open makes it fail for a moment."""
    attempts = 20 if sys.platform == "win32" else 1
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05)


def _same_owner(tmp: str, info: os.stat_result) -> None:
    """Give the new file the old one's owner and group, as far as we are allowed.

    Only root may change the owner; anyone may set a group they belong to,
    which keeps a group-writable plan writable for the rest of the office.
    """
    mine = os.stat(tmp)
    if (mine.st_uid, mine.st_gid) == (info.st_uid, info.st_gid):
        return
    try:
        os.chown(tmp, info.st_uid, info.st_gid)
    except OSError:
        with contextlib.suppress(OSError):
            os.chown(tmp, -1, info.st_gid)


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C back (POSIX) until the block is done; it arrives right after."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never half.

    The file keeps its permission bits (``mkstemp`` makes 0600, which would lock
    out a cron job running as another user) and, when we may, its owner.
    """
    try:
        info: os.stat_result | None = path.stat()
    except OSError:
        info = None
    if info is not None and not os.access(path, os.W_OK):
        raise KehoachError("error.file.read_only", path=str(path))
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}{TMP_MARK}", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if info is not None and hasattr(os, "chown"):
            _same_owner(tmp, info)
        os.chmod(tmp, info.st_mode & 0o7777 if info else 0o644)
        with _interrupts_held():
            _replace(tmp, path)
            global written
            written = True
    except BaseException as exc:  # Ctrl-C too: no temporary file is left behind
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if not isinstance(exc, OSError):
            raise
        reason = os_reason(exc)
        raise KehoachError("error.file.write_failed", path=str(path), reason=reason) from None
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


# -- text and bytes -----------------------------------------------------------


def encode(text: str, raw: RawFile) -> bytes:
    """Text back to bytes in the file's own style: BOM and CRLF kept if it had them.

    A file with mixed line endings keeps the ending of every unchanged line;
    only the changed lines take the ending most of the file uses.
    """
    body = raw.data[3:] if raw.bom else raw.data
    crlf = body.count(b"\r\n")
    if raw.newline == "\r\n" and body.count(b"\n") != crlf:
        ending = "\r" if 2 * crlf >= body.count(b"\n") else ""
        data = _encode_mixed(text, raw.text, body, ending)
    else:
        if raw.newline != "\n":
            text = text.replace("\n", raw.newline)
        data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if raw.bom else data


def _encode_mixed(new: str, old: str, body: bytes, ending: str) -> bytes:
    """Unchanged leading and trailing lines as they were, the lines between with ``ending``."""
    old_lines = old.split("\n")
    new_lines = new.split("\n")
    pieces = body.split(b"\n")  # one per old line; CRLF lines keep their "\r"
    if len(pieces) != len(old_lines):  # not the text these bytes decode to
        return new.replace("\n", ending + "\n").encode("utf-8")
    limit = min(len(old_lines), len(new_lines))
    head = 0
    while head < limit and old_lines[head] == new_lines[head]:
        head += 1
    tail = 0
    while tail < limit - head and old_lines[-1 - tail] == new_lines[-1 - tail]:
        tail += 1
    middle = new_lines[head : len(new_lines) - tail]
    last_line = len(new_lines) - 1
    encoded = [
        (line if head + i == last_line else line + ending).encode("utf-8")
        for i, line in enumerate(middle)
    ]
    return b"\n".join([*pieces[:head], *encoded, *pieces[len(pieces) - tail :]])


def _normalised(raw: RawFile) -> RawFile:
    """The file in NFC, as the validator demands and promises a write will produce."""
    from kehoach_cli.core.text import is_nfc, nfc

    if is_nfc(raw.text):
        return raw
    body = raw.data[3:] if raw.bom else raw.data
    data = b"\n".join(nfc(piece.decode("utf-8")).encode("utf-8") for piece in body.split(b"\n"))
    return RawFile(nfc(raw.text), raw.bom, raw.newline, b"\xef\xbb\xbf" + data if raw.bom else data)


def check_text(value: str, what: str | Text) -> str:
    """NFC text fit for TOML, or a user error naming what is wrong.

    Windows line ends in pasted text become plain newlines.
    """
    from kehoach_cli.core.text import nfc

    value = value.replace("\r\n", "\n")
    bad = _FORBIDDEN.search(value)
    if bad:
        char = bad.group()
        if "\ud800" <= char <= "\udfff":
            shown = text("error.file.not_utf8_byte")
        else:
            shown = text("error.file.control_character", code=f"{ord(char):04X}")
        raise KehoachError("error.file.bad_character", what=what, character=shown)
    return nfc(value)


def _check_values(fields: dict[str, Any]) -> None:
    for key, value in fields.items():
        if isinstance(value, str):
            check_text(value, key)
        elif isinstance(value, list | tuple):
            for item in value:
                if isinstance(item, str):
                    check_text(item, key)


def _present(fields: dict[str, Any], order: tuple[str, ...]) -> dict[str, Any]:
    """The fields that will be written, in the file's key order (empty ones left out)."""
    return {key: fields[key] for key in order if fields.get(key) not in (None, "", [], ())}


def event_line(fields: dict[str, Any]) -> str:
    """One event as a one-line TOML inline table, rendered by tomlkit.

    ``{ date = 2021-01-28, task = "1.3", status = "done" }``, spaced like
    docs/format.md; newlines and quotes in text come out as escapes.
    """
    import tomlkit

    table = tomlkit.inline_table()
    for key, value in _present(fields, EVENT_KEY_ORDER).items():
        table[key] = value
    body = table.value.body
    if body:
        body[0][1].trivia.indent = " "
        body[-1][1].trivia.trail = " "
    return table.as_string()


def task_block(fields: dict[str, Any]) -> str:
    """A ``[[tasks]]`` entry rendered by tomlkit, without a trailing newline."""
    import tomlkit

    table = tomlkit.table()
    for key, value in _present(fields, TASK_KEY_ORDER).items():
        table[key] = list(value) if isinstance(value, tuple) else value
    doc = tomlkit.document()
    entries = tomlkit.aot()
    entries.append(table)
    doc["tasks"] = entries
    return tomlkit.dumps(doc).strip("\n")


# -- splicing -----------------------------------------------------------------


def splice_event(text: str, agency: str, line: str, agency_order: list[str]) -> str | None:
    """``text`` with ``line`` appended to ``[events.<agency>].log``; None if unsure.

    Recognises only the layout kehoach writes (``log = []`` or a ``log = [`` …
    ``]`` block with one entry per line); anything else returns None and the
    caller falls back to a full tomlkit round trip. The caller re-parses and
    checks the result either way.
    """
    layout = scan(text)
    tables = [  # (agency, its table)
        (table.parts[1], table)
        for table in layout.headers
        if not table.array and table.parts and len(table.parts) == 2 and table.parts[0] == "events"
    ]
    found = [table for key, table in tables if key == agency]
    if len(found) > 1:
        return None
    if found:
        return _append_to_log(layout, found[0], line)
    return _add_log_table(layout, tables, agency, line, agency_order)


def _append_to_log(layout: Layout, table: Table, line: str) -> str | None:
    """The text with ``line`` last in the ``log`` of ``table``; None if unsure."""
    keys = layout.keys(table)
    if len(keys) != 1 or keys[0].parts != ("log",) or keys[0].inline is None:
        return None
    log, lines = keys[0], layout.lines
    if log.end < 0:  # the array is never closed
        return None
    head, _, after = lines[log.index].partition("[")
    if log.end == log.index:  # log = [] (with a comment, maybe)
        inside, _, comment = after.partition("]")
        if inside.strip():
            return None
        lines[log.index : log.index + 1] = [f"{head}[{comment}", f"  {line},", "]"]
        return "\n".join(lines)
    close = lines[log.end].lstrip()
    if is_content(after) or not close.startswith("]") or is_content(close[1:]):
        return None  # an entry on the line of "log = [" or on that of "]"
    last = next(j for j in range(log.end - 1, log.index - 1, -1) if is_content(lines[j]))
    if last > log.index:
        entry = lines[last].rstrip()
        if entry.endswith("}"):  # an entry written by hand without a comma
            lines[last] = entry + ","
        elif not entry.endswith(","):
            return None
    lines.insert(log.end, f"  {line},")
    return "\n".join(lines)


def _add_log_table(
    layout: Layout, tables: list[tuple[str, Table]], agency: str, line: str, order: list[str]
) -> str:
    """The text with a new ``[events.<agency>]``, after the tables of the agencies before it."""
    lines = layout.lines
    rank = {key: n for n, key in enumerate(order)}
    mine = rank.get(agency, len(rank))
    before = [table for key, table in tables if rank.get(key, len(rank)) < mine]
    block = [f"[events.{agency}]", "log = [", f"  {line},", "]"]
    if before:
        at, new = layout.content_end(before[-1]), ["", *block]
    elif tables:  # before the first of them
        at, new = tables[0][1].index, [*block, ""]
    else:  # at the end of the file
        while lines and not lines[-1].strip():
            lines.pop()
        at, new = len(lines), ["", *block, ""]
    lines[at:at] = new
    return "\n".join(lines)


def splice_task(text: str, block: str) -> str | None:
    """``text`` with the ``[[tasks]]`` ``block`` after the last task; None if there is none."""
    layout = scan(text)
    tasks = layout.entries("tasks")
    if not tasks:
        return None
    lines = layout.lines
    end = layout.content_end(tasks[-1])
    lines[end:end] = ["", *block.split("\n")]
    return "\n".join(lines)


def append_with_tomlkit(text: str, agency: str, fields: dict[str, Any]) -> str:
    """The slow, always-correct path: a full tomlkit parse, append, dump."""
    import tomlkit

    doc = tomlkit.parse(text)
    events = doc.get("events")
    if events is None:
        events = tomlkit.table(is_super_table=True)
        doc["events"] = events
    table = events.get(agency)
    if table is None:
        table = tomlkit.table()
        events[agency] = table
    log = table.get("log")
    if log is None:
        log = tomlkit.array()
        table["log"] = log
    if not log:
        log.multiline(True)  # re-rendering a non-empty array would touch its old lines
    item = tomlkit.inline_table()
    for key, value in _present(fields, EVENT_KEY_ORDER).items():
        item[key] = value
    log.append(item)
    return tomlkit.dumps(doc)


def append_task_with_tomlkit(text: str, fields: dict[str, Any]) -> str:
    import tomlkit

    doc = tomlkit.parse(text)
    table = tomlkit.table()
    for key, value in _present(fields, TASK_KEY_ORDER).items():
        table[key] = list(value) if isinstance(value, tuple) else value
    tasks = doc.get("tasks")
    if tasks is None:
        entries = tomlkit.aot()
        entries.append(table)
        doc["tasks"] = entries
    else:
        tasks.append(table)
    return tomlkit.dumps(doc)


# -- the transaction ----------------------------------------------------------


def _load_fresh(source: PlanSource) -> tuple[Plan, RawFile, dict[str, Any] | None]:
    """Like ``load.load``, but NFC-normalised, and with the raw data if it was parsed.

    Parsing and validation are skipped when the cache already holds the plan
    for these exact bytes; then the raw data is None (``transact`` parses it
    only if ``verify`` needs it).
    """
    from kehoach_cli.planfile import cache
    from kehoach_cli.planfile.load import parse_and_validate, read_raw

    raw = _normalised(read_raw(source))
    plan = cache.get_plan(raw.data)
    if plan is not None:
        return plan, raw, None
    plan, data = parse_and_validate(raw, source.display)
    return plan, raw, data


def _remember(data: bytes, plan: Plan) -> None:
    """Cache the plan just written, so the next command need not parse it again."""
    from kehoach_cli.planfile import cache

    cache.put_plan(data, plan)


def _target(source: PlanSource) -> Path:
    """The real file: replacing a symbolic link would cut it off from its target."""
    path = source.path
    return path.resolve() if path.is_symlink() else path


def transact(
    source: PlanSource,
    change: Change,
    verify: Verify | None = None,
    after: Callable[[Plan], None] | None = None,
    quick: QuickVerify | None = None,
) -> Plan:
    """Read under the lock, apply ``change``, check the result, write atomically.

    ``change`` gets the freshly re-read plan and returns the new text (with
    "\\n" newlines), or an iterable of candidate texts tried in turn (a fast
    splice first, a safe fallback next). A candidate is written only if it
    loads, validates and ``verify(old, new)`` (raw TOML data) holds; if none
    does, nothing is written. ``after`` runs once the file is written, still
    under the lock (e.g. a git commit, so that commits happen in write order).
    ``quick``, when it holds, stands in for ``verify`` without the old raw data.
    The sample plan (embedded, or any file marked ``sample = true``) is never written.
    """
    from kehoach_cli.planfile.schema import build_plan

    name = source.display
    if source.embedded:
        raise KehoachError("error.file.sample_read_only", file=name)
    path = _target(source)
    with locked(path):
        _clean_leftovers(path)
        plan, raw, parsed = _load_fresh(source)
        if plan.info.sample:  # a copy of the sample that kept its mark, wherever it is
            raise KehoachError("error.file.sample_read_only", file=name)
        old: list[dict[str, Any]] = [parsed] if parsed is not None else []

        def old_data() -> dict[str, Any]:
            if not old:
                old.append(parse_toml(raw, name))
            return old[0]

        produced = change(plan, raw)
        candidates = (produced,) if isinstance(produced, str) else produced
        error = KehoachError("error.file.no_new_text")
        for new_text in candidates:
            new_raw = decode(encode(new_text, raw), name)
            try:
                new_data = parse_toml(new_raw, name)
            except KehoachError as exc:
                found = exc.problems or [Problem(exc.message)]
                error = KehoachError("error.file.change_breaks", found)
                continue
            new_plan, problems = build_plan(new_data, new_raw.text, name)
            if problems or new_plan is None:
                error = KehoachError("error.file.change_breaks", problems)
                continue
            known = quick is not None and quick(plan, raw.text, new_text, new_data)
            if verify is not None and not known and not verify(old_data(), new_data):
                error = KehoachError("error.file.check_failed")
                continue
            atomic_write(path, new_raw.data)
            _remember(new_raw.data, new_plan)
            if after is not None:
                after(new_plan)
            return new_plan
        raise error


def _only_inserted(old: str, new: str, block: str) -> bool:
    """True if ``new`` is ``old`` with ``block`` inserted somewhere, and nothing else."""
    if len(new) != len(old) + len(block):
        return False
    at = new.find(block)
    for _ in range(8):  # the same text may occur earlier (another agency's log)
        if at < 0:
            return False
        if new[:at] == old[:at] and new[at + len(block) :] == old[at:]:
            return True
        at = new.find(block, at + 1)
    return False


def _event_fields(event: Any) -> dict[str, Any]:
    """An event as its line in the file holds it (what ``tomllib`` gives back)."""
    return _present({key: getattr(event, key) for key in EVENT_KEY_ORDER}, EVENT_KEY_ORDER)


def _same_except(old: dict[str, Any], new: dict[str, Any], key: str) -> bool:
    return {k: v for k, v in old.items() if k != key} == {k: v for k, v in new.items() if k != key}


def add_event(
    source: PlanSource,
    prepare: Callable[[Plan], tuple[str, dict[str, Any]]],
    after: Callable[[Plan], None] | None = None,
) -> tuple[Plan, str, dict[str, Any]]:
    """Append one event; ``prepare(fresh plan)`` returns ``(agency, fields)`` or refuses.

    Returns the plan as written, the agency and the fields. ``prepare`` runs
    under the lock on the re-read file, so its checks (e.g. "already
    submitted") see every earlier writer's event.
    """
    plan, events = add_events(source, lambda fresh: [prepare(fresh)], after)
    return plan, events[0][0], events[0][1]


def _only_events_added(
    old: dict[str, Any], new: dict[str, Any], events: list[tuple[str, dict[str, Any]]]
) -> bool:
    """``new`` is ``old`` with ``events`` appended to their agencies' logs, and nothing else."""
    old_events, new_events = old.get("events", {}), new.get("events", {})
    wanted = {agency: list(old_events.get(agency, {}).get("log", [])) for agency, _ in events}
    for agency, fields in events:
        wanted[agency].append(_present(fields, EVENT_KEY_ORDER))
    return (
        all(new_events.get(a, {}).get("log", []) == log for a, log in wanted.items())
        and _same_except(old, new, "events")
        and {k: v for k, v in old_events.items() if k not in wanted}
        == {k: v for k, v in new_events.items() if k not in wanted}
    )


def _splice_events(
    text: str, events: list[tuple[str, dict[str, Any]]], lines: list[str], order: list[str]
) -> str | None:
    """``text`` with each event's line spliced into its agency's log; None if unsure."""
    for (agency, _), line in zip(events, lines, strict=True):
        spliced = splice_event(text, agency, line, order)
        if spliced is None:
            return None
        text = spliced
    return text


def add_events(
    source: PlanSource,
    prepare: Callable[[Plan], list[tuple[str, dict[str, Any]]]],
    after: Callable[[Plan], None] | None = None,
) -> tuple[Plan, list[tuple[str, dict[str, Any]]]]:
    """Append several events in one write: all of them, or none.

    ``prepare(fresh plan)`` returns ``(agency, fields)`` for each event, in
    order, or refuses; it runs under the lock like ``add_event``'s. One
    decision (a batch of submissions, a deadline extended for every lead of a
    task) is one change of the file.
    """
    chosen: dict[str, Any] = {}

    def change(plan: Plan, raw: RawFile) -> Iterator[str]:
        events = prepare(plan)
        for _, fields in events:
            _check_values(fields)
        lines = [event_line(fields) for _, fields in events]
        chosen.update(events=events, lines=lines)
        spliced = _splice_events(raw.text, events, lines, list(plan.agencies))
        if spliced is not None:
            yield spliced
        text = raw.text
        for agency, fields in events:
            text = append_with_tomlkit(text, agency, fields)
        yield text

    def verify(old: dict[str, Any], new: dict[str, Any]) -> bool:
        return _only_events_added(old, new, chosen["events"])

    def quick(plan: Plan, old_text: str, new_text: str, new: dict[str, Any]) -> bool:
        """One event: the splice only inserted its line, and its log grew by just it.

        Then nothing else can differ: the inserted line is one whole inline
        table, so it cannot reach into the text around it, and if it had not
        landed in this agency's log, the log would not hold it. Several events
        are checked against the old data instead.
        """
        if len(chosen["events"]) != 1:
            return False
        agency, fields = chosen["events"][0]
        if not _only_inserted(old_text, new_text, f"  {chosen['lines'][0]},\n"):
            return False
        log = new.get("events", {}).get(agency, {}).get("log", [])
        before = [_event_fields(e) for e in plan.events if e.agency == agency]
        return log == [*before, _present(fields, EVENT_KEY_ORDER)]

    plan = transact(source, change, verify, after, quick)
    return plan, chosen["events"]


def append_event(
    source: PlanSource,
    agency: str,
    fields: dict[str, Any],
    check: Callable[[Plan], None] | None = None,
) -> Plan:
    """Append one event for ``agency``; ``check`` may refuse it against the fresh plan."""

    def prepare(plan: Plan) -> tuple[str, dict[str, Any]]:
        if check is not None:
            check(plan)
        return agency, fields

    return add_event(source, prepare)[0]


def add_task(
    source: PlanSource,
    prepare: Callable[[Plan], dict[str, Any]],
    after: Callable[[Plan], None] | None = None,
) -> tuple[Plan, dict[str, Any]]:
    """Append a ``[[tasks]]`` entry after the last task; ``prepare`` builds or refuses it."""
    chosen: dict[str, Any] = {}

    def change(plan: Plan, raw: RawFile) -> Iterator[str]:
        fields = prepare(plan)
        _check_values(fields)
        chosen["fields"] = fields
        spliced = splice_task(raw.text, task_block(fields))
        if spliced is not None:
            yield spliced
        yield append_task_with_tomlkit(raw.text, fields)

    def verify(old: dict[str, Any], new: dict[str, Any]) -> bool:
        expected = {
            k: list(v) if isinstance(v, tuple) else v
            for k, v in _present(chosen["fields"], TASK_KEY_ORDER).items()
        }
        return new.get("tasks") == [*old.get("tasks", []), expected] and _same_except(
            old, new, "tasks"
        )

    plan = transact(source, change, verify, after)
    return plan, chosen["fields"]
