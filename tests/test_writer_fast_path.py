"""Appending an event parses the plan once when the old plan is cached, and writes
exactly what the careful path (old text parsed and compared) writes."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from kehoach_cli.planfile import load as storage
from kehoach_cli.planfile import writer
from kehoach_cli.planfile.load import PlanSource


@pytest.fixture
def twins(plan_file: Path, tmp_path: Path) -> tuple[Path, Path]:
    other = tmp_path / "other" / "tasks.toml"
    other.parent.mkdir()
    shutil.copyfile(plan_file, other)
    return plan_file, other


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    real = writer.parse_toml

    def counting(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(writer, "parse_toml", counting)
    return calls


EVENTS = [  # the real plan starts with "log = []" for everyone
    ("stc", {"date": date(2021, 1, 28), "task": "1.3", "status": "in_progress"}, 2),
    ("stc", {"date": date(2021, 2, 3), "task": "1.3", "status": "done", "note": 'Có "dấu"'}, 1),
    ("skhdt", {"date": date(2021, 2, 18), "report": "bc-thang", "period": "2021-02"}, 2),
    ("stc", {"date": date(2021, 2, 18), "report": "bc-thang", "period": "2021-02"}, 1),
]


def test_cached_append_parses_once_and_writes_the_same_bytes(twins, monkeypatch):
    """``log = []`` becoming a block is not a pure insertion: the old text is parsed."""
    fast, careful = twins
    for agency, fields, parses in EVENTS:
        storage.load(PlanSource(fast))  # the plan is in the cache, as after any command
        with monkeypatch.context() as m:
            calls = count_parses(m)
            writer.append_event(PlanSource(fast), agency, fields)
        assert calls[0] == parses
        with monkeypatch.context() as m:
            m.setenv("KEHOACH_NO_CACHE", "1")
            writer.append_event(PlanSource(careful), agency, fields)
        assert fast.read_bytes() == careful.read_bytes()
    plan, _ = storage.load(PlanSource(fast))
    assert [(e.agency, e.date) for e in plan.events] == [  # file order: skhdt's table first
        ("skhdt", date(2021, 2, 18)),
        ("stc", date(2021, 1, 28)),
        ("stc", date(2021, 2, 3)),
        ("stc", date(2021, 2, 18)),
    ]


def test_a_hand_written_entry_the_quick_check_cannot_vouch_for_takes_the_careful_path(
    plan_file, monkeypatch
):
    text = plan_file.read_text(encoding="utf-8")
    entry = '{ date = 2021-01-05, task = "1.3", status = "in_progress", note = "" }'
    hand = f"[events.stc]\nlog = [\n  {entry},\n]"
    plan_file.write_text(text.replace("[events.stc]\nlog = []", hand), encoding="utf-8")
    storage.load(PlanSource(plan_file))
    with monkeypatch.context() as m:
        calls = count_parses(m)
        writer.append_event(PlanSource(plan_file), "stc", EVENTS[1][1])
    assert calls[0] == 2  # the old text was parsed to compare the rest
    plan, _ = storage.load(PlanSource(plan_file))
    assert [e.status for e in plan.events if e.agency == "stc"] == ["in_progress", "done"]


def test_only_inserted():
    assert writer._only_inserted("a\n]\n", "a\n  x,\n]\n", "  x,\n")
    assert not writer._only_inserted("a\n]\n", "b\n  x,\n]\n", "  x,\n")
    assert not writer._only_inserted("a\n]\n", "a\n  y,\n]\n", "  x,\n")
    # the same text earlier in the file does not confuse it
    assert writer._only_inserted("  x,\n]\n", "  x,\n  x,\n]\n", "  x,\n")
