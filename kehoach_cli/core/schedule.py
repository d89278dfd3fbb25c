"""Recurring reports: periods expanded from an RRULE, and each period's state.

Nghị định 09/2019/NĐ-CP leaves deadlines to each province; Hà Tĩnh's monthly
report is due "trước ngày 20 hàng tháng". A period is named by its due date.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from kehoach_cli.core.calendar import WorkCalendar, came_due
from kehoach_cli.core.dates import period_bounds, period_of
from kehoach_cli.core.errors import Text, text
from kehoach_cli.core.model import Report


class Period(NamedTuple):
    code: str  # 2021-03, 2021-Q1, 2021
    due: date
    effective_due: date

    @property
    def start(self) -> date:
        """The first day of the period: before it, a report for it cannot have been written."""
        return period_bounds(self.code)[0]


@lru_cache(maxsize=256)
def due_dates(rrule: str, start: date, end: date) -> tuple[date, ...]:
    """Occurrences of ``rrule`` between ``start`` and ``end`` inclusive."""
    simple = _monthly_days(rrule)
    if simple is not None:
        return _occurrences(*simple, start, end)
    from dateutil.rrule import rrulestr

    first = datetime(start.year, start.month, start.day)
    rule = rrulestr(rrule, dtstart=first)
    stop = datetime(end.year, end.month, end.day, 23, 59, 59)
    return tuple(d.date() for d in rule.between(first, stop, inc=True))


# What a report's rule may ask: deadlines fall on days, so nothing more often
# than daily, and few enough of them that expanding the plan stays quick.
MAX_OCCURRENCES = 5000
_FREQ_DAYS = {"DAILY": 1, "WEEKLY": 7, "MONTHLY": 31, "YEARLY": 366}  # most days in one step
_RULE_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST", "BYMONTH", "BYMONTHDAY", "BYDAY"}


def rule_problem(rrule: str, start: date, end: date) -> Text | None:
    """Why ``rrule`` cannot be a report's rule over ``start``..``end``; None if it can.

    Checked from the rule's text, without expanding it: a rule more often than
    daily, with an interval below 1 or with too many occurrences is refused
    (dateutil would expand such a rule for ever).
    """
    parts: dict[str, str] = {}
    for part in rrule.upper().removeprefix("RRULE:").split(";"):
        key, _, value = part.partition("=")
        parts[key.strip()] = value.strip()
    freq = parts.get("FREQ", "")
    if freq not in _FREQ_DAYS:
        return text("error.rule.frequency", freq=freq)
    unknown = sorted(set(parts) - _RULE_PARTS)
    if unknown:
        return text("error.rule.part", part=unknown[0])
    interval = parts.get("INTERVAL", "1")
    if not interval.isdigit() or int(interval) < 1:
        return text("error.rule.interval", interval=interval)
    if not _some_day(parts.get("BYMONTH"), parts.get("BYMONTHDAY")):
        return text("error.rule.never")
    steps = (end - start).days // (_FREQ_DAYS[freq] * int(interval)) + 1
    most = steps * _FREQ_DAYS[freq] if "BY" in ";".join(parts) else steps
    if most > MAX_OCCURRENCES:
        return text("error.rule.too_many", most=MAX_OCCURRENCES)
    return None


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _some_day(months: str | None, days: str | None) -> bool:
    """Whether some month of ``months`` has some day of ``days`` (dateutil would
    look for one, day after day, up to the year 9999)."""
    if not months or not days:
        return True
    try:
        wanted = [int(m) for m in months.split(",")]
        numbers = [int(d) for d in days.split(",")]
    except ValueError:
        return True  # dateutil has refused it already
    return any(abs(d) <= _MONTH_DAYS[m - 1] for m in wanted if 1 <= m <= 12 for d in numbers if d)


# Report rules are nearly always "these days of these months": FREQ=MONTHLY or
# YEARLY with BYMONTHDAY and perhaps BYMONTH. Those are expanded here, which
# spares every reading command importing dateutil's rrule (and six); anything
# else, or anything unusual in them, goes to dateutil.


def _monthly_days(rrule: str) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """``(months, days)`` of a rule of that simple form, else None."""
    parts: dict[str, str] = {}
    for part in rrule.split(";"):
        key, _, value = part.partition("=")
        if key in parts or key not in ("FREQ", "BYMONTH", "BYMONTHDAY"):
            return None
        parts[key] = value
    if parts.get("FREQ") not in ("MONTHLY", "YEARLY") or "BYMONTHDAY" not in parts:
        return None
    months = _numbers(parts.get("BYMONTH", "1,2,3,4,5,6,7,8,9,10,11,12"), 12)
    days = _numbers(parts["BYMONTHDAY"], 31)
    return None if months is None or days is None else (months, days)


def _numbers(text: str, highest: int) -> tuple[int, ...] | None:
    """Sorted distinct numbers 1..highest written as "3,1,2", else None."""
    found: set[int] = set()
    for word in text.split(","):
        if not (word.isdigit() and word.isascii() and 1 <= int(word) <= highest):
            return None
        found.add(int(word))
    return tuple(sorted(found))


def _occurrences(
    months: tuple[int, ...], days: tuple[int, ...], start: date, end: date
) -> tuple[date, ...]:
    """Those days of those months from ``start`` to ``end``, in order; a day a
    month does not have (31 in April) is skipped, as RFC 5545 says."""
    found: list[date] = []
    for year in range(start.year, end.year + 1):
        for month in months:
            for day in days:
                try:
                    when = date(year, month, day)
                except ValueError:
                    continue
                if start <= when <= end:
                    found.append(when)
    return tuple(found)


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
    counted: bool = False  # the period has come due: it enters today's figures


def report_state(period: Period, submitted: date | None, today: date) -> ReportState:
    """The one place a submission is judged against its effective due date.

    An early submission is on time, but counts (``counted``) only once its
    period comes due (``calendar.came_due``).
    """
    counted = came_due(period.effective_due, submitted is not None, today)
    if submitted is not None:
        late = (submitted - period.effective_due).days
        return (
            ReportState("late", late, counted) if late > 0 else ReportState("on_time", 0, counted)
        )
    if today > period.effective_due:
        return ReportState("missing", (today - period.effective_due).days, counted)
    return ReportState("pending", 0, counted)
