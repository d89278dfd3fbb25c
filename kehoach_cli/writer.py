"""Writing the plan file: append-only events, atomic replace, one writer at a time.

Events are spliced into the text as one line each, rendered by tomlkit (never
by formatting strings into TOML), so every other byte of the file stays as it
was. The result is re-read with ``tomllib`` and validated before it replaces
the file; if the splice cannot be done safely we fall back to a full tomlkit
round trip, which is slower but equally exact.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kehoach_cli.errors import KehoachError
from kehoach_cli.model import Plan
from kehoach_cli.storage import PlanSource, RawFile, decode, parse_toml

LOCK_SUFFIX = ".kehoach-lock"
TMP_MARK = ".kehoach-tmp"
DEFAULT_LOCK_TIMEOUT = 10.0
EVENT_KEY_ORDER = ("date", "task", "status", "report", "period", "ref", "note", "by")
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


def _try_lock(handle: Any) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: Any) -> None:
    if sys.platform == "win32":
        import msvcrt

        with contextlib.suppress(OSError):
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the plan's lock file; the OS releases it if the holder dies."""
    if timeout is None:
        timeout = float(os.environ.get("KEHOACH_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT))
    target = lock_path(path)
    try:
        handle = open(target, "a+b")  # noqa: SIM115 (held across the yield)
    except OSError as exc:
        raise KehoachError(f"Không tạo được tệp khóa {target}: {exc.strerror}.") from None
    try:
        deadline = time.monotonic() + timeout
        while not _try_lock(handle):
            if time.monotonic() >= deadline:
                raise KehoachError(
                    f"Tệp {path} đang được một lệnh khác ghi (chờ {timeout:g} giây không được). "
                    "Thử lại sau ít phút."
                )
            time.sleep(0.05)
        try:
            yield
        finally:
            _unlock(handle)
    finally:
        handle.close()


def _clean_leftovers(path: Path) -> None:
    """Temporary files of writers that were killed; safe because we hold the lock."""
    for leftover in path.parent.glob(f".{path.name}{TMP_MARK}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never half."""
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}{TMP_MARK}", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)  # mkstemp makes 0600, which would lock out other users
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise KehoachError(f"Không ghi được {path}: {exc.strerror}. Tệp vẫn như cũ.") from None
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def encode(text: str, raw: RawFile) -> bytes:
    """Text back to bytes in the file's own style: BOM and CRLF kept if it had them."""
    if raw.newline != "\n":
        text = text.replace("\n", raw.newline)
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if raw.bom else data


def check_text(value: str, what: str) -> str:
    """NFC text fit for TOML, or a user error naming what is wrong."""
    from kehoach_cli.text import nfc

    bad = _FORBIDDEN.search(value)
    if bad:
        char = bad.group()
        shown = "byte không phải UTF-8" if "\ud800" <= char <= "\udfff" else f"U+{ord(char):04X}"
        raise KehoachError(
            f"{what} chứa ký tự không ghi được vào tệp ({shown}). Hãy gõ lại bằng chữ thường."
        )
    return nfc(value)


def event_line(fields: dict[str, Any]) -> str:
    """One event as a one-line TOML inline table, rendered by tomlkit."""
    import tomlkit

    table = tomlkit.inline_table()
    for key in EVENT_KEY_ORDER:
        value = fields.get(key)
        if value not in (None, ""):
            table[key] = value
    return table.as_string()


_EVENTS_HEADER = re.compile(r"^\[\s*events\s*\.\s*\"?([a-z0-9][a-z0-9-]*)\"?\s*\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")
_LOG_EMPTY = re.compile(r"^(\s*log\s*=\s*)\[\s*\](\s*(#.*)?)$")
_LOG_OPEN = re.compile(r"^\s*log\s*=\s*\[\s*(#.*)?$")
_CLOSE = re.compile(r"^\s*\]\s*(#.*)?$")


def splice_event(text: str, agency: str, line: str, agency_order: list[str]) -> str | None:
    """``text`` with ``line`` appended to ``[events.<agency>].log``; None if unsure.

    Recognises only the layout kehoach writes (``log = []`` or a ``log = [`` …
    ``]`` block with one entry per line); anything else returns None and the
    caller falls back to a full tomlkit round trip.
    """
    lines = text.split("\n")
    headers = [(i, m[1]) for i, ln in enumerate(lines) if (m := _EVENTS_HEADER.match(ln))]
    found = [i for i, key in headers if key == agency]
    if len(found) > 1:
        return None
    if found:
        start = found[0]
        end = next(
            (j for j in range(start + 1, len(lines)) if _ANY_HEADER.match(lines[j])), len(lines)
        )
        body = [
            j
            for j in range(start + 1, end)
            if lines[j].strip() and not lines[j].lstrip().startswith("#")
        ]
        if not body:
            return None
        first = body[0]
        if m := _LOG_EMPTY.match(lines[first]):
            if len(body) != 1:
                return None
            lines[first : first + 1] = [f"{m[1]}[{m[2]}", f"  {line},", "]"]
            return "\n".join(lines)
        if _LOG_OPEN.match(lines[first]) and _CLOSE.match(lines[body[-1]]):
            close = body[-1]
            lines.insert(close, f"  {line},")
            return "\n".join(lines)
        return None
    # No table for this agency yet: place it after the tables of the agencies before it.
    rank = {key: n for n, key in enumerate(agency_order)}
    mine = rank.get(agency, len(rank))
    before = [i for i, key in headers if rank.get(key, len(rank)) < mine]
    block = [f"[events.{agency}]", "log = [", f"  {line},", "]"]
    if before:
        start = max(before)
        end = next(
            (j for j in range(start + 1, len(lines)) if _ANY_HEADER.match(lines[j])), len(lines)
        )
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        lines[end:end] = ["", *block]
        return "\n".join(lines)
    if headers:
        first = headers[0][0]
        lines[first:first] = [*block, ""]
        return "\n".join(lines)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join([*lines, "", *block, ""])


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
    log.multiline(True)
    item = tomlkit.inline_table()
    for key in EVENT_KEY_ORDER:
        if fields.get(key) not in (None, ""):
            item[key] = fields[key]
    log.append(item)
    return tomlkit.dumps(doc)


def transact(
    source: PlanSource,
    change: Callable[[Plan, RawFile], str],
    verify: Callable[[dict[str, Any], dict[str, Any]], bool] | None = None,
) -> Plan:
    """Read under the lock, apply ``change``, check the result, write atomically.

    ``change`` gets the freshly re-read plan and returns the new text (with
    "\\n" newlines). The new text must load and validate, and ``verify(old,
    new)`` (raw TOML data) must hold, or nothing is written.
    """
    from kehoach_cli.schema import build_plan
    from kehoach_cli.storage import load

    if source.embedded:
        raise KehoachError(
            "Kế hoạch mẫu đi kèm chương trình chỉ để xem, không ghi được. "
            "Tạo bản của mình bằng 'kehoach init', rồi chạy lệnh trong thư mục đó "
            "(hoặc dùng --file)."
        )
    path = source.path
    with locked(path):
        _clean_leftovers(path)
        plan, raw = load(source)
        new_text = change(plan, raw)
        new_raw = decode(encode(new_text, raw), source.display)
        new_data = parse_toml(new_raw, source.display)
        new_plan, problems = build_plan(new_data, new_raw.text, source.display)
        if problems or new_plan is None:
            raise KehoachError("Thay đổi sẽ làm hỏng tệp kế hoạch nên không ghi:", problems)
        if verify is not None and not verify(parse_toml(raw, source.display), new_data):
            raise KehoachError("Kiểm tra sau khi ghi không khớp; tệp không bị thay đổi.")
        atomic_write(path, new_raw.data)
    return new_plan


def append_event(
    source: PlanSource,
    agency: str,
    fields: dict[str, Any],
    check: Callable[[Plan], None] | None = None,
) -> Plan:
    """Append one event for ``agency``; ``check`` may refuse it against the fresh plan."""
    line = event_line(fields)

    def change(plan: Plan, raw: RawFile) -> str:
        if check is not None:
            check(plan)
        spliced = splice_event(raw.text, agency, line, list(plan.agencies))
        return spliced if spliced is not None else append_with_tomlkit(raw.text, agency, fields)

    def verify(old: dict[str, Any], new: dict[str, Any]) -> bool:
        old_events = old.get("events", {})
        new_events = new.get("events", {})
        old_log = old_events.get(agency, {}).get("log", [])
        new_log = new_events.get(agency, {}).get("log", [])
        expected = {k: v for k, v in fields.items() if v not in (None, "")}
        rest_old = {k: v for k, v in old.items() if k != "events"}
        rest_new = {k: v for k, v in new.items() if k != "events"}
        others_old = {k: v for k, v in old_events.items() if k != agency}
        others_new = {k: v for k, v in new_events.items() if k != agency}
        return new_log == [*old_log, expected] and rest_old == rest_new and others_old == others_new

    return transact(source, change, verify)
