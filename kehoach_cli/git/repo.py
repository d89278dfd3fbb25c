"""Running the real ``git`` for the plan file: checks before a write, a commit after.

Always an argument list (never a shell), run in the plan file's folder, with
the user's own identity, configuration and hooks. Imported only by commands
that touch git, so that ``subprocess`` costs nothing elsewhere.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from kehoach_cli.core.errors import KehoachError


def run_git(
    args: list[str], cwd: Path, *, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``git ARGS`` in ``cwd``; output decoded as UTF-8. A missing git is a user error."""
    try:
        return subprocess.run(
            ["git", *args],
            cwd=cwd,
            input=input,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            check=False,
        )
    except FileNotFoundError:
        raise KehoachError("error.git.not_installed") from None
    except OSError as exc:
        raise KehoachError("error.git.cannot_run", reason=exc.strerror or str(exc)) from None


def _output(done: subprocess.CompletedProcess[str]) -> str:
    return (done.stderr or done.stdout).strip()


def is_work_tree(folder: Path) -> bool:
    done = run_git(["rev-parse", "--is-inside-work-tree"], folder)
    return done.returncode == 0 and done.stdout.strip() == "true"


def staged_paths(folder: Path) -> list[str]:
    """Paths with changes in the index (relative to the repository root)."""
    done = run_git(["diff", "--cached", "--name-only", "-z", "--no-renames"], folder)
    if done.returncode != 0:
        raise KehoachError("error.git.staged_unreadable", said=_output(done))
    return [p for p in done.stdout.split("\0") if p]


def is_tracked(path: Path) -> bool:
    done = run_git(["ls-files", "--error-unmatch", "--", path.name], path.parent)
    return done.returncode == 0


def has_changes(path: Path) -> bool:
    """The file differs from the last commit (staged or not)."""
    done = run_git(["diff", "--quiet", "HEAD", "--", path.name], path.parent)
    if done.returncode not in (0, 1):
        raise KehoachError("error.git.diff_failed", file=path.name, said=_output(done))
    return done.returncode == 1


def check_can_commit(path: Path) -> None:
    """Refuse before anything is written if a commit of only ``path`` would not be clean.

    The commit must hold this change alone: nothing else staged, and no
    uncommitted edits of the plan file itself that would ride along under
    kehoach's message.
    """
    folder = path.parent
    if not is_work_tree(folder):
        raise KehoachError("error.git.commit.not_repo", folder=folder)
    if not is_tracked(path):
        raise KehoachError("error.git.commit.untracked", file=path.name)
    staged = staged_paths(folder)
    if staged:
        shown = ", ".join(staged[:5]) + (" …" if len(staged) > 5 else "")
        raise KehoachError("error.git.commit.staged", files=shown)
    if has_changes(path):
        raise KehoachError("error.git.commit.uncommitted", file=path.name)


def commit_file(path: Path, message: str) -> str:
    """Commit only ``path`` with ``message`` (user's identity and hooks); the short hash."""
    folder = path.parent
    done = run_git(
        ["commit", "--quiet", "--file=-", "--only", "--", path.name], folder, input=message
    )
    if done.returncode != 0:
        raise KehoachError("error.git.commit.failed", file=path.name, said=_output(done))
    head = run_git(["rev-parse", "--short", "HEAD"], folder)
    return head.stdout.strip()
