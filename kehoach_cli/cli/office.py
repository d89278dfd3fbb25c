"""The Office's documents: report (Word or web page) and remind (letters)."""

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kehoach_cli.cli.base import command, settings, tell
from kehoach_cli.core.errors import KehoachError
from kehoach_cli.present.labels import t

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject

    from kehoach_cli.planfile.load import PlanSource


class DocFormat(StrEnum):
    docx = "docx"
    html = "html"


ForceOption = Annotated[bool, typer.Option("--force")]
TemplateOption = Annotated[
    Path | None,
    typer.Option("--template"),
]


def save(target: Path, data: bytes, source: "PlanSource", force: bool) -> None:
    """Write a document: never over the plan file, over another file only with --force."""
    from kehoach_cli.cli.exports import is_plan_file, write_output

    if is_plan_file(target, source):
        raise KehoachError("error.cli.export.is_plan", target=target)
    if target.exists() and not force:
        raise KehoachError("error.cli.office.exists", target=target)
    write_output(target, data, source)


def document_bytes(doc: "DocumentObject") -> bytes:
    import io

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def open_template(path: Path | None) -> "DocumentObject | None":
    if path is None:
        return None
    import docx

    try:
        return docx.Document(str(path))
    except Exception as exc:  # a missing file, or one that is not a Word document
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise KehoachError("error.cli.office.template", path=path, reason=reason) from None


# --- report ---------------------------------------------------------------------------


@command("report")
def report_command(
    ctx: typer.Context,
    period: Annotated[str, typer.Option("--period", "-p")],
    output: Annotated[Path, typer.Option("--output", "-o")],
    fmt: Annotated[DocFormat, typer.Option("--format")] = DocFormat.docx,
    force: ForceOption = False,
    template: TemplateOption = None,
) -> None:
    """The Office's periodic report, as a Word document (optionally on a template)
    or a self-contained web page, with the figures of ``core.office``."""
    from kehoach_cli.core.dates import parse_period
    from kehoach_cli.core.office import as_of, office_figures
    from kehoach_cli.core.progress import Progress

    s = settings(ctx)
    span = parse_period(period)[1]
    day = s.today if s.today_given else as_of(span, s.today)
    base = open_template(template) if fmt == DocFormat.docx else None
    plan = s.load()
    figures = office_figures(Progress(plan, day, s.calendar), span)
    if fmt == DocFormat.html:
        from kehoach_cli.core.office import monthly_on_time
        from kehoach_cli.present.office.webpage import report_page

        trend = monthly_on_time(plan, s.calendar, day)
        data = report_page(plan, figures, trend, s.lang).encode("utf-8")
    else:
        from kehoach_cli.present.office.word import report_document

        data = document_bytes(report_document(plan, figures, day, s.lang, base))
    save(output, data, s.source, force)
    tell(t("exp.wrote", s.lang, path=output))


# --- remind ---------------------------------------------------------------------------


@command("remind")
def remind_command(
    ctx: typer.Context,
    agency: Annotated[str, typer.Argument()],
    output: Annotated[Path, typer.Option("--output", "-o")],
    reply_by: Annotated[str | None, typer.Option("--reply-by")] = None,
    force: ForceOption = False,
    template: TemplateOption = None,
) -> None:
    """One reminder letter (.docx) per agency that owes reports or overdue tasks,
    into a folder; agencies that owe nothing get none."""
    from kehoach_cli.core.dates import parse_date
    from kehoach_cli.core.lookup import resolve
    from kehoach_cli.core.office import REMINDER_WORKING_DAYS, owed, working_days_after
    from kehoach_cli.core.progress import Progress

    s = settings(ctx)
    day = s.today
    plan = s.load()
    agencies = resolve(plan, agency).agencies
    reply = (
        parse_date(reply_by)
        if reply_by
        else working_days_after(s.calendar, day, REMINDER_WORKING_DAYS)
    )
    if output.exists() and not output.is_dir():
        raise KehoachError("error.cli.office.not_folder", target=output)
    found = owed(Progress(plan, day, s.calendar), agencies)
    if not found:
        tell(t("off.remind.none", s.lang, date=_day(day)))
        return
    output.mkdir(parents=True, exist_ok=True)
    from kehoach_cli.present.office.word import reminder_document

    for key, items in found.items():
        target = output / f"{key}-{day.isoformat()}.docx"
        doc = reminder_document(plan, key, items, day, reply, s.lang, open_template(template))
        save(target, document_bytes(doc), s.source, force)
        tell(
            t(
                "off.remind.wrote",
                s.lang,
                path=target,
                agency=plan.agency_label(key),
                reports=sum(i.kind == "report" for i in items),
                tasks=sum(i.kind == "task" for i in items),
            )
        )


def _day(day: date) -> str:
    from kehoach_cli.present.wording import format_date

    return format_date(day)
