"""Dates, weekdays and periods as people read them, in Vietnamese or English."""

from __future__ import annotations

from datetime import date

from kehoach_cli.core.dates import ROMAN, period_kind

WEEKDAYS = {
    "vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def format_date(day: date | None) -> str:
    """``dd/mm/yyyy``, the way Vietnamese documents write dates."""
    if not day:
        return ""
    return f"{day.day:02}/{day.month:02}/{day.year}"


def weekday_name(day: date, lang: str = "vi") -> str:
    return WEEKDAYS.get(lang, WEEKDAYS["vi"])[day.weekday()]


def period_label(code: str, lang: str = "vi") -> str:
    """``tháng 03/2021``, ``quý I/2021``, ``năm 2021`` (``03/2021``… in English)."""
    kind = period_kind(code)
    year = code[:4]
    if kind == "month":
        month = code[5:7]
        return f"tháng {month}/{year}" if lang == "vi" else f"{month}/{year}"
    if kind == "quarter":
        q = int(code[-1])
        return f"quý {ROMAN[q - 1]}/{year}" if lang == "vi" else f"Q{q}/{year}"
    return f"năm {year}" if lang == "vi" else year
