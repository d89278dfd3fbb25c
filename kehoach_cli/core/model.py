"""The plan as the domain sees it: plain, immutable records, no I/O.

The records are named tuples, as everywhere in the core: immutable, typed,
and cheap to define and to build by the thousand.
"""

import datetime
import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import cached_property
from typing import Any, NamedTuple, overload

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


class PlanInfo(NamedTuple):
    """The work programme itself: which document, which year, whose signature."""

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
    # the Office that follows the plan up, for its reports and letters
    issuer_short: str = ""  # "UBND tỉnh Hà Tĩnh": the line above the Office's name
    office: str = ""  # "Văn phòng"
    office_code: str = ""  # "VP", in document numbers (…/BC-VP)
    place: str = ""  # "Hà Tĩnh", before the date of a document
    sample: bool = False  # the sample shipped with the program: for viewing, never written


class Agency(NamedTuple):
    """A body that leads, supports or reports: a department, a district committee..."""

    key: str
    name: str
    short: str
    kind: str
    aliases: tuple[str, ...] = ()


class Group(NamedTuple):
    """A named set of agencies (and nested groups) that tasks and reports can name at once."""

    key: str
    name: str
    members: tuple[str, ...]  # agency keys or "@group" references
    aliases: tuple[str, ...] = ()


class Report(NamedTuple):
    """A recurring reporting duty: who reports to whom, and when (an RRULE)."""

    id: str
    name: str
    reporters: tuple[str, ...]  # "from" in the file: agency keys or "@group"
    recipients: tuple[str, ...]  # "to" in the file
    rrule: str
    period: str  # month | quarter | year
    task: str | None = None


class Task(NamedTuple):
    """One task of the plan, with its lead agencies and its deadline, if any."""

    id: str
    section: str
    text: str
    lead: tuple[str, ...]
    support: tuple[str, ...] = ()
    due: date | None = None
    references: tuple[str, ...] = ()
    kind: str = "task"
    note: str = ""
    # A deadline written as a period (2021-06, 2021-Q2, 2021-H1, 2021), as written;
    # ``due`` is then that period's last day.
    due_period: str = ""

    @property
    def tracked(self) -> bool:
        """Requests (đề nghị) to bodies outside the committee are not tracked."""
        return self.kind == "task"


# What names an entry for a withdrawal: who, when, and what it said (a task and
# status, or a report and period). Hand edits and merges reorder lines but keep these.
EntryRef = tuple[str, date, str | None, str | None, str | None, str | None]


def entry_ref(
    agency: str,
    day: date,
    task: str | None,
    status: str | None,
    report: str | None,
    period: str | None,
) -> EntryRef:
    return (agency, day, task, status, report, period)


class Event(NamedTuple):
    """One recorded fact: a status update on a task, a report submission, the
    withdrawal of one of those, or a task's deadline extended for an agency."""

    agency: str
    date: date
    task: str | None = None
    status: str | None = None
    report: str | None = None
    period: str | None = None
    # (``datetime.date``: for type checkers, ``date`` in this class names the field above)
    withdraws: datetime.date | None = None  # a withdrawal: the day of the entry it names
    extended_to: datetime.date | None = None  # an extension: the task's new deadline
    note: str = ""
    ref: str = ""
    by: str = ""
    seq: int = 0  # position in the file: later events win on equal dates

    @property
    def kind(self) -> str:
        if self.withdraws is not None:
            return "withdrawal"
        if self.extended_to is not None:
            return "extension"
        return "status" if self.task is not None else "report"

    @property
    def entry(self) -> EntryRef:
        """The entry this event is or, for a withdrawal, the one it withdraws."""
        day = self.withdraws if self.withdraws is not None else self.date
        return entry_ref(self.agency, day, self.task, self.status, self.report, self.period)


EVENT_FIELDS = Event._fields


class EventLog(Sequence[Event]):
    """A plan's events in file order: a read-only sequence of ``Event`` that can
    also be read a field at a time.

    Judging a plan reads four fields of every event (task, agency, date,
    status); read from columns, that needs no object per event, and a
    5,000-task plan has more than 20,000 of them. An event asked for by
    position is made then, once. Equal to any sequence of the same events.
    """

    __slots__ = ("_columns", "_in_order", "_made", "_order")

    def __init__(self, events: Iterable[Event] = ()) -> None:
        self._made: list[Event | None] = list(events)
        self._columns: dict[str, list[Any]] = {}
        self._in_order: list[list[Any]] | None = None  # the columns in field order
        self._order: list[int] | None = None

    @classmethod
    def from_columns(
        cls, columns: Mapping[str, list[Any]], order: list[int] | None = None
    ) -> "EventLog":
        """Events given as one list per field of ``Event``, all of equal length;
        ``order``, when known, is what ``effect_order`` would compute."""
        log = cls()
        log._columns = {name: columns[name] for name in EVENT_FIELDS}
        log._made = [None] * len(log._columns[EVENT_FIELDS[0]])
        log._order = order
        return log

    def effect_order(self) -> list[int]:
        """Positions of the events in the order they took effect: by date, later
        in the file (higher ``seq``) last."""
        if self._order is None:
            dates, seqs = self.column("date"), self.column("seq")
            self._order = sorted(range(len(self)), key=lambda at: (dates[at], seqs[at]))
        return self._order

    def column(self, name: str) -> list[Any]:
        """Every event's value of field ``name``, in file order."""
        found = self._columns.get(name)
        if found is None:
            if name not in EVENT_FIELDS:
                raise KeyError(name)
            found = self._columns[name] = [getattr(event, name) for event in self]
        return found

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> Event: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Event, ...]: ...
    def __getitem__(self, index: int | slice) -> Event | tuple[Event, ...]:
        if isinstance(index, slice):  # makes the events sliced, not all of them
            return tuple(self[at] for at in range(*index.indices(len(self))))
        found = self._made[index]
        if found is None:
            found = self._made[index] = Event(*[c[index] for c in self._fields()])
        return found

    def _fields(self) -> list[list[Any]]:
        """Every column, in field order: what making an event takes."""
        if self._in_order is None:
            self._in_order = list(map(self.column, EVENT_FIELDS))
        return self._in_order

    def __iter__(self) -> Iterator[Event]:
        made = self._made
        if None in made:
            made[:] = map(Event, *self._fields())
        return iter(made)  # type: ignore[arg-type]  # every slot is filled now

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EventLog | tuple | list):
            return len(self) == len(other) and all(map(operator.eq, self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"EventLog({list(self)!r})"


class Plan:
    """A whole plan file, validated: what the commands read and judge.

    Immutable, like its records, and equal to a plan of equal parts. A plain
    class rather than a dataclass: every command makes the class, and loading
    ``dataclasses`` and generating its methods would take longer than judging
    a small plan.
    """

    info: PlanInfo
    sections: dict[str, str]
    agencies: dict[str, Agency]
    groups: dict[str, Group]
    reports: tuple[Report, ...]
    tasks: tuple[Task, ...]
    events: EventLog

    def __init__(
        self,
        info: PlanInfo,
        sections: dict[str, str] | None = None,
        agencies: dict[str, Agency] | None = None,
        groups: dict[str, Group] | None = None,
        reports: tuple[Report, ...] = (),
        tasks: tuple[Task, ...] = (),
        events: Iterable[Event] = (),
    ) -> None:
        vars(self).update(
            info=info,
            sections={} if sections is None else sections,
            agencies={} if agencies is None else agencies,
            groups={} if groups is None else groups,
            reports=reports,
            tasks=tasks,
            # any sequence of events will do
            events=events if isinstance(events, EventLog) else EventLog(events),
        )

    def _parts(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _PLAN_PARTS}

    def replace(self, **changes: Any) -> "Plan":
        """A plan with ``changes`` made to its parts."""
        return Plan(**{**self._parts(), **changes})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a plan cannot be changed ({name})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Plan):
            return NotImplemented
        return self._parts() == other._parts()

    __hash__ = None  # type: ignore[assignment]  # equal by value, and its dicts are mutable

    def __repr__(self) -> str:
        parts = ", ".join(f"{name}={value!r}" for name, value in self._parts().items())
        return f"Plan({parts})"

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

    @property
    def event_order(self) -> list[int]:
        """Positions in ``events`` in the order the events took effect."""
        return self.events.effect_order()

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

    def agency_label(self, ref: str) -> str:
        """Short name of an agency or name of a group, for compact output."""
        if ref.startswith("@"):
            group = self.groups.get(ref[1:])
            return group.name if group else ref
        agency = self.agencies.get(ref)
        return agency.short if agency else ref


_PLAN_PARTS = ("info", "sections", "agencies", "groups", "reports", "tasks", "events")
