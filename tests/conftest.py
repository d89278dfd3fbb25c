"""Shared fixtures: the real plan, isolated copies of it, and a CLI runner."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kehoach_cli.cli import app

ROOT = Path(__file__).resolve().parents[1]
REAL_PLAN = ROOT / "data" / "tasks.toml"


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
    shutil.copyfile(REAL_PLAN, target)
    return target


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
