"""Compliance as of one day: report matrix, overdue items, stale tasks, scoreboard.

Pure core (no I/O, no printing) behind ``reports``, ``overdue``, ``check``,
``summary`` and the exports. It never judges anything itself: task
timeliness comes from ``progress.timeliness`` (through ``Progress``), report
states from ``schedule.report_state`` and upcoming deadlines from
``obligations.obligations``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from kehoach_cli.core.calendar import came_due
from kehoach_cli.core.dates import check_days
from kehoach_cli.core.model import Report, Task
from kehoach_cli.core.obligations import obligations
from kehoach_cli.core.progress import TIMELINESS, Assignment, Progress, Timeliness, leads_by_refs
from kehoach_cli.core.schedule import Period, ReportState, report_state
from kehoach_cli.core.thresholds import DEFAULT_STALE_DAYS, DEFAULT_WITHIN_DAYS, LONG_OVERDUE_DAYS


def _in_scope(agency: str, agencies: tuple[str, ...] | None) -> bool:
    return agencies is None or agency in agencies


# --- recurring reports ---------------------------------------------------------


class ReportCell(NamedTuple):
    """One (agency, report, period): when it was due, when it came, its state."""

    agency: str
    report: Report
    period: Period
    submitted: date | None
    state: ReportState


def report_periods(
    progress: Progress,
    report: Report,
    *,
    first: date | None = None,
    last: date | None = None,
) -> list[Period]:
    """Periods of ``report`` whose (written) due date lies in [first, last].

    Without ``last``: the periods that have begun by today, so the current
    period shows as not yet due and later ones are left out.
    """
    found: Sequence[Period] = progress.periods(report)
    if first is not None:
        found = [p for p in found if p.due >= first]
    if last is not None:
        return [p for p in found if p.due <= last]
    return [p for p in found if p.start <= progress.today]


def report_matrix(
    progress: Progress,
    *,
    reports: Sequence[Report] | None = None,
    agencies: tuple[str, ...] | None = None,
    first: date | None = None,
    last: date | None = None,
) -> list[ReportCell]:
    """Every (agency, report, period) cell, by report, agency (plan order), period."""
    plan = progress.plan
    cells: list[ReportCell] = []
    for report in reports if reports is not None else plan.reports:
        chosen = report_periods(progress, report, first=first, last=last)
        for agency in plan.reporters(report):
            if not _in_scope(agency, agencies):
                continue
            for period in chosen:
                submitted = progress.submitted_on(agency, report.id, period.code)
                state = report_state(period, submitted, progress.today)
                cells.append(ReportCell(agency, report, period, submitted, state))
    return cells


# --- overdue, due soon, stale --------------------------------------------------


class Item(NamedTuple):
    """One agency's duty on one dated obligation (a task deadline or a report period)."""

    kind: str  # "task" or "report"
    ref: str  # task id or report id
    period: str | None  # report period code; None for tasks
    agency: str
    due: date
    effective_due: date
    days: int  # days overdue (overdue_items) or days left (due_soon)
    title: str
    extended_to: date | None = None  # the deadline an extension moved it to
    extension_ref: str = ""  # the document that extended it


def overdue_items(progress: Progress, agencies: tuple[str, ...] | None = None) -> list[Item]:
    """Task assignments past their effective deadline and not done or cancelled,
    and reports not submitted after theirs: most overdue first."""
    plan = progress.plan
    found: list[Item] = []
    leads = leads_by_refs(plan, plan.tasks, agencies)
    for task in plan.tasks:
        if task.due is None or not task.tracked:
            continue
        effective = progress.effective_due(task.due)
        extended = progress.extended_leads(task.id)  # usually none
        for agency, _, judged, due in progress.states(task.id, leads[task.lead], effective):
            if judged.code != "overdue":
                continue
            days = judged.days
            item = Item("task", task.id, None, agency, task.due, due or effective, days, task.text)
            found.append(_with_extension(progress, item) if agency in extended else item)
    # a missing period is past its deadline, so it has begun: the matrix holds it
    for cell in report_matrix(progress, agencies=agencies):
        if cell.state.code == "missing":
            report, period, days = cell.report, cell.period, cell.state.days_late
            due, effective = period.due, period.effective_due
            found.append(
                Item(
                    "report", report.id, period.code, cell.agency, due, effective, days, report.name
                )
            )
    return _in_order(plan_order(progress), found, most_days_first=True)


def _with_extension(progress: Progress, item: Item) -> Item:
    """A task's item with the extension of its agency's deadline, if it has one."""
    moved = progress.extension(item.ref, item.agency)
    if moved is None:
        return item
    return item._replace(extended_to=moved.extended_to, extension_ref=moved.ref)


def due_soon(
    progress: Progress,
    within: int = DEFAULT_WITHIN_DAYS,
    agencies: tuple[str, ...] | None = None,
) -> list[Item]:
    """What each agency still owes that falls due from today to today+within, by
    its written or its effective deadline (``obligations``)."""
    check_days(within)
    today = progress.today
    end = today + timedelta(days=within)
    found = [
        Item(
            o.kind,
            o.ref,
            o.period,
            agency,
            o.due,
            o.effective_due,
            o.days_left(today),
            o.title,
            o.extended_to,
            o.extension_ref,
        )
        for o in obligations(progress, start=today, end=end, agencies=agencies)
        for agency in o.pending
    ]
    return _in_order(plan_order(progress), found, most_days_first=False)


def plan_order(progress: Progress) -> dict[str, int]:
    return {key: n for n, key in enumerate(progress.plan.agencies)}


def _in_order(order: dict[str, int], items: list[Item], most_days_first: bool) -> list[Item]:
    """By days (most or fewest first), deadline, item, then agency in plan order.

    Periods are compared only between items of the same kind and ref, where
    they are all None (tasks) or all codes.
    """
    sign = -1 if most_days_first else 1
    return sorted(
        items,
        key=lambda item: (
            sign * item.days,
            item.effective_due,
            item.kind,
            item.ref,
            item.period,
            order.get(item.agency, 0),
        ),
    )


class StaleItem(NamedTuple):
    """An ongoing task a lead agency has recorded nothing on for too long."""

    task: Task
    agency: str
    last: date | None  # the day of its latest status event, if any
    since: date  # that day, or the plan's start
    days: int  # days from ``since`` to today


def stale_items(
    progress: Progress,
    stale_days: int = DEFAULT_STALE_DAYS,
    agencies: tuple[str, ...] | None = None,
) -> list[StaleItem]:
    """Ongoing (thường xuyên) assignments with no event for ``stale_days`` days or more.

    Counted from the latest event of that (task, agency), or from the plan's
    start when there is none. Assignments recorded done or cancelled need no
    more updates; ``stale_days`` <= 0 turns the check off, and so does a day
    outside the plan's period.
    """
    plan = progress.plan
    today = progress.today
    if stale_days <= 0 or not plan.info.start <= today <= plan.info.end:
        return []
    found: list[StaleItem] = []
    tasks = [task for task in plan.tasks if task.due is None and task.tracked]
    leads = leads_by_refs(plan, tasks, agencies)
    for task in tasks:
        for agency, _, state, _ in progress.states(task.id, leads[task.lead], None):
            if state.owed:
                last = progress.latest_on(task.id, agency)
                since = last or plan.info.start
                days = (today - since).days
                if days >= stale_days:
                    found.append(StaleItem(task, agency, last, since, days))
    order = plan_order(progress)
    found.sort(key=lambda s: (order.get(s.agency, 0), -s.days))
    return found


# --- task assignments (export) -------------------------------------------------


def _judged(progress: Progress, task: Task, agencies: tuple[str, ...] | None) -> list[Assignment]:
    """The task's assignments held by ``agencies`` (None: everyone), each judged alone
    when scoped: a task of @all should not judge forty agencies for one."""
    if agencies is None:
        return progress.assignments(task)
    if not task.tracked:
        return []
    leads = progress.plan.leads(task)
    return [progress.assignment(task, agency) for agency in leads if agency in agencies]


def assignments(progress: Progress, agencies: tuple[str, ...] | None = None) -> list[Assignment]:
    """Every tracked (task, lead agency) pair in plan order, narrowed to ``agencies``."""
    return [a for task in progress.plan.tasks for a in _judged(progress, task, agencies)]


# --- scoreboard ----------------------------------------------------------------


class Score(NamedTuple):
    """One agency's figures (or the totals, ``agency`` None) for ``summary``.

    Dated items are the agency's task assignments with a deadline (cancelled
    ones left out) and its report periods.

    * completed: tasks done (on time or late) + report periods due by today
      and submitted (on time or late); a period submitted early counts once
      it comes due, as in the report matrix (``report_matrix``), whose due
      cells these report counts are;
    * overdue_unfinished: tasks overdue + reports missing;
    * completion rate = completed ÷ (completed + overdue_unfinished), the
      Government Office's formula;
    * due_so_far: dated items whose effective deadline is before today, or is
      today and already met (an item due today and not met yet still has the
      day);
    * on-time rate = due-so-far items met on time ÷ due_so_far.
    """

    agency: str | None
    tasks: int = 0  # tracked tasks it leads (every timeliness, cancelled included)
    done_on_time: int = 0
    done_late: int = 0
    on_track: int = 0
    overdue: int = 0
    ongoing: int = 0
    cancelled: int = 0
    extended: int = 0  # assignments judged against an extended deadline
    blocked: int = 0  # current status "blocked"; also counted under its timeliness
    overdue_over_30: int = 0  # tasks overdue and reports missing for more than 30 days
    reports_on_time: int = 0
    reports_late: int = 0
    reports_missing: int = 0
    reports_pending: int = 0
    due_so_far: int = 0
    on_time_so_far: int = 0

    @property
    def completed(self) -> int:
        return self.done_on_time + self.done_late + self.reports_on_time + self.reports_late

    @property
    def overdue_unfinished(self) -> int:
        return self.overdue + self.reports_missing

    @property
    def completion_rate(self) -> float | None:
        total = self.completed + self.overdue_unfinished
        return self.completed / total if total else None

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time_so_far / self.due_so_far if self.due_so_far else None


_SCORE_COUNTS = Score._fields[1:]


def _counts(progress: Progress, agencies: Sequence[str]) -> dict[str, dict[str, int]]:
    """The figures of each of ``agencies``, from one pass over the tasks and
    one over the reports."""
    plan = progress.plan
    today = progress.today
    counts = {agency: dict.fromkeys(_SCORE_COUNTS, 0) for agency in agencies}
    # thousands of assignments fall in far fewer (agency, blocked, timeliness,
    # deadline): each is added up once
    judged: Counter[tuple[str, bool, Timeliness, date | None]] = Counter()
    tasks = [task for task in plan.tasks if task.tracked]
    leads = leads_by_refs(plan, tasks, counts)
    for task in tasks:
        due = progress.effective_due(task.due)
        owners = leads[task.lead]
        judged.update(
            [
                (agency, status == "blocked", timely, judged)
                for agency, status, timely, judged in progress.states(task.id, owners, due)
            ]
        )
        for agency in progress.extended_leads(task.id):
            if agency in owners:
                counts[agency]["extended"] += 1
    for (agency, blocked, timely, due), n in judged.items():
        mine = counts[agency]
        code = timely.code
        met = code in ("done_on_time", "done_late")
        so_far = due is not None and code != "cancelled" and came_due(due, met, today)
        mine[code] += n
        mine["blocked"] += blocked * n
        mine["overdue_over_30"] += (code == "overdue" and timely.days > LONG_OVERDUE_DAYS) * n
        mine["due_so_far"] += so_far * n
        mine["on_time_so_far"] += (so_far and code == "done_on_time") * n
    _count_reports(progress, counts)
    for mine in counts.values():
        mine["tasks"] = sum(mine[code] for code in TIMELINESS)  # one timeliness each
    return counts


def _count_reports(progress: Progress, counts: dict[str, dict[str, int]]) -> None:
    """Add each agency's report periods to ``counts``: the cells of the report
    matrix over the whole plan, judged as the matrix judges them, so that the
    matrix and the scoreboard give the same figures."""
    cells = report_matrix(progress, agencies=tuple(counts), last=progress.plan.info.end)
    for cell in cells:
        theirs, state = counts[cell.agency], cell.state
        if not state.counted:
            theirs["reports_pending"] += 1  # not due yet, even if already submitted
            continue
        theirs[f"reports_{state.code}"] += 1
        theirs["due_so_far"] += 1
        theirs["on_time_so_far"] += state.code == "on_time"
        if state.code == "missing" and state.days_late > LONG_OVERDUE_DAYS:
            theirs["overdue_over_30"] += 1


def _worst_first(order: dict[str, int]) -> Callable[[Score], tuple]:
    def key(s: Score) -> tuple:
        rate = s.completion_rate
        on_time = s.on_time_rate
        return (
            rate is None,
            rate if rate is not None else 0.0,
            -s.overdue_unfinished,
            -s.overdue_over_30,
            on_time if on_time is not None else 1.0,
            order.get(s.agency or "", 0),
        )

    return key


def scoreboard(progress: Progress, agencies: tuple[str, ...] | None = None) -> list[Score]:
    """One score per agency that leads a tracked task or owes a report, worst first.

    Worst means the lowest completion rate; ties go to more overdue items,
    then more long-overdue ones, then the lower on-time rate. Agencies with
    no dated item yet (no rate) come last, in plan order.
    """
    plan = progress.plan
    owing: set[str] = set()
    # a task's leads are its lead refs expanded: a few dozen distinct refs
    for refs in {task.lead for task in plan.tasks if task.tracked}:
        owing.update(plan.expand(refs))
    for report in plan.reports:
        owing.update(plan.reporters(report))
    chosen = [k for k in plan.agencies if k in owing and _in_scope(k, agencies)]
    counts = _counts(progress, chosen)
    scores = [Score(k, **counts[k]) for k in chosen]
    scores.sort(key=_worst_first(plan_order(progress)))
    return scores


def totals(scores: Sequence[Score]) -> Score:
    """Every count summed over ``scores`` (rates are worked out from the sums)."""
    return Score(None, *(sum(column) for column in zip(*(s[1:] for s in scores), strict=True)))
