"""Sharing the plan over git: the merge driver's set-up, pulling, pushing, what arrived.

Every git call is an argument list through ``repo.run_git`` (never a
shell), in the plan file's repository. Nothing here prints: the ``team``
commands render what these functions return.
"""

from __future__ import annotations

import shlex
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kehoach_cli.core.errors import KehoachError, Text, text
from kehoach_cli.git.repo import (
    has_changes,
    is_tracked,
    merge_in_progress,
    repo_root,
    run_git,
    shown,
    what_git_said,
)

DRIVER = "kehoach"
DRIVER_NAME = "kehoach: gộp tệp kế hoạch (cập nhật của hai bên đều được giữ)"


def relative_path(path: Path, root: Path) -> str:
    """``path`` relative to the repository root, with "/" (as git writes paths)."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise KehoachError("error.git.plan_outside", path=path, root=root) from None


# -- git-setup ------------------------------------------------------------------


def driver_command() -> str:
    """The command git runs to merge the plan file.

    Git runs it through a shell and quotes the %-placeholders itself; the
    interpreter is named in full so that the driver works where ``kehoach``
    is not on PATH (hooks, GUI clients, cron).
    """
    return f"{shlex.quote(sys.executable)} -m kehoach_cli merge-driver %O %A %B %P"


def attribute_pattern(relative: str) -> str:
    """``relative`` as a .gitattributes pattern that matches only that file."""
    escaped = "".join("\\" + ch if ch in "*?[\\" else ch for ch in relative)
    if any(ch in escaped for ch in ' \t"'):
        return '"' + escaped.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return escaped


def _append_lines(path: Path, new: list[str]) -> None:
    """Add lines at the end of a small text file, keeping its line endings."""
    try:
        old = path.read_bytes() if path.exists() else b""
    except OSError as exc:
        raise KehoachError("error.git.read_failed", path=path, reason=exc.strerror) from None
    newline = b"\r\n" if b"\r\n" in old else b"\n"
    lead = newline if old and not old.endswith(b"\n") else b""
    data = old + lead + b"".join(line.encode("utf-8") + newline for line in new)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise KehoachError("error.git.write_failed", path=path, reason=exc.strerror) from None


def _merge_attribute(root: Path, relative: str) -> str:
    done = run_git(["check-attr", "merge", "--", relative], root)
    if done.returncode != 0:
        raise KehoachError("error.git.attr_unreadable", file=relative, said=what_git_said(done))
    return done.stdout.strip().rpartition(": ")[2]


def config_get(root: Path, key: str) -> str | None:
    done = run_git(["config", "--local", "--get", key], root)
    return done.stdout.strip() if done.returncode == 0 else None


def _config_set(root: Path, key: str, value: str) -> None:
    done = run_git(["config", "--local", key, value], root)
    if done.returncode != 0:
        raise KehoachError("error.git.config_failed", setting=key, said=what_git_said(done))


def _ignored(root: Path, relative: str) -> bool:
    done = run_git(["check-ignore", "-q", "--no-index", "--", relative], root)
    return done.returncode == 0


@dataclass(frozen=True)
class Setup:
    root: Path
    attributes: Path
    attribute_line: str
    attribute_added: bool
    driver: str
    driver_set: bool
    ignore_file: Path
    ignore_added: tuple[str, ...]

    @property
    def changed_files(self) -> list[Path]:
        files = [self.attributes] if self.attribute_added else []
        return files + ([self.ignore_file] if self.ignore_added else [])


def setup(plan: Path) -> Setup:
    """Make git merge ``plan`` with kehoach's driver in this clone; idempotent."""
    from kehoach_cli.planfile.writer import LOCK_SUFFIX, TMP_MARK

    root = repo_root(plan.parent)
    relative = relative_path(plan, root)
    attributes = root / ".gitattributes"
    line = f"{attribute_pattern(relative)} merge={DRIVER}"
    added = _merge_attribute(root, relative) != DRIVER
    if added:
        _append_lines(attributes, [line])
        if _merge_attribute(root, relative) != DRIVER:
            raise KehoachError("error.git.attr_ignored", line=line, path=attributes, file=relative)
    command = driver_command()
    driver_set = (
        config_get(root, f"merge.{DRIVER}.driver") != command
        or config_get(root, f"merge.{DRIVER}.name") != DRIVER_NAME
    )
    if driver_set:
        _config_set(root, f"merge.{DRIVER}.name", DRIVER_NAME)
        _config_set(root, f"merge.{DRIVER}.driver", command)
    folder = relative.rpartition("/")[0]
    prefix = f"{folder}/" if folder else ""
    name = relative.rpartition("/")[2]
    samples = {
        f"*{LOCK_SUFFIX}": f"{relative}{LOCK_SUFFIX}",
        f".*{TMP_MARK}*": f"{prefix}.{name}{TMP_MARK}abc123",
    }
    missing = [pattern for pattern, sample in samples.items() if not _ignored(root, sample)]
    ignore_file = root / ".gitignore"
    if missing:
        _append_lines(ignore_file, ["# tệp khóa và tệp tạm của kehoach", *missing])
    return Setup(root, attributes, line, added, command, driver_set, ignore_file, tuple(missing))


def driver_configured(folder: Path) -> bool:
    done = run_git(["config", "--get", f"merge.{DRIVER}.driver"], folder)
    return done.returncode == 0 and bool(done.stdout.strip())


# -- sync -----------------------------------------------------------------------


class StepFailed(KehoachError):
    """A step of ``sync`` failed; the message names the step and what to do."""


def _head(root: Path) -> str:
    done = run_git(["rev-parse", "--verify", "-q", "HEAD"], root)
    return done.stdout.strip() if done.returncode == 0 else ""


def _upstream(root: Path) -> str | None:
    done = run_git(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"], root)
    return done.stdout.strip() if done.returncode == 0 else None


def preflight(plan: Path) -> tuple[Path, str, str]:
    """Refuse to sync what could be lost or tangled; ``(root, head, upstream)``."""
    root = repo_root(plan.parent)
    step = text("error.git.step.preflight")
    if merge_in_progress(root):
        raise StepFailed("error.git.sync.merging", step=step)
    if not is_tracked(plan):
        raise StepFailed("error.git.sync.untracked", step=step, file=shown(plan))
    if has_changes(plan):
        raise StepFailed("error.git.sync.uncommitted", step=step, file=shown(plan))
    upstream = _upstream(root)
    if upstream is None:
        if not run_git(["remote"], root).stdout.strip():
            raise StepFailed("error.git.sync.no_remote", step=step)
        raise StepFailed("error.git.sync.no_upstream", step=step)
    return root, _head(root), upstream


def pull(root: Path, before: str, plan: Path | None = None) -> bool:
    """``git pull --no-rebase``; True if something new was merged in.

    When the merge stops on conflicts, the message says what the plan file
    now holds: both versions between markers (the merge driver's or git's),
    or, should the driver not have run, this machine's version alone.
    """
    done = run_git(["pull", "--no-rebase", "--no-edit"], root)
    if done.returncode == 0:
        return _head(root) != before
    if merge_in_progress(root):
        listed = run_git(["diff", "--name-only", "-z", "--diff-filter=U"], root).stdout
        files = [name for name in listed.split("\0") if name]
        said = "\n".join(part.strip() for part in (done.stdout, done.stderr) if part.strip())
        held = _plan_state(root, plan, files) if plan is not None else ""
        shown = ", ".join(files) or "?"
        raise StepFailed("error.git.sync.conflict", files=shown, said=said, plan=held)
    raise StepFailed("error.git.sync.pull_failed", said=what_git_said(done))


def _plan_state(root: Path, plan: Path, conflicted: list[str]) -> Text | str:
    """What the plan file holds after a merge that stopped: marked regions, or none."""
    from kehoach_cli.planfile.layout import conflict_problems, scan, sides

    relative = relative_path(plan, root)
    if relative not in conflicted:
        return ""
    try:
        content = plan.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
    except OSError:
        return ""
    regions = conflict_problems(scan(content), relative)
    if not regions:
        return text("error.git.sync.plan_unmarked", file=relative)
    return text("error.git.sync.plan_marked", file=relative, n=len(regions), **sides())


def push(root: Path) -> bool:
    """``git push`` when there is something to push; True if pushed."""
    ahead = run_git(["rev-list", "--count", "@{u}..HEAD"], root)
    if ahead.returncode == 0 and ahead.stdout.strip() == "0":
        return False
    done = run_git(["push"], root)
    if done.returncode != 0:
        raise StepFailed("error.git.sync.push_failed", said=what_git_said(done))
    return True


# -- what arrived -----------------------------------------------------------------


@dataclass(frozen=True)
class Arrivals:
    events: tuple[tuple[str, dict[str, Any]], ...] = ()  # (agency, fields) in file order
    items: tuple[tuple[str, ...], ...] = field(default=())  # other items that changed


def _data(text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return {}


def _events(data: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    events = data.get("events", {})
    if isinstance(events, dict):
        for agency, table in events.items():
            log = table.get("log", []) if isinstance(table, dict) else []
            found.extend((agency, e) for e in log if isinstance(e, dict))
    return found


def _items(data: dict[str, Any]) -> dict[tuple[str, ...], Any]:
    items: dict[tuple[str, ...], Any] = {}
    for kind in ("tasks", "reports"):
        for entry in data.get(kind, []) if isinstance(data.get(kind), list) else []:
            if isinstance(entry, dict):
                items[(kind, str(entry.get("id")))] = entry
    for kind in ("agencies", "groups"):
        tables = data.get(kind, {})
        if isinstance(tables, dict):
            for key, value in tables.items():
                items[("table", f"{kind}.{key}")] = value
    for kind in ("plan", "sections"):
        if kind in data:
            items[("table", kind)] = data[kind]
    return items


def arrivals(before: str, after: str) -> Arrivals:
    """Events in ``after`` that ``before`` lacked, and the other items that changed."""
    from kehoach_cli.planfile.merge import freeze

    old, new = _data(before), _data(after)
    left = Counter((agency, freeze(e)) for agency, e in _events(old))
    came: list[tuple[str, dict[str, Any]]] = []
    for agency, fields in _events(new):
        key = (agency, freeze(fields))
        if left[key] > 0:
            left[key] -= 1
        else:
            came.append((agency, fields))
    old_items, new_items = _items(old), _items(new)
    changed = [k for k in new_items if old_items.get(k) != new_items[k]]
    changed += [k for k in old_items if k not in new_items]
    return Arrivals(tuple(came), tuple(changed))
