"""The periodic report and the reminder letters as Word documents (python-docx).

The form follows Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 portrait; margins
20/20/30/18 mm; Times New Roman; body 14 pt, justified, first line indented
1.27 cm, 6 pt between paragraphs; page numbers centred at the top from the
second page; the header block as a borderless two-column table (issuing body
left, Quốc hiệu and Tiêu ngữ right); "Nơi nhận" left of the signature.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from kehoach_cli.present.labels import t
from kehoach_cli.present.office.letterhead import Letterhead, letterhead
from kehoach_cli.present.summary import percent
from kehoach_cli.present.text import shorten
from kehoach_cli.present.wording import format_date, period_label, span_title

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

    from kehoach_cli.core.compliance import Item, ReportCell
    from kehoach_cli.core.model import Plan
    from kehoach_cli.core.office import OfficeFigures

FONT = "Times New Roman"
BODY_PT = 14
INDENT = Cm(1.27)
GAP = Pt(6)
LONG_OVERDUE = 30
TEXT_WIDTH = Mm(162)  # A4 less the 30 mm and 18 mm margins
LEFT_COLUMN = Mm(58)
TASK_TEXT = 220  # characters of a task's text in a table: the plan holds it whole


# --- the page -------------------------------------------------------------------------


def new_document(template: DocumentObject | None = None) -> DocumentObject:
    """A blank document set up by the form, or ``template`` emptied (its styles and
    page setup kept)."""
    if template is not None:
        body = template.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        _page_numbers(template)
        return template
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(18)
    section.header_distance = Mm(10)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)
    normal.paragraph_format.space_after = GAP
    _page_numbers(doc)
    # the first paragraph python-docx's blank document holds
    for child in list(doc.element.body):
        if child.tag != qn("w:sectPr"):
            doc.element.body.remove(child)
    return doc


def _page_numbers(doc: DocumentObject) -> None:
    """The page number centred in the top margin, none on the first page."""
    for section in doc.sections:
        section.different_first_page_header_footer = True
        header = section.header
        header.is_linked_to_previous = False
        if any(p.text.strip() for p in header.paragraphs) or header.part.element.xpath(
            ".//w:fldSimple"
        ):
            continue  # a template's own header is kept
        paragraph = header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        props = OxmlElement("w:rPr")
        fonts = OxmlElement("w:rFonts")
        fonts.set(qn("w:ascii"), FONT)
        fonts.set(qn("w:hAnsi"), FONT)
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), str(BODY_PT * 2))
        props.append(fonts)
        props.append(size)
        run.append(props)
        text = OxmlElement("w:t")
        text.text = "2"
        run.append(text)
        field.append(run)
        paragraph._p.append(field)


def _run(paragraph: Paragraph, text: str, size: float = BODY_PT, **style: bool) -> None:
    run = paragraph.add_run(text)
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = style.get("bold", False)
    run.italic = style.get("italic", False)
    run.underline = style.get("underline", False)


def line(
    where: Any,
    text: str = "",
    size: float = BODY_PT,
    *,
    align: str = "center",
    after: float = 0,
    **style: bool,
) -> Paragraph:
    """A paragraph of one run, not indented (headers, tables, signature)."""
    paragraph = where.add_paragraph()
    paragraph.alignment = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }[align]
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Cm(0)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(after)
    if text:
        _run(paragraph, text, size, **style)
    return paragraph


def body(doc: DocumentObject, text: str, **style: bool) -> Paragraph:
    """A paragraph of the text: 14 pt, justified, first line indented, 6 pt after."""
    paragraph = doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = INDENT
    fmt.space_before = Pt(0)
    fmt.space_after = GAP
    _run(paragraph, text, BODY_PT, **style)
    return paragraph


def heading(doc: DocumentObject, text: str) -> Paragraph:
    return body(doc, text, bold=True)


def _cell(cell: _Cell) -> _Cell:
    """A table cell emptied of the paragraph python-docx puts in it."""
    for paragraph in cell.paragraphs:
        paragraph._p.getparent().remove(paragraph._p)
    return cell


def _borders(table: Table, value: str) -> None:
    """Every border of ``table`` set to ``value`` ("nil" for none, "single")."""
    props = table._tbl.tblPr
    for old in props.findall(qn("w:tblBorders")):
        props.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), value)
        if value != "nil":
            element.set(qn("w:sz"), "4")
            element.set(qn("w:color"), "000000")
        borders.append(element)
    props.append(borders)


def _table(doc: DocumentObject, rows: int, widths: tuple[int, ...], borders: str) -> Table:
    """A table of fixed column widths (set on the grid too, which LibreOffice reads),
    its cells empty."""
    table = doc.add_table(rows=rows, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _borders(table, borders)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
            _cell(cell)
    return table


def _layout_table(doc: DocumentObject, rows: int, widths: tuple[int, ...]) -> Table:
    return _table(doc, rows, widths, "nil")


def dated_text(head: Letterhead, day: date, lang: str) -> str:
    """ "Hà Tĩnh, ngày 05 tháng 04 năm 2021": day and month zero-padded."""
    return t("off.dated", lang, place=head.place, day=day.day, month=day.month, year=day.year)


def header_block(
    doc: DocumentObject, head: Letterhead, day: date, symbol: str, lang: str, about: str = ""
) -> Table:
    """The issuing body, number (and a letter's "V/v"), Quốc hiệu, Tiêu ngữ, place and date."""
    table = _layout_table(doc, 2, (LEFT_COLUMN, TEXT_WIDTH - LEFT_COLUMN))
    left, right = table.rows[0].cells
    line(left, head.parent.upper(), 13)
    line(left, head.office.upper(), 13, bold=True)
    line(left, "—————", 13, after=6)
    line(right, t("off.nation", lang), 12, bold=True)
    line(right, t("off.motto", lang), 13.5, bold=True, underline=True, after=6)
    left, right = table.rows[1].cells
    line(left, t("off.number", lang, symbol=symbol), 13)
    if about:
        line(left, about, 12.5, after=6)
    line(right, dated_text(head, day, lang), 13.5, italic=True)
    return table


def signature_block(doc: DocumentObject, recipients: list[str], lang: str) -> Table:
    """ "Nơi nhận" (12 pt bold italic, the list 11 pt) left; the head's title right,
    with room to sign and no name (the Office's head signs and writes it)."""
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    table = _layout_table(doc, 1, (Mm(80), TEXT_WIDTH - Mm(80)))
    left, right = table.rows[0].cells
    line(left, t("off.recipients", lang), 12, align="left", bold=True, italic=True)
    for entry in [*recipients, t("off.keep", lang)]:
        line(left, entry, 11, align="left")
    line(right, t("off.head", lang), BODY_PT, bold=True)
    for _ in range(4):
        line(right)
    return table


def _data_table(doc: DocumentObject, headers: list[str], rows: list[list[str] | str]) -> Table:
    """A bordered table of 12 pt cells, the header row bold and repeated on each
    page; a row given as one text spans the table in bold (an agency's name)."""
    widths = (Mm(12), Mm(104), Mm(22), Mm(22))
    table = _table(doc, 1 + len(rows), widths, "single")
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for c, cell in enumerate(table.rows[0].cells):
        line(cell, headers[c], 12, bold=True)
    for row, values in zip(table.rows[1:], rows, strict=True):
        if isinstance(values, str):
            for cell in row.cells:  # python-docx merges cells that hold a paragraph
                cell.add_paragraph()
            merged = row.cells[0].merge(row.cells[-1])
            _cell(merged)
            line(merged, values, 12, align="left", bold=True)
            continue
        for c, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            line(cell, value, 12, align="left" if c == 1 else "center")
    return table


# --- the periodic report ----------------------------------------------------------------


def report_document(
    plan: Plan,
    figures: OfficeFigures,
    day: date,
    lang: str,
    template: DocumentObject | None = None,
) -> DocumentObject:
    """The Office's report to the committee on ``figures.span``, dated ``day``."""
    doc = new_document(template)
    head = letterhead(plan, lang)
    header_block(doc, head, day, f"BC-{head.code}", lang)
    span = span_title(figures.span, lang)
    line(doc, "", after=6)
    line(doc, t("off.report.kind", lang), BODY_PT, bold=True)
    line(doc, t("off.report.subject", lang, title=plan.info.title, span=span), bold=True)
    line(doc, "—————", after=12)
    intro = t(
        "off.report.intro",
        lang,
        title=plan.info.title,
        office=head.full_name,
        span=span,
        date=format_date(figures.today),
    )
    body(doc, intro)
    _tasks_section(doc, figures, lang)
    _reports_section(doc, plan, figures.cells, lang)
    _overdue_section(doc, plan, figures.overdue, lang)
    _stale_section(doc, plan, figures, lang)
    heading(doc, t("off.report.h5", lang))
    body(doc, t("off.report.proposal", lang), italic=True)
    recipients = [
        t("off.report.to_committee", lang),
        t("off.report.to_leaders", lang),
        t("off.report.to_office", lang),
    ]
    signature_block(doc, recipients, lang)
    return doc


def _tasks_section(doc: DocumentObject, figures: OfficeFigures, lang: str) -> None:
    total = figures.total
    heading(doc, t("off.report.h1", lang))
    body(
        doc,
        t(
            "off.report.tasks",
            lang,
            tasks=total.tasks,
            dated=figures.dated_tasks,
            ongoing=total.ongoing,
            cancelled=total.cancelled,
        ),
    )
    body(
        doc,
        t(
            "off.report.dated",
            lang,
            done_on_time=total.done_on_time,
            done_late=total.done_late,
            on_track=total.on_track,
            overdue=total.overdue,
            over_30=sum(1 for i in figures.overdue if i.days > LONG_OVERDUE),
            blocked=total.blocked,
        ),
    )
    body(
        doc,
        t(
            "off.report.due_rates",
            lang,
            due_so_far=total.due_so_far,
            on_time_so_far=total.on_time_so_far,
            completion=rate_text(total.completion_rate, lang),
            on_time=rate_text(total.on_time_rate, lang),
        ),
    )
    body(
        doc,
        t(
            "off.report.all_rates",
            lang,
            dated=figures.dated_tasks,
            completion=rate_text(figures.completion_over_all, lang),
            on_time=rate_text(figures.on_time_over_all, lang),
        ),
    )


def rate_text(rate: float | None, lang: str) -> str:
    """A rate to one decimal, with the decimal comma in Vietnamese: ``87,5%``."""
    if rate is None:
        return percent(None, lang)
    text = f"{rate * 100:.1f}%"
    return text.replace(".", ",") if lang == "vi" else text


def _names(plan: Plan, cells: list[ReportCell]) -> str:
    return ", ".join(
        plan.agencies[c.agency].name if c.agency in plan.agencies else c.agency for c in cells
    )


def _reports_section(doc: DocumentObject, plan: Plan, cells: list[ReportCell], lang: str) -> None:
    heading(doc, t("off.report.h2", lang))
    if not cells:
        body(doc, t("off.report.reports_none", lang))
        return
    periods = list(dict.fromkeys((c.report.id, c.period.code) for c in cells))
    for report_id, code in periods:
        mine = [c for c in cells if (c.report.id, c.period.code) == (report_id, code)]
        by_state = {s: [c for c in mine if c.state.code == s] for s in report_states()}
        first = mine[0]
        body(
            doc,
            t(
                "off.report.report_line",
                lang,
                report=first.report.name,
                period=period_label(code, lang),
                due=format_date(first.period.effective_due),
                **{state: len(found) for state, found in by_state.items()},
            ),
        )
        if by_state["late"]:
            body(doc, t("off.report.sent_late", lang, names=_names(plan, by_state["late"])))
        if by_state["missing"]:
            body(doc, t("off.report.not_sent", lang, names=_names(plan, by_state["missing"])))


def report_states() -> tuple[str, ...]:
    return ("on_time", "late", "missing", "pending")


def _overdue_section(doc: DocumentObject, plan: Plan, items: list[Item], lang: str) -> None:
    heading(doc, t("off.report.h3", lang))
    if not items:
        body(doc, t("off.report.no_overdue", lang))
        return
    over_30 = sum(1 for i in items if i.days > LONG_OVERDUE)
    body(doc, t("off.report.overdue_intro", lang, n=len(items), over_30=over_30))
    by_agency: dict[str, list[Item]] = {}
    for item in items:
        by_agency.setdefault(item.agency, []).append(item)
    order = {key: n for n, key in enumerate(plan.agencies)}
    headers = [
        t("off.col.no", lang),
        t("off.col.task", lang),
        t("off.col.deadline", lang),
        t("off.col.days_overdue", lang),
    ]
    rows: list[list[str] | str] = []
    for n, agency in enumerate(sorted(by_agency, key=lambda a: order.get(a, 0)), start=1):
        mine = by_agency[agency]
        name = plan.agencies[agency].name if agency in plan.agencies else agency
        rows.append(f"{n}. {name} ({len(mine)})")
        rows += [
            [
                str(k),
                f"{i.ref}: {shorten(i.title, TASK_TEXT)}",
                format_date(i.effective_due),
                f"{i.days}{' ' + t('off.long_mark', lang) if i.days > LONG_OVERDUE else ''}",
            ]
            for k, i in enumerate(mine, start=1)
        ]
    _data_table(doc, headers, rows)
    line(doc, "", after=6)


def _stale_section(doc: DocumentObject, plan: Plan, figures: OfficeFigures, lang: str) -> None:
    heading(doc, t("off.report.h4", lang, n=figures.stale_days))
    if not figures.stale:
        body(doc, t("off.report.no_stale", lang, n=figures.stale_days))
        return
    ids: dict[str, list[str]] = {}
    for s in figures.stale:
        ids.setdefault(s.agency, []).append(s.task.id)
    for agency, mine in ids.items():
        name = plan.agencies[agency].name if agency in plan.agencies else agency
        body(doc, t("off.report.stale_line", lang, agency=name, n=len(mine), ids=", ".join(mine)))


# --- the reminder letter ----------------------------------------------------------------


def reminder_document(
    plan: Plan,
    agency: str,
    items: list[Item],
    day: date,
    reply_by: date,
    lang: str,
    template: DocumentObject | None = None,
) -> DocumentObject:
    """A draft công văn đôn đốc to ``agency`` on what it owes (``items``)."""
    doc = new_document(template)
    head = letterhead(plan, lang)
    title = plan.info.title
    about = t("off.remind.subject", lang, title=title)
    header_block(doc, head, day, f"{head.code}-TH", lang, about=about)
    name = plan.agencies[agency].name if agency in plan.agencies else agency
    line(doc, "", after=6)
    line(doc, t("off.remind.to", lang, agency=name), BODY_PT, after=12)
    body(doc, t("off.remind.intro", lang, title=title, date=format_date(day), agency=name))
    _owed_lines(doc, items, lang)
    reply = format_date(reply_by)
    closing = t("off.remind.closing", lang, office=head.full_name, agency=name, reply_by=reply)
    body(doc, closing)
    signature_block(doc, [t("off.remind.as_above", lang), t("off.report.to_office", lang)], lang)
    return doc


def _owed_lines(doc: DocumentObject, items: list[Item], lang: str) -> None:
    """The missing reports (1.), then the overdue tasks (2., or 1. alone)."""
    reports = [i for i in items if i.kind == "report"]
    tasks = [i for i in items if i.kind == "task"]
    if reports:
        body(doc, t("off.remind.reports", lang), bold=True)
    for i in reports:
        values = {"period": period_label(i.period or "", lang), "due": format_date(i.effective_due)}
        body(doc, t("off.remind.report_line", lang, report=i.title, n=i.days, **values))
    if tasks:
        body(doc, t("off.remind.tasks", lang, no=2 if reports else 1), bold=True)
    for i in tasks:
        due = format_date(i.effective_due)
        body(doc, t("off.remind.task_line", lang, ref=i.ref, text=i.title, due=due, n=i.days))
