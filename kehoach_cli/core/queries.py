"""Rows for the read commands (agencies, list, show, history, deadlines): no I/O, no printing.

Rows hold machine values (agency keys, ISO-able dates, status and timeliness
codes); the CLI layer turns them into labels. Status and timeliness always come
from ``Progress`` (and so from ``progress.timeliness``), obligations from
``obligations()``: nothing here re-derives them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, NamedTuple

from kehoach_cli.core.dates import check_days
from kehoach_cli.core.errors import KehoachError
from kehoach_cli.core.lookup import Target, parse_state
from kehoach_cli.core.model import Plan, Task
from kehoach_cli.core.obligations import Obligation, obligations
from kehoach_cli.core.progress import Assignment, Progress
from kehoach_cli.core.text import contains_words, fold

ROLES = ("lead", "support", "all")
DEFAULT_WITHIN = 30  # days ahead that ``deadlines`` shows by default

# --- agencies ----------------------------------------------------------------


def agency_rows(plan: Plan) -> list[dict[str, Any]]:
    """One row per agency, with how many tasks it leads and supports.

    Counts are over every task of the plan (requests included: the plan names
    their lead too), with groups expanded; an agency that leads a task is not
    also counted as supporting it.
    """
    leads: dict[str, int] = dict.fromkeys(plan.agencies, 0)
    supports: dict[str, int] = dict.fromkeys(plan.agencies, 0)
    for task in plan.tasks:
        for key in plan.leads(task):
            leads[key] = leads.get(key, 0) + 1
        for key in plan.supporters(task):
            supports[key] = supports.get(key, 0) + 1
    members = {g: set(plan.expand([f"@{g}"])) for g in plan.groups}
    return [
        {
            "key": key,
            "name": agency.name,
            "short": agency.short,
            "kind": agency.kind,
            "groups": [g for g, keys in members.items() if key in keys],
            "leads": leads[key],
            "supports": supports[key],
        }
        for key, agency in plan.agencies.items()
    ]


# --- list filters ------------------------------------------------------------


class TaskFilter(NamedTuple):
    """What ``list`` keeps; every filter given must hold (they combine with AND).

    ``states`` are alternatives (OR): status codes and timeliness codes.
    """

    statuses: frozenset[str] = frozenset()
    timeliness: frozenset[str] = frozenset()
    section: str | None = None
    due_before: date | None = None  # inclusive, on the due date written in the plan
    due_after: date | None = None  # inclusive
    overdue: bool = False
    search: str | None = None  # folded text

    @property
    def on_assignment(self) -> bool:
        """True when the filter looks at an agency's state, not only at the task."""
        return bool(self.statuses or self.timeliness or self.overdue)

    @property
    def on_task(self) -> bool:
        """True when the filter looks at the task itself (section, dates, words)."""
        return not (
            self.section is None
            and self.due_before is None
            and self.due_after is None
            and self.search is None
        )


def task_filter(
    plan: Plan,
    *,
    states: Iterable[str] = (),
    section: str | None = None,
    due_before: date | None = None,
    due_after: date | None = None,
    overdue: bool = False,
    search: str | None = None,
) -> TaskFilter:
    """A filter from what was typed; ``states`` may hold comma-separated words."""
    statuses: set[str] = set()
    timeliness: set[str] = set()
    for given in states:
        for word in given.split(","):
            if word.strip():
                kind, code = parse_state(word)
                (statuses if kind == "status" else timeliness).add(code)
    if due_before and due_after and due_after > due_before:
        raise KehoachError("error.due_range")
    folded = fold(search) if search is not None else None
    if search is not None and not folded:
        raise KehoachError("error.search_empty")
    return TaskFilter(
        statuses=frozenset(statuses),
        timeliness=frozenset(timeliness),
        section=canonical_section(plan, section) if section is not None else None,
        due_before=due_before,
        due_after=due_after,
        overdue=overdue,
        search=folded,
    )


def canonical_section(plan: Plan, typed: str) -> str:
    """The section (or one-paragraph task) id ``typed`` names, case-insensitively."""
    wanted = typed.strip().rstrip(".").casefold()
    for known in (*plan.sections, *(t.id for t in plan.tasks)):
        if known.casefold() == wanted:
            return known
    tops = [s for s in plan.sections if "." not in s]
    raise KehoachError("error.section_unknown", section=typed, sections=tops)


def in_section(task: Task, section: str) -> bool:
    """A task is in a section when its id or section is that one or below it.

    "1" takes 1.3, 1.2.1 and every 1.x task, but not 10.1.1.
    """
    return any(x == section or x.startswith(section + ".") for x in (task.id, task.section))


def _task_ok(task: Task, flt: TaskFilter, haystack: str) -> bool:
    if flt.section is not None and not in_section(task, flt.section):
        return False
    if flt.due_before is not None and (task.due is None or task.due > flt.due_before):
        return False
    if flt.due_after is not None and (task.due is None or task.due < flt.due_after):
        return False
    return flt.search is None or contains_words(haystack, flt.search)


def _assignment_ok(assignment: Assignment | None, flt: TaskFilter) -> bool:
    if not flt.on_assignment:
        return True
    if assignment is None:
        return False
    code = assignment.timeliness.code
    if flt.overdue and code != "overdue":
        return False
    if flt.statuses or flt.timeliness:
        return assignment.status in flt.statuses or code in flt.timeliness
    return True


def search_text(task: Task) -> str:
    """What --search looks in: the task text and the documents it cites, folded."""
    return fold(" ".join((task.text, *task.references)))


# --- list rows -----------------------------------------------------------------


def _task_fields(progress: Progress, task: Task) -> dict[str, Any]:
    plan = progress.plan
    return {
        "id": task.id,
        "section": task.section,
        "kind": task.kind,
        "text": task.text,
        "lead": list(plan.leads(task)),
        "support": list(plan.supporters(task)),
        "due": task.due_period or task.due,  # a period code stays as written
        "effective_due": progress.effective_due(task.due),
        "lead_refs": list(task.lead),  # for people: group names instead of members
    }


def list_rows(
    progress: Progress,
    flt: TaskFilter,
    target: Target | None = None,
    role: str = "lead",
) -> list[dict[str, Any]]:
    """Rows for ``list``, in the plan's order.

    Without ``target``: one row per task, with how many lead agencies are done
    and overdue (a task passes the state filters when one of its leads does).
    With ``target``: one row per (task, agency) for each of its agencies that
    leads (``role="lead"``), supports (``"support"``) or does either (``"all"``)
    the task; lead rows carry the agency's own status and timeliness, support
    rows carry none (only leads are tracked) and so never pass state filters.
    """
    if role not in ROLES:
        raise KehoachError("error.role_invalid", role=role)
    plan = progress.plan
    on_task = flt.on_task
    as_lead = role in ("lead", "all")
    as_support = role in ("support", "all")
    rows: list[dict[str, Any]] = []
    for task in plan.tasks:
        if on_task and not _task_ok(task, flt, search_text(task) if flt.search else ""):
            continue
        if target is None:
            assignments = progress.assignments(task)
            if flt.on_assignment and not any(_assignment_ok(a, flt) for a in assignments):
                continue
            row = _task_fields(progress, task)
            row["total"] = len(assignments)
            row["done"] = sum(1 for a in assignments if a.status == "done")
            row["overdue"] = sum(1 for a in assignments if a.timeliness.code == "overdue")
            # for people: the one lead's status, when there is exactly one
            row["lead_status"] = assignments[0].status if len(assignments) == 1 else None
            rows.append(row)
            continue
        leads = plan.leads(task)
        supporters = plan.supporters(task) if as_support else ()
        for agency in target.agencies:
            if as_lead and agency in leads:
                assignment = progress.assignment(task, agency) if task.tracked else None
                current = "lead"
            elif agency in supporters:
                assignment, current = None, "support"
            else:
                continue
            if not _assignment_ok(assignment, flt):
                continue
            row = _task_fields(progress, task)
            row.update(_assignment_fields(agency, assignment))
            row["role"] = current
            rows.append(row)
    return rows


def _assignment_fields(agency: str, assignment: Assignment | None) -> dict[str, Any]:
    if assignment is None:
        return {
            "agency": agency,
            "status": None,
            "timeliness": None,
            "days": None,
            "date": None,
            "note": "",
            "extended_to": None,
            "extension_ref": None,
        }
    last = assignment.last
    return {
        "agency": agency,
        "status": assignment.status,
        "timeliness": assignment.timeliness.code,
        "days": assignment.timeliness.days,
        "date": last.date if last else None,
        "note": last.note if last else "",
        **extension_fields(assignment),
    }


def extension_fields(assignment: Assignment) -> dict[str, Any]:
    """The deadline an assignment is judged against, and the extension that set it."""
    moved = assignment.extension
    return {
        "effective_due": assignment.effective_due,
        "extended_to": moved.extended_to if moved else None,
        "extension_ref": (moved.ref or None) if moved else None,
    }


# --- show ----------------------------------------------------------------------


def section_chain(plan: Plan, section: str) -> list[tuple[str, str]]:
    """``(id, title)`` of a section and its parents, outermost first."""
    chain: list[tuple[str, str]] = []
    current: str | None = section
    while current:
        if current in plan.sections:
            chain.append((current, plan.sections[current]))
        current = current.rpartition(".")[0] or None
    return chain[::-1]


def task_detail(progress: Progress, task: Task) -> dict[str, Any]:
    """Everything about one task: the ``show ID --format json`` object."""
    detail = _task_fields(progress, task)
    detail.pop("lead_refs")
    detail["section_title"] = progress.plan.sections.get(task.section, "")
    detail["tracked"] = task.tracked
    detail["references"] = list(task.references)
    detail["note"] = task.note
    detail["assignments"] = [_assignment_fields(a.agency, a) for a in progress.assignments(task)]
    detail["history"] = [
        {
            "date": e.date,
            "agency": e.agency,
            "kind": e.kind,
            "status": e.status,
            "withdraws": e.withdraws,
            "extended_to": e.extended_to,
            "withdrawn": withdrawn,
            "note": e.note,
            "ref": e.ref,
            "by": e.by,
        }
        for e, withdrawn in reversed(progress.history(task.id))  # newest first, as ``history``
    ]
    return detail


# --- history -------------------------------------------------------------------


def history_rows(
    progress: Progress,
    task: Task | None,
    agencies: tuple[str, ...] | None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """Recorded events, newest first (equal dates: the one written later first);
    with ``until``, none dated after it, as every other command sees the plan;
    ``withdrawn`` marks the entries withdrawn by ``progress``'s day."""
    plan = progress.plan
    withdrawn = progress.withdrawn
    rows: list[dict[str, Any]] = []
    for at in reversed(plan.event_order):  # by date, then by place in the file
        event = plan.events[at]
        if until is not None and event.date > until:
            continue
        if task is not None and event.task != task.id:
            continue
        if agencies is not None and event.agency not in agencies:
            continue
        rows.append(
            {
                "date": event.date,
                "agency": event.agency,
                "kind": event.kind,
                "task": event.task,
                "report": event.report,
                "period": event.period,
                "status": event.status,
                "withdraws": event.withdraws,
                "extended_to": event.extended_to,
                "withdrawn": at in withdrawn,
                "note": event.note or None,
                "ref": event.ref or None,
                "by": event.by or None,
            }
        )
    return rows


# --- deadlines -----------------------------------------------------------------


class Window(NamedTuple):
    """The dates ``deadlines`` covers.

    Without ``start``, the window is every past obligation someone still owes
    plus everything from ``today`` to ``end``; with ``start``, exactly
    [start, end], met or not.
    """

    today: date
    end: date
    start: date | None = None

    @property
    def backlog(self) -> bool:
        return self.start is None


def deadline_window(
    today: date,
    *,
    start: date | None = None,
    end: date | None = None,
    within: int | None = None,
) -> Window:
    """``--from``/``--to``/``--within`` made into a window; ``within`` counts from start."""
    if within is not None:
        check_days(within)
    if end is None:
        end = (start or today) + timedelta(days=DEFAULT_WITHIN if within is None else within)
    if start is not None and start > end:
        raise KehoachError("error.date_range")
    return Window(today=today, end=end, start=start)


def deadline_items(
    progress: Progress, window: Window, agencies: tuple[str, ...] | None = None
) -> list[Obligation]:
    """Obligations in ``window``, date order; past ones only while someone owes them."""
    found = obligations(progress, start=window.start, end=window.end, agencies=agencies)
    if window.backlog:
        found = [o for o in found if o.effective_due >= window.today or o.pending]
    return found


def deadline_row(item: Obligation, today: date) -> dict[str, Any]:
    return {
        "date": item.due,
        "effective_date": item.effective_due,
        "kind": item.kind,
        "ref": item.ref,
        "period": item.period,
        "title": item.title,
        "agencies": list(item.agencies),
        "pending": list(item.pending),
        "days_left": item.days_left(today),
    }


def owners_refs(plan: Plan, agencies: Iterable[str], refs: Iterable[str] = ()) -> list[str]:
    """The shortest way to name ``agencies``: ``refs`` if they are exactly those,
    else a group that is exactly those, else the agencies themselves."""
    agencies = tuple(agencies)
    refs = tuple(refs)
    wanted = set(agencies)
    if refs and set(plan.expand(refs)) == wanted:
        return list(refs)
    for key in plan.groups:
        if set(plan.expand((f"@{key}",))) == wanted:
            return [f"@{key}"]
    return list(agencies)


__all__ = [
    "DEFAULT_WITHIN",
    "ROLES",
    "TaskFilter",
    "Window",
    "agency_rows",
    "canonical_section",
    "deadline_items",
    "deadline_row",
    "deadline_window",
    "history_rows",
    "in_section",
    "list_rows",
    "owners_refs",
    "search_text",
    "section_chain",
    "task_detail",
    "task_filter",
]
