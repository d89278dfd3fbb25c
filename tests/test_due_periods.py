"""Deadlines written as a period (month, quarter, half-year, year): read, checked,
worded, kept as written in JSON, and cached."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kehoach_cli.core.dates import due_period_end, parse_period
from kehoach_cli.core.errors import KehoachError
from kehoach_cli.planfile import cache
from kehoach_cli.planfile import load as storage
from kehoach_cli.present.wording import period_label
from tests.conftest import REAL_PLAN

WRITTEN = "due = 2021-01-31"


def _plan_with(tmp_path: Path, due: str) -> Path:
    text = REAL_PLAN.read_text(encoding="utf-8")
    assert text.count(WRITTEN) == 1
    path = tmp_path / "tasks.toml"
    path.write_text(text.replace(WRITTEN, f"due = {due}"), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("code", "last"),
    [
        ("2021-06", date(2021, 6, 30)),
        ("2021-02", date(2021, 2, 28)),
        ("2021-Q2", date(2021, 6, 30)),
        ("2021-H1", date(2021, 6, 30)),
        ("2021-H2", date(2021, 12, 31)),
        ("2021", date(2021, 12, 31)),
    ],
)
def test_a_period_deadline_is_the_last_day_of_the_period(code, last):
    assert due_period_end(code) == last


@pytest.mark.parametrize(
    "code", ["2021-6", "2021-13", "2021-Q5", "2021-H3", "Q2/2021", "30/06/2021"]
)
def test_only_period_codes_are_deadlines(code):
    with pytest.raises(KehoachError):
        due_period_end(code)


def test_periods_as_people_write_them():
    assert parse_period("6 tháng đầu năm 2021") == ("half", "2021-H1")
    assert parse_period("6 tháng cuối năm 2021") == ("half", "2021-H2")
    assert parse_period("quý II/2021") == ("quarter", "2021-Q2")
    assert period_label("2021-H1") == "6 tháng đầu năm 2021"
    assert period_label("2021-H2", "en") == "second half of 2021"
    assert period_label("2021-Q2") == "quý II/2021"


def test_a_bad_period_code_is_reported_with_its_line(cli, tmp_path):
    path = _plan_with(tmp_path, '"2021-Q5"')
    result = cli("--file", str(path), "validate")
    assert result.exit_code == 2
    line = path.read_text(encoding="utf-8").splitlines().index('due = "2021-Q5"') + 1
    assert f"{path}:{line}:" in result.stderr
    assert "'2021-Q5'" in result.stderr and "2021-H1" in result.stderr


def test_a_period_outside_the_plan_is_reported(cli, tmp_path):
    result = cli("--file", str(_plan_with(tmp_path, '"2022-Q1"')), "validate")
    assert result.exit_code == 2 and "ngoài thời gian" in result.stderr


def test_json_keeps_the_code_and_gives_the_effective_date(cli, tmp_path):
    path = _plan_with(tmp_path, '"2021-Q3"')  # 30/09/2021 is a Thursday
    rows = json.loads(cli("--file", str(path), "list", "--format", "json").stdout)
    row = next(r for r in rows if r["id"] == "II.1.2")
    assert (row["due"], row["effective_due"]) == ("2021-Q3", "2021-09-30")
    path = _plan_with(tmp_path, '"2021-H1"')  # 30/06/2021 is a Wednesday
    rows = json.loads(cli("--file", str(path), "list", "--format", "json").stdout)
    assert next(r for r in rows if r["id"] == "II.1.2")["due"] == "2021-H1"


def test_the_deadline_rule_applies_to_the_last_day(cli, tmp_path):
    path = _plan_with(tmp_path, '"2021-01"')  # 31/01/2021 is a Sunday
    rows = json.loads(cli("--file", str(path), "list", "--format", "json").stdout)
    row = next(r for r in rows if r["id"] == "II.1.2")
    assert (row["due"], row["effective_due"]) == ("2021-01", "2021-02-01")


def test_human_output_says_the_period(cli, tmp_path):
    path = _plan_with(tmp_path, '"2021-Q2"')
    shown = cli("--file", str(path), "show", "II.1.2").stdout
    assert "quý II/2021" in shown and "30/06/2021" in shown
    english = cli("--lang", "en", "--file", str(path), "show", "II.1.2").stdout
    assert "Q2/2021" in english
    listed = cli("--file", str(path), "list", "--section", "II.1").stdout
    assert "quý II/2021" in listed
    half = cli("--file", str(_plan_with(tmp_path, '"2021-H1"')), "show", "II.1.2").stdout
    assert "6 tháng đầu năm 2021" in half


def test_the_cache_gives_the_period_back(tmp_path):
    path = _plan_with(tmp_path, '"2021-H2"')
    plan, _ = storage.load(storage.PlanSource(path))
    again = cache.decode_plan(cache.encode_plan(plan))
    task = next(t for t in again.tasks if t.id == "II.1.2")
    assert (task.due_period, task.due) == ("2021-H2", date(2021, 12, 31))
    assert again == plan


def test_date_deadlines_are_unchanged():
    plan, _ = storage.load(storage.PlanSource(REAL_PLAN))
    task = next(t for t in plan.tasks if t.id == "II.1.2")
    assert (task.due, task.due_period) == (date(2021, 1, 31), "")
