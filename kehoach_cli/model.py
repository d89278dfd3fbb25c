"""The plan as the domain sees it: plain, immutable dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from operator import attrgetter

STATUSES = ("not_started", "in_progress", "done", "blocked", "cancelled")
AGENCY_KINDS = (
    "office",
    "department",
    "board",
    "central_branch",
    "security",
    "district",
    "unit",
    "front",
    "council",
)
TASK_KINDS = ("task", "request")


@dataclass(frozen=True, slots=True)
class PlanInfo:
    id: str
    title: str
    start: date
    end: date
    deadline_rule: str = "exact"
    issuer: str = ""
    signer: str = ""
    signer_title: str = ""
    based_on: tuple[str, ...] = ()
    source_note: str = ""


@dataclass(frozen=True, slots=True)
class Agency:
    key: str
    name: str
    short: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Group:
    key: str
    name: str
    members: tuple[str, ...]  # agency keys or "@group" references
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    id: str
    name: str
    reporters: tuple[str, ...]  # "from" in the file: agency keys or "@group"
    recipients: tuple[str, ...]  # "to" in the file
    rrule: str
    period: str  # month | quarter | year
    task: str | None = None


@dataclass(frozen=True, slots=True)
class Task:
    id: str
    section: str
    text: str
    lead: tuple[str, ...]
    support: tuple[str, ...] = ()
    due: date | None = None
    references: tuple[str, ...] = ()
    kind: str = "task"
    note: str = ""

    @property
    def tracked(self) -> bool:
        """Requests (đề nghị) to bodies outside the committee are not tracked."""
        return self.kind == "task"


@dataclass(frozen=True, slots=True)
class Event:
    """One recorded fact: a status update on a task, or a report submission."""

    agency: str
    date: date
    task: str | None = None
    status: str | None = None
    report: str | None = None
    period: str | None = None
    note: str = ""
    ref: str = ""
    by: str = ""
    seq: int = 0  # position in the file: later events win on equal dates

    @property
    def kind(self) -> str:
        return "status" if self.task is not None else "report"


@dataclass(frozen=True)
class Plan:
    info: PlanInfo
    sections: dict[str, str] = field(default_factory=dict)
    agencies: dict[str, Agency] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    reports: tuple[Report, ...] = ()
    tasks: tuple[Task, ...] = ()
    events: tuple[Event, ...] = ()

    # -- lookups -------------------------------------------------------------

    @cached_property
    def task_by_id(self) -> dict[str, Task]:
        return {t.id: t for t in self.tasks}

    @cached_property
    def report_by_id(self) -> dict[str, Report]:
        return {r.id: r for r in self.reports}

    def task(self, task_id: str) -> Task | None:
        found = self.task_by_id.get(task_id)
        if found is None:
            lowered = task_id.casefold()
            found = next((t for t in self.tasks if t.id.casefold() == lowered), None)
        return found

    @cached_property
    def timeline(self) -> tuple[Event, ...]:
        """Events in the order they took effect: by date, later in the file last.

        Two stable sorts (file position, then date) cost half of one sort on
        (date, seq) pairs, and the first is nearly free: files are in ``seq`` order.
        """
        in_file_order = sorted(self.events, key=attrgetter("seq"))
        return tuple(sorted(in_file_order, key=attrgetter("date")))

    # -- group expansion -----------------------------------------------------

    def expand(self, refs: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        """Agency keys named by ``refs``, groups expanded, in first-seen order.

        Remembered per tuple of refs: commands ask for the leads of thousands
        of tasks, often many times over, and most share a few refs.
        """
        key = refs if type(refs) is tuple else tuple(refs)
        found = self._refs_expanded.get(key)
        if found is None:
            found = self._refs_expanded[key] = self._union(key)
        return found

    @cached_property
    def _refs_expanded(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        return {}

    def _union(self, refs: tuple[str, ...]) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for ref in refs:
            for key in self._expand_one(ref):
                seen.setdefault(key, None)
        return tuple(seen)

    def _expand_one(self, ref: str) -> tuple[str, ...]:
        cache = self._expansions
        if ref not in cache:
            if ref.startswith("@"):
                group = self.groups[ref[1:]]
                cache[ref] = ()  # guards against cycles (validation reports them)
                cache[ref] = self._union(group.members)
            else:
                cache[ref] = (ref,)
        return cache[ref]

    @cached_property
    def _expansions(self) -> dict[str, tuple[str, ...]]:
        return {}

    def leads(self, task: Task) -> tuple[str, ...]:
        return self.expand(task.lead)

    def supporters(self, task: Task) -> tuple[str, ...]:
        """Supporting agencies that do not also lead the task."""
        key = (task.lead, task.support)
        found = self._supporters.get(key)
        if found is None:
            lead = set(self.leads(task))
            found = tuple(k for k in self.expand(task.support) if k not in lead)
            self._supporters[key] = found
        return found

    @cached_property
    def _supporters(self) -> dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[str, ...]]:
        return {}

    def reporters(self, report: Report) -> tuple[str, ...]:
        return self.expand(report.reporters)

    def groups_of(self, agency_key: str) -> tuple[str, ...]:
        """Keys of the groups that contain ``agency_key``, directly or nested."""
        return tuple(g for g in self.groups if agency_key in self.expand([f"@{g}"]))

    def agency_label(self, ref: str) -> str:
        """Short name of an agency or name of a group, for compact output."""
        if ref.startswith("@"):
            group = self.groups.get(ref[1:])
            return group.name if group else ref
        agency = self.agencies.get(ref)
        return agency.short if agency else ref
