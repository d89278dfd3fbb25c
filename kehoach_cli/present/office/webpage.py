"""The periodic report as one self-contained web page for leadership.

Everything is inline: the CSS, the SVG charts; no script and no address
outside the page, so it opens from a mail attachment or a USB stick and prints
on A4. Every text taken from the plan is escaped.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from kehoach_cli.core.dates import period_parts
from kehoach_cli.present.labels import t
from kehoach_cli.present.office.letterhead import letterhead
from kehoach_cli.present.office.word import LONG_OVERDUE, rate_text, report_states
from kehoach_cli.present.wording import format_date, period_label, span_title

if TYPE_CHECKING:
    from kehoach_cli.core.compliance import Score
    from kehoach_cli.core.model import Plan
    from kehoach_cli.core.office import OfficeFigures, TrendPoint

COLOURS = {"on_time": "#2e7d32", "late": "#f9a825", "missing": "#c62828", "pending": "#cfd8dc"}
CSS = """
body { font-family: "Times New Roman", Times, serif; margin: 2em auto; max-width: 60em;
       color: #000; line-height: 1.35; padding: 0 1em; }
h1 { font-size: 1.5em; text-align: center; margin-bottom: .2em; }
h2 { font-size: 1.15em; border-bottom: 1px solid #999; margin-top: 1.6em; }
.as-of, .print-hint { text-align: center; font-style: italic; }
table { border-collapse: collapse; margin: .6em 0; }
th, td { border: 1px solid #999; padding: .2em .45em; vertical-align: top; }
th { background: #eceff1; }
td.n { text-align: right; }
.grid td { width: 1.6em; height: 1.2em; padding: 0; }
.grid td.name { width: auto; padding: 0 .4em; white-space: nowrap; }
.on_time { background: #2e7d32; } .late { background: #f9a825; }
.missing { background: #c62828; } .pending { background: #cfd8dc; }
.legend span { display: inline-block; width: 1em; height: 1em; margin: 0 .3em 0 1em;
               vertical-align: middle; }
.long { color: #c62828; font-weight: bold; }
svg text { font-family: "Times New Roman", Times, serif; font-size: 12px; }
@page { size: A4 portrait; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .print-hint { display: none; }
  h2 { break-after: avoid; }
  table, svg { break-inside: avoid; }
  th, td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .grid td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def report_page(plan: Plan, figures: OfficeFigures, trend: list[TrendPoint], lang: str) -> str:
    """The page: the figures, a chart per agency, the report grid, the overdue
    list and the trend of the monthly on-time rate."""
    span = span_title(figures.span, lang)
    title = t("off.html.title", lang, title=plan.info.title, span=span)
    head = letterhead(plan, lang)
    as_of = t("off.html.as_of", lang, date=format_date(figures.today))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f'<p class="as-of">{escape(head.parent.upper())} — {escape(head.office.upper())}</p>',
        f"<h1>{escape(title)}</h1>",
        f'<p class="as-of">{escape(as_of)}</p>',
        f'<p class="print-hint">{escape(t("off.html.print", lang))}</p>',
        _figures(figures, lang),
        _chart(plan, figures.scores, lang),
        _matrix(plan, figures, lang),
        _overdue(plan, figures, lang),
        _trend(trend, lang),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _figures(figures: OfficeFigures, lang: str) -> str:
    total = figures.total
    rows = [
        ("tasks", t("sum.col.tasks", lang), str(total.tasks)),
        ("done_on_time", t("sum.col.done_on_time", lang), str(total.done_on_time)),
        ("done_late", t("sum.col.done_late", lang), str(total.done_late)),
        ("on_track", t("sum.col.on_track", lang), str(total.on_track)),
        ("overdue", t("sum.col.overdue", lang), str(total.overdue)),
        ("ongoing", t("sum.col.ongoing", lang), str(total.ongoing)),
        ("blocked", t("sum.col.blocked", lang), str(total.blocked)),
        ("reports_on_time", t("sum.col.reports_on_time", lang), str(total.reports_on_time)),
        ("reports_late", t("sum.col.reports_late", lang), str(total.reports_late)),
        ("reports_missing", t("sum.col.reports_missing", lang), str(total.reports_missing)),
        ("completion_rate", t("sum.col.completion_rate", lang), _rate(total.completion_rate, lang)),
        ("on_time_rate", t("sum.col.on_time_rate", lang), _rate(total.on_time_rate, lang)),
        (
            "completion_over_all",
            t("off.html.completion_over_all", lang),
            _rate(figures.completion_over_all, lang),
        ),
        (
            "on_time_over_all",
            t("off.html.on_time_over_all", lang),
            _rate(figures.on_time_over_all, lang),
        ),
    ]
    body = "\n".join(
        f'<tr><th scope="row">{escape(label)}</th><td class="n" data-key="{key}">{value}</td></tr>'
        for key, label, value in rows
    )
    return f"<h2>{escape(t('off.html.figures', lang))}</h2>\n<table>\n{body}\n</table>"


def _rate(rate: float | None, lang: str) -> str:
    return escape(rate_text(rate, lang))


def _chart(plan: Plan, scores: list[Score], lang: str) -> str:
    """Two bars per agency: completion rate (dark) over on-time rate (light)."""
    shown = [s for s in scores if s.completion_rate is not None or s.on_time_rate is not None]
    name_width, bar_width, row = 230, 380, 26
    height = row * len(shown) + 30
    out = [f'<svg width="100%" viewBox="0 0 {name_width + bar_width + 60} {height}" role="img">']
    for n, s in enumerate(shown):
        y = 20 + n * row
        name = plan.agency_label(s.agency) if s.agency else ""
        out.append(
            f'<text x="{name_width - 6}" y="{y + 11}" text-anchor="end">{escape(name)}</text>'
        )
        for k, (rate, colour) in enumerate(
            ((s.completion_rate, "#1565c0"), (s.on_time_rate, "#90caf9"))
        ):
            width = round((rate or 0) * bar_width, 1)
            out.append(
                f'<rect x="{name_width}" y="{y + k * 10}" width="{width}" height="9" '
                f'fill="{colour}"/>'
            )
            out.append(
                f'<text x="{name_width + width + 4}" y="{y + k * 10 + 8}">'
                f"{_rate(rate, lang)}</text>"
            )
    legend = (
        f'<text x="{name_width}" y="12"><tspan fill="#1565c0">■</tspan> '
        f"{escape(t('sum.col.completion_rate', lang))}  "
        f'<tspan fill="#90caf9">■</tspan> {escape(t("sum.col.on_time_rate", lang))}</text>'
    )
    out.insert(1, legend)
    out.append("</svg>")
    return f"<h2>{escape(t('off.html.chart', lang))}</h2>\n" + "\n".join(out)


def _matrix(plan: Plan, figures: OfficeFigures, lang: str) -> str:
    """A grid per report: a row per agency, a coloured cell per period."""
    blocks = [f"<h2>{escape(t('off.html.matrix', lang))}</h2>"]
    for report in plan.reports:
        cells = [c for c in figures.matrix if c.report.id == report.id]
        if not cells:
            continue
        codes = list(dict.fromkeys(c.period.code for c in cells))
        grid = {(c.agency, c.period.code): c for c in cells}
        heads = "".join(f"<th>{escape(_short_period(code, lang))}</th>" for code in codes)
        rows = []
        for agency in dict.fromkeys(c.agency for c in cells):
            tds = "".join(
                f'<td class="{grid[(agency, code)].state.code}" '
                f'title="{escape(period_label(code, lang))}: '
                f'{escape(t("report." + grid[(agency, code)].state.code, lang))}"></td>'
                for code in codes
            )
            rows.append(f'<tr><td class="name">{escape(plan.agency_label(agency))}</td>{tds}</tr>')
        blocks.append(
            f'<h3>{escape(report.name)}</h3>\n<table class="grid">\n'
            f"<tr><th>{escape(t('off.col.agency', lang))}</th>{heads}</tr>\n"
            + "\n".join(rows)
            + "\n</table>"
        )
    legend = "".join(
        f'<span class="{state}"></span>{escape(t("report." + state, lang))}'
        for state in report_states()
    )
    blocks.append(f'<p class="legend">{escape(t("off.legend", lang))}:{legend}</p>')
    return "\n".join(blocks)


def _short_period(code: str, lang: str) -> str:
    kind, _, number = period_parts(code)
    if kind == "month":
        return f"{number:02}"
    return period_label(code, lang)


def _overdue(plan: Plan, figures: OfficeFigures, lang: str) -> str:
    heading = f"<h2>{escape(t('off.html.overdue', lang))}</h2>"
    if not figures.overdue:
        return f"{heading}\n<p>{escape(t('off.report.no_overdue', lang))}</p>"
    heads = (
        "off.col.agency",
        "off.col.task",
        "off.col.deadline",
        "off.col.days_overdue",
    )
    rows = [
        "<tr>"
        f"<td>{escape(plan.agency_label(i.agency))}</td>"
        f"<td>{escape(i.ref)}: {escape(i.title)}</td>"
        f"<td>{format_date(i.effective_due)}</td>"
        f'<td class="n{" long" if i.days > LONG_OVERDUE else ""}">{i.days}</td>'
        "</tr>"
        for i in figures.overdue
    ]
    head = "".join(f"<th>{escape(t(k, lang))}</th>" for k in heads)
    return f"{heading}\n<table>\n<tr>{head}</tr>\n" + "\n".join(rows) + "\n</table>"


def _trend(trend: list[TrendPoint], lang: str) -> str:
    """The monthly on-time rate as a line over the months so far."""
    heading = f"<h2>{escape(t('off.html.trend', lang))}</h2>"
    if not trend:
        return f"{heading}\n<p>{escape(t('off.html.no_trend', lang))}</p>"
    left, top, width, height, step = 40, 10, 560, 160, 560 / max(len(trend), 1)
    points = []
    labels = []
    for n, point in enumerate(trend):
        x = round(left + step * (n + 0.5), 1)
        y = round(top + height * (1 - (point.rate or 0)), 1)
        points.append(f"{x},{y}")
        month = period_parts(point.month)[2]
        labels.append(
            f'<text x="{x}" y="{top + height + 16}" text-anchor="middle">{month:02}</text>'
        )
        labels.append(
            f'<circle cx="{x}" cy="{y}" r="3" fill="#1565c0"/>'
            f'<text x="{x}" y="{y - 6}" text-anchor="middle">{_rate(point.rate, lang)}</text>'
        )
    axis = (
        f'<line x1="{left}" y1="{top + height}" x2="{left + width}" y2="{top + height}" '
        'stroke="#999"/>'
        f'<text x="{left - 4}" y="{top + 4}" text-anchor="end">100%</text>'
        f'<text x="{left - 4}" y="{top + height}" text-anchor="end">0%</text>'
    )
    line = f'<polyline points="{" ".join(points)}" fill="none" stroke="#1565c0" stroke-width="2"/>'
    svg = (
        f'<svg width="100%" '
        f'viewBox="0 0 {left + width + 10} {top + height + 24}" role="img">'
        f"{axis}{line}{''.join(labels)}</svg>"
    )
    return f"{heading}\n{svg}"
