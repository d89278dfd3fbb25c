"""The deadline rule (Bộ luật Dân sự 2015, Điều 148): weekends and public holidays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach_cli.core.calendar import WorkCalendar
from kehoach_cli.planfile.holidays import vietnam_holidays

RULE = "next_working_day"
CALENDAR = WorkCalendar(vietnam_holidays)  # the library itself, not the disk cache


def test_sunday_31_january_2021_moves_to_monday():
    assert CALENDAR.effective_due(date(2021, 1, 31), RULE) == date(2021, 2, 1)


def test_saturday_20_february_2021_moves_to_monday():
    assert CALENDAR.effective_due(date(2021, 2, 20), RULE) == date(2021, 2, 22)


@pytest.mark.parametrize("day", range(10, 17))
def test_deadline_inside_tet_2021_moves_to_17_february(day):
    assert CALENDAR.effective_due(date(2021, 2, day), RULE) == date(2021, 2, 17)


def test_working_day_stays():
    assert CALENDAR.effective_due(date(2021, 1, 20), RULE) == date(2021, 1, 20)


def test_exact_rule_never_moves():
    assert CALENDAR.effective_due(date(2021, 1, 31), "exact") == date(2021, 1, 31)


def test_2021_holidays_match_the_official_list():
    expected = {
        date(2021, 1, 1),
        *(date(2021, 2, d) for d in range(10, 17)),
        date(2021, 4, 21),
        date(2021, 4, 30),
        date(2021, 5, 1),
        date(2021, 5, 3),
        date(2021, 9, 2),
        date(2021, 9, 3),
    }
    assert set(CALENDAR.holidays(2021)) == expected


def test_holidays_are_named_as_said_mid_sentence():
    assert CALENDAR.holiday_name(date(2021, 2, 13)) == "Tết Nguyên đán"
    assert CALENDAR.holiday_name(date(2021, 2, 10)) == "Tết Nguyên đán"  # "29 Tết"
    assert CALENDAR.holiday_name(date(2021, 4, 21)) == "ngày Giỗ Tổ Hùng Vương"
    assert CALENDAR.holiday_name(date(2021, 9, 2)) == "Quốc khánh"
    assert CALENDAR.holiday_name(date(2021, 2, 17)) is None


def test_provider_is_injectable():
    calendar = WorkCalendar(lambda year: {date(year, 3, 1): "Ngày thử"})
    assert calendar.holiday_name(date(2021, 3, 1)) == "Ngày thử"
    assert calendar.effective_due(date(2021, 3, 1), RULE) == date(2021, 3, 2)


def test_a_calendar_needs_its_holidays():
    """No silent fallback to a year without public holidays."""
    with pytest.raises(TypeError):
        WorkCalendar()  # type: ignore[call-arg]


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
def test_effective_due_is_the_first_working_day_not_before_due(due):
    moved = CALENDAR.effective_due(due, RULE)
    assert moved >= due
    assert CALENDAR.is_working_day(moved)
    day = due
    while day < moved:
        assert not CALENDAR.is_working_day(day)
        day += timedelta(days=1)
