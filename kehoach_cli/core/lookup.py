"""Resolving what people type into plan entities: agencies, groups, tasks, reports,
statuses and timeliness.

Matching is case-, accent- and đ/d-insensitive, and the same for NFC and NFD input.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kehoach_cli.core.errors import KehoachError, Text, text
from kehoach_cli.core.model import Plan, Report, Task
from kehoach_cli.core.text import closest, contains_words, fold, nfc

# What people may type for a status or a timeliness besides its code: its
# Vietnamese and English names (as the labels write them; a test keeps them so).
# Cancelled is a status: typed, it is one.
STATUS_WORDS = {
    "not_started": ("chưa thực hiện", "not started"),
    "in_progress": ("đang thực hiện", "in progress"),
    "done": ("hoàn thành", "done"),
    "blocked": ("vướng mắc", "blocked"),
    "cancelled": ("dừng thực hiện", "cancelled"),
}
TIMELINESS_WORDS = {
    "done_on_time": ("hoàn thành đúng hạn", "done on time"),
    "done_late": ("hoàn thành quá hạn", "done late"),
    "on_track": ("trong hạn", "on track"),
    "overdue": ("quá hạn", "overdue"),
    "ongoing": ("thường xuyên", "ongoing"),
}


@dataclass(frozen=True, slots=True)
class Target:
    """What an --agency argument named: one agency, or a group of them."""

    ref: str  # agency key or "@group"
    agencies: tuple[str, ...]
    label: str

    @property
    def is_group(self) -> bool:
        return self.ref.startswith("@")


def _names(plan: Plan) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for key, agency in plan.agencies.items():
        names[key] = [key, agency.short, agency.name, *agency.aliases]
    for key, group in plan.groups.items():
        names[f"@{key}"] = [f"@{key}", key, group.name, *group.aliases]
    return names


def resolve(plan: Plan, query: str, *, groups: bool = True) -> Target:
    """The agency or group ``query`` names; ambiguous or unknown words are errors."""
    typed = nfc(query).strip()
    folded = fold(typed)
    names = _names(plan)
    if not groups:
        names = {k: v for k, v in names.items() if not k.startswith("@")}
    if not folded:
        raise KehoachError("error.agency_empty")
    exact = [ref for ref, words in names.items() if any(fold(w) == folded for w in words)]
    if typed.startswith("@") and typed in names:
        exact = [typed]
    if not exact:
        # Whole words first ("Sở" must not match "Sơn"), then words cut short.
        exact = [
            ref
            for ref, words in names.items()
            if any(contains_words(f"{fold(w)} ", f"{folded} ") for w in words)
        ] or [
            ref
            for ref, words in names.items()
            if any(contains_words(fold(w), folded) for w in words)
        ]
    if len(exact) == 1:
        return _target(plan, exact[0])
    if len(exact) > 1:
        listed = "\n".join(f"  {ref}: {_label(plan, ref)}" for ref in exact)
        raise KehoachError("error.agency_ambiguous", query=query, matches=listed)
    all_words = {w: ref for ref, words in names.items() for w in words}
    near = dict.fromkeys(all_words[w] for w in closest(typed, all_words))
    if near:
        named = "; ".join(f"{_label(plan, ref)} ({ref})" for ref in near)
        raise KehoachError("error.agency_unknown_near", query=query, near=named)
    raise KehoachError("error.agency_unknown", query=query)


def _label(plan: Plan, ref: str) -> str:
    if ref.startswith("@"):
        return plan.groups[ref[1:]].name
    return plan.agencies[ref].name


def _target(plan: Plan, ref: str) -> Target:
    return Target(ref, plan.expand([ref]), _label(plan, ref))


def resolve_agency(plan: Plan, query: str) -> str:
    """A single agency key, for commands that record for one agency: naming a
    group is an error of its own."""
    try:
        return resolve(plan, query, groups=False).ref
    except KehoachError:
        try:
            target = resolve(plan, query)
        except KehoachError:
            target = None
        if target is not None and target.is_group:
            members = target.agencies
            raise KehoachError(
                "error.agency_is_group" if members else "error.agency_is_empty_group",
                query=query,
                name=target.label,
                n=len(members),
                example=members[0] if members else None,
            ) from None
        raise


def find_task(plan: Plan, task_id: str) -> Task:
    task = plan.task(task_id.strip())
    if task is None:
        near = closest(task_id, [t.id for t in plan.tasks])
        if near:
            raise KehoachError("error.task_unknown_near", task=task_id, near=near)
        raise KehoachError("error.task_unknown", task=task_id)
    return task


def find_report(plan: Plan, query: str) -> Report:
    """The report ``query`` names by its id, else by its name."""
    wanted = fold(query)
    found = [r for r in plan.reports if fold(r.id) == wanted] or [
        r for r in plan.reports if fold(r.name) == wanted
    ]
    if len(found) == 1:
        return found[0]
    if found:
        raise KehoachError("error.report_ambiguous", query=query, reports=[r.id for r in found])
    known = [f"{r.id} ({r.name})" for r in plan.reports]
    raise KehoachError("error.report_unknown", query=query, reports=known)


def _code_named(word: str, words: Mapping[str, tuple[str, ...]]) -> str | None:
    """The code ``word`` is, or one of whose ``words`` it is, with or without
    diacritics or spaces."""
    wanted = fold(word).replace(" ", "")
    for code, names in words.items():
        if wanted in {fold(name).replace(" ", "") for name in (code, *names)}:
            return code
    return None


def _named(kind: str, codes: Iterable[str]) -> list[Text]:
    """Each code with its name in the reader's language: "done (hoàn thành)"."""
    return [text("error.code_named", code=code, name=text(f"{kind}.{code}")) for code in codes]


def parse_status(word: str) -> str:
    """A status code from its code or its Vietnamese or English words."""
    code = _code_named(word, STATUS_WORDS)
    if code is None:
        raise KehoachError(
            "error.status_invalid", word=word, statuses=_named("status", STATUS_WORDS)
        )
    return code


def parse_state(word: str) -> tuple[str, str]:
    """``("status", code)`` or ``("timeliness", code)`` for a word given to --status.

    Statuses first, then the derived timeliness codes or their words:
    ``overdue``/``quá hạn``, ``on_track``/``trong hạn``, ``done_late``,
    ``done_on_time``, ``ongoing``.
    """
    code = _code_named(word, STATUS_WORDS)
    if code is not None:
        return "status", code
    code = _code_named(word, TIMELINESS_WORDS)
    if code is not None:
        return "timeliness", code
    raise KehoachError(
        "error.state_invalid",
        word=word,
        statuses=_named("status", STATUS_WORDS),
        timeliness=_named("timeliness", TIMELINESS_WORDS),
    )
