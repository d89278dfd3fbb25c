"""Read commands: agencies, list, show, deadlines.

They parse arguments, ask ``kehoach_cli.core.queries`` for rows of machine values
and hand them to ``kehoach_cli.present.tasks``, which words and lays them out.
"""

from datetime import date
from typing import Annotated

import typer

from kehoach_cli.cli.base import (
    AgencyOption,
    Format,
    FormatOption,
    command,
    echo,
    say_scope,
    settings,
)


def _date_option(value: str | None) -> date | None:
    from kehoach_cli.core.dates import parse_date

    return parse_date(value) if value else None


# --- agencies -----------------------------------------------------------------------


@command("agencies")
def agencies(ctx: typer.Context, fmt: FormatOption = Format.table) -> None:
    """Every agency and group with its counts; its help is in the labels (cmd.agencies)."""
    from kehoach_cli.core.queries import agency_rows
    from kehoach_cli.present.tasks import agencies_text

    s = settings(ctx)
    plan = s.load()
    echo(agencies_text(plan, agency_rows(plan), fmt.value, s.lang))


# --- list ---------------------------------------------------------------------------


@command("list")
def list_tasks(
    ctx: typer.Context,
    agency: AgencyOption = None,
    role: Annotated[
        str,
        typer.Option("--role"),
    ] = "lead",
    status: Annotated[
        list[str] | None,
        typer.Option("--status", "-s"),
    ] = None,
    section: Annotated[
        str | None,
        typer.Option("--section"),
    ] = None,
    due_before: Annotated[
        str | None,
        typer.Option("--due-before"),
    ] = None,
    due_after: Annotated[
        str | None,
        typer.Option("--due-after"),
    ] = None,
    overdue: Annotated[bool, typer.Option("--overdue")] = False,
    search: Annotated[
        str | None,
        typer.Option("--search"),
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Tasks, filtered; one row per task, or per (task, agency) with --agency."""
    from kehoach_cli.core.lookup import parse_role, resolve
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.core.queries import list_rows, task_filter
    from kehoach_cli.present.tasks import list_text

    s = settings(ctx)
    plan = s.load()
    flt = task_filter(
        plan,
        states=status or (),
        section=section,
        due_before=_date_option(due_before),
        due_after=_date_option(due_after),
        overdue=overdue,
        search=search,
    )
    target = resolve(plan, agency) if agency is not None else None
    rows = list_rows(Progress(plan, s.today, s.calendar), flt, target, parse_role(role))
    say_scope(target, fmt.value, s.lang)
    echo(list_text(plan, rows, target, fmt.value, s.lang))


# --- show ---------------------------------------------------------------------------


@command("show")
def show(
    ctx: typer.Context,
    task_id: Annotated[str, typer.Argument()],
    fmt: FormatOption = Format.table,
) -> None:
    """Everything about one task, found by its ID as people paste it."""
    from kehoach_cli.core.lookup import find_task
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.core.queries import task_detail
    from kehoach_cli.present.tasks import show_text

    s = settings(ctx)
    plan = s.load()
    task = find_task(plan, task_id)
    detail = task_detail(Progress(plan, s.today, s.calendar), task)
    holiday = s.calendar.holiday_name(task.due) if task.due else None
    echo(show_text(plan, task, detail, fmt.value, s.lang, holiday))


# --- deadlines ----------------------------------------------------------------------


@command("deadlines")
def deadlines(
    ctx: typer.Context,
    within: Annotated[
        int | None,
        typer.Option(
            "--within",
            show_default=False,
        ),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option("--from"),
    ] = None,
    end: Annotated[str | None, typer.Option("--to")] = None,
    agency: AgencyOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Deadlines in date order within a window of days."""
    from kehoach_cli.core.lookup import resolve
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.core.queries import deadline_items, deadline_window
    from kehoach_cli.present.tasks import deadlines_text

    s = settings(ctx)
    plan = s.load()
    today = s.today
    window = deadline_window(today, start=_date_option(start), end=_date_option(end), within=within)
    target = resolve(plan, agency) if agency is not None else None
    items = deadline_items(
        Progress(plan, today, s.calendar), window, target.agencies if target else None
    )
    say_scope(target, fmt.value, s.lang)
    echo(deadlines_text(plan, items, window, fmt.value, s.lang))
