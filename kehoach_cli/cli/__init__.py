"""Command-line interface: ``kehoach`` and ``python -m kehoach_cli``."""

from __future__ import annotations

# Importing the command modules registers their commands on the app.
from kehoach_cli.cli import admin, exports, monitor, read, record, team  # noqa: F401
from kehoach_cli.cli.base import app

__all__ = ["app", "main"]


def main() -> None:
    app(prog_name="kehoach")
