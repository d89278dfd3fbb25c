"""Timeliness of task assignments and the state of report periods."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from kehoach_cli.core.model import STATUSES, Report
from kehoach_cli.core.progress import timeliness
from kehoach_cli.core.schedule import Period, periods, report_state
from kehoach_cli.planfile.holidays import VIETNAM_CALENDAR

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


days = st.dates(min_value=date(2020, 12, 1), max_value=date(2022, 1, 31))


@given(st.sampled_from(STATUSES), st.none() | days, st.none() | days, days)
def test_done_and_cancelled_close_an_assignment_any_other_status_is_judged_on_the_deadline(
    status, when, due, today
):
    state = timeliness(status, when, due, today)
    if status in ("done", "cancelled"):
        assert not state.owed and state.code != "overdue"
    else:
        assert state.owed and state == timeliness("not_started", None, due, today)


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
        report, date(2021, 1, 1), date(2021, 12, 31), "next_working_day", VIETNAM_CALENDAR
    )
    assert [p.code for p in found] == [f"2021-{m:02d}" for m in range(1, 13)]
    february = found[1]
    assert (february.due, february.effective_due) == (date(2021, 2, 20), date(2021, 2, 22))
    assert found[0].effective_due == date(2021, 1, 20)


def test_progress_ignores_events_recorded_after_today():
    from kehoach_cli.core.model import Event, Plan, PlanInfo, Task
    from kehoach_cli.core.progress import Progress

    task = Task("1", "1", "Việc", ("stc",), due=date(2021, 2, 1))
    plan = Plan(
        info=PlanInfo("p", "Kế hoạch", date(2021, 1, 1), date(2021, 12, 31)),
        tasks=(task,),
        events=(Event("stc", date(2021, 3, 1), task="1", status="done", seq=1),),
    )
    assert (
        Progress(plan, date(2021, 2, 10), VIETNAM_CALENDAR).assignment(task, "stc").timeliness.code
        == "overdue"
    )
    late = Progress(plan, date(2021, 3, 2), VIETNAM_CALENDAR).assignment(task, "stc").timeliness
    assert (late.code, late.days) == ("done_late", 28)


# --- the event timeline and the shortcuts commands take ------------------------------------


def _plan_with(events, tasks=None):
    from kehoach_cli.core.model import Plan, PlanInfo, Task

    tasks = tasks or (
        Task("1", "1", "Việc chung", ("a", "b", "c"), due=date(2021, 2, 1)),
        Task("2", "1", "Việc thường xuyên", ("a",)),
        Task("R", "1", "Đề nghị", ("b",), due=date(2021, 1, 15), kind="request"),
    )
    return Plan(
        info=PlanInfo("p", "Kế hoạch", date(2021, 1, 1), date(2021, 12, 31)),
        tasks=tasks,
        events=tuple(events),
    )


def test_timeline_is_by_date_then_file_position_whatever_the_tuple_order():
    from kehoach_cli.core.model import Event

    late = Event("a", date(2021, 1, 20), task="1", status="done", seq=3)
    early = Event("a", date(2021, 1, 5), task="1", status="in_progress", seq=7)
    same_day_first = Event("b", date(2021, 1, 20), task="1", status="blocked", seq=1)
    plan = _plan_with([late, early, same_day_first])
    assert [plan.events[at] for at in plan.event_order] == [early, same_day_first, late]


def test_latest_event_is_the_last_dated_one_and_the_later_in_the_file_on_equal_dates():
    from kehoach_cli.core.model import Event
    from kehoach_cli.core.progress import Progress

    first = Event("a", date(2021, 1, 10), task="1", status="done", seq=2)
    second = Event("a", date(2021, 1, 10), task="1", status="in_progress", seq=5)
    backdated = Event("a", date(2021, 1, 3), task="1", status="cancelled", seq=9)
    plan = _plan_with([second, backdated, first])  # not in file order on purpose
    progress = Progress(plan, date(2021, 3, 1), VIETNAM_CALENDAR)
    assert progress.latest("1", "a") is second
    assert progress.latest_on("1", "a") == second.date
    assert progress.latest_on("1", "b") is None and progress.latest("1", "b") is None
    assert Progress(plan, date(2021, 1, 5), VIETNAM_CALENDAR).latest_on("1", "a") == backdated.date
    assert progress.states("1", ("a",), None)[0][1] == "in_progress"
    assert progress.history("1") == [(backdated, False), (first, False), (second, False)]
    assert Progress(plan, date(2021, 1, 5), VIETNAM_CALENDAR).history("1") == [(backdated, False)]


def test_a_submission_day_is_the_latest_seen_as_of_today():
    from kehoach_cli.core.model import Event
    from kehoach_cli.core.progress import Progress

    first = Event("a", date(2021, 1, 18), report="m", period="2021-01", seq=1)
    again = Event("a", date(2021, 1, 22), report="m", period="2021-01", seq=2)
    status = Event("a", date(2021, 1, 19), task="1", status="done", seq=3)
    plan = _plan_with([first, again, status])
    for today, expected in ((date(2021, 1, 17), None), (date(2021, 1, 20), first), (None, again)):
        progress = Progress(plan, today or date(2021, 3, 1), VIETNAM_CALENDAR)
        assert progress.submitted_on("a", "m", "2021-01") == (expected and expected.date)
    progress = Progress(plan, date(2021, 3, 1), VIETNAM_CALENDAR)
    assert progress.submitted_on("a", "m", "2021-02") is None
    assert progress.submitted_on("b", "m", "2021-01") is None


def test_a_state_is_what_judging_the_assignment_gives():
    """The shortcut the lists take (statuses and timeliness without making the
    events) gives what judging each assignment gives."""
    from kehoach_cli.core.model import Event
    from kehoach_cli.core.progress import Progress

    events = [
        Event("a", date(2021, 1, 20), task="1", status="done", seq=1),
        Event("b", date(2021, 1, 25), task="1", status="blocked", seq=2),
        Event("a", date(2021, 1, 9), task="2", status="in_progress", seq=3),
    ]
    plan = _plan_with(events)
    for today in (date(2021, 1, 10), date(2021, 2, 1), date(2021, 2, 2)):
        fresh = Progress(plan, today, VIETNAM_CALENDAR)
        judged = Progress(plan, today, VIETNAM_CALENDAR)
        for task in plan.tasks:
            if task.tracked:
                due = fresh.effective_due(task.due)
                expected = [
                    (a.agency, a.status, a.timeliness, a.effective_due)
                    for a in judged.assignments(task)
                ]
                assert fresh.states(task.id, plan.leads(task), due) == expected
    progress = Progress(plan, date(2021, 2, 2), VIETNAM_CALENDAR)
    request = plan.task_by_id["R"]
    assert progress.assignments(request) == []
    assert progress.states("1", ("c",), None) == [("c", "not_started", ("ongoing", 0, True), None)]
    assert progress.assignment(plan.task_by_id["2"], "b").timeliness.code == "ongoing"  # not a lead


def test_report_periods_are_expanded_once_and_cannot_be_changed():
    report = Report("m", "Báo cáo tháng", ("@all",), (), "FREQ=MONTHLY;BYMONTHDAY=20", "month")
    args = (report, date(2021, 1, 1), date(2021, 12, 31), "next_working_day", VIETNAM_CALENDAR)
    assert periods(*args) is periods(*args)
    assert isinstance(periods(*args), tuple)
