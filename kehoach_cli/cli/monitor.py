"""Compliance monitoring: reports, overdue, check (made for cron)."""

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from kehoach_cli.cli.base import (
    EXIT_OVERDUE,
    AgencyOption,
    Format,
    FormatOption,
    Labels,
    LabelsOption,
    command,
    csv_format,
    echo,
    say_scope,
    settings,
)
from kehoach_cli.core.thresholds import DEFAULT_STALE_DAYS, DEFAULT_WITHIN_DAYS

if TYPE_CHECKING:
    from kehoach_cli.core.lookup import Target
    from kehoach_cli.core.model import Plan

StaleOption = Annotated[
    int,
    typer.Option("--stale-days", min=0),
]


# --- shared helpers (also used by cli.exports) ---------------------------------


def target(plan: "Plan", agency: str | None) -> "Target | None":
    """The agency or group named by --agency, None for everyone."""
    if agency is None:
        return None
    from kehoach_cli.core.lookup import resolve

    return resolve(plan, agency)


def scope(plan: "Plan", agency: str | None) -> tuple[str, ...] | None:
    """Agency keys named by --agency (an agency or a group), None for everyone."""
    found = target(plan, agency)
    return found.agencies if found else None


# --- reports --------------------------------------------------------------------


@command("reports")
def reports_command(
    ctx: typer.Context,
    report: Annotated[
        str | None,
        typer.Option("--report", "-r"),
    ] = None,
    agency: AgencyOption = None,
    since: Annotated[
        str | None,
        typer.Option("--from"),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--to"),
    ] = None,
    fmt: FormatOption = Format.table,
    labels: LabelsOption = None,
) -> None:
    """The report submission matrix: agencies by periods."""
    from kehoach_cli.core.compliance import report_matrix
    from kehoach_cli.core.dates import period_range
    from kehoach_cli.core.lookup import find_report
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.present.monitor import reports_text

    s = settings(ctx)
    plan = s.load()
    chosen = plan.reports if report is None else (find_report(plan, report),)
    named = target(plan, agency)
    agencies = named.agencies if named else None
    first, last = period_range(since, until)
    progress = Progress(plan, s.today, s.calendar)
    cells = report_matrix(progress, reports=chosen, agencies=agencies, first=first, last=last)
    say_scope(named, fmt.value, s.lang)
    shown = csv_format(fmt.value, labels, Labels.codes)
    echo(reports_text(plan, chosen, cells, shown, s.lang, s.today))


# --- overdue ------------------------------------------------------------------


@command("overdue")
def overdue_command(
    ctx: typer.Context,
    agency: AgencyOption = None,
    stale_days: StaleOption = DEFAULT_STALE_DAYS,
    fmt: FormatOption = Format.table,
    labels: LabelsOption = None,
) -> None:
    """What is overdue as of today; exit status 1 when anything is."""
    from kehoach_cli.core.compliance import overdue_items, stale_items
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.present.monitor import overdue_text

    s = settings(ctx)
    plan = s.load()
    named = target(plan, agency)
    agencies = named.agencies if named else None
    progress = Progress(plan, s.today, s.calendar)
    items = overdue_items(progress, agencies)
    stale = stale_items(progress, stale_days, agencies) if fmt == Format.table else []
    say_scope(named, fmt.value, s.lang)
    shown = csv_format(fmt.value, labels, Labels.codes)
    echo(overdue_text(plan, items, stale, stale_days, shown, s.lang, s.today))
    if items:
        raise typer.Exit(EXIT_OVERDUE)


# --- check (cron) ----------------------------------------------------------------


class CheckFormat(StrEnum):
    text = "text"
    json = "json"


@command("check")
def check_command(
    ctx: typer.Context,
    within: Annotated[
        int,
        typer.Option("--within", min=0),
    ] = DEFAULT_WITHIN_DAYS,
    stale_days: StaleOption = DEFAULT_STALE_DAYS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    agency: AgencyOption = None,
    fmt: Annotated[CheckFormat, typer.Option("--format")] = CheckFormat.text,
) -> None:
    """The cron check: silent when nothing is due, exit status 1 when overdue."""
    from kehoach_cli.core.compliance import due_soon, overdue_items, stale_items
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.present.monitor import check_json, check_text

    s = settings(ctx)
    plan = s.load()  # validates: any problem is exit status 2 with every error listed
    agencies = scope(plan, agency)
    progress = Progress(plan, s.today, s.calendar)
    overdue = overdue_items(progress, agencies)
    soon = due_soon(progress, within, agencies)
    stale = stale_items(progress, stale_days, agencies)
    if not quiet:
        if fmt == CheckFormat.json:
            echo(check_json(s.today, within, overdue, soon, stale))
        elif overdue or soon:
            echo(check_text(plan, s.today, s.lang, within, overdue, soon, stale, stale_days))
    if overdue:
        raise typer.Exit(EXIT_OVERDUE)
