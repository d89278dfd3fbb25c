"""Typed dates are parsed strictly; periods are parsed and labelled the way people say them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach_cli.core.dates import (
    parse_date,
    parse_period,
    period_bounds,
    period_of,
    period_parts,
    period_range,
)
from kehoach_cli.core.errors import KehoachError
from kehoach_cli.present.wording import format_date, period_label, weekday_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31/01/2021", date(2021, 1, 31)),
        ("1/2/2021", date(2021, 2, 1)),
        ("2021-04-03", date(2021, 4, 3)),  # ISO stays ISO: 3 April, not 4 March
        (" 20/02/2021 ", date(2021, 2, 20)),
    ],
)
def test_accepted_formats(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["31/02/2021", "2021/01/02", "01-02-2021", "Jan 2 2021", "20210102", "", "32/1/2021"]
)
def test_impossible_or_ambiguous_dates_are_errors(text):
    with pytest.raises(KehoachError):
        parse_date(text)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_shown_dates_parse_back(day):
    assert parse_date(format_date(day)) == day
    assert parse_date(day.isoformat()) == day


def test_weekdays_in_vietnamese():
    assert weekday_name(date(2021, 1, 31)) == "Chủ nhật"
    assert weekday_name(date(2021, 2, 1)) == "thứ Hai"  # as written mid-sentence
    assert weekday_name(date(2021, 2, 1), start=True) == "Thứ Hai"
    assert weekday_name(date(2021, 1, 31), start=True) == "Chủ nhật"
    assert weekday_name(date(2021, 2, 1), "en") == "Monday"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2021-03", "2021-03"),
        ("03/2021", "2021-03"),
        ("3/2021", "2021-03"),
        ("tháng 3/2021", "2021-03"),
        ("2021-Q1", "2021-Q1"),
        ("quý I/2021", "2021-Q1"),
        ("Quy 4/2021", "2021-Q4"),
        ("2021", "2021"),
        ("năm 2021", "2021"),
    ],
)
def test_periods(text, code):
    assert parse_period(text)[1] == code


@pytest.mark.parametrize("text", ["2021-13", "13/2021", "2021-Q5", "abc", ""])
def test_bad_periods(text):
    with pytest.raises(KehoachError):
        parse_period(text)


def test_period_labels():
    assert period_label("2021-03") == "tháng 03/2021"
    assert period_label("2021-Q1") == "quý I/2021"
    assert period_label("2021") == "năm 2021"
    assert period_label("2021-Q4", "en") == "Q4/2021"


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_period_codes_parse_back_and_hold_their_day(day):
    for kind in ("month", "quarter", "year"):
        code = period_of(day, kind)
        assert parse_period(code) == (kind, code)
        assert period_parts(code)[:2] == (kind, day.year)
        first, last = period_bounds(code)
        assert first <= day <= last


def test_a_range_of_periods_runs_from_the_first_day_of_one_to_the_last_of_the_other():
    assert period_range("02/2021", "quý I/2021") == (date(2021, 2, 1), date(2021, 3, 31))
    assert period_range(None, "2021") == (None, date(2021, 12, 31))
    with pytest.raises(KehoachError) as caught:
        period_range("2022", "2021-Q4")
    assert caught.value.key == "error.period_range"


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_written_dates_are_strftimes_and_stay_so_when_remembered(day):
    expected = day.strftime("%d/%m/%Y")
    assert format_date(day) == expected
    assert format_date(day) == expected  # the second time comes from memory
    assert format_date(None) == ""
