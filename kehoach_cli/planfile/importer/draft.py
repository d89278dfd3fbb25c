"""A plan being imported: what was read from the document, and what a person should check.

Pure: built from an outline (text and Word) or from table rows (Excel) and the
agencies already known; written out by ``emit``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kehoach_cli.core.errors import KehoachError
from kehoach_cli.core.model import Agency, Group, Plan
from kehoach_cli.core.text import fold
from kehoach_cli.planfile.importer.text import Outline, RawTask
from kehoach_cli.planfile.importer.when import (
    Duty,
    deadline,
    documents,
    duties,
    recipients_text,
    unread_deadline,
)
from kehoach_cli.planfile.importer.who import Agencies, Found, names_list, support_of, who

CHECK = "kiểm tra"
_KINDS = (
    ("chi nhanh", "central_branch"),
    ("cuc", "central_branch"),
    ("kho bac", "central_branch"),
    ("bao hiem", "central_branch"),
    ("ngan hang", "central_branch"),
    ("cong an", "security"),
    ("bo chi huy", "security"),
    ("ubnd huyen", "district"),
    ("ubnd thi xa", "district"),
    ("ubnd thanh pho", "district"),
    ("ban", "board"),
    ("van phong", "office"),
    ("trung tam", "unit"),
    ("dai", "unit"),
    ("bao", "unit"),
    ("hoi", "front"),
    ("tinh doan", "front"),
    ("lien doan", "front"),
)
_REPORT_IDS = {"month": "bc-thang", "quarter": "bc-quy", "year": "bc-nam"}
_REPORT_NAMES = {
    "month": "Báo cáo tình hình thực hiện {doc} hàng tháng",
    "quarter": "Báo cáo tình hình thực hiện {doc} hàng quý",
    "year": "Báo cáo năm tình hình thực hiện {doc}",
}


@dataclass
class DraftTask:
    """A task to write, with a note for each field a person should check."""

    id: str
    section: str
    text: str
    lead: list[str]
    support: list[str] = field(default_factory=list)
    due: date | str | None = None
    references: list[str] = field(default_factory=list)
    kind: str = "task"
    note: str = ""
    checks: dict[str, str] = field(default_factory=dict)


@dataclass
class DraftReport:
    """A reporting duty a task sets."""

    id: str
    name: str
    reporters: list[str]
    recipients: list[str]
    rrule: str
    period: str
    task: str
    phrase: str
    check: str = ""


@dataclass
class Draft:
    """Everything the plan file will hold, in the order it is written."""

    info: dict[str, Any]
    info_checks: dict[str, str] = field(default_factory=dict)
    sections: list[tuple[str, str, str]] = field(default_factory=list)  # id, title, check
    agencies: dict[str, Agency] = field(default_factory=dict)
    new_agencies: dict[str, str] = field(default_factory=dict)  # key -> check
    groups: dict[str, Group] = field(default_factory=dict)
    reports: list[DraftReport] = field(default_factory=list)
    tasks: list[DraftTask] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """The figures of the import summary."""
        checks = len(self.info_checks) + len(self.new_agencies)
        checks += sum(1 for s in self.sections if s[2]) + sum(1 for r in self.reports if r.check)
        checks += sum(len(t.checks) for t in self.tasks)
        return {
            "tasks": len(self.tasks),
            "with_lead": sum(1 for t in self.tasks if t.lead),
            "with_due": sum(1 for t in self.tasks if t.due),
            "reports": len(self.reports),
            "new_agencies": len(self.new_agencies),
            "checks": checks,
        }


class Builder:
    """Turns what the document says into a draft, against the agencies already known."""

    def __init__(self, base: Plan, catalogue: Plan, year: int) -> None:
        self.catalogue = catalogue
        self.year = year
        self.draft = Draft(info={})
        self.draft.agencies = dict(base.agencies)
        self.draft.groups = _groups(base)
        refs = {name: f"@{name}" for name in ("all", "departments", "districts")}
        self.known = Agencies(base, refs, self._new_agency)
        self.adopted: dict[str, str] = {}
        for key, agency in catalogue.agencies.items():
            names = (agency.name, agency.short, *agency.aliases)
            self.known.offer(key, names, self._adopt)

    def _new_agency(self, name: str) -> tuple[str, str]:
        """A name no known agency has: a new agency with a key made from it."""
        key = _free_key(_initials(name), self.draft.agencies)
        why = f"«{name}» chưa có trong danh sách đơn vị: đơn vị mới, mã tự đặt"
        self._add(Agency(key, name, name, _kind(name)), why)
        return key, why

    def _adopt(self, key: str) -> str:
        """An agency of the catalogue met in the text, added to the plan the first time."""
        if key not in self.adopted:
            found = self.catalogue.agencies[key]
            mine = _free_key(key, self.draft.agencies)
            agency = Agency(mine, found.name, found.short, found.kind, found.aliases)
            self._add(agency, f"đơn vị mới «{found.name}» lấy từ danh mục")
            self.adopted[key] = mine
        return self.adopted[key]

    def _add(self, agency: Agency, why: str) -> None:
        self.draft.agencies[agency.key] = agency
        self.draft.new_agencies[agency.key] = f"{CHECK}: {why}"
        self.known.add(agency.key, agency.name, agency.short, *agency.aliases)
        if agency.kind in ("office", "unit", "front", "council"):
            return
        name = "districts" if agency.kind == "district" else "departments"
        group = self.draft.groups[name]
        self.draft.groups[name] = Group(
            name, group.name, (*group.members, agency.key), group.aliases
        )

    # --- from a document's outline -------------------------------------------------

    def from_outline(self, found: Outline) -> Draft:
        titles = {s.id: s for s in found.sections}
        for s in found.sections:
            check = f"{CHECK}: tiêu đề mục không có trong văn bản" if s.missing else ""
            self.draft.sections.append((s.id, s.title, check))
        self._info(found)
        contexts: dict[str, tuple[Found, str]] = {}
        for raw in found.tasks:
            self._task(raw, self._context(raw.section, titles, contexts))
        return self.draft

    def _context(
        self, section: str, titles: dict[str, Any], seen: dict[str, tuple[Found, str]]
    ) -> tuple[Found, str]:
        """Who the nearest heading that names agencies says leads and supports."""
        if section not in seen:
            heading = titles.get(section)
            parent = section.rsplit(".", 1)[0] if "." in section else ""
            if heading is not None and heading.missing:
                seen[section] = Found(), f"{CHECK}: tiêu đề mục không có, chưa rõ đơn vị chủ trì"
            elif heading is not None and (said := who(self.known, heading.title)).lead:
                seen[section] = said, ""
            elif parent:
                seen[section] = self._context(parent, titles, seen)
            else:
                guess = Found(lead=["@all"])
                seen[section] = guess, f"{CHECK}: đơn vị chủ trì suy ra từ ngữ cảnh"
        return seen[section]

    def _task(self, raw: RawTask, context: tuple[Found, str]) -> None:
        said = who(self.known, raw.text)
        task = DraftTask(raw.id, raw.section, raw.text, [])
        heading, why = context
        if said.lead:
            task.lead, task.support = said.lead, said.support
        else:
            task.lead = list(heading.lead)
            extra = support_of(self.known, raw.text)
            task.support = _merged(heading.support, extra.support)
            said.checks += heading.checks
            said.support_checks += heading.support_checks + extra.support_checks
            if why:
                task.checks["lead"] = why
        for key, found in (("lead", said.checks), ("support", said.support_checks)):
            if found:
                task.checks[key] = f"{CHECK}: " + "; ".join(dict.fromkeys(found))
        if said.request:
            task.kind = "request"
        if raw.truncated:
            task.note = "Phần đầu của nhiệm vụ bị mất trong văn bản nguồn."
            task.checks["text"] = "phần đầu nhiệm vụ bị mất"
        self._when(task)
        if "text" in task.checks:
            task.checks["text"] = f"{CHECK}: {task.checks['text']}"
        self.draft.tasks.append(task)

    def _when(self, task: DraftTask) -> None:
        info = self.draft.info
        due, _ = deadline(task.text, self.year, info["start"], info["end"])
        task.due = due
        if due is None and (words := unread_deadline(task.text)):
            why = f"thời hạn «{words}» chưa đọc được, ghi 'due' nếu cần"
            task.checks["text"] = "; ".join(filter(None, (task.checks.get("text"), why)))
        task.references = documents(task.text)
        recipients: list[str] = []
        for duty in duties(task.text):
            words = recipients_text(task.text, duty)
            if words:
                specific, groups, _, _ = names_list(self.known, words)
                recipients = [*specific, *groups] or recipients
            self._report(task, duty, recipients)

    def _report(self, task: DraftTask, duty: Duty, recipients: list[str]) -> None:
        ids = {r.id for r in self.draft.reports}
        rid = base = _REPORT_IDS[duty.period]
        n = 1
        while rid in ids:
            n += 1
            rid = f"{base}-{n}"
        doc = "Chương trình" if "chuong trinh" in fold(self.draft.info["title"]) else "Kế hoạch"
        report = DraftReport(
            rid,
            _REPORT_NAMES[duty.period].format(doc=doc),
            list(task.lead) or ["@all"],
            recipients,
            duty.rrule,
            duty.period,
            task.id,
            duty.phrase,
        )
        if not recipients:
            report.check = f"{CHECK}: không rõ báo cáo gửi đơn vị nào"
        self.draft.reports.append(report)

    def _info(self, found: Outline) -> None:
        """What the head and the foot of the document say about it."""
        info = self.draft.info
        checks = self.draft.info_checks
        info["id"] = f"kh-{self.year}"
        title = _head_line(found.head, r"(chuong trinh|ke hoach)\b")
        info["title"] = title or f"Kế hoạch năm {self.year}"
        if not title:
            checks["title"] = f"{CHECK}: tên văn bản không có trong văn bản nguồn"
        issuer = _head_line(found.head, r"(uy ban nhan dan|ubnd)\b")
        info["issuer"] = issuer or "Ủy ban nhân dân tỉnh"
        if not issuer:
            checks["issuer"] = f"{CHECK}: ghi tên cơ quan ban hành"
        info["based_on"] = [
            doc for p in found.head if fold(p).startswith("can cu") for doc in documents(p)
        ]
        foot = [p.replace("*", "").strip() for p in found.foot]
        info["signer"] = foot[-1] if len(foot) > 1 and _looks_like_name(foot[-1]) else ""
        titles = [p for p in foot if "CHỦ TỊCH" in p]
        info["signer_title"] = _sentence_case(titles[-1].split("/")[-1]) if titles else ""
        for key in ("signer", "signer_title"):
            if not info[key]:
                checks[key] = f"{CHECK}: ghi người ký và chức vụ"
        info["start"] = date(self.year, 1, 1)
        info["end"] = date(self.year, 12, 31)
        info["deadline_rule"] = "next_working_day"


def _groups(base: Plan) -> dict[str, Group]:
    """The plan's groups, with the three the importer names made when missing."""
    groups = dict(base.groups)
    kinds = {a.key: a.kind for a in base.agencies.values()}
    if "departments" not in groups:
        members = tuple(
            k
            for k, kind in kinds.items()
            if kind in ("department", "board", "central_branch", "security")
        )
        groups["departments"] = Group("departments", "Các sở, ban, ngành", members)
    if "districts" not in groups:
        members = tuple(k for k, kind in kinds.items() if kind == "district")
        groups["districts"] = Group("districts", "UBND các huyện, thành phố, thị xã", members)
    if "all" not in groups:
        both = ("@departments", "@districts")
        groups["all"] = Group("all", "Các sở, ban, ngành, địa phương", both)
    return groups


def _merged(*lists: list[str]) -> list[str]:
    return list(dict.fromkeys(ref for refs in lists for ref in refs))


def _initials(name: str) -> str:
    words = fold(name).split()
    return ("".join(w[0] for w in words) or "dv")[:12]


def _free_key(key: str, taken: dict[str, Any]) -> str:
    found, n = key, 1
    while found in taken:
        n += 1
        found = f"{key}-{n}"
    return found


def _kind(name: str) -> str:
    plain = fold(name)
    return next((kind for start, kind in _KINDS if plain.startswith(start)), "department")


def _sentence_case(text: str) -> str:
    """ "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH" → "Ủy ban nhân dân tỉnh Hà Tĩnh", "PHÓ CHỦ TỊCH" →
    "Phó Chủ tịch": a heading in capitals written as a sentence."""
    text = text.replace("*", "").strip()
    if not text or text.upper() != text:
        return text
    words = text.lower().split()
    if "tỉnh" in words:
        at = words.index("tỉnh") + 1
        words[at:] = [w.capitalize() for w in words[at:]]
    words[0] = words[0].capitalize()
    return " ".join(words).replace("chủ tịch", "Chủ tịch")


def _head_line(head: list[str], start: str) -> str:
    """The head's line that starts with ``start`` (folded), in sentence case, with the
    line after it when it is only a word or two in capitals ("KẾ HOẠCH" / "Thực hiện …")."""
    for index, line in enumerate(head):
        if re.match(start, fold(line)):
            text = _sentence_case(line)
            after = head[index + 1] if index + 1 < len(head) else ""
            if line.upper() == line and len(line.split()) <= 4 and after:
                rest = _sentence_case(after)
                text = f"{text} {rest[:1].lower()}{rest[1:]}"
            return text
    return ""


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and text.upper() != text


def guess_year(items: list[str]) -> int:
    """The year a plan's text speaks of most ("năm 2021"), or failing that any year."""
    found = Counter(re.findall(r"năm (20\d\d)\b", " ".join(items)))
    if not found:
        found = Counter(re.findall(r"\b(20\d\d)\b", " ".join(items)))
    if not found:
        raise KehoachError("error.import.no_year")
    return int(found.most_common(1)[0][0])
