"""Plans and commands that would hang or overflow are refused, quickly.

A report rule expanded for ever, a plan running to the year 9999, a window of
a billion days: each is a mistake a person can make, and each must end in
exit status 2 with a message in the user's language. Where a hang is possible
the command runs in a subprocess with a timeout, so a regression fails the
test instead of stalling the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kehoach_cli.core.schedule import rule_problem
from tests.conftest import REAL_PLAN

FIRST_RULE = 'rrule = "FREQ=MONTHLY;BYMONTHDAY=20"'
TIMEOUT = 60  # far above what any of these needs; only a hang reaches it


def _kehoach(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kehoach_cli", *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=cwd,
        env={**os.environ, "KEHOACH_NO_CACHE": "1"},
    )


def _plan_with(tmp_path: Path, old: str, new: str) -> Path:
    text = REAL_PLAN.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "tasks.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


LOOPED = "FREQ=MONTHLY;INTERVAL=0;BYMONTHDAY=20"  # dateutil expanded it for ever
RULES = [
    (LOOPED, "INTERVAL phải là số nguyên từ 1 trở lên", command)
    for command in ("reports", "deadlines", "summary", "overdue", "check")
] + [
    ("FREQ=SECONDLY", "tần suất SECONDLY không dùng được", "reports"),
    ("FREQ=MINUTELY", "tần suất MINUTELY không dùng được", "deadlines"),
    ("FREQ=HOURLY;BYMONTHDAY=20", "tần suất HOURLY không dùng được", "summary"),
    ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "không tháng nào trong BYMONTH", "overdue"),
    ("FREQ=DAILY;BYHOUR=1,2,3", "thành phần BYHOUR không dùng được", "check"),
]


@pytest.mark.parametrize(("rule", "words", "command"), RULES)
def test_a_rule_that_would_never_end_is_refused(tmp_path, rule, words, command):
    plan = _plan_with(tmp_path, FIRST_RULE, f'rrule = "{rule}"')
    result = _kehoach("--file", str(plan), "--today", "10/02/2021", command, cwd=tmp_path)
    assert result.returncode == 2, result
    assert words in result.stderr and "Traceback" not in result.stderr


def test_submit_on_a_rule_that_would_never_end_is_refused_and_leaves_the_file(tmp_path):
    plan = _plan_with(tmp_path, FIRST_RULE, 'rrule = "FREQ=MONTHLY;INTERVAL=0"')
    before = plan.read_bytes()
    args = ("--lang", "en", "--file", str(plan), "--today", "25/02/2021")
    result = _kehoach(*args, "submit", "stc", "--period", "02/2021", cwd=tmp_path)
    assert result.returncode == 2, result
    assert "INTERVAL must be a whole number of at least 1, not 0" in result.stderr
    assert plan.read_bytes() == before


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("end = 2021-12-31", "end = 9999-12-31", "ngày 31/12/9999 nằm ngoài khoảng cho phép"),
        ("start = 2021-01-01", "start = 0001-01-01", "nằm ngoài khoảng cho phép"),
        ("end = 2021-12-31", "end = 3021-12-31", "ngày 31/12/3021 nằm ngoài khoảng cho phép"),
        ("end = 2021-12-31", "end = 2040-12-31", "kế hoạch dài quá 10 năm"),
        ("due = 2021-01-31", 'due = "0000"', "không phải chuỗi '0000'"),
        ("due = 2021-01-31", 'due = "9999-H2"', "không phải chuỗi '9999-H2'"),
    ],
)
def test_a_plan_period_out_of_bounds_is_refused(cli, tmp_path, old, new, words):
    plan = _plan_with(tmp_path, old, new)
    for command in ("validate", "deadlines", "reports"):
        result = cli("--file", str(plan), "--today", "10/02/2021", command)
        assert result.exit_code == 2, result
        assert words in result.stderr


@pytest.mark.parametrize(
    ("args", "vi", "en"),
    [
        (
            ("--today", "31/12/9999", "deadlines"),
            "nằm ngoài khoảng cho phép (01/01/1900 – 31/12/2100)",
            "is outside the allowed range (01/01/1900 – 31/12/2100)",
        ),
        (
            ("--today", "10/02/2021", "deadlines", "--within", "999999999"),
            "--within 999999999 ngày là quá xa; tối đa 3660 ngày",
            "--within 999999999 days is too far; at most 3660 days",
        ),
        (
            ("--today", "10/02/2021", "check", "--within", "999999999"),
            "--within 999999999 ngày là quá xa",
            "--within 999999999 days is too far",
        ),
        (
            ("--today", "10/02/2021", "reports", "--from", "01/0001", "--to", "12/9999"),
            "Ngày '01/0001' nằm ngoài khoảng cho phép",
            "The date '01/0001' is outside the allowed range",
        ),
        (
            ("--today", "10/02/2021", "deadlines", "--from", "01/01/0001"),
            "Ngày '01/01/0001' nằm ngoài khoảng cho phép",
            "The date '01/01/0001' is outside the allowed range",
        ),
        (
            ("--today", "10/02/2021", "record", "1.3", "done", "--date", "31/12/9999"),
            "Ngày '31/12/9999' nằm ngoài khoảng cho phép",
            "The date '31/12/9999' is outside the allowed range",
        ),
    ],
)
def test_typed_dates_and_days_out_of_bounds_are_refused(cli, plan_file, args, vi, en):
    before = plan_file.read_bytes()
    for lang, words in (("vi", vi), ("en", en)):
        result = cli("--lang", lang, "--file", str(plan_file), *args)
        assert result.exit_code == 2, result
        assert words in result.stderr and "Traceback" not in result.stderr
    assert plan_file.read_bytes() == before


def test_the_rule_check_reads_the_text_without_expanding_it():
    start, end = date(2021, 1, 1), date(2030, 12, 31)
    assert rule_problem("FREQ=MONTHLY;BYMONTHDAY=20", start, end) is None
    assert rule_problem("FREQ=DAILY", start, end) is None
    assert rule_problem("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", start, end) is None
    assert rule_problem("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", start, end) is None
    assert rule_problem("FREQ=MONTHLY;INTERVAL=-1", start, end).key == "error.rule.interval"
    assert rule_problem("FREQ=MONTHLY;INTERVAL=x", start, end).key == "error.rule.interval"
    assert rule_problem("FREQ=DAILY;BYMONTHDAY=1", date(1900, 1, 1), date(2100, 1, 1)).key == (
        "error.rule.too_many"
    )
