"""Working days and the deadline rule.

Bộ luật Dân sự 2015, Điều 148 khoản 5: when the last day of a time limit is a
weekend day or a public holiday, the limit ends at the end of the next working
day. Vietnam's public holidays (Tết included) come from the ``holidays``
package, which follows the government's yearly decisions better than a table
of our own could.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import cache

RULES = ("next_working_day", "exact")

HolidayProvider = Callable[[int], frozenset[date]]


@cache
def vietnam_holidays(year: int) -> frozenset[date]:
    """Public holidays (days off) for civil servants in ``year``."""
    from holidays.countries.vietnam import Vietnam  # heavy: imported only when needed

    return frozenset(Vietnam(years=year).keys())


class WorkCalendar:
    """Answers "is this a working day?" with holidays fetched once per year."""

    def __init__(self, provider: HolidayProvider = vietnam_holidays) -> None:
        self._provider = provider
        self._years: dict[int, frozenset[date]] = {}

    def holidays(self, year: int) -> frozenset[date]:
        if year not in self._years:
            self._years[year] = self._provider(year)
        return self._years[year]

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays(day.year)

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first one after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def effective_due(self, due: date, rule: str) -> date:
        """The last day an obligation may be met without being late."""
        if rule == "next_working_day":
            return self.next_working_day(due)
        return due


DEFAULT_CALENDAR = WorkCalendar()
