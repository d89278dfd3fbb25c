"""Command-line interface: ``kehoach`` and ``python -m kehoach_cli``.

Starting fast matters (staff run kehoach dozens of times a day, cron runs it
unattended), and building every command's options costs more than most
commands' own work. So ``main`` imports only the module of the command being
run and lets typer build only that command; ``--version`` answers without
typer; the top-level ``--help`` lists the commands from their docstrings
without building their options. ``from kehoach_cli.cli import app`` (tests,
embedding) still gets the app with every command registered.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import typer

__all__ = ["app", "main"]

MODULES = ("admin", "exports", "monitor", "read", "record", "team")
# The module that registers each command (a test keeps this in step).
COMMANDS = {
    "validate": "admin",
    "init": "admin",
    "reports": "monitor",
    "overdue": "monitor",
    "check": "monitor",
    "summary": "exports",
    "export": "exports",
    "agencies": "read",
    "list": "read",
    "show": "read",
    "deadlines": "read",
    "record": "record",
    "submit": "record",
    "history": "record",
    "add": "record",
    "merge-driver": "team",
    "git-setup": "team",
    "sync": "team",
}
# Global options (of ``base.main_options``) that take a value, and flags.
_VALUE_OPTIONS = ("--file", "-f", "--today", "--lang")
_FLAGS = ("--version", "--help", "-h")


def load_app(modules: tuple[str, ...] = MODULES) -> typer.Typer:
    """The typer app with the commands of ``modules`` registered."""
    for name in modules:
        import_module(f"kehoach_cli.cli.{name}")
    from kehoach_cli.cli.base import app

    return app


def __getattr__(name: str) -> Any:
    if name == "app":
        return load_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def command_in(argv: list[str]) -> str | None:
    """The subcommand ``argv`` runs, or None when unsure (then everything is built)."""
    args = iter(argv)
    for arg in args:
        if arg in _VALUE_OPTIONS:
            next(args, None)
        elif arg.startswith("--") and "=" in arg and arg.split("=")[0] in _VALUE_OPTIONS:
            continue
        elif arg.startswith("-f") and len(arg) > 2 and not arg.startswith("--"):
            continue  # -fPATH
        elif arg.startswith("-"):
            return None  # --help, --version or something typer should judge
        else:
            return arg
    return None


def _only(app: typer.Typer, name: str) -> None:
    from typer.main import get_command_name

    app.registered_commands = [
        c
        for c in app.registered_commands
        if (c.name or get_command_name(c.callback.__name__ if c.callback else "")) == name
    ]


def _listing_only(app: typer.Typer) -> None:
    """Stand-ins with the same name and help text, and no options to build.

    The top-level help shows each command's name and the first line of its
    help, nothing of its options; building those is most of the start-up.
    """
    import copy

    listed = []
    for info in app.registered_commands:
        original = info.callback
        if original is None:
            listed.append(info)
            continue

        def stand_in() -> None:
            raise AssertionError("a command stand-in was run")

        stand_in.__doc__ = original.__doc__
        stand_in.__name__ = original.__name__
        light = copy.copy(info)
        light.callback = stand_in
        listed.append(light)
    app.registered_commands = listed


def main() -> None:
    argv = sys.argv[1:]
    if argv == ["--version"]:
        from kehoach_cli import __version__

        sys.stdout.write(f"kehoach {__version__}\n")
        return
    name = command_in(argv)
    module = COMMANDS.get(name or "")
    if module is not None:
        app = load_app((module,))
        _only(app, name or "")
    else:
        app = load_app()
        if argv in ([], ["--help"], ["-h"]):
            _listing_only(app)
    app(prog_name="kehoach")
