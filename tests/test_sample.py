"""The sample plan is never a surprise: noted when read, refused by check and by every write."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import REAL_PLAN, plan_bytes

NOTICE_VI = "Lưu ý: đang dùng kế hoạch mẫu đi kèm, chỉ để xem; dùng --file hoặc kehoach init.\n"
NOTICE_EN = (
    "Note: using the sample plan shipped with the program, for viewing only; use --file "
    "or kehoach init.\n"
)
WRITES = (
    ("record", "1.3", "done"),
    ("submit", "stc"),
    ("add", "N1", "--section", "1", "--text", "x", "--lead", "stc"),
    ("withdraw", "1.3"),
    ("extend", "II.1.2", "--to", "31/03/2021", "--ref", "Công văn số 50/UBND-TH"),
)


@pytest.fixture
def marked(tmp_path: Path) -> Path:
    """A copy of the sample that kept its mark, where an office would keep its own plan."""
    target = tmp_path / "office" / "data" / "tasks.toml"
    target.parent.mkdir(parents=True)
    shutil.copyfile(REAL_PLAN, target)
    return target


def test_reading_the_sample_says_so_in_one_line_and_prints_the_same(cli, tmp_path):
    own = tmp_path / "tasks.toml"
    own.write_bytes(plan_bytes())
    for lang, notice in (("vi", NOTICE_VI), ("en", NOTICE_EN)):
        args = ("--lang", lang, "--today", "25/01/2021", "overdue")
        sample = cli("--file", str(REAL_PLAN), *args)
        mine = cli("--file", str(own), *args)
        assert (sample.exit_code, sample.stdout) == (mine.exit_code, mine.stdout)
        assert sample.stderr == notice and mine.stderr == ""


def test_the_embedded_sample_is_noted_too(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no data/tasks.toml here or above
    result = cli("--today", "25/01/2021", "show", "1.3")
    assert result.exit_code == 0 and result.stderr == NOTICE_VI


def test_check_refuses_the_sample_with_one_clear_error(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for lang, words in (("vi", "KEHOACH_FILE="), ("en", "KEHOACH_FILE=")):
        result = cli("--lang", lang, "--today", "25/01/2021", "check")
        assert result.exit_code == 2 and result.stdout == ""
        assert len(result.stderr.splitlines()) == 1
        assert words in result.stderr and "kehoach init" in result.stderr
    marked = cli("--file", str(REAL_PLAN), "--today", "25/01/2021", "check")
    assert marked.exit_code == 2 and "sample = true" in marked.stderr


@pytest.mark.parametrize("args", WRITES, ids=lambda a: a[0])
def test_every_write_refuses_a_marked_copy_wherever_it_is(cli, marked, monkeypatch, args):
    before = marked.read_bytes()
    for how in ("file", "found"):
        if how == "found":
            monkeypatch.chdir(marked.parent.parent)
            result = cli("--today", "10/02/2021", *args)
        else:
            result = cli("--file", str(marked), "--today", "10/02/2021", *args)
        assert result.exit_code == 2, result
        assert "kehoach init" in result.stderr and "sample = true" in result.stderr
        assert marked.read_bytes() == before
    english = cli("--lang", "en", "--file", str(marked), "--today", "10/02/2021", *args)
    assert "is the sample plan" in english.stderr and "kehoach init" in english.stderr


def test_init_writes_the_plan_without_the_mark_and_it_can_be_written(cli, tmp_path):
    result = cli("init", str(tmp_path / "kh"))
    assert result.exit_code == 0
    created = tmp_path / "kh" / "data" / "tasks.toml"
    text = created.read_text(encoding="utf-8")
    assert "sample" not in text.split("[sections]")[0]
    # Only the mark's line differs from the sample.
    sample_lines = REAL_PLAN.read_text(encoding="utf-8").split("\n")
    assert [line for line in sample_lines if line not in text.split("\n")] == [
        next(line for line in sample_lines if line.startswith("sample = true"))
    ]
    done = cli("--file", str(created), "--today", "10/02/2021", "record", "1.3", "done")
    assert done.exit_code == 0 and done.stderr == ""


def test_the_mark_must_be_true_or_false(cli, tmp_path):
    bad = tmp_path / "tasks.toml"
    bad.write_text(
        REAL_PLAN.read_text(encoding="utf-8").replace("sample = true", 'sample = "yes"', 1),
        encoding="utf-8",
    )
    for lang, words in (("vi", "'sample' phải là true hoặc false"), ("en", "true or false")):
        result = cli("--lang", lang, "--file", str(bad), "validate")
        assert result.exit_code == 2 and words in result.stderr


def test_sync_refuses_a_marked_copy_before_touching_git(cli, marked):
    result = cli("--file", str(marked), "sync")
    assert result.exit_code == 2
    assert "sample = true" in result.stderr and "kehoach init" in result.stderr


def test_the_mark_is_read_only_when_true():
    from kehoach_cli.planfile.load import is_marked_sample, without_sample_mark

    text = REAL_PLAN.read_text(encoding="utf-8")
    assert is_marked_sample(text)
    assert not is_marked_sample(without_sample_mark(text))
    assert not is_marked_sample(text.replace("sample = true", "sample = false", 1))
