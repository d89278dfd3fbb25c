"""Compliance monitoring: reports, overdue, check (made for cron)."""

from datetime import date
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any

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
from kehoach_cli.present.labels import t

if TYPE_CHECKING:
    from collections.abc import Callable

    from kehoach_cli.core.compliance import Item, ReportCell, StaleItem
    from kehoach_cli.core.model import Plan, Report
    from kehoach_cli.present.render import Column, Records

MAIL_WIDTH = 78  # plain-text lines for cron mail: fixed, never the terminal's

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


def show_date(value: Any, row: dict[str, Any]) -> str:
    from kehoach_cli.present.wording import format_date

    return format_date(value) if value else t("word.none", row["_lang"])


def show_period(value: Any, row: dict[str, Any]) -> str:
    from kehoach_cli.present.wording import period_label

    return period_label(value, row["_lang"]) if value else ""


def show_agency(value: Any, row: dict[str, Any]) -> str:
    return row["_plan"].agency_label(value) if value else ""


def cell_rows(cells: "list[ReportCell]", plan: "Plan", lang: str) -> list[dict[str, Any]]:
    return [
        {
            "agency": c.agency,
            "report": c.report.id,
            "period": c.period.code,
            "due": c.period.due,
            "effective_due": c.period.effective_due,
            "submitted": c.submitted,
            "state": c.state.code,
            "days_late": c.state.days_late,
            "_plan": plan,
            "_lang": lang,
        }
        for c in cells
    ]


def cell_columns() -> "list[Column]":
    from kehoach_cli.present.render import Column

    return [
        Column("agency", "col.agency", show_agency),
        Column("report", "col.report"),
        Column("period", "col.period", show_period),
        Column("due", "col.due", show_date),
        Column("effective_due", "col.effective_due", show_date),
        Column("submitted", "col.submitted", show_date),
        Column("state", "col.state", lambda v, r: t(f"report.{v}", r["_lang"])),
        Column("days_late", "mon.col.days_late", lambda v, r: str(v) if v else ""),
    ]


# --- reports --------------------------------------------------------------------


def _header(code: str, many_years: bool, lang: str) -> str:
    from kehoach_cli.core.dates import period_parts

    kind, year, number = period_parts(code)
    if kind == "month":
        month = f"{number:02}"
        return f"{month}/{year % 100:02}" if many_years else t("mon.month_short", lang, m=month)
    if kind == "quarter":
        return f"Q{number}/{year % 100:02}" if many_years else f"Q{number}"
    return code


def _symbol(cell: "ReportCell") -> str:
    state = cell.state
    if state.code == "on_time":
        return "✓"
    if state.code == "late":
        return f"+{state.days_late}"
    if state.code == "missing":
        return "✗"
    return "·"


def _pad(text: str, width: int) -> str:
    from kehoach_cli.present.text import display_width

    return text + " " * max(0, width - display_width(text))


def matrix_text(report: "Report", cells: "list[ReportCell]", plan: "Plan", lang: str) -> str:
    """One report as a grid: a row per agency, a short column per period, a count last."""
    from kehoach_cli.core.dates import period_parts
    from kehoach_cli.present.text import display_width

    codes = list(dict.fromkeys(c.period.code for c in cells))
    many_years = len({period_parts(code)[1] for code in codes}) > 1
    agencies = list(dict.fromkeys(c.agency for c in cells))
    grid = {(c.agency, c.period.code): c for c in cells}
    headers = [_header(code, many_years, lang) for code in codes]
    count_label = t("mon.on_time_count", lang)
    names = {a: plan.agency_label(a) for a in agencies}
    counts: dict[str, str] = {}
    for agency in agencies:
        row = [grid[(agency, code)] for code in codes]
        decided = [c for c in row if c.state.code != "pending"]
        on_time = sum(c.state.code == "on_time" for c in decided)
        counts[agency] = f"{on_time}/{len(decided)}"
    name_width = max(
        display_width(t("col.agency", lang)), *(display_width(n) for n in names.values())
    )
    widths = [
        max(display_width(h), *(display_width(_symbol(grid[(a, code)])) for a in agencies))
        for h, code in zip(headers, codes, strict=True)
    ]
    count_width = max(display_width(count_label), *(len(v) for v in counts.values()))

    def line(first: str, middle: list[str], last: str) -> str:
        parts = [
            _pad(first, name_width),
            " ".join(_pad(m, w) for m, w in zip(middle, widths, strict=True)),
        ]
        return ("  ".join(parts) + "  " + last).rstrip()

    out = [
        f"{report.name} ({report.id})",
        "",
        line(t("col.agency", lang), headers, count_label),
        line("-" * name_width, ["-" * w for w in widths], "-" * count_width),
    ]
    for agency in agencies:
        symbols = [_symbol(grid[(agency, code)]) for code in codes]
        out.append(line(names[agency], symbols, counts[agency].rjust(count_width)))
    return "\n".join(out)


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
    from kehoach_cli.present.render import render
    from kehoach_cli.present.wording import format_date

    s = settings(ctx)
    plan = s.load()
    chosen = plan.reports if report is None else (find_report(plan, report),)
    agencies = scope(plan, agency)
    first, last = period_range(since, until)
    progress = Progress(plan, s.today, s.calendar)
    cells = report_matrix(progress, reports=chosen, agencies=agencies, first=first, last=last)
    if fmt != Format.table:
        echo(render(cell_rows(cells, plan, s.lang), cell_columns(), fmt.value, s.lang))
        return
    if not cells:
        echo(t("mon.no_periods", s.lang))
        return
    blocks = [t("mon.as_of", s.lang, date=format_date(s.today))]
    for r in chosen:
        mine = [c for c in cells if c.report.id == r.id]
        if mine:
            blocks.append(matrix_text(r, mine, plan, s.lang))
    blocks.append(t("mon.legend", s.lang))
    echo("\n\n".join(blocks))


# --- overdue ------------------------------------------------------------------


ITEM_KEYS = ("kind", "ref", "period", "agency", "due", "effective_due", "days", "title")


def item_records(items: "list[Item]", days_key: str) -> "Records":
    """The items' machine values column by column (``days`` under ``days_key``):
    the keys are ``Item``'s fields, so one ``zip`` takes the columns."""
    from kehoach_cli.present.render import Records

    keys = [days_key if key == "days" else key for key in ITEM_KEYS]
    return Records(keys, list(zip(*items, strict=True)) or [()] * len(keys))


def stale_rows(items: "list[StaleItem]") -> list[dict[str, Any]]:
    return [
        {
            "task": s.task.id,
            "agency": s.agency,
            "last_update": s.last,
            "since": s.since,
            "days": s.days,
            "title": s.task.text,
        }
        for s in items
    ]


# Thousands of items, one per agency, name far fewer tasks, periods and deadlines:
# each is worded once per command (the callers word each distinct one).


def _describer(lang: str) -> "Callable[[str, str, str | None], str]":
    """A function wording an item: ``Nhiệm vụ II.1.2`` or ``Báo cáo tháng 01/2021
    (bc-thang)`` (the task label is taken apart once for the thousands of tasks)."""
    from kehoach_cli.present.labels import wording

    task_ref = wording("mon.task_ref", lang)

    def describe(kind: str, ref: str, period: str | None) -> str:
        if kind == "task":
            return task_ref(ref=ref)
        from kehoach_cli.present.wording import period_label

        return t("mon.report_ref", lang, ref=ref, period=period_label(period or "", lang))

    return describe


@cache
def due_words(effective_due: date, due: date, lang: str) -> str:
    """The effective deadline, and the written one when it moved."""
    from kehoach_cli.present.wording import format_date

    text = format_date(effective_due)
    if effective_due != due:
        text += " " + t("word.moved", lang, date=format_date(due))
    return text


def overdue_columns(fmt: str) -> "list[Column]":
    """Machine formats keep the documented key order; people's formats lead with the days."""
    from kehoach_cli.present.render import Column

    if fmt in ("json", "csv"):
        keys = ("kind", "ref", "period", "agency", "due", "effective_due", "days_overdue", "title")
        return [Column(k, f"col.{k}") for k in keys]
    return [
        Column("days_overdue", "mon.col.overdue"),
        Column("ref", "mon.col.item"),
        Column("agency", "col.agency"),
        Column("effective_due", "col.due"),
        Column("title", "col.text", fit="cut"),
    ]


def overdue_shown(items: "list[Item]", plan: "Plan", lang: str) -> "Records":
    """What people read of the overdue items, column by column (``overdue_columns``'
    keys): each distinct day count, item, agency and deadline worded once."""
    from kehoach_cli.present.render import Records, map_distinct

    keys = ("days_overdue", "ref", "agency", "effective_due", "title")
    if not items:
        return Records(keys, [()] * len(keys))
    kinds, refs, periods, agencies, dues, effective_dues, days, titles = zip(*items, strict=True)
    describe = _describer(lang)
    return Records(
        keys,
        [
            map_distinct(lambda n: t("mon.days", lang, n=n), days),
            map_distinct(lambda item: describe(*item), zip(kinds, refs, periods, strict=True)),
            map_distinct(plan.agency_label, agencies),
            map_distinct(
                lambda dates: due_words(*dates, lang), zip(effective_dues, dues, strict=True)
            ),
            titles,
        ],
    )


def stale_text(items: "list[StaleItem]", plan: "Plan", lang: str, stale_days: int) -> str:
    """The "chưa cập nhật" section: one entry per agency with its task ids, wrapped."""
    from kehoach_cli.present.text import wrap

    lines = wrap(t("mon.stale_heading", lang, n=stale_days), MAIL_WIDTH)
    ids: dict[str, list[str]] = {}
    oldest: dict[str, int] = {}
    for s in items:
        ids.setdefault(s.agency, []).append(s.task.id)
        if s.days > oldest.get(s.agency, -1):
            oldest[s.agency] = s.days
    for agency, mine in ids.items():
        head = t(
            "mon.stale_line",
            lang,
            agency=plan.agency_label(agency),
            n=len(mine),
            days=oldest[agency],
        )
        lines.extend(
            wrap(
                f"{head} {', '.join(mine)}",
                MAIL_WIDTH,
                initial_indent="  ",
                subsequent_indent="    ",
                break_on_hyphens=False,
            )
        )
    return "\n".join(lines)


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
    from kehoach_cli.present.render import render
    from kehoach_cli.present.wording import format_date

    s = settings(ctx)
    plan = s.load()
    agencies = scope(plan, agency)
    progress = Progress(plan, s.today, s.calendar)
    items = overdue_items(progress, agencies)
    if fmt in (Format.json, Format.csv):
        rows = item_records(items, "days_overdue")
    else:
        rows = overdue_shown(items, plan, s.lang)
    empty = t("mon.none_overdue", s.lang, date=format_date(s.today))
    out = [render(rows, overdue_columns(fmt.value), fmt.value, s.lang, empty=empty)]
    if fmt == Format.table:
        stale = stale_items(progress, stale_days, agencies)
        if stale:
            out += ["\n\n", stale_text(stale, plan, s.lang, stale_days)]
    echo(*out)
    if items:
        raise typer.Exit(EXIT_OVERDUE)


# --- check (cron) ----------------------------------------------------------------


class CheckFormat(StrEnum):
    text = "text"
    json = "json"


@cache
def _deadline_words(effective_due: date, due: date, lang: str) -> str:
    """``hạn Thứ Hai 01/02/2021 (lùi từ 31/01/2021), `` in check's text."""
    from kehoach_cli.present.wording import weekday_name

    day = weekday_name(effective_due, lang)
    return f"{t('col.due', lang).lower()} {day} {due_words(effective_due, due, lang)}, "


def _group_lines(items: "list[Item]", plan: "Plan", lang: str, overdue: bool) -> list[str]:
    """Items grouped by agency in plan order, each with its deadline and days
    (and a task's text on the line below).

    A task's entry is the same for each of its agencies: thousands of items
    name far fewer distinct entries, each written once in one loop (with each
    distinct day count and deadline worded once, and the task texts cut in one
    pass), and the agencies' lists then take them by lookup.
    """
    from kehoach_cli.present.text import shorten_all

    if not items:
        return []
    kinds, refs, periods, agencies, dues, effective_dues, days, titles = zip(*items, strict=True)
    keys = list(zip(kinds, refs, periods, effective_dues, dues, days, titles, strict=True))
    entries = dict.fromkeys(keys, "")
    if overdue:
        whens = {n: t("word.days_overdue", lang, n=n) for n in set(days)}
    else:
        whens = {
            n: t("word.today", lang) if n == 0 else t("word.days_left", lang, n=n)
            for n in set(days)
        }
    texts = list(dict.fromkeys(key[6] for key in entries if key[0] == "task"))
    cut = dict(zip(texts, shorten_all(texts, MAIL_WIDTH - 4), strict=True))
    describe = _describer(lang)
    for key in entries:
        kind, ref, period, effective_due, due, n, title = key
        head = describe(kind, ref, period)
        deadline = _deadline_words(effective_due, due, lang)
        entry = f"  - {head}: {deadline}{whens[n]}"
        entries[key] = f"{entry}\n    {cut[title]}" if kind == "task" else entry
    by_agency: dict[str, list[str]] = {}
    for agency, entry in zip(agencies, map(entries.__getitem__, keys), strict=True):
        by_agency.setdefault(agency, []).append(entry)
    order = {key: n for n, key in enumerate(plan.agencies)}
    lines: list[str] = []
    # in plan order; a sort is stable, so agencies the plan lacks come in the items' order
    for agency in sorted(by_agency, key=lambda a: order.get(a, 0)):
        known = plan.agencies.get(agency)
        lines.append(f"{known.name if known else agency} ({agency})")
        lines.extend(by_agency[agency])
    return lines


def check_text(
    plan: "Plan",
    today: date,
    lang: str,
    within: int,
    overdue: "list[Item]",
    soon: "list[Item]",
    stale: "list[StaleItem]",
    stale_days: int,
) -> str:
    from kehoach_cli.present.wording import format_date, weekday_name

    out = [
        plan.info.title,
        t(
            "mon.check_summary",
            lang,
            day=weekday_name(today, lang),
            date=format_date(today),
            overdue=len(overdue),
            soon=len(soon),
            within=within,
        ),
    ]
    if overdue:
        out += ["", t("mon.section_overdue", lang), *_group_lines(overdue, plan, lang, True)]
    if soon:
        out += ["", t("mon.section_soon", lang, n=within), *_group_lines(soon, plan, lang, False)]
    if stale:
        out += ["", stale_text(stale, plan, lang, stale_days)]
    return "\n".join(out)


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
    lỗi tệp kế hoạch.

    Ví dụ (crontab):  30 7 * * 1-5  KEHOACH_FILE=/srv/kehoach/data/tasks.toml kehoach check
    """
    from kehoach_cli.core.compliance import due_soon, overdue_items, stale_items
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.present.render import to_json

    s = settings(ctx)
    plan = s.load()  # validates: any problem is exit status 2 with every error listed
    agencies = scope(plan, agency)
    progress = Progress(plan, s.today, s.calendar)
    overdue = overdue_items(progress, agencies)
    soon = due_soon(progress, within, agencies)
    stale = stale_items(progress, stale_days, agencies)
    if not quiet:
        if fmt == CheckFormat.json:
            echo(
                to_json(
                    {
                        "today": s.today,
                        "within": within,
                        "overdue": item_records(overdue, "days_overdue"),
                        "due_soon": item_records(soon, "days_left"),
                        "stale": stale_rows(stale),
                    }
                )
            )
        elif overdue or soon:
            echo(check_text(plan, s.today, s.lang, within, overdue, soon, stale, stale_days))
    if overdue:
        raise typer.Exit(EXIT_OVERDUE)
