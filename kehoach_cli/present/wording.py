"""Dates, weekdays and periods as people read them, in Vietnamese or English."""

from __future__ import annotations

from datetime import date
from functools import cache

from kehoach_cli.core.dates import ROMAN, period_parts

WEEKDAYS = {
    # as written mid-sentence: "hạn thứ Hai 01/02/2021"
    "vi": ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@cache  # long tables write the same few hundred dates thousands of times
def format_date(day: date | None) -> str:
    """``dd/mm/yyyy``, the way Vietnamese documents write dates."""
    if not day:
        return ""
    return f"{day.day:02}/{day.month:02}/{day.year}"


def weekday_name(day: date, lang: str = "vi", *, start: bool = False) -> str:
    """``thứ Hai`` mid-sentence; ``Thứ Hai`` at the ``start`` of one, or alone."""
    name = WEEKDAYS.get(lang, WEEKDAYS["vi"])[day.weekday()]
    return name[0].upper() + name[1:] if start else name


def period_label(code: str, lang: str = "vi") -> str:
    """``tháng 03/2021``, ``quý I/2021``, ``6 tháng đầu năm 2021``, ``năm 2021``
    (``03/2021``, ``Q1/2021``, ``first half of 2021``, ``2021`` in English)."""
    kind, year, number = period_parts(code)
    if kind == "half":
        if lang == "vi":
            return f"6 tháng {'đầu' if number == 1 else 'cuối'} năm {year}"
        return f"{'first' if number == 1 else 'second'} half of {year}"
    if kind == "month":
        return f"tháng {number:02}/{year}" if lang == "vi" else f"{number:02}/{year}"
    if kind == "quarter":
        return f"quý {ROMAN[number - 1]}/{year}" if lang == "vi" else f"Q{number}/{year}"
    return f"năm {year}" if lang == "vi" else str(year)


def span_title(code: str, lang: str = "vi") -> str:
    """A span as a document's title names it: ``tháng 3/2021``, ``quý I/2021``,
    ``6 tháng đầu năm 2021``, ``năm 2021`` (``March 2021``, ``Q1 2021``… in English)."""
    kind, year, number = period_parts(code)
    if kind == "month":
        return f"tháng {number}/{year}" if lang == "vi" else f"{MONTHS_EN[number - 1]} {year}"
    if kind == "quarter" and lang != "vi":
        return f"Q{number} {year}"
    return period_label(code, lang)
