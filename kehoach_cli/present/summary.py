"""The scoreboard (``summary``): a line per agency, by completion rate from the
lowest, the totals last."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from kehoach_cli.present.labels import t
from kehoach_cli.present.render import PEOPLE_CSV, Column, paragraph, render, terminal_width
from kehoach_cli.present.text import display_width
from kehoach_cli.present.wording import format_date

if TYPE_CHECKING:
    from kehoach_cli.core.compliance import Score
    from kehoach_cli.core.model import Plan

BAR_CELLS = 8
_EIGHTHS = " ▏▎▍▌▋▊▉"

SCORE_KEYS = (
    "agency", "name", "total", "tasks", "done_on_time", "done_late", "on_track", "overdue",
    "blocked", "ongoing", "cancelled", "extended", "overdue_over_30", "reports_on_time",
    "reports_late", "reports_missing", "reports_pending", "completed", "overdue_unfinished",
    "completion_rate", "due_so_far", "on_time_so_far", "on_time_rate",
)  # fmt: skip
_TABLE_COUNTS = (
    "tasks", "done_on_time", "done_late", "on_track", "overdue", "overdue_over_30", "blocked",
    "ongoing", "reports_on_time", "reports_late", "reports_missing",
)  # fmt: skip
_RATES = ("completion_rate", "on_time_rate")
# the people's CSV: the full name (the totals row says so), no key, no flag
PEOPLE_KEYS = tuple(k for k in SCORE_KEYS if k not in ("agency", "total"))


def bar(rate: float | None, cells: int = BAR_CELLS) -> str:
    """``rate`` (0..1) as Unicode blocks in eighths on a light-shade track."""
    if rate is None:
        return ""
    filled = round(max(0.0, min(1.0, rate)) * cells * 8)
    full, part = divmod(filled, 8)
    text = "█" * full + (_EIGHTHS[part] if part else "")
    return text + "░" * (cells - len(text))


def percent(rate: float | None, lang: str) -> str:
    return t("word.none", lang) if rate is None else f"{round(rate * 100)}%"


def summary_text(plan: Plan, scores: list[Score], fmt: str, lang: str, today: date) -> str:
    """The scores (the totals last) as a table with a legend, or in another format:
    machine keys for json and csv, full headers for Markdown."""
    empty = t("sum.empty", lang)
    if fmt == PEOPLE_CSV:
        rows = [_score_row(s, plan, lang) for s in scores]
        people = [Column(k, "col.agency" if k == "name" else f"sum.col.{k}") for k in PEOPLE_KEYS]
        return render(rows, people, fmt, lang, empty=empty)
    if fmt in ("json", "csv"):
        rows = [_score_row(s, plan, lang) for s in scores]
        # in CSV the totals row is the one without an agency key: no true/false column
        keys = SCORE_KEYS if fmt == "json" else tuple(k for k in SCORE_KEYS if k != "total")
        return render(rows, [Column(k, f"sum.col.{k}") for k in keys], fmt, lang, empty=empty)
    if not scores:
        return empty
    if fmt == "md":
        columns = [Column("agency", "col.agency")]
        columns += [Column(k, f"sum.col.{k}") for k in (*_TABLE_COUNTS, *_RATES)]
        return render([_shown_row(s, plan, lang) for s in scores], columns, fmt, lang)
    head = paragraph(t("sum.as_of", lang, date=format_date(today)))
    return f"{head}\n\n{_score_table(scores, plan, lang)}\n\n{t('sum.legend', lang)}"


def _name(s: Score, plan: Plan, lang: str, *, short: bool) -> str:
    agency = plan.agencies.get(s.agency) if s.agency else None
    if agency is None:
        return t("sum.total", lang)
    return agency.short if short else agency.name


def _score_row(s: Score, plan: Plan, lang: str) -> dict[str, Any]:
    """The machine values of a score (rates to four decimals)."""
    rate = s.completion_rate
    on_time = s.on_time_rate
    worded = {
        "name": _name(s, plan, lang, short=False),
        "total": s.agency is None,
        "completion_rate": None if rate is None else round(rate, 4),
        "on_time_rate": None if on_time is None else round(on_time, 4),
    }
    return {key: worded[key] if key in worded else getattr(s, key) for key in SCORE_KEYS}


def _shown_row(s: Score, plan: Plan, lang: str) -> dict[str, str]:
    """A score as people read it in Markdown."""
    row = {"agency": _name(s, plan, lang, short=False)}
    row.update({key: str(getattr(s, key)) for key in _TABLE_COUNTS})
    row.update({key: percent(getattr(s, key), lang) for key in _RATES})
    return row


def _score_table(scores: list[Score], plan: Plan, lang: str, width: int | None = None) -> str:
    """The scoreboard on screen: short headers, numbers right-aligned, a bar per rate.

    Drawn here rather than by tabulate, whose header padding would push the
    fourteen columns past 100 characters. To fit ``width`` (the terminal's),
    headers of two words go on two lines, then the bar gives way to the rate alone.
    """
    room = width or terminal_width()
    heads = [t("col.agency", lang)] + [t(f"sum.short.{k}", lang) for k in _TABLE_COUNTS]
    heads += [t("sum.short.completion_rate", lang), t("sum.short.on_time_rate", lang)]
    names = [_name(s, plan, lang, short=True) for s in scores]
    table: list[str] = []
    for split, cells in ((False, BAR_CELLS), (True, BAR_CELLS), (True, 0)):
        body = [
            [name]
            + [str(getattr(s, k)) for k in _TABLE_COUNTS]
            + [_rate(s.completion_rate, cells, lang), percent(s.on_time_rate, lang)]
            for name, s in zip(names, scores, strict=True)
        ]
        shown = [[heads[0]]] + [h.split(" ", 1) if split else [h] for h in heads[1:]]
        table = _drawn(shown, body)
        if max(map(display_width, table)) <= room:
            break
    return "\n".join(table)


def _rate(rate: float | None, cells: int, lang: str) -> str:
    """A rate as a percentage, after its bar of ``cells`` cells if any."""
    if not cells:
        return f"{percent(rate, lang):>4}"
    return f"{bar(rate, cells)} {percent(rate, lang):>4}"


def _drawn(heads: list[list[str]], body: list[list[str]]) -> list[str]:
    """The table's lines: headers (one or two lines each), a rule, the agencies,
    a rule, the totals (the last row)."""

    def pad(text: str, width: int, right: bool = False) -> str:
        gap = " " * max(0, width - display_width(text))
        return gap + text if right else text + gap

    widths = [
        max(display_width(cell) for cell in [*heads[i], *(row[i] for row in body)])
        for i in range(len(heads))
    ]

    def line(cells: list[str]) -> str:
        parts = [pad(cells[0], widths[0])]
        numbers = [pad(c, w, right=True) for c, w in zip(cells[1:-2], widths[1:-2], strict=True)]
        parts.append(" ".join(numbers))
        parts.append(pad(cells[-2], widths[-2]))
        parts.append(pad(cells[-1], widths[-1], right=True))
        return "  ".join(parts).rstrip()

    depth = max(map(len, heads))
    # a header of two lines ends on the rule, like tabulate's
    top = [[""] * (depth - len(h)) + h for h in heads]
    out = [line([h[i] for h in top]) for i in range(depth)]
    rule = line(["-" * w for w in widths])
    return [*out, rule, *(line(cells) for cells in body[:-1]), rule, line(body[-1])]
