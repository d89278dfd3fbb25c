"""Dated obligations: task deadlines and recurring report due dates, one list.

``deadlines``, ``check``, the calendar export and the scoreboard all read
from here, so that "what is due when, and who still owes it" has one answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kehoach_cli.periods import periods, report_state
from kehoach_cli.progress import Progress

DONE_STATUSES = ("done", "cancelled")


@dataclass(frozen=True, slots=True)
class Obligation:
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


def task_obligations(progress: Progress) -> list[Obligation]:
    plan = progress.plan
    found: list[Obligation] = []
    for task in plan.tasks:
        if task.due is None or not task.tracked:
            continue
        assignments = progress.assignments(task)
        pending = tuple(a.agency for a in assignments if a.status not in DONE_STATUSES)
        found.append(
            Obligation(
                kind="task",
                ref=task.id,
                period=None,
                due=task.due,
                effective_due=progress.effective_due(task.due) or task.due,
                agencies=tuple(a.agency for a in assignments),
                pending=pending,
                title=task.text,
            )
        )
    return found


def report_obligations(progress: Progress) -> list[Obligation]:
    plan = progress.plan
    info = plan.info
    found: list[Obligation] = []
    for report in plan.reports:
        reporters = plan.reporters(report)
        for period in periods(report, info.start, info.end, info.deadline_rule, progress.calendar):
            pending = tuple(
                agency
                for agency in reporters
                if progress.submission(agency, report.id, period.code) is None
            )
            found.append(
                Obligation(
                    kind="report",
                    ref=report.id,
                    period=period.code,
                    due=period.due,
                    effective_due=period.effective_due,
                    agencies=reporters,
                    pending=pending,
                    title=report.name,
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
    found = task_obligations(progress) + report_obligations(progress)
    if agencies is not None:
        wanted = set(agencies)
        narrowed = []
        for item in found:
            owners = tuple(a for a in item.agencies if a in wanted)
            if owners:
                pending = tuple(a for a in item.pending if a in wanted)
                narrowed.append(_replace(item, owners, pending))
        found = narrowed
    if start is not None:
        found = [o for o in found if o.effective_due >= start]
    if end is not None:
        found = [o for o in found if o.effective_due <= end]
    found.sort(key=lambda o: (o.effective_due, o.kind, o.ref, o.period or ""))
    return found


def _replace(item: Obligation, agencies: tuple[str, ...], pending: tuple[str, ...]) -> Obligation:
    from dataclasses import replace

    return replace(item, agencies=agencies, pending=pending)


__all__ = ["Obligation", "obligations", "report_obligations", "report_state", "task_obligations"]
