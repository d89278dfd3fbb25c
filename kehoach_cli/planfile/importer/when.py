"""Deadlines, reporting duties and cited documents, read from a task's text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kehoach_cli.core.dates import parse_period
from kehoach_cli.core.errors import KehoachError
from kehoach_cli.core.text import unaccented
from kehoach_cli.planfile.importer.who import fold_keep

_DAY = r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
_BEFORE_DAY = re.compile(rf"(?:truoc|cham nhat|han|den het)(?: la)?(?: ngay)? {_DAY}")
_MONTH = re.compile(r"(?:trong |truoc |den het |hoan thanh )thang (?P<m>\d{1,2})[/-](?P<y>\d{4})")
_QUARTER = re.compile(r"quy (?P<q>iv|i{1,3}|[1-4])(?:[/-]| nam )(?P<y>\d{4})")
_HALF = re.compile(r"6 thang (?P<h>dau|cuoi) nam(?: (?P<y>\d{4}))?")
_YEAR = re.compile(r"hoan thanh (?:trong |trong ca )?nam (?P<y>\d{4})")
# Words that say a deadline follows: when none of the forms above reads it, a person should.
_DEADLINE_WORDS = re.compile(
    r"(?:hoan thanh|xong) (?:truoc|trong|cham nhat)[^.;,]*"
    r"|(?:thoi han|cham nhat) [^.;,\d]*\d[^.;,]*"
)
_MONTHLY = re.compile(r"truoc ngay (?P<d>\d{1,2}) hang thang")
_QUARTERLY = re.compile(r"hang quy[^.;]*?truoc ngay (?P<d>\d{1,2}) thang cuoi quy")
_YEARLY = re.compile(
    r"bao cao (?:nam|hang nam)[^.;]*?truoc ngay (?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/\d{4})?"
)
_SENT_TO = re.compile(r"gui ")
_DOCUMENT = re.compile(
    r"(?:Nghị quyết|Quyết định|Kế hoạch|Chỉ thị|Kết luận|Nghị định|Thông tư|Văn bản|Công văn"
    r"|Chương trình hành động|Thông báo)"
    r" số \S+?(?: ngày \d{1,2}/\d{1,2}/\d{4})?(?=[\s,;.:)]|$)"
)


@dataclass(frozen=True)
class Duty:
    """A reporting duty a task's text sets: how often, and by which day."""

    period: str  # month | quarter | year
    rrule: str
    start: int  # where it is written in the text
    phrase: str


def duties(text: str) -> list[Duty]:
    """Periodic reports: "trước ngày 20 hàng tháng", "báo cáo năm gửi trước ngày 10/12"."""
    folded = fold_keep(text)
    found = []
    for m in _MONTHLY.finditer(folded):
        rule = f"FREQ=MONTHLY;BYMONTHDAY={int(m['d'])}"
        found.append(Duty("month", rule, m.start(), text[m.start() : m.end()]))
    for m in _QUARTERLY.finditer(folded):
        rule = f"FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY={int(m['d'])}"
        found.append(Duty("quarter", rule, m.start(), text[m.start() : m.end()]))
    for m in _YEARLY.finditer(folded):
        rule = f"FREQ=YEARLY;BYMONTH={int(m['m'])};BYMONTHDAY={int(m['d'])}"
        found.append(Duty("year", rule, m.start(), text[m.start() : m.end()]))
    return sorted(found, key=lambda d: d.start)


def recipients_text(text: str, duty: Duty) -> str:
    """The words after the last "gửi" before a duty: whom its reports go to."""
    folded = fold_keep(text)
    sent = [m.end() for m in _SENT_TO.finditer(folded, 0, duty.start + len(duty.phrase))]
    return text[sent[-1] :] if sent else ""


def deadline(text: str, year: int, start: date, end: date) -> tuple[date | str | None, str]:
    """The deadline a task's text sets (a date or a period code) and the words that set it.

    Dates that belong to a reporting duty or fall outside the plan are not deadlines.
    """
    folded = fold_keep(text)
    spans = [(d.start, d.start + len(d.phrase)) for d in duties(text)]
    for m in _BEFORE_DAY.finditer(folded):
        if any(a <= m.start() < b for a, b in spans):
            continue
        try:
            day = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        if start <= day <= end:
            return day, text[m.start() : m.end()]
    return _period_deadline(text, folded, year)


def _period_deadline(text: str, folded: str, year: int) -> tuple[str | None, str]:
    """A deadline given as a month, quarter, half-year or year, and its words."""
    for pattern in (_MONTH, _QUARTER):
        if found := pattern.search(folded):
            code = _period(found.group(0))
            if code:
                return code, text[found.start() : found.end()]
    if half := _HALF.search(folded):
        code = _period(f"6 thang {half['h']} nam {half['y'] or year}")
        if code:
            return code, text[half.start() : half.end()]
    if whole := _YEAR.search(folded):
        return whole["y"], text[whole.start() : whole.end()]
    return None, ""


def unread_deadline(text: str) -> str:
    """Words that seem to set a deadline the forms above do not read ("" when none)."""
    m = _DEADLINE_WORDS.search(fold_keep(text))
    return text[m.start() : m.end()] if m else ""


def _period(words: str) -> str | None:
    words = re.sub(r"^(trong|truoc|den het|hoan thanh) ", "", unaccented(words))
    try:
        return parse_period(words)[1]
    except KehoachError:
        return None


def documents(text: str) -> list[str]:
    """Legal documents the text cites (Nghị quyết số …, Quyết định số …), as written."""
    return list(dict.fromkeys(m.group(0) for m in _DOCUMENT.finditer(text)))


def cell_deadline(value: object) -> tuple[date | str | None, str]:
    """A deadline cell of a table: a real date, "31/5/2026", "Tháng 02/2026",
    "Quý IV/2026"; anything else comes back as text to keep as a note."""
    from datetime import datetime

    from kehoach_cli.core.dates import parse_date

    if isinstance(value, datetime):
        return value.date(), ""
    if isinstance(value, date):
        return value, ""
    words = str(value or "").strip()
    if not words:
        return None, ""
    try:
        return parse_date(words), ""
    except KehoachError:
        pass
    try:
        return parse_period(words)[1], ""
    except KehoachError:
        return None, words
