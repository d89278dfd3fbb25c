"""Scoreboard and exports: summary, export ics|csv|json|md."""

import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kehoach_cli.cli.base import AgencyOption, Format, FormatOption, command, echo, settings
from kehoach_cli.cli.monitor import cell_columns, cell_rows, scope, show_agency, show_date
from kehoach_cli.core.errors import KehoachError
from kehoach_cli.present.labels import t

if TYPE_CHECKING:
    from collections.abc import Callable

    from kehoach_cli.core.compliance import Score
    from kehoach_cli.core.model import Plan
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.planfile.load import PlanSource
    from kehoach_cli.present.render import Column

BAR_CELLS = 8
_EIGHTHS = " ▏▎▍▌▋▊▉"


# --- summary ------------------------------------------------------------------------


def bar(rate: float | None, cells: int = BAR_CELLS) -> str:
    """``rate`` (0..1) as Unicode blocks in eighths on a light-shade track."""
    if rate is None:
        return ""
    filled = round(max(0.0, min(1.0, rate)) * cells * 8)
    full, part = divmod(filled, 8)
    text = "█" * full + (_EIGHTHS[part] if part else "")
    return text + "░" * (cells - len(text))


def percent(rate: float | None, lang: str) -> str:
    return t("word.none", lang) if rate is None else f"{round(rate * 100)}%"


def score_row(s: "Score", plan: "Plan", lang: str) -> dict[str, Any]:
    agency = plan.agencies.get(s.agency) if s.agency else None
    rate = s.completion_rate
    on_time = s.on_time_rate
    return {
        "agency": s.agency,
        "name": agency.name if agency else t("sum.total", lang),
        "total": s.agency is None,
        "tasks": s.tasks,
        "done_on_time": s.done_on_time,
        "done_late": s.done_late,
        "on_track": s.on_track,
        "overdue": s.overdue,
        "blocked": s.blocked,
        "ongoing": s.ongoing,
        "cancelled": s.cancelled,
        "overdue_over_30": s.overdue_over_30,
        "reports_on_time": s.reports_on_time,
        "reports_late": s.reports_late,
        "reports_missing": s.reports_missing,
        "reports_pending": s.reports_pending,
        "completed": s.completed,
        "overdue_unfinished": s.overdue_unfinished,
        "completion_rate": None if rate is None else round(rate, 4),
        "due_so_far": s.due_so_far,
        "on_time_so_far": s.on_time_so_far,
        "on_time_rate": None if on_time is None else round(on_time, 4),
        "_rate": rate,
        "_on_time": on_time,
        "_short": agency.short if agency else t("sum.total", lang),
        "_lang": lang,
    }


SCORE_KEYS = (
    "agency", "name", "total", "tasks", "done_on_time", "done_late", "on_track", "overdue",
    "blocked", "ongoing", "cancelled", "overdue_over_30", "reports_on_time", "reports_late",
    "reports_missing", "reports_pending", "completed", "overdue_unfinished", "completion_rate",
    "due_so_far", "on_time_so_far", "on_time_rate",
)  # fmt: skip
_TABLE_COUNTS = (
    "tasks", "done_on_time", "done_late", "on_track", "overdue", "overdue_over_30", "blocked",
    "ongoing", "reports_on_time", "reports_late", "reports_missing",
)  # fmt: skip


def score_columns(fmt: str) -> "list[Column]":
    """Machine keys for json/csv; full Vietnamese headers for Markdown."""
    from kehoach_cli.present.render import Column

    if fmt in ("json", "csv"):
        return [Column(k, f"sum.col.{k}") for k in SCORE_KEYS]
    columns = [Column("agency", "col.agency", lambda v, r: r["name"])]
    columns += [Column(k, f"sum.col.{k}", lambda v, r: str(v)) for k in _TABLE_COUNTS]
    for key, private in (("completion_rate", "_rate"), ("on_time_rate", "_on_time")):
        columns.append(Column(key, f"sum.col.{key}", _rate_cell(private)))
    return columns


def _rate_cell(private: str) -> "Callable[[Any, dict[str, Any]], str]":
    """What shows a rate column: the row's rate under ``private``, as a percentage."""
    return lambda v, r: percent(r[private], r["_lang"])


def score_table(rows: list[dict[str, Any]], lang: str) -> str:
    """The scoreboard on screen: short headers, numbers right-aligned, a bar per rate.

    Drawn here rather than by tabulate, whose header padding would push the
    fourteen columns past 100 characters.
    """
    from kehoach_cli.present.text import display_width

    def pad(text: str, width: int, right: bool = False) -> str:
        gap = " " * max(0, width - display_width(text))
        return gap + text if right else text + gap

    heads = [t("col.agency", lang)] + [t(f"sum.short.{k}", lang) for k in _TABLE_COUNTS]
    heads += [t("sum.short.completion_rate", lang), t("sum.short.on_time_rate", lang)]
    body = [
        [r["_short"]]
        + [str(r[k]) for k in _TABLE_COUNTS]
        + [
            f"{bar(r['_rate'])} {percent(r['_rate'], lang):>4}",
            percent(r["_on_time"], lang),
        ]
        for r in rows
    ]
    widths = [max(display_width(row[i]) for row in [heads, *body]) for i in range(len(heads))]
    last = len(heads) - 1

    def line(cells: list[str]) -> str:
        parts = [pad(cells[0], widths[0])]
        numbers = [pad(c, w, right=True) for c, w in zip(cells[1:-2], widths[1:-2], strict=True)]
        parts.append(" ".join(numbers))
        parts.append(pad(cells[-2], widths[-2]))
        parts.append(pad(cells[last], widths[last], right=True))
        return "  ".join(parts).rstrip()

    rule = line(["-" * w for w in widths])
    out = [line(heads), rule, *(line(cells) for cells in body[:-1]), rule, line(body[-1])]
    return "\n".join(out)


def score_rows(
    progress: "Progress", agencies: tuple[str, ...] | None, lang: str
) -> list[dict[str, Any]]:
    from kehoach_cli.core.compliance import scoreboard, totals

    scores = scoreboard(progress, agencies)
    if not scores:
        return []
    plan = progress.plan
    return [score_row(s, plan, lang) for s in scores] + [score_row(totals(scores), plan, lang)]


def render_summary(rows: list[dict[str, Any]], fmt: str, lang: str, today: Any) -> str:
    from kehoach_cli.present.render import render
    from kehoach_cli.present.wording import format_date

    if fmt != "table" or not rows:
        return render(rows, score_columns(fmt), fmt, lang, empty=t("sum.empty", lang))
    head = t("sum.as_of", lang, date=format_date(today))
    return f"{head}\n\n{score_table(rows, lang)}\n\n{t('sum.legend', lang)}"


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

    s = settings(ctx)
    plan = s.load()
    progress = Progress(plan, s.today, s.calendar)
    rows = score_rows(progress, scope(plan, agency), s.lang)
    echo(render_summary(rows, fmt.value, s.lang, s.today))


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


def task_rows(
    progress: "Progress", agencies: tuple[str, ...] | None, lang: str
) -> list[dict[str, Any]]:
    from kehoach_cli.core.compliance import assignments

    plan = progress.plan
    rows = []
    for a in assignments(progress, agencies):
        rows.append(
            {
                "task": a.task.id,
                "section": a.task.section,
                "agency": a.agency,
                "due": a.task.due,
                "effective_due": a.effective_due,
                "status": a.status,
                "status_date": a.last.date if a.last else None,
                "timeliness": a.timeliness.code,
                "days": a.timeliness.days,
                "text": a.task.text,
                "_plan": plan,
                "_lang": lang,
            }
        )
    return rows


def task_columns() -> "list[Column]":
    from kehoach_cli.present.render import Column

    def timeliness(value: Any, row: dict[str, Any]) -> str:
        return t(f"timeliness.{value}", row["_lang"])

    return [
        Column("task", "col.id"),
        Column("section", "col.section", table=False),
        Column("agency", "col.agency", show_agency),
        Column("due", "col.due", show_date),
        Column("effective_due", "col.effective_due", show_date),
        Column("status", "col.status", lambda v, r: t(f"status.{v}", r["_lang"])),
        Column("status_date", "exp.col.status_date", show_date),
        Column("timeliness", "col.timeliness", timeliness),
        Column("days", "exp.col.days", lambda v, r: str(v) if v else ""),
        Column("text", "col.text"),
    ]


def is_plan_file(target: Path, source: "PlanSource") -> bool:
    try:
        if target.exists() and os.path.samefile(target, source.path):
            return True
    except OSError:
        pass
    return target.resolve() == source.path.resolve()


def _refusal(target: Path) -> str:
    return f"{target} là tệp kế hoạch: không ghi đè. Chọn tên tệp khác cho bản xuất."


def write_output(target: Path, data: bytes, source: "PlanSource") -> None:
    """Write an export atomically; never over the plan file itself."""
    from kehoach_cli.planfile.writer import atomic_write

    if is_plan_file(target, source):
        raise KehoachError(_refusal(target))
    if target.is_dir():
        raise KehoachError(f"{target} là một thư mục; hãy ghi tên tệp, ví dụ {target / 'han.ics'}.")
    folder = target.parent
    if not folder.is_dir():
        raise KehoachError(f"Không có thư mục {folder}; tạo thư mục trước hoặc chọn chỗ khác.")
    try:
        atomic_write(target, data)
    except OSError as exc:  # e.g. a folder we may not write into
        raise KehoachError(f"Không ghi được {target}: {exc.strerror}.") from None


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
    from kehoach_cli.core.compliance import report_matrix
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.present.render import render

    s = settings(ctx)
    plan = s.load()
    agencies = scope(plan, agency)
    progress = Progress(plan, s.today, s.calendar)
    if output is not None and is_plan_file(output, s.source):
        raise KehoachError(_refusal(output))
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
            text = render(task_rows(progress, agencies, s.lang), task_columns(), fmt, s.lang)
        elif what == What.reports:
            cells = report_matrix(progress, agencies=agencies)
            text = render(cell_rows(cells, plan, s.lang), cell_columns(), fmt, s.lang)
        else:
            text = render_summary(score_rows(progress, agencies, s.lang), fmt, s.lang, s.today)
        if not text.endswith("\n"):
            text += "\n"
        data = text.encode("utf-8")
        count = None
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
