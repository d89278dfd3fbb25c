"""Working days and the deadline rule.

Bộ luật Dân sự 2015, Điều 148 khoản 5: when the last day of a time limit is a
weekend day or a public holiday, the limit ends at the end of the next working
day. Which days are public holidays (Tết included), and their names, is the
provider's answer: the calendar is given one (``kehoach_cli.planfile.holidays``
has Vietnam's).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta

RULES = ("next_working_day", "exact")

# a year's public holidays, each with its name (data, as the provider writes it)
HolidayProvider = Callable[[int], Mapping[date, str]]


class WorkCalendar:
    """Answers "is this a working day?" with holidays fetched once per year."""

    def __init__(self, provider: HolidayProvider) -> None:
        self._provider = provider
        self._years: dict[int, Mapping[date, str]] = {}

    def holidays(self, year: int) -> Mapping[date, str]:
        """The public holidays of ``year`` and their names."""
        if year not in self._years:
            self._years[year] = self._provider(year)
        return self._years[year]

    def holiday_name(self, day: date) -> str | None:
        """The name of the public holiday ``day`` is, if it is one: what moved a
        deadline that fell on it."""
        return self.holidays(day.year).get(day)

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


def came_due(effective_due: date, met: bool, today: date) -> bool:
    """Whether an obligation counts in today's figures: its deadline has passed,
    or it is today and already met (one due today and not met still has the day).

    The one rule for tasks and report periods alike: the report matrix and the
    scoreboard count exactly the obligations this says have come due, so a
    report submitted early counts once its period comes due.
    """
    return effective_due < today or (met and effective_due <= today)
