"""Recording with real git: small diffs, clean merges between clones, --commit."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import REAL_PLAN

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

PLAN = Path("data") / "tasks.toml"


@pytest.fixture(autouse=True)
def _git_identity(monkeypatch, tmp_path):
    """A private git configuration: this identity, no system or user settings."""
    config = tmp_path / "gitconfig"
    config.write_text(
        "[user]\n\tname = Cán bộ Văn phòng\n\temail = canbo@example.vn\n"
        "[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in (
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_AUTHOR_NAME",
        "GIT_COMMITTER_NAME",
    ):
        monkeypatch.delenv(name, raising=False)


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def make_repo(folder: Path) -> Path:
    (folder / "data").mkdir(parents=True)
    shutil.copyfile(REAL_PLAN, folder / PLAN)
    git(folder, "init", "-q")
    git(folder, "add", str(PLAN))
    git(folder, "commit", "-q", "-m", "Kế hoạch 2021")
    return folder


@pytest.fixture
def repo(tmp_path) -> Path:
    return make_repo(tmp_path / "repo")


def kehoach(cli, folder: Path, *args: str):
    return cli("--file", str(folder / PLAN), "--today", "10/02/2021", *args)


def numstat(folder: Path) -> str:
    return git(folder, "diff", "--numstat").strip()


def added_lines(folder: Path) -> list[str]:
    diff = git(folder, "diff", "-U0")
    return [ln[1:] for ln in diff.splitlines() if ln.startswith("+") and not ln.startswith("+++")]


# -- diffs ----------------------------------------------------------------------


def test_record_shows_in_git_diff_as_one_added_line(cli, repo):
    first = kehoach(cli, repo, "record", "1.3", "in_progress", "-d", "01/02/2021")
    assert first.exit_code == 0, first
    assert numstat(repo) == f"3\t1\t{PLAN.as_posix()}"  # the agency's first event opens its log
    git(repo, "commit", "-q", "-am", "first")
    second = kehoach(cli, repo, "record", "1.3", "done", "-n", 'đã trình "UBND" # 2')
    assert second.exit_code == 0, second
    assert numstat(repo) == f"1\t0\t{PLAN.as_posix()}"
    assert added_lines(repo) == [
        '  { date = 2021-02-10, task = "1.3", status = "done", note = "đã trình \\"UBND\\" # 2" },'
    ]
    git(repo, "commit", "-q", "-am", "second")
    third = kehoach(cli, repo, "submit", "stc", "-p", "01/2021", "-d", "18/01/2021")
    assert third.exit_code == 0, third
    assert numstat(repo) == f"1\t0\t{PLAN.as_posix()}"


def test_add_shows_only_added_lines(cli, repo):
    result = kehoach(
        cli, repo, "add", "II.5", "--section", "II", "--text", "Rà soát", "--lead", "stc"
    )
    assert result.exit_code == 0, result
    assert numstat(repo) == f"6\t0\t{PLAN.as_posix()}"


def test_two_clones_recording_for_different_agencies_merge_cleanly(cli, tmp_path):
    origin = make_repo(tmp_path / "origin")
    a, b = tmp_path / "a", tmp_path / "b"
    git(tmp_path, "clone", "-q", str(origin), str(a))
    git(tmp_path, "clone", "-q", str(origin), str(b))
    rounds = [
        # neighbouring tables in the file: [events.skhdt] is right before [events.stc]
        (("record", "1.3", "in_progress", "-d", "01/02/2021"),
         ("record", "II.1.2", "in_progress", "-a", "skhdt", "-d", "01/02/2021")),
        (("submit", "stc", "-p", "01/2021", "-d", "18/01/2021"),
         ("submit", "skhdt", "-p", "01/2021", "-d", "19/01/2021")),
        (("record", "1.3", "done", "-d", "09/02/2021"),
         ("record", "II.1.2", "done", "-a", "skhdt", "-d", "09/02/2021")),
    ]  # fmt: skip
    for mine, theirs in rounds:
        assert kehoach(cli, a, *mine).exit_code == 0
        git(a, "commit", "-q", "-am", "stc")
        assert kehoach(cli, b, *theirs).exit_code == 0
        git(b, "commit", "-q", "-am", "skhdt")
        git(b, "fetch", "-q", str(a), "main")
        merge = subprocess.run(
            ["git", "merge", "--no-edit", "FETCH_HEAD"], cwd=b, capture_output=True, text=True
        )
        assert merge.returncode == 0, merge.stdout + merge.stderr
        git(a, "fetch", "-q", str(b), "main")
        git(a, "merge", "-q", "--ff-only", "FETCH_HEAD")
    data = tomllib.loads((b / PLAN).read_text(encoding="utf-8"))
    assert len(data["events"]["stc"]["log"]) == 3
    assert len(data["events"]["skhdt"]["log"]) == 3
    assert cli("--file", str(b / PLAN), "validate").exit_code == 0


# -- --commit -------------------------------------------------------------------


def test_commit_commits_only_the_plan_with_the_users_identity_and_hooks(cli, repo):
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text('#!/bin/sh\necho ran > "$(git rev-parse --git-dir)/hook-ran"\n')
    hook.chmod(0o755)
    (repo / "notes.txt").write_text("not staged, not committed")
    result = kehoach(
        cli, repo, "record", "II.1.2", "hoàn thành", "-a", "stc", "-d", "28/01/2021", "--commit"
    )
    assert result.exit_code == 0, result
    message = "kehoach: Sở Tài chính II.1.2 → hoàn thành (28/01/2021)"
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Đã ghi: Sở Tài chính — II.1.2")
    head = git(repo, "rev-parse", "--short", "HEAD").strip()
    assert lines[1] == f"Đã commit vào git ({head}): {message}"
    assert git(repo, "log", "-1", "--format=%s|%an|%ae") == (
        f"{message}|Cán bộ Văn phòng|canbo@example.vn\n"
    )
    assert git(repo, "show", "--name-only", "--format=", "HEAD").split() == [PLAN.as_posix()]
    assert git(repo, "status", "--porcelain") == "?? notes.txt\n"
    if sys.platform != "win32":
        assert (repo / ".git" / "hook-ran").exists()


def test_submit_and_add_commit_messages(cli, repo):
    result = kehoach(cli, repo, "submit", "stc", "-p", "01/2021", "-d", "18/01/2021", "--commit")
    assert result.exit_code == 0, result
    assert git(repo, "log", "-1", "--format=%s").strip() == (
        "kehoach: Sở Tài chính nộp bc-thang tháng 01/2021 (18/01/2021)"
    )
    result = kehoach(
        cli, repo, "add", "II.5", "--section", "II", "--text", "x", "--lead", "stc", "--commit"
    )
    assert result.exit_code == 0, result
    assert git(repo, "log", "-1", "--format=%s").strip() == "kehoach: thêm nhiệm vụ II.5 (mục II)"
    assert git(repo, "status", "--porcelain") == ""


def test_commit_outside_a_work_tree_exits_2_before_writing(cli, tmp_path):
    folder = tmp_path / "plain"
    (folder / "data").mkdir(parents=True)
    shutil.copyfile(REAL_PLAN, folder / PLAN)
    env_ceiling = {"GIT_CEILING_DIRECTORIES": str(tmp_path)}
    result = cli("--file", str(folder / PLAN), "--today", "10/02/2021",
                 "record", "1.3", "done", "--commit", env=env_ceiling)  # fmt: skip
    assert result.exit_code == 2
    assert "không nằm trong một kho git" in result.stderr
    assert (folder / PLAN).read_bytes() == REAL_PLAN.read_bytes()
    english = cli("--lang", "en", "--file", str(folder / PLAN), "--today", "10/02/2021",
                  "record", "1.3", "done", "--commit", env=env_ceiling)  # fmt: skip
    assert english.exit_code == 2
    assert english.stderr == (
        f"Error: --commit: {folder / 'data'} is not inside a git repository. Run 'git init' and "
        "commit the plan file first, or leave out --commit. Nothing was written.\n"
    )
    assert result.stderr.startswith(f"Lỗi: --commit: {folder / 'data'} không nằm trong")


def test_commit_with_other_staged_changes_exits_2_before_writing(cli, repo):
    (repo / "other.txt").write_text("x")
    git(repo, "add", "other.txt")
    result = kehoach(cli, repo, "record", "1.3", "done", "--commit")
    assert result.exit_code == 2
    assert "đã stage" in result.stderr and "other.txt" in result.stderr
    assert (repo / PLAN).read_bytes() == REAL_PLAN.read_bytes()
    assert git(repo, "log", "--format=%s") == "Kế hoạch 2021\n"


def test_commit_with_uncommitted_edits_of_the_plan_exits_2(cli, repo):
    path = repo / PLAN
    path.write_bytes(path.read_bytes().replace(b"# Ch", b"# Ghi tay.\n# Ch", 1))
    edited = path.read_bytes()
    result = kehoach(cli, repo, "record", "1.3", "done", "--commit")
    assert result.exit_code == 2
    assert "thay đổi chưa commit" in result.stderr
    assert path.read_bytes() == edited


def test_commit_of_an_untracked_plan_exits_2(cli, tmp_path):
    folder = tmp_path / "new"
    (folder / "data").mkdir(parents=True)
    shutil.copyfile(REAL_PLAN, folder / PLAN)
    git(folder, "init", "-q")
    result = kehoach(cli, folder, "record", "1.3", "done", "--commit")
    assert result.exit_code == 2
    assert "chưa được git theo dõi" in result.stderr
    assert (folder / PLAN).read_bytes() == REAL_PLAN.read_bytes()


@pytest.mark.skipif(sys.platform == "win32", reason="shell hook")
def test_a_rejecting_hook_leaves_the_record_written_but_uncommitted(cli, repo):
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'từ chối: thiếu số văn bản' >&2\nexit 1\n")
    hook.chmod(0o755)
    result = kehoach(cli, repo, "record", "1.3", "done", "--commit")
    assert result.exit_code == 2
    assert "git commit không thành công" in result.stderr
    assert "từ chối: thiếu số văn bản" in result.stderr
    assert git(repo, "log", "--format=%s") == "Kế hoạch 2021\n"
    assert numstat(repo) == f"3\t1\t{PLAN.as_posix()}"


@pytest.mark.skipif(sys.platform == "win32", reason="shell hook")
def test_a_failed_commit_in_english_passes_on_what_git_said(cli, repo):
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'từ chối: thiếu số văn bản' >&2\nexit 1\n")
    hook.chmod(0o755)
    result = kehoach(cli, repo, "--lang", "en", "record", "1.3", "done", "--commit")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: Wrote to tasks.toml, but git commit failed:\ntừ chối: thiếu số văn bản\n"
        "Fix the problem, then commit the file yourself (git commit); "
        "do not run the recording command again.\n"
    )


def test_without_commit_git_is_not_touched(cli, repo, monkeypatch):
    empty = repo.parent / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no git to be found
    result = kehoach(cli, repo, "record", "1.3", "done")
    assert result.exit_code == 0, result
    with_commit = kehoach(cli, repo, "record", "1.3", "done", "--commit")
    assert with_commit.exit_code == 2
    assert "Không tìm thấy chương trình git" in with_commit.stderr
