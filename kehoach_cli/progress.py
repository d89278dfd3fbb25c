"""Status and timeliness of task assignments: the one place they are computed.

The categories are those of Government task tracking (Quyết định 42/2014/QĐ-TTg,
amended by 23/2018/QĐ-TTg): done on time, done late, in progress within the
deadline, overdue; tasks without a deadline (thường xuyên) are counted apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from kehoach_cli.model import Event, Plan, Task
from kehoach_cli.workdays import DEFAULT_CALENDAR, WorkCalendar

TIMELINESS = ("done_on_time", "done_late", "on_track", "overdue", "ongoing", "cancelled")


@dataclass(frozen=True, slots=True)
class Timeliness:
    code: str
    days: int = 0  # days late (done_late), overdue (overdue) or left (on_track)


def timeliness(
    status: str,
    status_date: date | None,
    effective_due: date | None,
    today: date,
) -> Timeliness:
    """Where an assignment stands against its deadline as of ``today``.

    A due date names the last allowed day: overdue starts the day after.
    """
    if status == "cancelled":
        return Timeliness("cancelled")
    if effective_due is None:
        return Timeliness("ongoing")
    if status == "done":
        done_on = status_date or today
        late = (done_on - effective_due).days
        return Timeliness("done_late", late) if late > 0 else Timeliness("done_on_time")
    left = (effective_due - today).days
    return Timeliness("on_track", left) if left >= 0 else Timeliness("overdue", -left)


@dataclass(frozen=True, slots=True)
class Assignment:
    """One lead agency's duty on one task, with its latest recorded state."""

    task: Task
    agency: str
    effective_due: date | None
    last: Event | None
    timeliness: Timeliness

    @property
    def status(self) -> str:
        return self.last.status if self.last and self.last.status else "not_started"


_BY_DATE = attrgetter("date", "seq")  # later events win on equal dates (C speed)


class Progress:
    """Everything derived from a plan's events as of one day, computed once.

    Events dated after ``today`` are ignored, so ``--today`` replays a past day
    honestly on a file that already holds later events.
    """

    def __init__(self, plan: Plan, today: date, calendar: WorkCalendar = DEFAULT_CALENDAR) -> None:
        self.plan = plan
        self.today = today
        self.calendar = calendar
        self._latest: dict[tuple[str, str], Event] = {}
        self._history: dict[str, list[Event]] = {}
        self._submissions: dict[tuple[str, str, str], Event] = {}
        self._effective: dict[date, date] = {}
        self._assignments: dict[tuple[str, str], Assignment] = {}
        for event in sorted(plan.events, key=_BY_DATE):
            if event.date > today:
                break  # replaying a past day must not see what was recorded later
            if event.task is not None:
                self._latest[(event.task, event.agency)] = event
                self._history.setdefault(event.task, []).append(event)
            elif event.report is not None and event.period is not None:
                self._submissions[(event.agency, event.report, event.period)] = event

    def effective_due(self, due: date | None) -> date | None:
        if due is None:
            return None
        found = self._effective.get(due)  # thousands of assignments, a few hundred dates
        if found is None:
            found = self._effective[due] = self.calendar.effective_due(
                due, self.plan.info.deadline_rule
            )
        return found

    def latest(self, task_id: str, agency: str) -> Event | None:
        return self._latest.get((task_id, agency))

    def history(self, task_id: str) -> list[Event]:
        """Status events of a task, oldest first."""
        return self._history.get(task_id, [])

    def submission(self, agency: str, report_id: str, period: str) -> Event | None:
        return self._submissions.get((agency, report_id, period))

    def assignment(self, task: Task, agency: str) -> Assignment:
        key = (task.id, agency)
        found = self._assignments.get(key)  # commands like check ask twice
        if found is None or found.task is not task:
            found = self._assignments[key] = self._assess(task, agency)
        return found

    def _assess(self, task: Task, agency: str) -> Assignment:
        last = self.latest(task.id, agency)
        status = last.status if last and last.status else "not_started"
        due = self.effective_due(task.due)
        state = timeliness(status, last.date if last else None, due, self.today)
        return Assignment(task, agency, due, last, state)

    def assignments(self, task: Task) -> list[Assignment]:
        if not task.tracked:
            return []
        return [self.assignment(task, agency) for agency in self.plan.leads(task)]
