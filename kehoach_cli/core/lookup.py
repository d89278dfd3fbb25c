"""Resolving what people type into plan entities: agencies, groups, tasks, statuses.

Matching is case-, accent- and đ/d-insensitive, and the same for NFC and NFD input.
"""

from __future__ import annotations

from dataclasses import dataclass

from kehoach_cli.core.errors import KehoachError
from kehoach_cli.core.model import STATUSES, Plan, Task
from kehoach_cli.core.text import closest, contains_words, fold, nfc
from kehoach_cli.present.labels import t


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
    text = nfc(query).strip()
    folded = fold(text)
    names = _names(plan)
    if not groups:
        names = {k: v for k, v in names.items() if not k.startswith("@")}
    if not folded:
        raise KehoachError("Chưa nhập tên đơn vị.")
    exact = [ref for ref, words in names.items() if any(fold(w) == folded for w in words)]
    if text.startswith("@") and text in names:
        exact = [text]
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
        raise KehoachError(f"'{query}' khớp với nhiều đơn vị; hãy ghi rõ hơn:\n{listed}")
    all_words = {w: ref for ref, words in names.items() for w in words}
    near = closest(text, all_words)
    hint = ""
    if near:
        suggestions = dict.fromkeys(all_words[w] for w in near)
        hint = "\nCó phải: " + "; ".join(f"{_label(plan, r)} ({r})" for r in suggestions) + "?"
    raise KehoachError(
        f"Không tìm thấy đơn vị '{query}'.{hint}\nXem danh sách bằng lệnh 'kehoach agencies'."
    )


def _label(plan: Plan, ref: str) -> str:
    if ref.startswith("@"):
        return plan.groups[ref[1:]].name
    return plan.agencies[ref].name


def _target(plan: Plan, ref: str) -> Target:
    return Target(ref, plan.expand([ref]), _label(plan, ref))


def resolve_agency(plan: Plan, query: str) -> str:
    """A single agency key (groups refused): for commands that record for one agency."""
    return resolve(plan, query, groups=False).ref


def find_task(plan: Plan, task_id: str) -> Task:
    task = plan.task(task_id.strip())
    if task is None:
        near = closest(task_id, [t.id for t in plan.tasks])
        hint = f" Có phải: {', '.join(near)}?" if near else ""
        raise KehoachError(
            f"Không có nhiệm vụ mã '{task_id}'.{hint} Xem danh sách bằng 'kehoach list'."
        )
    return task


def parse_status(word: str) -> str:
    """A status code from its code or its Vietnamese words, with or without diacritics."""
    folded = fold(word).replace(" ", "")
    for code in STATUSES:
        if folded in (code.replace("_", ""), fold(t(f"status.{code}", "vi")).replace(" ", "")):
            return code
        if folded == fold(t(f"status.{code}", "en")).replace(" ", ""):
            return code
    valid = ", ".join(f"{code} ({t(f'status.{code}', 'vi')})" for code in STATUSES)
    raise KehoachError(f"Trạng thái không hợp lệ: '{word}'. Dùng một trong: {valid}.")
