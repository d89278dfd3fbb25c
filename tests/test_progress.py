"""Timeliness of task assignments and the state of report periods."""

from __future__ import annotations

from datetime import date

from kehoach_cli.model import Report
from kehoach_cli.periods import Period, periods, report_state
from kehoach_cli.progress import timeliness
from kehoach_cli.workdays import DEFAULT_CALENDAR

DUE = date(2021, 2, 1)


def test_done_on_or_before_the_effective_due_is_on_time():
    assert timeliness("done", date(2021, 2, 1), DUE, date(2021, 3, 1)).code == "done_on_time"
    assert timeliness("done", date(2021, 1, 5), DUE, date(2021, 3, 1)).code == "done_on_time"


def test_done_after_is_late_with_days():
    state = timeliness("done", date(2021, 2, 4), DUE, date(2021, 3, 1))
    assert (state.code, state.days) == ("done_late", 3)


def test_overdue_starts_the_day_after_the_due_date():
    assert timeliness("in_progress", None, DUE, date(2021, 2, 1)).code == "on_track"
    state = timeliness("in_progress", None, DUE, date(2021, 2, 2))
    assert (state.code, state.days) == ("overdue", 1)
    assert timeliness("blocked", None, DUE, date(2021, 2, 10)).code == "overdue"


def test_on_track_counts_days_left():
    state = timeliness("not_started", None, DUE, date(2021, 1, 25))
    assert (state.code, state.days) == ("on_track", 7)


def test_no_deadline_is_ongoing_and_cancelled_is_apart():
    assert timeliness("in_progress", None, None, date(2021, 6, 1)).code == "ongoing"
    assert timeliness("cancelled", None, DUE, date(2021, 6, 1)).code == "cancelled"


def test_report_states():
    period = Period("2021-02", date(2021, 2, 20), date(2021, 2, 22))
    assert report_state(period, date(2021, 2, 22), date(2021, 3, 1)).code == "on_time"
    late = report_state(period, date(2021, 2, 25), date(2021, 3, 1))
    assert (late.code, late.days_late) == ("late", 3)
    assert report_state(period, None, date(2021, 2, 22)).code == "pending"
    assert report_state(period, None, date(2021, 2, 23)).code == "missing"


def test_monthly_report_periods_2021():
    report = Report("m", "Báo cáo tháng", ("@all",), (), "FREQ=MONTHLY;BYMONTHDAY=20", "month")
    found = periods(
        report, date(2021, 1, 1), date(2021, 12, 31), "next_working_day", DEFAULT_CALENDAR
    )
    assert [p.code for p in found] == [f"2021-{m:02d}" for m in range(1, 13)]
    february = found[1]
    assert (february.due, february.effective_due) == (date(2021, 2, 20), date(2021, 2, 22))
    assert found[0].effective_due == date(2021, 1, 20)


def test_progress_ignores_events_recorded_after_today():
    from kehoach_cli.model import Event, Plan, PlanInfo, Task
    from kehoach_cli.progress import Progress

    task = Task("1", "1", "Việc", ("stc",), due=date(2021, 2, 1))
    plan = Plan(
        info=PlanInfo("p", "Kế hoạch", date(2021, 1, 1), date(2021, 12, 31)),
        tasks=(task,),
        events=(Event("stc", date(2021, 3, 1), task="1", status="done", seq=1),),
    )
    assert Progress(plan, date(2021, 2, 10)).assignment(task, "stc").timeliness.code == "overdue"
    late = Progress(plan, date(2021, 3, 2)).assignment(task, "stc").timeliness
    assert (late.code, late.days) == ("done_late", 28)
