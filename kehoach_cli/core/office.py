"""What the Office's documents report, gathered once from the compliance results.

The periodic report, the reminder letters, the workbook and the web page show
the figures ``summary``, ``reports`` and ``overdue`` print for the same day:
they are taken from the same functions here, never counted again.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from kehoach_cli.core.calendar import WorkCalendar
from kehoach_cli.core.compliance import (
    Item,
    ReportCell,
    Score,
    StaleItem,
    overdue_items,
    report_matrix,
    scoreboard,
    stale_items,
    totals,
)
from kehoach_cli.core.dates import period_bounds
from kehoach_cli.core.model import Plan
from kehoach_cli.core.progress import Progress
from kehoach_cli.core.thresholds import DEFAULT_STALE_DAYS

REMINDER_WORKING_DAYS = 5  # the time a reminder gives to reply, in working days


class OfficeFigures(NamedTuple):
    """The figures of one periodic report as of ``today``."""

    span: str  # the span reported on: 2021-03, 2021-Q1, 2021-H1, 2021
    today: date
    scores: list[Score]  # worst first, as ``summary`` lists them
    total: Score  # the totals row of ``summary``
    cells: list[ReportCell]  # the report periods that fall in the span (``reports``)
    matrix: list[ReportCell]  # every report period begun by today
    items: list[Item]  # what ``overdue`` lists: overdue tasks and missing reports
    stale: list[StaleItem]  # ongoing tasks with no update for ``stale_days``
    stale_days: int

    @property
    def overdue(self) -> list[Item]:
        """The overdue task assignments, most overdue first."""
        return [i for i in self.items if i.kind == "task"]

    @property
    def dated_tasks(self) -> int:
        """Task assignments with a deadline, cancelled ones left out."""
        t = self.total
        return t.done_on_time + t.done_late + t.on_track + t.overdue

    @property
    def completion_over_all(self) -> float | None:
        """Tasks done (on time or late) over every task with a deadline."""
        n = self.dated_tasks
        return (self.total.done_on_time + self.total.done_late) / n if n else None

    @property
    def on_time_over_all(self) -> float | None:
        """Tasks done on time over every task with a deadline."""
        n = self.dated_tasks
        return self.total.done_on_time / n if n else None


def in_span(code: str, span: str) -> bool:
    """Whether the period ``code`` lies within the span ``span``."""
    first, last = period_bounds(span)
    begin, end = period_bounds(code)
    return first <= begin and end <= last


def as_of(span: str, today: date) -> date:
    """The day a report on ``span`` speaks of by default: the span's last day,
    or ``today`` when that comes first."""
    return min(period_bounds(span)[1], today)


def office_figures(
    progress: Progress,
    span: str,
    agencies: tuple[str, ...] | None = None,
    stale_days: int = DEFAULT_STALE_DAYS,
) -> OfficeFigures:
    """Everything a periodic report on ``span`` shows, as of ``progress.today``."""
    scores = scoreboard(progress, agencies)
    matrix = report_matrix(progress, agencies=agencies)
    return OfficeFigures(
        span=span,
        today=progress.today,
        scores=scores,
        total=totals(scores),
        cells=[c for c in matrix if in_span(c.period.code, span)],
        matrix=matrix,
        items=overdue_items(progress, agencies),
        stale=stale_items(progress, stale_days, agencies),
        stale_days=stale_days,
    )


def owed(progress: Progress, agencies: tuple[str, ...]) -> dict[str, list[Item]]:
    """What each of ``agencies`` owes as of today (overdue tasks, missing
    reports), for those that owe something, in the order given."""
    found: dict[str, list[Item]] = {}
    for item in overdue_items(progress, agencies):
        found.setdefault(item.agency, []).append(item)
    return {agency: found[agency] for agency in agencies if agency in found}


def working_days_after(calendar: WorkCalendar, day: date, n: int) -> date:
    """The ``n``-th working day after ``day``."""
    while n > 0:
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            n -= 1
    return day


class TrendPoint(NamedTuple):
    """The on-time rate as of one month's report deadline."""

    month: str  # period code of the month
    day: date  # the effective deadline of that month's report
    rate: float | None


def monthly_on_time(plan: Plan, calendar: WorkCalendar, today: date) -> list[TrendPoint]:
    """The on-time rate of ``summary``'s totals as of each monthly report deadline
    that has passed by ``today`` (judged from the events recorded by then)."""
    monthly = next((r for r in plan.reports if r.period == "month"), None)
    if monthly is None:
        return []
    found: list[TrendPoint] = []
    for period in Progress(plan, today, calendar).periods(monthly):
        if period.effective_due > today:
            break
        progress = Progress(plan, period.effective_due, calendar)
        found.append(
            TrendPoint(period.code, period.effective_due, totals(scoreboard(progress)).on_time_rate)
        )
    return found
