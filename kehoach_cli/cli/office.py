"""The Office's documents: report (Word or web page) and remind (letters)."""

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kehoach_cli.cli.base import command, echo, settings
from kehoach_cli.core.errors import KehoachError
from kehoach_cli.present.labels import t

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject

    from kehoach_cli.planfile.load import PlanSource


class DocFormat(StrEnum):
    docx = "docx"
    html = "html"


TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today",
        metavar="DD/MM/YYYY",
        help="Ngày lập văn bản, số liệu tính đến ngày này (như --today chung).",
        show_default=False,
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Ghi đè tệp đã có.")]
TemplateOption = Annotated[
    Path | None,
    typer.Option(
        "--template",
        metavar="MẪU.docx",
        help="Lập văn bản từ tệp Word mẫu này (giữ kiểu chữ và khổ giấy của mẫu).",
    ),
]


def given_today(ctx: typer.Context, typed: str | None) -> date | None:
    """The day typed after the command, or before it (--today, KEHOACH_TODAY); None if neither."""
    from kehoach_cli.core.dates import parse_date

    if typed:
        return parse_date(typed)
    if ctx.find_root().params.get("today"):
        return settings(ctx).today
    return None


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
    period: Annotated[
        str,
        typer.Option(
            "--period",
            "-p",
            help="Kỳ báo cáo: tháng (2021-03), quý (2021-Q1), 6 tháng (2021-H1) hoặc năm (2021).",
        ),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Tệp .docx hoặc .html.")],
    fmt: Annotated[
        DocFormat, typer.Option("--format", help="docx (Word, mặc định) hoặc html (trang web).")
    ] = DocFormat.docx,
    today: TodayOption = None,
    force: ForceOption = False,
    template: TemplateOption = None,
) -> None:
    """Báo cáo của Văn phòng gửi UBND tỉnh theo thể thức Nghị định 30/2020/NĐ-CP:
    kết quả thực hiện nhiệm vụ, việc gửi báo cáo định kỳ trong kỳ, nhiệm vụ quá
    hạn theo đơn vị, nhiệm vụ lâu chưa cập nhật, đề xuất (để trống cho người viết).
    Số liệu tính đến --today (mặc định: ngày cuối kỳ, hoặc hôm nay nếu sớm hơn)
    và trùng với summary, reports, overdue của cùng ngày.

    Ví dụ:  kehoach report --period 2021-03 --today 05/04/2021 -o bao-cao-thang-3.docx

    Ví dụ:  kehoach report --period 2021-Q1 --format html -o bao-cao-quy-1.html
    """
    from kehoach_cli.core.dates import parse_period
    from kehoach_cli.core.office import as_of, office_figures
    from kehoach_cli.core.progress import Progress

    s = settings(ctx)
    span = parse_period(period)[1]
    day = given_today(ctx, today) or as_of(span, s.today)
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
    echo(t("exp.wrote", s.lang, path=output))


# --- remind ---------------------------------------------------------------------------


@command("remind")
def remind_command(
    ctx: typer.Context,
    agency: Annotated[
        str, typer.Argument(help="Đơn vị hoặc nhóm: mã, tên gọi tắt, @districts, @all.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Thư mục ghi các công văn.")],
    reply_by: Annotated[
        str | None,
        typer.Option(
            "--reply-by",
            metavar="DD/MM/YYYY",
            help="Hạn trả lời (mặc định: 5 ngày làm việc sau hôm nay).",
        ),
    ] = None,
    today: TodayOption = None,
    force: ForceOption = False,
    template: TemplateOption = None,
) -> None:
    """Mỗi đơn vị còn nợ việc (báo cáo chưa gửi, nhiệm vụ quá hạn) một công văn
    .docx, đặt tên theo mã đơn vị và ngày (stc-2021-03-25.docx); đơn vị không
    nợ gì thì không soạn. In một dòng tóm tắt cho mỗi tệp.

    Ví dụ:  kehoach --today 25/03/2021 remind @districts -o cong-van/
    """
    from kehoach_cli.core.dates import parse_date
    from kehoach_cli.core.lookup import resolve
    from kehoach_cli.core.office import REMINDER_WORKING_DAYS, owed, working_days_after
    from kehoach_cli.core.progress import Progress

    s = settings(ctx)
    day = given_today(ctx, today) or s.today
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
        echo(t("off.remind.none", s.lang, date=_day(day)))
        return
    output.mkdir(parents=True, exist_ok=True)
    from kehoach_cli.present.office.word import reminder_document

    for key, items in found.items():
        target = output / f"{key}-{day.isoformat()}.docx"
        doc = reminder_document(plan, key, items, day, reply, s.lang, open_template(template))
        save(target, document_bytes(doc), s.source, force)
        echo(
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
