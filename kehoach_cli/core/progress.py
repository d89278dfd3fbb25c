"""Status and timeliness of task assignments: the one place they are computed.

The categories are those of Government task tracking (Quyết định 42/2014/QĐ-TTg,
amended by 23/2018/QĐ-TTg): done on time, done late, in progress within the
deadline, overdue; tasks without a deadline (thường xuyên) are counted apart.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable
from datetime import date
from functools import cache, cached_property
from typing import NamedTuple, overload

from kehoach_cli.core.calendar import WorkCalendar
from kehoach_cli.core.model import Event, Plan, Report, Task
from kehoach_cli.core.schedule import Period, periods

TIMELINESS = ("done_on_time", "done_late", "on_track", "overdue", "ongoing", "cancelled")


class Timeliness(NamedTuple):
    code: str
    days: int = 0  # days late (done_late), overdue (overdue) or left (on_track)
    owed: bool = True  # the lead still owes the task: it is neither done nor cancelled


@cache
def timeliness(
    status: str,
    status_date: date | None,
    effective_due: date | None,
    today: date,
) -> Timeliness:
    """Where an assignment stands against its deadline as of ``today``.

    Done and cancelled close an assignment: done is judged on the day it was
    recorded (``status_date``); any other status leaves it open, judged on the
    deadline alone. A due date names the last allowed day: overdue starts the
    day after. Remembered: a plan's thousands of assignments share far fewer
    inputs.
    """
    if status == "cancelled":
        return Timeliness("cancelled", 0, False)
    done = status == "done"
    if effective_due is None:
        return Timeliness("ongoing", 0, not done)
    if done:
        late = ((status_date or today) - effective_due).days
        if late > 0:
            return Timeliness("done_late", late, False)
        return Timeliness("done_on_time", 0, False)
    left = (effective_due - today).days
    return Timeliness("on_track", left) if left >= 0 else Timeliness("overdue", -left)


def leads_by_refs(
    plan: Plan, tasks: Iterable[Task], agencies: Collection[str] | None = None
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The agencies (those in ``agencies`` when given) that each distinct lead
    refs of ``tasks`` names: thousands of tasks share a few dozen."""
    return {
        refs: tuple(a for a in plan.expand(refs) if agencies is None or a in agencies)
        for refs in {task.lead for task in tasks}
    }


class Assignment(NamedTuple):
    """One lead agency's duty on one task, with its latest recorded state."""

    task: Task
    agency: str
    effective_due: date | None
    last: Event | None
    timeliness: Timeliness

    @property
    def status(self) -> str:
        return self.last.status if self.last and self.last.status else "not_started"


class Progress:
    """Everything derived from a plan's events as of one day, computed once.

    Events dated after ``today`` are ignored, so ``--today`` replays a past day
    honestly on a file that already holds later events. ``calendar`` says which
    days are working days, where the deadline rule moves a due date to.
    """

    def __init__(self, plan: Plan, today: date, calendar: WorkCalendar) -> None:
        self.plan = plan
        self.today = today
        self.calendar = calendar
        self._events = events = plan.events
        self._statuses = events.column("status")
        self._dates = events.column("date")
        order = plan.event_order
        # replaying a past day must not see what was recorded later
        self._seen = order[: bisect_right(order, today, key=self._dates.__getitem__)]
        self._history: dict[str | None, list[int]] | None = None  # only ``show`` needs it
        self._effective: dict[date, date] = {}
        self._by_task: dict[str, list[Assignment]] = {}

    # Indexes of the events seen, by position in the plan's events, built on
    # first use (``reports`` never asks about tasks). In time order, the last
    # position stored for a key is the latest.

    @cached_property
    def _latest(self) -> dict[str | None, dict[str, int]]:
        """The latest event of each agency on each task (submissions are under None)."""
        tasks, agencies = self._events.column("task"), self._events.column("agency")
        found: dict[str | None, dict[str, int]] = {}
        for at in self._seen:
            found.setdefault(tasks[at], {})[agencies[at]] = at
        return found

    @cached_property
    def _submissions(self) -> dict[tuple[str, str, str], int]:
        """The latest submission of each (agency, report, period)."""
        column = self._events.column
        tasks, agencies = column("task"), column("agency")
        reports, codes = column("report"), column("period")
        return {
            (agencies[at], reports[at], codes[at]): at for at in self._seen if tasks[at] is None
        }

    def states(
        self, task_id: str, agencies: Iterable[str], due: date | None
    ) -> list[tuple[str, str, Timeliness]]:
        """Each of ``agencies`` on a task, with its status and its timeliness
        against ``due`` (the effective deadline), without making the events."""
        recorded = self._latest.get(task_id, {})
        statuses, dates, today = self._statuses, self._dates, self.today
        found: list[tuple[str, str, Timeliness]] = []
        for agency in agencies:
            at = recorded.get(agency)
            if at is None:
                status, day = "not_started", None
            else:
                status, day = statuses[at] or "not_started", dates[at]
            found.append((agency, status, timeliness(status, day, due, today)))
        return found

    @overload
    def effective_due(self, due: date) -> date: ...
    @overload
    def effective_due(self, due: None) -> None: ...
    def effective_due(self, due: date | None) -> date | None:
        if due is None:
            return None
        found = self._effective.get(due)  # thousands of assignments, a few hundred dates
        if found is None:
            found = self._effective[due] = self.calendar.effective_due(
                due, self.plan.info.deadline_rule
            )
        return found

    def periods(self, report: Report) -> tuple[Period, ...]:
        """Every period of ``report`` in the plan, in order."""
        info = self.plan.info
        return periods(report, info.start, info.end, info.deadline_rule, self.calendar)

    def latest(self, task_id: str, agency: str) -> Event | None:
        found = self._latest.get(task_id, {}).get(agency)
        return None if found is None else self._events[found]

    def latest_on(self, task_id: str, agency: str) -> date | None:
        """The day of ``agency``'s latest event on the task, without making the event."""
        found = self._latest.get(task_id, {}).get(agency)
        return None if found is None else self._dates[found]

    def history(self, task_id: str) -> list[Event]:
        """Status events of a task, oldest first."""
        if self._history is None:  # positions only: an event is made when shown
            self._history = {}
            tasks = self._events.column("task")
            for position in self._seen:
                self._history.setdefault(tasks[position], []).append(position)
        return [self._events[at] for at in self._history.get(task_id, ())]

    def submitted_on(self, agency: str, report_id: str, period: str) -> date | None:
        """The day ``agency`` submitted that report for that period, if it has:
        what judging a period needs, without making the event."""
        found = self._submissions.get((agency, report_id, period))
        return None if found is None else self._dates[found]

    def assignments(self, task: Task) -> list[Assignment]:
        """The task's lead assignments in lead order, judged once per task
        however often they are asked for (none for untracked requests)."""
        if not task.tracked:
            return []
        found = self._by_task.get(task.id)
        if found is None or (found and found[0].task is not task):
            found = self._by_task[task.id] = self._assigned(task, self.plan.leads(task))
        return found

    def assignment(self, task: Task, agency: str) -> Assignment:
        """``agency``'s assignment on ``task`` (judged even if it does not lead it).

        Taken from the task's judged leads when a command already asked for
        them, else judged alone: commands about one agency judge only its own.
        """
        judged = self._by_task.get(task.id)
        if judged and judged[0].task is task:
            for found in judged:
                if found.agency == agency:
                    return found
        return self._assigned(task, (agency,))[0]

    def _assigned(self, task: Task, agencies: tuple[str, ...]) -> list[Assignment]:
        """Each agency's assignment on ``task``, from its latest event on it."""
        due = self.effective_due(task.due)
        return [
            Assignment(task, agency, due, self.latest(task.id, agency), state)
            for agency, _, state in self.states(task.id, agencies, due)
        ]
