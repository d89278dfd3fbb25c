"""A cache only the user can feed: forged, edited, linked or shared entries are never used.

Each case ends the same way: the command answers exactly as with
``KEHOACH_NO_CACHE=1``, or the entry is shown not to be used.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kehoach_cli.planfile import cache, holidays
from kehoach_cli.planfile import load as storage
from tests.conftest import REAL_PLAN

posix_only = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
TODAY = "01/03/2021"
# Read commands whose answers depend on every part of the plan and on the holidays.
COMMANDS = [["overdue"], ["deadlines"], ["show", "II.1.2"], ["summary", "--format", "md"]]


def parse_only(path: Path):
    return storage.validate(storage.read_raw(storage.PlanSource(path)), str(path))


def answers(cli, path: Path, env: dict[str, str] | None = None) -> list[tuple[int, str, str]]:
    found = []
    for args in COMMANDS:
        done = cli("--file", str(path), "--today", TODAY, *args, env=env)
        found.append((done.exit_code, done.stdout, done.stderr))
    return found


def assert_as_without_cache(cli, path: Path) -> None:
    assert answers(cli, path) == answers(cli, path, {cache.ENV_OFF: "1"})


def entry_of(path: Path) -> Path:
    return cache._entry(cache.plan_key(path.read_bytes()))


@pytest.fixture
def plan(plan_file: Path) -> Path:
    """A plan whose entry is in the cache."""
    storage.load(storage.PlanSource(plan_file))
    assert entry_of(plan_file).is_file()
    return plan_file


@pytest.fixture
def other_plan(tmp_path: Path) -> Path:
    """Another valid plan, with different tasks and events."""
    path = tmp_path / "other" / "tasks.toml"
    path.parent.mkdir()
    text = REAL_PLAN.read_text(encoding="utf-8")
    text = text.replace('"Chỉ đạo quyết liệt, sâu sát', '"KHÁC: Chỉ đạo quyết liệt, sâu sát', 1)
    text = text.replace(
        "[events.stc]\nlog = []",
        '[events.stc]\nlog = [\n  { date = 2021-01-20, task = "1.3", status = "done" },\n]',
    )
    path.write_text(text, encoding="utf-8")
    assert parse_only(path) != parse_only(REAL_PLAN)
    return path


# -- forged and edited entries ------------------------------------------------------


def test_a_forged_entry_with_a_valid_checksum_from_another_plan_is_not_used(cli, plan, other_plan):
    """The body of another plan, this plan's bytes, signed for them under a key of
    the forger's own: the entry is refused."""
    data = plan.read_bytes()
    body = cache.encode_plan(parse_only(other_plan))
    depends = cache._plan_depends(cache.plan_key(data))
    forged = cache._pack(os.urandom(32), depends, body, data)
    entry_of(plan).write_bytes(forged)
    assert cache.get_plan(data) is None
    assert_as_without_cache(cli, plan)


def test_another_plans_entry_under_this_plans_name_is_not_used(cli, plan, other_plan):
    """A genuine entry, signed with the cache's key, but made from other bytes."""
    storage.load(storage.PlanSource(other_plan))
    entry_of(plan).write_bytes(entry_of(other_plan).read_bytes())
    assert cache.get_plan(plan.read_bytes()) is None
    assert_as_without_cache(cli, plan)


def test_the_copy_of_this_plan_does_not_make_another_plans_body_verify(plan, other_plan):
    """Another plan's genuine entry with this plan's bytes as its copy: the body
    is signed for the bytes it was made from, so it is refused."""
    storage.load(storage.PlanSource(other_plan))
    stored = entry_of(other_plan).read_bytes()
    size = int.from_bytes(stored[32:40], "big")
    entry_of(plan).write_bytes(stored[: 40 + size] + plan.read_bytes())
    assert cache.get_plan(plan.read_bytes()) is None
    assert cache.get_plan(other_plan.read_bytes()) == parse_only(other_plan)


def test_an_edited_holidays_cache_does_not_move_deadlines(cli, plan):
    """II.1.2 is due Sunday 31/01/2021, so Monday 01/02; a forged holiday on 01/02
    would move it to 02/02. The edited file is not believed."""
    assert answers(cli, plan)  # fills the holidays cache
    path = cache.cache_dir() / cache._HOLIDAYS
    version = holidays.library_version()
    years = {"2021": sorted(d.isoformat() for d in holidays.vietnam_holidays(2021))}
    years["2021"].append("2021-02-01")
    forged = cache._pack(os.urandom(32), {"version": version, "names": "vi"}, years)
    path.write_bytes(forged)
    assert cache.get_holidays(version, 2021) is None
    assert date(2021, 2, 1) not in holidays.cached_vietnam_holidays(2021)
    path.write_bytes(forged)
    assert_as_without_cache(cli, plan)
    shown = cli("--file", str(plan), "--today", TODAY, "show", "II.1.2").stdout
    assert "01/02/2021" in shown and "02/02/2021" not in shown


def test_a_replaced_key_makes_every_entry_a_miss(plan):
    (cache.cache_dir() / cache._KEY).write_bytes(os.urandom(32))
    assert cache.get_plan(plan.read_bytes()) is None


# -- files that are not the user's regular files ---------------------------------------


@posix_only
def test_a_fifo_in_place_of_an_entry_does_not_hang(plan, tmp_path):
    """Run in a child process with a time limit: opening a FIFO must not wait for a writer."""
    entry = entry_of(plan)
    entry.unlink()
    os.mkfifo(entry)
    days = cache.cache_dir() / cache._HOLIDAYS
    days.unlink(missing_ok=True)
    os.mkfifo(days)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / ".cache")}
    argv = [sys.executable, "-m", "kehoach_cli", "--file", str(plan), "--today", TODAY]
    runs = []
    for extra in ({}, {cache.ENV_OFF: "1"}):
        done = subprocess.run(
            [*argv, "overdue"],
            env={**env, **extra},
            capture_output=True,
            timeout=120,
            check=False,
        )
        runs.append((done.returncode, done.stdout, done.stderr))
    assert runs[0] == runs[1]
    assert runs[0][0] in (0, 1) and runs[0][1]
    # the miss wrote a genuine entry in its place
    assert cache.get_plan(plan.read_bytes()) == parse_only(plan)


@posix_only
def test_a_symlinked_entry_is_not_followed(cli, plan, tmp_path):
    entry = entry_of(plan)
    elsewhere = tmp_path / "elsewhere.marshal"
    entry.rename(elsewhere)
    entry.symlink_to(elsewhere)
    assert cache.get_plan(plan.read_bytes()) is None
    assert_as_without_cache(cli, plan)


@posix_only
def test_a_symlinked_key_is_not_followed(plan, tmp_path):
    key = cache.cache_dir() / cache._KEY
    elsewhere = tmp_path / "key"
    key.rename(elsewhere)
    key.symlink_to(elsewhere)
    assert cache.get_plan(plan.read_bytes()) is None


@posix_only
def test_an_entry_others_can_write_is_not_used(plan):
    entry = entry_of(plan)
    entry.chmod(0o622)
    assert cache.get_plan(plan.read_bytes()) is None
    entry.chmod(0o600)
    assert cache.get_plan(plan.read_bytes()) == parse_only(plan)


# -- the directory -------------------------------------------------------------------------


@posix_only
def test_the_directory_is_made_private(plan):
    mode = stat.S_IMODE(os.lstat(cache.cache_dir()).st_mode)
    assert mode == 0o700
    assert stat.S_IMODE(os.lstat(cache.cache_dir() / cache._KEY).st_mode) == 0o600
    assert stat.S_IMODE(os.lstat(entry_of(plan)).st_mode) == 0o600


@posix_only
def test_a_group_writable_directory_is_not_used(cli, plan):
    folder = cache.cache_dir()
    folder.chmod(0o770)
    assert cache.usable_dir() is None
    assert cache.get_plan(plan.read_bytes()) is None
    assert_as_without_cache(cli, plan)
    before = sorted(os.listdir(folder))
    storage.load(storage.PlanSource(plan))  # nothing written there either
    holidays.cached_vietnam_holidays(2030)
    assert sorted(os.listdir(folder)) == before


@posix_only
def test_a_directory_owned_by_another_user_is_not_used(cli, plan, monkeypatch):
    mine = os.getuid()
    monkeypatch.setattr(os, "getuid", lambda: mine + 1)
    assert cache.usable_dir() is None
    assert cache.get_plan(plan.read_bytes()) is None
    assert cache.get_holidays(holidays.library_version(), 2021) is None
    assert_as_without_cache(cli, plan)


@posix_only
def test_files_owned_by_another_user_are_not_read(plan, monkeypatch):
    """The owner check of files, apart from the directory's."""
    real = os.fstat
    mine = os.getuid()

    def foreign(fd: int) -> os.stat_result:
        st = real(fd)
        if stat.S_ISREG(st.st_mode):
            values = list(st)
            values[stat.ST_UID] = mine + 1
            return os.stat_result(values)
        return st

    monkeypatch.setattr(os, "fstat", foreign)
    assert cache.get_plan(plan.read_bytes()) is None


@posix_only
def test_a_symlinked_directory_is_not_used(plan, tmp_path, monkeypatch):
    target = tmp_path / "real-cache"
    target.mkdir(mode=0o700)
    (target / "kehoach").symlink_to(cache.cache_dir())
    monkeypatch.setenv("XDG_CACHE_HOME", str(target))
    assert cache.usable_dir() is None
    assert cache.get_plan(plan.read_bytes()) is None


@pytest.mark.parametrize("value", ["/", "//", "relative/cache", ".cache", "./x"])
def test_a_root_or_relative_xdg_cache_home_is_ignored(cli, plan, monkeypatch, value):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", value)
    assert cache.cache_dir() == Path.home() / ".cache" / "kehoach"
    monkeypatch.setenv("HOME", str(plan.parent.parent / "home"))
    assert cache.cache_dir() == plan.parent.parent / "home" / ".cache" / "kehoach"
    assert_as_without_cache(cli, plan)
    assert not Path("/kehoach").exists()
