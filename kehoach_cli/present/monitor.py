"""Compliance as people read it: the report grid (``reports``), the overdue list
(``overdue``) and the cron mail (``check``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from kehoach_cli.core.compliance import Item
from kehoach_cli.core.dates import period_parts
from kehoach_cli.present.labels import t
from kehoach_cli.present.phrases import (
    days_text,
    due_text,
    full_name,
    item_label,
    moved_due_text,
    report_text,
)
from kehoach_cli.present.render import PEOPLE_CSV, Column, Columns, render, to_json
from kehoach_cli.present.text import display_width, shorten, wrap
from kehoach_cli.present.wording import format_date, period_label, weekday_name

if TYPE_CHECKING:
    from kehoach_cli.core.compliance import ReportCell, StaleItem
    from kehoach_cli.core.model import Plan, Report

MAIL_WIDTH = 78  # plain-text lines for cron mail: fixed, never the terminal's


# --- report submissions --------------------------------------------------------------


def cell_rows(cells: list[ReportCell]) -> list[dict[str, Any]]:
    """One machine row per (agency, report, period)."""
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
        }
        for c in cells
    ]


def cell_columns(plan: Plan, lang: str, *, full: bool = False) -> list[Column]:
    def day(value: date | None, row: dict[str, Any]) -> str:
        return format_date(value) if value else t("word.none", lang)

    def agency(value: str | None, row: dict[str, Any]) -> str:
        if full:
            return full_name(plan, value)
        return plan.agency_label(value) if value else ""

    return [
        Column("agency", "col.agency", agency),
        Column("report", "col.report"),
        Column("period", "col.period", lambda v, r: period_label(v, lang) if v else ""),
        Column("due", "col.due", day),
        Column("effective_due", "col.effective_due", day),
        Column("submitted", "col.submitted", day),
        Column("state", "col.state", lambda v, r: t(f"report.{v}", lang)),
        Column("days_late", "mon.col.days_late", lambda v, r: str(v) if v else ""),
    ]


def reports_text(
    plan: Plan,
    reports: Sequence[Report],
    cells: list[ReportCell],
    fmt: str,
    lang: str,
    today: date,
) -> str:
    """``reports``: a grid per report on screen, a row per cell in the other formats."""
    if fmt == PEOPLE_CSV:
        return render(cell_rows(cells), cell_columns(plan, lang, full=True), fmt, lang)
    if fmt != "table":
        return render(cell_rows(cells), cell_columns(plan, lang), fmt, lang)
    if not cells:
        return t("mon.no_periods", lang)
    blocks = [t("mon.as_of", lang, date=format_date(today))]
    for report in reports:
        mine = [c for c in cells if c.report.id == report.id]
        if mine:
            blocks.append(_matrix_text(report, mine, plan, lang))
    blocks.append(t("mon.legend", lang))
    return "\n\n".join(blocks)


def _header(code: str, many_years: bool, lang: str) -> str:
    kind, year, number = period_parts(code)
    if kind == "month":
        month = f"{number:02}"
        return f"{month}/{year % 100:02}" if many_years else t("mon.month_short", lang, m=month)
    if kind == "quarter":
        return f"Q{number}/{year % 100:02}" if many_years else f"Q{number}"
    return code


def _symbol(cell: ReportCell) -> str:
    state = cell.state
    if state.code == "on_time":
        return "✓"
    if state.code == "late":
        return f"+{state.days_late}"
    if state.code == "missing":
        return "✗"
    return "·"


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def _matrix_text(report: Report, cells: list[ReportCell], plan: Plan, lang: str) -> str:
    """One report as a grid: a row per agency, a short column per period, a count last."""
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
        decided = [c for c in row if c.state.counted]
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
        report.name,
        "",
        line(t("col.agency", lang), headers, count_label),
        line("-" * name_width, ["-" * w for w in widths], "-" * count_width),
    ]
    for agency in agencies:
        symbols = [_symbol(grid[(agency, code)]) for code in codes]
        out.append(line(names[agency], symbols, counts[agency].rjust(count_width)))
    return "\n".join(out)


# --- overdue -------------------------------------------------------------------------


def item_columns(items: list[Item], days_key: str) -> Columns:
    """The items' machine values, their day count under ``days_key``."""
    by_field = zip(*items, strict=True) if items else [()] * len(Item._fields)
    field = dict(zip(Item._fields, by_field, strict=True))
    return Columns(
        {
            "kind": field["kind"],
            "ref": field["ref"],
            "period": field["period"],
            "agency": field["agency"],
            "due": field["due"],
            "effective_due": field["effective_due"],
            "extended_to": field["extended_to"],
            "extension_ref": [ref or None for ref in field["extension_ref"]],
            days_key: field["days"],
            "title": field["title"],
        }
    )


def item_rows(items: list[Item], days_key: str) -> list[dict[str, Any]]:
    return item_columns(items, days_key).rows()


def stale_rows(items: list[StaleItem]) -> list[dict[str, Any]]:
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


def overdue_text(
    plan: Plan,
    items: list[Item],
    stale: list[StaleItem],
    stale_days: int,
    fmt: str,
    lang: str,
    today: date,
) -> str:
    """``overdue``: most overdue first; on screen, the stale ongoing tasks after them."""
    if fmt == PEOPLE_CSV:
        columns = [
            Column("kind", "col.kind", word=lambda v: t(f"off.kind.{v}", lang)),
            Column("ref", "mon.col.item", lambda v, r: item_label(r["kind"], v, r["period"], lang)),
            Column("agency", "col.agency", word=lambda v: full_name(plan, v)),
            Column("due", "col.due", word=format_date),
            Column("effective_due", "col.effective_due", word=format_date),
            Column("extended_to", "col.extended_to", word=format_date),
            Column("extension_ref", "col.extension_ref"),
            Column("days_overdue", "col.days_overdue"),
            Column("title", "col.text"),
        ]
    elif fmt in ("json", "csv"):
        keys = (
            "kind",
            "ref",
            "period",
            "agency",
            "due",
            "effective_due",
            "extended_to",
            "extension_ref",
            "days_overdue",
            "title",
        )
        columns = [Column(k, f"col.{k}") for k in keys]
    else:
        columns = [
            Column("days_overdue", "mon.col.overdue", word=lambda n: t("mon.days", lang, n=n)),
            Column(
                "ref",
                "mon.col.item",
                lambda v, r: item_label(r["kind"], v, r["period"], lang),
                fit="fill",
                reads=("kind", "period"),
            ),
            Column("agency", "col.agency", word=plan.agency_label, fit="fill"),
            Column(
                "effective_due",
                "col.due",
                lambda v, r: due_text(r["due"], v, lang, r["extended_to"] is not None),
                reads=("due", "extended_to"),
            ),
            Column("title", "col.text", fit="cut"),
        ]
    empty = t("mon.none_overdue", lang, date=format_date(today))
    text = render(item_columns(items, "days_overdue"), columns, fmt, lang, empty=empty)
    if fmt == "table" and stale:
        text += "\n\n" + stale_text(stale, plan, lang, stale_days)
    return text


def stale_text(items: list[StaleItem], plan: Plan, lang: str, stale_days: int) -> str:
    """The "chưa cập nhật" section: one entry per agency with its task ids, wrapped."""
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


# --- check (cron) --------------------------------------------------------------------


def check_json(
    today: date, within: int, overdue: list[Item], soon: list[Item], stale: list[StaleItem]
) -> str:
    return to_json(
        {
            "today": today,
            "within": within,
            "overdue": item_rows(overdue, "days_overdue"),
            "due_soon": item_rows(soon, "days_left"),
            "stale": stale_rows(stale),
        }
    )


def check_text(
    plan: Plan,
    today: date,
    lang: str,
    within: int,
    overdue: list[Item],
    soon: list[Item],
    stale: list[StaleItem],
    stale_days: int,
) -> str:
    """The cron mail: a summary line, then what is overdue and what comes due, by agency."""
    summary = t(
        "mon.check_summary",
        lang,
        day=weekday_name(today, lang),
        date=format_date(today),
        overdue=len(overdue),
        soon=len(soon),
        within=within,
    )
    out = [*wrap(plan.info.title, MAIL_WIDTH), *wrap(summary, MAIL_WIDTH)]
    if overdue:
        out += ["", t("mon.section_overdue", lang), *_group_lines(overdue, plan, lang, True)]
    if soon:
        out += ["", t("mon.section_soon", lang, n=within), *_group_lines(soon, plan, lang, False)]
    if stale:
        out += ["", stale_text(stale, plan, lang, stale_days)]
    return "\n".join(out)


def _group_lines(items: list[Item], plan: Plan, lang: str, overdue: bool) -> list[str]:
    """One entry per thing owed (a task deadline, a report period), with its
    deadline and days (and a task's text below), then the agencies that owe it
    by their short names: many agencies owe the same thing.

    ``items`` come as ``overdue_items`` and ``due_soon`` give them, the agencies
    that owe one thing in plan order, which the entry keeps.
    """
    due_word = t("col.due", lang).lower()
    owed: dict[tuple[str, str, str | None, date, date, int, str, bool], list[str]] = {}
    for kind, ref, period, agency, due, effective_due, days, title, extended, _ in items:
        key = (kind, ref, period, due, effective_due, days, title, extended is not None)
        owed.setdefault(key, []).append(agency)
    names = {agency: _unbroken(plan.agency_label(agency)) for agency in {i.agency for i in items}}
    # a long mail names the same few sets of agencies under hundreds of entries
    owed_by: dict[tuple[str, ...], list[str]] = {}
    lines: list[str] = []
    for (kind, ref, period, due, effective_due, n, title, moved), agencies in owed.items():
        when = days_text(-n if overdue else n, lang)
        deadline = _deadline_words(effective_due, due, lang, moved)
        what = (
            item_label(kind, ref, None, lang)
            if kind == "task"
            else report_text(plan, ref, period, lang)
        )
        head = f"- {what}: {due_word} {deadline}, {when}"
        lines += _kept(wrap(head, MAIL_WIDTH, subsequent_indent="  "))
        if kind == "task":
            lines.append(f"  {shorten(title, MAIL_WIDTH - 2)}")
        who = tuple(agencies)
        if who not in owed_by:
            owing = ", ".join(names[agency] for agency in who)
            owners = t("mon.owed_by", lang, n=len(who), names=owing)
            owed_by[who] = _kept(
                wrap(
                    owners,
                    MAIL_WIDTH,
                    initial_indent="  ",
                    subsequent_indent="    ",
                    break_on_hyphens=False,
                )
            )
        lines += owed_by[who]
    return lines


@cache  # a long mail repeats a few hundred deadlines
def _deadline_words(effective_due: date, due: date, lang: str, moved: bool) -> str:
    """The deadline with its weekday, the weekday kept on the date's line."""
    day = _unbroken(weekday_name(effective_due, lang))
    return f"{day} {moved_due_text(effective_due, due, lang, moved)}"


_NO_BREAK = "\xa0"  # a space the wrapping keeps: a name stays on one line


def _unbroken(text: str) -> str:
    return text.replace(" ", _NO_BREAK)


def _kept(lines: list[str]) -> list[str]:
    """Wrapped lines with their kept spaces made plain again."""
    return [line.replace(_NO_BREAK, " ") for line in lines]
