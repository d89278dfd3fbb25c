"""Submissions that make sense, and several agencies in one command (submit, record)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kehoach_cli.planfile import writer

# These tests read what the messages say: one message a line (conftest's wide_terminal).
pytestmark = pytest.mark.usefixtures("wide_terminal")


@pytest.fixture
def kh(cli, plan_file):
    """``kehoach --file <copy> --today 10/02/2021 ARGS``."""

    def run(*args: str, today: str = "10/02/2021"):
        return cli("--file", str(plan_file), "--today", today, *args)

    return run


@pytest.fixture
def writes(monkeypatch) -> list[Path]:
    """Every replacement of the plan file, counted."""
    done: list[Path] = []
    real = writer.atomic_write

    def counted(path: Path, data: bytes) -> None:
        done.append(path)
        real(path, data)

    monkeypatch.setattr(writer, "atomic_write", counted)
    return done


def _logs(plan_file: Path) -> dict[str, list[dict]]:
    data = tomllib.loads(plan_file.read_text(encoding="utf-8"))
    return {key: table["log"] for key, table in data["events"].items() if table["log"]}


# --- periods ------------------------------------------------------------------------


def test_a_period_that_has_not_begun_is_refused_naming_the_day_it_begins(kh, plan_file):
    before = plan_file.read_bytes()
    vi = kh("submit", "stc", "--period", "04/2021")
    en = kh("--lang", "en", "submit", "stc", "--period", "04/2021")
    assert (vi.exit_code, en.exit_code) == (2, 2)
    assert "Kỳ tháng 04/2021 chưa bắt đầu (bắt đầu từ ngày 01/04/2021)" in vi.stderr
    assert "--early" in vi.stderr
    assert "has not begun (it begins on 01/04/2021)" in en.stderr and "--early" in en.stderr
    assert plan_file.read_bytes() == before


def test_early_lets_a_period_that_has_not_begun_be_recorded(kh, plan_file):
    result = kh("submit", "stc", "--period", "04/2021", "--early")
    assert result.exit_code == 0, result
    assert _logs(plan_file)["stc"][0]["period"] == "2021-04"


def test_without_a_period_the_current_one_is_taken_never_a_future_one(kh, plan_file):
    january = kh("submit", "stc")  # overdue January first
    february = kh("submit", "stc")  # then the month under way
    assert "tháng 01/2021" in january.stdout and "tháng 02/2021" in february.stdout
    before = plan_file.read_bytes()
    third = kh("submit", "stc")
    assert third.exit_code == 2
    assert "đã nộp mọi kỳ báo cáo bc-thang đã đến hạn" in third.stderr
    assert "tháng 03/2021, bắt đầu từ ngày 01/03/2021" in third.stderr
    assert "--period 2021-03 --early" in third.stderr
    english = kh("--lang", "en", "submit", "stc")
    assert "the next is 03/2021, which begins on 01/03/2021" in english.stderr
    assert plan_file.read_bytes() == before


# --- several agencies ---------------------------------------------------------------


def test_submit_several_agencies_in_one_write_one_line_each(kh, plan_file, writes):
    result = kh("submit", "stc", "Sở Xây dựng", "huong khe", "--period", "01/2021")
    assert result.exit_code == 0, result
    lines = result.stdout.splitlines()
    assert [line.split(" nộp ")[0] for line in lines] == [
        "Đã ghi: Sở Tài chính",
        "Đã ghi: Sở Xây dựng",
        "Đã ghi: UBND huyện Hương Khê",
    ]
    assert len(writes) == 1
    logs = _logs(plan_file)
    assert set(logs) == {"stc", "sxd", "ubnd-huong-khe"}
    assert all(log == [logs["stc"][0]] for log in logs.values())


def test_submit_a_group(kh, plan_file, writes):
    result = kh("--lang", "en", "submit", "@districts", "--period", "01/2021")
    assert result.exit_code == 0, result
    assert len(result.stdout.splitlines()) == 13 and len(writes) == 1
    assert len(_logs(plan_file)) == 13


def test_one_wrong_agency_writes_nothing_and_every_problem_is_listed(kh, plan_file, writes):
    assert kh("submit", "sxd", "--period", "01/2021").exit_code == 0
    before = plan_file.read_bytes()
    args = ("submit", "stc", "nobody", "vpubnd", "sxd", "--period", "01/2021")
    vi, en = kh(*args), kh("--lang", "en", *args)
    assert (vi.exit_code, en.exit_code) == (2, 2)
    assert vi.stdout == en.stdout == ""
    assert "Không ghi gì cho 4 đơn vị vì 3 đơn vị không ghi được" in vi.stderr
    assert "'nobody'" in vi.stderr
    assert "VP UBND không có nghĩa vụ gửi báo cáo bc-thang" in vi.stderr
    assert "Sở Xây dựng đã được ghi nộp báo cáo bc-thang tháng 01/2021" in vi.stderr
    assert "Nothing recorded for the 4 agencies because 3 of them cannot be recorded" in en.stderr
    assert plan_file.read_bytes() == before and len(writes) == 1
    corrected = kh("submit", "stc", "sxd", "--period", "01/2021", "--correct")
    assert corrected.exit_code == 0, corrected


def test_record_several_leads_at_once(kh, plan_file, writes):
    result = kh("record", "8.3.1", "done", "--agency", "stc", "--agency", "sxd")
    assert result.exit_code == 0, result
    assert len(result.stdout.splitlines()) == 2 and len(writes) == 1
    assert {key: log[0]["status"] for key, log in _logs(plan_file).items()} == {
        "stc": "done",
        "sxd": "done",
    }
    group = kh("--lang", "en", "record", "8.3.1", "in_progress", "-a", "@districts")
    assert group.exit_code == 0, group
    assert len(group.stdout.splitlines()) == 13 and len(writes) == 2
    assert all(line.startswith("Recorded: ") for line in group.stdout.splitlines())


def test_record_refuses_the_lot_if_one_is_not_a_lead(kh, plan_file):
    before = plan_file.read_bytes()
    result = kh("record", "6.2.1", "done", "-a", "snnptnt", "-a", "@districts")
    assert result.exit_code == 2
    assert "Không ghi gì cho 14 đơn vị vì 13 đơn vị không ghi được" in result.stderr
    assert result.stderr.count("không chủ trì nhiệm vụ 6.2.1") == 13
    assert plan_file.read_bytes() == before
