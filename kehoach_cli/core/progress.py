"""Status and timeliness of task assignments: the one place they are computed.

The categories are those of Government task tracking (Quyết định 42/2014/QĐ-TTg,
amended by 23/2018/QĐ-TTg): done on time, done late, in progress within the
deadline, overdue; tasks without a deadline (thường xuyên) are counted apart.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from datetime import date
from functools import cache, cached_property
from itertools import compress, repeat
from operator import attrgetter, itemgetter, not_
from typing import Any, NamedTuple, TypeVar

from kehoach_cli.core.calendar import WorkCalendar
from kehoach_cli.core.model import Event, Plan, Task

TIMELINESS = ("done_on_time", "done_late", "on_track", "overdue", "ongoing", "cancelled")

# Results are small immutable records made by the ten thousand: named tuples are
# built several times faster than frozen dataclasses, and defined faster at import.


class Timeliness(NamedTuple):
    code: str
    days: int = 0  # days late (done_late), overdue (overdue) or left (on_track)


# A plan's 18,800 assignments take a few hundred distinct values: one instance each.
_state = cache(Timeliness)


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
        return _state("cancelled")
    if effective_due is None:
        return _state("ongoing")
    if status == "done":
        done_on = status_date or today
        late = (done_on - effective_due).days
        return _state("done_late", late) if late > 0 else _state("done_on_time")
    left = (effective_due - today).days
    return _state("on_track", left) if left >= 0 else _state("overdue", -left)


# Only these statuses are judged on their own date: any other (open) status is
# judged on the deadline alone, so one ``timeliness`` call serves every open
# lead of a task (two in five of a plan's 16,800 assignments).
CLOSED = frozenset(("done", "cancelled"))

_Class = TypeVar("_Class")
_due = attrgetter("due")


class Assignment(NamedTuple):
    """One lead agency's duty on one task, with its latest recorded state."""

    task: Task
    agency: str
    effective_due: date | None
    last: Event | None
    timeliness: Timeliness

    @property
    def status(self) -> str:
        return status_of(self.last)


def status_of(last: Event | None) -> str:
    """The status an assignment's latest event leaves it in."""
    return last.status if last and last.status else "not_started"


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
    # first use (``reports`` never asks about tasks) from the event columns in
    # passes run by C. In time order, the last position stored for a key is
    # the latest. The submissions' keys among the tasks' (``(None, agency)``)
    # are never asked for: a task id is a string.

    def _seen_of(self, name: str) -> Sequence[Any]:
        """Field ``name`` of the events seen, in time order: one ``itemgetter``
        of all their positions, a third cheaper than mapping ``__getitem__``."""
        seen, column = self._seen, self._events.column(name)
        if len(seen) < 2:  # itemgetter of one position gives the value itself
            return [column[at] for at in seen]
        return itemgetter(*seen)(column)

    @cached_property
    def _seen_tasks(self) -> Sequence[str | None]:
        return self._seen_of("task")

    @cached_property
    def _latest(self) -> dict[tuple[str | None, str], int]:
        keys = zip(self._seen_tasks, self._seen_of("agency"), strict=True)
        return dict(zip(keys, self._seen, strict=True))

    @cached_property
    def _submissions(self) -> dict[tuple[str, str, str], int]:
        column = self._events.column
        # the few hundred submissions among twenty thousand status updates
        seen = list(compress(self._seen, map(not_, self._seen_tasks)))  # no task: a submission
        keys = zip(
            map(column("agency").__getitem__, seen),
            map(column("report").__getitem__, seen),
            map(column("period").__getitem__, seen),
            strict=True,
        )
        return dict(zip(keys, seen, strict=True))

    @cached_property
    def _closed_on(self) -> list[date | None]:
        """The day of each event (by position) that closes its assignment, None
        for the others and for position -1 (no event): an open assignment is
        judged on its deadline alone, whatever the day of its latest event."""
        statuses, dates = self._statuses, self._dates
        found: list[date | None] = [None] * (len(statuses) + 1)
        for at in compress(range(len(statuses)), map(CLOSED.__contains__, statuses)):
            found[at] = dates[at]
        return found

    def _positions(self, task_ids: Iterable[str], agency: str) -> Iterator[int]:
        """Position of ``agency``'s latest event on each task, -1 where it has
        none: one lookup each, in a pass run by C."""
        return map(self._latest.get, zip(task_ids, repeat(agency)), repeat(-1))

    def open_leads_of(
        self,
        tasks: Sequence[Task],
        agencies: Container[str] | None = None,
        order: Callable[[str], int] | None = None,
    ) -> list[tuple[str, ...]]:
        """For each of ``tasks`` (tracked ones), its leads (those in ``agencies``
        when given) whose status is neither done nor cancelled, in lead order
        (sorted by ``order``, stably, when given).

        The leads are worked out once per distinct lead refs (a few dozen among
        thousands of tasks); then each (task, lead) costs one lookup.
        """
        if not tasks:
            return []
        leads_of: dict[tuple[str, ...], tuple[str, ...]] = {}  # by lead refs
        latest, statuses = self._latest, self._statuses
        found: list[tuple[str, ...]] = []
        for task in tasks:
            leads = leads_of.get(task.lead)
            if leads is None:
                leads = self.plan.expand(task.lead)
                if agencies is not None:
                    leads = tuple([agency for agency in leads if agency in agencies])
                if order is not None:
                    leads = tuple(sorted(leads, key=order))
                leads_of[task.lead] = leads
            task_id = task.id
            found.append(
                tuple(
                    [
                        agency
                        for agency in leads
                        if (at := latest.get((task_id, agency))) is None
                        or statuses[at] not in CLOSED
                    ]
                )
            )
        return found

    def tally(
        self,
        tasks: Sequence[Task],
        agencies: Container[str],
        classify: Callable[[str, Timeliness, date | None], _Class],
    ) -> dict[str, Counter[_Class]]:
        """For each of ``agencies`` leading some of the tracked ``tasks``, how many
        of its assignments fall in each ``classify(status, timeliness, effective
        due)``: what the scoreboard counts.

        The tasks sharing lead refs (a few dozen among thousands) are looked up
        a column per lead and counted in passes run by C; each distinct (latest
        status, its day if it closed the assignment, deadline) is judged and
        classified once: 5,800 for 18,800 assignments at 5,000 tasks.
        """
        today = self.today

        @cache
        def judge(status: str | None, day: date | None, due: date | None) -> _Class:
            status = status or "not_started"
            return classify(status, timeliness(status, day, due, today), due)

        effective = {due: self.effective_due(due) for due in set(map(_due, tasks))}
        members: dict[tuple[str, ...], list[Task]] = {}
        for task in tasks:
            if task.tracked:
                members.setdefault(task.lead, []).append(task)
        # position -1: no event, no status
        status_at, day_at = [*self._statuses, None].__getitem__, self._closed_on.__getitem__
        found: dict[str, Counter[_Class]] = {}
        for refs, group in members.items():
            ids = [task.id for task in group]
            dues = list(map(effective.__getitem__, map(_due, group)))
            for agency in self.plan.expand(refs):
                if agency in agencies:
                    at = list(self._positions(ids, agency))
                    counted = Counter(map(judge, map(status_at, at), map(day_at, at), dues))
                    if agency in found:
                        found[agency].update(counted)
                    else:
                        found[agency] = counted
        return found

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
        found = self._latest.get((task_id, agency))
        return None if found is None else self._events[found]

    def latest_on(self, task_id: str, agency: str) -> date | None:
        """The day of ``agency``'s latest event on the task, without making the
        event: the stale list asks it of thousands of assignments."""
        found = self._latest.get((task_id, agency))
        return None if found is None else self._dates[found]

    def history(self, task_id: str) -> list[Event]:
        """Status events of a task, oldest first."""
        if self._history is None:  # positions only: an event is made when shown
            self._history = {}
            tasks = self._events.column("task")
            for position in self._seen:
                self._history.setdefault(tasks[position], []).append(position)
        return list(map(self._events.__getitem__, self._history.get(task_id, ())))

    def status(self, task_id: str, agency: str) -> str:
        """``agency``'s status on a task, without judging its timeliness."""
        found = self._latest.get((task_id, agency))
        return "not_started" if found is None else self._statuses[found] or "not_started"

    def submission(self, agency: str, report_id: str, period: str) -> Event | None:
        found = self._submissions.get((agency, report_id, period))
        return None if found is None else self._events[found]

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
            found = self._by_task[task.id] = self._judge(task, self.plan.leads(task))
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
        return self._judge(task, (agency,))[0]

    def _judge(self, task: Task, agencies: tuple[str, ...]) -> list[Assignment]:
        """Each agency's assignment on ``task``, from its latest event on it."""
        due = self.effective_due(task.due)
        today = self.today
        found: list[Assignment] = []
        for agency in agencies:
            last = self.latest(task.id, agency)
            state = timeliness(status_of(last), last.date if last else None, due, today)
            found.append(Assignment(task, agency, due, last, state))
        return found
