"""Shared fixtures: the real plan, isolated copies of it, and a CLI runner."""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kehoach_cli.cli import app

ROOT = Path(__file__).resolve().parents[1]
REAL_PLAN = ROOT / "data" / "tasks.toml"


def plan_bytes() -> bytes:
    """The real plan without its sample mark: what 'kehoach init' writes, and may be written to."""
    from kehoach_cli.planfile.load import without_sample_mark

    return without_sample_mark(REAL_PLAN.read_text(encoding="utf-8")).encode("utf-8")


@functools.cache
def working_plan() -> Path:
    """One unmarked copy of the real plan for the whole run, for tests that only read it
    with commands that refuse the sample (check)."""
    return copy_plan(Path(tempfile.mkdtemp(prefix="kehoach-plan-")) / "tasks.toml")


def copy_plan(target: Path) -> Path:
    """Write the real plan, without its sample mark, to ``target``."""
    target.write_bytes(plan_bytes())
    return target


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's environment, clock zone, or plan cache."""
    for name in ("KEHOACH_FILE", "KEHOACH_TODAY", "KEHOACH_LANG", "KEHOACH_TZ", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / ".cache"))


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    """A private copy of the real plan that a test may write to."""
    target = tmp_path / "data" / "tasks.toml"
    target.parent.mkdir(parents=True)
    return copy_plan(target)


class Result:
    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self) -> str:
        return f"Result(exit_code={self.exit_code}, stdout={self.stdout!r}, stderr={self.stderr!r})"


@pytest.fixture
def cli() -> Callable[..., Result]:
    """Run ``kehoach ARGS`` in-process; stdout and stderr are kept apart."""

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        runner = CliRunner()
        result = runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)
        return Result(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal wide enough that every message stays on one line, for tests that
    read what messages say (tests/test_cli_output.py measures how they fit a narrow one)."""
    monkeypatch.setenv("COLUMNS", "1000")
