"""Running the real ``git`` for the plan file: checks before a write, a commit after.

Always an argument list (never a shell), run in the plan file's folder, with
the user's own identity, configuration and hooks. Imported only by commands
that touch git, so that ``subprocess`` costs nothing elsewhere.
"""

from __future__ import annotations

import os
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


def what_git_said(done: subprocess.CompletedProcess[str]) -> str:
    """What a git command said when it failed."""
    return (done.stderr or done.stdout or "").strip()


def repo_root(folder: Path) -> Path:
    """The top of the git work tree that holds ``folder``."""
    if not is_work_tree(folder):
        raise KehoachError("error.git.not_repo", folder=folder)
    done = run_git(["rev-parse", "--show-toplevel"], folder)
    if done.returncode != 0:
        raise KehoachError("error.git.no_toplevel", said=what_git_said(done))
    return Path(done.stdout.strip())


def shown(path: Path) -> str:
    """``path`` as a git command typed in the current folder names it (``data/tasks.toml``
    from the repository's root), so that a hint can be copied as it stands."""
    try:
        relative = os.path.relpath(path.resolve(), Path.cwd().resolve())
    except ValueError:  # another drive (Windows)
        return path.as_posix()
    return Path(relative).as_posix()


def merge_in_progress(folder: Path) -> bool:
    return run_git(["rev-parse", "-q", "--verify", "MERGE_HEAD"], folder).returncode == 0


def missing_identity(folder: Path) -> list[str]:
    """The settings (user.name, user.email) a commit would lack, environment variables aside."""
    missing = []
    for key, variable in (("user.name", "NAME"), ("user.email", "EMAIL")):
        if os.environ.get(f"GIT_AUTHOR_{variable}") and os.environ.get(f"GIT_COMMITTER_{variable}"):
            continue
        done = run_git(["config", "--get", key], folder)
        if done.returncode != 0 or not done.stdout.strip():
            missing.append(key)
    return missing


def is_work_tree(folder: Path) -> bool:
    done = run_git(["rev-parse", "--is-inside-work-tree"], folder)
    return done.returncode == 0 and done.stdout.strip() == "true"


def staged_paths(folder: Path) -> list[str]:
    """Paths with changes in the index (relative to the repository root)."""
    done = run_git(["diff", "--cached", "--name-only", "-z", "--no-renames"], folder)
    if done.returncode != 0:
        raise KehoachError("error.git.staged_unreadable", said=what_git_said(done))
    return [p for p in done.stdout.split("\0") if p]


def is_tracked(path: Path) -> bool:
    done = run_git(["ls-files", "--error-unmatch", "--", path.name], path.parent)
    return done.returncode == 0


def has_changes(path: Path) -> bool:
    """The file differs from the last commit (staged or not)."""
    done = run_git(["diff", "--quiet", "HEAD", "--", path.name], path.parent)
    if done.returncode not in (0, 1):
        raise KehoachError("error.git.diff_failed", file=path.name, said=what_git_said(done))
    return done.returncode == 1


def check_can_commit(path: Path) -> None:
    """Refuse before anything is written if a commit of only ``path`` would not be clean.

    The commit must hold this change alone: nothing else staged, and no
    uncommitted edits of the plan file itself that would ride along under
    kehoach's message. And git must know who commits: without user.name and
    user.email it would refuse after the file was written, in English.
    """
    folder = path.parent
    if not is_work_tree(folder):
        raise KehoachError("error.git.commit.not_repo", folder=folder)
    missing = missing_identity(folder)
    if missing:
        raise KehoachError("error.git.commit.identity", missing=" ".join(missing))
    if merge_in_progress(folder):
        raise KehoachError("error.git.commit.merging")
    if not is_tracked(path):
        raise KehoachError("error.git.commit.untracked", file=shown(path))
    staged = staged_paths(folder)
    if staged:
        root = repo_root(folder)
        named = [shown(root / name) for name in staged[:5]]
        listed = ", ".join(named) + (" …" if len(staged) > 5 else "")
        raise KehoachError("error.git.commit.staged", files=listed)
    if has_changes(path):
        raise KehoachError("error.git.commit.uncommitted", file=shown(path))


def commit_file(path: Path, message: str) -> str:
    """Commit only ``path`` with ``message`` (user's identity and hooks); the short hash."""
    folder = path.parent
    done = run_git(
        ["commit", "--quiet", "--file=-", "--only", "--", path.name], folder, input=message
    )
    if done.returncode != 0:
        raise KehoachError("error.git.commit.failed", file=path.name, said=what_git_said(done))
    head = run_git(["rev-parse", "--short", "HEAD"], folder)
    return head.stdout.strip()
