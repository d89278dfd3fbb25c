"""Validation: raw TOML data to a Plan, reporting every problem at once.

Messages are for the person who edits the file by hand: each names the line
and says what to do. Nothing here reads or writes files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from functools import partial
from typing import Any

from kehoach_cli.core.calendar import RULES
from kehoach_cli.core.dates import (
    EARLIEST,
    LATEST,
    MAX_SPAN_DAYS,
    PERIOD_KINDS,
    due_period_end,
    in_range,
    parse_period,
    period_kind,
)
from kehoach_cli.core.errors import KehoachError, Problem, Text, text
from kehoach_cli.core.model import (
    AGENCY_KINDS,
    STATUSES,
    TASK_KINDS,
    Agency,
    Event,
    EventLog,
    Group,
    Plan,
    PlanInfo,
    Report,
    Task,
)
from kehoach_cli.core.schedule import rule_problem
from kehoach_cli.core.text import is_nfc, unsafe_characters
from kehoach_cli.planfile.layout import Layout, scan

FORMAT_VERSION = 1
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
_TASK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*")

TOP_KEYS = ("format", "plan", "sections", "agencies", "groups", "reports", "tasks", "events")
PLAN_KEYS: dict[str, type] = {
    "id": str,
    "title": str,
    "start": date,
    "end": date,
    "deadline_rule": str,
    "issuer": str,
    "signer": str,
    "signer_title": str,
    "based_on": list,
    "source_note": str,
    "issuer_short": str,
    "office": str,
    "office_code": str,
    "place": str,
    "sample": bool,
}
AGENCY_KEYS: dict[str, type] = {"name": str, "short": str, "kind": str, "aliases": list}
GROUP_KEYS: dict[str, type] = {"name": str, "members": list, "aliases": list}
REPORT_KEYS: dict[str, type] = {
    "id": str,
    "name": str,
    "from": list,
    "to": list,
    "rrule": str,
    "period": str,
    "task": str,
}
TASK_KEYS: dict[str, type] = {
    "id": str,
    "section": str,
    "text": str,
    "lead": list,
    "support": list,
    "due": date,
    "references": list,
    "kind": str,
    "note": str,
}
EVENT_KEYS: dict[str, type] = {
    "date": date,
    "task": str,
    "status": str,
    "report": str,
    "period": str,
    "withdraws": date,
    "extended_to": date,
    "note": str,
    "ref": str,
    "by": str,
}
_TYPE_NAMES = {str: "string", date: "date", list: "list", dict: "table", bool: "boolean"}
_Line = Callable[[str | None], int | None]  # the line of a key of an entry (None: its header)


class _Checker:
    def __init__(self, raw: dict[str, Any], source: str, path: str) -> None:
        self.raw = raw
        self.source = source
        self.path = path
        self.problems: list[Problem] = []
        self._layout: Layout | None = None
        self.span: tuple[date, date] | None = None  # the plan's period, once known sound

    @property
    def loc(self) -> Layout:
        """The layout of the text, read only once something is wrong."""
        if self._layout is None:
            self._layout = scan(self.source)
        return self._layout

    def at(self, table: str, key: str | None = None) -> int | None:
        """The line of ``key`` in ``[table]`` (of the header without a key)."""
        return self.loc.line(self.loc.table(table) or self.loc.under(table), key)

    def entry_at(self, array: str, index: int, key: str | None = None) -> int | None:
        """The line of ``key`` in the ``index``-th ``[[array]]`` (of its header without a key)."""
        entries = self.loc.entries(array)
        return self.loc.line(entries[index] if index < len(entries) else None, key)

    def top(self, key: str) -> int | None:
        """The line of a key at the top of the file, else of the first header inside it."""
        found = self.loc.key(self.loc.top, key)
        if found is not None:
            return found.index + 1
        return self.loc.line(self.loc.under(key))

    def add(self, line: int | None, key: str, /, **values: object) -> None:
        """Record a problem; callers locate the line only once something is wrong."""
        self.problems.append(Problem(text(key, **values), line, self.path))

    # -- generic helpers ------------------------------------------------------

    def fields(
        self,
        data: Any,
        spec: dict[str, type],
        required: tuple[str, ...],
        where: str | Text,
        line: _Line,
    ) -> dict[str, Any]:
        """Type-checked copy of ``data``: wrong or unknown keys are reported."""
        if not isinstance(data, dict):
            self.add(line(None), "error.schema.not_a_table", where=where)
            return {}
        good: dict[str, Any] = {}
        for key, value in data.items():
            expected = spec.get(key)
            if expected is None:
                self.add(
                    line(key), "error.schema.unknown_key", where=where, key=key, known=list(spec)
                )
                continue
            if not _is_type(value, expected):
                self.add(
                    line(key),
                    "error.schema.wrong_type",
                    where=where,
                    key=key,
                    expected=text(f"error.schema.type.{_TYPE_NAMES[expected]}"),
                    got=_describe(value),
                )
                continue
            if expected is list and not all(isinstance(v, str) for v in value):
                self.add(line(key), "error.schema.strings_only", where=where, key=key)
                continue
            good[key] = value
        for key in required:
            if key not in data:
                self.add(line(None), "error.schema.missing_key", where=where, key=key)
        return good


def _is_type(value: Any, expected: type) -> bool:
    if expected is date:
        return isinstance(value, date) and not isinstance(value, datetime)
    if expected is str:
        return isinstance(value, str)
    return isinstance(value, expected)


def _describe(value: Any) -> Text | str:
    """What a value of the wrong type is, for the message."""
    if isinstance(value, datetime):
        return text("error.schema.got.datetime", value=value.isoformat())
    if isinstance(value, str):
        return text("error.schema.got.string", value=value)
    if isinstance(value, bool):
        return text("error.schema.got.bool")
    if isinstance(value, int | float):
        return text("error.schema.got.number", value=value)
    if isinstance(value, list):
        return text("error.schema.got.list")
    if isinstance(value, dict):
        return text("error.schema.got.table")
    return type(value).__name__


def _strings(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield path, key
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def build_plan(raw: dict[str, Any], source: str, path: str) -> tuple[Plan | None, list[Problem]]:
    """The plan in ``raw`` (parsed from the text ``source``) and every problem found.

    The plan is None if there is any problem.
    """
    c = _Checker(raw, source, path)
    _check_strings(c)
    for key in raw:
        if key not in TOP_KEYS:
            line = c.at(key) if c.loc.under(key) else c.top(key)
            hint = _hint(key, set(TOP_KEYS))
            c.add(line, "error.schema.unknown_top_key", key=key, known=TOP_KEYS, hint=hint)
    version = raw.get("format")
    if "format" not in raw:
        c.add(1, "error.schema.format_missing", version=FORMAT_VERSION)
    elif version != FORMAT_VERSION:
        c.add(
            c.top("format"), "error.schema.format_wrong", version=FORMAT_VERSION, got=repr(version)
        )
    info = _plan_info(c)
    sections = _sections(c)
    agencies = _agencies(c)
    groups = _groups(c, agencies)
    refs = set(agencies) | {f"@{g}" for g in groups}
    reports = _reports(c, refs)
    tasks = _tasks(c, refs, sections, info)
    task_ids = {t.id for t in tasks}
    for report in reports:
        if report.task and report.task not in task_ids:
            c.add(
                c.entry_at("reports", reports.index(report), "task"),
                "error.schema.unknown_task",
                where=text("error.schema.where.report", id=report.id),
                task=report.task,
            )
    events = _events(c, agencies, {t.id: t for t in tasks}, {r.id: r for r in reports})
    if c.problems or info is None:
        return None, c.problems
    plan = Plan(
        info=info,
        sections=sections,
        agencies=agencies,
        groups=groups,
        reports=tuple(reports),
        tasks=tuple(tasks),
        events=EventLog(events),
    )
    _check_memberships(c, plan)
    _check_withdrawals(c, plan)
    if c.problems:
        return None, c.problems
    return plan, []


def _check_strings(c: _Checker) -> None:
    """Every text in NFC, and none with a character that could drive a terminal."""
    for path, value in _strings(c.raw):
        if not is_nfc(value):
            c.add(_line_of_path(c, path), "error.schema.not_nfc", text=value[:40])
        if unsafe := unsafe_characters(value):
            code = f"{ord(unsafe[0]):04X}"
            c.add(_line_of_path(c, path), "error.schema.unsafe_character", code=code)


def _line_of_path(c: _Checker, path: tuple[Any, ...]) -> int | None:
    if not path:
        return None
    head = path[0]
    key = path[2] if len(path) > 2 else None
    if head in ("tasks", "reports") and len(path) > 1:
        return c.entry_at(head, path[1], key)
    if head in ("agencies", "groups", "events") and len(path) > 1:
        if head == "events" and len(path) > 3:
            return c.loc.inline_line(c.loc.table(f"events.{path[1]}"), path[3])
        return c.at(f"{head}.{path[1]}", key)
    return c.at(head, path[1] if len(path) > 1 else None)


def _plan_info(c: _Checker) -> PlanInfo | None:
    data = c.raw.get("plan")
    if data is None:
        c.add(1, "error.schema.plan_missing")
        return None

    def line(key: str | None) -> int | None:
        return c.at("plan", key)

    f = c.fields(data, PLAN_KEYS, ("id", "title", "start", "end"), "[plan]", line)
    rule = f.get("deadline_rule", "exact")
    if rule not in RULES:
        c.add(line("deadline_rule"), "error.schema.deadline_rule", rule=rule)
    _check_span(c, f.get("start"), f.get("end"), line)
    if not all(k in f for k in ("id", "title", "start", "end")):
        return None
    return PlanInfo(
        id=f["id"],
        title=f["title"],
        start=f["start"],
        end=f["end"],
        deadline_rule=rule,
        issuer=f.get("issuer", ""),
        signer=f.get("signer", ""),
        signer_title=f.get("signer_title", ""),
        based_on=tuple(f.get("based_on", ())),
        source_note=f.get("source_note", ""),
        issuer_short=f.get("issuer_short", ""),
        office=f.get("office", ""),
        office_code=f.get("office_code", ""),
        place=f.get("place", ""),
        sample=f.get("sample", False),
    )


def _check_span(c: _Checker, start: date | None, end: date | None, line: _Line) -> None:
    """The plan's period: in order, within the years a plan may speak of, at most ten years."""
    for key, day in (("start", start), ("end", end)):
        if day is not None and not in_range(day):
            c.add(line(key), "error.schema.date_out_of_range", day=day, first=EARLIEST, last=LATEST)
            return
    if start is None or end is None:
        return
    if start > end:
        c.add(line("end"), "error.schema.end_before_start")
    elif (end - start).days > MAX_SPAN_DAYS:
        c.add(line("end"), "error.schema.plan_too_long", days=MAX_SPAN_DAYS)
    else:
        c.span = (start, end)


def _sections(c: _Checker) -> dict[str, str]:
    data = c.raw.get("sections", {})
    if not isinstance(data, dict):
        c.add(c.at("sections"), "error.schema.sections_not_a_table")
        return {}
    sections: dict[str, str] = {}
    for key, title in data.items():
        if not isinstance(title, str):
            c.add(c.at("sections", key), "error.schema.section_title", key=key)
            continue
        sections[key] = title
    return sections


def _agencies(c: _Checker) -> dict[str, Agency]:
    data = c.raw.get("agencies", {})
    agencies: dict[str, Agency] = {}
    if not isinstance(data, dict):
        c.add(c.top("agencies"), "error.schema.not_tables", name="agencies")
        return agencies
    names: dict[str, str] = {}
    for key, table in data.items():
        where = f"[agencies.{key}]"

        def line(k: str | None, key: str = key) -> int | None:
            return c.at(f"agencies.{key}", k)

        if not _SLUG.fullmatch(key):
            c.add(line(None), "error.schema.agency_key", where=where)
        f = c.fields(table, AGENCY_KEYS, ("name", "short", "kind"), where, line)
        kind = f.get("kind")
        if kind is not None and kind not in AGENCY_KINDS:
            c.add(
                line("kind"), "error.schema.agency_kind", where=where, kind=kind, known=AGENCY_KINDS
            )
        if not all(k in f for k in ("name", "short", "kind")):
            continue
        agency = Agency(key, f["name"], f["short"], f["kind"], tuple(f.get("aliases", ())))
        for word in {agency.short, *agency.aliases}:
            from kehoach_cli.core.text import fold

            folded = fold(word)
            owner = names.get(folded)
            if owner and owner != key:
                c.add(
                    line("aliases" if word in agency.aliases else "short"),
                    "error.schema.name_taken",
                    where=where,
                    name=word,
                    owner=owner,
                )
            names[folded] = key
        agencies[key] = agency
    return agencies


def _groups(c: _Checker, agencies: dict[str, Agency]) -> dict[str, Group]:
    data = c.raw.get("groups", {})
    groups: dict[str, Group] = {}
    if not isinstance(data, dict):
        c.add(c.top("groups"), "error.schema.not_tables", name="groups")
        return groups
    for key, table in data.items():
        where = f"[groups.{key}]"

        def line(k: str | None, key: str = key) -> int | None:
            return c.at(f"groups.{key}", k)

        if key in agencies:
            c.add(line(None), "error.schema.group_is_agency", where=where)
        f = c.fields(table, GROUP_KEYS, ("name", "members"), where, line)
        if "name" in f and "members" in f:
            groups[key] = Group(key, f["name"], tuple(f["members"]), tuple(f.get("aliases", ())))
    refs = set(agencies) | {f"@{g}" for g in groups}
    for group in groups.values():
        for member in group.members:
            if member not in refs:
                c.add(
                    c.at(f"groups.{group.key}", "members"),
                    "error.schema.unknown_member",
                    where=f"[groups.{group.key}]",
                    member=member,
                    hint=_hint(member, refs),
                )
    for cycle in _cycles(groups):
        loop = " → ".join(f"@{g}" for g in cycle)
        c.add(c.at(f"groups.{cycle[0]}"), "error.schema.group_cycle", cycle=loop)
    return groups


def _cycles(groups: dict[str, Group]) -> list[list[str]]:
    found: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(key: str, trail: list[str]) -> None:
        state[key] = 1
        for member in groups[key].members:
            child = member[1:] if member.startswith("@") else None
            if child is None or child not in groups:
                continue
            if state.get(child) == 1:
                found.append([*trail[trail.index(child) :], child])
            elif child not in state:
                visit(child, [*trail, child])
        state[key] = 2

    for key in groups:
        if key not in state:
            visit(key, [key])
    return found


def _hint(word: str, known: set[str]) -> Text | str:
    import difflib

    close = difflib.get_close_matches(word, sorted(known), n=1)
    return text("error.schema.did_you_mean", word=close[0]) if close else ""


def _check_refs(
    c: _Checker,
    refs: set[str],
    values: list[str],
    where: str | Text,
    line: Callable[[], int | None],
) -> None:
    for ref in values:
        if ref not in refs:
            c.add(line(), "error.schema.unknown_ref", where=where, ref=ref, hint=_hint(ref, refs))


def _reports(c: _Checker, refs: set[str]) -> list[Report]:
    data = c.raw.get("reports", [])
    reports: list[Report] = []
    if not isinstance(data, list):
        c.add(c.top("reports"), "error.schema.not_entries", name="reports")
        return reports
    seen: set[str] = set()
    for index, table in enumerate(data):

        def line(k: str | None, index: int = index) -> int | None:
            return c.entry_at("reports", index, k)

        where = text("error.schema.where.report_n", n=index + 1)
        f = c.fields(table, REPORT_KEYS, ("id", "name", "from", "rrule", "period"), where, line)
        if "id" in f:
            where = text("error.schema.where.report", id=f["id"])
            if f["id"] in seen:
                c.add(line("id"), "error.schema.report_id_twice", where=where)
            seen.add(f["id"])
        _check_report(c, f, refs, where, line)
        if all(k in f for k in ("id", "name", "from", "rrule", "period")):
            reports.append(
                Report(
                    f["id"],
                    f["name"],
                    tuple(f["from"]),
                    tuple(f.get("to", ())),
                    f["rrule"],
                    f["period"],
                    f.get("task"),
                )
            )
    return reports


def _check_report(c: _Checker, f: dict[str, Any], refs: set[str], where: Text, line: _Line) -> None:
    """Who reports to whom, the kind of period and the recurrence rule."""
    for key in ("from", "to"):
        if key in f:
            _check_refs(c, refs, f[key], where, partial(line, key))
    if "period" in f and f["period"] not in PERIOD_KINDS:
        c.add(line("period"), "error.schema.report_period", where=where, period=f["period"])
    if "rrule" in f and (error := _rrule_error(f["rrule"])):
        c.add(line("rrule"), "error.schema.report_rrule", where=where, reason=error)
    elif "rrule" in f and c.span and (problem := rule_problem(f["rrule"], *c.span)):
        c.add(line("rrule"), "error.schema.report_rrule", where=where, reason=problem)


def _rrule_error(rrule: str) -> str | None:
    from dateutil.rrule import rrulestr

    try:
        rrulestr(rrule, dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError, IndexError, KeyError) as exc:
        return str(exc) or type(exc).__name__
    return None


def _tasks(
    c: _Checker, refs: set[str], sections: dict[str, str], info: PlanInfo | None
) -> list[Task]:
    data = c.raw.get("tasks", [])
    tasks: list[Task] = []
    if not isinstance(data, list):
        c.add(c.top("tasks"), "error.schema.not_entries", name="tasks")
        return tasks
    seen: dict[str, int] = {}
    for index, table in enumerate(data):

        def line(k: str | None, index: int = index) -> int | None:
            return c.entry_at("tasks", index, k)

        where = text("error.schema.where.task_n", n=index + 1)
        table, due_period = _due_period(c, table, where, line)
        f = c.fields(table, TASK_KEYS, ("id", "section", "text", "lead"), where, line)
        if due_period:
            f["due"] = due_period_end(due_period)
        if "id" in f:
            where = text("error.schema.where.task", id=f["id"])
            if not _TASK_ID.fullmatch(f["id"]):
                c.add(line("id"), "error.schema.task_id", where=where)
            first = seen.setdefault(f["id"].casefold(), index)
            if first != index:
                c.add(line("id"), "error.schema.task_id_twice", where=where, n=first + 1)
        _check_task(c, f, refs, sections, info, where, line)
        if all(k in f for k in ("id", "section", "text", "lead")):
            tasks.append(
                Task(
                    id=f["id"],
                    section=f["section"],
                    text=f["text"],
                    lead=tuple(f["lead"]),
                    support=tuple(f.get("support", ())),
                    due=f.get("due"),
                    references=tuple(f.get("references", ())),
                    kind=f.get("kind", "task"),
                    note=f.get("note", ""),
                    due_period=due_period,
                )
            )
    return tasks


def _due_period(c: _Checker, table: Any, where: Text, line: _Line) -> tuple[Any, str]:
    """A task's table without a ``due`` written as a period code, and that code.

    A string that is not a period code is reported here, with its line.
    """
    if not isinstance(table, dict) or not isinstance(table.get("due"), str):
        return table, ""
    rest = {k: v for k, v in table.items() if k != "due"}
    code = str(table["due"])
    try:
        due_period_end(code)
    except KehoachError:
        c.add(line("due"), "error.schema.due_period", where=where, value=code)
        return rest, ""
    return rest, code


def _check_task(
    c: _Checker,
    f: dict[str, Any],
    refs: set[str],
    sections: dict[str, str],
    info: PlanInfo | None,
    where: Text,
    line: _Line,
) -> None:
    """The section, text, agencies, kind and due date of a task."""
    section = f.get("section")
    if section is not None and section not in sections:
        c.add(line("section"), "error.schema.task_section", where=where, section=section)
    if "text" in f and not f["text"].strip():
        c.add(line("text"), "error.schema.task_text_empty", where=where)
    for key in ("lead", "support"):
        if key in f:
            _check_refs(c, refs, f[key], where, partial(line, key))
    kind = f.get("kind", "task")
    if kind not in TASK_KINDS:
        c.add(line("kind"), "error.schema.task_kind", where=where, kind=kind)
    due = f.get("due")
    if due and info and not info.start <= due <= info.end:
        c.add(
            line("due"),
            "error.schema.due_outside_plan",
            where=where,
            due=due,
            start=info.start,
            end=info.end,
        )


def _events(
    c: _Checker, agencies: dict[str, Agency], tasks: dict[str, Task], reports: dict[str, Report]
) -> list[Event]:
    data = c.raw.get("events", {})
    events: list[Event] = []
    if not isinstance(data, dict):
        c.add(c.top("events"), "error.schema.not_tables", name="events")
        return events
    for agency, table in data.items():
        where = f"[events.{agency}]"
        for index, item in enumerate(_event_log(c, agency, table, where, agencies)):

            def line(k: str | None, index: int = index, agency: str = agency) -> int | None:
                return c.loc.inline_line(c.loc.table(f"events.{agency}"), index)

            here = text("error.schema.where.event", where=where, n=index + 1)
            f = c.fields(item, EVENT_KEYS, ("date",), here, line)
            if not f:
                continue
            if ("task" in f) == ("report" in f):
                c.add(line(None), "error.schema.task_or_report", where=here)
                continue
            _check_event(c, f, here, line, tasks, reports)
            far = [f[k] for k in ("date", "withdraws", "extended_to") if k in f]
            if any(not in_range(day) for day in far):
                day = next(day for day in far if not in_range(day))
                c.add(
                    line(None),
                    "error.schema.date_out_of_range",
                    day=day,
                    first=EARLIEST,
                    last=LATEST,
                )
                continue
            if "date" in f:  # the checked keys are the event's fields
                events.append(Event(agency=agency, seq=len(events) + 1, **f))
    return events


def _event_log(
    c: _Checker, agency: str, table: Any, where: str, agencies: dict[str, Agency]
) -> list[Any]:
    """The entries of ``[events.<agency>]``; none if the table itself is wrong."""
    at = partial(c.at, f"events.{agency}")
    if agency not in agencies:
        hint = _hint(agency, set(agencies))
        c.add(at(), "error.schema.unknown_agency", where=where, agency=agency, hint=hint)
        return []
    if not isinstance(table, dict) or set(table) - {"log"}:
        c.add(at(), "error.schema.only_log", where=where)
        return []
    log = table.get("log", [])
    if not isinstance(log, list):
        c.add(at("log"), "error.schema.log_not_a_list", where=where)
        return []
    return log


def _check_event(
    c: _Checker,
    f: dict[str, Any],
    here: Text,
    line: _Line,
    tasks: dict[str, Task],
    reports: dict[str, Report],
) -> None:
    """An event of one of its four shapes: an extension, a status update, a
    submission, or the withdrawal of one of the last two."""
    if "extended_to" in f:
        _check_extension(c, f, here, line, tasks)
    elif "task" in f:
        _check_task_event(c, f, here, line, tasks)
    else:
        _check_report_event(c, f, here, line, reports)
    withdrawn = f.get("withdraws")
    if withdrawn is not None and "date" in f and withdrawn > f["date"]:
        c.add(line(None), "error.schema.withdraws_later", where=here, day=withdrawn)


def _check_extension(
    c: _Checker, f: dict[str, Any], here: Text, line: _Line, tasks: dict[str, Task]
) -> None:
    """An extension names a task with a deadline and a later one, and nothing else."""
    if "task" not in f or any(key in f for key in ("status", "withdraws", "period")):
        c.add(line(None), "error.schema.extension_shape", where=here)
        return
    task = tasks.get(f["task"])
    if task is None:
        c.add(line(None), "error.schema.unknown_task", where=here, task=f["task"])
    elif task.due is None:
        c.add(line(None), "error.schema.extension_no_due", where=here, task=task.id)
    elif f["extended_to"] <= task.due:
        c.add(
            line(None),
            "error.schema.extension_not_later",
            where=here,
            task=task.id,
            day=f["extended_to"],
            due=task.due,
        )


def _check_task_event(
    c: _Checker, f: dict[str, Any], here: Text, line: _Line, task_ids: dict[str, Task]
) -> None:
    """A task's event names a known task and a status, and no period."""
    if f["task"] not in task_ids:
        c.add(line(None), "error.schema.unknown_task", where=here, task=f["task"])
    if f.get("status") not in STATUSES:
        c.add(line(None), "error.schema.status", where=here, status=f.get("status"), known=STATUSES)
    if "period" in f:
        c.add(line(None), "error.schema.task_period", where=here)


def _check_report_event(
    c: _Checker, f: dict[str, Any], here: Text, line: _Line, reports: dict[str, Report]
) -> None:
    """A report's event names a known report and one of its periods, and no status."""
    report = reports.get(f["report"])
    if report is None:
        c.add(line(None), "error.schema.unknown_report", where=here, report=f["report"])
    if "status" in f:
        c.add(line(None), "error.schema.report_status", where=here)
    period = f.get("period")
    if period is None:
        c.add(line(None), "error.schema.period_missing", where=here)
    elif not _valid_period(period) or (report and period_kind(period) != report.period):
        c.add(line(None), "error.schema.period_invalid", where=here, period=period)


def _valid_period(code: str) -> bool:
    try:
        return parse_period(code)[1] == code
    except Exception:
        return False


def _check_memberships(c: _Checker, plan: Plan) -> None:
    """Events must belong to an agency that owes the task or the report."""
    for event in plan.events:
        if event.task is not None:
            task = plan.task_by_id[event.task]
            if event.agency not in plan.leads(task):
                line = c.at(f"events.{event.agency}")
                c.add(line, "error.schema.not_lead", agency=event.agency, task=event.task)
        elif event.report is not None:
            report = plan.report_by_id[event.report]
            if event.agency not in plan.reporters(report):
                line = c.at(f"events.{event.agency}")
                c.add(line, "error.schema.not_reporter", agency=event.agency, report=event.report)


def _check_withdrawals(c: _Checker, plan: Plan) -> None:
    """A withdrawal must name an entry of its agency: the day, and the task and
    status (or report and period), of a status update or submission."""
    entries = {e.entry for e in plan.events if e.kind in ("status", "report")}
    for event in plan.events:
        if event.kind == "withdrawal" and event.entry not in entries:
            line = c.at(f"events.{event.agency}")
            what = event.task if event.task is not None else f"{event.report} {event.period}"
            c.add(
                line,
                "error.schema.withdraws_nothing",
                agency=event.agency,
                what=what,
                day=event.withdraws,
            )
