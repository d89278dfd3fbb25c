"""Broken plans from outside: toml-test's invalid files and a mutation fuzzer.

Every case must end in exit status 2 with a message naming ``file:line``, no
traceback, and the file as it was; or, for a mutation that happens to be
valid, in a plan the commands read and write. ``KEHOACH_FUZZ=5000`` runs that
many mutations instead of the few hundred of the ordinary suite.
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import typer.main
import typer.testing

from kehoach_cli.cli import app
from tests.conftest import REAL_PLAN, Result

CORPUS = Path(__file__).parent / "corpus" / "toml-test" / "invalid"
CASES = sorted(CORPUS.rglob("*.toml"))
FUZZ_CASES = int(os.environ.get("KEHOACH_FUZZ") or 200)
SEED = 20210731


def _assert_refused(result: Result, path: Path, before: bytes) -> None:
    """Exit 2, a message that names a line of ``path``, no traceback, the file untouched."""
    assert result.exit_code == 2, result
    assert "Traceback" not in result.stderr + result.stdout
    assert re.search(rf"{re.escape(str(path))}:\d+", result.stderr), result.stderr
    assert path.read_bytes() == before


def _case_id(path: Path) -> str:
    return str(path.relative_to(CORPUS).with_suffix(""))


def test_the_corpus_is_there():
    assert len(CASES) > 400


@pytest.fixture
def run_on(cli, tmp_path, monkeypatch) -> Callable[..., tuple[Result, Path, bytes]]:
    """Write ``data`` as a plan and run a command on it.

    The runner builds the app's command once, not once a run as it would:
    the cases are many.
    """
    built = typer.main.get_command(app)
    monkeypatch.setattr(typer.testing, "_get_command", lambda _: built)

    def run(data: bytes, *args: str) -> tuple[Result, Path, bytes]:
        path = tmp_path / "data" / "tasks.toml"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        return cli("--file", str(path), "--today", "10/02/2021", *args), path, data

    return run


def test_every_invalid_file_is_refused_with_its_line(run_on):
    """Each file alone, and appended to the real plan (a few hundred of each)."""
    real = REAL_PLAN.read_bytes()
    for case in CASES:
        for data in (case.read_bytes(), real + b"\n" + case.read_bytes()):
            result, path, before = run_on(data, "validate")
            try:
                _assert_refused(result, path, before)
            except AssertionError as failure:
                raise AssertionError(f"{_case_id(case)}: {failure}") from None


@pytest.mark.parametrize("case", CASES[::25], ids=_case_id)
@pytest.mark.parametrize("command", [("list",), ("record", "1.3", "done")])
def test_invalid_files_are_refused_by_reading_and_writing_commands(run_on, case, command):
    data = REAL_PLAN.read_bytes() + b"\n" + case.read_bytes()
    _assert_refused(*run_on(data, *command))


# -- the fuzzer ---------------------------------------------------------------------

_NOISE = "\"'[]{}=,.#\\\n x1-"


def _mutate(text: str, rng: random.Random) -> str:
    """``text`` with one to three small damages of the kinds hands make."""
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(("delete", "duplicate", "insert", "swap", "quote", "bracket"))
        pos = rng.randrange(len(text))
        if kind == "delete":
            text = text[:pos] + text[pos + 1 :]
        elif kind == "duplicate":
            text = text[:pos] + text[pos] + text[pos:]
        elif kind == "insert":
            text = text[:pos] + rng.choice(_NOISE) + text[pos:]
        elif kind == "swap":
            lines = text.split("\n")
            a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[a], lines[b] = lines[b], lines[a]
            text = "\n".join(lines)
        else:
            marks = "\"'" if kind == "quote" else "[]{}"
            spots = [i for i, ch in enumerate(text) if ch in marks]
            spot = rng.choice(spots)
            text = text[:spot] + text[spot + 1 :]
    return text


def test_mutated_plans_are_refused_with_a_line_or_still_work(run_on):
    rng = random.Random(SEED)
    real = REAL_PLAN.read_text(encoding="utf-8")
    for number in range(FUZZ_CASES):
        mutated = _mutate(real, rng).encode("utf-8")
        result, path, before = run_on(mutated, "validate")
        try:
            if result.exit_code == 0:
                assert run_on(mutated, "list")[0].exit_code in (0, 1)
                assert run_on(mutated, "record", "1.3", "done")[0].exit_code in (0, 2)
            else:
                _assert_refused(result, path, before)
                if number % 10 == 0:
                    _assert_refused(*run_on(mutated, "record", "1.3", "done"))
        except AssertionError as failure:
            raise AssertionError(f"mutation {number} (seed {SEED}): {failure}") from None
