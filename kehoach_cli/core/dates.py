"""Dates as people type them, and reporting period codes: parsed, taken apart and bounded here.

The one place where dates are parsed: ``dd/mm/yyyy``, ``d/m/yyyy`` and ISO
``yyyy-mm-dd`` are accepted strictly. ``dateutil.parser`` is never used on
typed dates because it guesses (``2021-04-03`` with ``dayfirst`` is 4 March).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kehoach_cli.core.errors import KehoachError

_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_ISO = r"(\d{4})-(\d{2})-(\d{2})"  # compiled on first use (re's cache): most dates are d/m/y

PERIOD_KINDS = ("month", "quarter", "year")
# The dates a plan and a command may speak of. Anything beyond is a typing
# mistake (9999, 0001), and near the ends of ``date`` the arithmetic of
# deadlines would overflow.
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)
MAX_SPAN_DAYS = 3660  # ten years and a little: the longest plan, the widest window
ROMAN = ("I", "II", "III", "IV")


def parse_date(text: str) -> date:
    """A date typed by a person; anything else is an error, never a guess."""
    raw = text.strip()
    if m := _DMY.fullmatch(raw):
        day, month, year = (int(g) for g in m.groups())
    elif m := re.fullmatch(_ISO, raw):
        year, month, day = (int(g) for g in m.groups())
    else:
        raise KehoachError("error.date_invalid", text=text)
    try:
        day_typed = date(year, month, day)
    except ValueError:
        raise KehoachError("error.date_nonexistent", text=text) from None
    check_in_range(day_typed, text)
    return day_typed


def in_range(day: date) -> bool:
    return EARLIEST <= day <= LATEST


def check_in_range(day: date, typed: str) -> None:
    """A user error for a date outside the years a plan may speak of."""
    if not in_range(day):
        raise KehoachError("error.date_out_of_range", text=typed, first=EARLIEST, last=LATEST)


def check_days(days: int) -> None:
    """A count of days (``--within``) that makes sense: not negative, at most ten years."""
    if days < 0:
        raise KehoachError("error.within_negative")
    if days > MAX_SPAN_DAYS:
        raise KehoachError("error.within_too_long", days=days, most=MAX_SPAN_DAYS)


# --- reporting periods -------------------------------------------------------
# A period code is "2021-03" (month), "2021-Q1" (quarter), "2021-H1" (half-year,
# for deadlines only) or "2021" (year).


def period_of(day: date, kind: str) -> str:
    """The code of the ``kind`` period that contains ``day``."""
    if kind == "month":
        return f"{day.year}-{day.month:02d}"
    if kind == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return str(day.year)


# Patterns only ``parse_period`` needs, compiled on first use (by ``re``'s own
# cache): most commands parse no period.
_MONTH_FORMS = (
    r"(?P<year>\d{4})-(?P<month>\d{1,2})",
    r"(?P<month>\d{1,2})/(?P<year>\d{4})",
)
_QUARTER_FORMS = (
    r"(?P<year>\d{4})-?q(?P<q>[1-4]|iv|i{1,3})",
    r"q(?P<q>[1-4]|iv|i{1,3})[/-](?P<year>\d{4})",
)
_HALF_FORMS = (
    r"(?P<year>\d{4})-?h(?P<h>[12])",
    r"h(?P<h>[12])[/-](?P<year>\d{4})",
    r"6(?P<h>dau|cuoi)/?(?P<year>\d{4})",
)
_YEAR_FORM = r"(?P<year>\d{4})"
# A deadline given as a period in the plan file: the code itself, as written.
_DUE_PERIOD = r"\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?"


def _period_words_removed(text: str) -> str:
    """Fold accents and drop the words people put around a period: "tháng 3/2021",
    "T3/2021", "quý I năm 2021", "năm 2021"."""
    from kehoach_cli.core.text import unaccented

    plain = re.sub(r"\s+", "", unaccented(text))
    plain = plain.replace("firsthalfof", "h1/").replace("secondhalfof", "h2/")
    plain = plain.replace("thang", "").replace("quy", "q").replace("nam", "/")
    plain = re.sub(r"^t(?=\d)", "", plain)  # T3/2021: the month
    return re.sub(r"/+", "/", plain).strip("/")


def parse_period(text: str) -> tuple[str, str]:
    """``(kind, code)`` for a period a person typed: 2021-03, 03/2021, T3/2021,
    tháng 3/2021, 2021-Q1, Q1/2021, quý I/2021, 2021, năm 2021."""
    kind, code = _parsed_period(text)
    if not EARLIEST.year <= int(code[:4]) <= LATEST.year:
        raise KehoachError("error.date_out_of_range", text=text, first=EARLIEST, last=LATEST)
    return kind, code


def _parsed_period(text: str) -> tuple[str, str]:
    raw = _period_words_removed(text)
    for pattern in _MONTH_FORMS:
        if (m := re.fullmatch(pattern, raw)) and 1 <= int(m["month"]) <= 12:
            return "month", f"{m['year']}-{int(m['month']):02d}"
    for pattern in _QUARTER_FORMS:
        if m := re.fullmatch(pattern, raw):
            q = m["q"]
            number = int(q) if q.isdigit() else ROMAN.index(q.upper()) + 1
            return "quarter", f"{m['year']}-Q{number}"
    for pattern in _HALF_FORMS:
        if m := re.fullmatch(pattern, raw):
            half = {"dau": "1", "cuoi": "2"}.get(m["h"], m["h"])
            return "half", f"{m['year']}-H{half}"
    if m := re.fullmatch(_YEAR_FORM, raw):
        return "year", m["year"]
    raise KehoachError("error.period_invalid", text=text)


def due_period_end(code: str) -> date:
    """The last day of a deadline written as a period code (2021-06, 2021-Q2,
    2021-H1, 2021): the day the deadline rule then applies to."""
    if not re.fullmatch(_DUE_PERIOD, code):
        raise KehoachError("error.due_period_invalid", text=code)
    if not EARLIEST.year <= int(code[:4]) <= LATEST.year:
        raise KehoachError("error.date_out_of_range", text=code, first=EARLIEST, last=LATEST)
    return period_bounds(code)[1]


class PeriodCode(str):
    """A period code in a message: worded as people read periods (tháng 03/2021),
    where a plain string is shown as it is."""


def period_kind(code: str) -> str:
    if "Q" in code:
        return "quarter"
    if "H" in code:
        return "half"
    return "month" if "-" in code else "year"


def period_parts(code: str) -> tuple[str, int, int]:
    """``(kind, year, number)`` of a period code: the month (1-12), the
    quarter (1-4) or the half (1-2) within the year, 0 for a whole year."""
    kind = period_kind(code)
    year = int(code[:4])
    if kind == "month":
        return kind, year, int(code[5:7])
    if kind in ("quarter", "half"):
        return kind, year, int(code[-1])
    return kind, year, 0


def period_bounds(code: str) -> tuple[date, date]:
    """First and last day of a period code (2021-03, 2021-Q1, 2021)."""
    kind, year, number = period_parts(code)
    if kind == "month":
        first_month = last_month = number
    elif kind in ("quarter", "half"):
        size = 3 if kind == "quarter" else 6
        last_month = number * size
        first_month = last_month - size + 1
    else:
        first_month, last_month = 1, 12
    first = date(year, first_month, 1)
    after = date(year + 1, 1, 1) if last_month == 12 else date(year, last_month + 1, 1)
    return first, after - timedelta(days=1)


def period_range(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    """Typed --from/--to periods as a range of days: the first day of one, the
    last day of the other."""
    first = period_bounds(parse_period(since)[1])[0] if since else None
    last = period_bounds(parse_period(until)[1])[1] if until else None
    if first and last and first > last:
        raise KehoachError("error.period_range", since=since, until=until)
    return first, last
