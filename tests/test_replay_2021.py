"""Replaying 2021 on the real plan with --today: the monthly and annual reports
and the 31/01/2021 implementation-plan deadline (task II.1.2).

Calendar facts: 20/01/2021 is a Wednesday; 31/01/2021 a Sunday, so II.1.2's
effective deadline is Monday 01/02/2021; 20/02/2021 a Saturday (effective
22/02); 10/12/2021 a Friday. The 38 reporting units are @all (25 departments
and the like, 13 districts).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kehoach_cli.planfile.load import PlanSource, load
from tests.conftest import REAL_PLAN

# These tests read what the messages say: one message a line (conftest's wide_terminal).
pytestmark = pytest.mark.usefixtures("wide_terminal")


PLAN, _ = load(PlanSource(REAL_PLAN))
ALL = PLAN.expand(["@all"])


def run(cli, path: Path, today: str, *args: str) -> list[dict]:
    """``kehoach --file PATH --today TODAY ARGS`` parsed as JSON (exit 0 or 1)."""
    result = cli("--file", str(path), "--today", today, *args)
    assert result.exit_code in (0, 1), result
    return json.loads(result.stdout)


def submit(cli, path: Path, agency: str, period: str, day: str, report: str = "bc-thang") -> None:
    """Record a report submission the way staff do: ``kehoach submit``."""
    result = cli(
        "--file", str(path), "--today", day,
        "submit", agency, "--report", report, "--period", period, "--date", day,
    )  # fmt: skip
    assert result.exit_code == 0, result


def record(cli, path: Path, agency: str, task: str, status: str, day: str) -> None:
    """Record a task status update the way staff do: ``kehoach record``."""
    result = cli(
        "--file", str(path), "--today", day,
        "record", task, status, "--agency", agency, "--date", day,
    )  # fmt: skip
    assert result.exit_code == 0, result


def test_the_calendar_facts_hold():
    assert PLAN.info.deadline_rule == "next_working_day"
    assert len(ALL) == 38
    assert date(2021, 1, 20).weekday() == 2  # Wednesday
    assert date(2021, 1, 31).weekday() == 6  # Sunday
    assert date(2021, 2, 20).weekday() == 5  # Saturday
    assert {r.id: r.reporters for r in PLAN.reports} == {"bc-thang": ("@all",), "bc-nam": ("@all",)}


# --- 21/01/2021: nobody has sent January's report ----------------------------------------


def test_21_january_every_unit_misses_the_january_report(cli):
    rows = run(cli, REAL_PLAN, "21/01/2021", "reports", "--report", "bc-thang", "--format", "json")
    assert [r["agency"] for r in rows] == list(ALL)
    for row in rows:
        assert row == {
            "agency": row["agency"],
            "report": "bc-thang",
            "period": "2021-01",
            "due": "2021-01-20",
            "effective_due": "2021-01-20",
            "submitted": None,
            "state": "missing",
            "days_late": 1,
        }


def test_21_january_overdue_lists_the_38_missing_reports(cli):
    result = cli("--file", str(REAL_PLAN), "--today", "21/01/2021", "overdue", "--format", "json")
    assert result.exit_code == 1
    rows = json.loads(result.stdout)
    assert sorted(r["agency"] for r in rows) == sorted(ALL)
    assert {(r["kind"], r["ref"], r["period"], r["days_overdue"]) for r in rows} == {
        ("report", "bc-thang", "2021-01", 1)
    }


def test_20_january_nothing_is_overdue_yet(cli):
    result = cli("--file", str(REAL_PLAN), "--today", "20/01/2021", "overdue", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_21_january_with_some_reports_sent(cli, plan_file):
    submit(cli, plan_file, "stc", "01/2021", "19/01/2021")
    submit(cli, plan_file, "ubnd-huong-khe", "01/2021", "20/01/2021")  # on the day: on time
    rows = run(cli, plan_file, "21/01/2021", "reports", "--report", "bc-thang", "--format", "json")
    states = {r["agency"]: (r["state"], r["submitted"]) for r in rows}
    assert states["stc"] == ("on_time", "2021-01-19")
    assert states["ubnd-huong-khe"] == ("on_time", "2021-01-20")
    missing = sorted(a for a, (state, _) in states.items() if state == "missing")
    assert missing == sorted(set(ALL) - {"stc", "ubnd-huong-khe"})


# --- 23/02/2021: February's report, due on a Saturday --------------------------------------


def feb_state(cli, path: Path, agency: str) -> dict:
    rows = run(
        cli,
        path,
        "23/02/2021",
        "reports",
        "--report",
        "bc-thang",
        "--agency",
        agency,
        "--format",
        "json",
    )
    return next(r for r in rows if r["period"] == "2021-02")


def test_23_february_report_sent_on_monday_22_is_on_time_under_the_working_day_rule(cli, plan_file):
    submit(cli, plan_file, "sxd", "2021-02", "22/02/2021")
    row = feb_state(cli, plan_file, "sxd")
    assert row["due"] == "2021-02-20"
    assert row["effective_due"] == "2021-02-22"
    assert (row["state"], row["days_late"], row["submitted"]) == ("on_time", 0, "2021-02-22")
    overdue = run(cli, plan_file, "23/02/2021", "overdue", "--agency", "sxd", "--format", "json")
    assert ("bc-thang", "2021-02") not in {(r["ref"], r["period"]) for r in overdue}
    assert ("bc-thang", "2021-01") in {(r["ref"], r["period"]) for r in overdue}


def test_23_february_the_same_report_is_late_under_the_exact_rule(cli, plan_file):
    text = plan_file.read_text(encoding="utf-8")
    exact = text.replace('deadline_rule = "next_working_day"', 'deadline_rule = "exact"', 1)
    assert exact != text
    plan_file.write_text(exact, encoding="utf-8")
    submit(cli, plan_file, "sxd", "2021-02", "22/02/2021")
    row = feb_state(cli, plan_file, "sxd")
    assert row["effective_due"] == "2021-02-20"
    assert (row["state"], row["days_late"]) == ("late", 2)


def test_23_february_units_that_sent_nothing_miss_both_months(cli):
    rows = run(
        cli, REAL_PLAN, "23/02/2021", "overdue", "--agency", "@districts", "--format", "json"
    )
    feb = [r for r in rows if r["period"] == "2021-02"]
    assert len(feb) == 13
    assert all(r["days_overdue"] == 1 and r["effective_due"] == "2021-02-22" for r in feb)


# --- 02/02/2021: the implementation plan (II.1.2) ------------------------------------------


def ii12_overdue(cli, path: Path, today: str) -> dict[str, dict]:
    result = cli("--file", str(path), "--today", today, "overdue", "--format", "json")
    rows = json.loads(result.stdout)
    return {r["agency"]: r for r in rows if r["kind"] == "task" and r["ref"] == "II.1.2"}


def test_2_february_every_unit_without_its_plan_done_is_overdue(cli):
    found = ii12_overdue(cli, REAL_PLAN, "02/02/2021")
    assert sorted(found) == sorted(ALL)
    assert {(r["due"], r["effective_due"], r["days_overdue"]) for r in found.values()} == {
        ("2021-01-31", "2021-02-01", 1)
    }


def test_1_february_the_sunday_deadline_has_not_passed(cli):
    assert ii12_overdue(cli, REAL_PLAN, "01/02/2021") == {}


def test_2_february_with_some_plans_recorded(cli, plan_file):
    record(cli, plan_file, "stc", "II.1.2", "done", "28/01/2021")
    record(cli, plan_file, "ubnd-can-loc", "II.1.2", "done", "01/02/2021")  # the moved deadline
    record(cli, plan_file, "skhdt", "II.1.2", "in_progress", "25/01/2021")
    record(cli, plan_file, "snv", "II.1.2", "cancelled", "30/01/2021")
    found = ii12_overdue(cli, plan_file, "02/02/2021")
    assert sorted(found) == sorted(set(ALL) - {"stc", "ubnd-can-loc", "snv"})
    assert "skhdt" in found  # in progress is not done


def test_a_plan_done_after_the_deadline_stops_being_overdue(cli, plan_file):
    record(cli, plan_file, "sct", "II.1.2", "done", "05/02/2021")
    assert "sct" in ii12_overdue(cli, plan_file, "04/02/2021")  # not known yet on the 4th
    assert "sct" not in ii12_overdue(cli, plan_file, "06/02/2021")


def test_an_extension_keeps_ii12_out_of_overdue_until_its_new_date(cli, plan_file):
    """Hương Khê asks for more time; on 29/01 the UBND moves its deadline to
    Saturday 06/03/2021 (effective Monday 08/03) by an official letter."""
    result = cli(
        "--file", str(plan_file), "--today", "29/01/2021",
        "extend", "II.1.2", "--agency", "huong khe", "--to", "06/03/2021",
        "--ref", "Công văn số 321/UBND-TH", "--date", "29/01/2021",
    )  # fmt: skip
    assert result.exit_code == 0, result
    assert "ubnd-huong-khe" not in ii12_overdue(cli, plan_file, "02/02/2021")
    assert "ubnd-huong-khe" not in ii12_overdue(cli, plan_file, "08/03/2021")  # the last day
    late = ii12_overdue(cli, plan_file, "09/03/2021")["ubnd-huong-khe"]
    assert (late["due"], late["effective_due"], late["extended_to"], late["days_overdue"]) == (
        "2021-01-31",
        "2021-03-08",
        "2021-03-06",
        1,
    )
    assert late["extension_ref"] == "Công văn số 321/UBND-TH"
    assert sorted(ii12_overdue(cli, plan_file, "02/02/2021")) == sorted(
        set(ALL) - {"ubnd-huong-khe"}
    )
    record(cli, plan_file, "ubnd-huong-khe", "II.1.2", "done", "05/03/2021")
    rows = run(cli, plan_file, "10/03/2021", "list", "--agency", "huong khe", "--format", "json")
    row = next(r for r in rows if r["id"] == "II.1.2")
    assert (row["timeliness"], row["effective_due"]) == ("done_on_time", "2021-03-08")
    score = run(cli, plan_file, "10/03/2021", "summary", "-a", "huong khe", "--format", "json")[0]
    assert (score["done_on_time"], score["extended"]) == (1, 1)


def test_a_withdrawn_submission_is_owed_again(cli, plan_file):
    """Đức Thọ's January report was recorded by mistake (it was February's
    draft); on 25/01 it is withdrawn, and the period is missing again."""
    submit(cli, plan_file, "ubnd-duc-tho", "01/2021", "19/01/2021")
    rows = run(cli, plan_file, "21/01/2021", "overdue", "--format", "json")
    assert "ubnd-duc-tho" not in {r["agency"] for r in rows}
    result = cli(
        "--file", str(plan_file), "--today", "25/01/2021",
        "withdraw", "--report", "bc-thang", "--period", "01/2021", "--agency", "duc tho",
        "--note", "Ghi nhầm: bản dự thảo tháng 2",
    )  # fmt: skip
    assert result.exit_code == 0, result
    # before the withdrawal the submission stands; from it on, January is missing
    rows = run(cli, plan_file, "24/01/2021", "overdue", "--format", "json")
    assert "ubnd-duc-tho" not in {r["agency"] for r in rows}
    rows = run(cli, plan_file, "25/01/2021", "overdue", "--format", "json")
    assert ("report", "2021-01", 5) in {
        (r["kind"], r["period"], r["days_overdue"]) for r in rows if r["agency"] == "ubnd-duc-tho"
    }
    history = run(
        cli, plan_file, "25/01/2021", "history", "--agency", "duc tho", "--format", "json"
    )
    assert [(h["kind"], h["withdrawn"]) for h in history] == [
        ("withdrawal", False),
        ("report", True),
    ]
    submit(cli, plan_file, "ubnd-duc-tho", "01/2021", "26/01/2021")  # no --correct needed
    cells = run(cli, plan_file, "27/01/2021", "reports", "-a", "duc tho", "--format", "json")
    assert (cells[0]["state"], cells[0]["days_late"]) == ("late", 6)


# --- 11/12/2021: the annual report ---------------------------------------------------------


def annual(cli, path: Path, today: str) -> dict[str, dict]:
    rows = run(cli, path, today, "reports", "--report", "bc-nam", "--format", "json")
    return {r["agency"]: r for r in rows}


def test_11_december_the_annual_report_is_missing_for_every_unit(cli):
    rows = annual(cli, REAL_PLAN, "11/12/2021")
    assert sorted(rows) == sorted(ALL)
    assert {
        (r["period"], r["effective_due"], r["state"], r["days_late"]) for r in rows.values()
    } == {("2021", "2021-12-10", "missing", 1)}


def test_10_december_the_annual_report_is_not_yet_due(cli):
    rows = annual(cli, REAL_PLAN, "10/12/2021")
    assert {r["state"] for r in rows.values()} == {"pending"}


@pytest.mark.parametrize("sent_on", ["09/12/2021", "10/12/2021"])
def test_11_december_units_that_sent_it_are_on_time(cli, plan_file, sent_on):
    submit(cli, plan_file, "skhdt", "2021", sent_on, report="bc-nam")
    submit(cli, plan_file, "ubnd-vu-quang", "năm 2021", "12/12/2021", report="bc-nam")
    rows = annual(cli, plan_file, "11/12/2021")
    assert rows["skhdt"]["state"] == "on_time"
    assert rows["ubnd-vu-quang"]["state"] == "missing"  # sent on the 12th: not known yet
    missing = sorted(a for a, r in rows.items() if r["state"] == "missing")
    assert missing == sorted(set(ALL) - {"skhdt"})
    later = annual(cli, plan_file, "13/12/2021")
    assert (later["ubnd-vu-quang"]["state"], later["ubnd-vu-quang"]["days_late"]) == ("late", 2)


# --- 18/02/2021: the districts' reports arrive together at the office --------------------


def test_18_february_the_13_districts_submitted_in_one_command(cli, plan_file):
    before = plan_file.read_text(encoding="utf-8")
    result = cli(
        "--file", str(plan_file), "--today", "18/02/2021",
        "submit", "@districts", "--period", "2021-02", "--ref", "Sổ văn thư 18/02",
    )  # fmt: skip
    assert result.exit_code == 0, result
    districts = PLAN.expand(["@districts"])
    assert len(districts) == 13
    lines = result.stdout.splitlines()
    assert len(lines) == 13 and all("tháng 02/2021 (18/02/2021): đúng hạn" in x for x in lines)
    # One write: the file grew by exactly one event line per district.
    after = plan_file.read_text(encoding="utf-8")
    assert len(after.splitlines()) - len(before.splitlines()) == 13 * 2  # "log = [" … "]"
    rows = run(cli, plan_file, "23/02/2021", "reports", "--report", "bc-thang", "--format", "json")
    february = {r["agency"]: r for r in rows if r["period"] == "2021-02"}
    assert {a for a, r in february.items() if r["state"] == "on_time"} == set(districts)
    # The departments still owe it, and are overdue since Monday 22/02.
    assert all(february[a]["state"] == "missing" for a in ALL if a not in districts)
    # Again without --correct: nothing is written, and every district is named.
    again = cli(
        "--file", str(plan_file), "--today", "19/02/2021", "submit", "@districts", "-p", "2021-02"
    )
    assert again.exit_code == 2 and plan_file.read_text(encoding="utf-8") == after
    assert again.stderr.count("đã được ghi nộp báo cáo bc-thang tháng 02/2021") == 13
