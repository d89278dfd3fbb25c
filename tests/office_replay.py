"""A replay of the first quarter of 2021 on a copy of the real plan, recorded
through the command line the way staff do (submit, record, add), for the tests
of the Office's documents and for docs/examples/make.py.

March: the monthly report is due Saturday 20/03 (effective Monday 22/03).
Task II.1.2 (all 38 units, due Sunday 31/01, effective 01/02) is done on time
by two, late by two, blocked at one, in progress at one; a task added on
01/02 (due 15/03) is led by two agencies, one of which finishes it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from kehoach_cli.cli import app
from kehoach_cli.core.dates import parse_date

ROOT = Path(__file__).resolve().parents[1]
REAL_PLAN = ROOT / "data" / "tasks.toml"

# (agency, period, day sent)
SUBMISSIONS = (
    ("stc", "01/2021", "18/01/2021"),
    ("skhdt", "01/2021", "20/01/2021"),
    ("snv", "01/2021", "25/01/2021"),
    ("ubnd-huong-khe", "01/2021", "19/01/2021"),
    ("stc", "02/2021", "19/02/2021"),
    ("skhdt", "02/2021", "22/02/2021"),  # 20/02 a Saturday: on time
    ("ubnd-huong-khe", "02/2021", "01/03/2021"),
    ("stc", "03/2021", "18/03/2021"),
    ("skhdt", "03/2021", "22/03/2021"),  # 20/03 a Saturday: on time
    ("snv", "03/2021", "25/03/2021"),  # late
    ("ubnd-huong-khe", "03/2021", "29/03/2021"),  # late
)
# (agency, task, status, day)
UPDATES = (
    ("skhdt", "II.1.2", "done", "28/01/2021"),
    ("stc", "II.1.2", "done", "01/02/2021"),  # the effective deadline: on time
    ("snv", "II.1.2", "done", "10/02/2021"),
    ("ubnd-huong-khe", "II.1.2", "done", "12/03/2021"),
    ("snnptnt", "II.1.2", "blocked", "05/02/2021"),
    ("sxd", "II.1.2", "in_progress", "20/01/2021"),
    ("skhdt", "1.2.1", "in_progress", "15/02/2021"),
    ("stc", "Q1.1", "done", "10/03/2021"),
)
ADDED = (
    "Q1.1", "--section", "II", "--text", "Rà soát, tổng hợp <việc> phát sinh quý I & báo cáo",
    "--lead", "stc", "--lead", "snv", "--due", "15/03/2021",
)  # fmt: skip


def invoke(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), (args, result.stdout, result.stderr)
    return result


def replay(folder: Path) -> Path:
    """A copy of the real plan in ``folder`` with the first quarter recorded."""
    plan = folder / "data" / "tasks.toml"
    plan.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(REAL_PLAN, plan)
    file = ("--file", str(plan))
    invoke(*file, "--today", "01/02/2021", "add", *ADDED)
    steps = [(day, "submit", a, p) for a, p, day in SUBMISSIONS]
    steps += [(day, "record", a, (task, status)) for a, task, status, day in UPDATES]
    for day, kind, agency, what in sorted(steps, key=lambda s: parse_date(s[0])):
        if kind == "submit":
            invoke(*file, "--today", day, "submit", agency, "-r", "bc-thang",
                   "--period", str(what), "--date", day)  # fmt: skip
        else:
            task, status = what
            invoke(*file, "--today", day, "record", task, status, "--agency", agency,
                   "--date", day)  # fmt: skip
    return plan


def as_json(plan: Path, today: str, *args: str) -> Any:
    """``kehoach --file PLAN --today TODAY ARGS --format json``, parsed."""
    result = invoke("--file", str(plan), "--today", today, *args, "--format", "json")
    return json.loads(result.stdout)


def summary_total(plan: Path, today: str) -> dict[str, Any]:
    (total,) = [r for r in as_json(plan, today, "summary") if r["total"] is True]
    return total
