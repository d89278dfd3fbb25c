"""A draft from a task table (an Excel sheet, a table in a Word document)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from kehoach_cli.core.model import Plan
from kehoach_cli.planfile.importer.draft import CHECK, Builder, Draft, DraftTask
from kehoach_cli.planfile.importer.when import cell_deadline, documents
from kehoach_cli.planfile.importer.who import fold_keep, names_list
from kehoach_cli.planfile.importer.xlsx import Row, Table, find_table

_ROMAN = re.compile(r"[IVX]{1,5}")


def from_sheets(
    sheets: list[tuple[str, list[list[Any]]]], base: Plan, catalogue: Plan, year: int | None
) -> Draft | None:
    """The draft of the first sheet that holds a task table; None when none does."""
    for name, rows in sheets:
        table = find_table(name, rows)
        if table and any(not r.group for r in table.rows):
            return TableBuilder(base, catalogue, year or _year(table)).from_table(table)
    return None


def _year(table: Table) -> int:
    years = [d.year for d in (_due(r)[0] for r in table.rows) if isinstance(d, date)]
    years += [int(d[:4]) for d in (_due(r)[0] for r in table.rows) if isinstance(d, str)]
    if years:
        return min(years)
    from kehoach_cli.planfile.importer.draft import guess_year

    return guess_year([r.content for r in table.rows])


def _due(row: Row) -> tuple[date | str | None, str]:
    return cell_deadline(row.due)


class TableBuilder(Builder):
    """A draft from table rows: group rows are sections, other rows tasks."""

    def from_table(self, table: Table) -> Draft:
        info = self.draft.info
        info.update(id=f"kh-{self.year}", title=table.name or f"Kế hoạch năm {self.year}")
        info.update(issuer="Ủy ban nhân dân tỉnh", signer="", signer_title="")
        info.update(deadline_rule="next_working_day")
        for key in ("title", "issuer", "signer", "signer_title"):
            self.draft.info_checks[key] = f"{CHECK}: ghi theo văn bản"
        lasts = [self.year]
        section, top = "", ""
        counts: dict[str, int] = {}
        for row in table.rows:
            if row.group:
                section, top = self._group(row, top)
                continue
            if not section:
                section = "1"
                self.draft.sections.append(("1", table.name, ""))
            n = counts[section] = counts.get(section, 0) + 1
            task = self._row_task(row, f"{section}.{n}", section)
            if isinstance(task.due, date):
                lasts.append(task.due.year)
            elif isinstance(task.due, str):
                lasts.append(int(task.due[:4]))
            self.draft.tasks.append(task)
        info["start"] = date(min(lasts), 1, 1)
        info["end"] = date(max(lasts), 12, 31)
        return self.draft

    def _group(self, row: Row, top: str) -> tuple[str, str]:
        """A group row: a section "I" (roman), "I.2" under it (arabic), or the next number."""
        taken = {s[0] for s in self.draft.sections}
        if _ROMAN.fullmatch(row.number):
            sid = top = row.number
        elif row.number.isdigit():
            sid = f"{top}.{row.number}" if top else row.number
        else:
            sid = str(sum(1 for s in taken if "." not in s) + 1)
        while sid in taken:
            sid += "-2"
        self.draft.sections.append((sid, row.content, ""))
        return sid, top

    def _row_task(self, row: Row, tid: str, section: str) -> DraftTask:
        task = DraftTask(tid, section, row.content, [])
        task.lead, lead_check = self._names(row.lead)
        task.support, support_check = self._names(row.support)
        if lead_check:
            task.checks["lead"] = lead_check
        elif not task.lead:
            task.checks["lead"] = f"{CHECK}: chưa có đơn vị chủ trì"
        if support_check:
            task.checks["support"] = support_check
        due, words = _due(row)
        task.due = due
        notes = [row.note] if row.note else []
        if words:
            notes.append(f"Thời hạn: {words}")
            task.checks["due"] = f"{CHECK}: thời hạn «{words}» chưa hiểu, ghi vào ghi chú"
        task.note = "; ".join(notes)
        task.references = documents(row.content)
        return task

    def _names(self, cell: str) -> tuple[list[str], str]:
        """The agencies a cell names; a name the list does not take becomes a new agency."""
        text = re.sub(r"\s*\n\s*|\s*-\s+", ", ", cell.strip()).strip(" ,;.")
        refs: list[str] = []
        checks: list[str] = []
        pos = 0
        while pos < len(text):
            specific, groups, found, end = names_list(self.known, text, pos)
            refs += [*specific, *groups]
            checks += found
            rest = re.match(r"[\s,;]*(?:và\s+)?([^,;]+)", text[end:])
            if end >= len(text) or not rest:
                break
            name = rest.group(1).strip()
            if name and not fold_keep(name).startswith("cac don vi"):
                key, why = self._new_agency(name)
                refs.append(key)
                checks.append(why)
            pos = end + rest.end()
        refs = list(dict.fromkeys(refs))
        return refs, (f"{CHECK}: " + "; ".join(checks)) if checks else ""
