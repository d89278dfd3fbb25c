"""Read commands: agencies, list, show, deadlines.

They parse arguments, ask ``kehoach_cli.core.queries`` for rows of machine values
and hand them to ``kehoach_cli.present.tasks``, which words and lays them out.
"""

from datetime import date
from enum import StrEnum
from typing import Annotated

import typer

from kehoach_cli.cli.base import AgencyOption, Format, FormatOption, command, echo, settings


class Role(StrEnum):
    lead = "lead"
    support = "support"
    all = "all"


def _date_option(value: str | None) -> date | None:
    from kehoach_cli.core.dates import parse_date

    return parse_date(value) if value else None


# --- agencies -----------------------------------------------------------------------


@command("agencies")
def agencies(ctx: typer.Context, fmt: FormatOption = Format.table) -> None:
    """Mã, tên gọi tắt hay một phần tên đều dùng được ở tùy chọn --agency của các lệnh
    khác; các nhóm (@departments, @districts, @all) được liệt kê ở cuối bảng.

    Ví dụ:  kehoach agencies --format csv > don-vi.csv
    """
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
        Role,
        typer.Option(
            "--role",
            help="Với --agency: lead (chủ trì, mặc định), support (phối hợp) hoặc all (cả hai).",
        ),
    ] = Role.lead,
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            "-s",
            help="Chỉ giữ nhiệm vụ có trạng thái này: mã hoặc chữ tiếng Việt (done, "
            "'hoàn thành', 'đang thực hiện', 'vướng mắc'…) hoặc thời hạn (overdue/'quá hạn', "
            "on_track/'trong hạn', done_late, done_on_time, ongoing). Ghi nhiều lần hoặc "
            "cách nhau bằng dấu phẩy để lấy bất kỳ trạng thái nào trong đó.",
        ),
    ] = None,
    section: Annotated[
        str | None,
        typer.Option("--section", help="Mục và các mục con: 1 gồm 1.2, 1.2.3, 1.3 nhưng không 10."),
    ] = None,
    due_before: Annotated[
        str | None,
        typer.Option("--due-before", help="Hạn (ghi trong kế hoạch) đến hết ngày này, dd/mm/yyyy."),
    ] = None,
    due_after: Annotated[
        str | None,
        typer.Option("--due-after", help="Hạn (ghi trong kế hoạch) từ ngày này, dd/mm/yyyy."),
    ] = None,
    overdue: Annotated[
        bool, typer.Option("--overdue", help="Chỉ nhiệm vụ đang quá hạn (chưa hoàn thành).")
    ] = False,
    search: Annotated[
        str | None,
        typer.Option(
            "--search",
            help="Tìm trong nội dung nhiệm vụ và văn bản được viện dẫn, không phân biệt dấu.",
        ),
    ] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Không có --agency: mỗi nhiệm vụ một dòng; nhiệm vụ có nhiều đơn vị chủ trì ghi số
    đơn vị đã hoàn thành (ví dụ 12/38 hoàn thành). Với --agency: mỗi nhiệm vụ đơn vị đó
    chủ trì (trực tiếp hoặc qua nhóm như @all) một dòng, kèm trạng thái và tiến độ của
    chính đơn vị đó; với một nhóm (@districts) thì mỗi (nhiệm vụ, đơn vị) một dòng.
    Các bộ lọc kết hợp với nhau (và).

    \b
    Ví dụ:
      kehoach list --agency 'tài chính'
      kehoach list --agency @districts --status 'quá hạn'
      kehoach list --section 4 --search 'nông thôn mới' --format json
    """
    from kehoach_cli.core.lookup import resolve
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
    rows = list_rows(Progress(plan, s.today, s.calendar), flt, target, role.value)
    echo(list_text(plan, rows, target, fmt.value, s.lang))


# --- show ---------------------------------------------------------------------------


@command("show")
def show(
    ctx: typer.Context,
    task_id: Annotated[
        str, typer.Argument(metavar="MÃ", help="Mã nhiệm vụ, ví dụ 1.3 hoặc II.1.2.")
    ],
    fmt: FormatOption = Format.table,
) -> None:
    """Mã không phân biệt chữ hoa, chữ thường. Với --format csv: mỗi đơn vị chủ trì một dòng.

    Ví dụ:  kehoach show II.1.2
    """
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
            help="Số ngày tính từ hôm nay (hoặc từ --from); mặc định 30.",
            show_default=False,
        ),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--from",
            help="Từ ngày (dd/mm/yyyy). Khi có --from, lấy mọi hạn trong khoảng, "
            "kể cả hạn đã xong.",
        ),
    ] = None,
    end: Annotated[str | None, typer.Option("--to", help="Đến hết ngày (dd/mm/yyyy).")] = None,
    agency: AgencyOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Mặc định: mọi hạn đã qua mà còn đơn vị chưa xong, và các hạn trong 30 ngày tới.
    Mỗi dòng: ngày và thứ (và hạn thực tế khi hạn rơi vào ngày nghỉ, theo Điều 148
    Bộ luật Dân sự 2015), số ngày còn lại hoặc đã quá hạn, nội dung, đơn vị phải thực
    hiện, số đơn vị chưa xong trên tổng số.

    \b
    Ví dụ:
      kehoach deadlines --within 7
      kehoach deadlines --agency 'Đức Thọ' --from 01/01/2021 --to 31/03/2021
    """
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
    echo(deadlines_text(plan, items, window, fmt.value, s.lang))
