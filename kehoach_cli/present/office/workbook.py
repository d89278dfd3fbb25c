"""The plan's state as an Excel workbook (XlsxWriter): tasks, the report grid,
the scoreboard and the overdue list, each sheet ready to filter and to print.

The command line makes the ``Workbook`` (on a file or in memory) and closes it;
this module fills it. Dates are real Excel dates shown dd/mm/yyyy, rates real
percentages; every sheet has a frozen header row, an autofilter and prints on
A4 landscape, one page wide, the header repeated on each page.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from kehoach_cli.present.labels import t
from kehoach_cli.present.office.word import report_states
from kehoach_cli.present.phrases import item_label, timeliness_text
from kehoach_cli.present.text import display_width
from kehoach_cli.present.wording import format_date, period_label

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.workbook import Workbook
    from xlsxwriter.worksheet import Worksheet

    from kehoach_cli.core.model import Plan
    from kehoach_cli.core.office import OfficeFigures
    from kehoach_cli.core.progress import Assignment

FILLS = {"on_time": "#C8E6C9", "late": "#FFE082", "missing": "#EF9A9A", "pending": "#ECEFF1"}
WIDEST = 60  # characters: longer texts wrap
SCORE_COUNTS = (
    "tasks", "done_on_time", "done_late", "on_track", "overdue", "overdue_over_30", "blocked",
    "ongoing", "reports_on_time", "reports_late", "reports_missing",
)  # fmt: skip
RATES = ("completion_rate", "on_time_rate")


class Styles:
    """The workbook's cell formats, made once."""

    def __init__(self, book: Workbook) -> None:
        base = {"font_name": "Times New Roman", "font_size": 11, "valign": "top"}
        self.title = book.add_format({**base, "bold": True, "font_size": 13})
        self.head = book.add_format(
            {**base, "bold": True, "text_wrap": True, "border": 1, "bg_color": "#ECEFF1"}
        )
        self.text = book.add_format({**base, "text_wrap": True, "border": 1})
        self.number = book.add_format({**base, "border": 1})
        self.date = book.add_format({**base, "border": 1, "num_format": "dd/mm/yyyy"})
        self.percent = book.add_format({**base, "border": 1, "num_format": "0.0%"})
        self.total = book.add_format({**base, "bold": True, "border": 1, "top": 2})
        self.total_percent = book.add_format(
            {**base, "bold": True, "border": 1, "top": 2, "num_format": "0.0%"}
        )
        self.states = {
            state: book.add_format({**base, "border": 1, "bg_color": fill, "align": "center"})
            for state, fill in FILLS.items()
        }


def fill_workbook(
    book: Workbook,
    plan: Plan,
    assignments: list[Assignment],
    figures: OfficeFigures,
    lang: str,
) -> None:
    """The four sheets: tasks, periodic reports, summary, overdue."""
    styles = Styles(book)
    _tasks_sheet(book, styles, plan, assignments, lang)
    _reports_sheet(book, styles, plan, figures, lang)
    _summary_sheet(book, styles, plan, figures, lang)
    _overdue_sheet(book, styles, plan, figures, lang)


def _sheet(book: Workbook, name_key: str, lang: str, title: str) -> Worksheet:
    """A sheet with its title in the first row, set to print A4 landscape, one page wide."""
    sheet = book.add_worksheet(t(name_key, lang))
    sheet.set_paper(9)  # A4
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(1)
    sheet.set_margins(left=0.5, right=0.4, top=0.6, bottom=0.6)
    sheet.write(0, 0, title)
    return sheet


def _table(
    sheet: Worksheet,
    styles: Styles,
    headers: list[str],
    rows: list[list[Any]],
    kinds: list[str],
) -> None:
    """Headers on row 2 (frozen, filtered), the rows under them, widths to fit."""
    sheet.set_row(0, None, styles.title)
    sheet.write_row(1, 0, headers, styles.head)
    formats: dict[str, Format] = {
        "text": styles.text,
        "number": styles.number,
        "date": styles.date,
        "percent": styles.percent,
    }
    for r, values in enumerate(rows, start=2):
        for c, (value, kind) in enumerate(zip(values, kinds, strict=True)):
            if value is None or value == "":
                sheet.write_blank(r, c, None, formats[kind])
            elif kind == "date":
                sheet.write_datetime(r, c, value, styles.date)
            else:
                sheet.write(r, c, value, formats[kind])
    sheet.freeze_panes(2, 0)
    sheet.autofilter(1, 0, 1 + len(rows), len(headers) - 1)
    for c, head in enumerate(headers):
        width = max([_width(head, header=True), *(_width(row[c]) for row in rows)])
        sheet.set_column(c, c, min(width, WIDEST) + 2)


def _width(value: Any, header: bool = False) -> int:
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return 7
    text = "" if value is None else str(value)
    if header:  # headers wrap at spaces: the longest word is enough
        return max((display_width(word) for word in text.split()), default=0) + 4
    return display_width(text)


def _full_name(plan: Plan, key: str | None) -> str:
    if key is None:
        return ""
    agency = plan.agencies.get(key)
    return agency.name if agency else key


# --- the sheets -----------------------------------------------------------------------


def _tasks_sheet(
    book: Workbook, styles: Styles, plan: Plan, assignments: list[Assignment], lang: str
) -> None:
    sheet = _sheet(book, "off.sheet.tasks", lang, plan.info.title)
    keys = (
        "col.id", "off.col.section", "off.col.text", "off.col.lead", "off.col.due",
        "off.col.effective_due", "off.col.status", "off.col.timeliness", "off.col.days",
        "off.col.last_update", "off.col.note",
    )  # fmt: skip
    kinds = ["text", "text", "text", "text", "date", "date", "text", "text", "number", "date"]
    rows = [
        [
            a.task.id,
            a.task.section,
            a.task.text,
            _full_name(plan, a.agency),
            a.task.due,
            a.effective_due,
            t(f"status.{a.status}", lang),
            timeliness_text(a.timeliness.code, a.timeliness.days, lang),
            a.timeliness.days if a.timeliness.days else None,
            a.last.date if a.last else None,
            a.task.note,
        ]
        for a in assignments
    ]
    _table(sheet, styles, [t(k, lang) for k in keys], rows, [*kinds, "text"])


def _reports_sheet(
    book: Workbook, styles: Styles, plan: Plan, figures: OfficeFigures, lang: str
) -> None:
    """A row per agency, a column per (report, period), each cell coloured by its state."""
    title = t("off.title.workbook", lang, title=plan.info.title, date=format_date(figures.today))
    sheet = _sheet(book, "off.sheet.reports", lang, title)
    columns = list(dict.fromkeys((c.report.id, c.period.code) for c in figures.matrix))
    many = len(plan.reports) > 1
    headers = [t("off.col.agency", lang)] + [
        f"{period_label(code, lang)} ({report})" if many else period_label(code, lang)
        for report, code in columns
    ]
    agencies = list(dict.fromkeys(c.agency for c in figures.matrix))
    grid = {(c.agency, c.report.id, c.period.code): c for c in figures.matrix}
    sheet.set_row(0, None, styles.title)
    sheet.write_row(1, 0, headers, styles.head)
    for r, agency in enumerate(agencies, start=2):
        sheet.write(r, 0, _full_name(plan, agency), styles.text)
        for c, (report, code) in enumerate(columns, start=1):
            cell = grid.get((agency, report, code))
            if cell is None:
                sheet.write_blank(r, c, None, styles.number)
                continue
            state = cell.state.code
            shown = f"+{cell.state.days_late}" if state == "late" else t(f"report.{state}", lang)
            sheet.write(r, c, shown, styles.states[state])
    sheet.freeze_panes(2, 1)
    sheet.autofilter(1, 0, 1 + len(agencies), len(headers) - 1)
    names = [_full_name(plan, a) for a in agencies]
    sheet.set_column(0, 0, min(max(map(display_width, names), default=20), WIDEST) + 2)
    sheet.set_column(1, len(columns), 16)
    legend_row = len(agencies) + 3
    sheet.write(legend_row, 0, t("off.legend", lang), styles.title)
    for n, state in enumerate(report_states(), start=1):
        sheet.write(legend_row + n, 0, t(f"report.{state}", lang), styles.states[state])


def _summary_sheet(
    book: Workbook, styles: Styles, plan: Plan, figures: OfficeFigures, lang: str
) -> None:
    title = t("off.title.workbook", lang, title=plan.info.title, date=format_date(figures.today))
    sheet = _sheet(book, "off.sheet.summary", lang, title)
    headers = [t("off.col.agency", lang)]
    headers += [t(f"sum.col.{k}", lang) for k in (*SCORE_COUNTS, *RATES)]
    kinds = ["text"] + ["number"] * len(SCORE_COUNTS) + ["percent"] * len(RATES)
    rows = [
        [_full_name(plan, s.agency)]
        + [getattr(s, k) for k in SCORE_COUNTS]
        + [getattr(s, k) for k in RATES]
        for s in figures.scores
    ]
    _table(sheet, styles, headers, rows, kinds)
    total = figures.total
    last = 2 + len(rows)
    sheet.write(last, 0, t("off.total", lang), styles.total)
    for c, key in enumerate(SCORE_COUNTS, start=1):
        sheet.write_number(last, c, getattr(total, key), styles.total)
    for c, key in enumerate(RATES, start=1 + len(SCORE_COUNTS)):
        value = getattr(total, key)
        if value is None:
            sheet.write_blank(last, c, None, styles.total_percent)
        else:
            sheet.write_number(last, c, value, styles.total_percent)


def _overdue_sheet(
    book: Workbook, styles: Styles, plan: Plan, figures: OfficeFigures, lang: str
) -> None:
    title = t("off.title.workbook", lang, title=plan.info.title, date=format_date(figures.today))
    sheet = _sheet(book, "off.sheet.overdue", lang, title)
    keys = (
        "off.col.item", "off.col.text", "off.col.lead", "off.col.due", "off.col.effective_due",
        "off.col.days_overdue",
    )  # fmt: skip
    rows = [
        [
            item_label(i.kind, i.ref, i.period, lang),
            i.title,
            _full_name(plan, i.agency),
            i.due,
            i.effective_due,
            i.days,
        ]
        for i in figures.items
    ]
    kinds = ["text", "text", "text", "date", "date", "number"]
    _table(sheet, styles, [t(k, lang) for k in keys], rows, kinds)
