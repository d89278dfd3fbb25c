"""Recurring reports: periods expanded from an RRULE, and each period's state.

Nghị định 09/2019/NĐ-CP leaves deadlines to each province; Hà Tĩnh's monthly
report is due "trước ngày 20 hàng tháng". A period is named by its due date.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from kehoach_cli.dates import period_of
from kehoach_cli.model import Report
from kehoach_cli.workdays import WorkCalendar

REPORT_STATES = ("on_time", "late", "missing", "pending")


class Period(NamedTuple):
    code: str  # 2021-03, 2021-Q1, 2021
    due: date
    effective_due: date


@lru_cache(maxsize=256)
def due_dates(rrule: str, start: date, end: date) -> tuple[date, ...]:
    """Occurrences of ``rrule`` between ``start`` and ``end`` inclusive."""
    from dateutil.rrule import rrulestr

    first = datetime(start.year, start.month, start.day)
    rule = rrulestr(rrule, dtstart=first)
    stop = datetime(end.year, end.month, end.day, 23, 59, 59)
    return tuple(d.date() for d in rule.between(first, stop, inc=True))


@lru_cache(maxsize=256)
def periods(
    report: Report, start: date, end: date, rule: str, calendar: WorkCalendar
) -> tuple[Period, ...]:
    """Every period of ``report`` in the plan, in order.

    Remembered: the overdue list and the scoreboard ask for the same report's
    periods once per agency.
    """
    return tuple(
        Period(period_of(d, report.period), d, calendar.effective_due(d, rule))
        for d in due_dates(report.rrule, start, end)
    )


class ReportState(NamedTuple):
    code: str  # on_time | late | missing | pending
    days_late: int = 0


def report_state(period: Period, submitted: date | None, today: date) -> ReportState:
    """The one place a submission is judged against its effective due date."""
    if submitted is not None:
        late = (submitted - period.effective_due).days
        return ReportState("late", late) if late > 0 else ReportState("on_time")
    if today > period.effective_due:
        return ReportState("missing", (today - period.effective_due).days)
    return ReportState("pending")
