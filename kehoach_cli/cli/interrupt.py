"""Ctrl-C: exit status 130 and one line saying whether the plan file was written.

From the moment ``kehoach_cli.cli`` starts to load until the process ends, a
SIGINT never shows a traceback. While a command runs (``catching``), the
handler raises ``Interrupted``, which unwinds through the writer's cleanup (the
lock released, a temporary file removed) to ``kehoach_cli.cli.main``. While
the program loads, it only takes note (anything it did then could land in the
middle of an import), and the command stops as soon as it starts; once the
command is over, it writes the line and ends the process at once.
Which line is true comes from ``kehoach_cli.planfile.writer.written``, set in
the same uninterruptible step as the file's replacement.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import sys
from types import FrameType

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
_state = "loading"  # then "running" while a command runs, then "leaving"
_pending = False  # a Ctrl-C came while loading


class Interrupted(BaseException):
    """Ctrl-C during a command. Not a KeyboardInterrupt, which click turns into "Aborted!"."""


def is_command() -> bool:
    """This process is the ``kehoach`` program (its script, or ``python -m kehoach_cli``),
    not a program that imports kehoach, whose own Ctrl-C handling is left alone."""
    script = os.path.basename(sys.argv[0] if sys.argv else "").lower()
    if script.startswith("kehoach"):
        return True
    argv = getattr(sys, "orig_argv", [])
    return any(a == "-m" and b == "kehoach_cli" for a, b in itertools.pairwise(argv))


def install() -> None:
    """Handle SIGINT from now on, if this process is the kehoach program."""
    if not is_command():
        return
    signal.signal(signal.SIGINT, _handler)
    sys.unraisablehook = _unraisable
    if hasattr(signal, "pthread_sigmask"):  # a Ctrl-C held back until now arrives now
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def catching(on: bool) -> None:
    """While on, SIGINT raises ``Interrupted`` so that the command unwinds cleanly;
    a Ctrl-C that came while loading is raised now, and one that could not be
    raised during the command ends the process when it is over."""
    global _state
    _state = "running" if on else "leaving"
    if on and _pending:
        raise Interrupted
    if not on and _pending:  # a Ctrl-C that Python could not raise where it came
        say_and_exit()


def stopped_by(error: BaseException) -> bool:
    """``error`` is, or was raised because of, a Ctrl-C during the command.

    Python wraps some exceptions on their way out: one raised while a class is
    being created (``__set_name__``, as an import may be doing when the Ctrl-C
    comes) reaches the caller as a RuntimeError whose cause is the original.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, Interrupted):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """A Ctrl-C that came while Python was finalizing an object cannot be raised
    there (Python would print "Exception ignored" and a traceback): take note of
    it, and the command ends with the line as soon as it is over."""
    global _pending
    if unraisable.exc_value is not None and stopped_by(unraisable.exc_value):
        _pending = True
        return
    sys.__unraisablehook__(unraisable)


def _handler(signum: int, frame: FrameType | None) -> None:
    global _pending
    if _state == "running":
        raise Interrupted
    if _state == "loading":
        _pending = True
        return
    say_and_exit()


def message() -> str:
    """The one line: was the entry written or not."""
    from kehoach_cli.present.labels import t

    writer = sys.modules.get("kehoach_cli.planfile.writer")
    written = bool(getattr(writer, "written", False))
    return t("cli.interrupted.written" if written else "cli.interrupted.nothing", _lang())


def say_and_exit() -> None:
    """Write the line and end the process now, status 130."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the line
    with contextlib.suppress(BaseException):  # a closed pipe: the line on stderr matters more
        sys.stdout.flush()
    os.write(2, (message() + "\n").encode("utf-8", "replace"))
    os._exit(EXIT_INTERRUPTED)


def _lang() -> str:
    """The language asked for on the command line or in KEHOACH_LANG (read before typer is)."""
    argv = sys.argv[1:]
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in ("vi", "en") else "vi"
        if arg.startswith("--lang="):
            return arg.partition("=")[2] if arg.endswith(("=vi", "=en")) else "vi"
    return "en" if os.environ.get("KEHOACH_LANG") == "en" else "vi"
