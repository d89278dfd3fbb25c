"""The one exception type for mistakes a person can fix."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a plan file, located as precisely as we can."""

    message: str
    line: int | None = None
    path: str | None = None

    def render(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"dòng {self.line}"
        return f"{where}: {self.message}" if where else self.message


@dataclass
class KehoachError(Exception):
    """A user mistake: printed without a traceback, exit status 2.

    ``problems`` carries every fault found in a plan file so that a person can
    fix them all in one pass instead of one per run.
    """

    message: str
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        lines = [self.message, *(f"  {p.render()}" for p in self.problems)]
        return "\n".join(lines)
