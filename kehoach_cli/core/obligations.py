"""Dated obligations: task deadlines and recurring report due dates, one list.

``deadlines``, ``check``, the calendar export and the scoreboard all read
from here, so that "what is due when, and who still owes it" has one answer.
"""

from __future__ import annotations

from datetime import date
from operator import attrgetter
from typing import NamedTuple

from kehoach_cli.core.model import Task
from kehoach_cli.core.progress import Progress, State, leads_by_refs


class Obligation(NamedTuple):
    kind: str  # "task" or "report"
    ref: str  # task id or report id
    period: str | None  # report period code; None for tasks
    due: date
    effective_due: date
    agencies: tuple[str, ...]  # who owes it
    pending: tuple[str, ...]  # who has not met it yet
    title: str  # task text or report name
    extended_to: date | None = None  # for agencies whose deadline was extended: the new one
    extension_ref: str = ""  # the document that extended it

    def days_left(self, today: date) -> int:
        """Negative when overdue: the effective due date is the last allowed day."""
        return (self.effective_due - today).days


def _within(due: date, effective_due: date, start: date | None, end: date | None) -> bool:
    """True when the obligation's span, from its written deadline to the day the
    rule moved it to, meets [start, end]: a report due on Saturday and moved to
    Monday is due soon from the days before Saturday. The one test of "due in a
    window", for ``deadlines``, ``check`` and the calendar export."""
    return (start is None or effective_due >= start) and (end is None or due <= end)


def task_obligations(
    progress: Progress,
    *,
    start: date | None = None,
    end: date | None = None,
    agencies: tuple[str, ...] | None = None,
) -> list[Obligation]:
    """Tracked task deadlines in [start, end] (``_within``).

    With ``agencies``, only the tasks they lead, narrowed to them. Who still owes
    a task is worked out only for the tasks kept (``check`` looks a few days ahead).
    """
    plan = progress.plan
    leads = leads_by_refs(plan, plan.tasks, agencies)
    found: list[Obligation] = []
    for task in plan.tasks:
        if task.due is None or not task.tracked:
            continue
        day = progress.effective_due(task.due)
        owners = leads[task.lead]
        if not owners and agencies is not None:
            continue
        if progress.extended_leads(task.id):
            found += _extended_obligations(progress, task, task.due, owners, start, end)
        elif _within(task.due, day, start, end):
            states = progress.states(task.id, owners, day)
            pending = tuple(agency for agency, _, timely, _ in states if timely.owed)
            found.append(
                Obligation("task", task.id, None, task.due, day, owners, pending, task.text)
            )
    return found


def _extended_obligations(
    progress: Progress,
    task: Task,
    due: date,
    owners: tuple[str, ...],
    start: date | None,
    end: date | None,
) -> list[Obligation]:
    """A task some of whose leads had their deadline extended: one obligation
    per effective deadline, each with the leads it binds."""
    by_day: dict[date, list[State]] = {}
    for state in progress.states(task.id, owners, progress.effective_due(due)):
        *_, judged = state
        by_day.setdefault(judged or due, []).append(state)
    found: list[Obligation] = []
    for day, states in sorted(by_day.items()):
        agencies = tuple(agency for agency, _, _, _ in states)
        moved = progress.extension(task.id, agencies[0])
        written = moved.extended_to if moved is not None and moved.extended_to else due
        if not _within(written, day, start, end):
            continue
        pending = tuple(agency for agency, _, timely, _ in states if timely.owed)
        item = Obligation("task", task.id, None, due, day, agencies, pending, task.text)
        if moved is not None:
            item = item._replace(extended_to=moved.extended_to, extension_ref=moved.ref)
        found.append(item)
    return found


def report_obligations(
    progress: Progress,
    *,
    start: date | None = None,
    end: date | None = None,
    agencies: tuple[str, ...] | None = None,
) -> list[Obligation]:
    """Report periods due in [start, end] (``_within``).

    With ``agencies``, only the reports they owe, narrowed to them.
    """
    plan = progress.plan
    wanted = None if agencies is None else set(agencies)
    found: list[Obligation] = []
    for report in plan.reports:
        owners = plan.reporters(report)
        if wanted is not None:
            owners = tuple(a for a in owners if a in wanted)
            if not owners:
                continue
        for period in progress.periods(report):
            if not _within(period.due, period.effective_due, start, end):
                continue
            pending = tuple(
                agency
                for agency in owners
                if progress.submitted_on(agency, report.id, period.code) is None
            )
            found.append(
                Obligation(
                    "report",
                    report.id,
                    period.code,
                    period.due,
                    period.effective_due,
                    owners,
                    pending,
                    report.name,
                )
            )
    return found


def obligations(
    progress: Progress,
    *,
    start: date | None = None,
    end: date | None = None,
    agencies: tuple[str, ...] | None = None,
) -> list[Obligation]:
    """Every dated obligation due in [start, end] (``_within``), by date.

    With ``agencies``, only obligations those agencies share, narrowed to them.
    """
    found = task_obligations(progress, start=start, end=end, agencies=agencies)
    found += report_obligations(progress, start=start, end=end, agencies=agencies)
    # periods are compared only among reports of the same id, all codes
    found.sort(key=attrgetter("effective_due", "kind", "ref", "period"))
    return found
