"""Who leads and who supports a task, read from a heading or a sentence.

Agencies are found by their names (full, short, aliases; case- and
accent-insensitive) at the start of a list of names; group phrases such as
"các sở, ban, ngành, địa phương" name the plan's groups. A name that no agency
has is resolved with core.lookup against the known agencies, or becomes a new one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from kehoach_cli.core.errors import KehoachError
from kehoach_cli.core.lookup import resolve
from kehoach_cli.core.model import Plan
from kehoach_cli.core.text import closest, unaccented

NEAR = 0.85  # how alike a name must be to a known one to be taken for it (a typo, a page break)
# Group words, folded: which side of the province each names.
_LOCAL = ("dia phuong", "huyen", "thanh pho", "thi xa", "tp", "tx", "xa")
_SECTOR = ("so", "ban", "nganh", "co quan", "don vi", "doan the")
_VAGUE = ("don vi", "co quan", "doan the")
_WORD = r"(?:dia phuong|huyen|thanh pho|thi xa|tp|tx|so|ban|nganh|co quan|don vi|doan the|xa)"
_GROUP = re.compile(
    rf"(?:(?:ubnd|uy ban nhan dan) )?(?:cac|cap) (?P<words>{_WORD}(?:(?:, | ?; ?| va | ){_WORD})*)"
    r"(?: lien quan| cap tinh| cap huyen)?(?=$|[^a-z0-9])"
)
_TITLE = re.compile(r"(?:giam doc|thu truong|chu tich|lanh dao|truong) ")
_SEPARATOR = re.compile(r"(?:\s*[,;]\s*|\s+va\s+|\s+cung\s+|\s*;\s*va\s+)")
_DISTRIBUTE = re.compile(r"cac (?P<kind>so|ban|cuc)\s*:\s*")
_LEAD_WORDS = re.compile(r"\s*(?:theo chuc nang,? nhiem vu\s*)?(?:chu tri\b)?")
_SUPPORT = re.compile(r"[\s,]*(?:chu tri\s*,?\s*)?phoi hop(?: voi)?\s+")
_REQUEST = re.compile(r"de nghi ")
_ASSIGN = re.compile(r"giao ")
# The words an agency's name starts with, for names no agency has.
_AGENCY_WORDS = (
    "Chi cục",
    "Chi nhánh",
    "Sở",
    "Ban",
    "Cục",
    "Trung tâm",
    "Văn phòng",
    "Thanh tra",
    "Công an",
    "Bộ Chỉ huy",
    "Kho bạc",
    "Bảo hiểm",
    "Ngân hàng",
    "Đài",
    "Báo",
    "Hội",
    "Tỉnh đoàn",
    "Liên đoàn",
    "UBND",
    "Ủy ban",
)
_NEW_NAME = re.compile(
    r"(?:" + "|".join(_AGENCY_WORDS) + r")(?: [^\s,;:.()]+)+?"
    r"(?=$|\s*[,;:.(]| chủ trì| phối hợp| theo | và | cùng | thực hiện| tham mưu)"
)


def fold_keep(text: str) -> str:
    """Lower case without accents, same length as ``text``: positions carry over."""
    folded = unaccented(text)
    return folded if len(folded) == len(text) else _fold_each(text)


def _fold_each(text: str) -> str:
    return "".join((unaccented(ch) or " ")[:1] for ch in text)


@dataclass
class Found:
    """What a phrase says: the agencies and groups it names, and how sure that is."""

    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)  # why a person should look at the lead
    support_checks: list[str] = field(default_factory=list)  # ... and at the support
    request: bool = False


class Agencies:
    """The agencies a plan knows, for finding their names in running text."""

    def __init__(
        self, plan: Plan, groups: dict[str, str], new: Callable[[str], tuple[str, str]]
    ) -> None:
        self.plan = plan
        self.groups = groups  # "all", "departments", "districts" -> "@key"
        self.new = new  # a name no agency has -> (its new key, why to check)
        self.names: list[tuple[str, str]] = []
        self.labels: dict[str, str] = {}
        self.adopt: Callable[[str], str] = str
        for key, agency in plan.agencies.items():
            self.add(key, agency.name, agency.short, *agency.aliases)

    def add(self, key: str, name: str, *others: str) -> None:
        """Make an agency's names known (one added while importing, too)."""
        self.labels[key] = name
        self.names += [(fold_keep(n), key) for n in (name, *others)]
        self.names.sort(key=lambda item: -len(item[0]))

    def offer(self, key: str, names: tuple[str, ...], adopt: Callable[[str], str]) -> None:
        """Names of an agency the plan does not have yet (from the catalogue): the
        first time one is met, ``adopt`` adds that agency and gives its key."""
        taken = {name for name, _ in self.names}
        if not any(fold_keep(n) in taken for n in names):
            self.names += [(fold_keep(n), f"?{key}") for n in names]
            self.names.sort(key=lambda item: -len(item[0]))
            self.adopt = adopt

    def name_at(self, folded: str, pos: int) -> tuple[str, int] | None:
        """The agency whose name starts at ``pos``, and where the name ends."""
        for name, key in self.names:
            end = pos + len(name)
            if folded.startswith(name, pos) and (end == len(folded) or not folded[end].isalnum()):
                return (self.adopt(key[1:]) if key.startswith("?") else key), end
        return None

    def group_at(self, folded: str, pos: int) -> tuple[str | None, int] | None:
        """The group a phrase at ``pos`` names (None when it is too vague), and its end."""
        m = _GROUP.match(folded, pos)
        if not m:
            return None
        words = set(re.findall(_WORD, m["words"]))
        local = bool(words & set(_LOCAL))
        sector = words & set(_SECTOR)
        if local and sector:
            return self.groups["all"], m.end()
        if local:
            return self.groups["districts"], m.end()
        if sector - set(_VAGUE):
            return self.groups["departments"], m.end()
        return None, m.end()

    def unknown_at(self, text: str, pos: int) -> tuple[str, int, str] | None:
        """A name no agency has: the nearest known one when it is close, else a new agency."""
        m = _NEW_NAME.match(text, pos)
        if not m:
            return None
        name = m.group(0)
        kind = next(w for w in _AGENCY_WORDS if name.startswith(w))
        rest = name[len(kind) :].strip()
        if " " not in kind and not rest[:1].isupper():
            return None  # "Ban hành", "Báo cáo": words, not a name
        try:
            key = resolve(self.plan, name, groups=False).ref
            return key, m.end(), f"«{name}» được hiểu là {self.labels[key]}"
        except KehoachError:
            pass
        near = closest(name, [n for n, _ in self.names], n=1)
        if near and SequenceMatcher(None, near[0], fold_keep(name)).ratio() >= NEAR:
            key = dict(self.names)[near[0]]
            return key, m.end(), f"«{name}» ≈ {self.labels[key]}"
        key, why = self.new(name)
        return key, m.end(), why


def names_list(
    agencies: Agencies, text: str, pos: int = 0
) -> tuple[list[str], list[str], list[str], int]:
    """The agencies and groups named one after another from ``pos``: (agencies,
    groups, checks, where the list ends)."""
    folded = fold_keep(text)
    specific: list[str] = []
    groups: list[str] = []
    checks: list[str] = []
    kind = ""
    if m := _DISTRIBUTE.match(folded, pos):
        kind, pos = text[m.start() + 4 : m.start() + 4 + len(m["kind"])], m.end()
    end = pos
    while pos < len(text):
        if m := _TITLE.match(folded, pos):
            pos = m.end()
        item = _item(agencies, text, folded, pos, kind)
        if item is None:
            break
        ref, pos, check = item
        if check:
            checks.append(check)
        if ref:
            (groups if ref.startswith("@") else specific).append(ref)
        end = pos
        sep = _SEPARATOR.match(folded, pos)
        if not sep:
            break
        pos = sep.end()
    return _unique(specific), _combined(agencies, groups), checks, end


def _item(
    agencies: Agencies, text: str, folded: str, pos: int, kind: str
) -> tuple[str | None, int, str] | None:
    named = agencies.name_at(folded, pos)
    group = agencies.group_at(folded, pos)
    if kind and not named:
        prefixed = agencies.name_at(f"{unaccented(kind)} " + folded[pos:], 0)
        if prefixed:
            named = prefixed[0], pos + prefixed[1] - len(kind) - 1
    if named and (not group or named[1] >= group[1]):
        return named[0], named[1], ""
    if group:
        return group[0], group[1], ""
    unknown = agencies.unknown_at(text, pos)
    if unknown:
        return unknown[0], unknown[1], unknown[2]
    return None


def _unique(refs: list[str]) -> list[str]:
    return list(dict.fromkeys(refs))


def _combined(agencies: Agencies, groups: list[str]) -> list[str]:
    """Departments and districts named together are the plan's all-group."""
    found = _unique(groups)
    both = {agencies.groups["departments"], agencies.groups["districts"]}
    if both <= set(found) or agencies.groups["all"] in found:
        found = [g for g in found if g not in both | {agencies.groups["all"]}]
        found.insert(0, agencies.groups["all"])
    return found


def who(agencies: Agencies, text: str) -> Found:
    """Lead and support as the start of a heading or paragraph states them.

    Named agencies lead; groups named with them support ("Sở X, Công an tỉnh; các
    sở, ban, ngành, địa phương …"); groups named alone lead. What follows "chủ
    trì, phối hợp (với)" supports.
    """
    found = Found()
    folded = fold_keep(text)
    pos = 0
    if m := _REQUEST.match(folded):
        found.request, pos = True, m.end()
    elif m := _ASSIGN.match(folded):
        pos = m.end()
    specific, groups, checks, end = names_list(agencies, text, pos)
    found.checks += checks
    if specific:
        found.lead, found.support = specific, groups
    else:
        found.lead = groups
    if found.lead:
        m = _LEAD_WORDS.match(folded, end)
        after = m.end() if m else end
        found.support += _support_at(agencies, text, folded, after, found)
    return found


def support_of(agencies: Agencies, text: str) -> Found:
    """The supporters a bullet adds when it starts "(Chủ trì,) phối hợp (với) …"."""
    found = Found()
    found.support = _support_at(agencies, text, fold_keep(text), 0, found)
    return found


def _support_at(agencies: Agencies, text: str, folded: str, pos: int, found: Found) -> list[str]:
    m = _SUPPORT.match(folded, pos)
    if not m:
        return []
    specific, groups, checks, _ = names_list(agencies, text, m.end())
    found.support_checks += checks
    return _combined(agencies, [*specific, *groups]) if not specific else [*specific, *groups]
