"""Working as a team with real git: a bare remote, clones, git-setup, sync and the driver."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kehoach_cli.planfile.merge import OURS_MARK, THEIRS_MARK
from tests.conftest import copy_plan

# These tests read what the messages say: one message a line (conftest's wide_terminal).
pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.usefixtures("wide_terminal"),
]

PLAN = Path("data") / "tasks.toml"
TODAY = "01/03/2021"
TASK_121 = 'id = "1.2.1"\nsection = "1.2"\n'


@pytest.fixture(autouse=True)
def _private_git(monkeypatch, tmp_path):
    """Own identity and settings, nothing of the user's; kehoach is not on PATH."""
    config = tmp_path / "gitconfig"
    config.write_text(
        "[user]\n\tname = Cán bộ Văn phòng\n\temail = canbo@example.vn\n"
        "[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n"
        '[protocol "file"]\n\tallow = always\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_TERMINAL_PROMPT", "0")
    git_dir = str(Path(shutil.which("git") or "/usr/bin/git").parent)
    monkeypatch.setenv("PATH", os.pathsep.join([git_dir, os.defpath]))
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_AUTHOR_NAME"):
        monkeypatch.delenv(name, raising=False)


def git(repo: Path, *args: str, ok: bool = True) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, encoding="utf-8", check=False
    )
    if ok:
        assert done.returncode == 0, done.stderr
    return done.stdout


class Team:
    """A bare remote and clones of it, as the province's offices would have."""

    def __init__(self, root: Path, cli, setup: bool = True) -> None:
        self.root = root
        self.cli = cli
        self.remote = root / "remote.git"
        git(root, "init", "-q", "--bare", str(self.remote))
        seed = root / "seed"
        (seed / "data").mkdir(parents=True)
        copy_plan(seed / PLAN)
        git(seed, "init", "-q")
        if setup:
            assert self.run(seed, "git-setup").exit_code == 0
            git(seed, "add", ".gitattributes", ".gitignore")
        git(seed, "add", str(PLAN))
        git(seed, "commit", "-q", "-m", "Kế hoạch 2021")
        git(seed, "remote", "add", "origin", str(self.remote))
        git(seed, "push", "-q", "-u", "origin", "main")

    def clone(self, name: str, setup: bool = True) -> Path:
        folder = self.root / name
        git(self.root, "clone", "-q", str(self.remote), str(folder))
        if setup:
            result = self.run(folder, "git-setup")
            assert result.exit_code == 0, result
        return folder

    def run(self, folder: Path, *args: str):
        return self.cli("--file", str(folder / PLAN), "--today", TODAY, *args)

    def record(self, folder: Path, *args: str) -> None:
        result = self.run(folder, "record", *args, "--commit")
        assert result.exit_code == 0, result


def text(folder: Path) -> str:
    return (folder / PLAN).read_text(encoding="utf-8")


def log(folder: Path, agency: str) -> list[dict]:
    return tomllib.loads(text(folder))["events"][agency]["log"]


def edit(folder: Path, old: str, new: str, message: str) -> None:
    content = text(folder)
    assert content.count(old) == 1
    (folder / PLAN).write_text(content.replace(old, new), encoding="utf-8")
    git(folder, "commit", "-q", "-am", message)


def head(folder: Path, ref: str = "HEAD") -> str:
    return git(folder, "rev-parse", ref).strip()


@pytest.fixture
def team(tmp_path, cli) -> Team:
    return Team(tmp_path, cli)


# -- git-setup --------------------------------------------------------------------


def test_git_setup_registers_the_driver_once(team, tmp_path):
    clone = team.clone("a", setup=False)
    first = team.run(clone, "git-setup")
    assert first.exit_code == 0, first
    assert ".gitattributes đã có: data/tasks.toml merge=kehoach" in first.stdout
    assert "Đã đặt trình gộp kehoach" in first.stdout
    assert "mỗi bản sao (clone) cần chạy 'kehoach git-setup' một lần" in first.stdout
    driver = git(clone, "config", "--local", "--get", "merge.kehoach.driver").strip()
    assert driver.endswith(" -m kehoach_cli merge-driver %O %A %B %P")
    assert sys.executable in driver
    assert git(clone, "config", "--local", "--get", "merge.kehoach.name").strip()
    attr = git(clone, "check-attr", "merge", "--", "data/tasks.toml")
    assert attr.strip() == "data/tasks.toml: merge: kehoach"
    assert "merge.kehoach" not in (tmp_path / "gitconfig").read_text(encoding="utf-8")
    before = {p: (clone / p).read_bytes() for p in (".gitattributes", ".gitignore", ".git/config")}
    again = team.run(clone, "git-setup")
    assert again.exit_code == 0
    assert "đã có trong cấu hình git" in again.stdout
    assert "đã được git bỏ qua" in again.stdout
    assert "git add" not in again.stdout
    assert {p: (clone / p).read_bytes() for p in before} == before


def test_git_setup_in_a_fresh_repository_writes_attributes_and_ignores(cli, tmp_path):
    repo = tmp_path / "repo"
    (repo / "data").mkdir(parents=True)
    copy_plan(repo / PLAN)
    (repo / ".gitignore").write_text("*.pyc", encoding="utf-8")  # no final newline
    git(repo, "init", "-q")
    result = cli("--file", str(repo / PLAN), "git-setup")
    assert result.exit_code == 0, result
    assert "Đã thêm vào .gitattributes: data/tasks.toml merge=kehoach" in result.stdout
    assert "*.kehoach-lock" in result.stdout
    assert "git add .gitattributes .gitignore" in result.stdout
    assert (repo / ".gitattributes").read_text(
        encoding="utf-8"
    ) == "data/tasks.toml merge=kehoach\n"
    ignore = (repo / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert ignore[0] == "*.pyc" and "*.kehoach-lock" in ignore and ".*.kehoach-tmp*" in ignore
    lock = "data/tasks.toml.kehoach-lock"
    assert git(repo, "check-ignore", "--no-index", lock).strip() == lock
    assert git(repo, "check-ignore", "--no-index", "data/.tasks.toml.kehoach-tmpx1").strip()
    english = cli("--lang", "en", "--file", str(repo / PLAN), "git-setup")
    assert "already" in english.stdout


def test_git_setup_outside_a_repository_exits_2(cli, plan_file):
    result = cli("--file", str(plan_file), "git-setup")
    assert result.exit_code == 2
    assert "không nằm trong một kho git" in result.stderr
    assert not (plan_file.parent.parent / ".gitattributes").exists()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("vi", "Lỗi: {folder} không nằm trong một kho git. Tạo kho bằng 'git init'"),
        ("en", "Error: {folder} is not inside a git repository. Create one with 'git init'"),
    ],
)
def test_sync_outside_a_repository_speaks_the_users_language(cli, plan_file, lang, said):
    result = cli("--lang", lang, "--file", str(plan_file), "sync")
    assert result.exit_code == 2
    assert result.stderr.startswith(said.format(folder=plan_file.parent))


# -- sync: the "done when" scenarios ------------------------------------------------------


def test_two_clones_record_for_the_same_agency_and_task(team):
    a, b = team.clone("a"), team.clone("b")
    team.record(a, "1.3", "đang thực hiện", "--date", "15/01/2021", "--note", "bên A")
    team.record(b, "1.3", "hoàn thành", "--date", "28/01/2021", "--ref", "Tờ trình 15/TTr-STC")
    first = team.run(a, "sync")
    assert first.exit_code == 0, first
    assert "Máy chủ không có gì mới." in first.stdout and "Đã đẩy lên máy chủ." in first.stdout
    second = team.run(b, "sync")
    assert second.exit_code == 0, second
    assert "1 cập nhật mới:" in second.stdout
    assert "Sở Tài chính 1.3 → đang thực hiện (15/01/2021)" in second.stdout
    third = team.run(a, "sync")
    assert third.exit_code == 0, third
    assert "Sở Tài chính 1.3 → hoàn thành (28/01/2021)" in third.stdout
    assert text(a) == text(b)
    assert "<<<<<<<" not in text(a)
    assert sorted(e["date"].isoformat() for e in log(a, "stc")) == ["2021-01-15", "2021-01-28"]
    assert team.run(a, "validate").exit_code == 0
    assert head(a) == head(b) == git(team.remote, "rev-parse", "main").strip()
    assert git(b, "status", "--porcelain") == ""


def test_the_same_event_on_both_clones_appears_once(team):
    a, b = team.clone("a"), team.clone("b")
    same = ("1.3", "hoàn thành", "--date", "28/01/2021", "--note", "Đã trình UBND tỉnh")
    team.record(a, *same)
    team.record(a, "II.1.2", "done", "--agency", "stc", "--date", "29/01/2021")
    team.record(b, *same)
    assert team.run(a, "sync").exit_code == 0
    result = team.run(b, "sync")
    assert result.exit_code == 0, result
    assert "1 cập nhật mới:" in result.stdout  # the identical one is not news
    entries = log(b, "stc")
    assert [(e["task"], e["date"].day) for e in entries] == [("1.3", 28), ("II.1.2", 29)]
    assert text(b).count("Đã trình UBND tỉnh") == 1


def test_a_task_edit_and_an_event_on_it_are_both_kept(team):
    a, b = team.clone("a"), team.clone("b")
    edit(a, "khẩn trương hoàn thiện hồ sơ", "khẩn trương hoàn thiện (đã sửa) hồ sơ", "Sửa 1.2.1")
    team.record(b, "1.2.1", "đang thực hiện", "--date", "20/02/2021")
    assert team.run(a, "sync").exit_code == 0
    result = team.run(b, "sync")
    assert result.exit_code == 0, result
    assert "Nội dung kế hoạch thay đổi: nhiệm vụ 1.2.1." in result.stdout
    assert "Không có cập nhật tiến độ mới." in result.stdout
    data = tomllib.loads(text(b))
    task = next(t for t in data["tasks"] if t["id"] == "1.2.1")
    assert "hoàn thiện (đã sửa) hồ sơ" in task["text"]
    assert data["events"]["skhdt"]["log"][0]["status"] == "in_progress"


def test_different_due_dates_for_one_task_conflict_on_that_task_only(team):
    a, b = team.clone("a"), team.clone("b")
    edit(a, TASK_121, TASK_121 + "due = 2021-03-31\n", "Hạn 1.2.1: 31/3")
    team.record(a, "1.3", "done", "--date", "28/01/2021")
    edit(b, TASK_121, TASK_121 + "due = 2021-04-30\n", "Hạn 1.2.1: 30/4")
    mine = text(b)
    assert team.run(a, "sync").exit_code == 0
    result = team.run(b, "sync")
    assert result.exit_code == 2
    assert "Bước gộp (git pull) chưa xong: còn xung đột ở data/tasks.toml" in result.stderr
    assert "Tệp kế hoạch data/tasks.toml giữ cả hai bản ở 1 chỗ" in result.stderr
    assert "git merge --abort" in result.stderr
    merged = text(b)
    assert merged.count(OURS_MARK) == 1 and merged.count(THEIRS_MARK) == 1
    lines = merged.split("\n")
    start = lines.index(OURS_MARK)
    end = lines.index(THEIRS_MARK)
    region = "\n".join(lines[start:end])
    assert region.count("[[tasks]]") == 2 and region.count('id = "1.2.1"') == 2
    assert "due = 2021-03-31" in region and "due = 2021-04-30" in region
    assert '{ date = 2021-01-28, task = "1.3", status = "done" }' in merged  # merged anyway
    check = team.run(b, "validate")
    assert check.exit_code == 2
    assert f"{b / PLAN}:{start + 1}:" in check.stderr
    assert "nhiệm vụ 1.2.1" in check.stderr
    # Nothing is lost: the merge can be undone, or the markers resolved.
    git(b, "merge", "--abort")
    assert text(b) == mine
    assert git(team.remote, "log", "--format=%s", "-1", "main").strip() != "Hạn 1.2.1: 30/4"


def test_a_clone_without_git_setup_merges_different_agencies(team):
    a, b = team.clone("a", setup=False), team.clone("b", setup=False)
    team.record(a, "1.3", "done", "--date", "28/01/2021")
    team.record(b, "II.1.2", "done", "--agency", "huong khe", "--date", "29/01/2021")
    assert team.run(a, "sync").exit_code == 0
    result = team.run(b, "sync")
    assert result.exit_code == 0, result
    assert "chưa chạy 'kehoach git-setup'" in result.stderr
    assert "Sở Tài chính 1.3 → hoàn thành (28/01/2021)" in result.stdout
    assert len(log(b, "stc")) == 1 and len(log(b, "ubnd-huong-khe")) == 1
    assert team.run(b, "validate").exit_code == 0


def test_three_clones_recording_for_one_agency_converge(team):
    clones = [team.clone(name) for name in ("a", "b", "c")]
    for n, clone in enumerate(clones):
        team.record(clone, "1.3", "in_progress", "--date", f"1{n}/01/2021", "--note", f"người {n}")
    for clone in [*clones, *clones[:2]]:
        result = team.run(clone, "sync")
        assert result.exit_code == 0, result
    assert text(clones[0]) == text(clones[1]) == text(clones[2])
    assert sorted(e["note"] for e in log(clones[0], "stc")) == ["người 0", "người 1", "người 2"]


# -- sync: refusals and failing steps --------------------------------------------------------


def test_sync_refuses_uncommitted_changes_of_the_plan(team):
    a = team.clone("a")
    assert team.run(a, "record", "1.3", "done", "--date", "28/01/2021").exit_code == 0
    before = head(a)
    result = team.run(a, "sync")
    assert result.exit_code == 2
    assert "thay đổi chưa commit" in result.stderr
    assert "Bước kiểm tra trước khi đồng bộ" in result.stderr
    assert head(a) == before and "2021-01-28" in text(a)


def test_sync_no_push_merges_but_does_not_push(team):
    a, b = team.clone("a"), team.clone("b")
    team.record(a, "1.3", "done", "--date", "28/01/2021")
    assert team.run(a, "sync").exit_code == 0
    team.record(b, "1.2.1", "done", "--date", "01/02/2021")
    remote_before = git(team.remote, "rev-parse", "main").strip()
    result = team.run(b, "sync", "--no-push")
    assert result.exit_code == 0, result
    assert "Chưa đẩy lên máy chủ (--no-push)." in result.stdout
    assert git(team.remote, "rev-parse", "main").strip() == remote_before
    assert len(log(b, "stc")) == 1 and len(log(b, "skhdt")) == 1


def test_sync_with_nothing_new(team):
    a = team.clone("a")
    result = team.run(a, "sync")
    assert result.exit_code == 0, result
    assert "Máy chủ không có gì mới." in result.stdout
    assert "Không có gì mới để đẩy lên." in result.stdout


def test_a_rejected_push_stops_with_the_step_named(team):
    a = team.clone("a")
    hook = team.remote / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'máy chủ từ chối' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    team.record(a, "1.3", "done", "--date", "28/01/2021")
    result = team.run(a, "sync")
    assert result.exit_code == 2
    assert "Bước đẩy lên (git push) không thành công" in result.stderr
    assert "máy chủ từ chối" in result.stderr
    assert len(log(a, "stc")) == 1  # kept locally
    hook.unlink()
    again = team.run(a, "sync")
    assert again.exit_code == 0, again
    assert "Đã đẩy lên máy chủ." in again.stdout


def test_an_unreachable_server_stops_at_pull(team):
    a = team.clone("a")
    team.record(a, "1.3", "done", "--date", "28/01/2021")
    before = head(a)
    team.remote.rename(team.root / "moved.git")
    result = team.run(a, "sync")
    assert result.exit_code == 2
    assert "Bước lấy về (git pull) không thành công" in result.stderr
    assert head(a) == before


def test_sync_without_an_upstream_branch_says_what_to_do(cli, tmp_path):
    repo = tmp_path / "repo"
    (repo / "data").mkdir(parents=True)
    copy_plan(repo / PLAN)
    git(repo, "init", "-q")
    git(repo, "add", str(PLAN))
    git(repo, "commit", "-q", "-m", "init")
    git(repo, "remote", "add", "origin", str(tmp_path / "server.git"))
    result = cli("--file", str(repo / PLAN), "sync")
    assert result.exit_code == 2
    assert "git push -u origin" in result.stderr
    assert result.stderr.startswith("Lỗi: Bước kiểm tra trước khi đồng bộ: nhánh hiện tại")
    english = cli("--lang", "en", "--file", str(repo / PLAN), "sync")
    assert english.exit_code == 2
    assert english.stderr.startswith(
        "Error: Checks before syncing: the current branch is not linked to a branch on the "
        "server. Run 'git push -u origin <branch>' once"
    )


def test_sync_in_english(team):
    a, b = team.clone("a"), team.clone("b")
    team.record(a, "1.3", "done", "--date", "28/01/2021")
    assert team.run(a, "sync").exit_code == 0
    result = team.cli("--lang", "en", "--file", str(b / PLAN), "--today", TODAY, "sync")
    assert result.exit_code == 0, result
    assert "1 new updates:" in result.stdout
    assert "1.3 → done (28/01/2021)" in result.stdout


def test_without_the_driver_the_same_agency_conflicts_in_git(team):
    """What git-setup is for: git's own line merge cannot merge these two."""
    a, b = team.clone("a", setup=False), team.clone("b", setup=False)
    team.record(a, "1.3", "in_progress", "--date", "15/01/2021")
    team.record(b, "1.3", "done", "--date", "28/01/2021")
    assert team.run(a, "sync").exit_code == 0
    result = team.run(b, "sync")
    assert result.exit_code == 2
    assert "xung đột" in result.stderr
    check = team.run(b, "validate")  # git's own markers, inside the agency's log
    assert check.exit_code == 2
    assert "nhật ký cập nhật của stc" in check.stderr
    git(b, "merge", "--abort")
    assert team.run(b, "git-setup").exit_code == 0
    again = team.run(b, "sync")
    assert again.exit_code == 0, again
    assert len(log(b, "stc")) == 2


def _drop_task_13(folder: Path) -> None:
    content = text(folder)
    start = content.index('[[tasks]]\nid = "1.3"\n')
    end = content.index("[[tasks]]", start + 1)
    (folder / PLAN).write_text(content[:start] + content[end:], encoding="utf-8")
    git(folder, "commit", "-q", "-am", "Bỏ nhiệm vụ 1.3")


def test_a_merge_git_makes_that_does_not_validate_is_not_pushed(team):
    a, b = team.clone("a", setup=False), team.clone("b", setup=False)
    _drop_task_13(a)
    team.record(b, "1.3", "done", "--date", "28/01/2021")
    assert team.run(a, "sync").exit_code == 0
    remote = git(team.remote, "rev-parse", "main").strip()
    result = team.run(b, "sync")
    assert result.exit_code == 2
    assert "Bước kiểm tra tệp sau khi gộp" in result.stderr
    assert "git reset --merge" in result.stderr
    assert "1.3" in result.stderr
    assert git(team.remote, "rev-parse", "main").strip() == remote
    english = team.cli("--lang", "en", "--file", str(b / PLAN), "--today", TODAY, "sync")
    assert english.exit_code == 2
    assert (
        "\nError: Checking the file after the merge: the plan file has errors, so nothing was "
        "pushed. Fix them, commit, then run 'kehoach sync' again. "
    ) in english.stderr
    assert "1.3" in english.stderr


def test_a_task_deleted_on_one_side_and_recorded_for_on_the_other_is_marked(team):
    a, b = team.clone("a"), team.clone("b")
    _drop_task_13(a)
    team.record(b, "1.3", "done", "--date", "28/01/2021")
    mine = text(b)
    assert team.run(a, "sync").exit_code == 0
    result = team.run(b, "sync")
    assert result.exit_code == 2
    assert "Bước gộp (git pull) chưa xong: còn xung đột ở data/tasks.toml" in result.stderr
    assert "giữ nguyên bản của nhánh này" not in result.stderr
    assert "nhiệm vụ 1.3" in result.stderr and "chỉ có ở bản của máy này" in result.stderr
    merged = text(b)
    assert merged.count(OURS_MARK) == 1 and '{ date = 2021-01-28, task = "1.3"' in merged
    git(b, "merge", "--abort")
    assert text(b) == mine
    assert git(b, "status", "--porcelain") == ""


def test_git_setup_quotes_a_plan_path_with_spaces_and_brackets(cli, tmp_path):
    repo = tmp_path / "repo"
    plan = repo / "Kế hoạch 2021" / "data" / "tasks [v1].toml"
    plan.parent.mkdir(parents=True)
    copy_plan(plan)
    git(repo, "init", "-q")
    assert cli("--file", str(plan), "git-setup").exit_code == 0
    relative = "Kế hoạch 2021/data/tasks [v1].toml"
    assert git(repo, "check-attr", "merge", "--", relative).strip().endswith(": merge: kehoach")
    other = "Kế hoạch 2021/data/tasks v1.toml"  # the brackets are not a glob
    assert git(repo, "check-attr", "merge", "--", other).strip().endswith(": merge: unspecified")
    again = cli("--file", str(plan), "git-setup")
    assert ".gitattributes đã có" in again.stdout
