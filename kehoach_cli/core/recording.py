"""What recording decides before anything is written: the day of the event, the
task and lead agency a status is for, the report, agency and period a submission
is for, and whether the event may be recorded at all."""

from __future__ import annotations

from datetime import date

from kehoach_cli.core.dates import PeriodCode, parse_date, parse_period
from kehoach_cli.core.errors import KehoachError, Text, text
from kehoach_cli.core.lookup import find_report, find_task, resolve_agency
from kehoach_cli.core.model import Event, Plan, Report, Task
from kehoach_cli.core.progress import Progress
from kehoach_cli.core.schedule import Period

MAX_LISTED = 5  # agencies named in a message before "…"
EXAMPLES = {"month": "03/2021", "quarter": "2021-Q1", "year": "2021"}  # a period, as typed


def event_day(typed: str | None, today: date) -> date:
    """The day of what is recorded: typed or today, never in the future."""
    day = parse_date(typed) if typed else today
    if day > today:
        raise KehoachError("error.day_ahead", day=day, today=today)
    return day


def _check_in_plan(plan: Plan, day: date) -> None:
    if day < plan.info.start:
        raise KehoachError("error.day_before_plan", day=day, start=plan.info.start)


def status_update(plan: Plan, task_id: str, agency: str | None, day: date) -> tuple[Task, str]:
    """The task and the lead agency a status recorded on ``day`` is for."""
    task = find_task(plan, task_id)
    if not task.tracked:
        raise KehoachError("error.task_not_tracked", task=task.id)
    key = lead_agency(plan, task, agency)
    _check_in_plan(plan, day)
    return task, key


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
    key = resolve_agency(plan, query)
    if key not in leads:
        raise KehoachError(
            "error.not_a_lead",
            agency=plan.agency_label(key),
            task=task.id,
            leads=_listed(plan, leads),
        )
    return key


def _listed(plan: Plan, keys: tuple[str, ...]) -> list[str] | Text:
    names = [plan.agency_label(key) for key in keys[:MAX_LISTED]]
    if len(keys) > MAX_LISTED:
        return text("error.agencies_and_more", names=names, n=len(keys))
    return names


def report_submission(
    progress: Progress,
    agency: str,
    report_id: str | None,
    period: str | None,
    day: date,
    correct: bool,
) -> tuple[str, Report, Period]:
    """The agency, report and period a submission recorded on ``day`` is for.

    A period already recorded is recorded again only to correct it, and only
    with a day that will count.
    """
    plan = progress.plan
    key = resolve_agency(plan, agency)
    report = find_report(plan, report_id) if report_id is not None else _monthly_report(plan)
    if key not in plan.reporters(report):
        raise KehoachError(
            "error.not_a_reporter",
            agency=plan.agency_label(key),
            report=report.id,
            name=report.name,
        )
    _check_in_plan(plan, day)
    chosen = owed_period(progress, report, key, period, day)
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
    return key, report, chosen


def _monthly_report(plan: Plan) -> Report:
    """The report a submission is for when none is named: the plan's only monthly one."""
    monthly = [r for r in plan.reports if r.period == "month"]
    if len(monthly) == 1:
        return monthly[0]
    listed = "; ".join(f"{r.id} ({r.name})" for r in plan.reports) or text("error.no_reports")
    raise KehoachError("error.report_needed", n=len(monthly), reports=listed)


def owed_period(
    progress: Progress, report: Report, agency: str, query: str | None, day: date
) -> Period:
    """The period submitted: the one typed, else the earliest the agency owes
    that is overdue on ``day``, else the next it owes."""
    every = progress.periods(report)
    if query is not None:
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
    owed = [p for p in every if progress.submitted_on(agency, report.id, p.code) is None]
    overdue = [p for p in owed if p.effective_due < day]
    if owed:
        return (overdue or owed)[0]
    named = progress.plan.agency_label(agency)
    raise KehoachError("error.all_submitted", agency=named, report=report.id)


# --- withdrawals and extensions ------------------------------------------------------


def status_withdrawal(
    progress: Progress, task_id: str, agency: str | None, day: date
) -> tuple[Task, str, Event]:
    """The task, lead agency and status entry a withdrawal recorded on ``day``
    withdraws: the agency's latest entry on the task still in effect."""
    plan = progress.plan
    task = find_task(plan, task_id)
    if not task.tracked:
        raise KehoachError("error.task_not_tracked", task=task.id)
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
    if key not in plan.reporters(report):
        raise KehoachError(
            "error.not_a_reporter",
            agency=plan.agency_label(key),
            report=report.id,
            name=report.name,
        )
    chosen = owed_period(progress, report, key, period, day)
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
    task = find_task(plan, task_id)
    if not task.tracked:
        raise KehoachError("error.task_not_tracked", task=task.id)
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
