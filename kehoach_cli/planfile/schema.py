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
from kehoach_cli.core.dates import PERIOD_KINDS, parse_period, period_kind
from kehoach_cli.core.errors import Problem
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
from kehoach_cli.core.text import is_nfc

FORMAT_VERSION = 1
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
_TASK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*")
_HEADER = re.compile(r"\s*\[(\[)?\s*([^\[\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.\-]+)\s*=""")

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
    "note": str,
    "ref": str,
    "by": str,
}
_TYPE_NAMES = {str: "chuỗi", date: "ngày (2021-01-31)", list: "danh sách [...]", dict: "bảng"}


class Locator:
    """Finds the line of a table, an array entry or a key in the raw text.

    Built only when there is something to report, so valid files pay nothing.
    """

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.tables: dict[str, int] = {}
        self.arrays: dict[str, list[int]] = {}
        in_multiline: str | None = None
        for number, line in enumerate(self.lines, start=1):
            if in_multiline:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            for quote in ('"""', "'''"):
                if line.count(quote) % 2 == 1:
                    in_multiline = quote
            m = _HEADER.match(line)
            if m and not in_multiline:
                name = re.sub(r"\s*\.\s*", ".", m[2]).replace('"', "").replace("'", "")
                if m[1]:
                    self.arrays.setdefault(name, []).append(number)
                else:
                    self.tables.setdefault(name, number)

    def table(self, name: str) -> int | None:
        return self.tables.get(name)

    def entry(self, name: str, index: int) -> int | None:
        found = self.arrays.get(name, [])
        return found[index] if index < len(found) else None

    def key(self, start: int | None, key: str) -> int | None:
        """Line of ``key = …`` in the table that starts at line ``start``."""
        if start is None:
            return None
        for number in range(start + 1, len(self.lines) + 1):
            line = self.lines[number - 1]
            if _HEADER.match(line):
                break
            m = _KEY.match(line)
            if m and m[1].strip("\"'") == key:
                return number
        return start

    def item(self, start: int | None, index: int) -> int | None:
        """Line of the ``index``-th inline table of the array in the table at ``start``."""
        if start is None:
            return None
        seen = -1
        for number in range(start + 1, len(self.lines) + 1):
            line = self.lines[number - 1]
            if _HEADER.match(line):
                break
            seen += line.count("{") if line.lstrip().startswith("{") or "[{" in line else 0
            if seen >= index:
                return number
        return start


class _Checker:
    def __init__(self, raw: dict[str, Any], text: str, path: str) -> None:
        self.raw = raw
        self.text = text
        self.path = path
        self.problems: list[Problem] = []
        self._locator: Locator | None = None

    @property
    def loc(self) -> Locator:
        if self._locator is None:
            self._locator = Locator(self.text)
        return self._locator

    def add(self, line: int | None, message: str) -> None:
        """Record a problem; callers locate the line only once something is wrong."""
        self.problems.append(Problem(message, line, self.path))

    # -- generic helpers ------------------------------------------------------

    def fields(
        self,
        data: Any,
        spec: dict[str, type],
        required: tuple[str, ...],
        where: str,
        line: Callable[[str | None], int | None],
    ) -> dict[str, Any]:
        """Type-checked copy of ``data``: wrong or unknown keys are reported."""
        if not isinstance(data, dict):
            self.add(line(None), f"{where} phải là một bảng TOML.")
            return {}
        good: dict[str, Any] = {}
        for key, value in data.items():
            expected = spec.get(key)
            if expected is None:
                known = ", ".join(spec)
                self.add(
                    line(key),
                    f"{where}: khóa lạ '{key}' (viết sai?). Các khóa hợp lệ: {known}.",
                )
                continue
            if not _is_type(value, expected):
                self.add(
                    line(key),
                    f"{where}: '{key}' phải là {_TYPE_NAMES[expected]}, "
                    f"không phải {_describe(value)}.",
                )
                continue
            if expected is list and not all(isinstance(v, str) for v in value):
                self.add(line(key), f"{where}: '{key}' chỉ được chứa chuỗi.")
                continue
            good[key] = value
        for key in required:
            if key not in data:
                self.add(line(None), f"{where}: thiếu khóa bắt buộc '{key}'.")
        return good


def _is_type(value: Any, expected: type) -> bool:
    if expected is date:
        return isinstance(value, date) and not isinstance(value, datetime)
    if expected is str:
        return isinstance(value, str)
    return isinstance(value, expected)


def _describe(value: Any) -> str:
    if isinstance(value, datetime):
        return f"ngày giờ {value.isoformat()} (chỉ ghi ngày, ví dụ 2021-01-31)"
    if isinstance(value, str):
        return f"chuỗi {value!r}"
    if isinstance(value, bool):
        return "giá trị đúng/sai"
    if isinstance(value, int | float):
        return f"số {value}"
    if isinstance(value, list):
        return "danh sách"
    if isinstance(value, dict):
        return "bảng"
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


def build_plan(raw: dict[str, Any], text: str, path: str) -> tuple[Plan | None, list[Problem]]:
    """The plan in ``raw`` and every problem found; the plan is None if any."""
    c = _Checker(raw, text, path)
    _check_nfc(c)
    for key in raw:
        if key not in TOP_KEYS:
            c.add(
                c.loc.table(key) or c.loc.key(0, key),
                f"khóa lạ ở cấp ngoài cùng: '{key}'. Các phần hợp lệ: {', '.join(TOP_KEYS)}.",
            )
    version = raw.get("format")
    if version != FORMAT_VERSION:
        c.add(
            c.loc.key(0, "format") if "format" in raw else 1,
            f"khóa 'format' phải là {FORMAT_VERSION} (phiên bản định dạng tệp kế hoạch)"
            + (f", không phải {version!r}." if "format" in raw else "; hãy thêm 'format = 1'."),
        )
    info = _plan_info(c)
    sections = _sections(c)
    agencies = _agencies(c)
    groups = _groups(c, agencies)
    refs = set(agencies) | {f"@{g}" for g in groups}
    reports = _reports(c, refs)
    tasks = _tasks(c, refs, sections, info)
    task_ids = {t.id for t in tasks}
    report_ids = {r.id for r in reports}
    for report in reports:
        if report.task and report.task not in task_ids:
            c.add(
                c.loc.key(c.loc.entry("reports", reports.index(report)), "task"),
                f"báo cáo '{report.id}': nhiệm vụ '{report.task}' không có trong kế hoạch.",
            )
    events = _events(c, agencies, task_ids, {r.id: r for r in reports}, report_ids)
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
    _check_memberships(c, plan, tasks)
    if c.problems:
        return None, c.problems
    return plan, []


def _check_nfc(c: _Checker) -> None:
    for path, value in _strings(c.raw):
        if not is_nfc(value):
            c.add(
                _line_of_path(c, path),
                f"chữ chưa chuẩn hóa NFC: {value[:40]!r}. Gõ lại bằng bộ gõ Unicode dựng sẵn, "
                "hoặc chạy một lệnh ghi của kehoach để chuẩn hóa.",
            )


def _line_of_path(c: _Checker, path: tuple[Any, ...]) -> int | None:
    if not path:
        return None
    head = path[0]
    if head in ("tasks", "reports") and len(path) > 1:
        start = c.loc.entry(head, path[1])
        return c.loc.key(start, path[2]) if len(path) > 2 else start
    if head in ("agencies", "groups", "events") and len(path) > 1:
        start = c.loc.table(f"{head}.{path[1]}")
        if head == "events" and len(path) > 3:
            return c.loc.item(start, path[3])
        return c.loc.key(start, path[2]) if len(path) > 2 else start
    start = c.loc.table(head)
    return c.loc.key(start, path[1]) if len(path) > 1 else start


def _plan_info(c: _Checker) -> PlanInfo | None:
    data = c.raw.get("plan")
    if data is None:
        c.add(1, "thiếu bảng [plan] (id, title, start, end, deadline_rule).")
        return None
    start_line = c.loc.table("plan") if not isinstance(data, dict) else None

    def line(key: str | None) -> int | None:
        table = start_line or c.loc.table("plan")
        return c.loc.key(table, key) if key else table

    f = c.fields(data, PLAN_KEYS, ("id", "title", "start", "end"), "[plan]", line)
    rule = f.get("deadline_rule", "exact")
    if rule not in RULES:
        c.add(
            line("deadline_rule"),
            f"[plan]: deadline_rule '{rule}' không hợp lệ; dùng 'next_working_day' "
            "(lùi sang ngày làm việc tiếp theo) hoặc 'exact'.",
        )
    start, end = f.get("start"), f.get("end")
    if start and end and start > end:
        c.add(line("end"), "[plan]: ngày kết thúc (end) trước ngày bắt đầu (start).")
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
    )


def _sections(c: _Checker) -> dict[str, str]:
    data = c.raw.get("sections", {})
    if not isinstance(data, dict):
        c.add(c.loc.table("sections"), '[sections] phải là một bảng: "1.2" = "…".')
        return {}
    sections: dict[str, str] = {}
    for key, title in data.items():
        if not isinstance(title, str):
            c.add(
                c.loc.key(c.loc.table("sections"), key),
                f"[sections]: tiêu đề mục '{key}' phải là chuỗi.",
            )
            continue
        sections[key] = title
    return sections


def _agencies(c: _Checker) -> dict[str, Agency]:
    data = c.raw.get("agencies", {})
    agencies: dict[str, Agency] = {}
    if not isinstance(data, dict):
        c.add(c.loc.key(0, "agencies"), "'agencies' phải là các bảng [agencies.KHÓA].")
        return agencies
    names: dict[str, str] = {}
    for key, table in data.items():
        where = f"[agencies.{key}]"

        def line(k: str | None, key: str = key) -> int | None:
            start = c.loc.table(f"agencies.{key}")
            return c.loc.key(start, k) if k else start

        if not _SLUG.fullmatch(key):
            c.add(
                line(None),
                f"{where}: khóa đơn vị chỉ gồm chữ thường không dấu, số và '-' (ví dụ 'stc').",
            )
        f = c.fields(table, AGENCY_KEYS, ("name", "short", "kind"), where, line)
        kind = f.get("kind")
        if kind is not None and kind not in AGENCY_KINDS:
            c.add(
                line("kind"),
                f"{where}: loại '{kind}' không hợp lệ; dùng một trong: {', '.join(AGENCY_KINDS)}.",
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
                    f"{where}: tên '{word}' trùng với đơn vị '{owner}'; mỗi tên gọi tắt "
                    "hoặc bí danh chỉ được dùng cho một đơn vị.",
                )
            names[folded] = key
        agencies[key] = agency
    return agencies


def _groups(c: _Checker, agencies: dict[str, Agency]) -> dict[str, Group]:
    data = c.raw.get("groups", {})
    groups: dict[str, Group] = {}
    if not isinstance(data, dict):
        c.add(c.loc.key(0, "groups"), "'groups' phải là các bảng [groups.KHÓA].")
        return groups
    for key, table in data.items():
        where = f"[groups.{key}]"

        def line(k: str | None, key: str = key) -> int | None:
            start = c.loc.table(f"groups.{key}")
            return c.loc.key(start, k) if k else start

        if key in agencies:
            c.add(line(None), f"{where}: trùng khóa với một đơn vị; hãy đổi tên nhóm.")
        f = c.fields(table, GROUP_KEYS, ("name", "members"), where, line)
        if "name" in f and "members" in f:
            groups[key] = Group(key, f["name"], tuple(f["members"]), tuple(f.get("aliases", ())))
    refs = set(agencies) | {f"@{g}" for g in groups}
    for group in groups.values():
        for member in group.members:
            if member not in refs:
                c.add(
                    c.loc.key(c.loc.table(f"groups.{group.key}"), "members"),
                    f"[groups.{group.key}]: thành viên '{member}' không phải đơn vị hay nhóm "
                    f"đã khai báo{_hint(member, refs)}.",
                )
    for cycle in _cycles(groups):
        c.add(
            c.loc.table(f"groups.{cycle[0]}"),
            "nhóm lồng nhau thành vòng: " + " → ".join(f"@{g}" for g in cycle) + ".",
        )
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


def _hint(word: str, known: set[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, sorted(known), n=1)
    return f" (có phải '{close[0]}'?)" if close else ""


def _check_refs(
    c: _Checker, refs: set[str], values: list[str], where: str, line: Callable[[], int | None]
) -> None:
    for ref in values:
        if ref not in refs:
            c.add(
                line(),
                f"{where}: '{ref}' không phải đơn vị hay nhóm đã khai báo{_hint(ref, refs)}; "
                "nhóm viết có '@' ở đầu, ví dụ '@districts'.",
            )


def _reports(c: _Checker, refs: set[str]) -> list[Report]:
    data = c.raw.get("reports", [])
    reports: list[Report] = []
    if not isinstance(data, list):
        c.add(c.loc.key(0, "reports"), "'reports' phải là các mục [[reports]].")
        return reports
    seen: set[str] = set()
    for index, table in enumerate(data):

        def line(k: str | None, index: int = index) -> int | None:
            start = c.loc.entry("reports", index)
            return c.loc.key(start, k) if k else start

        where = f"[[reports]] thứ {index + 1}"
        f = c.fields(table, REPORT_KEYS, ("id", "name", "from", "rrule", "period"), where, line)
        if "id" in f:
            where = f"báo cáo '{f['id']}'"
            if f["id"] in seen:
                c.add(line("id"), f"{where}: mã báo cáo bị trùng.")
            seen.add(f["id"])
        for key in ("from", "to"):
            if key in f:
                _check_refs(c, refs, f[key], where, partial(line, key))
        if "period" in f and f["period"] not in PERIOD_KINDS:
            c.add(
                line("period"),
                f"{where}: period '{f['period']}' không hợp lệ; dùng month, quarter hoặc year.",
            )
        if "rrule" in f and (error := _rrule_error(f["rrule"])):
            c.add(
                line("rrule"),
                f"{where}: RRULE không đọc được ({error}). Ví dụ: 'FREQ=MONTHLY;BYMONTHDAY=20'.",
            )
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
        c.add(c.loc.key(0, "tasks"), "'tasks' phải là các mục [[tasks]].")
        return tasks
    seen: dict[str, int] = {}
    for index, table in enumerate(data):

        def line(k: str | None, index: int = index) -> int | None:
            start = c.loc.entry("tasks", index)
            return c.loc.key(start, k) if k else start

        where = f"[[tasks]] thứ {index + 1}"
        f = c.fields(table, TASK_KEYS, ("id", "section", "text", "lead"), where, line)
        task_id = f.get("id")
        if task_id is not None:
            where = f"nhiệm vụ '{task_id}'"
            if not _TASK_ID.fullmatch(task_id):
                c.add(line("id"), f"{where}: mã chỉ gồm chữ, số, '.' và '-' (ví dụ 1.2.3).")
            if task_id.casefold() in seen:
                first = seen[task_id.casefold()]
                c.add(
                    line("id"),
                    f"{where}: mã nhiệm vụ bị trùng với [[tasks]] thứ {first + 1}; "
                    "mỗi nhiệm vụ cần một mã riêng.",
                )
            seen.setdefault(task_id.casefold(), index)
        section = f.get("section")
        if section is not None and section not in sections:
            c.add(
                line("section"),
                f'{where}: mục \'{section}\' chưa có trong [sections]; thêm "{section}" = "…".',
            )
        if "text" in f and not f["text"].strip():
            c.add(line("text"), f"{where}: nội dung nhiệm vụ (text) đang trống.")
        for key in ("lead", "support"):
            if key in f:
                _check_refs(c, refs, f[key], where, partial(line, key))
        kind = f.get("kind", "task")
        if kind not in TASK_KINDS:
            c.add(line("kind"), f"{where}: kind '{kind}' không hợp lệ; dùng task/request.")
        due = f.get("due")
        if due and info and not info.start <= due <= info.end:
            c.add(
                line("due"),
                f"{where}: hạn {due.strftime('%d/%m/%Y')} nằm ngoài thời gian của kế hoạch "
                f"({info.start.strftime('%d/%m/%Y')}–{info.end.strftime('%d/%m/%Y')}).",
            )
        if all(k in f for k in ("id", "section", "text", "lead")):
            tasks.append(
                Task(
                    id=f["id"],
                    section=f["section"],
                    text=f["text"],
                    lead=tuple(f["lead"]),
                    support=tuple(f.get("support", ())),
                    due=due,
                    references=tuple(f.get("references", ())),
                    kind=kind,
                    note=f.get("note", ""),
                )
            )
    return tasks


def _events(
    c: _Checker,
    agencies: dict[str, Agency],
    task_ids: set[str],
    reports: dict[str, Report],
    report_ids: set[str],
) -> list[Event]:
    data = c.raw.get("events", {})
    events: list[Event] = []
    if not isinstance(data, dict):
        c.add(c.loc.key(0, "events"), "'events' phải là các bảng [events.KHÓA].")
        return events
    seq = 0
    for agency, table in data.items():
        where = f"[events.{agency}]"
        if agency not in agencies:
            c.add(
                c.loc.table(f"events.{agency}"),
                f"{where}: '{agency}' không phải đơn vị đã khai báo{_hint(agency, set(agencies))}.",
            )
            continue
        if not isinstance(table, dict) or set(table) - {"log"}:
            c.add(c.loc.table(f"events.{agency}"), f"{where}: chỉ được có một khóa 'log = [ … ]'.")
            continue
        log = table.get("log", [])
        if not isinstance(log, list):
            c.add(
                c.loc.key(c.loc.table(f"events.{agency}"), "log"),
                f"{where}: 'log' phải là danh sách.",
            )
            continue
        for index, item in enumerate(log):

            def line(k: str | None, index: int = index, agency: str = agency) -> int | None:
                return c.loc.item(c.loc.table(f"events.{agency}"), index)

            here = f"{where} mục {index + 1}"
            f = c.fields(item, EVENT_KEYS, ("date",), here, line)
            if not f:
                continue
            if ("task" in f) == ("report" in f):
                c.add(line(None), f"{here}: cần đúng một trong 'task' hoặc 'report'.")
                continue
            if "task" in f:
                if f["task"] not in task_ids:
                    c.add(
                        line(None),
                        f"{here}: nhiệm vụ '{f['task']}' không có trong kế hoạch.",
                    )
                if f.get("status") not in STATUSES:
                    c.add(
                        line(None),
                        f"{here}: trạng thái {f.get('status')!r} không hợp lệ; dùng một trong: "
                        f"{', '.join(STATUSES)}.",
                    )
                if "period" in f:
                    c.add(line(None), f"{here}: cập nhật nhiệm vụ không có 'period'.")
            else:
                report = reports.get(f["report"])
                if f["report"] not in report_ids:
                    c.add(
                        line(None),
                        f"{here}: báo cáo '{f['report']}' không có trong kế hoạch.",
                    )
                if "status" in f:
                    c.add(line(None), f"{here}: nộp báo cáo không có 'status'.")
                period = f.get("period")
                if period is None:
                    c.add(
                        line(None),
                        f"{here}: thiếu 'period' (kỳ báo cáo, ví dụ \"2021-03\").",
                    )
                elif not _valid_period(period) or (report and period_kind(period) != report.period):
                    c.add(
                        line(None),
                        f"{here}: kỳ {period!r} không hợp lệ cho báo cáo này "
                        '(tháng "2021-03", quý "2021-Q1", năm "2021").',
                    )
            if "date" not in f:
                continue
            seq += 1
            events.append(
                Event(
                    agency=agency,
                    date=f["date"],
                    task=f.get("task"),
                    status=f.get("status"),
                    report=f.get("report"),
                    period=f.get("period"),
                    note=f.get("note", ""),
                    ref=f.get("ref", ""),
                    by=f.get("by", ""),
                    seq=seq,
                )
            )
    return events


def _valid_period(code: str) -> bool:
    try:
        return parse_period(code)[1] == code
    except Exception:
        return False


def _check_memberships(c: _Checker, plan: Plan, tasks: list[Task]) -> None:
    """Events must belong to an agency that owes the task or the report."""
    for event in plan.events:
        if event.task is not None:
            task = plan.task_by_id[event.task]
            if event.agency not in plan.leads(task):
                c.add(
                    c.loc.table(f"events.{event.agency}"),
                    f"[events.{event.agency}]: '{event.agency}' không chủ trì nhiệm vụ "
                    f"'{event.task}', không thể ghi trạng thái cho nhiệm vụ này.",
                )
        elif event.report is not None:
            report = plan.report_by_id[event.report]
            if event.agency not in plan.reporters(report):
                c.add(
                    c.loc.table(f"events.{event.agency}"),
                    f"[events.{event.agency}]: '{event.agency}' không có nghĩa vụ gửi "
                    f"báo cáo '{event.report}'.",
                )
