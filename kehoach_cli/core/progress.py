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
from kehoach_cli.core.model import EntryRef, Event, EventLog, Plan, Report, Task, entry_ref
from kehoach_cli.core.schedule import Period, periods

TIMELINESS = ("done_on_time", "done_late", "on_track", "overdue", "ongoing", "cancelled")


class Timeliness(NamedTuple):
    code: str
    days: int = 0  # days late (done_late), overdue (overdue) or left (on_track)
    owed: bool = True  # the lead still owes the task: it is neither done nor cancelled


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
    day after.
    """
    if status == "cancelled":
        return _CANCELLED
    done = status == "done"
    if effective_due is None:
        return _ONGOING_DONE if done else _ONGOING
    if done:
        return _closed(((status_date or today) - effective_due).days)
    return _open((effective_due - today).days)


# A plan's thousands of assignments come down to a few hundred day counts:
# each is judged once.
_CANCELLED = Timeliness("cancelled", 0, False)
_ONGOING = Timeliness("ongoing", 0, True)
_ONGOING_DONE = Timeliness("ongoing", 0, False)


@cache
def _closed(days_late: int) -> Timeliness:
    """Done ``days_late`` days after the deadline (none or less: on time)."""
    if days_late > 0:
        return Timeliness("done_late", days_late, False)
    return Timeliness("done_on_time", 0, False)


@cache
def _open(days_left: int) -> Timeliness:
    """Still owed, ``days_left`` days before the deadline (below zero: overdue)."""
    if days_left >= 0:
        return Timeliness("on_track", days_left)
    return Timeliness("overdue", -days_left)


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
    """One lead agency's duty on one task, with its latest recorded state.

    ``effective_due`` is the deadline it is judged against: the plan's, or
    the one ``extension`` moved it to, after the deadline rule.
    """

    task: Task
    agency: str
    effective_due: date | None
    last: Event | None
    timeliness: Timeliness
    extension: Event | None = None

    @property
    def status(self) -> str:
        return self.last.status if self.last and self.last.status else "not_started"


# One agency on one task: the agency, its status, its timeliness, and the
# effective deadline it was judged against (its extension's, if it has one).
# A plain tuple, unpacked where it is read: a plan judges tens of thousands.
State = tuple[str, str, Timeliness, date | None]


def _ref_at(events: EventLog, at: int, day: date) -> EntryRef:
    """What names the event at ``at`` (its day given: for a withdrawal, the day it names)."""
    column = events.column
    return entry_ref(
        column("agency")[at],
        day,
        column("task")[at],
        column("status")[at],
        column("report")[at],
        column("period")[at],
    )


def in_effect(events: EventLog, seen: list[int]) -> tuple[list[int], frozenset[int], list[int]]:
    """Of the positions ``seen`` (in order of effect): the entries that count,
    those withdrawn, and the deadline extensions.

    The one place withdrawals act: a withdrawal removes every entry of its
    agency with the day, task and status (or report and period) it names,
    so that every figure is worked out as if that entry had never been
    recorded. Naming the entry rather than its position survives merges,
    reordering and hand edits; two people withdrawing the same entry agree.
    """
    withdraws, extended = events.column("withdraws"), events.column("extended_to")
    if withdraws.count(None) == len(withdraws) and extended.count(None) == len(extended):
        return seen, frozenset(), []  # the usual plan: nothing withdrawn, nothing extended
    marks = [at for at in seen if withdraws[at] is not None or extended[at] is not None]
    named = {_ref_at(events, at, withdraws[at]) for at in marks if withdraws[at] is not None}
    dates, special = events.column("date"), set(marks)
    withdrawn = frozenset(
        at for at in seen if at not in special and _ref_at(events, at, dates[at]) in named
    )
    kept = [at for at in seen if at not in special and at not in withdrawn]
    return kept, withdrawn, [at for at in marks if extended[at] is not None]


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
        self._recorded = order[: bisect_right(order, today, key=self._dates.__getitem__)]
        # what counts, and the positions of the entries withdrawn by today
        self._seen, self.withdrawn, extensions = in_effect(events, self._recorded)
        tasks, agencies = events.column("task"), events.column("agency")
        self._extended: dict[str, dict[str, int]] = {}  # task -> agency -> latest extension
        for at in extensions:
            self._extended.setdefault(tasks[at], {})[agencies[at]] = at
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

    def states(self, task_id: str, agencies: Iterable[str], due: date | None) -> list[State]:
        """Each of ``agencies`` on a task, with its status and its timeliness
        against ``due`` (the plan's effective deadline) or, for an agency whose
        deadline was extended, against the extended one; without making the events."""
        recorded = self._latest.get(task_id, {})
        extended = self._extended.get(task_id, {})
        statuses, dates, today = self._statuses, self._dates, self.today
        found: list[State] = []
        for agency in agencies:
            at = recorded.get(agency)
            if at is None:
                status, day = "not_started", None
            else:
                status, day = statuses[at] or "not_started", dates[at]
            judged = due
            moved = extended.get(agency)
            if moved is not None:
                judged = self.effective_due(self._events.column("extended_to")[moved])
            found.append((agency, status, timeliness(status, day, judged, today), judged))
        return found

    def extension(self, task_id: str, agency: str) -> Event | None:
        """The extension of ``agency``'s deadline on the task in force today, if any."""
        found = self._extended.get(task_id, {}).get(agency)
        return None if found is None else self._events[found]

    def extended_leads(self, task_id: str) -> tuple[str, ...]:
        """The agencies whose deadline on the task was extended by today."""
        return tuple(self._extended.get(task_id, ()))

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

    def history(self, task_id: str) -> list[tuple[Event, bool]]:
        """Every event recorded on a task by today, oldest first, each with
        whether it was withdrawn (withdrawals and extensions included)."""
        if self._history is None:  # positions only: an event is made when shown
            self._history = {}
            tasks = self._events.column("task")
            for position in self._recorded:
                self._history.setdefault(tasks[position], []).append(position)
        return [(self._events[at], at in self.withdrawn) for at in self._history.get(task_id, ())]

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
            Assignment(
                task,
                agency,
                judged,
                self.latest(task.id, agency),
                timely,
                self.extension(task.id, agency),
            )
            for agency, _, timely, judged in self.states(task.id, agencies, due)
        ]
