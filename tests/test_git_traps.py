"""Git without traps: --commit checks who commits and the work tree before writing,
hints name paths as git expects them from where the user stands, sync explains a
missing remote, and conflict regions say which side is which. Real git, isolated."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import copy_plan

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

PLAN = Path("data") / "tasks.toml"
IDENTITY = "[user]\n\tname = Cán bộ Văn phòng\n\temail = canbo@example.vn\n"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    """No system or user git settings: a private HOME and global configuration."""
    config = tmp_path / "gitconfig"
    config.write_text(
        IDENTITY + "[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in list(os.environ):
        if name.startswith("GIT_") and name not in ("GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM"):
            monkeypatch.delenv(name)


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def repo(tmp_path) -> Path:
    folder = tmp_path / "ke-hoach"
    (folder / "data").mkdir(parents=True)
    copy_plan(folder / PLAN)
    git(folder, "init", "-q")
    git(folder, "add", str(PLAN))
    git(folder, "commit", "-q", "-m", "Kế hoạch 2021")
    return folder


def _forget_identity(tmp_path: Path) -> None:
    (tmp_path / "gitconfig").write_text("[commit]\n\tgpgsign = false\n", encoding="utf-8")


def test_commit_without_identity_explains_it_and_writes_nothing(cli, repo, tmp_path, monkeypatch):
    _forget_identity(tmp_path)
    monkeypatch.chdir(repo)
    before = (repo / PLAN).read_bytes()
    vi = cli("--today", "10/02/2021", "record", "1.3", "done", "--commit")
    en = cli("--lang", "en", "--today", "10/02/2021", "submit", "stc", "sxd", "--commit")
    assert (vi.exit_code, en.exit_code) == (2, 2)
    assert "git chưa biết tên và email của người commit (thiếu user.name user.email)" in vi.stderr
    assert 'git config --global user.name "Nguyễn Văn A"' in vi.stderr
    assert 'git config --global user.email "nguyenvana@hatinh.gov.vn"' in vi.stderr
    assert "git does not know who is committing" in en.stderr
    assert "Author identity unknown" not in vi.stderr + en.stderr  # not git's English
    assert (repo / PLAN).read_bytes() == before
    assert git(repo, "status", "--porcelain") == ""


def test_commit_during_a_merge_is_refused_before_writing(cli, repo, monkeypatch):
    (repo / ".git" / "MERGE_HEAD").write_text(git(repo, "rev-parse", "HEAD"))
    monkeypatch.chdir(repo)
    before = (repo / PLAN).read_bytes()
    result = cli("--today", "10/02/2021", "record", "1.3", "done", "--commit")
    assert result.exit_code == 2 and "kho đang gộp dở" in result.stderr
    assert (repo / PLAN).read_bytes() == before


@pytest.mark.parametrize(("where", "shown"), [(".", "data/tasks.toml"), ("data", "tasks.toml")])
def test_hints_name_the_file_as_git_expects_it_from_here(cli, repo, monkeypatch, where, shown):
    (repo / PLAN).write_bytes((repo / PLAN).read_bytes() + "# sửa tay\n".encode())
    monkeypatch.chdir(repo / where)
    result = cli("--today", "10/02/2021", "record", "1.3", "done", "--commit")
    assert result.exit_code == 2
    assert f"--commit: {shown} có thay đổi chưa commit" in result.stderr
    git(repo, "rm", "-q", "--cached", str(PLAN))
    git(repo, "commit", "-q", "-m", "bỏ theo dõi")
    untracked = cli("--today", "10/02/2021", "record", "1.3", "done", "--commit")
    assert f"Chạy 'git add {shown}'" in untracked.stderr
    # The hint works as printed, from where the user stands.
    git(repo / where, "add", shown)


def test_a_batch_is_one_commit(cli, repo, monkeypatch):
    monkeypatch.chdir(repo)
    result = cli("--today", "10/02/2021", "submit", "@districts", "-p", "01/2021", "--commit")
    assert result.exit_code == 0, result
    assert git(repo, "rev-list", "--count", "HEAD") == "2\n"
    message = git(repo, "log", "-1", "--format=%B")
    assert message.startswith("kehoach: 13 đơn vị nộp bc-thang (10/02/2021)\n\n")
    assert message.count("kehoach: Huyện") + message.count("kehoach: T") == 13
    assert git(repo, "status", "--porcelain") == ""


def test_sync_without_a_remote_explains_git_remote_add(cli, repo, monkeypatch):
    monkeypatch.chdir(repo)
    vi = cli("sync")
    en = cli("--lang", "en", "sync")
    assert (vi.exit_code, en.exit_code) == (2, 2)
    assert "chưa có máy chủ (remote)" in vi.stderr
    assert "'git remote add origin <địa chỉ kho trên máy chủ>'" in vi.stderr
    assert "no remote to sync with" in en.stderr and "git remote add origin" in en.stderr


def test_conflict_regions_say_which_side_is_local(cli, tmp_path):
    from tests.conftest import plan_bytes

    plan = plan_bytes().decode("utf-8")
    start = plan.index('text = "', plan.index('id = "1.3"'))
    sides = {}
    for name, word in (("base", ""), ("ours", "AAA "), ("theirs", "BBB ")):
        sides[name] = tmp_path / f"{name}.toml"
        sides[name].write_text(f'{plan[:start]}text = "{word}{plan[start + 8 :]}', "utf-8")
    result = cli("merge-driver", *(str(sides[n]) for n in ("base", "ours", "theirs")), str(PLAN))
    assert result.exit_code == 2
    merged = sides["ours"].read_text(encoding="utf-8").split("\n")
    assert "<<<<<<< bản của máy này" in merged
    assert ">>>>>>> bản từ máy chủ" in merged
    check = cli("--file", str(sides["ours"]), "validate")
    assert check.exit_code == 2 and "xung đột" in check.stderr
