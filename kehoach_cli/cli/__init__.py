"""Command-line interface: ``kehoach`` and ``python -m kehoach_cli``.

Starting fast matters (staff run kehoach dozens of times a day, cron runs it
unattended), and building every command's options costs more than most
commands' own work. So the app's click group is lazy (click's documented
lazy-loading pattern, ``base.LazyGroup``): it imports the module of a command
only when that command is run, and the top-level ``--help`` lists the
commands from ``COMMANDS`` without importing their modules.
``from kehoach_cli.cli import app`` (tests, embedding) gets the app with every
command registered.
"""

# No ``from __future__ import annotations`` in the cli modules: typer reads the
# annotations of the global options and of the command run four times a run,
# compiling them each time when they are strings. Names imported only for
# type checking are quoted instead.
# Ctrl-C is handled before anything else loads (kehoach_cli.cli.interrupt).
from kehoach_cli.cli import interrupt

interrupt.install()

import sys  # noqa: E402
from importlib import import_module  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

if TYPE_CHECKING:
    import typer

from kehoach_cli.cli.commands import COMMANDS, MODULES, summary  # noqa: E402

__all__ = ["COMMANDS", "MODULES", "app", "main", "summary"]


def load_app(modules: tuple[str, ...] = MODULES) -> "typer.Typer":
    """The typer app with the commands of ``modules`` registered."""
    for name in modules:
        import_module(f"kehoach_cli.cli.{name}")
    from kehoach_cli.cli.base import app

    return app


def __getattr__(name: str) -> Any:
    if name == "app":
        return load_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """The ``kehoach`` process: run one command, then leave without tearing down.

    Ctrl-C ends it with status 130 and one line (``kehoach_cli.cli.interrupt``).
    A command is a short-lived process. The cyclic collector is switched off
    for it: its passes over typer's objects and a large plan's would find next
    to no garbage. Once the output is flushed the process ends with
    ``os._exit``, skipping the teardown that frees every object one by one.
    """
    import gc

    gc.disable()
    try:  # up to the moment Ctrl-C stops raising, which may be just after the command
        try:
            interrupt.catching(True)
            dispatch(sys.argv[1:])
        except SystemExit as leaving:
            status = leaving.code
        else:
            status = 0
        interrupt.catching(False)
    except BaseException as error:
        if not interrupt.stopped_by(error):
            raise
        interrupt.catching(False)
        interrupt.say_and_exit()
    leave(status)


def leave(status: object) -> None:
    """Exit with ``status`` as ``sys.exit`` would, skipping the interpreter's teardown."""
    import os

    if status is not None and not isinstance(status, int):
        sys.stderr.write(f"{status}\n")  # what Python prints for ``sys.exit("text")``
        status = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:  # a closed pipe, say: let the normal exit report it
        raise SystemExit(status) from None
    os._exit(status or 0)


def dispatch(argv: list[str]) -> None:
    """Run ``kehoach ARGV`` in this process, as the ``kehoach`` program would.

    The app's group (``base.LazyGroup``) imports a command's module and builds
    it when the command is first asked for, so a run builds only its command,
    and any number of runs can follow one another in one process.
    """
    from kehoach_cli.cli.base import app

    app(args=argv, prog_name="kehoach")
