"""Agencies, tasks, deadlines and recorded events as people read them: the outputs of
``agencies``, ``list``, ``show``, ``deadlines`` and ``history``."""

from __future__ import annotations

import textwrap
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from kehoach_cli.present.labels import t
from kehoach_cli.present.phrases import (
    days_text,
    due_text,
    full_name,
    item_label,
    moved_reason,
    names_text,
    report_text,
    status_label,
    timeliness_text,
)
from kehoach_cli.present.render import (
    PEOPLE_CSV,
    Column,
    paragraph,
    render,
    terminal_width,
    to_json,
)
from kehoach_cli.present.text import display_width, fill, shorten
from kehoach_cli.present.wording import format_date, period_label, weekday_name

if TYPE_CHECKING:
    from kehoach_cli.core.lookup import Target
    from kehoach_cli.core.model import Plan, Task
    from kehoach_cli.core.obligations import Obligation
    from kehoach_cli.core.progress import Assignment
    from kehoach_cli.core.queries import Window

LABEL_WIDTH = 18  # short label columns wrap at this width; the task text takes the rest
WHAT_WIDTH = 60  # how much of a task's text ``deadlines`` shows


def agencies_text(plan: Plan, rows: list[dict[str, Any]], fmt: str, lang: str) -> str:
    """The agencies, and in people's formats the groups usable with --agency."""
    if fmt == PEOPLE_CSV:
        return render(rows, _people_agency_columns(plan, lang), fmt, lang)

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
    text = render(rows, columns, fmt, lang)
    if fmt not in ("table", "md") or not plan.groups:
        return text
    lines = [t("read.groups", lang)]
    for key, group in plan.groups.items():
        count = t("read.agencies_count", lang, n=len(plan.expand([f"@{key}"])))
        lines.append(f"  @{key}: {group.name} ({count})")
    return text + "\n\n" + ("\n".join(lines) if fmt == "table" else "\n\n".join(lines))


def _people_agency_columns(plan: Plan, lang: str) -> list[Column]:
    """``agencies`` in people's CSV: names, kinds and groups in words, counts as numbers."""

    def groups(value: list[str], row: dict[str, Any]) -> str:
        return "; ".join(plan.groups[g].name for g in value if g in plan.groups)

    return [
        Column("name", "col.name"),
        Column("short", "col.short"),
        Column("kind", "col.kind", word=lambda v: t(f"kind.{v}", lang)),
        Column("groups", "col.groups", show=groups),
        Column("leads", "csv.col.tasks_led"),
        Column("supports", "csv.col.tasks_supported"),
    ]


def _people_names(plan: Plan, refs: list[str], lang: str) -> str:
    """Agencies or groups by their full names, for people's CSV; nothing for none."""
    return names_text(plan, refs, lang, full=True) if refs else ""


def _written_due(value: date | str | None, lang: str) -> str:
    """A deadline as the plan writes it: a date, a period as people say it, or "ongoing"."""
    if isinstance(value, str):
        return period_label(value, lang)
    return format_date(value) if value else t("word.ongoing", lang)


def _people_list_columns(plan: Plan, target: Target | None, lang: str) -> list[Column]:
    """``list`` in people's CSV: every task's fields in words; per task the counts of
    lead agencies, or with --agency each agency's status and timeliness."""
    from kehoach_cli.core.queries import owners_refs

    columns = [
        Column("id", "col.id"),
        Column("section", "col.section"),
        Column("kind", "col.kind", word=lambda v: t(f"csv.kind.{v}", lang)),
        Column("text", "col.text"),
        Column("lead", "col.lead", show=lambda v, r: _people_names(plan, r["lead_refs"], lang)),
        Column(
            "support",
            "col.support",
            show=lambda v, r: _people_names(plan, owners_refs(plan, v), lang),
        ),
        Column("due", "col.due", word=lambda v: _written_due(v, lang)),
        Column("effective_due", "col.effective_due", word=format_date),
    ]
    if target is None:
        return [
            *columns,
            Column("total", "csv.col.leads"),
            Column("done", "csv.col.leads_done"),
            Column("overdue", "csv.col.leads_overdue"),
        ]
    return [
        *columns,
        Column("agency", "col.agency", word=lambda v: full_name(plan, v)),
        Column("role", "read.col.role", word=lambda v: t(f"read.role.{v}", lang)),
        *_people_assignment_columns(lang),
    ]


def _people_assignment_columns(lang: str) -> list[Column]:
    """Where an agency stands on a task, in words, for people's CSV."""
    return [
        Column("status", "col.status", word=lambda v: status_label(v, lang)),
        Column(
            "timeliness",
            "col.timeliness",
            word=lambda v: t(f"timeliness.{v}", lang) if v else "",
        ),
        Column("days", "exp.col.days"),
        Column("date", "exp.col.status_date", word=format_date),
        Column("extended_to", "col.extended_to", word=format_date),
        Column("extension_ref", "col.extension_ref"),
    ]


def list_text(  # noqa: C901  # mccabe counts in the small cell formatters nested here
    plan: Plan, rows: list[dict[str, Any]], target: Target | None, fmt: str, lang: str
) -> str:
    """``list``: a task per row, or with --agency a (task, agency) per row."""
    if fmt == PEOPLE_CSV:
        return render(rows, _people_list_columns(plan, target, lang), fmt, lang)

    @cache  # thousands of tasks name a few sets of lead agencies
    def leads(refs: tuple[str, ...]) -> str:
        return fill(names_text(plan, list(refs), lang), LABEL_WIDTH)

    def lead(value: list[str], row: dict[str, Any]) -> str:
        return leads(tuple(row["lead_refs"]))

    def due(value: date | str | None, row: dict[str, Any]) -> str:
        return due_text(value, row["effective_due"], lang, bool(row.get("extended_to")))

    def request() -> str:
        return fill(t("word.request", lang), LABEL_WIDTH)

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
                return request()
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
                return request()
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
                word=plan.agency_label,
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
            Column("extended_to", "col.extended_to", table=False),
            Column("extension_ref", "col.extension_ref", table=False),
        ]
    return render(rows, columns, fmt, lang)


# --- show ----------------------------------------------------------------------------


def show_text(
    plan: Plan,
    task: Task,
    detail: dict[str, Any],
    fmt: str,
    lang: str,
    holiday: str | None = None,
) -> str:
    """``show``: the task's fields, its lead agencies' progress and its history
    (newest first); ``holiday`` names the public holiday the deadline fell on."""
    if fmt == "json":
        return to_json(detail)
    assignment_columns = [
        Column("agency", "col.agency", word=plan.agency_label),
        Column("status", "col.status", show=lambda v, r: status_label(v, lang)),
        Column(
            "timeliness",
            "col.timeliness",
            show=lambda v, r: timeliness_text(v, r["days"], lang),
        ),
        Column("days", "col.days_left", table=False),
        Column("date", "col.date"),
        Column("note", "col.note", table=False),  # people read notes in the history
        Column("effective_due", "col.effective_due", table=False),
        Column(
            "extended_to",
            "col.extended_to",
            show=lambda v, r: extension_text(v, r["extension_ref"]),
            table=any(a["extended_to"] for a in detail["assignments"]),
        ),
        Column("extension_ref", "col.extension_ref", table=False),
    ]
    if fmt == PEOPLE_CSV:
        rows = [{"task": task.id, **a} for a in detail["assignments"]]
        columns = [
            Column("task", "col.id"),
            Column("agency", "col.agency", word=lambda v: full_name(plan, v)),
            *_people_assignment_columns(lang),
            Column("effective_due", "col.effective_due", word=format_date),
            Column("note", "col.note"),
        ]
        return render(rows, columns, fmt, lang)
    if fmt == "csv":
        rows = [{"task": task.id, **a} for a in detail["assignments"]]
        return render(rows, [Column("task", "col.id"), *assignment_columns], "csv", lang)

    def note_and_ref(value: str, row: dict[str, Any]) -> str:
        return " — ".join(x for x in (value, row["ref"]) if x)

    history_columns = [
        Column("date", "col.date"),
        Column("agency", "col.agency", word=plan.agency_label, fit="fill"),
        Column("status", "col.status", show=lambda v, r: event_text(r, lang), fit="fill"),
        Column("note", "read.col.note_ref", show=note_and_ref, fit="wrap"),
        Column("ref", "col.ref", table=False),
        Column("by", "col.by", show=lambda v, r: fill(v, 14), fit="fill"),
    ]
    md = fmt == "md"
    heading = "## " if md else ""
    parts = [_fields_text(plan, task, detail, lang, md=md, holiday=holiday)]
    if not task.tracked:
        parts.append(t("read.not_tracked", lang))
    elif not detail["assignments"]:
        parts.append(t("read.no_assignments", lang))
    else:
        parts.append(heading + t("read.assignments", lang))
        parts.append(render(detail["assignments"], assignment_columns, fmt, lang))
    if task.tracked or detail["history"]:
        parts.append(heading + t("read.history", lang))
        empty = t("read.no_history", lang)
        parts.append(render(detail["history"], history_columns, fmt, lang, empty=empty))
    return "\n\n".join(parts)


def _fields_text(
    plan: Plan, task: Task, detail: dict[str, Any], lang: str, *, md: bool, holiday: str | None
) -> str:
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
    elif task.due_period:
        fields.append((t("col.due", lang), [period_label(task.due_period, lang)]))
        fields.append((t("col.effective_due", lang), [day(detail["effective_due"])]))
    else:
        fields.append((t("col.due", lang), [day(task.due)]))
        effective = detail["effective_due"]
        if effective != task.due:
            why = moved_reason(task.due, holiday, lang)
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
    indent = max(display_width(label) for label, _ in fields) + 3
    room = max(24, terminal_width() - indent)
    lines: list[str] = []
    for label, values in fields:
        prefix = label + ":" + " " * (indent - display_width(label) - 1)
        for value in values:
            for piece in textwrap.wrap(" ".join(value.split()), width=room) or [""]:
                lines.append(prefix + piece)
                prefix = " " * indent
    return "\n".join(lines)


# --- deadlines -----------------------------------------------------------------------


def deadlines_text(plan: Plan, items: list[Obligation], window: Window, fmt: str, lang: str) -> str:
    """``deadlines``: in people's formats the window in a sentence, then the table."""
    from kehoach_cli.core.queries import deadline_row

    today = window.today
    empty = t("read.no_deadlines", lang)
    if fmt == PEOPLE_CSV:
        return _people_deadlines(plan, items, today, lang)
    if fmt in ("json", "csv"):
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
        return render([deadline_row(item, today) for item in items], columns, fmt, lang)
    if window.start is None:
        end = format_date(window.end)
        head = t("read.window_backlog", lang, today=format_date(today), end=end)
    else:
        head = t(
            "read.window_range",
            lang,
            start=format_date(window.start),
            end=format_date(window.end),
            today=format_date(today),
        )
    columns = [
        Column("date", "col.due"),
        Column("days_left", "col.days_left"),
        Column("ref", "col.what", fit="wrap"),
        Column("agencies", "col.who"),
        Column("pending", "read.col.owing"),
    ]
    rows = _deadline_rows(plan, items, today, lang)
    # a blank line: Markdown needs it before a table
    return paragraph(head) + "\n\n" + render(rows, columns, fmt, lang, empty=empty)


def _written_owners(plan: Plan, item: Obligation) -> tuple[str, ...]:
    """Who owes an obligation as the plan names them: a task's leads, a report's reporters."""
    if item.kind == "task":
        return plan.task_by_id[item.ref].lead
    return plan.report_by_id[item.ref].reporters


def _people_deadlines(plan: Plan, items: list[Obligation], today: date, lang: str) -> str:
    """``deadlines`` in people's CSV: items and agencies in words, days as numbers."""
    from kehoach_cli.core.queries import deadline_row, owners_refs

    rows = [
        deadline_row(item, today)
        | {"owners": owners_refs(plan, item.agencies, _written_owners(plan, item))}
        for item in items
    ]

    def item_text(value: str, row: dict[str, Any]) -> str:
        return item_label(row["kind"], value, row["period"], lang)

    columns = [
        Column("date", "col.due", word=format_date),
        Column("effective_date", "col.effective_due", word=format_date),
        Column("days_left", "csv.col.days_left"),
        Column("kind", "col.kind", word=lambda v: t(f"off.kind.{v}", lang)),
        Column("ref", "mon.col.item", show=item_text),
        Column("title", "col.text"),
        Column("owners", "col.who", show=lambda v, r: _people_names(plan, v, lang)),
        Column(
            "pending",
            "csv.col.owing",
            show=lambda v, r: _people_names(plan, owners_refs(plan, v), lang),
        ),
    ]
    return render(rows, columns, PEOPLE_CSV, lang)


@cache  # thousands of deadlines fall on far fewer dates
def _when(due: date, moved: date, extended: bool, lang: str) -> str:
    """A deadline's date and weekday, and where the rule or an extension moved it."""
    text = f"{format_date(due)}\n{weekday_name(due, lang, start=True)}"
    if extended:
        text += f"\n→ {format_date(moved)}\n{t('word.extended', lang)}"
    elif moved != due:
        text += f"\n→ {format_date(moved)}\n{weekday_name(moved, lang, start=True)}"
    return text


def _deadline_rows(
    plan: Plan, items: list[Obligation], today: date, lang: str
) -> list[dict[str, str]]:
    """What people read of each deadline; thousands of deadlines fall on far fewer
    dates, day counts and sets of agencies, each worded once."""
    from kehoach_cli.core.queries import owners_refs

    @cache
    def left(n: int, owed: bool) -> str:
        return days_text(n, lang) if owed else t("read.all_met", lang)

    @cache
    def who(agencies: tuple[str, ...], written: tuple[str, ...]) -> str:
        return fill(names_text(plan, owners_refs(plan, agencies, written), lang), LABEL_WIDTH)

    rows = []
    for item in items:
        kind, ref, period, due, effective_due, agencies, pending, title = item[:8]
        name = ref if kind == "task" else period_label(period or "", lang)
        written = _written_owners(plan, item)
        rows.append(
            {
                "date": _when(due, effective_due, item.extended_to is not None, lang),
                "days_left": left(item.days_left(today), bool(pending)),
                "ref": shorten(f"{name}: {title}", WHAT_WIDTH),
                "agencies": who(agencies, written),
                "pending": f"{len(pending)}/{len(agencies)}",
            }
        )
    return rows


# --- history -------------------------------------------------------------------------


def extension_text(extended_to: date | None, ref: str | None) -> str:
    """``30/04/2021 (Công văn số …)``: an extended deadline and its document."""
    if extended_to is None:
        return ""
    text = format_date(extended_to)
    return f"{text}\n({ref})" if ref else text


def event_text(row: dict[str, Any], lang: str) -> str:
    """What an event of a task's or agency's history says: a status, a submission,
    a withdrawal (of what, recorded when) or an extension; withdrawn ones marked."""
    kind = row["kind"]
    if kind == "extension":
        return t("event.extended_to", lang, date=format_date(row["extended_to"]))
    if kind == "withdrawal":
        what = status_label(row["status"], lang) if row["status"] else t("event.report", lang)
        return t("event.withdraws", lang, what=what, date=format_date(row["withdraws"]))
    text = status_label(row["status"], lang)
    if row["withdrawn"]:
        return f"{text} {t('event.withdrawn', lang)}".strip()
    return text


def history_text(plan: Plan, rows: list[dict[str, Any]], fmt: str, lang: str) -> str:
    """``history``: recorded events, newest first."""

    def what(value: Any, row: dict[str, Any]) -> str:
        if row["task"] is not None:
            return item_label("task", str(value), None, lang)
        return report_text(plan, row["report"], row["period"], lang)

    def note_and_ref(value: str | None, row: dict[str, Any]) -> str:
        return " — ".join(x for x in (value, row["ref"]) if x)

    if fmt == PEOPLE_CSV:
        people = [
            Column("date", "col.date", word=format_date),
            Column("agency", "col.agency", word=lambda v: full_name(plan, v)),
            Column("kind", "col.event", word=lambda v: t(f"event.{v}", lang)),
            Column("task", "col.what", show=what),
            Column("status", "col.status", show=lambda v, r: event_text(r, lang)),
            Column("note", "col.note"),
            Column("ref", "col.ref"),
            Column("by", "col.by"),
        ]
        return render(rows, people, fmt, lang)

    columns = [
        Column("date", "col.date", word=format_date),
        Column("agency", "col.agency", word=plan.agency_label, fit="fill"),
        # the item says whether it is a task update or a report
        Column("kind", "col.event", table=False),
        Column("task", "col.what", show=what, fit="wrap"),
        Column("report", "col.report", table=False),
        Column("period", "col.period", table=False),
        Column("status", "col.status", show=lambda v, r: event_text(r, lang), fit="fill"),
        Column("withdraws", "col.withdraws", table=False),
        Column("extended_to", "col.extended_to", table=False),
        Column("withdrawn", "col.withdrawn", table=False),
        Column("note", "col.note", show=note_and_ref, fit="wrap"),  # and the document cited
        Column("ref", "col.ref", table=False),
        Column("by", "col.by", fit="fill"),
    ]
    return render(rows, columns, fmt, lang, empty=t("rec.no_history", lang))


# --- export of the assignments -------------------------------------------------------


def assignments_text(plan: Plan, assignments: list[Assignment], fmt: str, lang: str) -> str:
    """``export --what tasks``: a row per (task, lead agency)."""
    rows = [
        {
            "task": a.task.id,
            "section": a.task.section,
            "agency": a.agency,
            "due": a.task.due_period or a.task.due,
            "effective_due": a.effective_due,
            "status": a.status,
            "status_date": a.last.date if a.last else None,
            "timeliness": a.timeliness.code,
            "days": a.timeliness.days,
            "text": a.task.text,
        }
        for a in assignments
    ]

    def day(value: date | str | None, row: dict[str, Any]) -> str:
        if isinstance(value, str):
            return period_label(value, lang)
        return format_date(value) if value else t("word.none", lang)

    def days(value: int, row: dict[str, Any]) -> str:
        return str(value) if value else ""

    def agency(value: str | None, row: dict[str, Any]) -> str:
        if fmt == PEOPLE_CSV:
            return full_name(plan, value)
        return plan.agency_label(value) if value else ""

    columns = [
        Column("task", "col.id"),
        Column("section", "col.section", table=False),
        Column("agency", "col.agency", agency),
        Column("due", "col.due", day),
        Column("effective_due", "col.effective_due", day),
        Column("status", "col.status", lambda v, r: t(f"status.{v}", lang)),
        Column("status_date", "exp.col.status_date", day),
        Column("timeliness", "col.timeliness", lambda v, r: t(f"timeliness.{v}", lang)),
        Column(
            "days", "exp.col.days", None if fmt == PEOPLE_CSV else lambda v, r: str(v) if v else ""
        ),
        Column("text", "col.text"),
    ]
    return render(rows, columns, fmt, lang)
