"""Report due dates: the rules kehoach expands itself agree with dateutil's."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_cli.core.schedule import due_dates


def by_dateutil(rrule: str, start: date, end: date) -> tuple[date, ...]:
    first = datetime(start.year, start.month, start.day)
    rule = rrulestr(rrule, dtstart=first)
    stop = datetime(end.year, end.month, end.day, 23, 59, 59)
    return tuple(d.date() for d in rule.between(first, stop, inc=True))


def numbers(highest: int) -> st.SearchStrategy[str]:
    return st.lists(st.integers(1, highest), min_size=1, max_size=4).map(
        lambda xs: ",".join(map(str, xs))
    )


@st.composite
def simple_rules(draw: st.DrawFn) -> str:
    parts = [f"FREQ={draw(st.sampled_from(['MONTHLY', 'YEARLY']))}"]
    parts.append(f"BYMONTHDAY={draw(numbers(31))}")
    if draw(st.booleans()):
        parts.append(f"BYMONTH={draw(numbers(12))}")
    return ";".join(draw(st.permutations(parts)))


@settings(max_examples=60, deadline=None)
@given(
    simple_rules(),
    st.dates(min_value=date(2019, 1, 1), max_value=date(2025, 12, 31)),
    st.integers(min_value=0, max_value=900),
)
def test_simple_rules_give_the_dates_dateutil_gives(rrule, start, length):
    end = start + timedelta(days=length)
    due_dates.cache_clear()
    assert due_dates(rrule, start, end) == by_dateutil(rrule, start, end)


def test_other_rules_are_left_to_dateutil():
    start, end = date(2021, 1, 1), date(2021, 12, 31)
    for rrule in (
        "FREQ=MONTHLY;BYMONTHDAY=-1",
        "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15",
        "FREQ=WEEKLY;BYDAY=FR",
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1",
        "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10;COUNT=1",
        "freq=monthly;bymonthday=20",
        "FREQ=MONTHLY",
    ):
        due_dates.cache_clear()
        assert due_dates(rrule, start, end) == by_dateutil(rrule, start, end), rrule


def test_the_usual_monthly_report():
    assert due_dates("FREQ=MONTHLY;BYMONTHDAY=20", date(2021, 1, 1), date(2021, 3, 31)) == (
        date(2021, 1, 20),
        date(2021, 2, 20),
        date(2021, 3, 20),
    )


def test_half_years_name_a_report_s_span():
    from kehoach_cli.core.dates import parse_period, period_bounds
    from kehoach_cli.present.wording import span_title

    assert parse_period("2021-H1") == ("half", "2021-H1")
    assert parse_period("H2/2021") == ("half", "2021-H2")
    assert parse_period("6 tháng đầu năm 2021") == ("half", "2021-H1")
    assert parse_period("quý I/2021") == ("quarter", "2021-Q1")
    assert period_bounds("2021-H2") == (date(2021, 7, 1), date(2021, 12, 31))
    assert span_title("2021-H1") == "6 tháng đầu năm 2021"
    assert span_title("2021-03") == "tháng 3/2021"
    assert span_title("2021-03", "en") == "March 2021"
