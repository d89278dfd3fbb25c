"""The report matrix (``reports``) and the scoreboard (``summary``) count the same
submissions in the same periods: only periods due by today, an early submission
once its period comes due."""

from __future__ import annotations

import json
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_cli.core.compliance import report_matrix, scoreboard
from kehoach_cli.core.model import Agency, Event, Group, Plan, PlanInfo, Report, Task
from kehoach_cli.core.progress import Progress
from kehoach_cli.planfile.holidays import VIETNAM_CALENDAR

START, END = date(2021, 1, 1), date(2021, 12, 31)
RULES = {
    "month": ("FREQ=MONTHLY;BYMONTHDAY=20", "FREQ=MONTHLY;BYMONTHDAY=5"),
    "quarter": ("FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15",),
    "year": ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31"),
}


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    """A plan of a few agencies, reports and tasks, with random submissions
    (early, on time, late, corrected, withdrawn) and status updates."""
    keys = [f"s{n}" for n in range(draw(st.integers(1, 4)))]
    reports = []
    for n in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(sorted(RULES)))
        reporters = draw(st.lists(st.sampled_from([*keys, "@all"]), min_size=1, unique=True))
        reports.append(
            Report(
                f"r{n}",
                f"Báo cáo {n}",
                tuple(reporters),
                ("s0",),
                draw(st.sampled_from(RULES[kind])),
                kind,
            )
        )
    tasks = (Task("T1", "1", "Việc có hạn", ("@all",), due=date(2021, 3, 31)),)
    plan = Plan(
        info=PlanInfo("t", "Thử", START, END, deadline_rule="next_working_day"),
        sections={"1": "Một"},
        agencies={k: Agency(k, k, k.upper(), "department") for k in keys},
        groups={"all": Group("all", "Tất cả", tuple(keys))},
        reports=tuple(reports),
        tasks=tasks,
    )
    progress = Progress(plan, END, VIETNAM_CALENDAR)
    events: list[Event] = []
    for _ in range(draw(st.integers(0, 25))):
        report = draw(st.sampled_from(reports))
        agency = draw(st.sampled_from(plan.reporters(report)))
        period = draw(st.sampled_from(progress.periods(report)))
        day = period.effective_due + timedelta(days=draw(st.integers(-60, 40)))
        day = min(max(day, START), END)
        events.append(Event(agency, day, report=report.id, period=period.code, seq=len(events) + 1))
        if draw(st.integers(0, 4)) == 0:  # now and then withdrawn later
            later = day + timedelta(days=draw(st.integers(0, 30)))
            events.append(
                Event(
                    agency,
                    later,
                    report=report.id,
                    period=period.code,
                    withdraws=day,
                    seq=len(events) + 1,
                )
            )
    for key in keys:
        if draw(st.booleans()):
            day = START + timedelta(days=draw(st.integers(0, 364)))
            events.append(Event(key, day, task="T1", status="done", seq=len(events) + 1))
    return Plan(
        info=plan.info,
        sections=plan.sections,
        agencies=plan.agencies,
        groups=plan.groups,
        reports=plan.reports,
        tasks=plan.tasks,
        events=tuple(events),
    )


@settings(max_examples=150, deadline=None)
@given(plans(), st.integers(0, 400))
def test_summary_counts_exactly_the_matrix_due_cells(plan, offset):
    today = START + timedelta(days=offset)
    progress = Progress(plan, today, VIETNAM_CALENDAR)
    cells = report_matrix(progress)  # what ``reports`` shows: the periods begun by today
    for score in scoreboard(Progress(plan, today, VIETNAM_CALENDAR)):
        mine = [c for c in cells if c.agency == score.agency]
        due = [c for c in mine if c.state.counted]
        assert score.reports_on_time + score.reports_late + score.reports_missing == len(due)
        assert score.reports_on_time == sum(c.state.code == "on_time" for c in due)
        assert score.reports_late == sum(c.state.code == "late" for c in due)
        assert score.reports_missing == sum(c.state.code == "missing" for c in due)
        # a period not due yet is never counted, submitted early or not
        assert all(c.period.effective_due >= today for c in mine if not c.state.counted)


def test_early_submissions_count_when_their_period_comes_due(cli, plan_file):
    def kh(*args: str, today: str = "23/02/2021"):
        return cli("--file", str(plan_file), "--today", today, *args)

    assert kh("submit", "huong khe", "-p", "02/2021", "-d", "19/02/2021").exit_code == 0
    assert kh("submit", "huong khe", "-p", "03/2021").exit_code == 0  # early
    assert kh("submit", "huong khe", "--report", "bc-nam").exit_code == 0  # early

    def figures(today: str) -> tuple[str, list[int]]:
        matrix = kh("reports", "--agency", "huong khe", today=today).stdout
        counts = [line.split()[-1] for line in matrix.splitlines() if line.startswith("Huyện")]
        score = json.loads(
            kh("summary", "-a", "huong khe", "--format", "json", today=today).stdout
        )[0]
        return " ".join(counts), [
            score[k] for k in ("reports_on_time", "reports_late", "reports_missing")
        ]

    # 23/02: January missing, February on time; March and the year not due yet
    assert figures("23/02/2021") == ("1/2 0/0", [1, 0, 1])
    # 23/03: March has come due, and its early submission counts as on time
    assert figures("23/03/2021") == ("2/3 0/0", [2, 0, 1])
    # 11/12: the annual report too
    matrix, counts = figures("11/12/2021")
    assert matrix.split()[1] == "1/1" and counts[0] == 3
