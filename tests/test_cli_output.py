"""Output that fits the terminal and reads well, through the CLI in both languages."""

from __future__ import annotations

import json

import pytest

from tests.conftest import REAL_PLAN

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
