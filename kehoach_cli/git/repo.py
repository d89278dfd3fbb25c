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
        raise KehoachError(
            "Không tìm thấy chương trình git. Cài git (https://git-scm.com) hoặc bỏ --commit."
        ) from None
    except OSError as exc:
        raise KehoachError(f"Không chạy được git: {exc.strerror or exc}.") from None


def _output(done: subprocess.CompletedProcess[str]) -> str:
    return (done.stderr or done.stdout).strip()


def is_work_tree(folder: Path) -> bool:
    done = run_git(["rev-parse", "--is-inside-work-tree"], folder)
    return done.returncode == 0 and done.stdout.strip() == "true"


def staged_paths(folder: Path) -> list[str]:
    """Paths with changes in the index (relative to the repository root)."""
    done = run_git(["diff", "--cached", "--name-only", "-z", "--no-renames"], folder)
    if done.returncode != 0:
        raise KehoachError(f"git không đọc được các thay đổi đã stage: {_output(done)}")
    return [p for p in done.stdout.split("\0") if p]


def is_tracked(path: Path) -> bool:
    done = run_git(["ls-files", "--error-unmatch", "--", path.name], path.parent)
    return done.returncode == 0


def has_changes(path: Path) -> bool:
    """The file differs from the last commit (staged or not)."""
    done = run_git(["diff", "--quiet", "HEAD", "--", path.name], path.parent)
    if done.returncode not in (0, 1):
        raise KehoachError(f"git không so sánh được {path.name}: {_output(done)}")
    return done.returncode == 1


def check_can_commit(path: Path) -> None:
    """Refuse before anything is written if a commit of only ``path`` would not be clean.

    The commit must hold this change alone: nothing else staged, and no
    uncommitted edits of the plan file itself that would ride along under
    kehoach's message.
    """
    folder = path.parent
    if not is_work_tree(folder):
        raise KehoachError(
            f"--commit: {folder} không nằm trong một kho git. Chạy 'git init' và commit tệp "
            "kế hoạch trước, hoặc bỏ --commit. Chưa ghi gì."
        )
    if not is_tracked(path):
        raise KehoachError(
            f"--commit: {path.name} chưa được git theo dõi. Chạy 'git add {path.name}' và "
            "'git commit' trước, hoặc bỏ --commit. Chưa ghi gì."
        )
    staged = staged_paths(folder)
    if staged:
        shown = ", ".join(staged[:5]) + (" …" if len(staged) > 5 else "")
        raise KehoachError(
            f"--commit: đang có thay đổi khác đã stage trong git ({shown}). Commit hoặc bỏ "
            "stage chúng trước ('git restore --staged …'), hoặc bỏ --commit. Chưa ghi gì."
        )
    if has_changes(path):
        raise KehoachError(
            f"--commit: {path.name} có thay đổi chưa commit. Xem 'git diff', commit chúng "
            "trước, hoặc bỏ --commit. Chưa ghi gì."
        )


def commit_file(path: Path, message: str) -> str:
    """Commit only ``path`` with ``message`` (user's identity and hooks); the short hash."""
    folder = path.parent
    done = run_git(
        ["commit", "--quiet", "--file=-", "--only", "--", path.name], folder, input=message
    )
    if done.returncode != 0:
        raise KehoachError(
            f"Đã ghi vào {path.name} nhưng git commit không thành công:\n{_output(done)}\n"
            "Sửa lỗi rồi tự commit tệp (git commit), không chạy lại lệnh ghi."
        )
    head = run_git(["rev-parse", "--short", "HEAD"], folder)
    return head.stdout.strip()
