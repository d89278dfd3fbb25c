"""What recording decides before anything is written: the day of the event, the
task and lead agencies a status is for, the report, agencies and periods a
submission is for, and whether the events may be recorded at all.

Several agencies are recorded all or nothing: every agency is checked, and if
any is wrong the error lists every problem, so that one run fixes them all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import NamedTuple, TypeVar

from kehoach_cli.core.dates import PeriodCode, parse_date, parse_period
from kehoach_cli.core.errors import KehoachError, Problem, Text, text
from kehoach_cli.core.lookup import find_report, find_task, resolve, resolve_agency
from kehoach_cli.core.model import Event, Plan, Report, Task
from kehoach_cli.core.progress import Progress
from kehoach_cli.core.schedule import Period

MAX_LISTED = 5  # agencies named in a message before "…"
EXAMPLES = {"month": "03/2021", "quarter": "2021-Q1", "year": "2021"}  # a period, as typed
T = TypeVar("T")


class Submission(NamedTuple):
    """One agency's submission of a report for a period."""

    agency: str
    period: Period


def event_day(typed: str | None, today: date) -> date:
    """The day of what is recorded: typed or today, never in the future."""
    day = parse_date(typed) if typed else today
    if day > today:
        raise KehoachError("error.day_ahead", day=day, today=today)
    return day


def _check_in_plan(plan: Plan, day: date) -> None:
    if day < plan.info.start:
        raise KehoachError("error.day_before_plan", day=day, start=plan.info.start)


def status_updates(
    plan: Plan, task_id: str, queries: Sequence[str], day: date
) -> tuple[Task, list[str]]:
    """The task and the lead agencies a status recorded on ``day`` is for.

    Each query names a lead or a group of leads (``@districts``); with none,
    the task's only lead. All or nothing: any agency that is unknown or not a
    lead refuses the lot, naming every such agency.
    """
    task = _tracked_task(plan, task_id)
    if not queries or _one_agency(plan, queries):
        key = lead_agency(plan, task, queries[0] if queries else None)
        _check_in_plan(plan, day)
        return task, [key]
    keys = _all_or_nothing(_named_agencies(plan, queries), lambda k: _lead_check(plan, task, k))
    _check_in_plan(plan, day)
    return task, keys


def _one_agency(plan: Plan, queries: Sequence[str]) -> bool:
    """The queries name one agency, not several nor a group: the single-agency messages apply."""
    if len(queries) != 1:
        return False
    try:
        resolve_agency(plan, queries[0])
    except KehoachError as error:
        return error.key not in ("error.agency_is_group", "error.agency_is_empty_group")
    return True


def _tracked_task(plan: Plan, task_id: str) -> Task:
    """The task ``task_id`` names, refused if it is a request the plan does not track."""
    task = find_task(plan, task_id)
    if not task.tracked:
        raise KehoachError("error.task_not_tracked", task=task.id)
    return task


def _lead_check(plan: Plan, task: Task, key: str) -> str:
    if key not in plan.leads(task):
        raise KehoachError(
            "error.not_a_lead",
            agency=plan.agency_label(key),
            task=task.id,
            leads=_listed(plan, plan.leads(task)),
        )
    return key


def _named_agencies(plan: Plan, queries: Sequence[str]) -> list[str | KehoachError]:
    """Each agency the queries name, in order and once each (a group names its
    members); a query that names nothing stands as its error."""
    found: dict[str, None] = {}
    wrong: list[str | KehoachError] = []
    for query in queries:
        try:
            found.update(dict.fromkeys(resolve(plan, query).agencies))
        except KehoachError as error:
            wrong.append(error)
    return [*wrong, *found]


def _all_or_nothing(named: list[str | KehoachError], check: Callable[[str], T]) -> list[T]:
    """``check`` applied to every agency, or one error listing every problem."""
    problems = [Problem(item.message) for item in named if isinstance(item, KehoachError)]
    done: list[T] = []
    for item in named:
        if isinstance(item, KehoachError):
            continue
        try:
            done.append(check(item))
        except KehoachError as error:
            problems.append(Problem(error.message))
    if problems:
        raise KehoachError("error.batch_refused", problems, n=len(problems), total=len(named))
    if not done:
        raise KehoachError("error.batch_empty")
    return done


def lead_agency(plan: Plan, task: Task, query: str | None) -> str:
    """The lead ``query`` names; without one, the task's only lead."""
    leads = plan.leads(task)
    if not leads:
        raise KehoachError("error.task_without_lead", task=task.id)
    if query is None:
        if len(leads) == 1:
            return leads[0]
        named = [plan.agency_label(ref) for ref in task.lead]
        raise KehoachError(
            "error.lead_needed", task=task.id, n=len(leads), leads=named, example=leads[0]
        )
    return _lead_check(plan, task, resolve_agency(plan, query))


def _listed(plan: Plan, keys: tuple[str, ...]) -> list[str] | Text:
    names = [plan.agency_label(key) for key in keys[:MAX_LISTED]]
    if len(keys) > MAX_LISTED:
        return text("error.agencies_and_more", names=names, n=len(keys))
    return names


def report_submissions(
    progress: Progress,
    agencies: Sequence[str],
    report_id: str | None,
    period: str | None,
    day: date,
    correct: bool,
    early: bool = False,
) -> tuple[Report, list[Submission]]:
    """The report, and the agency and period of each submission recorded on ``day``.

    One name may be a group (``@districts``). All or nothing: if any agency is
    unknown, owes no such report, or has the period recorded already (without
    ``correct``), nothing is recorded and the error lists every problem.
    """
    plan = progress.plan
    report = find_report(plan, report_id) if report_id is not None else _monthly_report(plan)
    _check_in_plan(plan, day)

    def one(key: str) -> Submission:
        return _submission(progress, report, key, period, day, correct, early)

    if _one_agency(plan, agencies):
        return report, [one(resolve_agency(plan, agencies[0]))]
    return report, _all_or_nothing(_named_agencies(plan, agencies), one)


def _submission(
    progress: Progress,
    report: Report,
    key: str,
    period: str | None,
    day: date,
    correct: bool,
    early: bool,
) -> Submission:
    """``key``'s submission of ``report`` on ``day``, or the reason it cannot be recorded."""
    plan = progress.plan
    _check_reporter(plan, key, report)
    chosen = owed_period(progress, report, key, period, day, early)
    earlier = progress.submitted_on(key, report.id, chosen.code)
    if earlier is not None:
        code = PeriodCode(chosen.code)
        if not correct:
            raise KehoachError(
                "error.already_submitted",
                agency=plan.agency_label(key),
                report=report.id,
                period=code,
                date=earlier,
            )
        if day < earlier:
            raise KehoachError(
                "error.submission_superseded",
                report=report.id,
                period=code,
                earlier=earlier,
                day=day,
            )
    return Submission(key, chosen)


def _monthly_report(plan: Plan) -> Report:
    """The report a submission is for when none is named: the plan's only monthly one."""
    monthly = [r for r in plan.reports if r.period == "month"]
    if len(monthly) == 1:
        return monthly[0]
    listed = "; ".join(f"{r.id} ({r.name})" for r in plan.reports) or text("error.no_reports")
    raise KehoachError("error.report_needed", n=len(monthly), reports=listed)


def owed_period(
    progress: Progress,
    report: Report,
    agency: str,
    query: str | None,
    day: date,
    early: bool = False,
) -> Period:
    """The period submitted: the one typed, else the earliest the agency owes
    that is overdue on ``day``, else the earliest it owes that has begun.

    A period that has not begun on ``day`` is submitted only when typed, with ``early``.
    """
    if query is not None:
        chosen = _typed_period(progress, report, query)
        if not early and chosen.start > day:
            raise KehoachError(
                "error.period_not_begun",
                period=PeriodCode(chosen.code),
                start=chosen.start,
                day=day,
                query=query,
            )
        return chosen
    every = progress.periods(report)
    owed = [p for p in every if progress.submitted_on(agency, report.id, p.code) is None]
    begun = [p for p in owed if p.start <= day]
    overdue = [p for p in begun if p.effective_due < day]
    if begun:
        return (overdue or begun)[0]
    named = progress.plan.agency_label(agency)
    if owed:
        upcoming = owed[0]
        raise KehoachError(
            "error.nothing_owed_yet",
            agency=named,
            report=report.id,
            period=PeriodCode(upcoming.code),
            start=upcoming.start,
            code=upcoming.code,
        )
    raise KehoachError("error.all_submitted", agency=named, report=report.id)


def _typed_period(progress: Progress, report: Report, query: str) -> Period:
    """The period of ``report`` that ``query`` names."""
    every = progress.periods(report)
    kind, code = parse_period(query)
    if kind != report.period:
        raise KehoachError(
            "error.period_wrong_kind",
            report=report.id,
            kind=text(f"error.period_kind.{report.period}"),
            query=query,
            typed=text(f"error.period_kind.{kind}"),
            example=EXAMPLES[report.period],
        )
    for period in every:
        if period.code == code:
            return period
    first, last = (every[0].code, every[-1].code) if every else ("", "")
    raise KehoachError(
        "error.period_not_in_report",
        report=report.id,
        period=PeriodCode(code),
        first=PeriodCode(first),
        last=PeriodCode(last),
    )


# --- withdrawals and extensions ------------------------------------------------------


def status_withdrawal(
    progress: Progress, task_id: str, agency: str | None, day: date
) -> tuple[Task, str, Event]:
    """The task, lead agency and status entry a withdrawal recorded on ``day``
    withdraws: the agency's latest entry on the task still in effect."""
    plan = progress.plan
    task = _tracked_task(plan, task_id)
    key = lead_agency(plan, task, agency)
    last = progress.latest(task.id, key)
    if last is None:
        raise KehoachError("error.nothing_to_withdraw", agency=plan.agency_label(key), task=task.id)
    _check_after(day, last.date)
    return task, key, last


def submission_withdrawal(
    progress: Progress, report_id: str, period: str, agency: str, day: date
) -> tuple[str, Report, Period, date]:
    """The agency, report and period whose submission a withdrawal recorded on
    ``day`` withdraws, and the day of that submission."""
    plan = progress.plan
    key = resolve_agency(plan, agency)
    report = find_report(plan, report_id)
    _check_reporter(plan, key, report)
    chosen = owed_period(progress, report, key, period, day, early=True)
    submitted = progress.submitted_on(key, report.id, chosen.code)
    if submitted is None:
        raise KehoachError(
            "error.nothing_to_withdraw_report",
            agency=plan.agency_label(key),
            report=report.id,
            period=PeriodCode(chosen.code),
        )
    _check_after(day, submitted)
    return key, report, chosen, submitted


def _check_after(day: date, entry: date) -> None:
    if day < entry:
        raise KehoachError("error.withdraw_before_entry", day=day, entry=entry)


def deadline_extension(
    plan: Plan, task_id: str, agencies: list[str], to: date, day: date
) -> tuple[Task, tuple[str, ...]]:
    """The task and the lead agencies whose deadline an extension recorded on
    ``day`` moves to ``to``: the named leads, or all of them."""
    task = _tracked_task(plan, task_id)
    if task.due is None:
        raise KehoachError("error.extend_no_due", task=task.id)
    if to <= task.due:
        raise KehoachError("error.extend_not_later", task=task.id, to=to, due=task.due)
    leads = plan.leads(task)
    if not leads:
        raise KehoachError("error.task_without_lead", task=task.id)
    _check_in_plan(plan, day)
    if not agencies:
        return task, leads
    return task, tuple(dict.fromkeys(lead_agency(plan, task, query) for query in agencies))


def _check_reporter(plan: Plan, key: str, report: Report) -> None:
    """``key`` owes ``report``, or the error that says it does not."""
    if key not in plan.reporters(report):
        raise KehoachError(
            "error.not_a_reporter",
            agency=plan.agency_label(key),
            report=report.id,
            name=report.name,
        )
