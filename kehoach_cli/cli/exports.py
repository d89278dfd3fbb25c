"""Scoreboard and exports: summary, export ics|csv|json|md."""

import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kehoach_cli.cli.base import (
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
    tell,
)
from kehoach_cli.cli.monitor import scope, target
from kehoach_cli.core.errors import KehoachError, os_reason
from kehoach_cli.present.labels import t

if TYPE_CHECKING:
    from kehoach_cli.core.compliance import Score
    from kehoach_cli.core.model import Plan
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.planfile.load import PlanSource


# --- summary ------------------------------------------------------------------------


def scores(progress: "Progress", agencies: tuple[str, ...] | None) -> "list[Score]":
    """The agencies' scores, worst first, and their totals last (none without scores)."""
    from kehoach_cli.core.compliance import scoreboard, totals

    found = scoreboard(progress, agencies)
    return [*found, totals(found)] if found else []


@command("summary")
def summary_command(
    ctx: typer.Context,
    agency: AgencyOption = None,
    fmt: FormatOption = Format.table,
    labels: LabelsOption = None,
) -> None:
    """The scoreboard by agency, worst first, with totals."""
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.present.summary import summary_text

    s = settings(ctx)
    plan = s.load()
    named = target(plan, agency)
    found = scores(Progress(plan, s.today, s.calendar), named.agencies if named else None)
    say_scope(named, fmt.value, s.lang)
    shown = csv_format(fmt.value, labels, Labels.codes)
    echo(summary_text(plan, found, shown, s.lang, s.today))


# --- export -------------------------------------------------------------------------


class ExportKind(StrEnum):
    ics = "ics"
    csv = "csv"
    json = "json"
    md = "md"
    xlsx = "xlsx"


class What(StrEnum):
    tasks = "tasks"
    reports = "reports"
    summary = "summary"


def is_plan_file(target: Path, source: "PlanSource") -> bool:
    try:
        if target.exists() and os.path.samefile(target, source.path):
            return True
    except OSError:
        pass
    return target.resolve() == source.path.resolve()


def write_output(target: Path, data: bytes, source: "PlanSource") -> None:
    """Write an export atomically; never over the plan file itself."""
    from kehoach_cli.planfile.writer import atomic_write

    if is_plan_file(target, source):
        raise KehoachError("error.cli.export.is_plan", target=target)
    if target.is_dir():
        raise KehoachError("error.cli.export.is_folder", target=target, example=target / "han.ics")
    folder = target.parent
    if not folder.is_dir():
        raise KehoachError("error.cli.export.no_folder", folder=folder)
    try:
        atomic_write(target, data)
    except OSError as exc:  # e.g. a folder we may not write into
        raise KehoachError(
            "error.cli.export.cannot_write", target=target, reason=os_reason(exc)
        ) from None


@command("export")
def export_command(
    ctx: typer.Context,
    kind: Annotated[
        ExportKind,
        typer.Argument(),
    ],
    what: Annotated[
        What,
        typer.Option("--what"),
    ] = What.tasks,
    agency: AgencyOption = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o"),
    ] = None,
    remind: Annotated[
        int,
        typer.Option("--remind", min=0),
    ] = 3,
    every: Annotated[
        bool,
        typer.Option("--all"),
    ] = False,
    labels: LabelsOption = None,
) -> None:
    """Exports: an ics calendar, or csv/json/md tables, to stdout or a file."""
    from kehoach_cli.core.compliance import assignments, report_matrix
    from kehoach_cli.core.progress import Progress

    s = settings(ctx)
    plan = s.load()
    agencies = scope(plan, agency)
    progress = Progress(plan, s.today, s.calendar)
    if output is not None and is_plan_file(output, s.source):
        raise KehoachError("error.cli.export.is_plan", target=output)
    from kehoach_cli.present.text import printable  # text that cannot drive a terminal

    if kind == ExportKind.xlsx:
        data = _workbook(progress, agencies, output, s.lang)
        count = None
    elif kind == ExportKind.ics:
        from kehoach_cli.core.obligations import obligations
        from kehoach_cli.present.ics import calendar

        start = None if every else s.today
        items = obligations(progress, start=start, end=plan.info.end, agencies=agencies)
        ref = "all" if agency is None else _scope_ref(plan, agency)
        data = calendar(plan, items, scope=ref, stamp=s.today, remind_days=remind, lang=s.lang)
        data = printable(data.decode("utf-8")).encode("utf-8")
        count = len(items)
    else:
        fmt = csv_format(kind.value, labels, Labels.vi)
        if what == What.tasks:
            from kehoach_cli.present.tasks import assignments_text

            text = assignments_text(plan, assignments(progress, agencies), fmt, s.lang)
        elif what == What.reports:
            from kehoach_cli.present.monitor import reports_text

            cells = report_matrix(progress, agencies=agencies)
            text = reports_text(plan, plan.reports, cells, fmt, s.lang, s.today)
        else:
            from kehoach_cli.present.summary import summary_text

            text = summary_text(plan, scores(progress, agencies), fmt, s.lang, s.today)
        if not text.endswith("\n"):
            text += "\n"
        data = printable(text).encode("utf-8")
        count = None
    if output is None:
        _write_stdout(data)
        return
    write_output(output, data, s.source)
    if count is not None:
        tell(t("exp.wrote_events", s.lang, n=count, path=output))
    else:
        tell(t("exp.wrote", s.lang, path=output))


def _workbook(
    progress: "Progress", agencies: tuple[str, ...] | None, output: Path | None, lang: str
) -> bytes:
    """The .xlsx workbook's bytes, made in memory."""
    import io

    import xlsxwriter

    from kehoach_cli.core.compliance import assignments
    from kehoach_cli.core.office import office_figures
    from kehoach_cli.present.office.workbook import fill_workbook

    if output is None:
        raise KehoachError("error.cli.office.xlsx_output")
    span = str(progress.today.year)
    figures = office_figures(progress, span, agencies)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    fill_workbook(book, progress.plan, assignments(progress, agencies), figures, lang)
    book.close()
    return buffer.getvalue()


def _scope_ref(plan: "Plan", agency: str) -> str:
    from kehoach_cli.core.lookup import resolve

    return resolve(plan, agency).ref


def _write_stdout(data: bytes) -> None:
    """Bytes as they are (the .ics CRLF line ends included), whatever the platform."""
    import sys

    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        sys.stdout.write(data.decode("utf-8"))
        return
    sys.stdout.flush()
    stream.write(data)
    stream.flush()
