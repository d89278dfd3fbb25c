"""The plan's event log: a sequence of events that can be read a field at a time."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach_cli.core.model import EVENT_FIELDS, Event, EventLog, Plan, PlanInfo

INFO = PlanInfo("p", "Kế hoạch", date(2021, 1, 1), date(2021, 12, 31))
EVENTS = (
    Event("stc", date(2021, 1, 20), task="1", status="done", note="Xong", seq=1),
    Event("sxd", date(2021, 1, 20), report="bc-thang", period="2021-01", seq=2),
    Event("stc", date(2021, 1, 5), task="2", status="in_progress", by="Lan", seq=3),
)


def columns_of(events: tuple[Event, ...]) -> dict[str, list[object]]:
    return {name: [getattr(e, name) for e in events] for name in EVENT_FIELDS}


def made(log: EventLog) -> int:
    return sum(e is not None for e in log._made)


def test_a_log_from_columns_equals_the_log_of_the_same_events():
    log = EventLog.from_columns(columns_of(EVENTS))
    assert log == EventLog(EVENTS) and log == EVENTS and log == list(EVENTS)
    assert log != EVENTS[:2] and log != EVENTS[::-1]
    assert hash(log) == hash(EVENTS)
    assert (len(log), log[0], log[-1], log[1:]) == (3, EVENTS[0], EVENTS[-1], EVENTS[1:])
    assert list(log) == list(EVENTS) and all(type(e) is Event for e in log)


def test_columns_are_read_without_making_events_and_events_are_made_once():
    log = EventLog.from_columns(columns_of(EVENTS))
    assert log.column("task") == ["1", None, "2"]
    assert log.column("date") == [date(2021, 1, 20), date(2021, 1, 20), date(2021, 1, 5)]
    assert made(log) == 0
    assert log[2] is log[2] and made(log) == 1
    with pytest.raises(IndexError):
        log[3]
    with pytest.raises(KeyError):
        log.column("colour")


def test_a_log_of_events_gives_its_columns_too():
    log = EventLog(EVENTS)
    assert log.column("agency") == ["stc", "sxd", "stc"]
    assert log.column("seq") == [1, 2, 3]


def test_a_plan_keeps_any_sequence_of_events_as_a_log():
    for given_events in (EVENTS, list(EVENTS), EventLog(EVENTS)):
        plan = Plan(info=INFO, events=given_events)
        assert isinstance(plan.events, EventLog) and plan.events == EVENTS
    assert Plan(info=INFO).events == ()


def test_a_plan_cannot_be_changed_but_a_changed_copy_can_be_made():
    plan = Plan(info=INFO, events=EVENTS)
    with pytest.raises(AttributeError):
        plan.tasks = ()
    other = plan.replace(events=EVENTS[:1])
    assert (other.info, other.events) == (INFO, EVENTS[:1]) and plan.events == EVENTS
    assert plan == Plan(info=INFO, events=list(EVENTS)) and plan != other
    assert plan.replace() == plan and plan.replace() is not plan
    assert repr(Plan(info=INFO)).startswith("Plan(info=PlanInfo(id='p'")


dates = st.dates(min_value=date(2021, 1, 1), max_value=date(2021, 1, 10))


@given(st.lists(st.tuples(dates, st.integers(0, 50)), max_size=30))
def test_events_take_effect_by_date_then_by_position_in_the_file(stamps):
    events = [Event("stc", day, task="1", status="done", seq=seq) for day, seq in stamps]
    plan = Plan(info=INFO, events=events)
    expected = sorted(range(len(events)), key=lambda i: (events[i].date, events[i].seq))
    assert plan.event_order == expected  # both sorts are stable
    cached = Plan(info=INFO, events=EventLog.from_columns(columns_of(tuple(events))))
    assert cached.event_order == expected
