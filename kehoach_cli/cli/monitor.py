"""Compliance monitoring: reports, overdue, check (made for cron)."""

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from kehoach_cli.cli.base import (
    EXIT_OVERDUE,
    AgencyOption,
    Format,
    FormatOption,
    command,
    echo,
    settings,
)
from kehoach_cli.core.thresholds import DEFAULT_STALE_DAYS, DEFAULT_WITHIN_DAYS

if TYPE_CHECKING:
    from kehoach_cli.core.model import Plan

StaleOption = Annotated[
    int,
    typer.Option(
        "--stale-days",
        min=0,
        help="Liệt kê nhiệm vụ thường xuyên mà đơn vị chủ trì không ghi nhận gì trong "
        "ngần này ngày (tính từ ngày bắt đầu kế hoạch hoặc lần ghi gần nhất); 0 để tắt.",
    ),
]


# --- shared helpers (also used by cli.exports) ---------------------------------


def scope(plan: "Plan", agency: str | None) -> tuple[str, ...] | None:
    """Agency keys named by --agency (an agency or a group), None for everyone."""
    if agency is None:
        return None
    from kehoach_cli.core.lookup import resolve

    return resolve(plan, agency).agencies


# --- reports --------------------------------------------------------------------


@command("reports")
def reports_command(
    ctx: typer.Context,
    report: Annotated[
        str | None,
        typer.Option("--report", "-r", help="Chỉ một báo cáo (mã, ví dụ: bc-thang, bc-nam)."),
    ] = None,
    agency: AgencyOption = None,
    since: Annotated[
        str | None,
        typer.Option("--from", help="Từ kỳ (03/2021, 2021-03, quý I/2021, 2021)."),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--to", help="Đến kỳ (mặc định: các kỳ đã bắt đầu tính đến hôm nay)."),
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Ký hiệu: ✓ nộp đúng hạn; +N nộp trễ N ngày; ✗ chưa nộp dù đã quá hạn;
    · chưa đến hạn. Cột cuối: số kỳ nộp đúng hạn / số kỳ đã đến hạn.
    Hạn là hạn thực tế: hạn rơi vào ngày nghỉ được lùi sang ngày làm việc kế tiếp.
    Với --format json|csv|md: mỗi (đơn vị, kỳ) một dòng.

    Ví dụ:  kehoach --today 23/02/2021 reports --report bc-thang --agency @districts
    """
    from kehoach_cli.core.compliance import report_matrix
    from kehoach_cli.core.dates import period_range
    from kehoach_cli.core.lookup import find_report
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.present.monitor import reports_text

    s = settings(ctx)
    plan = s.load()
    chosen = plan.reports if report is None else (find_report(plan, report),)
    agencies = scope(plan, agency)
    first, last = period_range(since, until)
    progress = Progress(plan, s.today, s.calendar)
    cells = report_matrix(progress, reports=chosen, agencies=agencies, first=first, last=last)
    echo(reports_text(plan, chosen, cells, fmt.value, s.lang, s.today))


# --- overdue ------------------------------------------------------------------


@command("overdue")
def overdue_command(
    ctx: typer.Context,
    agency: AgencyOption = None,
    stale_days: StaleOption = DEFAULT_STALE_DAYS,
    fmt: FormatOption = Format.table,
) -> None:
    """Gồm nhiệm vụ đã qua hạn thực tế mà đơn vị chủ trì chưa ghi "hoàn thành"
    hoặc "dừng thực hiện", và báo cáo định kỳ chưa nộp khi đã quá hạn.
    Ở dạng bảng có thêm mục "chưa cập nhật": nhiệm vụ thường xuyên mà đơn vị
    chủ trì không ghi nhận gì trong --stale-days ngày (không tính là quá hạn).
    Mã thoát: 1 khi có việc quá hạn, 0 khi không có.

    Ví dụ:  kehoach --today 02/02/2021 overdue --agency @districts
    """
    from kehoach_cli.core.compliance import overdue_items, stale_items
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.present.monitor import overdue_text

    s = settings(ctx)
    plan = s.load()
    agencies = scope(plan, agency)
    progress = Progress(plan, s.today, s.calendar)
    items = overdue_items(progress, agencies)
    stale = stale_items(progress, stale_days, agencies) if fmt == Format.table else []
    echo(overdue_text(plan, items, stale, stale_days, fmt.value, s.lang, s.today))
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
        typer.Option("--within", min=0, help="Báo trước các hạn trong ngần này ngày tới."),
    ] = DEFAULT_WITHIN_DAYS,
    stale_days: StaleOption = DEFAULT_STALE_DAYS,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Không in gì, chỉ trả mã thoát.")
    ] = False,
    agency: AgencyOption = None,
    fmt: Annotated[
        CheckFormat, typer.Option("--format", help="Định dạng: text (thư cron) hoặc json.")
    ] = CheckFormat.text,
) -> None:
    """Kiểm tra tệp kế hoạch trước (lỗi: mã thoát 2 kèm danh sách lỗi). Không có
    việc quá hạn hay sắp đến hạn thì không in gì, để cron không gửi thư.
    Không màu, không phụ thuộc terminal, ngôn ngữ hệ thống, múi giờ máy chủ
    hay thư mục hiện tại: "hôm nay" là ngày ở Việt Nam (Asia/Ho_Chi_Minh)
    trừ khi có --today hoặc KEHOACH_TZ. Mục "chưa cập nhật" (nhiệm vụ thường
    xuyên lâu không ghi nhận) không ảnh hưởng mã thoát.
    Mã thoát: 0 không có gì quá hạn; 1 có việc quá hạn; 2 lỗi cách gọi hoặc
    lỗi tệp kế hoạch, hoặc tệp là kế hoạch mẫu (cron chưa được chỉ tệp kế hoạch).

    Trong crontab, ghi đường dẫn đầy đủ của lệnh kehoach đã cài (cron không đọc PATH
    của người dùng) và chỉ rõ tệp kế hoạch bằng KEHOACH_FILE.

    Ví dụ (crontab):

    \b
    30 7 * * 1-5  KEHOACH_FILE=/srv/kh/data/tasks.toml /home/vt/.local/kehoach/bin/kehoach check
    """
    from kehoach_cli.core.compliance import due_soon, overdue_items, stale_items
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.present.monitor import check_json, check_text

    s = settings(ctx)
    # Validates: any problem is exit status 2 with every error listed. The sample
    # plan is refused: a crontab without KEHOACH_FILE must mail one clear error.
    plan = s.load(sample=False)
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
