"""Resolving what people type into plan entities: agencies, groups, tasks, reports,
statuses and timeliness.

Matching is case-, accent- and đ/d-insensitive, and the same for NFC and NFD input.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kehoach_cli.core.errors import KehoachError, Text, text
from kehoach_cli.core.model import Plan, Report, Task
from kehoach_cli.core.text import (
    closest,
    contains_words,
    fold,
    foreign_letters,
    one_edit_apart,
    typed,
    unaccented,
)

# What people may type for a status or a timeliness besides its code: its
# Vietnamese and English names (as the labels write them; a test keeps them so).
# Cancelled is a status: typed, it is one.
# The labels' words come first; then the everyday words clerks write ("tạm
# dừng" is a pause, not an end: the task is still owed, as a blocked one is).
STATUS_WORDS = {
    "not_started": ("chưa thực hiện", "not started", "chưa làm", "chưa triển khai"),
    "in_progress": ("đang thực hiện", "in progress", "đang làm", "đang triển khai"),
    "done": ("hoàn thành", "done", "xong", "đã xong", "đã hoàn thành", "đã thực hiện"),
    "blocked": ("vướng mắc", "blocked", "tạm dừng", "khó khăn"),
    "cancelled": ("dừng thực hiện", "cancelled", "hủy", "không thực hiện"),
}
TIMELINESS_WORDS = {
    "done_on_time": ("hoàn thành đúng hạn", "done on time"),
    "done_late": ("hoàn thành quá hạn", "done late"),
    "on_track": ("trong hạn", "on track"),
    "overdue": ("quá hạn", "overdue"),
    "ongoing": ("thường xuyên", "ongoing"),
}
# Roles in a task, for list --role.
ROLE_WORDS = {
    "lead": ("chủ trì", "lead"),
    "support": ("phối hợp", "support"),
    "all": ("tất cả", "cả hai", "all", "both"),
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


# Words everyone uses for a group besides its name in the plan.
GROUP_WORDS = {"all": ("tất cả", "all")}

# Words official names carry and people leave out, or add: "Sở Kế hoạch và Đầu
# tư" is "kế hoạch đầu tư", "Công an tỉnh" is "Công an tỉnh Hà Tĩnh". Folded;
# the longer phrases first.
FILLERS = (("uy", "ban", "nhan", "dan"), ("ha", "tinh"), ("ubnd",), ("so",), ("tinh",), ("va",))


def _names(plan: Plan, groups: bool = True) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for key, agency in plan.agencies.items():
        names[key] = [key, agency.short, agency.name, *agency.aliases]
    if groups:
        for key, group in plan.groups.items():
            names[f"@{key}"] = [f"@{key}", key, group.name, *group.aliases]
            names[f"@{key}"].extend(GROUP_WORDS.get(key, ()))
    return names


def significant(words: list[str]) -> list[str]:
    """``words`` (folded) without the filler words of official names."""
    out: list[str] = []
    at = 0
    while at < len(words):
        filler = next((f for f in FILLERS if tuple(words[at : at + len(f)]) == f), None)
        if filler is None:
            out.append(words[at])
            at += 1
        else:
            at += len(filler)
    return out


def _tokens(name_words: list[str]) -> Counter[str]:
    """What a name offers to be typed: its significant words, and the initials
    of each run of them ("phát triển nông thôn" is also "ptnt")."""
    words = significant(name_words)
    offered = Counter(words)
    for start in range(len(words)):
        for end in range(start + 2, min(start + 6, len(words)) + 1):
            offered["".join(word[0] for word in words[start:end])] += 1
    return offered


def _take(word: str, offered: Counter[str], last: bool, slips: bool) -> bool:
    """Take ``word`` from ``offered``: as it is; cut short when it is the last
    word typed; or, with ``slips``, one typing slip away (words of four letters
    or more)."""
    if offered[word] > 0:
        offered[word] -= 1
        return True
    for token, count in offered.items():
        if count <= 0:
            continue
        cut = last and len(word) > 1 and token.startswith(word)
        if cut or (slips and len(word) >= 4 and one_edit_apart(word, token)):
            offered[token] -= 1
            return True
    return False


def _words_fit(typed_words: list[str], name: str, slips: bool) -> bool:
    """Every significant word typed is in the name, in any order."""
    offered = _tokens(name.split())
    last = len(typed_words) - 1
    return all(_take(word, offered, at == last, slips) for at, word in enumerate(typed_words))


def _matches(names: dict[str, list[str]], typed: str, folded: str) -> list[str]:
    """The refs ``typed`` names, by the first rule that finds any: the key or the
    whole name; the same significant words; a run of whole words of a name, then
    of words cut short; the significant words in any order, abbreviated or cut
    short; the same with a typing slip in a word."""
    key = typed.casefold()
    if key in names or f"@{key}" in names:
        return [key if key in names else f"@{key}"]
    # A key of several words ("ubnd-ky-anh") is a code, not a name: typed as
    # words it would pick one of two units people call alike.
    folded_names = {
        ref: [fold(w) for w in words if w.lstrip("@") != ref.lstrip("@") or "-" not in w]
        for ref, words in names.items()
    }
    wanted = significant(folded.split())
    rules = (
        lambda name: name == folded,
        lambda name: bool(wanted) and sorted(significant(name.split())) == sorted(wanted),
        # Whole words first ("Sở" must not match "Sơn"), then words cut short.
        lambda name: contains_words(f"{name} ", f"{folded} "),
        lambda name: contains_words(name, folded),
        lambda name: bool(wanted) and _words_fit(wanted, name, slips=False),
        lambda name: bool(wanted) and _words_fit(wanted, name, slips=True),
    )
    for rule in rules:
        found = [ref for ref, words in folded_names.items() if any(rule(w) for w in words)]
        if found:
            return found
    return []


def _plausible(names: dict[str, list[str]], typed: str) -> list[str]:
    """Up to three refs worth suggesting for an unknown name: those sharing the
    most significant words with it (a word spelt alike counts half), or else
    those whose names are spelt nearly alike."""
    wanted = [word for word in significant(fold(typed).split()) if len(word) > 2]
    scored: dict[str, int] = {}
    for ref, words in names.items():
        offered = {w for name in words for w in significant(fold(name).split())}
        score = sum(
            2 if word in offered else any(one_edit_apart(word, w) for w in offered)
            for word in wanted
        )
        if score:
            scored[ref] = score
    best = max(scored.values(), default=0)
    ranked = [ref for ref, score in scored.items() if score == best]
    if not ranked:
        all_words = {w: ref for ref, words in names.items() for w in words}
        ranked = [all_words[word] for word in closest(typed, all_words, cutoff=0.8)]
    return list(dict.fromkeys(ranked))[:3]


def _typed_name(query: str) -> str:
    """The name as meant (see ``core.text.typed``); look-alike letters refused."""
    text = typed(query)
    letters = foreign_letters(text)
    if letters:
        shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in letters)
        raise KehoachError("error.agency_foreign_letters", query=query, letters=shown)
    return text


def resolve(plan: Plan, query: str, *, groups: bool = True) -> Target:
    """The agency or group ``query`` names; ambiguous or unknown words are errors."""
    text = _typed_name(query)
    folded = fold(text)
    if not folded:
        raise KehoachError("error.agency_empty")
    names = _names(plan, groups)
    found = _matches(names, text, folded)
    if len(found) == 1:
        return _target(plan, found[0])
    if len(found) > 1:
        listed = "\n".join(f"  {ref}: {_label(plan, ref)}" for ref in found)
        raise KehoachError("error.agency_ambiguous", query=query, matches=listed)
    near = _plausible(names, text)
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


# What documents and people put around a task's ID: "nhiệm vụ 1.3", "NV 1.3",
# "mục 1.3.", "Nhiệm vụ số 1.3".
_TASK_WORDS = r"(?:(?:nhiem vu|nv|muc)\.?\s*(?:so\s+)?)?(?P<id>.*?)[.:]?"


def task_id_typed(text: str) -> str:
    """The task ID in what was typed or pasted."""
    import re

    plain = typed(text)
    found = re.fullmatch(_TASK_WORDS, unaccented(plain).strip())
    return found["id"].strip() if found else plain


def find_task(plan: Plan, task_id: str) -> Task:
    task = plan.task(task_id.strip()) or plan.task(task_id_typed(task_id))
    if task is None:
        near = closest(task_id_typed(task_id), [t.id for t in plan.tasks])
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


def parse_role(word: str) -> str:
    """A role code (lead, support, all) from its code or its words."""
    code = _code_named(word, ROLE_WORDS)
    if code is None:
        raise KehoachError("error.role_invalid", role=word)
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
