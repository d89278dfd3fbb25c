"""Reading the source of an import (.txt, .docx, .xlsx) and putting the pieces together."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from kehoach_cli.core.errors import KehoachError
from kehoach_cli.core.model import Agency, Plan, PlanInfo
from kehoach_cli.planfile.importer.draft import Builder, Draft, guess_year
from kehoach_cli.planfile.importer.emit import plan_text
from kehoach_cli.planfile.importer.tables import from_sheets
from kehoach_cli.planfile.importer.text import outline, paragraphs

SUFFIXES = (".txt", ".docx", ".xlsx")


def catalogue() -> Plan:
    """The agencies a province usually has, before and after the 2025 reorganisation."""
    data = tomllib.loads((Path(__file__).parent / "agencies.toml").read_text("utf-8"))
    agencies = {
        key: Agency(key, a["name"], a["short"], a["kind"], tuple(a.get("aliases", ())))
        for key, a in data.items()
    }
    info = PlanInfo("catalogue", "", date.min, date.max)
    return Plan(info=info, agencies=agencies)


def import_source(path: Path, base: Plan, year: int | None = None) -> tuple[str, dict[str, int]]:
    """The plan file text drafted from ``path`` and the figures of its summary."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise KehoachError("error.import.kind", file=str(path), kinds=", ".join(SUFFIXES))
    try:
        if suffix == ".xlsx":
            from kehoach_cli.planfile.importer.xlsx import read_xlsx

            table = from_sheets(read_xlsx(path), base, catalogue(), year)
            if table is None:
                raise KehoachError("error.import.no_table", file=str(path))
            found = table
        else:
            found = _from_document(path, suffix, base, year)
    except OSError as exc:
        raise KehoachError("error.import.unreadable", file=str(path), reason=exc.strerror) from None
    return plan_text(found, path.name), found.counts()


def _from_document(path: Path, suffix: str, base: Plan, year: int | None) -> Draft:
    if suffix == ".docx":
        from kehoach_cli.planfile.importer.docx import read_docx

        items, grids = read_docx(path)
        table = from_sheets([(path.stem, g) for g in grids], base, catalogue(), year)
        if table is not None and table.tasks and len(table.tasks) >= _tasks_in(items):
            return table
    else:
        raw = path.read_bytes()
        try:
            items = paragraphs(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise KehoachError("error.import.not_utf8", file=str(path)) from None
    return from_paragraphs(items, base, year)


def _tasks_in(items: list[str]) -> int:
    return len(outline(items).tasks)


def from_paragraphs(items: list[str], base: Plan, year: int | None = None) -> Draft:
    """The draft of a plan written as paragraphs (a text file or a Word document)."""
    found = outline(items)
    builder = Builder(base, catalogue(), year or guess_year(items))
    return builder.from_outline(found)


def blank_plan(year: int) -> str:
    """A skeleton plan file: one example of each table, with what to fill in."""
    template = (Path(__file__).parent / "blank.toml").read_text("utf-8")
    title = f"Kế hoạch năm {year}"
    return template.replace("{year}", str(year)).replace("{title}", title)
