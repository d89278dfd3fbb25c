"""The one exception type for mistakes a person can fix."""

from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    """One thing wrong in a plan file, located as precisely as we can.

    A named tuple rather than a frozen dataclass: every command imports this
    module, and defining a frozen dataclass costs about a millisecond.
    """

    message: str
    line: int | None = None
    path: str | None = None

    def render(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"dòng {self.line}"
        return f"{where}: {self.message}" if where else self.message


class KehoachError(Exception):
    """A user mistake: printed without a traceback, exit status 2.

    ``problems`` carries every fault found in a plan file so that a person can
    fix them all in one pass instead of one per run.
    """

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems: list[Problem] = [] if problems is None else problems

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        lines = [self.message, *(f"  {p.render()}" for p in self.problems)]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"KehoachError({self.message!r}, {self.problems!r})"
