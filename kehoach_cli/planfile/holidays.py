"""Vietnam's public holidays, for the working-day calendar of the deadline rule.

They come from the ``holidays`` package, which follows the government's yearly
decisions better than a table of our own could. Importing it costs more than a
whole command that reads a cached plan, and the days off of a year do not
change until the package does, so each year is kept in the disk cache, keyed
on the installed package's files.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from kehoach_cli.core.calendar import WorkCalendar

_TET = re.compile(r"Tết Nguyên Đán|^\d+ Tết$")


def common_name(name: str) -> str:
    """A holiday's name as written mid-sentence: each of the days off of Tết
    ("29 Tết", "Mùng hai Tết Nguyên Đán"…) is "Tết Nguyên đán", and "Ngày …"
    starts lower case."""
    if _TET.search(name):
        return "Tết Nguyên đán"
    if name.startswith("Ngày "):
        return "ngày " + name[5:]
    return name


def vietnam_holidays(year: int) -> dict[date, str]:
    """Public holidays (days off) for civil servants in ``year``, from the library,
    with their Vietnamese names."""
    from holidays.countries.vietnam import Vietnam  # heavy: imported only when needed

    found = Vietnam(years=year, language="vi")
    return {day: common_name(name) for day, name in sorted(found.items())}


def library_version() -> str:
    """The installed ``holidays`` package, as the files that decide Vietnam's days off."""
    from importlib.util import find_spec

    spec = find_spec("holidays")
    if spec is None or not spec.origin:
        return "none"
    parts = []
    origin = Path(spec.origin)
    for path in (origin, origin.parent / "countries" / "vietnam.py"):
        try:
            st = path.stat()
            parts.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{path}:?")
    return "|".join(parts)


def cached_vietnam_holidays(year: int) -> dict[date, str]:
    """``vietnam_holidays(year)``, from the disk cache when it holds the year."""
    from kehoach_cli.planfile import cache

    version = library_version()
    found = cache.get_holidays(version, year)
    if found is None:
        found = vietnam_holidays(year)
        cache.put_holidays(version, year, found)
    return found


VIETNAM_CALENDAR = WorkCalendar(cached_vietnam_holidays)
"""Working days of Vietnam's civil service; each year's holidays are fetched once."""
