"""Who issues the Office's documents, and how its name and place are written."""

from __future__ import annotations

from typing import NamedTuple

from kehoach_cli.core.model import Plan
from kehoach_cli.present.labels import t


class Letterhead(NamedTuple):
    """The issuing body's lines, the document number's code and the place."""

    parent: str  # "UBND tỉnh Hà Tĩnh": printed in capitals above the Office
    office: str  # "Văn phòng"
    code: str  # "VP"
    place: str  # "Hà Tĩnh"

    @property
    def full_name(self) -> str:
        """The Office as a sentence names it: "Văn phòng UBND tỉnh Hà Tĩnh"."""
        return f"{self.office} {self.parent}".strip()


def _short(issuer: str) -> str:
    """ "Ủy ban nhân dân tỉnh Hà Tĩnh" as letterheads write it: "UBND tỉnh Hà Tĩnh"."""
    for long in ("Ủy ban nhân dân", "Uỷ ban nhân dân", "ỦY BAN NHÂN DÂN"):
        if issuer.startswith(long):
            return "UBND" + issuer[len(long) :]
    return issuer


def _place(issuer: str) -> str:
    """The province or city an issuer's name ends with ("... tỉnh Hà Tĩnh" → "Hà Tĩnh")."""
    for word in ("thành phố ", "tỉnh "):
        at = issuer.rfind(word)
        if at >= 0:
            return issuer[at + len(word) :].strip()
    return ""


def letterhead(plan: Plan, lang: str) -> Letterhead:
    """From the plan's [plan] table, each key worked out from ``issuer`` when absent."""
    info = plan.info
    return Letterhead(
        parent=info.issuer_short or _short(info.issuer),
        office=info.office or t("off.office_default", lang),
        code=info.office_code or "VP",
        place=info.place or _place(info.issuer),
    )
