"""Read commands: agencies, list, show, deadlines.

They parse arguments, ask ``kehoach_cli.core.queries`` for rows of machine values
and render them; labels come from ``i18n``, layouts from ``render``.
"""

from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kehoach_cli.cli.base import AgencyOption, Format, FormatOption, command, echo, settings
from kehoach_cli.present.labels import t
from kehoach_cli.present.render import Column, Rows, render
from kehoach_cli.present.wording import format_date, period_label, weekday_name

if TYPE_CHECKING:
    from kehoach_cli.core.model import Plan, Task
    from kehoach_cli.core.obligations import Obligation
    from kehoach_cli.present.render import Records

MAX_NAMES = 3  # agencies named in a table cell before "and n more"
LABEL_WIDTH = 18  # short label columns wrap at this width; the task text takes the rest
WHAT_WIDTH = 60  # how much of a task's text ``deadlines`` shows


class Role(StrEnum):
    lead = "lead"
    support = "support"
    all = "all"


def _date_option(value: str | None) -> date | None:
    from kehoach_cli.core.dates import parse_date

    return parse_date(value) if value else None


# --- labels shared by the commands ------------------------------------------------


def fill(text: str, width: int = LABEL_WIDTH) -> str:
    """Wrap a short label on word boundaries (table cells may hold several lines)."""
    from kehoach_cli.present.text import wrap

    return "\n".join(wrap(text, width, break_long_words=False)) or text


def due_text(due: date | None, effective: date | None, lang: str) -> str:
    """The written due date, and on a second line the effective one when it moved."""
    if due is None:
        return t("word.ongoing", lang)
    if effective is not None and effective != due:
        return f"{format_date(due)}\n→ {format_date(effective)}"
    return format_date(due)


def timeliness_text(code: str | None, days: int | None, lang: str) -> str:
    """``hoàn thành quá hạn 3 ngày``, ``trong hạn, còn 7 ngày``, ``quá hạn 5 ngày``…"""
    if code is None:
        return ""
    n = days or 0
    if code == "done_late":
        return t("read.done_late_days", lang, n=n)
    if code == "overdue":
        return t("word.days_overdue", lang, n=n)
    if code == "on_track":
        return t("read.on_track_days", lang, n=n) if n else t("read.on_track_today", lang)
    return t(f"timeliness.{code}", lang)


def names_text(plan: "Plan", refs: list[str], lang: str, *, full: bool = False) -> str:
    """Agencies as people name them: group names, short (or full) agency names."""
    if not refs:
        return t("word.none", lang)
    shown: list[str] = []
    for ref in refs:
        if ref.startswith("@") and ref[1:] in plan.groups:
            group = plan.groups[ref[1:]]
            count = t("read.agencies_count", lang, n=len(plan.expand([ref])))
            shown.append(f"{group.name} ({count})" if full else group.name)
        elif full and ref in plan.agencies:
            shown.append(plan.agencies[ref].name)
        else:
            shown.append(plan.agency_label(ref))
    if not full and len(shown) > MAX_NAMES + 1:
        rest = t("read.more", lang, n=len(shown) - MAX_NAMES)
        shown = [*shown[:MAX_NAMES], rest]
    return "; ".join(shown) if full else ", ".join(shown)


def status_label(code: str | None, lang: str) -> str:
    return t(f"status.{code}", lang) if code else ""


# --- agencies -----------------------------------------------------------------------


@command("agencies")
def agencies(ctx: typer.Context, fmt: FormatOption = Format.table) -> None:
    """Mã, tên gọi tắt hay một phần tên đều dùng được ở tùy chọn --agency của các lệnh
    khác; các nhóm (@departments, @districts, @all) được liệt kê ở cuối bảng.

    Ví dụ:  kehoach agencies --format csv > don-vi.csv
    """
    from kehoach_cli.core.queries import agency_rows

    s = settings(ctx)
    plan = s.load()
    lang = s.lang

    def name(value: str, row: dict[str, Any]) -> str:
        return value if row["short"] == value else f"{value} ({row['short']})"

    columns = [
        Column("key", "col.key"),
        Column("name", "read.col.agency_name", show=name, fit="wrap"),
        Column("short", "col.short", table=False),
        Column("kind", "col.kind", show=lambda v, r: fill(t(f"kind.{v}", lang), 13)),
        Column("groups", "col.groups", table=False),
        Column("leads", "col.leads"),
        Column("supports", "col.supports"),
    ]
    echo(render(agency_rows(plan), columns, fmt.value, lang))
    if fmt in (Format.table, Format.md) and plan.groups:
        lines = [t("read.groups", lang)]
        for key, group in plan.groups.items():
            count = t("read.agencies_count", lang, n=len(plan.expand([f"@{key}"])))
            lines.append(f"  @{key}: {group.name} ({count})")
        echo("\n" + ("\n".join(lines) if fmt == Format.table else "\n\n".join(lines)))


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

    s = settings(ctx)
    plan = s.load()
    lang = s.lang
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

    def lead(value: list[str], row: dict[str, Any]) -> str:
        return fill(names_text(plan, row["lead_refs"], lang))

    def due(value: date | None, row: dict[str, Any]) -> str:
        return due_text(value, row["effective_due"], lang)

    columns = [
        Column("id", "col.id"),
        Column("section", "col.section", table=False),
        Column("kind", "col.kind", table=False),
        Column("text", "col.text", fit="cut"),
        Column("lead", "col.lead", show=lead, table=target is None),
        Column("support", "col.support", table=False),
        Column("due", "col.due", show=due),
        Column("effective_due", "col.effective_due", table=False),
    ]
    if target is None:

        def summary(value: int, row: dict[str, Any]) -> str:
            if row["kind"] == "request":
                return fill(t("word.request", lang))
            if not row["total"]:
                return t("word.none", lang)
            if row["total"] == 1:
                text = status_label(row["lead_status"], lang)
                late = t("timeliness.overdue", lang)
            else:
                text = t("word.done_count", lang, done=value, total=row["total"])
                late = t("read.overdue_count", lang, n=row["overdue"])
            return f"{text},\n{late}" if row["overdue"] else text

        columns += [
            Column("done", "col.status", show=summary),
            Column("total", "col.leads", table=False),
            Column("overdue", "timeliness.overdue", table=False),
        ]
    else:

        def state(value: str | None, row: dict[str, Any]) -> str:
            """Status, and under it where it stands against a deadline (if it has one)."""
            if row["kind"] == "request":
                return fill(t("word.request", lang))
            code = row["timeliness"]
            if value is None:  # a supporting agency: only leads are tracked
                return t(f"read.role.{row['role']}", lang)
            if code in ("done_on_time", "done_late"):
                return timeliness_text(code, row["days"], lang)
            if code in ("on_track", "overdue"):
                return f"{status_label(value, lang)}\n{timeliness_text(code, row['days'], lang)}"
            return status_label(value, lang)

        columns += [
            Column(
                "agency",
                "col.agency",
                show=lambda v, r: plan.agency_label(v),
                table=target.is_group,
            ),
            Column(
                "role",
                "read.col.role",
                show=lambda v, r: t(f"read.role.{v}", lang),
                table=False,  # support rows say so in the status column
            ),
            Column("status", "col.status", show=state),
            Column("timeliness", "col.timeliness", table=False),
            Column("days", "col.days_left", table=False),
            Column("date", "col.date", table=False),
        ]
    echo(render(rows, columns, fmt.value, lang))


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

    s = settings(ctx)
    plan = s.load()
    lang = s.lang
    task = find_task(plan, task_id)
    detail = task_detail(Progress(plan, s.today, s.calendar), task)
    if fmt == Format.json:
        from kehoach_cli.present.render import to_json

        echo(to_json(detail))
        return
    assignment_columns = [
        Column("agency", "col.agency", show=lambda v, r: plan.agency_label(v)),
        Column("status", "col.status", show=lambda v, r: status_label(v, lang)),
        Column(
            "timeliness",
            "col.timeliness",
            show=lambda v, r: timeliness_text(v, r["days"], lang),
        ),
        Column("days", "col.days_left", table=False),
        Column("date", "col.date"),
        Column("note", "col.note", table=False),  # people read notes in the history
    ]
    if fmt == Format.csv:
        rows = [{"task": task.id, **a} for a in detail["assignments"]]
        echo(render(rows, [Column("task", "col.id"), *assignment_columns], "csv", lang))
        return

    def note_and_ref(value: str, row: dict[str, Any]) -> str:
        return " — ".join(x for x in (value, row["ref"]) if x)

    history_columns = [
        Column("date", "col.date"),
        Column("agency", "col.agency", show=lambda v, r: plan.agency_label(v)),
        Column("status", "col.status", show=lambda v, r: status_label(v, lang)),
        Column("note", "read.col.note_ref", show=note_and_ref, fit="wrap"),
        Column("ref", "col.ref", table=False),
        Column("by", "col.by", show=lambda v, r: fill(v, 14)),
    ]
    md = fmt == Format.md
    heading = "## " if md else ""
    parts = [_fields_text(plan, task, detail, lang, md=md)]
    if not task.tracked:
        parts.append(t("read.not_tracked", lang))
    elif not detail["assignments"]:
        parts.append(t("read.no_assignments", lang))
    else:
        parts.append(heading + t("read.assignments", lang))
        parts.append(render(detail["assignments"], assignment_columns, fmt.value, lang))
    if task.tracked or detail["history"]:
        parts.append(heading + t("read.history", lang))
        empty = t("read.no_history", lang)
        parts.append(render(detail["history"], history_columns, fmt.value, lang, empty=empty))
    echo("\n\n".join(parts))


def _fields_text(plan: "Plan", task: "Task", detail: dict[str, Any], lang: str, *, md: bool) -> str:
    """The task as labelled fields: aligned and wrapped for a terminal, a list in Markdown."""
    from kehoach_cli.core.queries import section_chain

    def day(d: date) -> str:
        return f"{format_date(d)} ({weekday_name(d, lang)})"

    untitled = t("word.untitled", lang)
    fields: list[tuple[str, list[str]]] = [
        (
            t("col.section", lang),
            [f"{sid}. {title or untitled}" for sid, title in section_chain(plan, task.section)],
        ),
        (t("col.text", lang), [task.text]),
        (
            t("col.lead", lang),
            [names_text(plan, list(task.lead), lang, full=True)]
            if task.lead
            else [t("read.no_lead", lang)],
        ),
        (t("col.support", lang), [names_text(plan, list(task.support), lang, full=True)]),
    ]
    if task.due is None:
        fields.append((t("col.due", lang), [t("word.ongoing", lang)]))
    else:
        fields.append((t("col.due", lang), [day(task.due)]))
        effective = detail["effective_due"]
        if effective != task.due:
            why = t(
                "read.moved",
                lang,
                date=format_date(task.due),
                weekday=weekday_name(task.due, lang),
            )
            fields.append((t("col.effective_due", lang), [f"{day(effective)}: {why}"]))
    if task.references:
        fields.append((t("col.references", lang), list(task.references)))
    if task.note:
        fields.append((t("col.note", lang), [task.note]))
    if not task.tracked:
        fields.append((t("read.kind", lang), [t("word.request", lang)]))
    title = t("read.task", lang, id=task.id)
    if md:
        lines = [f"# {title}", ""]
        for label, values in fields:
            lines.append(f"- **{label}**: " + "; ".join(" ".join(v.split()) for v in values))
        return "\n".join(lines)
    return title + "\n" + _aligned(fields)


def _aligned(fields: list[tuple[str, list[str]]]) -> str:
    """``Label:  value`` lines, values wrapped to the terminal under their first line."""
    import textwrap

    from kehoach_cli.present.render import terminal_width
    from kehoach_cli.present.text import display_width

    indent = max(display_width(label) for label, _ in fields) + 3
    room = max(24, terminal_width() - indent - 1)
    lines: list[str] = []
    for label, values in fields:
        prefix = label + ":" + " " * (indent - display_width(label) - 1)
        for value in values:
            for piece in textwrap.wrap(" ".join(value.split()), width=room) or [""]:
                lines.append(prefix + piece)
                prefix = " " * indent
    return "\n".join(lines)


def _paragraph(text: str) -> str:
    import textwrap

    from kehoach_cli.present.render import terminal_width

    return textwrap.fill(text, width=max(40, terminal_width() - 1))


# --- deadlines ----------------------------------------------------------------------


def _deadlines_shown(plan: "Plan", items: "list[Obligation]", today: date, lang: str) -> "Records":
    """What people read of each deadline, column by column: each distinct date,
    day count, set of owners and tally is worded once."""
    from operator import methodcaller

    from kehoach_cli.core.queries import owners_refs
    from kehoach_cli.present.render import Records, map_distinct
    from kehoach_cli.present.text import shorten_all

    keys = ("date", "days_left", "ref", "agencies", "pending")
    if not items:
        return Records(keys, [()] * len(keys))
    kinds, refs, periods, dues, effective_dues, agencies, pending, titles = zip(*items, strict=True)

    def when(dates: tuple[date, date]) -> str:
        due, moved = dates
        text = f"{format_date(due)}\n{weekday_name(due, lang)}"
        if moved != due:
            text += f"\n→ {format_date(moved)}\n{weekday_name(moved, lang)}"
        return text

    def left(days: tuple[int, bool]) -> str:
        n, owed = days
        if not owed:
            return t("read.all_met", lang)
        if n > 0:
            return t("word.days_left", lang, n=n)
        if n == 0:
            return t("word.today", lang)
        return t("word.days_overdue", lang, n=-n)

    def who(owners: tuple[tuple[str, ...], tuple[str, ...]]) -> str:
        return fill(names_text(plan, owners_refs(plan, *owners), lang))

    days_left = map(methodcaller("days_left", today), items)
    names = [
        period_label(period or "", lang) if kind == "report" else ref
        for kind, ref, period in zip(kinds, refs, periods, strict=True)
    ]
    written = [  # the owners as the plan names them: a task's leads, a report's reporters
        plan.task_by_id[ref].lead if kind == "task" else plan.report_by_id[ref].reporters
        for kind, ref in zip(kinds, refs, strict=True)
    ]
    return Records(
        keys,
        [
            map_distinct(when, zip(dues, effective_dues, strict=True)),
            map_distinct(left, zip(days_left, map(bool, pending), strict=True)),
            # "ref: title" (a report's period in place of its ref), cut to fit, in one pass
            shorten_all(
                [f"{name}: {title}" for name, title in zip(names, titles, strict=True)],
                WHAT_WIDTH,
            ),
            map_distinct(who, zip(agencies, written, strict=True)),
            map_distinct(
                lambda tally: f"{tally[0]}/{tally[1]}",
                zip(map(len, pending), map(len, agencies), strict=True),
            ),
        ],
    )


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
    from kehoach_cli.core.queries import deadline_items, deadline_row, deadline_window

    s = settings(ctx)
    plan = s.load()
    lang = s.lang
    today = s.today
    window = deadline_window(today, start=_date_option(start), end=_date_option(end), within=within)
    target = resolve(plan, agency) if agency is not None else None
    items = deadline_items(
        Progress(plan, today, s.calendar), window, target.agencies if target else None
    )
    if fmt in (Format.json, Format.csv):
        rows: Rows = [deadline_row(item, today) for item in items]
        columns = [
            Column("date", "col.due"),
            Column("effective_date", "col.effective_due"),
            Column("days_left", "col.days_left"),
            Column("kind", "col.kind"),
            Column("ref", "col.what"),
            Column("period", "col.period"),
            Column("title", "col.text"),
            Column("agencies", "col.who"),
            Column("pending", "read.col.owing"),
        ]
    else:
        rows = _deadlines_shown(plan, items, today, lang)
        columns = [
            Column("date", "col.due"),
            Column("days_left", "col.days_left"),
            Column("ref", "col.what", fit="wrap"),
            Column("agencies", "col.who"),
            Column("pending", "read.col.owing"),
        ]
    if fmt in (Format.table, Format.md):
        if window.start is None:
            end_text = format_date(window.end)
            head = t("read.window_backlog", lang, today=format_date(today), end=end_text)
        else:
            head = t(
                "read.window_range",
                lang,
                start=format_date(window.start),
                end=format_date(window.end),
                today=format_date(today),
            )
        echo(_paragraph(head) + "\n\n")  # a blank line: Markdown needs it before a table
    echo(render(rows, columns, fmt.value, lang, empty=t("read.no_deadlines", lang)))
