"""export ics: the output parsed back with icalendar and checked against obligations()."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from kehoach_cli.core.obligations import obligations
from kehoach_cli.core.progress import Progress
from kehoach_cli.planfile.holidays import VIETNAM_CALENDAR
from kehoach_cli.planfile.load import PlanSource, load
from tests.conftest import REAL_PLAN

PLAN, _ = load(PlanSource(REAL_PLAN))


def ics(cli, today: str, *args: str, path: Path = REAL_PLAN) -> bytes:
    result = cli("--file", str(path), "--today", today, "export", "ics", *args)
    assert result.exit_code == 0, result
    return result.stdout.encode("utf-8")


def events(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def expected(today: date, agencies: tuple[str, ...] | None = None, everything: bool = False):
    progress = Progress(PLAN, today, VIETNAM_CALENDAR)
    start = None if everything else today
    return obligations(progress, start=start, end=PLAN.info.end, agencies=agencies)


def test_one_all_day_event_per_obligation_at_the_effective_due_date(cli):
    found = events(ics(cli, "15/01/2021"))
    wanted = expected(date(2021, 1, 15))
    assert len(found) == len(wanted) == 12 + 1 + 1  # 12 months, the annual report, II.1.2
    for event, item in zip(found, wanted, strict=True):
        start = event.decoded("dtstart")
        assert type(start) is date  # all-day: VALUE=DATE, no time
        assert start == item.effective_due
        assert event.decoded("dtend") == item.effective_due + timedelta(days=1)
    days = [e.decoded("dtstart") for e in found]
    assert date(2021, 2, 1) in days  # II.1.2: 31/01/2021 is a Sunday
    assert date(2021, 2, 22) in days and date(2021, 2, 20) not in days


def test_summaries_are_vietnamese_and_descriptions_say_who_and_when(cli):
    found = events(ics(cli, "15/01/2021"))
    by_summary = {str(e["summary"]): e for e in found}
    assert "Hạn nộp báo cáo tháng 02/2021" in by_summary  # the report's name is in the text
    assert "Hạn nộp báo cáo năm 2021" in by_summary
    task = next(e for s, e in by_summary.items() if s.startswith("Hạn nhiệm vụ II.1.2: "))
    text = str(task["description"])
    assert "Đơn vị thực hiện: Các sở, ban, ngành, địa phương" in text
    assert "Hạn: thứ Hai 01/02/2021 (lùi từ 31/01/2021)" in text
    assert [str(c) for c in task.get("categories").cats] == ["Nhiệm vụ"]


def test_every_event_has_a_reminder_before_it(cli):
    found = events(ics(cli, "15/01/2021", "--remind", "5"))
    for event in found:
        alarms = [c for c in event.subcomponents if c.name == "VALARM"]
        assert len(alarms) == 1
        assert str(alarms[0]["action"]) == "DISPLAY"
        assert alarms[0].decoded("trigger") == timedelta(days=-5, hours=9)  # 09:00, 5 days before


def test_uids_are_unique_and_stable_across_runs_and_days(cli):
    first = events(ics(cli, "15/01/2021"))
    second = events(ics(cli, "15/01/2021"))
    later = events(ics(cli, "15/03/2021"))
    uids = [str(e["uid"]) for e in first]
    assert len(set(uids)) == len(uids)
    assert uids == [str(e["uid"]) for e in second]
    assert {str(e["uid"]) for e in later} < set(uids)  # the same obligations keep their UID
    assert {int(e["sequence"]) for e in first} == {14}  # days since the plan's start
    assert {int(e["sequence"]) for e in later} == {73}  # a later export is a newer revision


def test_the_output_is_byte_for_byte_reproducible_with_crlf_lines(cli, tmp_path):
    """Checked on files: the test runner's captured stdout folds CRLF to LF."""
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    for target in (first, second):
        args = ("--file", str(REAL_PLAN), "--today", "15/01/2021", "export", "ics", "-o")
        assert cli(*args, str(target)).exit_code == 0
    data = first.read_bytes()
    assert data == second.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    calendar = Calendar.from_ical(data)
    assert str(calendar["version"]) == "2.0" and str(calendar["method"]) == "PUBLISH"


def test_stdout_keeps_crlf_in_a_real_process(tmp_path):
    import subprocess

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kehoach_cli",
            "--today",
            "15/01/2021",
            "export",
            "ics",
            "-a",
            "stc",
        ],
        env={"PATH": os.environ["PATH"], "KEHOACH_FILE": str(REAL_PLAN)},
        cwd=tmp_path,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert len(events(done.stdout)) == len(expected(date(2021, 1, 15), ("stc",)))


def test_an_agency_export_has_its_obligations_and_its_own_uids(cli):
    mine = events(ics(cli, "15/01/2021", "--agency", "stc"))
    wanted = expected(date(2021, 1, 15), ("stc",))
    assert [e.decoded("dtstart") for e in mine] == [o.effective_due for o in wanted]
    everyone = {str(e["uid"]) for e in events(ics(cli, "15/01/2021"))}
    assert not {str(e["uid"]) for e in mine} & everyone
    assert "Đơn vị thực hiện: Sở Tài chính" in str(mine[0]["description"])
    assert "(Sở Tài chính)" in str(
        Calendar.from_ical(ics(cli, "15/01/2021", "-a", "stc"))["x-wr-calname"]
    )


def test_rest_of_the_plan_by_default_and_all_with_all(cli):
    assert len(events(ics(cli, "21/12/2021"))) == 0
    assert len(events(ics(cli, "20/12/2021"))) == 1  # December's report, due today
    everything = events(ics(cli, "21/12/2021", "--all"))
    assert len(everything) == len(expected(date(2021, 12, 21), everything=True)) == 14


def test_events_in_range_follow_obligations_on_any_day(cli):
    for today in (date(2021, 1, 1), date(2021, 6, 21), date(2021, 12, 10)):
        found = events(ics(cli, today.strftime("%d/%m/%Y")))
        assert [e.decoded("dtstart") for e in found] == [o.effective_due for o in expected(today)]


def test_writing_to_a_file_and_refusing_the_plan(cli, plan_file, tmp_path):
    target = tmp_path / "han.ics"
    result = cli(
        "--file", str(plan_file), "--today", "15/01/2021", "export", "ics", "-o", str(target)
    )
    assert result.exit_code == 0, result
    assert "Đã ghi 14 sự kiện" in result.stdout
    assert len(events(target.read_bytes())) == 14
    before = plan_file.read_bytes()
    refused = cli("--file", str(plan_file), "export", "ics", "-o", str(plan_file))
    assert refused.exit_code == 2
    assert "không ghi đè" in refused.stderr
    assert plan_file.read_bytes() == before


def test_icalendar_is_not_imported_at_startup():
    code = "import sys, kehoach_cli.cli; print('icalendar' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("remind", ["-1", "x"])
def test_bad_remind_is_a_usage_error(cli, remind):
    result = cli("--file", str(REAL_PLAN), "export", "ics", "--remind", remind)
    assert result.exit_code == 2
