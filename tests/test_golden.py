"""Every read command's output, pinned: a change of structure must not change what people see.

The outputs were captured once (``python tests/golden/cases.py``) and are
compared byte for byte: stdout, stderr and the exit status of each command in
both languages, every format, on the real plan, on the real plan with a
replay of early 2021, and (as digests) on the benchmark's 5,000-task plan.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.golden import cases

WHOLE = cases.load_whole()


def _check(argv: list[str], folder: Path, expected: dict[str, object], digest: bool) -> None:
    code, out, err = cases.run(argv, folder)
    if digest:
        out, err = cases.digest(out), cases.digest(err)
    assert (code, out, err) == (expected["exit"], expected["stdout"], expected["stderr"]), argv


@pytest.mark.parametrize("plan", [cases.REAL_PLAN, cases.EVENTS_PLAN], ids=lambda p: p.name)
def test_every_read_command_prints_what_it_printed(plan: Path) -> None:
    argvs = cases.cases(plan, cases.REAL_DAYS, cases.REAL_IDS)
    assert len(argvs) > 300
    for argv in argvs:
        _check(argv, plan.parent, WHOLE[cases.key(argv)], digest=False)


def test_the_same_on_the_5000_task_plan(tmp_path: Path) -> None:
    plan = cases.synthetic_plan(tmp_path)
    digests = cases.load_digests()
    argvs = cases.cases(plan, cases.SYNTHETIC_DAYS, cases.SYNTHETIC_IDS)
    assert len(argvs) > 100
    for argv in argvs:
        _check(argv, tmp_path, digests[cases.key(argv)], digest=True)


def test_the_replayed_plan_is_what_the_replay_writes(tmp_path: Path) -> None:
    """The stored plan with events is the replay's result, so it can be remade."""
    target = tmp_path / "tasks.toml"
    cases.record_replay(target)
    assert target.read_bytes() == cases.EVENTS_PLAN.read_bytes()
