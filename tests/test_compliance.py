"""The compliance core on a small plan built in code, with figures worked out by hand.

Calendar facts used below (2021, deadline rule next_working_day): 20/01 is a
Wednesday; 20/02 a Saturday (effective 22/02); 31/01 a Sunday (effective
01/02); 15/03 a Monday; 10/03 a Wednesday.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_cli.core.compliance import (
    LONG_OVERDUE_DAYS,
    Score,
    assignments,
    due_soon,
    overdue_items,
    report_matrix,
    report_periods,
    scoreboard,
    stale_items,
    totals,
)
from kehoach_cli.core.dates import period_bounds
from kehoach_cli.core.model import Agency, Event, Group, Plan, PlanInfo, Report, Task
from kehoach_cli.core.obligations import obligations
from kehoach_cli.core.progress import Progress
from kehoach_cli.planfile.holidays import VIETNAM_CALENDAR

D = date


def make_plan(events: tuple[Event, ...] = ()) -> Plan:
    agencies = {k: Agency(k, f"Sở {k.upper()}", f"S{k.upper()}", "department") for k in "abc"}
    return Plan(
        info=PlanInfo(
            id="t-2021",
            title="Kế hoạch thử",
            start=D(2021, 1, 1),
            end=D(2021, 12, 31),
            deadline_rule="next_working_day",
        ),
        sections={"1": "Mục 1"},
        agencies=agencies,
        groups={"all": Group("all", "Tất cả", ("a", "b", "c"))},
        reports=(
            Report("m", "Báo cáo tháng", ("@all",), ("a",), "FREQ=MONTHLY;BYMONTHDAY=20", "month"),
            Report(
                "q",
                "Báo cáo quý",
                ("a",),
                ("a",),
                "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15",
                "quarter",
            ),
        ),
        tasks=(
            Task("T1", "1", "Việc có hạn chung", ("a", "b"), due=D(2021, 1, 31)),
            Task("T2", "1", "Việc có hạn của C", ("c",), due=D(2021, 3, 10)),
            Task("T3", "1", "Việc thường xuyên của A", ("a",)),
            Task("T4", "1", "Việc thường xuyên của B", ("b",)),
            Task("R1", "1", "Đề nghị", ("c",), due=D(2021, 1, 15), kind="request"),
        ),
        events=events,
    )


EVENTS = (
    Event("a", D(2021, 2, 1), task="T1", status="done", seq=1),
    Event("a", D(2021, 1, 19), report="m", period="2021-01", seq=2),
    Event("a", D(2021, 2, 23), report="m", period="2021-02", seq=3),
    Event("a", D(2021, 3, 1), task="T3", status="in_progress", seq=4),
    Event("b", D(2021, 1, 20), task="T1", status="in_progress", seq=5),
    Event("c", D(2021, 3, 15), task="T2", status="done", seq=6),
    Event("c", D(2021, 1, 25), report="m", period="2021-01", seq=7),
)


def progress(today: date, events: tuple[Event, ...] = EVENTS) -> Progress:
    return Progress(make_plan(events), today, VIETNAM_CALENDAR)


# --- periods -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "first", "last"),
    [
        ("2021-02", D(2021, 2, 1), D(2021, 2, 28)),
        ("2020-02", D(2020, 2, 1), D(2020, 2, 29)),
        ("2021-12", D(2021, 12, 1), D(2021, 12, 31)),
        ("2021-Q1", D(2021, 1, 1), D(2021, 3, 31)),
        ("2021-Q4", D(2021, 10, 1), D(2021, 12, 31)),
        ("2021", D(2021, 1, 1), D(2021, 12, 31)),
    ],
)
def test_period_bounds(code, first, last):
    assert period_bounds(code) == (first, last)


def test_report_periods_stop_at_the_period_under_way():
    p = progress(D(2021, 3, 5))
    monthly = report_periods(p, p.plan.report_by_id["m"])
    assert [x.code for x in monthly] == ["2021-01", "2021-02", "2021-03"]
    assert monthly[1].due == D(2021, 2, 20)
    assert monthly[1].effective_due == D(2021, 2, 22)
    quarterly = report_periods(p, p.plan.report_by_id["q"])
    assert [x.code for x in quarterly] == ["2021-Q1"]


def test_report_periods_with_an_explicit_range_reach_into_the_future():
    p = progress(D(2021, 1, 5))
    chosen = report_periods(p, p.plan.report_by_id["m"], first=D(2021, 4, 1), last=D(2021, 6, 30))
    assert [x.code for x in chosen] == ["2021-04", "2021-05", "2021-06"]
    assert chosen[2].effective_due == D(2021, 6, 21)  # 20/06/2021 is a Sunday


# --- report matrix -------------------------------------------------------------------


def test_report_matrix_states_as_of_23_february():
    p = progress(D(2021, 2, 23))
    cells = report_matrix(p, reports=[p.plan.report_by_id["m"]])
    got = {(c.agency, c.period.code): (c.state.code, c.state.days_late, c.submitted) for c in cells}
    assert got == {
        ("a", "2021-01"): ("on_time", 0, D(2021, 1, 19)),
        ("a", "2021-02"): ("late", 1, D(2021, 2, 23)),  # effective due 22/02
        ("b", "2021-01"): ("missing", 34, None),
        ("b", "2021-02"): ("missing", 1, None),
        ("c", "2021-01"): ("late", 5, D(2021, 1, 25)),
        ("c", "2021-02"): ("missing", 1, None),
    }
    assert [c.agency for c in cells] == ["a", "a", "b", "b", "c", "c"]


def test_report_matrix_pending_and_agency_filter():
    p = progress(D(2021, 2, 22))
    cells = report_matrix(p, reports=[p.plan.report_by_id["m"]], agencies=("b",))
    assert [(c.period.code, c.state.code) for c in cells] == [
        ("2021-01", "missing"),
        ("2021-02", "pending"),  # due date moved to today: still on time today
    ]


def test_report_matrix_all_reports_by_default():
    p = progress(D(2021, 1, 10))
    cells = report_matrix(p)
    assert {(c.report.id, c.agency, c.period.code) for c in cells} == {
        ("m", "a", "2021-01"),
        ("m", "b", "2021-01"),
        ("m", "c", "2021-01"),
        ("q", "a", "2021-Q1"),
    }
    assert all(c.state.code == "pending" for c in cells)  # a's 19/01 report is not known yet


def test_events_after_today_are_not_seen_when_replaying():
    p = progress(D(2021, 1, 31))
    assert p.latest("T1", "a") is None  # done on 01/02
    assert p.submitted_on("c", "m", "2021-01") is not None  # sent on 25/01
    assert p.submitted_on("a", "m", "2021-02") is None


# --- overdue ---------------------------------------------------------------------------


def test_overdue_items_most_overdue_first():
    p = progress(D(2021, 2, 10))
    items = overdue_items(p)
    assert [(i.kind, i.ref, i.period, i.agency, i.days) for i in items] == [
        ("report", "m", "2021-01", "b", 21),
        ("task", "T1", None, "b", 9),  # effective due 01/02 (31/01 is a Sunday)
    ]
    task = items[1]
    assert (task.due, task.effective_due) == (D(2021, 1, 31), D(2021, 2, 1))


def test_done_late_cancelled_and_requests_are_not_overdue():
    p = progress(D(2021, 3, 20))
    items = overdue_items(p)
    refs = {(i.ref, i.agency) for i in items}
    assert ("T2", "c") not in refs  # done late is done
    assert ("R1", "c") not in refs  # requests are not tracked
    assert ("T1", "a") not in refs
    assert ("T1", "b") in refs
    cancelled = (*EVENTS, Event("b", D(2021, 3, 1), task="T1", status="cancelled", seq=9))
    assert ("T1", "b") not in {
        (i.ref, i.agency) for i in overdue_items(progress(D(2021, 3, 20), cancelled))
    }


def test_nothing_is_overdue_on_the_deadline_itself():
    p = progress(D(2021, 2, 1), ())
    assert [(i.ref, i.period) for i in overdue_items(p)] == [
        ("m", "2021-01"),
        ("m", "2021-01"),
        ("m", "2021-01"),
    ]
    assert all(i.days == 12 for i in overdue_items(p))


def test_overdue_items_for_some_agencies():
    p = progress(D(2021, 2, 10))
    assert overdue_items(p, ("a", "c")) == []
    assert {i.agency for i in overdue_items(p, ("b",))} == {"b"}


# --- due soon ----------------------------------------------------------------------------


def test_due_soon_lists_who_still_owes_within_the_window():
    p = progress(D(2021, 1, 27))
    items = due_soon(p, 3)
    assert [(i.ref, i.agency, i.days) for i in items] == []  # T1 is due 31/01, moved to 01/02
    items = due_soon(p, 4)  # due on Sunday 31/01: warned of from its written date
    assert [(i.ref, i.agency, i.days) for i in items] == [("T1", "a", 5), ("T1", "b", 5)]
    items = due_soon(progress(D(2021, 1, 28)), 3)  # the effective day is 4 days off
    assert [(i.ref, i.agency, i.days) for i in items] == [("T1", "a", 4), ("T1", "b", 4)]


def test_due_soon_leaves_out_those_who_are_done():
    p = progress(D(2021, 2, 19))
    items = due_soon(p, 3)
    assert [(i.ref, i.period, i.agency, i.days) for i in items] == [
        ("m", "2021-02", "a", 3),
        ("m", "2021-02", "b", 3),
        ("m", "2021-02", "c", 3),
    ]
    submitted = (*EVENTS[:2], Event("b", D(2021, 2, 18), report="m", period="2021-02", seq=8))
    assert [i.agency for i in due_soon(progress(D(2021, 2, 19), submitted), 3)] == ["a", "c"]


# --- stale ---------------------------------------------------------------------------------


def test_stale_counts_from_the_plan_start_when_nothing_was_recorded():
    assert stale_items(progress(D(2021, 3, 31)), 90) == []  # 89 days
    items = stale_items(progress(D(2021, 4, 1)), 90)  # 90 days since 01/01
    assert [(s.task.id, s.agency, s.days, s.since) for s in items] == [
        ("T4", "b", 90, D(2021, 1, 1)),
    ]  # T3 has an event on 01/03


def test_stale_counts_from_the_last_event():
    items = stale_items(progress(D(2021, 5, 30)), 90)
    assert [(s.task.id, s.agency, s.days) for s in items] == [("T3", "a", 90), ("T4", "b", 149)]
    assert items[0].last == items[0].since == D(2021, 3, 1)
    assert items[1].last is None


def test_stale_skips_done_and_can_be_turned_off():
    done = (Event("b", D(2021, 1, 5), task="T4", status="done", seq=1),)
    assert [s.task.id for s in stale_items(progress(D(2021, 6, 1), done), 90)] == ["T3"]
    assert stale_items(progress(D(2021, 6, 1)), 0) == []
    assert stale_items(progress(D(2022, 6, 1)), 90) == []  # the plan is over
    assert [s.agency for s in stale_items(progress(D(2021, 6, 1)), 90, ("b",))] == ["b"]


# --- scoreboard ----------------------------------------------------------------------------


def test_scores_as_of_10_march():
    """Figures worked out by hand from EVENTS.

    a: T1 done on time (due 01/02, done 01/02); T3 ongoing; m-01 on time, m-02
       late (1 day), m-03 … m-12 and q Q1 … Q4 pending (14).
       completed 3, overdue 0 -> 100 %; due so far: T1, m-01, m-02 = 3, on time 2.
    b: T1 overdue since 02/02 (37 days > 30); T4 ongoing; m-01 missing (49 days),
       m-02 missing (16 days). completed 0, overdue 3 -> 0 %; due so far 3, on time 0.
    c: T2 due 10/03 (today) not done yet -> on track, not due so far; m-01 late,
       m-02 missing. completed 1, overdue 1 -> 50 %; due so far 2 (m-01, m-02), on time 0.
    """
    scores = {s.agency: s for s in scoreboard(progress(D(2021, 3, 10)))}
    a, b, c = scores["a"], scores["b"], scores["c"]
    assert (a.tasks, a.done_on_time, a.ongoing, a.reports_on_time, a.reports_late) == (
        2,
        1,
        1,
        1,
        1,
    )
    assert (a.reports_pending, a.completed, a.overdue_unfinished) == (14, 3, 0)
    assert (a.completion_rate, a.due_so_far, a.on_time_so_far) == (1.0, 3, 2)
    assert a.on_time_rate == pytest.approx(2 / 3)
    assert (b.overdue, b.ongoing, b.reports_missing, b.overdue_over_30) == (1, 1, 2, 2)
    assert (b.completion_rate, b.on_time_rate, b.due_so_far) == (0.0, 0.0, 3)
    assert (c.tasks, c.on_track, c.reports_late, c.reports_missing) == (1, 1, 1, 1)
    assert (c.completion_rate, c.due_so_far, c.on_time_so_far) == (0.5, 2, 0)
    assert [s.agency for s in scoreboard(progress(D(2021, 3, 10)))] == ["b", "c", "a"]


def test_a_deadline_met_today_counts_as_due_so_far():
    done_today = (Event("c", D(2021, 3, 10), task="T2", status="done", seq=1),)
    c = next(s for s in scoreboard(progress(D(2021, 3, 10), done_today)) if s.agency == "c")
    assert (c.done_on_time, c.due_so_far, c.on_time_so_far) == (1, 3, 1)


def test_blocked_is_counted_apart_from_timeliness():
    blocked = (Event("b", D(2021, 1, 10), task="T1", status="blocked", seq=1),)
    b = next(s for s in scoreboard(progress(D(2021, 1, 20), blocked)) if s.agency == "b")
    assert (b.blocked, b.on_track, b.overdue) == (1, 1, 0)


def test_totals_add_up():
    scores = scoreboard(progress(D(2021, 3, 10)))
    total = totals(scores)
    assert total.agency is None
    assert total.completed == 4 and total.overdue_unfinished == 4
    assert total.completion_rate == 0.5
    assert total.due_so_far == 8 and total.on_time_so_far == 2
    assert Score("x").completion_rate is None and Score("x").on_time_rate is None


# --- invariants ----------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=400))
def test_overdue_invariants_on_any_day(offset):
    today = D(2021, 1, 1) + timedelta(days=offset)
    p = progress(today)
    items = overdue_items(p)
    days = [i.days for i in items]
    assert days == sorted(days, reverse=True)
    for item in items:
        assert item.effective_due < today
        assert item.days == (today - item.effective_due).days
    missing = [c for c in report_matrix(p, last=D(2021, 12, 31)) if c.state.code == "missing"]
    assert len(missing) == sum(i.kind == "report" for i in items)
    for s in scoreboard(p):
        for rate in (s.completion_rate, s.on_time_rate):
            assert rate is None or 0.0 <= rate <= 1.0
        assert s.overdue_over_30 <= s.overdue_unfinished
        assert (
            s.tasks
            == s.done_on_time + s.done_late + s.on_track + s.overdue + s.ongoing + s.cancelled
        )


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=400), st.booleans(), st.booleans())
def test_overdue_and_due_soon_order(offset, reversed_plan_order, recorded):
    """Most overdue (or fewest days left) first, then deadline, item, period and
    agency in plan order, whatever order the task names its leads in."""
    plan = make_plan(EVENTS if recorded else ())
    if reversed_plan_order:  # T1's leads (a, b) are then out of plan order
        plan = plan.replace(agencies=dict(reversed(plan.agencies.items())))
    today = D(2021, 1, 1) + timedelta(days=offset)
    rank = {key: n for n, key in enumerate(plan.agencies)}

    def key(sign: int):
        return lambda i: (
            sign * i.days,
            i.effective_due,
            i.kind,
            i.ref,
            i.period or "",
            rank[i.agency],
        )

    items = overdue_items(Progress(plan, today, VIETNAM_CALENDAR))
    assert items == sorted(items, key=key(-1))
    soon = due_soon(Progress(plan, today, VIETNAM_CALENDAR), 40)
    assert soon == sorted(soon, key=key(1))


def test_long_overdue_threshold_is_strictly_more_than_30_days():
    assert LONG_OVERDUE_DAYS == 30
    # m-01 for b: effective due 20/01; 30 days overdue on 19/02, 31 on 20/02.
    at_30 = next(s for s in scoreboard(progress(D(2021, 2, 19))) if s.agency == "b")
    at_31 = next(s for s in scoreboard(progress(D(2021, 2, 20))) if s.agency == "b")
    assert at_30.overdue_over_30 == 0
    assert at_31.overdue_over_30 == 1


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=0, max_value=400),
    st.lists(st.sampled_from("abc"), min_size=1, max_size=3, unique=True),
)
def test_agency_scope_only_narrows(offset, chosen):
    """Scoped commands judge only the chosen agencies' assignments: what they
    find must be exactly the unscoped answer narrowed to those agencies."""
    scope = tuple(chosen)
    today = D(2021, 1, 1) + timedelta(days=offset)
    p = progress(today)
    assert overdue_items(progress(today), scope) == [
        i for i in overdue_items(p) if i.agency in scope
    ]
    assert stale_items(progress(today), 30, scope) == [
        s for s in stale_items(p, 30) if s.agency in scope
    ]
    assert due_soon(progress(today), 10, scope) == [i for i in due_soon(p, 10) if i.agency in scope]
    assert scoreboard(progress(today), scope) == [s for s in scoreboard(p) if s.agency in scope]
    assert [(a.task.id, a.agency) for a in assignments(progress(today), scope)] == [
        (a.task.id, a.agency) for a in assignments(p) if a.agency in scope
    ]
    for agency in scope:
        alone = scoreboard(progress(today), (agency,))
        assert alone == [s for s in scoreboard(p) if s.agency == agency]
    narrowed = []
    for item in obligations(p):
        owners = tuple(a for a in item.agencies if a in scope)
        if owners:
            pending = tuple(a for a in item.pending if a in scope)
            narrowed.append(item._replace(agencies=owners, pending=pending))
    assert obligations(progress(today), agencies=scope) == narrowed
