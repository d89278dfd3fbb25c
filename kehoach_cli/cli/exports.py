"""Scoreboard and exports: summary, export ics|csv|json|md."""

import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kehoach_cli.cli.base import AgencyOption, Format, FormatOption, command, echo, settings
from kehoach_cli.cli.monitor import scope
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
) -> None:
    """Mỗi đơn vị một dòng, đơn vị yếu nhất lên đầu, dòng cuối là tổng cộng:
    nhiệm vụ chủ trì (hoàn thành đúng hạn, hoàn thành quá hạn, trong hạn, quá
    hạn, vướng mắc, thường xuyên), báo cáo (đúng hạn, trễ, chưa nộp), số việc
    quá hạn trên 30 ngày, tỷ lệ hoàn thành = đã hoàn thành ÷ (đã hoàn thành +
    quá hạn chưa hoàn thành), tỷ lệ đúng hạn = số việc xong đúng hạn ÷ số việc
    đã đến hạn. "Việc" gồm nhiệm vụ có hạn và các kỳ báo cáo.

    Ví dụ:  kehoach --today 30/06/2021 summary --agency @districts --format md
    """
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.present.summary import summary_text

    s = settings(ctx)
    plan = s.load()
    found = scores(Progress(plan, s.today, s.calendar), scope(plan, agency))
    echo(summary_text(plan, found, fmt.value, s.lang, s.today))


# --- export -------------------------------------------------------------------------


class ExportKind(StrEnum):
    ics = "ics"
    csv = "csv"
    json = "json"
    md = "md"


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
        typer.Argument(help="ics (lịch), csv (Excel), json, md (Markdown, dán vào Word)."),
    ],
    what: Annotated[
        What,
        typer.Option(
            "--what",
            help="Với csv/json/md: tasks (nhiệm vụ theo đơn vị chủ trì), reports (bảng "
            "nộp báo cáo), summary (bảng tổng hợp).",
        ),
    ] = What.tasks,
    agency: AgencyOption = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Ghi vào tệp này (ghi an toàn; không ghi đè tệp kế hoạch)."
        ),
    ] = None,
    remind: Annotated[
        int,
        typer.Option("--remind", min=0, help="Với ics: nhắc trước ngần này ngày, lúc 9 giờ sáng."),
    ] = 3,
    every: Annotated[
        bool,
        typer.Option(
            "--all", help="Với ics: cả các hạn đã qua (mặc định: từ hôm nay đến hết kế hoạch)."
        ),
    ] = False,
) -> None:
    """ics: mỗi hạn (hạn nhiệm vụ, hạn nộp báo cáo) là một sự kiện cả ngày vào
    ngày hạn thực tế, có nhắc trước. Nhập lại tệp mới thì lịch được cập nhật,
    không bị trùng. csv (UTF-8 có BOM, mở thẳng bằng Excel), json, md (bảng
    Markdown tiêu đề tiếng Việt) với --what tasks|reports|summary.

    Ví dụ:  kehoach export ics --agency stc -o han-stc.ics

    Ví dụ:  kehoach --today 30/06/2021 export csv --what summary -o tong-hop.csv
    """
    from kehoach_cli.core.compliance import assignments, report_matrix
    from kehoach_cli.core.progress import Progress

    s = settings(ctx)
    plan = s.load()
    agencies = scope(plan, agency)
    progress = Progress(plan, s.today, s.calendar)
    if output is not None and is_plan_file(output, s.source):
        raise KehoachError("error.cli.export.is_plan", target=output)
    if kind == ExportKind.ics:
        from kehoach_cli.core.obligations import obligations
        from kehoach_cli.present.ics import calendar

        start = None if every else s.today
        items = obligations(progress, start=start, end=plan.info.end, agencies=agencies)
        ref = "all" if agency is None else _scope_ref(plan, agency)
        data = calendar(plan, items, scope=ref, stamp=s.today, remind_days=remind, lang=s.lang)
        count = len(items)
    else:
        fmt = kind.value
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
        data = text.encode("utf-8")
        count = None
    from kehoach_cli.present.text import printable

    data = printable(data.decode("utf-8")).encode("utf-8")  # a note cannot drive a terminal
    if output is None:
        _write_stdout(data)
        return
    write_output(output, data, s.source)
    if count is not None:
        echo(t("exp.wrote_events", s.lang, n=count, path=output))
    else:
        echo(t("exp.wrote", s.lang, path=output))


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
