"""Dated obligations: task deadlines and recurring report due dates, one list.

``deadlines``, ``check``, the calendar export and the scoreboard all read
from here, so that "what is due when, and who still owes it" has one answer.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from operator import attrgetter
from typing import NamedTuple

from kehoach_cli.core.model import Task
from kehoach_cli.core.progress import Progress
from kehoach_cli.core.schedule import periods, report_state


class Obligation(NamedTuple):
    kind: str  # "task" or "report"
    ref: str  # task id or report id
    period: str | None  # report period code; None for tasks
    due: date
    effective_due: date
    agencies: tuple[str, ...]  # who owes it
    pending: tuple[str, ...]  # who has not met it yet
    title: str  # task text or report name

    def days_left(self, today: date) -> int:
        """Negative when overdue: the effective due date is the last allowed day."""
        return (self.effective_due - today).days


def _within(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


# ``Obligation._make`` run by C: ``deadlines`` builds one for each of thousands of tasks.
_make = partial(tuple.__new__, Obligation)


def task_obligations(
    progress: Progress,
    *,
    start: date | None = None,
    end: date | None = None,
    agencies: tuple[str, ...] | None = None,
) -> list[Obligation]:
    """Tracked task deadlines whose effective due date is in [start, end].

    With ``agencies``, only the tasks they lead, narrowed to them. Dates and
    leads are looked at first: who still owes a task is worked out only for
    the tasks kept (``check`` looks three days ahead in 3,000 deadlines).
    """
    plan = progress.plan
    wanted = None if agencies is None else set(agencies)
    effective_due = progress.effective_due
    owners_of: dict[tuple[str, ...], tuple[str, ...]] = {}  # by lead refs: a few dozen
    kept: list[tuple[Task, date, tuple[str, ...]]] = []
    for task in plan.tasks:
        if task.due is None or not task.tracked:
            continue
        day = effective_due(task.due) or task.due
        if (start is not None and day < start) or (end is not None and day > end):
            continue
        owners = owners_of.get(task.lead)
        if owners is None:
            owners = plan.expand(task.lead)
            if wanted is not None:
                owners = tuple([a for a in owners if a in wanted])
            owners_of[task.lead] = owners
        if owners or wanted is None:
            kept.append((task, day, owners))
    tasks = [task for task, _, _ in kept]
    pending = progress.open_leads_of(tasks, wanted)
    return [
        _make(("task", task.id, None, task.due, day, owners, owing, task.text))
        for (task, day, owners), owing in zip(kept, pending, strict=True)
    ]


def report_obligations(
    progress: Progress,
    *,
    start: date | None = None,
    end: date | None = None,
    agencies: tuple[str, ...] | None = None,
) -> list[Obligation]:
    """Report periods whose effective due date is in [start, end].

    With ``agencies``, only the reports they owe, narrowed to them.
    """
    plan = progress.plan
    info = plan.info
    found: list[Obligation] = []
    for report in plan.reports:
        owners = plan.reporters(report)
        if agencies is not None:
            wanted = set(agencies)
            owners = tuple(a for a in owners if a in wanted)
            if not owners:
                continue
        for period in periods(report, info.start, info.end, info.deadline_rule, progress.calendar):
            if not _within(period.effective_due, start, end):
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
    """Every dated obligation whose effective due date is in [start, end], by date.

    With ``agencies``, only obligations those agencies share, narrowed to them.
    """
    found = task_obligations(progress, start=start, end=end, agencies=agencies)
    reports = report_obligations(progress, start=start, end=end, agencies=agencies)
    # By (effective_due, kind, ref, period): stable sorts from the last key to the
    # first, each on one plain key (thousands of obligations compare faster so
    # than by tuples). Periods are compared only among reports, all codes.
    reports.sort(key=_period)
    found += reports
    found.sort(key=_ref)
    found.sort(key=_kind)
    found.sort(key=_effective_due)
    return found


_period = attrgetter("period")
_ref = attrgetter("ref")
_kind = attrgetter("kind")
_effective_due = attrgetter("effective_due")


__all__ = ["Obligation", "obligations", "report_obligations", "report_state", "task_obligations"]
