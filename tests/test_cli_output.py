"""Output that fits the terminal and reads well, through the CLI in both languages."""

from __future__ import annotations

import json

import pytest

from tests.conftest import REAL_PLAN
from tests.golden.cases import EVENTS_PLAN

LANGS = ("vi", "en")


def run(cli, *args: str, plan=REAL_PLAN, columns: int = 100):
    return cli("--file", str(plan), *args, env={"COLUMNS": str(columns)})


# --- early warning ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_check_warns_from_the_written_deadline(cli, lang):
    """Thursday 18/02: the February report is due Saturday 20/02, moved to Monday 22/02."""
    text = run(cli, "--lang", lang, "--today", "18/02/2021", "check")
    assert "22/02/2021" in text.stdout and "20/02/2021" in text.stdout
    data = json.loads(run(cli, "--today", "18/02/2021", "check", "--format", "json").stdout)
    soon = {(r["ref"], r["period"], r["days_left"]) for r in data["due_soon"]}
    assert soon == {("bc-thang", "2021-02", 4)}


def test_deadlines_warn_from_the_written_deadline_too(cli):
    args = ("--today", "18/02/2021", "deadlines", "--within", "3", "--format", "json")
    rows = json.loads(run(cli, *args).stdout)
    assert ("bc-thang", "2021-02-20", "2021-02-22") in {
        (r["ref"], r["date"], r["effective_date"]) for r in rows
    }
    args = ("--today", "18/02/2021", "deadlines", "--within", "1", "--format", "json")
    assert "2021-02" not in {r["period"] for r in json.loads(run(cli, *args).stdout)}


# --- one timeline -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_history_stops_at_today_unless_asked(cli, lang):
    def dates(*args: str) -> list[str]:
        out = run(cli, "--lang", lang, "--today", "19/02/2021", "history", *args, plan=EVENTS_PLAN)
        return [line[:10] for line in out.stdout.splitlines() if line[:2].isdigit()]

    shown = dates()
    assert shown[0] == "19/02/2021" and "05/03/2021" not in shown and "23/03/2021" not in shown
    everything = dates("--all")
    assert everything[:2] == ["23/03/2021", "05/03/2021"]  # newest first
    assert everything[2:] == shown
    args = ("--lang", lang, "--today", "19/02/2021", "history", "--format", "json")
    rows = json.loads(run(cli, *args, plan=EVENTS_PLAN).stdout)
    assert max(r["date"] for r in rows) == "2021-02-19"


def test_show_lists_its_history_newest_first_like_history(cli):
    def history_of(*command: str) -> list[str]:
        out = run(cli, "--today", "15/07/2021", *command, "--format", "json", plan=EVENTS_PLAN)
        data = json.loads(out.stdout)
        return [h["date"] for h in (data["history"] if isinstance(data, dict) else data)]

    assert history_of("show", "1.3") == history_of("history", "1.3") == ["2021-03-05", "2021-02-10"]
